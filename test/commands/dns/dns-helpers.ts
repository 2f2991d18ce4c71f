/** Worlds and helpers for the DNS command tests. */
import { parseIPv4 } from '../../../src/model/inet.js';
import type { Socket } from '../../../src/model/types.js';
import { getNetns } from '../../../src/model/world.js';
import type { Session } from '../../../src/session.js';
import type { Proc, Userland } from '../../../src/shell/types.js';
import { fakeCluster, KUBEADM_COREFILE } from '../../engines/dns/kube-fixture.js';
import { caseSession, type Ran, run, runProc } from '../../helpers.js';

export { type Ran, run };

/** The golden normaliser's DNS rules (capture.py normalize, version 1). */
export function norm(s: string): string {
  return s
    .replace(/^;; Query time: \d+ msec$/gm, ';; Query time: <n> msec')
    .replace(/^;; WHEN: .*$/gm, ';; WHEN: <when>')
    .replace(/(->>HEADER<<-.*id: )\d+/g, '$1<id>')
    .replace(/^;; MSG SIZE {2}rcvd: \d+$/gm, ';; MSG SIZE  rcvd: <n>')
    .replace(/^(Received \d+ bytes from \S+ in )\d+( ms)$/gm, '$1<n>$2');
}

/** A host on the golden LAN with dnsmasq at 192.168.1.100 serving `records`. */
export function lan(
  records: string[],
  resolv: string[] = ['nameserver 192.168.1.100'],
  extra: string[] = [],
): Session {
  return caseSession([
    'eth0: 192.168.1.10/24',
    'gateway: 192.168.1.1',
    'lan-hosts: 192.168.1.1 192.168.1.20 192.168.1.21 192.168.1.30',
    'dns-server: 192.168.1.100',
    ...records.map((r) => `dns-record: ${r}`),
    ...resolv.map((r) => `resolv.conf: ${r}`),
    ...extra,
  ]);
}

export const POD_RESOLV = [
  'search default.svc.cluster.local svc.cluster.local cluster.local',
  'nameserver 10.96.0.10',
  'options ndots:5',
];

/**
 * The spec's cluster: CoreDNS (kubeadm Corefile) on 10.96.0.10 answering from
 * the fake cluster, forwarding to a public-resolver stand-in on the LAN.
 */
export function cluster(corefile = KUBEADM_COREFILE): Session {
  const s = lan(['A db.example.com 93.184.215.14', 'A google.com 142.250.72.14'], POD_RESOLV, [
    'dns-ttl: 287',
  ]);
  const world = s.world;
  world.ext.kube = fakeCluster();
  for (const h of world.hosts.values())
    if (h.hidden) for (const sock of getNetns(world, h.rootNetns).sockets) sock.app = 'recursor';
  run(s, 'ip addr add 10.96.0.10/32 dev lo');
  const root = getNetns(world, s.frame.ctx.host.rootNetns);
  const config = {
    corefile,
    file: '/etc/coredns/Corefile',
    files: { '/etc/resolv.conf': 'nameserver 192.168.1.100\n' },
  };
  for (const proto of ['udp', 'tcp'] as const) {
    const sock: Socket = {
      proto,
      addr: parseIPv4('10.96.0.10') as number,
      port: 53,
      pid: 4242,
      process: 'coredns',
      app: 'coredns',
      listen: true,
      config: config as unknown as Record<string, unknown>,
    };
    root.sockets.push(sock);
  }
  return s;
}

/** Run argv with another userland (a busybox pod, say) in the session's place. */
export function runAs(s: Session, userland: Userland, argv: string[], fn: (p: Proc) => number): Ran {
  return runProc(s, { userland }, argv, fn);
}
