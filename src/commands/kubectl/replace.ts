/** `kubectl replace -f` (and --force: delete, then create). */
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { manifestNamespace, readManifests } from './manifest.js';
import { outputSpec } from './output.js';
import { reconcile } from './reconcile.js';
import { report, sourceContext, strictDecodingError } from './write-common.js';

function runReplace(k: Kctx): number {
  if (k.f.list('filename').length === 0 && !k.f.str('kustomize'))
    return fail('error: must specify one of -f and -k\n', 1);
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const manifests = readManifests(k, 5);
  if (manifests.length === 0) return fail('error: no objects passed to replace\n', 1);
  const ctxNs = namespaceOf(k);
  const store = requireStore(k, 0);
  let errors = '';
  for (const [i, m] of manifests.entries()) {
    const ns = manifestNamespace(k, m, ctxNs);
    const obj = structuredClone(m.obj);
    if (ns !== undefined) obj.metadata.namespace = ns;
    const bad = strictDecodingError(k, m);
    if (bad) {
      errors += serverErrorText(bad, sourceContext('replacing', m));
      continue;
    }
    const label = `${m.info.kind.toLowerCase()}${m.info.group ? `.${m.info.group}` : ''}`;
    if (k.f.bool('force')) {
      if (store.get(obj.kind, ns, obj.metadata.name) && dry !== 'client') {
        store.delete(obj.kind, ns, obj.metadata.name);
        k.out(`${label} "${obj.metadata.name}" deleted\n`);
      }
      const r = store.create(obj, { dryRun: dry !== 'none' });
      if (!r.ok) errors += serverErrorText(r.error, sourceContext('creating', m));
      else {
        reconcile(k.world);
        report(k, r.value, spec, 'replaced', dry, i);
      }
      continue;
    }
    if (dry === 'client') {
      report(k, obj, spec, 'replaced', dry, i);
      continue;
    }
    const r = store.update(obj, { dryRun: dry === 'server' });
    if (!r.ok) {
      errors += serverErrorText(r.error, sourceContext('replacing', m));
      continue;
    }
    if (dry === 'none') reconcile(k.world);
    report(k, store.get(obj.kind, ns, obj.metadata.name) ?? r.value, spec, 'replaced', dry, i);
  }
  if (errors) return fail(errors, 1);
  return 0;
}

export const REPLACE: Record<string, CommandImpl> = { replace: { run: runReplace } };
