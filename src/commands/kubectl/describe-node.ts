/** kubectl describe node: conditions, addresses, capacity, system info, non-terminated pods and allocated resources. */
import type { KObject, KubeStore } from '../../kube/store.js';
import {
  annotationsMultiline,
  DescribeWriter,
  describeEvents,
  eventsFor,
  labelsMultiline,
  taintsMultiline,
} from './describe-writer.js';
import { ageOf, rfc1123z } from './human-duration.js';
import {
  addQuantities,
  formatQuantity,
  parseQuantity,
  podRequestsAndLimits,
  type Quantity,
} from './quantity.js';

// biome-ignore lint/suspicious/noExplicitAny: open JSON
type Any = any;

function roles(node: KObject): string {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 24) out.add(k.slice(24));
    else if (k === 'kubernetes.io/role' && v) out.add(v);
  }
  return [...out].sort().join(',') || '<none>';
}

function pct(q: Quantity | undefined, total: Quantity | null): number {
  if (!q || !total || total.value === 0) return 0;
  return Math.trunc((q.value / total.value) * 100);
}

function qs(q: Quantity | undefined): string {
  return q ? formatQuantity(q) : '0';
}

function resourceSection(w: DescribeWriter, node: KObject, pods: KObject[], now: number): void {
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const alloc: Record<string, string> = Object.keys(node.status?.allocatable ?? {}).length
    ? node.status.allocatable
    : (node.status?.capacity ?? {});
  const cpu = parseQuantity(alloc.cpu);
  const mem = parseQuantity(alloc.memory);
  const eph = parseQuantity(alloc['ephemeral-storage']);
  const totReq: Record<string, Array<Quantity>> = {};
  const totLim: Record<string, Array<Quantity>> = {};
  for (const p of pods) {
    const { req, lim } = podRequestsAndLimits(p);
    for (const [k, v] of Object.entries(req)) (totReq[k] ??= []).push(v);
    for (const [k, v] of Object.entries(lim)) (totLim[k] ??= []).push(v);
    w.write(
      1,
      `${p.metadata.namespace}\t${p.metadata.name}\t\t${qs(req.cpu)} (${pct(req.cpu, cpu)}%)\t${qs(lim.cpu)} (${pct(lim.cpu, cpu)}%)\t${qs(req.memory)} (${pct(req.memory, mem)}%)\t${qs(lim.memory)} (${pct(lim.memory, mem)}%)\t${ageOf(p.metadata.creationTimestamp, now)}\n`,
    );
  }
  const sum = (m: Record<string, Quantity[]>, k: string) => (m[k] ? addQuantities(m[k]) : undefined);
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const row = (name: string, total: Quantity | null) => {
    const r = sum(totReq, name);
    const l = sum(totLim, name);
    w.write(1, `${name}\t${qs(r)} (${pct(r, total)}%)\t${qs(l)} (${pct(l, total)}%)\n`);
  };
  row('cpu', cpu);
  row('memory', mem);
  row('ephemeral-storage', eph);
  for (const k of Object.keys(alloc)
    .filter((x) => x.startsWith('hugepages-'))
    .sort())
    row(k, parseQuantity(alloc[k]));
}

export function describeNode(store: KubeStore, node: KObject, now: number): string {
  const w = new DescribeWriter();
  const st = node.status ?? {};
  const spec = node.spec ?? {};
  w.write(0, `Name:\t${node.metadata.name}\n`);
  w.write(0, `Roles:\t${roles(node)}\n`);
  labelsMultiline(w, 'Labels', node.metadata.labels);
  annotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  taintsMultiline(w, 'Taints', spec.taints);
  w.write(0, `Unschedulable:\t${spec.unschedulable === true}\n`);
  const lease = store.get('Lease', 'kube-node-lease', node.metadata.name);
  if (lease) {
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`);
    w.write(1, `AcquireTime:\t${lease.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}\n`);
    w.write(1, `RenewTime:\t${lease.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}\n`);
  } else
    w.write(0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${node.metadata.name}" not found\n`);
  const conds: Any[] = st.conditions ?? [];
  if (conds.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conds)
      w.write(
        1,
        `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime) || 'Mon, 01 Jan 0001 00:00:00 +0000'} \t${rfc1123z(c.lastTransitionTime) || 'Mon, 01 Jan 0001 00:00:00 +0000'} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
  }
  w.write(0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', st.capacity],
    ['Allocatable', st.allocatable],
  ] as const) {
    const keys = Object.keys(list ?? {}).sort();
    if (!keys.length) continue;
    w.write(0, `${title}:\n`);
    for (const k of keys) w.write(0, `  ${k}:\t${list[k]}\n`);
  }
  const ni = st.nodeInfo ?? {};
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${ni.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${ni.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${ni.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${ni.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${ni.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${ni.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${ni.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${ni.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${ni.kubeletVersion ?? ''}\n`);
  w.write(0, `  Kube-Proxy Version:\t${ni.kubeProxyVersion ?? ''}\n`);
  if (spec.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
  if (spec.podCIDRs?.length) w.write(0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
  if (spec.providerID) w.write(0, `ProviderID:\t${spec.providerID}\n`);
  const pods = store
    .list('Pod')
    .filter(
      (p) =>
        p.spec?.nodeName === node.metadata.name &&
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed',
    );
  resourceSection(w, node, pods, now);
  const events = [
    ...eventsFor(store, node),
    ...eventsFor(store, node, { uidAlso: node.metadata.name }).filter(
      (e) => e.involvedObject?.uid === node.metadata.name,
    ),
  ];
  describeEvents(w, events, now);
  return w.toString();
}
