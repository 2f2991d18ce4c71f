/**
 * Waiting for deleted objects to disappear, as kubectl delete, replace
 * --force and drain poll: once a second of virtual time (each tick lets the
 * cluster's kubelets and controllers move), until every object is gone or
 * replaced by a new one of the same name (another uid), or the limit passes.
 */
import type { KubeStore } from '../../kube/store.js';
import type { Kctx } from './kctx.js';

export interface Awaited {
  kind: string;
  ns: string | undefined;
  name: string;
  uid: string;
}

/** Returns the objects still there when `limitMs` ran out (empty: all gone). */
export function waitUntilGone(
  k: Kctx,
  store: KubeStore,
  items: Awaited[],
  limitMs: number,
  onGone?: (a: Awaited) => void,
): Awaited[] {
  let left = items;
  for (let waited = 0; ; waited += 1000) {
    const still: Awaited[] = [];
    for (const a of left) {
      if (store.get(a.kind, a.ns, a.name)?.metadata.uid === a.uid) still.push(a);
      else onGone?.(a);
    }
    left = still;
    if (left.length === 0 || waited >= limitMs) return left;
    k.p.elapse(1000);
  }
}
