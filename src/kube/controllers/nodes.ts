/**
 * Node lifecycle: the node IPAM controller hands out podCIDRs, kubelet
 * reports Ready only when a CNI config exists (else the not-ready taint),
 * and every namespace gets its default ServiceAccount and root CA.
 */
import { formatIPv4, parseCidr4 } from '../../model/inet.js';
import { clusterOf } from '../cluster.js';
import { readCniConfig } from '../cni/plugins.js';
import { deletePodGracefully } from '../deletion.js';
import { kubeletDisconnectedSince, serviceActive, serviceDownSince } from '../node-services.js';
import { isoTime, type KObject, type KubeStore } from '../store.js';

const NOT_READY_TAINT = { effect: 'NoSchedule', key: 'node.kubernetes.io/not-ready' };
const UNREACHABLE = 'node.kubernetes.io/unreachable';
/** kube-controller-manager --node-monitor-grace-period. */
export const NODE_MONITOR_GRACE_MS = 40_000;
/** With node leases, kubelet posts an unchanged status only every nodeStatusReportFrequency. */
const NODE_STATUS_REPORT_MS = 300_000;

/**
 * The node lifecycle controller, for a node whose kubelet stopped posting
 * status: after the grace period every condition becomes Unknown, the node
 * gets the unreachable taints and its pods are marked not ready.
 */
function markNodeUnknown(store: KubeStore, node: KObject, at: number): void {
  const t = isoTime(at);
  store.mutate(
    'Node',
    undefined,
    node.metadata.name,
    (n) => {
      const conds = (n.status?.conditions ?? []) as Array<Record<string, string>>;
      n.status = {
        ...(n.status ?? {}),
        conditions: conds.map((c) =>
          c.type === 'NetworkUnavailable' || c.status === 'Unknown'
            ? c
            : {
                ...c,
                lastTransitionTime: t,
                message: 'Kubelet stopped posting node status.',
                reason: 'NodeStatusUnknown',
                status: 'Unknown',
              },
        ),
      };
      const taints = ((n.spec?.taints ?? []) as Array<{ key: string; effect: string }>).filter(
        (x) => x.key !== NOT_READY_TAINT.key,
      );
      if (!taints.some((x) => x.key === UNREACHABLE && x.effect === 'NoExecute'))
        taints.push({ effect: 'NoExecute', key: UNREACHABLE, timeAdded: t } as {
          key: string;
          effect: string;
        });
      if (!taints.some((x) => x.key === UNREACHABLE && x.effect === 'NoSchedule'))
        taints.push({ effect: 'NoSchedule', key: UNREACHABLE, timeAdded: t } as {
          key: string;
          effect: string;
        });
      n.spec = { ...(n.spec ?? {}), taints };
    },
    { statusOnly: true },
  );
  for (const pod of store.list('Pod')) {
    if (pod.spec?.nodeName !== node.metadata.name) continue;
    const ready = (pod.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
    if (ready?.status !== 'True') continue;
    store.mutate(
      'Pod',
      pod.metadata.namespace,
      pod.metadata.name,
      (p) => {
        p.status.conditions = (p.status.conditions ?? []).map((c: { type: string }) =>
          c.type === 'Ready' ? { ...c, lastTransitionTime: t, status: 'False' } : c,
        );
      },
      { statusOnly: true },
    );
  }
}

export function reconcileNodeIpam(store: KubeStore): void {
  const cluster = clusterOf(store.world);
  if (!cluster) return;
  const cidr = parseCidr4(cluster.config.podCidr);
  if (!cidr) return;
  const used = new Set(
    store
      .list('Node')
      .map((n) => n.spec?.podCIDR)
      .filter(Boolean),
  );
  for (const node of store.list('Node')) {
    if (node.spec?.podCIDR) continue;
    for (let i = 0; i < 2 ** (24 - cidr.prefix); i++) {
      const sub = `${formatIPv4((cidr.addr + i * 256) >>> 0)}/24`;
      if (used.has(sub)) continue;
      used.add(sub);
      store.mutate('Node', undefined, node.metadata.name, (n) => {
        n.spec = { ...(n.spec ?? {}), podCIDR: sub, podCIDRs: [sub] };
      });
      cluster.nodePodCidrs.set(node.metadata.name, sub);
      break;
    }
  }
}

function condition(
  prev: KObject,
  type: string,
  status: string,
  reason: string,
  message: string,
  now: string,
  heartbeat?: string,
): Record<string, string> {
  const old = (prev.status?.conditions ?? []).find((c: { type: string }) => c.type === type);
  return {
    lastHeartbeatTime: heartbeat ?? (old?.status === status ? old.lastHeartbeatTime : now),
    lastTransitionTime: old?.status === status ? old.lastTransitionTime : now,
    message,
    reason,
    status,
    type,
  };
}

export function reconcileNodeStatus(store: KubeStore, lifecycle = true): void {
  const world = store.world;
  const now = isoTime(world.clock.now);
  for (const node of store.list('Node')) {
    const host = world.hosts.get(node.metadata.name);
    if (!host) continue;
    // a stopped kubelet posts nothing; the controller notices after the grace period
    // a kubelet that is down, or runs but cannot reach the API server, posts nothing
    const down = serviceDownSince(world, host.name, 'kubelet') ?? kubeletDisconnectedSince(world, host.name);
    if (down !== undefined) {
      if (lifecycle && world.clock.now >= down + NODE_MONITOR_GRACE_MS)
        markNodeUnknown(store, node, down + NODE_MONITOR_GRACE_MS);
      continue;
    }
    const runtimeUp = serviceActive(world, host.name, 'containerd');
    const netReady = readCniConfig(host) !== null;
    // an unchanged status is posted again (every heartbeat renewed) once the report period has passed
    const lastBeat = Date.parse(
      (node.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready')?.lastHeartbeatTime ??
        '',
    );
    const periods = Number.isNaN(lastBeat)
      ? 0
      : Math.floor((world.clock.now - lastBeat) / NODE_STATUS_REPORT_MS);
    const beat = periods > 0 ? isoTime(lastBeat + periods * NODE_STATUS_REPORT_MS) : undefined;
    const conds = [
      ...(node.status?.conditions ?? []).filter((c: { type: string }) => c.type === 'NetworkUnavailable'),
      condition(
        node,
        'MemoryPressure',
        'False',
        'KubeletHasSufficientMemory',
        'kubelet has sufficient memory available',
        now,
        beat,
      ),
      condition(
        node,
        'DiskPressure',
        'False',
        'KubeletHasNoDiskPressure',
        'kubelet has no disk pressure',
        now,
        beat,
      ),
      condition(
        node,
        'PIDPressure',
        'False',
        'KubeletHasSufficientPID',
        'kubelet has sufficient PID available',
        now,
        beat,
      ),
      !runtimeUp
        ? condition(node, 'Ready', 'False', 'KubeletNotReady', 'container runtime is down', now, beat)
        : netReady
          ? condition(node, 'Ready', 'True', 'KubeletReady', 'kubelet is posting ready status', now, beat)
          : condition(
              node,
              'Ready',
              'False',
              'KubeletNotReady',
              'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
              now,
              beat,
            ),
    ];
    const taintsNow = ((node.spec?.taints ?? []) as Array<{ key: string }>).some(
      (t) => t.key === NOT_READY_TAINT.key,
    );
    if (JSON.stringify(node.status?.conditions ?? []) === JSON.stringify(conds) && taintsNow === !netReady)
      continue;
    store.mutate(
      'Node',
      undefined,
      node.metadata.name,
      (n) => {
        n.status = { ...(n.status ?? {}), conditions: conds };
        const taints = ((n.spec?.taints ?? []) as Array<{ key: string; effect: string }>).filter(
          (t) => t.key !== NOT_READY_TAINT.key && t.key !== UNREACHABLE,
        );
        if (!netReady || !runtimeUp) taints.push({ ...NOT_READY_TAINT });
        if (taints.length) n.spec = { ...(n.spec ?? {}), taints };
        else if (n.spec) delete n.spec.taints;
      },
      { statusOnly: true },
    );
  }
}

const LEASE_RENEW_MS = 10_000;

/** Each kubelet renews its Lease in kube-node-lease every 10 s (the node heartbeat). */
export function reconcileNodeLeases(store: KubeStore, serving: (node: string) => boolean): void {
  if (!store.get('Namespace', undefined, 'kube-node-lease')) return;
  const now = store.world.clock.now;
  const micro = new Date(Math.floor(now)).toISOString().replace('Z', '000Z');
  for (const node of store.list('Node')) {
    const name = node.metadata.name;
    if (!store.world.hosts.has(name) || !serving(name)) continue;
    const lease = store.get('Lease', 'kube-node-lease', name);
    if (!lease) {
      store.create({
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
          name,
          namespace: 'kube-node-lease',
          ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: node.metadata.uid as string }],
        },
        spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: micro },
      });
    } else if (now - Date.parse(lease.spec?.renewTime ?? '') >= LEASE_RENEW_MS) {
      store.mutate('Lease', 'kube-node-lease', name, (l) => {
        l.spec.renewTime = micro;
      });
    }
  }
}

/**
 * The namespace controller: a terminating namespace is emptied (pods
 * gracefully, everything else at once) and removed when nothing is left.
 */
function finalizeNamespace(store: KubeStore, ns: KObject): void {
  const name = ns.metadata.name;
  let remaining = 0;
  for (const kind of store.kinds()) {
    if (!store.isNamespaced(kind)) continue;
    for (const o of store.list(kind, name)) {
      if (kind === 'Pod') {
        deletePodGracefully(store, o);
        if (store.get('Pod', name, o.metadata.name)) remaining++;
      } else store.delete(kind, name, o.metadata.name);
    }
  }
  if (remaining === 0) store.delete('Namespace', undefined, name);
}

export function reconcileNamespaces(store: KubeStore): void {
  for (const ns of store.list('Namespace')) {
    const name = ns.metadata.name;
    if (ns.metadata.deletionTimestamp !== undefined) {
      finalizeNamespace(store, ns);
      continue;
    }
    if (!store.get('ServiceAccount', name, 'default'))
      store.create({
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: 'default', namespace: name },
      });
    if (!store.get('ConfigMap', name, 'kube-root-ca.crt')) {
      store.create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'kube-root-ca.crt',
          namespace: name,
          annotations: {
            'kubernetes.io/description':
              'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
          },
        },
        data: {
          'ca.crt':
            '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIb3F2a2xhYjAwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE\n-----END CERTIFICATE-----\n',
        },
      });
    }
  }
}
