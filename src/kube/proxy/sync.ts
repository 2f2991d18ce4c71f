/**
 * kube-proxy on each node, iptables mode: while its pod runs on a node it
 * keeps that node's rules in step with Services and EndpointSlices. Like
 * the real one it syncs on API changes and every 30 s (re-adding jump rules
 * and rewriting the top-level chains), rewrites a service's own chains only
 * when that service changed, and does a full sync when it starts and every
 * hour. Syncs are lazy: they run when something first reads the node's
 * tables, which keeps big clusters cheap.
 */
import { parse } from 'yaml';
import { ruleSpecText } from '../../engines/netfilter/format.js';
import { restoreRules } from '../../engines/netfilter/restore.js';
import { getTable, setPendingSync } from '../../engines/netfilter/tables.js';
import type { Netns } from '../../model/types.js';
import { getNetns } from '../../model/world.js';
import { clusterOf, type ProxyNodeState } from '../cluster.js';
import type { KubeStore } from '../store.js';
import { buildProxyRules, FILTER_CHAINS, JUMP_RULES, NAT_CHAINS } from './iptables-rules.js';
import { stopIpvsNode, syncIpvsNode } from './ipvs-sync.js';
import { proxyServicePorts } from './service-ports.js';

const SYNC_PERIOD_MS = 30_000;
const FULL_SYNC_PERIOD_MS = 3_600_000;
const SERVICE_CHAIN = /^KUBE-(SVC|SVL|EXT|FW|SEP)-/;

export interface ProxyConfig {
  mode: string;
  clusterCidr: string;
  masqueradeAll: boolean;
}

/** kube-proxy's configuration file from its ConfigMap (null when it does not parse). */
const configMemo = new Map<string, ProxyConfig | null>();

export function readProxyConfig(store: KubeStore): ProxyConfig | null {
  const cm = store.get('ConfigMap', 'kube-system', 'kube-proxy');
  const text = cm?.data?.['config.conf'];
  if (typeof text !== 'string') return { mode: 'iptables', clusterCidr: '', masqueradeAll: false };
  if (configMemo.has(text)) return configMemo.get(text) as ProxyConfig | null;
  const cfg = parseProxyConfig(text);
  if (configMemo.size > 100) configMemo.clear();
  configMemo.set(text, cfg);
  return cfg;
}

function parseProxyConfig(text: string): ProxyConfig | null {
  try {
    // biome-ignore lint/suspicious/noExplicitAny: configuration document
    const doc = (parse(text) ?? {}) as any;
    if (typeof doc !== 'object') return null;
    return {
      mode: String(doc.mode || 'iptables'),
      clusterCidr: typeof doc.clusterCIDR === 'string' ? doc.clusterCIDR : '',
      masqueradeAll: doc.iptables?.masqueradeAll === true,
    };
  } catch {
    return null;
  }
}

function hasRule(ns: Netns, table: 'filter' | 'nat', chain: string, spec: string): boolean {
  const c = getTable(ns, table)?.chains.get(chain);
  return !!c && c.rules.some((r) => ruleSpecText(r, null) === ` ${spec}`);
}

function syncNode(store: KubeStore, node: string, container: string, ns: Netns): void {
  const cluster = clusterOf(store.world);
  if (!cluster) return;
  const now = store.world.clock.now;
  const inputs = store.kindGeneration('Service', 'EndpointSlice', 'ConfigMap');
  const prev = cluster.proxy.get(node);
  const full = !prev || prev.container !== container || now - prev.lastFullSync >= FULL_SYNC_PERIOD_MS;
  if (!full && prev.inputs === inputs && now - prev.lastSync < SYNC_PERIOD_MS) return;
  const cfg = readProxyConfig(store);
  if (!cfg || latchedMode(store, node, container) !== 'iptables') return;
  const rules = buildProxyRules(proxyServicePorts(store), {
    node,
    clusterCidr: cfg.clusterCidr,
    masqueradeAll: cfg.masqueradeAll,
  });
  const st: ProxyNodeState = {
    container,
    lastSync: now,
    lastFullSync: full ? now : (prev?.lastFullSync ?? now),
    inputs,
    written: full ? new Map() : new Map(prev?.written),
    chains: full ? new Map() : new Map(prev?.chains),
  };
  const lines: string[] = ['*mangle', ':KUBE-PROXY-CANARY - [0:0]', 'COMMIT', '*filter'];
  for (const c of ['KUBE-PROXY-CANARY', ...FILTER_CHAINS]) lines.push(`:${c} - [0:0]`);
  lines.push(...rules.filter);
  const natDecl: string[] = [':KUBE-PROXY-CANARY - [0:0]', ...NAT_CHAINS.map((c) => `:${c} - [0:0]`)];
  const natRules: string[] = [...rules.natTop];
  const wanted = new Set<string>();
  const before = [...st.chains.values()].flat();
  for (const [key, sc] of rules.services) {
    for (const c of sc.chains) wanted.add(c);
    const text = `${sc.chains.join(' ')}\n${sc.rules.join('\n')}`;
    if (!full && st.written.get(key) === text) continue;
    natDecl.push(...sc.chains.map((c) => `:${c} - [0:0]`));
    natRules.push(...sc.rules);
    st.written.set(key, text);
    st.chains.set(key, sc.chains);
  }
  for (const key of [...st.chains.keys()]) {
    if (rules.services.has(key)) continue;
    st.chains.delete(key);
    st.written.delete(key);
  }
  // chains of services (or endpoints) that went away: emptied, then deleted
  const stale = new Set(before.filter((c) => !wanted.has(c)));
  if (full) {
    for (const c of getTable(ns, 'nat')?.chains.keys() ?? [])
      if (SERVICE_CHAIN.test(c) && !wanted.has(c)) stale.add(c);
  }
  const natTable = getTable(ns, 'nat');
  const staleList = [...stale].filter((c) => natTable?.chains.has(c));
  const filterJumps = JUMP_RULES.filter(
    (j) => j.table === 'filter' && !hasRule(ns, 'filter', j.chain, j.spec),
  );
  const natJumps = JUMP_RULES.filter((j) => j.table === 'nat' && !hasRule(ns, 'nat', j.chain, j.spec));
  lines.push(...filterJumps.map((j) => `-I ${j.chain} 1 ${j.spec}`), 'COMMIT', '*nat');
  lines.push(...natDecl, ...staleList.map((c) => `:${c} - [0:0]`), ...natRules);
  lines.push(...natJumps.map((j) => `-I ${j.chain} 1 ${j.spec}`));
  lines.push(...staleList.map((c) => `-X ${c}`), 'COMMIT', '');
  const res = restoreRules(ns, lines.join('\n'), {
    noflush: true,
    prog: 'iptables-restore',
    shareParsed: true,
  });
  if (res.exit !== 0) return;
  cluster.proxy.set(node, st);
}

/** The mode kube-proxy read from its configuration when this container started (it only switches at a restart). */
function latchedMode(store: KubeStore, node: string, container: string): string {
  const modes = (store.world.ext.kubeProxyModes ??= new Map()) as Map<
    string,
    { container: string; mode: string }
  >;
  const m = modes.get(node);
  if (m && m.container === container) return m.mode;
  const mode = readProxyConfig(store)?.mode ?? 'iptables';
  modes.set(node, { container, mode });
  return mode;
}

function klogTime(now: number): string {
  const d = new Date(Math.floor(now));
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000`;
}

/** What kube-proxy logs when it starts (where `kubectl logs` tells which proxier runs). */
function kubeProxyStartLogs(now: number, ip: string, mode: 'iptables' | 'ipvs', version: string): string[] {
  const at = (ms: number, where: string, msg: string) => `I${klogTime(now + ms)}       1 ${where}] ${msg}`;
  const ipvs = mode === 'ipvs';
  return [
    at(2, 'server_linux.go:66', `"Using ${ipvs ? 'ipvs' : 'iptables'} proxy"`),
    at(41, 'server.go:698', `"Successfully retrieved node IP(s)" IPs=["${ip}"]`),
    at(
      44,
      'conntrack.go:121',
      '"Set sysctl" entry="net/netfilter/nf_conntrack_tcp_timeout_established" value=86400',
    ),
    at(
      44,
      'conntrack.go:121',
      '"Set sysctl" entry="net/netfilter/nf_conntrack_tcp_timeout_close_wait" value=3600',
    ),
    at(
      45,
      'server.go:234',
      '"Kube-proxy configuration may be incomplete or incorrect" err="nodePortAddresses is unset; NodePort connections will be accepted on all local IPs. Consider using `--nodeport-addresses primary`"',
    ),
    at(71, 'server.go:243', '"kube-proxy running in dual-stack mode" primary ipFamily="IPv4"'),
    at(71, 'server_linux.go:170', `"Using ${ipvs ? 'ipvs' : 'iptables'} Proxier"`),
    ...(ipvs
      ? []
      : [
          at(
            72,
            'proxier.go:255',
            '"Setting route_localnet=1 to allow node-ports on localhost; to change this either disable iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses) to filter loopback addresses" ipFamily="IPv4"',
          ),
        ]),
    at(73, 'server.go:497', `"Version info" version="${version}"`),
    at(73, 'server.go:499', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'),
    at(74, 'config.go:199', '"Starting service config controller"'),
    at(74, 'shared_informer.go:313', '"Waiting for caches to sync" controller="service config"'),
    at(74, 'config.go:105', '"Starting endpoint slice config controller"'),
    at(74, 'shared_informer.go:313', '"Waiting for caches to sync" controller="endpoint slice config"'),
    at(75, 'config.go:329', '"Starting node config controller"'),
    at(75, 'shared_informer.go:313', '"Waiting for caches to sync" controller="node config"'),
    at(176, 'shared_informer.go:320', '"Caches are synced" controller="node config"'),
    at(176, 'shared_informer.go:320', '"Caches are synced" controller="service config"'),
    at(176, 'shared_informer.go:320', '"Caches are synced" controller="endpoint slice config"'),
  ];
}

/** Arm a (lazy) sync on every node whose kube-proxy runs; nodes without one keep what is there. */
export function reconcileKubeProxy(store: KubeStore): void {
  const cluster = clusterOf(store.world);
  if (!cluster) return;
  const running = new Map<string, string>();
  for (const pod of store.list('Pod', 'kube-system')) {
    if (pod.metadata.labels?.['k8s-app'] !== 'kube-proxy' || pod.metadata.deletionTimestamp) continue;
    const sb = cluster.sandboxes.get(pod.metadata.uid as string);
    const c = sb?.containers.get('kube-proxy');
    if (!sb || !c?.running) continue;
    const key = `${c.id}/${c.restartCount}`;
    running.set(sb.node, key);
    const started = (store.world.ext.kubeProxyStarted ??= new Set<string>()) as Set<string>;
    if (!started.has(key)) {
      started.add(key);
      const node = store.get('Node', undefined, sb.node);
      const ip =
        node?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address ?? '';
      const mode = latchedMode(store, sb.node, key) === 'ipvs' ? 'ipvs' : 'iptables';
      c.logs.push(...kubeProxyStartLogs(store.world.clock.now, ip, mode, cluster.config.kubernetesVersion));
    }
  }
  for (const host of store.world.hosts.values()) {
    if (!store.get('Node', undefined, host.name)) continue;
    const ns = getNetns(store.world, host.rootNetns);
    const container = running.get(host.name);
    if (container !== undefined && latchedMode(store, host.name, container) === 'ipvs') {
      setPendingSync(ns, 'kube-proxy', undefined);
      const cfg = readProxyConfig(store);
      syncIpvsNode(store, host, container, {
        clusterCidr: cfg?.clusterCidr ?? '',
        masqueradeAll: cfg?.masqueradeAll ?? false,
      });
      continue;
    }
    stopIpvsNode(store.world, host.name);
    setPendingSync(
      ns,
      'kube-proxy',
      container === undefined ? undefined : () => syncNode(store, host.name, container, ns),
    );
  }
}
