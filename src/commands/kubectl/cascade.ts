/**
 * Cascading deletion as kubectl asks for it: with --cascade=background or
 * foreground the dependents of a deleted object go too (pods through the
 * API server's graceful deletion); --cascade=orphan keeps them. A deleted
 * namespace is emptied by the namespace controller, not here.
 */
import { deleteObject } from '../../kube/deletion.js';
import type { KObject, KubeStore } from '../../kube/store.js';

function dependents(store: KubeStore, owner: KObject): KObject[] {
  const out: KObject[] = [];
  for (const kind of store.kinds())
    for (const o of store.list(kind))
      if ((o.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid)) out.push(o);
  return out;
}

/** Delete what `deleted` owned (recursively). */
export function cascadeDelete(store: KubeStore, deleted: KObject, cascade: string): void {
  if (deleted.kind === 'Namespace') return;
  if (cascade === 'orphan' || cascade === 'false') return;
  for (const d of dependents(store, deleted)) {
    if (d.metadata.deletionTimestamp !== undefined) continue;
    const r = deleteObject(store, d.kind, d.metadata.namespace, d.metadata.name);
    if (r.ok) cascadeDelete(store, r.value.obj, cascade);
  }
}
