/**
 * iptables-restore text shaped like kube-proxy's (iptables mode): per
 * service a KUBE-SERVICES jump, a KUBE-SVC chain with the masquerade rule
 * and statistic-random load balancing, per endpoint a KUBE-SEP chain with
 * the hairpin mark and the DNAT; NodePorts through KUBE-NODEPORTS and
 * KUBE-EXT; services without endpoints as filter REJECTs. Used by the tests
 * and the benchmark.
 */

export interface KubeService {
  name: string;
  clusterIP: string;
  port: number;
  proto?: 'tcp' | 'udp';
  targetPort?: number;
  endpoints: string[];
  nodePort?: number;
  /** ClientIP session affinity. */
  affinity?: boolean;
}

function id(prefix: string, n: number, sub = 0): string {
  return `${prefix}-${String(n).padStart(8, '0')}${sub ? `X${sub}` : ''}`;
}

/** The nat and filter sections kube-proxy would restore for these services. */
export function kubeProxyRestore(services: KubeService[], clusterCIDR = '10.244.0.0/16'): string {
  const natChains = ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ'];
  const nat: string[] = [
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
  ];
  const filter: string[] = [];
  services.forEach((s, i) => {
    const p = s.proto ?? 'tcp';
    const spn = `default/${s.name}:${p}`;
    const svc = id('KUBE-SVC', i);
    const tp = s.targetPort ?? s.port;
    if (s.endpoints.length === 0) {
      filter.push(
        `-A KUBE-SERVICES -m comment --comment "${spn} has no endpoints" -m ${p} -p ${p} -d ${s.clusterIP} --dport ${s.port} -j REJECT`,
      );
      return;
    }
    natChains.push(svc);
    nat.push(
      `-A KUBE-SERVICES -m comment --comment "${spn} cluster IP" -m ${p} -p ${p} -d ${s.clusterIP} --dport ${s.port} -j ${svc}`,
    );
    if (s.nodePort !== undefined) {
      const ext = id('KUBE-EXT', i);
      natChains.push(ext);
      nat.push(
        `-A KUBE-NODEPORTS -m comment --comment ${s.name} -m ${p} -p ${p} --dport ${s.nodePort} -j ${ext}`,
        `-A ${ext} -m comment --comment "masquerade traffic for ${spn} external destinations" -j KUBE-MARK-MASQ`,
        `-A ${ext} -j ${svc}`,
      );
    }
    nat.push(
      `-A ${svc} -m comment --comment "${spn} cluster IP" -m ${p} -p ${p} -d ${s.clusterIP} --dport ${s.port} ! -s ${clusterCIDR} -j KUBE-MARK-MASQ`,
    );
    const seps = s.endpoints.map((_, j) => id('KUBE-SEP', i, j + 1));
    if (s.affinity)
      s.endpoints.forEach((ep, j) => {
        nat.push(
          `-A ${svc} -m comment --comment "${spn} -> ${ep}:${tp}" -m recent --name ${seps[j]} --rcheck --seconds 10800 --reap -j ${seps[j]}`,
        );
      });
    s.endpoints.forEach((ep, j) => {
      const left = s.endpoints.length - j;
      const stat = left > 1 ? ` -m statistic --mode random --probability ${(1 / left).toFixed(10)}` : '';
      nat.push(`-A ${svc} -m comment --comment "${spn} -> ${ep}:${tp}"${stat} -j ${seps[j]}`);
    });
    s.endpoints.forEach((ep, j) => {
      const sep = seps[j] as string;
      natChains.push(sep);
      const recent = s.affinity ? ` -m recent --name ${sep} --set` : '';
      nat.push(
        `-A ${sep} -m comment --comment ${s.name} -s ${ep} -j KUBE-MARK-MASQ`,
        `-A ${sep} -m comment --comment ${s.name} -m ${p} -p ${p}${recent} -j DNAT --to-destination ${ep}:${tp}`,
      );
    });
  });
  nat.push(
    '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
  );
  const lines = ['*filter', ':KUBE-SERVICES - [0:0]', ...filter, 'COMMIT', '*nat'];
  for (const c of natChains) lines.push(`:${c} - [0:0]`);
  lines.push(...nat, 'COMMIT');
  return `${lines.join('\n')}\n`;
}

/** The jump rules kube-proxy inserts into the built-in chains. */
export const KUBE_JUMPS = [
  'iptables -t nat -I PREROUTING 1 -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  'iptables -t nat -I OUTPUT 1 -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  'iptables -t nat -I POSTROUTING 1 -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
  'iptables -I OUTPUT 1 -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  'iptables -I FORWARD 1 -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
];
