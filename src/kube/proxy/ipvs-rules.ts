/**
 * What kube-proxy in IPVS mode wants on a node (pkg/proxy/ipvs/proxier.go,
 * 1.29+): the virtual services with their real servers, the addresses to
 * bind to kube-ipvs0, the ipset entries, and the iptables-restore input
 * built from the ipsets (writeIptablesRules). Pure: the sync applies it.
 */

import type { SetType } from '../../engines/netfilter/ipset.js';
import { parseIPv4 } from '../../model/inet.js';
import type { ProxyEndpoint, ProxyServicePort } from './service-ports.js';

export interface WantedService {
  proto: 'tcp' | 'udp';
  addr: number;
  port: number;
  persistent?: number;
  dests: Array<{ addr: number; port: number }>;
}

export interface IpvsPlan {
  services: WantedService[];
  /** Addresses bound to kube-ipvs0. */
  bind: Set<number>;
  sets: Map<string, string[]>;
  restore: string;
}

/** ipsetInfo: every set kube-proxy creates, in its order, with type and comment. */
export const IPSETS: ReadonlyArray<{ name: string; type: SetType; comment: string }> = [
  {
    name: 'KUBE-LOOP-BACK',
    type: 'hash:ip,port,ip',
    comment: 'Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose',
  },
  {
    name: 'KUBE-CLUSTER-IP',
    type: 'hash:ip,port',
    comment: 'Kubernetes service cluster ip + port for masquerade purpose',
  },
  {
    name: 'KUBE-EXTERNAL-IP',
    type: 'hash:ip,port',
    comment: 'Kubernetes service external ip + port for masquerade and filter purpose',
  },
  {
    name: 'KUBE-EXTERNAL-IP-LOCAL',
    type: 'hash:ip,port',
    comment: 'Kubernetes service external ip + port with externalTrafficPolicy=local',
  },
  { name: 'KUBE-LOAD-BALANCER', type: 'hash:ip,port', comment: 'Kubernetes service lb portal' },
  {
    name: 'KUBE-LOAD-BALANCER-FW',
    type: 'hash:ip,port',
    comment: 'Kubernetes service load balancer ip + port for load balancer with sourceRange',
  },
  {
    name: 'KUBE-LOAD-BALANCER-LOCAL',
    type: 'hash:ip,port',
    comment: 'Kubernetes service load balancer ip + port with externalTrafficPolicy=local',
  },
  {
    name: 'KUBE-LOAD-BALANCER-SOURCE-IP',
    type: 'hash:ip,port,ip',
    comment: 'Kubernetes service load balancer ip + port + source IP for packet filter purpose',
  },
  {
    name: 'KUBE-LOAD-BALANCER-SOURCE-CIDR',
    type: 'hash:ip,port,net',
    comment: 'Kubernetes service load balancer ip + port + source cidr for packet filter purpose',
  },
  {
    name: 'KUBE-NODE-PORT-TCP',
    type: 'bitmap:port',
    comment: 'Kubernetes nodeport TCP port for masquerade purpose',
  },
  {
    name: 'KUBE-NODE-PORT-LOCAL-TCP',
    type: 'bitmap:port',
    comment: 'Kubernetes nodeport TCP port with externalTrafficPolicy=local',
  },
  {
    name: 'KUBE-NODE-PORT-UDP',
    type: 'bitmap:port',
    comment: 'Kubernetes nodeport UDP port for masquerade purpose',
  },
  {
    name: 'KUBE-NODE-PORT-LOCAL-UDP',
    type: 'bitmap:port',
    comment: 'Kubernetes nodeport UDP port with externalTrafficPolicy=local',
  },
  {
    name: 'KUBE-NODE-PORT-SCTP-HASH',
    type: 'hash:ip,port',
    comment: "Kubernetes nodeport SCTP port for masquerade purpose with type 'hash ip:port'",
  },
  {
    name: 'KUBE-NODE-PORT-LOCAL-SCTP-HASH',
    type: 'hash:ip,port',
    comment: "Kubernetes nodeport SCTP port with externalTrafficPolicy=local with type 'hash ip:port'",
  },
  { name: 'KUBE-HEALTH-CHECK-NODE-PORT', type: 'bitmap:port', comment: 'Kubernetes health check node port' },
  { name: 'KUBE-IPVS-IPS', type: 'hash:ip', comment: 'Addresses on the ipvs interface' },
];

/** ipsetWithIptablesChain: rules written only when their set has entries. */
const SET_CHAINS: ReadonlyArray<{
  set: string;
  table: 'nat' | 'filter';
  from: string;
  to: string;
  match: string;
  proto?: string;
}> = [
  { set: 'KUBE-LOOP-BACK', table: 'nat', from: 'KUBE-POSTROUTING', to: 'MASQUERADE', match: 'dst,dst,src' },
  {
    set: 'KUBE-LOAD-BALANCER',
    table: 'nat',
    from: 'KUBE-SERVICES',
    to: 'KUBE-LOAD-BALANCER',
    match: 'dst,dst',
  },
  {
    set: 'KUBE-LOAD-BALANCER-LOCAL',
    table: 'nat',
    from: 'KUBE-LOAD-BALANCER',
    to: 'RETURN',
    match: 'dst,dst',
  },
  {
    set: 'KUBE-NODE-PORT-LOCAL-TCP',
    table: 'nat',
    from: 'KUBE-NODE-PORT',
    to: 'RETURN',
    match: 'dst',
    proto: 'tcp',
  },
  {
    set: 'KUBE-NODE-PORT-TCP',
    table: 'nat',
    from: 'KUBE-NODE-PORT',
    to: 'KUBE-MARK-MASQ',
    match: 'dst',
    proto: 'tcp',
  },
  {
    set: 'KUBE-NODE-PORT-LOCAL-UDP',
    table: 'nat',
    from: 'KUBE-NODE-PORT',
    to: 'RETURN',
    match: 'dst',
    proto: 'udp',
  },
  {
    set: 'KUBE-NODE-PORT-UDP',
    table: 'nat',
    from: 'KUBE-NODE-PORT',
    to: 'KUBE-MARK-MASQ',
    match: 'dst',
    proto: 'udp',
  },
  {
    set: 'KUBE-LOAD-BALANCER-FW',
    table: 'filter',
    from: 'KUBE-PROXY-FIREWALL',
    to: 'KUBE-SOURCE-RANGES-FIREWALL',
    match: 'dst,dst',
  },
  {
    set: 'KUBE-LOAD-BALANCER-SOURCE-CIDR',
    table: 'filter',
    from: 'KUBE-SOURCE-RANGES-FIREWALL',
    to: 'RETURN',
    match: 'dst,dst,src',
  },
  {
    set: 'KUBE-LOAD-BALANCER-SOURCE-IP',
    table: 'filter',
    from: 'KUBE-SOURCE-RANGES-FIREWALL',
    to: 'RETURN',
    match: 'dst,dst,src',
  },
];

export const IPVS_NAT_CHAINS = [
  'KUBE-SERVICES',
  'KUBE-POSTROUTING',
  'KUBE-NODE-PORT',
  'KUBE-LOAD-BALANCER',
  'KUBE-MARK-MASQ',
];
export const IPVS_FILTER_CHAINS = [
  'KUBE-FORWARD',
  'KUBE-NODE-PORT',
  'KUBE-PROXY-FIREWALL',
  'KUBE-SOURCE-RANGES-FIREWALL',
  'KUBE-IPVS-FILTER',
  'KUBE-IPVS-OUT-FILTER',
];

/** iptablesJumpChain, each prepended when missing. */
export const IPVS_JUMPS: ReadonlyArray<{ table: 'nat' | 'filter'; chain: string; spec: string }> = [
  {
    table: 'nat',
    chain: 'OUTPUT',
    spec: '-m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  },
  {
    table: 'nat',
    chain: 'PREROUTING',
    spec: '-m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  },
  {
    table: 'nat',
    chain: 'POSTROUTING',
    spec: '-m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
  },
  {
    table: 'filter',
    chain: 'FORWARD',
    spec: '-m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
  },
  {
    table: 'filter',
    chain: 'INPUT',
    spec: '-m comment --comment "kubernetes health check rules" -j KUBE-NODE-PORT',
  },
  {
    table: 'filter',
    chain: 'INPUT',
    spec: '-m comment --comment "kube-proxy firewall rules" -j KUBE-PROXY-FIREWALL',
  },
  {
    table: 'filter',
    chain: 'FORWARD',
    spec: '-m comment --comment "kube-proxy firewall rules" -j KUBE-PROXY-FIREWALL',
  },
  {
    table: 'filter',
    chain: 'INPUT',
    spec: '-m comment --comment "kubernetes ipvs access filter" -j KUBE-IPVS-FILTER',
  },
  {
    table: 'filter',
    chain: 'OUTPUT',
    spec: '-m comment --comment "kubernetes ipvs access filter" -j KUBE-IPVS-OUT-FILTER',
  },
];

function endpointsFor(sp: ProxyServicePort, node: string, local: boolean): ProxyEndpoint[] {
  const ready = sp.endpoints.filter((e) => e.ready);
  const usable = ready.length ? ready : sp.endpoints.filter((e) => e.serving && e.terminating);
  if (!local) return usable;
  const mine = usable.filter((e) => e.node === node);
  return mine.length ? mine : usable;
}

function comment(name: string): string {
  return `"${IPSETS.find((s) => s.name === name)?.comment ?? ''}"`;
}

/** Everything IPVS-mode kube-proxy wants on `node` whose own addresses (not kube-ipvs0 / lo) are `nodeIps`. */
export function planIpvs(
  ports: ProxyServicePort[],
  opts: { node: string; nodeIps: number[]; clusterCidr: string; masqueradeAll: boolean },
): IpvsPlan {
  const sets = new Map<string, string[]>(IPSETS.map((s) => [s.name, []]));
  const add = (set: string, e: string) => {
    const l = sets.get(set) as string[];
    if (!l.includes(e)) l.push(e);
  };
  const services: WantedService[] = [];
  const bind = new Set<number>();
  const nodeIps = new Set(opts.nodeIps);
  for (const sp of ports) {
    if (sp.proto === 'sctp') continue;
    const dests = (local: boolean) =>
      endpointsFor(sp, opts.node, local).flatMap((e) => {
        const a = parseIPv4(e.ip);
        return a === null ? [] : [{ addr: a, port: e.port }];
      });
    const vs = (addr: number, local: boolean): WantedService => ({
      proto: sp.proto as 'tcp' | 'udp',
      addr,
      port: sp.port,
      ...(sp.affinity !== null ? { persistent: sp.affinity } : {}),
      dests: dests(local),
    });
    for (const e of sp.endpoints)
      if (e.node === opts.node && e.ready) add('KUBE-LOOP-BACK', `${e.ip},${sp.proto}:${e.port},${e.ip}`);
    const cip = parseIPv4(sp.clusterIP);
    if (cip === null) continue;
    add('KUBE-CLUSTER-IP', `${sp.clusterIP},${sp.proto}:${sp.port}`);
    services.push(vs(cip, sp.internalLocal));
    bind.add(cip);
    for (const ext of sp.externalIPs) {
      const a = parseIPv4(ext);
      if (a === null) continue;
      add(sp.externalLocal ? 'KUBE-EXTERNAL-IP-LOCAL' : 'KUBE-EXTERNAL-IP', `${ext},${sp.proto}:${sp.port}`);
      services.push(vs(a, sp.externalLocal));
      if (!nodeIps.has(a)) bind.add(a);
    }
    for (const lb of sp.loadBalancerIPs) {
      const a = parseIPv4(lb);
      if (a === null) continue;
      add('KUBE-LOAD-BALANCER', `${lb},${sp.proto}:${sp.port}`);
      if (sp.externalLocal) add('KUBE-LOAD-BALANCER-LOCAL', `${lb},${sp.proto}:${sp.port}`);
      services.push(vs(a, sp.externalLocal));
      if (!nodeIps.has(a)) bind.add(a);
    }
    if (sp.nodePort) {
      const up = sp.proto.toUpperCase();
      add(`KUBE-NODE-PORT-${up}`, String(sp.nodePort));
      if (sp.externalLocal) add(`KUBE-NODE-PORT-LOCAL-${up}`, String(sp.nodePort));
      for (const ip of opts.nodeIps) services.push({ ...vs(ip, sp.externalLocal), port: sp.nodePort });
    }
    if (sp.healthCheckNodePort) add('KUBE-HEALTH-CHECK-NODE-PORT', String(sp.healthCheckNodePort));
  }
  for (const a of bind) add('KUBE-IPVS-IPS', formatAddr(a));
  return { services, bind, sets, restore: restoreText(sets, opts) };
}

function formatAddr(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

function restoreText(
  sets: Map<string, string[]>,
  opts: { clusterCidr: string; masqueradeAll: boolean },
): string {
  const has = (s: string) => (sets.get(s)?.length ?? 0) > 0;
  const nat: string[] = ['-A KUBE-SERVICES -s 127.0.0.0/8 -j RETURN'];
  const filter: string[] = [];
  for (const c of SET_CHAINS) {
    if (!has(c.set)) continue;
    const line = `-A ${c.from}${c.proto ? ` -p ${c.proto}` : ''} -m comment --comment ${comment(c.set)} -m set --match-set ${c.set} ${c.match} -j ${c.to}`;
    (c.table === 'nat' ? nat : filter).push(line);
  }
  if (has('KUBE-CLUSTER-IP')) {
    const head = `-A KUBE-SERVICES -m comment --comment ${comment('KUBE-CLUSTER-IP')} -m set --match-set KUBE-CLUSTER-IP`;
    if (opts.masqueradeAll) nat.push(`${head} dst,dst -j KUBE-MARK-MASQ`);
    else if (opts.clusterCidr) nat.push(`${head} dst,dst ! -s ${opts.clusterCidr} -j KUBE-MARK-MASQ`);
    else nat.push(`${head} src,dst -j KUBE-MARK-MASQ`);
  }
  for (const [set, masq] of [
    ['KUBE-EXTERNAL-IP', true],
    ['KUBE-EXTERNAL-IP-LOCAL', false],
  ] as const) {
    if (!has(set)) continue;
    const head = `-A KUBE-SERVICES -m comment --comment ${comment(set)} -m set --match-set ${set} dst,dst`;
    if (masq) nat.push(`${head} -j KUBE-MARK-MASQ`);
    nat.push(`${head} -m physdev ! --physdev-is-in -m addrtype ! --src-type LOCAL -j ACCEPT`);
    nat.push(`${head} -m addrtype --dst-type LOCAL -j ACCEPT`);
  }
  nat.push('-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODE-PORT');
  nat.push('-A KUBE-LOAD-BALANCER -j KUBE-MARK-MASQ');
  filter.push('-A KUBE-SOURCE-RANGES-FIREWALL -j DROP');
  for (const s of ['KUBE-CLUSTER-IP', 'KUBE-LOAD-BALANCER'])
    if (has(s)) nat.push(`-A KUBE-SERVICES -m set --match-set ${s} dst,dst -j ACCEPT`);
  filter.push(
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
    `-A KUBE-NODE-PORT -m comment --comment ${comment('KUBE-HEALTH-CHECK-NODE-PORT')} -m set --match-set KUBE-HEALTH-CHECK-NODE-PORT dst -j ACCEPT`,
    '-A KUBE-IPVS-FILTER -m set --match-set KUBE-LOAD-BALANCER dst,dst -j RETURN',
    '-A KUBE-IPVS-FILTER -m set --match-set KUBE-CLUSTER-IP dst,dst -j RETURN',
    '-A KUBE-IPVS-FILTER -m set --match-set KUBE-EXTERNAL-IP dst,dst -j RETURN',
    '-A KUBE-IPVS-FILTER -m set --match-set KUBE-EXTERNAL-IP-LOCAL dst,dst -j RETURN',
    '-A KUBE-IPVS-FILTER -m set --match-set KUBE-HEALTH-CHECK-NODE-PORT dst -j RETURN',
    '-A KUBE-IPVS-FILTER -m conntrack --ctstate NEW -m set --match-set KUBE-IPVS-IPS dst -j REJECT',
  );
  nat.push(
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
  );
  return [
    '*filter',
    ...IPVS_FILTER_CHAINS.map((c) => `:${c} - [0:0]`),
    ...filter,
    'COMMIT',
    '*nat',
    ...IPVS_NAT_CHAINS.map((c) => `:${c} - [0:0]`),
    ...nat,
    'COMMIT',
    '',
  ].join('\n');
}
