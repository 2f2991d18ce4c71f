/**
 * What the garbage collector and the namespace controller do after a
 * delete (the cluster has neither yet): dependents of a deleted object go
 * with it (--cascade=background|foreground), and a deleted namespace takes
 * its objects along.
 */
import type { KObject, KubeStore } from '../../kube/store.js';

function dependents(store: KubeStore, owner: KObject): KObject[] {
  const out: KObject[] = [];
  for (const kind of store.kinds())
    for (const o of store.list(kind))
      if ((o.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid)) out.push(o);
  return out;
}

/** Delete what `deleted` owned (recursively), or everything in a deleted namespace. */
export function cascadeDelete(store: KubeStore, deleted: KObject, cascade: string): void {
  if (deleted.kind === 'Namespace') {
    for (const kind of store.kinds()) {
      if (!store.isNamespaced(kind)) continue;
      for (const o of store.list(kind, deleted.metadata.name))
        store.delete(kind, o.metadata.namespace, o.metadata.name);
    }
    return;
  }
  if (cascade === 'orphan' || cascade === 'false') return;
  for (const d of dependents(store, deleted)) {
    const r = store.delete(d.kind, d.metadata.namespace, d.metadata.name);
    if (r.ok) cascadeDelete(store, r.value, cascade);
  }
}
