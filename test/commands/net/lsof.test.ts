/**
 * lsof -i (lsof 4.95) over sockets, expected text captured on Debian 12 in
 * a second run of the socket world (its own pids, ports and fds). DEVICE
 * holds the socket inode, which the model does not track: it is masked on
 * both sides (ours is a stable stand-in of the same width).
 */
import { describe, expect, it } from 'vitest';
import { LSOF_HELP, LSOF_USAGE } from '../../../src/commands/net/lsof-usage.js';
import type { Session } from '../../../src/session.js';
import { run } from '../../helpers.js';
import { conn, ip, listener, out, worldWith } from './socket-world.js';

const P = {
  etcd: 32245,
  api: 32250,
  kubelet: 32256,
  sshd: 32260,
  ssh: 32265,
  resolved: 32269,
  coredns: 32273,
};

function lsofWorld(): Session {
  return worldWith(
    [
      listener({ addr: ip('127.0.0.1'), port: 2379, pid: P.etcd, process: 'etcd' }),
      listener({ port: 6443, v6: true, pid: P.api, process: 'kube-apiserver' }),
      listener({ port: 22, pid: P.sshd, process: 'sshd' }),
      listener({
        proto: 'udp',
        addr: ip('127.0.0.53'),
        port: 53,
        pid: P.resolved,
        process: 'systemd-resolved',
        listen: false,
      }),
      listener({ proto: 'udp', port: 53, v6: true, pid: P.coredns, process: 'coredns', listen: false }),
    ],
    [
      conn(P.etcd, 'etcd', 4, '127.0.0.1:2379', '127.0.0.1:44590'),
      conn(P.etcd, 'etcd', 5, '127.0.0.1:2379', '127.0.0.1:44602'),
      conn(P.api, 'kube-apiserver', 4, '10.0.0.1:6443', '10.0.0.1:55369', true),
      conn(P.api, 'kube-apiserver', 5, '127.0.0.1:44590', '127.0.0.1:2379'),
      conn(P.api, 'kube-apiserver', 6, '127.0.0.1:44602', '127.0.0.1:2379'),
      conn(P.api, 'kube-apiserver', 7, '10.0.0.1:6443', '10.0.0.2:42355', true),
      conn(P.kubelet, 'kubelet', 3, '10.0.0.1:55369', '10.0.0.1:6443'),
      conn(P.sshd, 'sshd', 4, '10.0.0.1:22', '10.0.0.2:39803'),
      conn(P.ssh, 'ssh', 3, '10.0.0.2:39803', '10.0.0.1:22'),
      conn(P.coredns, 'coredns', 4, '10.0.0.2:42355', '10.0.0.1:6443'),
    ],
  );
}

const masked = (s: Session, line: string) => out(s, line).replace(/(IPv[46]) (\d{6})/g, '$1 NNNNNN');

describe('lsof -i', () => {
  it('lists sockets by process and fd, selected by family, protocol, host, port and TCP state', () => {
    const s = lsofWorld();
    expect(masked(s, 'lsof -i')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    3u  IPv4 NNNNNN      0t0  TCP localhost:2379 (LISTEN)\n' +
        'etcd      32245 root    4u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44590 (ESTABLISHED)\n' +
        'etcd      32245 root    5u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44602 (ESTABLISHED)\n' +
        'kube-apis 32250 root    3u  IPv6 NNNNNN      0t0  TCP *:6443 (LISTEN)\n' +
        'kube-apis 32250 root    4u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.1:55369 (ESTABLISHED)\n' +
        'kube-apis 32250 root    5u  IPv4 NNNNNN      0t0  TCP localhost:44590->localhost:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    6u  IPv4 NNNNNN      0t0  TCP localhost:44602->localhost:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    7u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.2:42355 (ESTABLISHED)\n' +
        'kubelet   32256 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:55369->10.0.0.1:6443 (ESTABLISHED)\n' +
        'sshd      32260 root    3u  IPv4 NNNNNN      0t0  TCP *:ssh (LISTEN)\n' +
        'sshd      32260 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:ssh->10.0.0.2:39803 (ESTABLISHED)\n' +
        'ssh       32265 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:39803->10.0.0.1:ssh (ESTABLISHED)\n' +
        'systemd-r 32269 root    3u  IPv4 NNNNNN      0t0  UDP 127.0.0.53:domain \n' +
        'coredns   32273 root    3u  IPv6 NNNNNN      0t0  UDP *:domain \n' +
        'coredns   32273 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:42355->10.0.0.1:6443 (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -i -P -n')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    3u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:2379 (LISTEN)\n' +
        'etcd      32245 root    4u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:2379->127.0.0.1:44590 (ESTABLISHED)\n' +
        'etcd      32245 root    5u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:2379->127.0.0.1:44602 (ESTABLISHED)\n' +
        'kube-apis 32250 root    3u  IPv6 NNNNNN      0t0  TCP *:6443 (LISTEN)\n' +
        'kube-apis 32250 root    4u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.1:55369 (ESTABLISHED)\n' +
        'kube-apis 32250 root    5u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:44590->127.0.0.1:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    6u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:44602->127.0.0.1:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    7u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.2:42355 (ESTABLISHED)\n' +
        'kubelet   32256 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:55369->10.0.0.1:6443 (ESTABLISHED)\n' +
        'sshd      32260 root    3u  IPv4 NNNNNN      0t0  TCP *:22 (LISTEN)\n' +
        'sshd      32260 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:22->10.0.0.2:39803 (ESTABLISHED)\n' +
        'ssh       32265 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:39803->10.0.0.1:22 (ESTABLISHED)\n' +
        'systemd-r 32269 root    3u  IPv4 NNNNNN      0t0  UDP 127.0.0.53:53 \n' +
        'coredns   32273 root    3u  IPv6 NNNNNN      0t0  UDP *:53 \n' +
        'coredns   32273 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:42355->10.0.0.1:6443 (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -i :2379')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    3u  IPv4 NNNNNN      0t0  TCP localhost:2379 (LISTEN)\n' +
        'etcd      32245 root    4u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44590 (ESTABLISHED)\n' +
        'etcd      32245 root    5u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44602 (ESTABLISHED)\n' +
        'kube-apis 32250 root    5u  IPv4 NNNNNN      0t0  TCP localhost:44590->localhost:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    6u  IPv4 NNNNNN      0t0  TCP localhost:44602->localhost:2379 (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -i :6443 -P -n')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'kube-apis 32250 root    3u  IPv6 NNNNNN      0t0  TCP *:6443 (LISTEN)\n' +
        'kube-apis 32250 root    4u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.1:55369 (ESTABLISHED)\n' +
        'kube-apis 32250 root    7u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.2:42355 (ESTABLISHED)\n' +
        'kubelet   32256 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:55369->10.0.0.1:6443 (ESTABLISHED)\n' +
        'coredns   32273 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:42355->10.0.0.1:6443 (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -i tcp:22')).toBe(
      'COMMAND   PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'sshd    32260 root    3u  IPv4 NNNNNN      0t0  TCP *:ssh (LISTEN)\n' +
        'sshd    32260 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:ssh->10.0.0.2:39803 (ESTABLISHED)\n' +
        'ssh     32265 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:39803->10.0.0.1:ssh (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -i udp')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'systemd-r 32269 root    3u  IPv4 NNNNNN      0t0  UDP 127.0.0.53:domain \n' +
        'coredns   32273 root    3u  IPv6 NNNNNN      0t0  UDP *:domain \n',
    );
    expect(masked(s, 'lsof -i 4')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    3u  IPv4 NNNNNN      0t0  TCP localhost:2379 (LISTEN)\n' +
        'etcd      32245 root    4u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44590 (ESTABLISHED)\n' +
        'etcd      32245 root    5u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44602 (ESTABLISHED)\n' +
        'kube-apis 32250 root    5u  IPv4 NNNNNN      0t0  TCP localhost:44590->localhost:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    6u  IPv4 NNNNNN      0t0  TCP localhost:44602->localhost:2379 (ESTABLISHED)\n' +
        'kubelet   32256 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:55369->10.0.0.1:6443 (ESTABLISHED)\n' +
        'sshd      32260 root    3u  IPv4 NNNNNN      0t0  TCP *:ssh (LISTEN)\n' +
        'sshd      32260 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:ssh->10.0.0.2:39803 (ESTABLISHED)\n' +
        'ssh       32265 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:39803->10.0.0.1:ssh (ESTABLISHED)\n' +
        'systemd-r 32269 root    3u  IPv4 NNNNNN      0t0  UDP 127.0.0.53:domain \n' +
        'coredns   32273 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:42355->10.0.0.1:6443 (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -i 6 -n -P')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'kube-apis 32250 root    3u  IPv6 NNNNNN      0t0  TCP *:6443 (LISTEN)\n' +
        'kube-apis 32250 root    4u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.1:55369 (ESTABLISHED)\n' +
        'kube-apis 32250 root    7u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.2:42355 (ESTABLISHED)\n' +
        'coredns   32273 root    3u  IPv6 NNNNNN      0t0  UDP *:53 \n',
    );
    expect(masked(s, 'lsof -i @127.0.0.1')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    3u  IPv4 NNNNNN      0t0  TCP localhost:2379 (LISTEN)\n' +
        'etcd      32245 root    4u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44590 (ESTABLISHED)\n' +
        'etcd      32245 root    5u  IPv4 NNNNNN      0t0  TCP localhost:2379->localhost:44602 (ESTABLISHED)\n' +
        'kube-apis 32250 root    5u  IPv4 NNNNNN      0t0  TCP localhost:44590->localhost:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    6u  IPv4 NNNNNN      0t0  TCP localhost:44602->localhost:2379 (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -i -sTCP:LISTEN -P -n')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    3u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:2379 (LISTEN)\n' +
        'kube-apis 32250 root    3u  IPv6 NNNNNN      0t0  TCP *:6443 (LISTEN)\n' +
        'sshd      32260 root    3u  IPv4 NNNNNN      0t0  TCP *:22 (LISTEN)\n',
    );
    expect(masked(s, 'lsof -i -sTCP:ESTABLISHED -n')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    4u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:2379->127.0.0.1:44590 (ESTABLISHED)\n' +
        'etcd      32245 root    5u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:2379->127.0.0.1:44602 (ESTABLISHED)\n' +
        'kube-apis 32250 root    4u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.1:55369 (ESTABLISHED)\n' +
        'kube-apis 32250 root    5u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:44590->127.0.0.1:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    6u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:44602->127.0.0.1:2379 (ESTABLISHED)\n' +
        'kube-apis 32250 root    7u  IPv6 NNNNNN      0t0  TCP 10.0.0.1:6443->10.0.0.2:42355 (ESTABLISHED)\n' +
        'kubelet   32256 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:55369->10.0.0.1:6443 (ESTABLISHED)\n' +
        'sshd      32260 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.1:ssh->10.0.0.2:39803 (ESTABLISHED)\n' +
        'ssh       32265 root    3u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:39803->10.0.0.1:ssh (ESTABLISHED)\n' +
        'coredns   32273 root    4u  IPv4 NNNNNN      0t0  TCP 10.0.0.2:42355->10.0.0.1:6443 (ESTABLISHED)\n',
    );
    expect(masked(s, 'lsof -nP -iTCP -sTCP:LISTEN')).toBe(
      'COMMAND     PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\n' +
        'etcd      32245 root    3u  IPv4 NNNNNN      0t0  TCP 127.0.0.1:2379 (LISTEN)\n' +
        'kube-apis 32250 root    3u  IPv6 NNNNNN      0t0  TCP *:6443 (LISTEN)\n' +
        'sshd      32260 root    3u  IPv4 NNNNNN      0t0  TCP *:22 (LISTEN)\n',
    );
  });

  it('-t prints the pids; nothing selected is exit 1 and no output', () => {
    const s = lsofWorld();
    expect(run(s, 'lsof -t -i :2379')).toEqual({ out: `${P.etcd}\n${P.api}\n`, err: '', exit: 0 });
    expect(run(s, 'lsof -i :9999')).toEqual({ out: '', err: '', exit: 1 });
    expect(run(s, 'lsof -i -a -p 1')).toEqual({ out: '', err: '', exit: 1 });
    expect(run(s, 'lsof -i :99999')).toEqual({ out: '', err: '', exit: 1 });
  });

  it('words its errors as lsof 4.95 does', () => {
    const s = lsofWorld();
    const err = (first: string) => ({ out: '', err: first + LSOF_USAGE, exit: 1 });
    expect(run(s, 'lsof -i :abc')).toEqual(err('lsof: unknown service abc in: -i :abc\n'));
    expect(run(s, 'lsof -i foo')).toEqual(err('lsof: unknown protocol name (foo) in: -i foo\n'));
    expect(run(s, 'lsof -i 5')).toEqual(err('lsof: unknown protocol name (5) in: -i 5\n'));
    expect(run(s, 'lsof -i @nosuch.invalid')).toEqual(
      err('lsof: unknown host name (nosuch.invalid) in: -i @nosuch.invalid\n'),
    );
    expect(run(s, 'lsof -i :22-21')).toEqual(err('lsof: unacceptable port specification in: -i :22-21\n'));
    expect(run(s, 'lsof -i TCP@')).toEqual(err('lsof: unacceptable Internet address in: -i TCP@\n'));
    expect(run(s, 'lsof -s TCP:FOO -i')).toEqual(err('lsof: unknown TCP state name: FOO\n'));
    expect(run(s, 'lsof -p abc -i')).toEqual(err('lsof: illegal process ID: abc\n'));
    expect(run(s, 'lsof -h')).toEqual({ out: '', err: LSOF_HELP, exit: 0 });
    expect(run(s, 'lsof').exit).toBe(1);
  });
});
