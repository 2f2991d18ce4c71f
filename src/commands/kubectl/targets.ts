/** Objects a verb acts on: `TYPE NAME...`, `TYPE/NAME ...`, `TYPE -l sel`, `TYPE --all`, or -f. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import type { Kctx } from './kctx.js';
import { namespaceOf } from './kubeconfig.js';
import { manifestNamespace, readManifests } from './manifest.js';
import { fetch, resourceRequests } from './resource-args.js';

export interface Targets {
  store: KubeStore;
  objects: KObject[];
  /** NotFound messages. */
  missing: string;
}

export function findTargets(
  k: Kctx,
  args: string[],
  opts: { memcache?: number; allowAll?: boolean } = {},
): Targets {
  const memcache = opts.memcache ?? 5;
  const ctxNs = namespaceOf(k);
  if (k.f.list('filename').length) {
    const ms = readManifests(k, memcache);
    const store = requireStore(k, 0);
    const objects: KObject[] = [];
    let missing = '';
    for (const m of ms) {
      const ns = manifestNamespace(k, m, ctxNs);
      const o = store.get(m.obj.kind, ns, m.obj.metadata.name);
      if (o) objects.push(o);
      else {
        const plural = m.info.group ? `${m.info.name}.${m.info.group}` : m.info.name;
        missing += `Error from server (NotFound): ${plural} "${m.obj.metadata.name}" not found\n`;
      }
    }
    return { store, objects, missing };
  }
  const reqs = resourceRequests(k, args, memcache);
  const store = requireStore(k, 0);
  const selector = k.f.changed('selector') ? k.f.str('selector') : '';
  const all = opts.allowAll !== false && k.f.bool('all');
  const named = reqs.some((r) => r.names);
  if (named && (selector || all)) fail('error: name cannot be provided when a selector is specified\n', 1);
  const allNs = k.f.bool('all-namespaces');
  const objects: KObject[] = [];
  let missing = '';
  for (const req of reqs) {
    if (!req.names && !selector && !all) continue;
    const got = fetch(k, store, req, allNs && !req.names ? undefined : ctxNs);
    objects.push(...got.objects);
    missing += got.missing.join('');
  }
  return { store, objects, missing };
}

/** Split `RESOURCE... KEY=VAL... KEY-...` as GetResourcesAndPairs does. */
export function resourcesAndPairs(
  args: string[],
  pairType: string,
): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  let first = true;
  for (const a of args) {
    const isPair = (a.includes('=') && a[0] !== '=') || (a.endsWith('-') && a !== '-');
    if (isPair) {
      first = false;
      pairs.push(a);
    } else {
      if (!first) fail(`error: all resources must be specified before ${pairType} changes: ${a}\n`, 1);
      resources.push(a);
    }
  }
  return { resources, pairs };
}
