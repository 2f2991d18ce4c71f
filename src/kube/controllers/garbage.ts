/**
 * The garbage collector (kube-controller-manager): objects whose owner is
 * gone are deleted, as background cascading deletion does — a ReplicaSet's
 * pods after `kubectl delete rs --cascade=background`, a Service's slices,
 * a CronJob's jobs. Pods go through graceful deletion. Orphaned objects (`--cascade=orphan` removes the owner
 * references first) stay.
 */
import { deletePodGracefully } from '../deletion.js';
import type { KubeStore } from '../store.js';

const OWNERS = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'Service', 'Node'];
const DEPENDENTS = ['ReplicaSet', 'Pod', 'EndpointSlice', 'Job', 'ControllerRevision'];

export function reconcileGarbage(store: KubeStore): void {
  // only worth a look when objects were created or deleted since the last pass
  const gen = [...OWNERS, ...DEPENDENTS].reduce((n, k) => n + store.memberGeneration(k), 0);
  const w = store.world.ext as { gcSeen?: number };
  if (w.gcSeen === gen) return;
  const live = new Set<string>();
  for (const k of OWNERS) for (const o of store.list(k)) live.add(o.metadata.uid as string);
  for (const k of DEPENDENTS) {
    for (const o of store.list(k)) {
      const refs = o.metadata.ownerReferences ?? [];
      if (refs.length === 0 || !refs.every((r) => OWNERS.includes(r.kind))) continue;
      if (refs.some((r) => live.has(r.uid))) continue;
      if (k === 'Pod') deletePodGracefully(store, o);
      else store.delete(k, o.metadata.namespace, o.metadata.name);
    }
  }
  w.gcSeen = [...OWNERS, ...DEPENDENTS].reduce((n, k) => n + store.memberGeneration(k), 0);
}
