/**
 * kube-proxy in IPVS mode on a node: the kube-ipvs0 dummy with every
 * service address bound as /32, the IPVS table (rr, Masq, weight 1,
 * persistence for ClientIP affinity), the ipsets and the iptables rules
 * that use them. Unlike the iptables mode it syncs eagerly (when Services,
 * EndpointSlices or the node's addresses changed): IPVS and kube-ipvs0
 * are read by the router and ipvsadm, not only through netfilter.
 */
import { type IpvsService, ipvsOf, newStats } from '../../engines/dataplane/ipvs.js';
import { ruleSpecText } from '../../engines/netfilter/format.js';
import { ensureSet } from '../../engines/netfilter/ipset.js';
import { restoreRules } from '../../engines/netfilter/restore.js';
import { getTable } from '../../engines/netfilter/tables.js';
import { addAddr4, removeAddr4 } from '../../model/addr-ops.js';
import type { Host, Netns, World } from '../../model/types.js';
import { getNetns, linkByName, linksOf, newLink } from '../../model/world.js';
import type { KubeStore } from '../store.js';
import { IPSETS, IPVS_JUMPS, planIpvs, type WantedService } from './ipvs-rules.js';
import { proxyServicePorts } from './service-ports.js';

export const IPVS_DEVICE = 'kube-ipvs0';

interface IpvsRun {
  container: string;
  key: string;
}

function runsOf(world: World): Map<string, IpvsRun> {
  return (world.ext.ipvsProxyRuns ??= new Map<string, IpvsRun>()) as Map<string, IpvsRun>;
}

/** Every local IPv4 address of the node except kube-ipvs0's and loopback's (where NodePorts listen). */
function nodeAddresses(world: World, ns: Netns): number[] {
  const out: number[] = [];
  for (const l of linksOf(world, ns)) {
    if (l.kind === 'loopback' || l.name === IPVS_DEVICE) continue;
    for (const a of l.addrs4) if (!out.includes(a.addr)) out.push(a.addr);
  }
  return out;
}

function ensureDevice(world: World, ns: Netns) {
  return linkByName(world, ns, IPVS_DEVICE) ?? newLink(world, ns, { kind: 'dummy', name: IPVS_DEVICE });
}

function vsKey(s: { proto: string; addr: number; port: number }): string {
  return `${s.proto}/${s.addr}/${s.port}`;
}

/** Make the IPVS table what kube-proxy wants, keeping counters of services and servers that stay. */
function applyServices(ns: Netns, wanted: WantedService[]): void {
  const st = ipvsOf(ns);
  const have = new Map(st.services.filter((s) => s.fwmark === undefined).map((s) => [vsKey(s), s]));
  const next: IpvsService[] = [];
  for (const w of wanted) {
    const k = vsKey(w);
    if (next.some((s) => vsKey(s) === k)) continue;
    const s: IpvsService = have.get(k) ?? {
      proto: w.proto,
      addr: w.addr,
      port: w.port,
      sched: 'rr',
      netmask: 0xffffffff,
      dests: [],
      stats: newStats(),
      next: 0,
      templates: new Map(),
    };
    if (w.persistent !== undefined) s.persistent = w.persistent;
    else delete s.persistent;
    s.dests = w.dests.map(
      (d) =>
        s.dests.find((x) => x.addr === d.addr && x.port === d.port) ?? {
          addr: d.addr,
          port: d.port,
          weight: 1,
          fwd: 'Masq',
          stats: newStats(),
        },
    );
    next.push(s);
  }
  // services someone added by hand (ipvsadm -A) on other addresses are kube-proxy's to remove too, as it owns the table
  st.services = next;
}

function hasRule(ns: Netns, table: 'nat' | 'filter', chain: string, spec: string): boolean {
  const c = getTable(ns, table)?.chains.get(chain);
  return !!c && c.rules.some((r) => ruleSpecText(r, null) === ` ${spec}`);
}

/** One sync of IPVS-mode kube-proxy on `host`. */
export function syncIpvsNode(
  store: KubeStore,
  host: Host,
  container: string,
  cfg: { clusterCidr: string; masqueradeAll: boolean },
): void {
  const world = store.world;
  const ns = getNetns(world, host.rootNetns);
  const dev = ensureDevice(world, ns);
  const nodeIps = nodeAddresses(world, ns);
  const key = `${store.kindGeneration('Service', 'EndpointSlice')}|${nodeIps.join(',')}`;
  const runs = runsOf(world);
  const prev = runs.get(host.name);
  if (prev && prev.container === container && prev.key === key) return;
  const plan = planIpvs(proxyServicePorts(store), {
    node: host.name,
    nodeIps,
    clusterCidr: cfg.clusterCidr,
    masqueradeAll: cfg.masqueradeAll,
  });
  for (const a of [...dev.addrs4]) if (!plan.bind.has(a.addr)) removeAddr4(world, dev, a);
  for (const a of plan.bind)
    if (!dev.addrs4.some((x) => x.addr === a)) addAddr4(world, dev, { addr: a, prefix: 32 });
  applyServices(ns, plan.services);
  for (const s of IPSETS) {
    const set = ensureSet(ns, s.name, s.type, world.rng.int(0, 0x7fffffff));
    set.entries = new Set(plan.sets.get(s.name) ?? []);
  }
  const jumps = IPVS_JUMPS.filter((j) => !hasRule(ns, j.table, j.chain, j.spec));
  const text = plan.restore
    .split('COMMIT\n')
    .map((block) => {
      const table = block.startsWith('*nat') ? 'nat' : block.startsWith('*filter') ? 'filter' : null;
      if (!table) return block;
      const extra = jumps.filter((j) => j.table === table).map((j) => `-I ${j.chain} 1 ${j.spec}\n`);
      return `${block}${extra.join('')}`;
    })
    .join('COMMIT\n');
  const res = restoreRules(ns, text, { noflush: true, prog: 'iptables-restore', shareParsed: true });
  if (res.exit !== 0) return;
  runs.set(host.name, { container, key });
}

/** Forget a node's IPVS-mode run (kube-proxy stopped or switched mode). */
export function stopIpvsNode(world: World, node: string): void {
  runsOf(world).delete(node);
}
