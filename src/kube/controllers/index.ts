/**
 * One reconcile of the whole cluster, run after every command: the
 * controllers, the scheduler, every kubelet and the node agents (flanneld,
 * kube-proxy) each take a pass until nothing changes any more. A control
 * plane component only acts while its static pod runs, so breaking its
 * manifest stops it, as on a kubeadm cluster.
 */

import type { World } from '../../model/types.js';
import { clusterOf } from '../cluster.js';
import { reconcileCalico } from '../cni/calico.js';
import { reconcileFlannel } from '../cni/flannel.js';
import { reconcileWeave } from '../cni/weave.js';
import { reconcileConnections } from '../connections.js';
import { expireEvents } from '../events.js';
import { advanceUnits, kubeletConnected } from '../node-services.js';
import { readProxyConfig, reconcileKubeProxy } from '../proxy/sync.js';
import { type KubeStore, kubeOf } from '../store.js';
import { reconcileApiserverEndpoints } from './apiserver-endpoints.js';
import { reconcileDeployments } from './deployments.js';
import { reconcileEndpoints } from './endpoints.js';
import { reconcileGarbage } from './garbage.js';
import { crashContainer, reconcileKubelets } from './kubelet.js';
import { reconcileNamespaces, reconcileNodeIpam, reconcileNodeLeases, reconcileNodeStatus } from './nodes.js';
import { reconcileScheduler } from './scheduler.js';
import { reconcileDaemonSets, reconcileJobs, reconcileStatefulSets } from './sets.js';
import { reconcileStaticPods } from './static-pods.js';
import { reconcileReplicaSets } from './workloads.js';

const MAX_PASSES = 12;

/** Whether a control-plane component runs: its static pod is Running, or the cluster has no static control plane. */
export function componentUp(store: KubeStore, component: string): boolean {
  const cluster = clusterOf(store.world);
  if (!cluster?.config.staticControlPlane) return true;
  return store
    .list('Pod', 'kube-system')
    .some(
      (p) =>
        p.metadata.labels?.component === component &&
        p.status?.phase === 'Running' &&
        (p.status?.containerStatuses ?? []).every((c: { ready?: boolean }) => c.ready),
    );
}

function runningPodsOf(store: KubeStore, ns: string, label: string, value: string, container: string) {
  const cluster = clusterOf(store.world);
  const out: Array<{ uid: string; node: string }> = [];
  for (const p of store.list('Pod', ns)) {
    if (p.metadata.labels?.[label] !== value) continue;
    const sb = cluster?.sandboxes.get(p.metadata.uid as string);
    if (sb?.containers.get(container)?.running) out.push({ uid: p.metadata.uid as string, node: sb.node });
  }
  return out;
}

function onePass(store: KubeStore): void {
  reconcileStaticPods(store);
  // controllers and the scheduler talk to the API server: without it they cannot act
  const api = componentUp(store, 'kube-apiserver');
  const kcm = api && componentUp(store, 'kube-controller-manager');
  if (kcm) {
    reconcileGarbage(store);
    reconcileNamespaces(store);
    reconcileNodeIpam(store);
  }
  reconcileNodeStatus(store, kcm);
  if (api) reconcileNodeLeases(store, (n) => kubeletConnected(store.world, n));
  if (kcm) {
    reconcileDeployments(store);
    reconcileReplicaSets(store);
    reconcileDaemonSets(store);
    reconcileStatefulSets(store);
    reconcileJobs(store);
  }
  if (api && componentUp(store, 'kube-scheduler')) reconcileScheduler(store);
  reconcileKubelets(store);
  // node agents: a daemon that cannot start crashes its container (and kubelet restarts it with back-off)
  for (const [node, error] of reconcileFlannel(store)) {
    for (const p of runningPodsOf(store, 'kube-flannel', 'app', 'flannel', 'kube-flannel'))
      if (p.node === node) crashContainer(store, p.uid, 'kube-flannel', 1, [`E1121 ${error}`]);
  }
  reconcileWeave(store);
  reconcileCalico(store);
  if (!readProxyConfig(store)) {
    for (const p of runningPodsOf(store, 'kube-system', 'k8s-app', 'kube-proxy', 'kube-proxy'))
      crashContainer(store, p.uid, 'kube-proxy', 1, [
        'E1121 run.go:72] "command failed" err="failed complete: failed to decode config file"',
      ]);
  }
  reconcileKubeProxy(store);
  if (kcm) reconcileEndpoints(store);
  if (api) reconcileApiserverEndpoints(store);
  reconcileConnections(store);
}

/** Bring the cluster to rest after a change (or a tick of the clock). */
export function reconcileCluster(world: World): void {
  const store = kubeOf(world);
  if (!store || !clusterOf(world)) return;
  // systemd restarts node daemons whose RestartSec has passed
  advanceUnits(world);
  expireEvents(store);
  for (let i = 0; i < MAX_PASSES; i++) {
    const before = store.generation;
    onePass(store);
    if (store.generation === before) return;
  }
}
