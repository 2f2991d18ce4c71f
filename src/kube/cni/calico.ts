/**
 * calico-node (manifest install, bird backend, IPIP pool) on every node
 * where its DaemonSet pod runs. At start: the default pool (created once:
 * CALICO_IPV4POOL_CIDR, else kubeadm-config's podSubnet, else
 * 192.168.0.0/16 — node/pkg/lifecycle/startup configureIPPools), the
 * install-cni init container's files (10-calico.conflist, calico-kubeconfig,
 * /opt/cni/bin/calico and calico-ipam), the IPIP tunnel address from the
 * node's first block on tunl0, the node annotations, NetworkUnavailable
 * False, BIRD on tcp/179 and felix's health port, felix's rules. While it
 * runs, BIRD keeps `BLOCK via NODEIP dev tunl0 proto bird onlink` for every
 * block of every other node whose calico-node runs (its BGP peer) and
 * `blackhole BLOCK proto bird` for its own blocks.
 */
import { addAddr4, delAddr4 } from '../../model/addr-ops.js';
import { formatIPv4, parseCidr4, parseIPv4 } from '../../model/inet.js';
import { setLinkUp, setMtu } from '../../model/link-ops.js';
import { RT_SCOPE, sortRoutes } from '../../model/routes.js';
import type { Host, Netns, Route } from '../../model/types.js';
import { getNetns, linkByName, loadIpipModule } from '../../model/world.js';
import { type ContainerState, clusterOf } from '../cluster.js';
import { crashContainer } from '../controllers/kubelet.js';
import { isoTime, type KObject, type KubeStore } from '../store.js';
import { calicoNodeFiles, calicoStartLogs } from './calico-files.js';
import { blocksOf, type CalicoIpam, calicoAllocate, calicoIpamOf, ensureCalicoPool } from './calico-ipam.js';
import { syncCalicoRules } from './calico-rules.js';
import { networkAvailable } from './node-status.js';

const PROTO_BIRD = 12;
const ANN = 'projectcalico.org/';

interface CalicoRun {
  container: string;
  /** What the routes and rules were last synced from. */
  seen: string;
}

type Env = Record<string, string>;

/** The calico-node container's literal env values (valueFrom entries resolved from calico-config). */
function containerEnv(store: KubeStore, pod: KObject): Env {
  const cm = store.get('ConfigMap', 'kube-system', 'calico-config')?.data ?? {};
  const c = (
    (pod.spec?.containers ?? []) as Array<{
      name: string;
      env?: Array<{ name: string; value?: string; valueFrom?: { configMapKeyRef?: { key: string } } }>;
    }>
  ).find((x) => x.name === 'calico-node');
  const env: Env = {};
  for (const e of c?.env ?? []) {
    const ref = e.valueFrom?.configMapKeyRef?.key;
    const v = e.value ?? (ref !== undefined ? cm[ref] : undefined);
    if (typeof v === 'string') env[e.name] = v;
  }
  return env;
}

function kubeadmPodSubnet(store: KubeStore): string | undefined {
  const data = store.get('ConfigMap', 'kube-system', 'kubeadm-config')?.data ?? {};
  for (const v of Object.values(data)) {
    const m = /podSubnet: (.*)/.exec(String(v));
    if (m)
      return (m[1] as string)
        .split(',')
        .find((c) => parseCidr4(c.trim()))
        ?.trim();
  }
  return undefined;
}

function ipipMode(v: string | undefined): 'Always' | 'CrossSubnet' | 'Never' | null {
  switch ((v ?? '').toLowerCase()) {
    case '':
    case 'off':
    case 'never':
      return 'Never';
    case 'crosssubnet':
    case 'cross-subnet':
      return 'CrossSubnet';
    case 'always':
      return 'Always';
    default:
      return null;
  }
}

/** configureIPPools(): the pool this start would create, or the error calico-node terminates with. */
function poolFor(store: KubeStore, env: Env): CalicoIpam | string {
  const have = calicoIpamOf(store.world);
  if (have) return have;
  const cidr = env.CALICO_IPV4POOL_CIDR || kubeadmPodSubnet(store) || '192.168.0.0/16';
  if (!parseCidr4(cidr) || !cidr.includes('/'))
    return `Invalid CIDR specified in CALICO_IPV4POOL_CIDR '${cidr}'`;
  const mode = ipipMode(env.CALICO_IPV4POOL_IPIP);
  if (!mode) return `Unrecognized IPIP mode specified in CALICO_IPV4POOL_IPIP '${env.CALICO_IPV4POOL_IPIP}'`;
  const blockSize = Number(env.CALICO_IPV4POOL_BLOCK_SIZE || 26);
  const nat = (env.CALICO_IPV4POOL_NAT_OUTGOING ?? 'true').toLowerCase() !== 'false';
  const made = ensureCalicoPool(store.world, { cidr, blockSize, natOutgoing: nat, ipipMode: mode });
  return made ?? `Invalid CIDR specified in CALICO_IPV4POOL_CIDR '${cidr}'`;
}

function nodeIp(n: KObject | undefined): string | undefined {
  return n?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address;
}

/** Start of calico-node on a node; returns the error it terminates with, or null. */
function startCalico(store: KubeStore, host: Host, pod: KObject, c: ContainerState): string | null {
  const world = store.world;
  const env = containerEnv(store, pod);
  const ipam = poolFor(store, env);
  if (typeof ipam === 'string') return ipam;
  const node = store.get('Node', undefined, host.name);
  const ip = nodeIp(node);
  const ns = getNetns(world, host.rootNetns);
  const eth0 = linkByName(world, ns, 'eth0');
  const prefix = eth0?.addrs4.find((a) => formatIPv4(a.addr) === ip)?.prefix ?? 32;
  const mtu = (eth0?.mtu ?? 1500) - (ipam.pool.ipipMode === 'Never' ? 0 : 20);
  calicoNodeFiles(store, host, mtu);
  const annotations: Record<string, string> = { [`${ANN}IPv4Address`]: `${ip}/${prefix}` };
  if (ipam.pool.ipipMode !== 'Never') {
    loadIpipModule(world, host);
    const tunl0 = linkByName(world, ns, 'tunl0');
    const addr = calicoAllocate(ipam, host.name, `ipip-tunnel-addr-${host.name}`);
    if (tunl0 && typeof addr === 'number') {
      setMtu(world, tunl0, mtu);
      for (const a of [...tunl0.addrs4]) if (a.addr !== addr) delAddr4(world, tunl0, a);
      if (!tunl0.addrs4.some((a) => a.addr === addr)) addAddr4(world, tunl0, { addr, prefix: 32 });
      setLinkUp(world, tunl0, true);
      annotations[`${ANN}IPv4IPIPTunnelAddr`] = formatIPv4(addr);
    }
  }
  store.mutate('Node', undefined, host.name, (n) => {
    n.metadata.annotations = { ...(n.metadata.annotations ?? {}), ...annotations };
  });
  networkAvailable(store, host.name, 'CalicoIsUp', 'Calico is running on this node');
  // BIRD's BGP port and felix's health endpoint (the container's processes; they close with it)
  const listen = (proto: 'tcp', addr: number, port: number, process: string, app: string) => {
    if (!ns.sockets.some((s) => s.pid === c.pid && s.port === port))
      ns.sockets.push({ proto, addr, port, pid: c.pid, process, app, listen: true, config: { body: '' } });
  };
  listen('tcp', 0, 179, 'bird', 'tcp-banner');
  listen('tcp', 0x7f000001, 9099, 'calico-node', 'http');
  c.logs.push(...calicoStartLogs(world.clock.now, host.name, ipam, ip ?? ''));
  return null;
}

interface Peer {
  node: string;
  ip: number;
}

/** Nodes whose calico-node runs (BIRD's full mesh), with their addresses. */
function peersOf(store: KubeStore, running: Set<string>): Peer[] {
  const out: Peer[] = [];
  for (const n of store.list('Node')) {
    if (!running.has(n.metadata.name)) continue;
    const ip = parseIPv4(String(n.metadata.annotations?.[`${ANN}IPv4Address`] ?? '').split('/')[0] ?? '');
    if (ip !== null) out.push({ node: n.metadata.name, ip });
  }
  return out;
}

/** BIRD's kernel protocol: exactly the wanted proto-bird routes in the main table. */
function syncRoutes(
  ns: Netns,
  ipam: CalicoIpam,
  self: string,
  peers: Peer[],
  tunl0: number | undefined,
  eth0: number | undefined,
): void {
  const want: Array<Omit<Route, 'seq'>> = [];
  for (const b of blocksOf(ipam, self))
    want.push({
      table: 254,
      type: 'blackhole',
      dst: b.base,
      prefix: ipam.pool.blockSize,
      tos: 0,
      metric: 0,
      proto: PROTO_BIRD,
      scope: RT_SCOPE.universe,
      nexthops: [],
    });
  const viaTunnel = ipam.pool.ipipMode !== 'Never' && tunl0 !== undefined;
  for (const p of peers) {
    if (p.node === self) continue;
    for (const b of blocksOf(ipam, p.node))
      want.push({
        table: 254,
        type: 'unicast',
        dst: b.base,
        prefix: ipam.pool.blockSize,
        tos: 0,
        metric: 0,
        proto: PROTO_BIRD,
        scope: RT_SCOPE.universe,
        nexthops: [
          {
            gateway: p.ip,
            dev: (viaTunnel ? tunl0 : eth0) as number,
            ...(viaTunnel ? { onlink: true } : {}),
            weight: 1,
          },
        ],
      });
  }
  const key = (r: Omit<Route, 'seq'>) =>
    `${r.type}|${r.dst}/${r.prefix}|${r.nexthops.map((h) => `${h.gateway}@${h.dev}`).join(',')}`;
  const wanted = new Set(want.map(key));
  const before = ns.routes.length;
  ns.routes = ns.routes.filter((r) => !(r.table === 254 && r.proto === PROTO_BIRD && !wanted.has(key(r))));
  const have = new Set(ns.routes.filter((r) => r.table === 254 && r.proto === PROTO_BIRD).map(key));
  let added = false;
  for (const r of want)
    if (!have.has(key(r))) {
      ns.routes.push({ ...r, seq: ++ns.routeSeq });
      added = true;
    }
  if (added || ns.routes.length !== before) sortRoutes(ns);
}

/** calico-node on every node where its pod runs; a start error terminates the container. */
export function reconcileCalico(store: KubeStore): void {
  const world = store.world;
  const cluster = clusterOf(world);
  if (!cluster) return;
  const runs = (world.ext.calicoRuns ??= new Map<string, CalicoRun>()) as Map<string, CalicoRun>;
  const running = new Map<string, { pod: KObject; c: ContainerState }>();
  for (const pod of store.list('Pod', 'kube-system')) {
    if (pod.metadata.labels?.['k8s-app'] !== 'calico-node' || pod.metadata.deletionTimestamp) continue;
    const sb = cluster.sandboxes.get(pod.metadata.uid as string);
    const c = sb?.containers.get('calico-node');
    if (sb && c?.running && world.hosts.has(sb.node)) running.set(sb.node, { pod, c });
  }
  for (const [node, { pod, c }] of running) {
    const key = `${c.id}/${c.restartCount}`;
    if (runs.get(node)?.container === key) continue;
    const err = startCalico(store, world.hosts.get(node) as Host, pod, c);
    if (err) {
      running.delete(node);
      runs.delete(node);
      crashContainer(store, pod.metadata.uid as string, 'calico-node', 1, [
        `${isoTime(world.clock.now).replace('T', ' ').replace('Z', '.000')} [ERROR][1] startup/startup.go 1041: ${err}`,
      ]);
      continue;
    }
    runs.set(node, { container: key, seen: '' });
  }
  for (const name of [...runs.keys()]) if (!running.has(name)) runs.delete(name);
  const ipam = calicoIpamOf(world);
  if (!ipam || running.size === 0) return;
  const peers = peersOf(store, new Set(running.keys()));
  const fingerprint = `${peers.map((p) => `${p.node}=${p.ip}`).join(',')}|${ipam.blocks.map((b) => `${b.node}:${b.base}`).join(',')}`;
  for (const node of running.keys()) {
    const run = runs.get(node) as CalicoRun;
    const ns = getNetns(world, (world.hosts.get(node) as Host).rootNetns);
    // BIRD's kernel scan puts back a route someone deleted
    syncRoutes(
      ns,
      ipam,
      node,
      peers,
      linkByName(world, ns, 'tunl0')?.uid,
      linkByName(world, ns, 'eth0')?.uid,
    );
    if (run.seen === fingerprint) continue;
    run.seen = fingerprint;
    syncCalicoRules(ns, {
      ipip: ipam.pool.ipipMode !== 'Never',
      pools: [ipam.pool.cidr],
      masqPools: ipam.pool.natOutgoing ? [ipam.pool.cidr] : [],
      hosts: peers.map((p) => formatIPv4(p.ip)),
    });
  }
}
