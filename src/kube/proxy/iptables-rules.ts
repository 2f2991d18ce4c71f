/**
 * The rules kube-proxy (iptables mode) writes for a node, as the lines of
 * an iptables-restore input (fact sheet §3.2–3.3, proxier.go 1.32):
 * top-level chains rewritten on every sync, and per service port the
 * KUBE-SVC / KUBE-SVL / KUBE-EXT / KUBE-SEP chains.
 */
import { endpointChain, serviceChain } from './chain-names.js';
import type { ProxyEndpoint, ProxyServicePort } from './service-ports.js';

export interface ProxyOptions {
  node: string;
  /** kube-proxy's clusterCIDR; empty when unknown (no `! -s` masquerade rule). */
  clusterCidr: string;
  masqueradeAll: boolean;
}

/** Rules of one service port's own chains (the part a partial sync may skip). */
export interface ServiceChains {
  /** Declared chains, in the order kube-proxy declares them. */
  chains: string[];
  /** `-A CHAIN ...` lines. */
  rules: string[];
}

export interface ProxyRules {
  filter: string[];
  /** nat rules of the top-level chains, in order. */
  natTop: string[];
  /** Per service port (key `spn/proto`): its chains and rules. */
  services: Map<string, ServiceChains>;
}

export const FILTER_CHAINS = [
  'KUBE-SERVICES',
  'KUBE-EXTERNAL-SERVICES',
  'KUBE-FORWARD',
  'KUBE-NODEPORTS',
  'KUBE-PROXY-FIREWALL',
] as const;

export const NAT_CHAINS = ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ'] as const;

/** Jump rules kube-proxy keeps at the top of the built-in chains (prepended in this order). */
export const JUMP_RULES: Array<{ table: 'filter' | 'nat'; chain: string; spec: string }> = [
  {
    table: 'filter',
    chain: 'INPUT',
    spec: '-m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
  },
  {
    table: 'filter',
    chain: 'FORWARD',
    spec: '-m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
  },
  {
    table: 'filter',
    chain: 'INPUT',
    spec: '-m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS',
  },
  {
    table: 'filter',
    chain: 'FORWARD',
    spec: '-m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  },
  {
    table: 'filter',
    chain: 'OUTPUT',
    spec: '-m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  },
  {
    table: 'filter',
    chain: 'FORWARD',
    spec: '-m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
  },
  {
    table: 'filter',
    chain: 'INPUT',
    spec: '-m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  },
  {
    table: 'filter',
    chain: 'OUTPUT',
    spec: '-m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  },
  {
    table: 'filter',
    chain: 'FORWARD',
    spec: '-m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  },
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
];

function q(comment: string): string {
  return /^[A-Za-z0-9_-]+$/.test(comment) ? comment : `"${comment.replace(/(["\\])/g, '\\$1')}"`;
}

/** kube-proxy writes probabilities with %0.10f. */
function probability(n: number): string {
  return (1 / n).toFixed(10);
}

function epString(e: ProxyEndpoint): string {
  return `${e.ip}:${e.port}`;
}

/** Ready endpoints, or the serving-terminating ones when none is ready (kube-proxy's fallback). */
function usable(eps: ProxyEndpoint[]): ProxyEndpoint[] {
  const ready = eps.filter((e) => e.ready);
  if (ready.length) return ready;
  return eps.filter((e) => e.serving && e.terminating);
}

export function serviceKey(sp: ProxyServicePort): string {
  return `${sp.spn}/${sp.proto}`;
}

function writeLb(out: string[], sp: ProxyServicePort, chain: string, eps: ProxyEndpoint[]): void {
  const p = sp.proto;
  if (sp.affinity !== null) {
    for (const e of eps) {
      const sep = endpointChain(sp.spn, p, epString(e));
      out.push(
        `-A ${chain} -m comment --comment ${q(`${sp.spn} -> ${epString(e)}`)} -m recent --name ${sep} --mask 255.255.255.255 --rsource --rcheck --seconds ${sp.affinity} --reap -j ${sep}`,
      );
    }
  }
  eps.forEach((e, i) => {
    const sep = endpointChain(sp.spn, p, epString(e));
    const stat =
      i < eps.length - 1 ? ` -m statistic --mode random --probability ${probability(eps.length - i)}` : '';
    out.push(`-A ${chain} -m comment --comment ${q(`${sp.spn} -> ${epString(e)}`)}${stat} -j ${sep}`);
  });
}

/** All rules kube-proxy wants on `opts.node` for these service ports. */
export function buildProxyRules(ports: ProxyServicePort[], opts: ProxyOptions): ProxyRules {
  const f = {
    services: [] as string[],
    external: [] as string[],
    nodeports: [] as string[],
  };
  const natServices: string[] = [];
  const natNodeports: string[] = [];
  const services = new Map<string, ServiceChains>();
  for (const sp of ports) {
    const p = sp.proto;
    const all = usable(sp.endpoints);
    const local = usable(sp.endpoints.filter((e) => e.node === opts.node));
    const hasEndpoints = all.length > 0;
    const svcChain = serviceChain('SVC', sp.spn, p);
    const svlChain = serviceChain('SVL', sp.spn, p);
    const extChain = serviceChain('EXT', sp.spn, p);
    const externallyAccessible =
      sp.nodePort !== undefined || sp.externalIPs.length > 0 || sp.loadBalancerIPs.length > 0;
    // cluster endpoints also serve the short-circuit of local traffic to external destinations
    const usesCluster = all.length > 0 && (!sp.internalLocal || externallyAccessible);
    const usesLocal = local.length > 0 && (sp.internalLocal || (sp.externalLocal && externallyAccessible));
    const usesExt = hasEndpoints && externallyAccessible;
    const internalChain = sp.internalLocal ? svlChain : svcChain;
    const hasInternal = sp.internalLocal ? local.length > 0 : hasEndpoints;
    const hasExternal = sp.externalLocal ? local.length > 0 : hasEndpoints;
    const noEp = `${sp.spn} has no endpoints`;
    const intFilter = !hasEndpoints
      ? { comment: noEp, target: 'REJECT --reject-with icmp-port-unreachable' }
      : { comment: `${sp.spn} has no local endpoints`, target: 'DROP' };
    const extFilter = intFilter;
    const portMatch = (port: number) => `-m ${p} --dport ${port}`;

    // cluster IP
    if (hasInternal) {
      natServices.push(
        `-A KUBE-SERVICES -d ${sp.clusterIP}/32 -p ${p} -m comment --comment ${q(`${sp.spn} cluster IP`)} ${portMatch(sp.port)} -j ${internalChain}`,
      );
    } else {
      f.services.push(
        `-A KUBE-SERVICES -d ${sp.clusterIP}/32 -p ${p} -m comment --comment ${q(intFilter.comment)} ${portMatch(sp.port)} -j ${intFilter.target}`,
      );
    }
    // external IPs and load balancer IPs
    for (const [ips, what] of [
      [sp.externalIPs, 'external IP'],
      [sp.loadBalancerIPs, 'loadbalancer IP'],
    ] as const) {
      for (const ip of ips) {
        if (hasExternal) {
          natServices.push(
            `-A KUBE-SERVICES -d ${ip}/32 -p ${p} -m comment --comment ${q(`${sp.spn} ${what}`)} ${portMatch(sp.port)} -j ${extChain}`,
          );
        } else {
          f.external.push(
            `-A KUBE-EXTERNAL-SERVICES -d ${ip}/32 -p ${p} -m comment --comment ${q(extFilter.comment)} ${portMatch(sp.port)} -j ${extFilter.target}`,
          );
        }
      }
    }
    // node port
    if (sp.nodePort !== undefined) {
      if (hasExternal) {
        natNodeports.push(
          `-A KUBE-NODEPORTS -p ${p} -m comment --comment ${q(sp.spn)} ${portMatch(sp.nodePort)} -j ${extChain}`,
        );
      } else {
        f.external.push(
          `-A KUBE-EXTERNAL-SERVICES -p ${p} -m comment --comment ${q(extFilter.comment)} -m addrtype --dst-type LOCAL ${portMatch(sp.nodePort)} -j ${extFilter.target}`,
        );
      }
    }
    if (sp.healthCheckNodePort !== undefined) {
      f.nodeports.push(
        `-A KUBE-NODEPORTS -p tcp -m comment --comment ${q(`${sp.spn} health check node port`)} -m tcp --dport ${sp.healthCheckNodePort} -j ACCEPT`,
      );
    }
    if (!hasEndpoints) continue;

    const chains: string[] = [];
    const rules: string[] = [];
    if (usesCluster) chains.push(svcChain);
    if (usesLocal) chains.push(svlChain);
    if (usesExt) chains.push(extChain);
    if (usesExt) {
      if (sp.externalLocal) {
        if (opts.clusterCidr) {
          rules.push(
            `-A ${extChain} -s ${opts.clusterCidr} -m comment --comment ${q(`pod traffic for ${sp.spn} external destinations`)} -j ${svcChain}`,
          );
        }
        rules.push(
          `-A ${extChain} -m comment --comment ${q(`masquerade LOCAL traffic for ${sp.spn} external destinations`)} -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
        );
        rules.push(
          `-A ${extChain} -m comment --comment ${q(`route LOCAL traffic for ${sp.spn} external destinations`)} -m addrtype --src-type LOCAL -j ${svcChain}`,
        );
        if (usesLocal) rules.push(`-A ${extChain} -j ${svlChain}`);
      } else {
        rules.push(
          `-A ${extChain} -m comment --comment ${q(`masquerade traffic for ${sp.spn} external destinations`)} -j KUBE-MARK-MASQ`,
        );
        rules.push(`-A ${extChain} -j ${svcChain}`);
      }
    }
    if (usesCluster) {
      if (opts.masqueradeAll) {
        rules.push(
          `-A ${svcChain} -d ${sp.clusterIP}/32 -p ${p} -m comment --comment ${q(`${sp.spn} cluster IP`)} ${portMatch(sp.port)} -j KUBE-MARK-MASQ`,
        );
      } else if (opts.clusterCidr) {
        rules.push(
          `-A ${svcChain} ! -s ${opts.clusterCidr} -d ${sp.clusterIP}/32 -p ${p} -m comment --comment ${q(`${sp.spn} cluster IP`)} ${portMatch(sp.port)} -j KUBE-MARK-MASQ`,
        );
      }
      writeLb(rules, sp, svcChain, all);
    }
    if (usesLocal) writeLb(rules, sp, svlChain, local);
    const reachable = new Map<string, ProxyEndpoint>();
    if (usesCluster) for (const e of all) reachable.set(epString(e), e);
    if (usesLocal) for (const e of local) reachable.set(epString(e), e);
    for (const e of reachable.values()) {
      const sep = endpointChain(sp.spn, p, epString(e));
      chains.push(sep);
      rules.push(`-A ${sep} -s ${e.ip}/32 -m comment --comment ${q(sp.spn)} -j KUBE-MARK-MASQ`);
      const recent =
        sp.affinity !== null ? ` -m recent --set --name ${sep} --mask 255.255.255.255 --rsource` : '';
      rules.push(
        `-A ${sep} -p ${p} -m comment --comment ${q(sp.spn)}${recent} -m ${p} -j DNAT --to-destination ${epString(e)}`,
      );
    }
    services.set(serviceKey(sp), { chains, rules });
  }
  natServices.push(
    '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
  );
  const natTop = [
    ...natServices,
    ...natNodeports,
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
  ];
  const filter = [
    ...f.services,
    ...f.external,
    ...f.nodeports,
    '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP',
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
  ];
  return { filter, natTop, services };
}
