/**
 * The socket world the ss/netstat captures were taken in (Debian 12,
 * iproute2 6.1, net-tools 2.10, BusyBox 1.35, in `unshare -n`): lo up, a
 * veth with 10.0.0.1/24 and 10.0.0.2/24, and small python3 servers and
 * clients named as the processes they stand for:
 *
 *   etcd            tcp 127.0.0.1:2379
 *   kube-apiserver  tcp6 [::]:6443 (dual stack), two clients of etcd
 *   kubelet         client of 10.0.0.1:6443 from 10.0.0.1
 *   sshd            tcp 0.0.0.0:22; ssh a client of it from 10.0.0.2
 *   systemd-resolved  udp 127.0.0.53:53
 *   coredns         udp6 [::]:53, a client of 10.0.0.1:6443 from 10.0.0.2
 *
 * Pids, ephemeral ports and file descriptors are the captured ones; the
 * connections are added in the order the kernel listed them (our order is
 * creation order), and the capture kept is one whose listener hash order
 * happened to be by port (ours).
 */
import { type Connection, setConnections } from '../../../src/model/connections.js';
import { parseIPv4 } from '../../../src/model/inet.js';
import type { Socket } from '../../../src/model/types.js';
import type { Session } from '../../../src/session.js';
import { caseSession, setup } from '../../helpers.js';

export const PID = {
  etcd: 13547,
  apiserver: 13552,
  kubelet: 13558,
  sshd: 13562,
  ssh: 13574,
  resolved: 13582,
  coredns: 13586,
};

export const ip = (s: string) => parseIPv4(s) as number;

export function listener(x: Partial<Socket> & Pick<Socket, 'port' | 'pid' | 'process'>): Socket {
  return { proto: 'tcp', addr: 0, app: 'none', listen: true, ...x };
}

export function conn(
  pid: number,
  process: string,
  fd: number,
  local: string,
  remote: string,
  v6 = false,
): Connection {
  const [la, lp] = local.split(':') as [string, string];
  const [ra, rp] = remote.split(':') as [string, string];
  return {
    proto: 'tcp',
    laddr: ip(la),
    lport: Number(lp),
    raddr: ip(ra),
    rport: Number(rp),
    state: 'ESTABLISHED',
    pid,
    process,
    fd,
    ...(v6 ? { v6: true } : {}),
  };
}

/** A session on the capture network (lo, a veth with 10.0.0.1 and 10.0.0.2) holding these sockets. */
export function worldWith(sockets: Socket[], conns: Connection[]): Session {
  const s = caseSession([], 'script');
  setup(s, [
    'ip link add dummy0 type veth peer name dummy1',
    'ip link set dummy0 up',
    'ip link set dummy1 up',
    'ip addr add 10.0.0.1/24 dev dummy0',
    'ip addr add 10.0.0.2/24 dev dummy0',
  ]);
  const ns = s.frame.ctx.ns;
  ns.sockets.push(...sockets);
  // one owner per connection keeps them in the order given
  for (const [i, c] of conns.entries()) setConnections(ns, `conn${i}`, [c]);
  return s;
}

export function socketWorld(): Session {
  return worldWith(
    [
      listener({ addr: ip('127.0.0.1'), port: 2379, pid: PID.etcd, process: 'etcd' }),
      listener({ port: 6443, v6: true, pid: PID.apiserver, process: 'kube-apiserver' }),
      listener({ port: 22, pid: PID.sshd, process: 'sshd' }),
      listener({
        proto: 'udp',
        addr: ip('127.0.0.53'),
        port: 53,
        pid: PID.resolved,
        process: 'systemd-resolved',
        listen: false,
      }),
      listener({ proto: 'udp', port: 53, v6: true, pid: PID.coredns, process: 'coredns', listen: false }),
    ],
    [
      conn(PID.ssh, 'ssh', 3, '10.0.0.2:51259', '10.0.0.1:22'),
      conn(PID.coredns, 'coredns', 4, '10.0.0.2:33911', '10.0.0.1:6443'),
      conn(PID.apiserver, 'kube-apiserver', 5, '127.0.0.1:36174', '127.0.0.1:2379'),
      conn(PID.apiserver, 'kube-apiserver', 6, '127.0.0.1:36184', '127.0.0.1:2379'),
      conn(PID.kubelet, 'kubelet', 3, '10.0.0.1:45889', '10.0.0.1:6443'),
      conn(PID.etcd, 'etcd', 5, '127.0.0.1:2379', '127.0.0.1:36184'),
      conn(PID.etcd, 'etcd', 4, '127.0.0.1:2379', '127.0.0.1:36174'),
      conn(PID.sshd, 'sshd', 4, '10.0.0.1:22', '10.0.0.2:51259'),
      conn(PID.apiserver, 'kube-apiserver', 4, '10.0.0.1:6443', '10.0.0.1:45889', true),
      conn(PID.apiserver, 'kube-apiserver', 7, '10.0.0.1:6443', '10.0.0.2:33911', true),
    ],
  );
}

/** stdout of a line that must succeed quietly. */
export function out(s: Session, line: string): string {
  const r = s.exec(line);
  if (r.exitCode !== 0 || r.stderr !== '') throw new Error(`${line}: exit ${r.exitCode}\n${r.stderr}`);
  return r.stdout;
}
