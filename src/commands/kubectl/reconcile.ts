/** After a kubectl command changes the store, the cluster's controllers reconcile. */
import type { World } from '../../model/types.js';

export function reconcile(world: World): void {
  // RECONCILE HOOK: once src/kube/controllers/index.ts exports reconcileCluster, this one line becomes
  //   reconcileCluster(world);
  void world;
}
