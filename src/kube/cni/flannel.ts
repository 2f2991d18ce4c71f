/**
 * flanneld (vxlan backend, kube subnet manager) on each node where its
 * DaemonSet pod runs: the lease is the node's podCIDR; at start it writes
 * /run/flannel/subnet.env, installs the CNI config and binary (the
 * install-cni init containers), creates flannel.1 and annotates the Node;
 * while it runs it keeps a route, a permanent neighbour and an FDB entry
 * for every other node's subnet, and re-checks its iptables rules.
 */
import { ruleSpecText } from '../../engines/netfilter/format.js';
import { restoreRules } from '../../engines/netfilter/restore.js';
import { getTable, setPendingSync } from '../../engines/netfilter/tables.js';
import { addAddr4 } from '../../model/addr-ops.js';
import { formatIPv4, parseCidr4, parseIPv4 } from '../../model/inet.js';
import { setLinkUp } from '../../model/link-ops.js';
import { deleteRoute } from '../../model/route-ops.js';
import { RT_SCOPE, RTPROT, sortRoutes } from '../../model/routes.js';
import type { Host, Link, Neigh, Netns, Route } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { getNetns, linkByName, newLink } from '../../model/world.js';
import { clusterOf } from '../cluster.js';
import type { KObject, KubeStore } from '../store.js';
import { networkAvailable } from './node-status.js';

const VNI = 1;
const PORT = 8472;
const ANN = 'flannel.alpha.coreos.com/';

export const FLANNEL_CNI_CONFLIST = `{
  "name": "cbr0",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "flannel",
      "delegate": {
        "hairpinMode": true,
        "isDefaultGateway": true
      }
    },
    {
      "type": "portmap",
      "capabilities": {
        "portMappings": true
      }
    }
  ]
}
`;

export const FLANNEL_NET_CONF = (network: string) => `{
  "Network": "${network}",
  "EnableNFTables": false,
  "Backend": {
    "Type": "vxlan"
  }
}
`;

interface FlannelNode {
  name: string;
  subnet: string;
  publicIp: string;
  vtepMac: string;
  /** Parsed once: the subnet and the node's address. */
  net: { addr: number; prefix: number } | null;
  remote: number | null;
}

function nodeIp(n: KObject): string | undefined {
  return n.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address;
}

/** The network flannel manages, from net-conf.json in its ConfigMap. */
function networkOf(store: KubeStore): string | null {
  const cm = store.get('ConfigMap', 'kube-flannel', 'kube-flannel-cfg');
  const text = cm?.data?.['net-conf.json'];
  if (typeof text !== 'string') return null;
  try {
    const j = JSON.parse(text);
    return typeof j?.Network === 'string' ? j.Network : null;
  } catch {
    return null;
  }
}

function eth0(world: KubeStore['world'], ns: Netns): Link | undefined {
  return linkByName(world, ns, 'eth0');
}

/** Start of flanneld on a node: lease, subnet.env, CNI files, flannel.1 and Node annotations. */
function startFlannel(store: KubeStore, host: Host, node: KObject, network: string): string | null {
  const world = store.world;
  const subnet = node.spec?.podCIDR as string | undefined;
  if (!subnet)
    return `Error registering network: failed to acquire lease: node "${node.metadata.name}" pod cidr not assigned`;
  const c = parseCidr4(subnet);
  const ip = nodeIp(node);
  if (!c || !ip) return 'Failed to create SubnetManager: error parsing node addresses';
  // what a daemon writes into the node's filesystem (parents created as the daemons do)
  host.fs.put(
    '/run/flannel/subnet.env',
    `FLANNEL_NETWORK=${network}\nFLANNEL_SUBNET=${formatIPv4(c.addr + 1)}/${c.prefix}\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n`,
  );
  // install-cni-plugin and install-cni init containers
  if (!new FsView(host.fs).exists('/opt/cni/bin/flannel'))
    host.fs.put('/opt/cni/bin/flannel', '\x7fELF', 0o755);
  const cm = store.get('ConfigMap', 'kube-flannel', 'kube-flannel-cfg');
  host.fs.put(
    '/etc/cni/net.d/10-flannel.conflist',
    String(cm?.data?.['cni-conf.json'] ?? FLANNEL_CNI_CONFLIST),
  );
  const ns = getNetns(world, host.rootNetns);
  let vtep = linkByName(world, ns, 'flannel.1');
  if (!vtep) {
    const under = eth0(world, ns);
    vtep = newLink(world, ns, { kind: 'vxlan', name: 'flannel.1', mtu: (under?.mtu ?? 1500) - 50 });
    vtep.vxlan = {
      id: VNI,
      dstport: PORT,
      learning: false,
      fdb: new Map(),
      local: parseIPv4(ip) ?? 0,
      ...(under ? { dev: under.uid } : {}),
    };
    setLinkUp(world, vtep, true);
  }
  if (!vtep.addrs4.some((a) => a.addr === c.addr)) addAddr4(world, vtep, { addr: c.addr, prefix: 32 });
  store.mutate('Node', undefined, node.metadata.name, (n) => {
    n.metadata.annotations = {
      ...(n.metadata.annotations ?? {}),
      [`${ANN}backend-data`]: JSON.stringify({ VNI, VtepMAC: vtep.mac }),
      [`${ANN}backend-type`]: 'vxlan',
      [`${ANN}kube-subnet-manager`]: 'true',
      [`${ANN}public-ip`]: ip,
    };
  });
  networkAvailable(store, node.metadata.name, 'FlannelIsUp', 'Flannel is running on this node');
  return null;
}

/** Every node flannel has announced (annotations set), in node order. */
function announced(store: KubeStore): FlannelNode[] {
  const out: FlannelNode[] = [];
  for (const n of store.list('Node')) {
    const a = n.metadata.annotations ?? {};
    const ip = a[`${ANN}public-ip`];
    let mac: string | undefined;
    try {
      mac = JSON.parse(a[`${ANN}backend-data`] ?? 'null')?.VtepMAC;
    } catch {
      mac = undefined;
    }
    if (!ip || !mac || !n.spec?.podCIDR) continue;
    out.push({
      name: n.metadata.name,
      subnet: n.spec.podCIDR,
      publicIp: ip,
      vtepMac: mac,
      net: parseCidr4(n.spec.podCIDR),
      remote: parseIPv4(ip),
    });
  }
  return out;
}

/** Routes, neighbours and FDB entries towards the other nodes' subnets (added and removed as nodes come and go). */
function syncPeers(store: KubeStore, host: Host, before: FlannelNode[], now: FlannelNode[]): void {
  const world = store.world;
  const ns = getNetns(world, host.rootNetns);
  const vtep = linkByName(world, ns, 'flannel.1');
  if (!vtep?.vxlan) return;
  const key = (p: FlannelNode) => `${p.subnet}|${p.publicIp}|${p.vtepMac}`;
  const keep = new Set(now.map(key));
  for (const p of before) {
    if (keep.has(key(p))) continue;
    const c = parseCidr4(p.subnet);
    if (!c) continue;
    deleteRoute(ns, { table: 254, dst: c.addr, prefix: c.prefix, dev: vtep.uid, scope: RT_SCOPE.nowhere });
    ns.neigh = ns.neigh.filter((n) => !(n.dev === vtep.uid && n.ip === c.addr));
    vtep.vxlan.fdb.delete(p.vtepMac);
  }
  const had = new Set(before.map(key));
  // netlink RTM_NEWNEIGH / RTM_NEWROUTE with NLM_F_REPLACE, as flanneld sends them (no per-entry lookups)
  const neigh = new Map<number, Neigh>();
  for (const n of ns.neigh) if (n.dev === vtep.uid) neigh.set(n.ip, n);
  const routes = new Map<number, Route>();
  for (const r of ns.routes) if (r.table === 254 && r.nexthops[0]?.dev === vtep.uid) routes.set(r.dst, r);
  const added: Array<Omit<Route, 'seq'>> = [];
  for (const p of now) {
    if (had.has(key(p))) continue;
    const c = p.net;
    const remote = p.remote;
    if (!c || remote === null) continue;
    const n = neigh.get(c.addr);
    if (n) {
      n.mac = p.vtepMac;
      n.state = 'PERMANENT';
      n.since = world.clock.now;
    } else {
      const made: Neigh = {
        ip: c.addr,
        dev: vtep.uid,
        mac: p.vtepMac,
        state: 'PERMANENT',
        since: world.clock.now,
        answers: true,
      };
      ns.neigh.push(made);
      neigh.set(c.addr, made);
    }
    vtep.vxlan.fdb.set(p.vtepMac, remote);
    const old = routes.get(c.addr);
    if (old) ns.routes = ns.routes.filter((r) => r !== old);
    added.push({
      table: 254,
      type: 'unicast',
      dst: c.addr,
      prefix: c.prefix,
      tos: 0,
      metric: 0,
      proto: RTPROT.boot,
      scope: RT_SCOPE.universe,
      nexthops: [{ gateway: c.addr, dev: vtep.uid, onlink: true, weight: 1 }],
    });
  }
  // one sort for the batch instead of an ordered insertion per peer
  for (const r of added) ns.routes.push({ ...r, seq: ++ns.routeSeq });
  if (added.length) sortRoutes(ns);
}

function flannelRules(network: string, subnet: string): { nat: string[]; filter: string[] } {
  const m = '-m comment --comment "flanneld masq"';
  return {
    nat: [
      `-A FLANNEL-POSTRTG -m mark --mark 0x4000/0x4000 ${m} -j RETURN`,
      `-A FLANNEL-POSTRTG -s ${subnet} -d ${network} ${m} -j RETURN`,
      `-A FLANNEL-POSTRTG -s ${network} -d ${subnet} ${m} -j RETURN`,
      `-A FLANNEL-POSTRTG ! -s ${network} -d ${subnet} ${m} -j RETURN`,
      `-A FLANNEL-POSTRTG -s ${network} ! -d 224.0.0.0/4 ${m} -j MASQUERADE --random-fully`,
      `-A FLANNEL-POSTRTG ! -s ${network} -d ${network} ${m} -j MASQUERADE --random-fully`,
    ],
    filter: [
      `-A FLANNEL-FWD -s ${network} -m comment --comment "flanneld forward" -j ACCEPT`,
      `-A FLANNEL-FWD -d ${network} -m comment --comment "flanneld forward" -j ACCEPT`,
    ],
  };
}

function chainText(ns: Netns, table: 'nat' | 'filter', chain: string): string[] | null {
  const c = getTable(ns, table)?.chains.get(chain);
  return c ? c.rules.map((r) => `-A ${chain}${ruleSpecText(r, null)}`) : null;
}

/** flanneld's periodic check: recreate its chains when their rules are not what it wants; keep the jumps. */
function ensureRules(ns: Netns, network: string, subnet: string): void {
  const want = flannelRules(network, subnet);
  const lines: string[] = [];
  const jumps = [
    { table: 'filter', chain: 'FORWARD', spec: '-m comment --comment "flanneld forward" -j FLANNEL-FWD' },
    { table: 'nat', chain: 'POSTROUTING', spec: '-m comment --comment "flanneld masq" -j FLANNEL-POSTRTG' },
  ];
  for (const [table, chain, rules] of [
    ['filter', 'FLANNEL-FWD', want.filter],
    ['nat', 'FLANNEL-POSTRTG', want.nat],
  ] as const) {
    const have = chainText(ns, table, chain);
    const jump = jumps.find((j) => j.table === table) as (typeof jumps)[number];
    const hasJump = (getTable(ns, table)?.chains.get(jump.chain)?.rules ?? []).some(
      (r) => ruleSpecText(r, null) === ` ${jump.spec}`,
    );
    if (have && have.join('\n') === rules.join('\n') && hasJump) continue;
    lines.push(`*${table}`, `:${chain} - [0:0]`, ...rules);
    if (!hasJump) lines.push(`-A ${jump.chain} ${jump.spec}`);
    lines.push('COMMIT');
  }
  if (lines.length)
    restoreRules(ns, `${lines.join('\n')}\n`, { noflush: true, prog: 'iptables-restore', shareParsed: true });
}

interface FlannelRun {
  container: string;
  peers: FlannelNode[];
  /** The announced set the peers were synced from. */
  seen: string;
  error: string | null;
}

/** flanneld on every node where its pod runs; returns start errors per node (the pod crashes with them). */
export function reconcileFlannel(store: KubeStore): Map<string, string> {
  const cluster = clusterOf(store.world);
  const errors = new Map<string, string>();
  if (!cluster) return errors;
  const runs = (store.world.ext.flannelRuns ??= new Map<string, FlannelRun>()) as Map<string, FlannelRun>;
  const network = networkOf(store);
  const seen = new Set<string>();
  let everyone: FlannelNode[] | null = null;
  let fingerprint = '';
  for (const pod of store.list('Pod', 'kube-flannel')) {
    if (pod.metadata.labels?.app !== 'flannel' || pod.metadata.deletionTimestamp) continue;
    const sb = cluster.sandboxes.get(pod.metadata.uid as string);
    const c = sb?.containers.get('kube-flannel');
    if (!sb || !c?.running) continue;
    const host = store.world.hosts.get(sb.node);
    const node = store.get('Node', undefined, sb.node);
    if (!host || !node || !network) continue;
    seen.add(host.name);
    const container = `${c.id}/${c.restartCount}`;
    let run = runs.get(host.name);
    if (!run || run.container !== container) {
      const err = startFlannel(store, host, node, network);
      run = { container, peers: run?.peers ?? [], seen: '', error: err };
      runs.set(host.name, run);
    }
    if (run.error) {
      errors.set(host.name, run.error);
      continue;
    }
    if (!everyone) {
      everyone = announced(store);
      fingerprint = everyone.map((p) => `${p.name}=${p.subnet}|${p.publicIp}|${p.vtepMac}`).join(',');
    }
    if (run.seen !== fingerprint) {
      const peers = everyone.filter((p) => p.name !== host.name);
      syncPeers(store, host, run.peers, peers);
      run.peers = peers;
      run.seen = fingerprint;
    }
    const subnet = store.get('Node', undefined, host.name)?.spec?.podCIDR as string;
    const ns = getNetns(store.world, host.rootNetns);
    setPendingSync(ns, 'flannel', () => ensureRules(ns, network, subnet));
  }
  for (const name of runs.keys()) {
    if (seen.has(name)) continue;
    const host = store.world.hosts.get(name);
    if (host) setPendingSync(getNetns(store.world, host.rootNetns), 'flannel', undefined);
  }
  return errors;
}
