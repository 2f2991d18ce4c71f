/** After a kubectl command changes the store, the cluster's controllers reconcile. */
import { reconcileCluster } from '../../kube/controllers/index.js';
import type { World } from '../../model/types.js';

export function reconcile(world: World): void {
  reconcileCluster(world);
}
