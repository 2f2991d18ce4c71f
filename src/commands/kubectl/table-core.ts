/** Tables for core/v1 kinds: pods, services, endpoints, nodes, namespaces, configmaps, secrets, events ... */
import type { KObject } from '../../kube/store.js';
import { humanDuration, parseTime } from './human-duration.js';
import { age, formatMap, type RowCtx, type TableDef } from './table-types.js';

// biome-ignore lint/suspicious/noExplicitAny: container statuses are open JSON
type Any = any;

function podRow(o: KObject, ctx: RowCtx): string[] {
  const spec = o.spec ?? {};
  const st = o.status ?? {};
  let restarts = 0;
  let restartableRestarts = 0;
  let total = (spec.containers ?? []).length;
  let ready = 0;
  let lastRestart = 0;
  let lastRestartable = 0;
  const phase: string = st.phase ?? '';
  let reason: string = st.reason || phase;
  for (const c of st.conditions ?? [])
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  const inits = new Map<string, Any>((spec.initContainers ?? []).map((c: Any) => [c.name, c]));
  const restartable = (c: Any) => c?.restartPolicy === 'Always';
  for (const c of spec.initContainers ?? []) if (restartable(c)) total++;
  let initializing = false;
  const initStatuses: Any[] = st.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i];
    restarts += c.restartCount ?? 0;
    const fin = parseTime(c.lastState?.terminated?.finishedAt);
    if (fin !== null && fin > lastRestart) lastRestart = fin;
    if (restartable(inits.get(c.name))) {
      restartableRestarts += c.restartCount ?? 0;
      if (fin !== null && fin > lastRestartable) lastRestartable = fin;
    }
    const term = c.state?.terminated;
    const wait = c.state?.waiting;
    if (term && (term.exitCode ?? 0) === 0) continue;
    if (restartable(inits.get(c.name)) && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (term)
      reason = term.reason
        ? `Init:${term.reason}`
        : term.signal
          ? `Init:Signal:${term.signal}`
          : `Init:ExitCode:${term.exitCode}`;
    else if (wait?.reason && wait.reason !== 'PodInitializing') reason = `Init:${wait.reason}`;
    else reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    initializing = true;
    break;
  }
  const initialized = (st.conditions ?? []).some((c: Any) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    restarts = restartableRestarts;
    lastRestart = lastRestartable;
    let hasRunning = false;
    const cs: Any[] = st.containerStatuses ?? [];
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i];
      restarts += c.restartCount ?? 0;
      const fin = parseTime(c.lastState?.terminated?.finishedAt);
      if (fin !== null && fin > lastRestart) lastRestart = fin;
      const term = c.state?.terminated;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode ?? 0}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = (st.conditions ?? []).some((c: Any) => c.type === 'Ready' && c.status === 'True')
        ? 'Running'
        : 'NotReady';
    }
  }
  if (o.metadata.deletionTimestamp && st.reason === 'NodeLost') reason = 'Unknown';
  else if (o.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed')
    reason = 'Terminating';
  const rs =
    restarts !== 0 && lastRestart > 0
      ? `${restarts} (${humanDuration(ctx.now - lastRestart)} ago)`
      : String(restarts);
  let gates = '<none>';
  if (spec.readinessGates?.length) {
    let t = 0;
    for (const g of spec.readinessGates)
      if ((st.conditions ?? []).find((c: Any) => c.type === g.conditionType)?.status === 'True') t++;
    gates = `${t}/${spec.readinessGates.length}`;
  }
  return [
    o.metadata.name,
    `${ready}/${total}`,
    reason,
    rs,
    age(o, ctx),
    st.podIPs?.[0]?.ip || st.podIP || '<none>',
    spec.nodeName || '<none>',
    st.nominatedNodeName || '<none>',
    gates,
  ];
}

function externalIp(o: KObject): string {
  const spec = o.spec ?? {};
  const type = spec.type ?? 'ClusterIP';
  const eips: string[] = spec.externalIPs ?? [];
  if (type === 'ClusterIP' || type === 'NodePort') return eips.length ? eips.join(',') : '<none>';
  if (type === 'LoadBalancer') {
    const ing: Any[] = o.status?.loadBalancer?.ingress ?? [];
    const vals = [...new Set(ing.map((i) => i.ip || i.hostname).filter(Boolean) as string[])].sort();
    const all = [...vals, ...eips];
    return all.length ? all.join(',') : '<pending>';
  }
  if (type === 'ExternalName') return spec.externalName ?? '';
  return '<unknown>';
}

export function servicePorts(ports: Any[] | undefined): string {
  return (ports ?? [])
    .map((p) =>
      p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`,
    )
    .join(',');
}

function serviceRow(o: KObject, ctx: RowCtx): string[] {
  const spec = o.spec ?? {};
  const ips: string[] = spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : []);
  const type = spec.type ?? 'ClusterIP';
  return [
    o.metadata.name,
    type,
    type === 'ExternalName' && !ips.length ? '<none>' : (ips[0] ?? '<none>'),
    externalIp(o),
    servicePorts(spec.ports) || '<none>',
    age(o, ctx),
    formatMap(spec.selector),
  ];
}

/** The ENDPOINTS cell: ip:port port-major, at most three, then ` + N more...`. */
export function formatEndpoints(subsets: Any[] | undefined): string {
  if (!subsets?.length) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addrs: Any[] = ss.addresses ?? [];
    if (!ss.ports?.length) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === 3) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const p of ss.ports) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === 3) {
          more = true;
          break;
        }
        list.push(`${a.ip.includes(':') ? `[${a.ip}]` : a.ip}:${p.port}`);
      }
    }
  }
  const r = list.join(',');
  return more ? `${r} + ${count - 3} more...` : r;
}

function listMore(items: string[], more: boolean, count: number): string {
  const r = items.join(',');
  return more ? `${r} + ${count - 3} more...` : r || '<unset>';
}

function endpointSliceRow(o: KObject, ctx: RowCtx): string[] {
  const pl: string[] = [];
  let pMore = false;
  let pc = 0;
  for (const p of o.ports ?? []) {
    if (pl.length < 3) pl.push(p.port !== undefined && p.port !== null ? String(p.port) : p.name || '*');
    else pMore = true;
    pc++;
  }
  const el: string[] = [];
  let eMore = false;
  let ec = 0;
  for (const e of o.endpoints ?? [])
    for (const a of e.addresses ?? []) {
      if (el.length < 3) el.push(a);
      else eMore = true;
      ec++;
    }
  return [
    o.metadata.name,
    o.addressType ?? '',
    listMore(pl, pMore, pc),
    listMore(el, eMore, ec),
    age(o, ctx),
  ];
}

function nodeRow(o: KObject, ctx: RowCtx): string[] {
  const st = o.status ?? {};
  const ready = (st.conditions ?? []).find((c: Any) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (o.spec?.unschedulable) status.push('SchedulingDisabled');
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(o.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length)
      roles.add(k.slice(24));
    else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  const ni = st.nodeInfo ?? {};
  const addr = (t: string) => (st.addresses ?? []).find((a: Any) => a.type === t)?.address ?? '<none>';
  return [
    o.metadata.name,
    status.join(','),
    [...roles].sort().join(',') || '<none>',
    age(o, ctx),
    ni.kubeletVersion ?? '',
    addr('InternalIP'),
    addr('ExternalIP'),
    ni.osImage || '<unknown>',
    ni.kernelVersion || '<unknown>',
    ni.containerRuntimeVersion || '<unknown>',
  ];
}

const W = true;

export const CORE_TABLES: Record<string, TableDef> = {
  Pod: {
    columns: [
      { name: 'NAME' },
      { name: 'READY' },
      { name: 'STATUS' },
      { name: 'RESTARTS' },
      { name: 'AGE' },
      { name: 'IP', wide: W },
      { name: 'NODE', wide: W },
      { name: 'NOMINATED NODE', wide: W },
      { name: 'READINESS GATES', wide: W },
    ],
    row: podRow,
  },
  Service: {
    columns: [
      { name: 'NAME' },
      { name: 'TYPE' },
      { name: 'CLUSTER-IP' },
      { name: 'EXTERNAL-IP' },
      { name: 'PORT(S)' },
      { name: 'AGE' },
      { name: 'SELECTOR', wide: W },
    ],
    row: serviceRow,
  },
  Endpoints: {
    columns: [{ name: 'NAME' }, { name: 'ENDPOINTS' }, { name: 'AGE' }],
    row: (o, c) => [o.metadata.name, formatEndpoints(o.subsets), age(o, c)],
  },
  EndpointSlice: {
    columns: [
      { name: 'NAME' },
      { name: 'ADDRESSTYPE' },
      { name: 'PORTS' },
      { name: 'ENDPOINTS' },
      { name: 'AGE' },
    ],
    row: endpointSliceRow,
  },
  Node: {
    columns: [
      { name: 'NAME' },
      { name: 'STATUS' },
      { name: 'ROLES' },
      { name: 'AGE' },
      { name: 'VERSION' },
      { name: 'INTERNAL-IP', wide: W },
      { name: 'EXTERNAL-IP', wide: W },
      { name: 'OS-IMAGE', wide: W },
      { name: 'KERNEL-VERSION', wide: W },
      { name: 'CONTAINER-RUNTIME', wide: W },
    ],
    row: nodeRow,
  },
  Namespace: {
    columns: [{ name: 'NAME' }, { name: 'STATUS' }, { name: 'AGE' }],
    row: (o, c) => [o.metadata.name, o.status?.phase ?? 'Active', age(o, c)],
  },
  ConfigMap: {
    columns: [{ name: 'NAME' }, { name: 'DATA' }, { name: 'AGE' }],
    row: (o, c) => [
      o.metadata.name,
      String(Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length),
      age(o, c),
    ],
  },
  Secret: {
    columns: [{ name: 'NAME' }, { name: 'TYPE' }, { name: 'DATA' }, { name: 'AGE' }],
    row: (o, c) => [o.metadata.name, o.type ?? 'Opaque', String(Object.keys(o.data ?? {}).length), age(o, c)],
  },
  ServiceAccount: {
    columns: [{ name: 'NAME' }, { name: 'SECRETS' }, { name: 'AGE' }],
    row: (o, c) => [o.metadata.name, String((o.secrets ?? []).length), age(o, c)],
  },
};
