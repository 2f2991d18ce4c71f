/** Every kubectl command's help data, by command path. */
import type { CommandDoc, FlagSpec } from '../flag-spec.js';
import { DOCS_APPLY } from './apply.js';
import { DOCS_AUTH } from './auth.js';
import { DOCS_CLUSTER } from './cluster.js';
import { DOCS_CONFIG } from './config.js';
import { DOCS_CREATE } from './create.js';
import { DOCS_CREATE_MORE } from './create-more.js';
import { DOCS_CREATE_SVC } from './create-svc.js';
import { DOCS_DEBUG } from './debug.js';
import { FLAG_LIBRARY } from './flag-library.js';
import { DOCS_GET } from './get.js';
import { DOCS_MODIFY } from './modify.js';
import { DOCS_PODS } from './pods.js';
import { DOCS_ROLLOUT } from './rollout.js';
import { DOCS_ROOT } from './root.js';
import { DOCS_RUN_EXPOSE } from './run-expose.js';
import { DOCS_SET } from './set.js';

const ALL: CommandDoc[] = [
  ...DOCS_ROOT,
  ...DOCS_CREATE,
  ...DOCS_CREATE_MORE,
  ...DOCS_CREATE_SVC,
  ...DOCS_RUN_EXPOSE,
  ...DOCS_SET,
  ...DOCS_ROLLOUT,
  ...DOCS_GET,
  ...DOCS_MODIFY,
  ...DOCS_APPLY,
  ...DOCS_CLUSTER,
  ...DOCS_PODS,
  ...DOCS_DEBUG,
  ...DOCS_AUTH,
  ...DOCS_CONFIG,
];

const BY_PATH = new Map(ALL.map((d) => [d.path, d]));

export function docFor(path: string): CommandDoc | undefined {
  return BY_PATH.get(path);
}

export function allDocs(): readonly CommandDoc[] {
  return ALL;
}

/** The flags a command declares, library references resolved. */
export function flagsOf(doc: CommandDoc): FlagSpec[] {
  return (doc.flags ?? []).map((f) => {
    if (typeof f !== 'string') return f;
    const spec = FLAG_LIBRARY[f];
    if (!spec) throw new Error(`kubectl: unknown library flag ${f}`);
    return spec;
  });
}
