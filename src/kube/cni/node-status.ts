/** The Node status a CNI daemon (calico-node, flannel, weave) posts once it runs on its node. */
import { isoTime, type KubeStore } from '../store.js';

/** What a CNI daemon posts once it runs on a node: NetworkUnavailable False (first), with its reason. */
export function networkAvailable(store: KubeStore, nodeName: string, reason: string, message: string): void {
  const now = isoTime(store.world.clock.now);
  store.mutate(
    'Node',
    undefined,
    nodeName,
    (n) => {
      const conds = ((n.status?.conditions ?? []) as Array<{ type: string }>).filter(
        (x) => x.type !== 'NetworkUnavailable',
      );
      n.status = {
        ...(n.status ?? {}),
        conditions: [
          {
            lastHeartbeatTime: now,
            lastTransitionTime: now,
            message,
            reason,
            status: 'False',
            type: 'NetworkUnavailable',
          },
          ...conds,
        ],
      };
    },
    { statusOnly: true },
  );
}
