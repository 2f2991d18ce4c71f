/**
 * ss (iproute2 6.1) over listeners and established connections: expected
 * text captured on Debian 12 in the world of socket-world.ts (the stderr
 * line "RTNETLINK answers: Invalid argument" the capture kernel printed for
 * a missing diag module is not part of ss's output on a full kernel).
 */
import { describe, expect, it } from 'vitest';
import { SS_USAGE } from '../../../src/commands/net/ss-usage.js';
import { parseIPv4 } from '../../../src/model/inet.js';
import type { Socket } from '../../../src/model/types.js';
import { Session } from '../../../src/session.js';
import { caseSession, run } from '../../helpers.js';
import { out, socketWorld } from './socket-world.js';

describe('ss: which sockets', () => {
  it('lists established sockets of every table by default, names for ports outside the ephemeral range', () => {
    const s = socketWorld();
    expect(out(s, 'ss')).toBe(
      'Netid State Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'tcp   ESTAB 0      0               10.0.0.2:51259          10.0.0.1:ssh         \n' +
        'tcp   ESTAB 0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'tcp   ESTAB 0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'tcp   ESTAB 0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'tcp   ESTAB 0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'tcp   ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'tcp   ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'tcp   ESTAB 0      0               10.0.0.1:ssh            10.0.0.2:51259       \n' +
        'tcp   ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'tcp   ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -n')).toBe(
      'Netid State Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'tcp   ESTAB 0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'tcp   ESTAB 0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'tcp   ESTAB 0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'tcp   ESTAB 0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'tcp   ESTAB 0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'tcp   ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'tcp   ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'tcp   ESTAB 0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        'tcp   ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'tcp   ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -t')).toBe(
      'State Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'ESTAB 0      0               10.0.0.2:51259          10.0.0.1:ssh         \n' +
        'ESTAB 0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB 0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'ESTAB 0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'ESTAB 0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'ESTAB 0      0               10.0.0.1:ssh            10.0.0.2:51259       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
  });

  it('takes states, families and tables as ss does (the State and Netid columns come and go with them)', () => {
    const s = socketWorld();
    expect(out(s, 'ss -tn state established')).toBe(
      'Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        '0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        '0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        '0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        '0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        '0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        '0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        '0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        '0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        '0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        '0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -tan state listening')).toBe(
      'Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n' +
        '0      4096         0.0.0.0:22        0.0.0.0:*          \n' +
        '0      4096       127.0.0.1:2379      0.0.0.0:*          \n' +
        '0      4096               *:6443            *:*          \n',
    );
    expect(out(s, 'ss -tan exclude listening')).toBe(
      'State Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'ESTAB 0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'ESTAB 0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB 0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'ESTAB 0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'ESTAB 0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'ESTAB 0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -4tn')).toBe(
      'State Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\n' +
        'ESTAB 0      0           10.0.0.2:51259     10.0.0.1:22          \n' +
        'ESTAB 0      0           10.0.0.2:33911     10.0.0.1:6443        \n' +
        'ESTAB 0      0          127.0.0.1:36174    127.0.0.1:2379        \n' +
        'ESTAB 0      0          127.0.0.1:36184    127.0.0.1:2379        \n' +
        'ESTAB 0      0           10.0.0.1:45889     10.0.0.1:6443        \n' +
        'ESTAB 0      0          127.0.0.1:2379     127.0.0.1:36184       \n' +
        'ESTAB 0      0          127.0.0.1:2379     127.0.0.1:36174       \n' +
        'ESTAB 0      0           10.0.0.1:22        10.0.0.2:51259       \n',
    );
    expect(out(s, 'ss -6tn')).toBe(
      'State Recv-Q Send-Q     Local Address:Port      Peer Address:Port Process\n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443 [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443 [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -ta -f inet6')).toBe(
      'State  Recv-Q Send-Q     Local Address:Port      Peer Address:Port Process\n' +
        'LISTEN 0      4096                   *:6443                 *:*           \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443 [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443 [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -A tcp -a')).toBe(
      'State  Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'LISTEN 0      4096             0.0.0.0:ssh             0.0.0.0:*           \n' +
        'LISTEN 0      4096           127.0.0.1:2379            0.0.0.0:*           \n' +
        'ESTAB  0      0               10.0.0.2:51259          10.0.0.1:ssh         \n' +
        'ESTAB  0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'ESTAB  0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'ESTAB  0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'ESTAB  0      0               10.0.0.1:ssh            10.0.0.2:51259       \n' +
        'LISTEN 0      4096                   *:6443                  *:*           \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -a -A tcp,udp -n')).toBe(
      'Netid State  Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'udp   UNCONN 0      0             127.0.0.53:53              0.0.0.0:*           \n' +
        'udp   UNCONN 0      0                      *:53                    *:*           \n' +
        'tcp   LISTEN 0      4096             0.0.0.0:22              0.0.0.0:*           \n' +
        'tcp   LISTEN 0      4096           127.0.0.1:2379            0.0.0.0:*           \n' +
        'tcp   ESTAB  0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'tcp   ESTAB  0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'tcp   ESTAB  0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'tcp   ESTAB  0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'tcp   ESTAB  0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'tcp   ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'tcp   ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'tcp   ESTAB  0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        'tcp   LISTEN 0      4096                   *:6443                  *:*           \n' +
        'tcp   ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'tcp   ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
  });

  it('filters with expressions: ports, addresses and prefixes (v4-mapped peers match IPv4), and/or/not, service names, autobound', () => {
    const s = socketWorld();
    expect(out(s, 'ss -tn dport = :6443')).toBe(
      'State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n' +
        'ESTAB 0      0           10.0.0.2:33911     10.0.0.1:6443       \n' +
        'ESTAB 0      0           10.0.0.1:45889     10.0.0.1:6443       \n',
    );
    expect(out(s, 'ss -tn sport = :6443')).toBe(
      'State Recv-Q Send-Q     Local Address:Port      Peer Address:Port Process\n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443 [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443 [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, "ss -tn '( dport = :2379 or sport = :2379 )'")).toBe(
      'State Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\n' +
        'ESTAB 0      0          127.0.0.1:36174    127.0.0.1:2379        \n' +
        'ESTAB 0      0          127.0.0.1:36184    127.0.0.1:2379        \n' +
        'ESTAB 0      0          127.0.0.1:2379     127.0.0.1:36184       \n' +
        'ESTAB 0      0          127.0.0.1:2379     127.0.0.1:36174       \n',
    );
    expect(out(s, 'ss -tn dst 10.0.0.1')).toBe(
      'State Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'ESTAB 0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'ESTAB 0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB 0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n',
    );
    expect(out(s, 'ss -tn src 10.0.0.2')).toBe(
      'State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n' +
        'ESTAB 0      0           10.0.0.2:51259     10.0.0.1:22         \n' +
        'ESTAB 0      0           10.0.0.2:33911     10.0.0.1:6443       \n',
    );
    expect(out(s, 'ss -tn dst 127.0.0.1:2379')).toBe(
      'State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n' +
        'ESTAB 0      0          127.0.0.1:36174    127.0.0.1:2379       \n' +
        'ESTAB 0      0          127.0.0.1:36184    127.0.0.1:2379       \n',
    );
    expect(out(s, 'ss -tan sport gt :1024')).toBe(
      'State  Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'LISTEN 0      4096           127.0.0.1:2379            0.0.0.0:*           \n' +
        'ESTAB  0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'ESTAB  0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'ESTAB  0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'ESTAB  0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'LISTEN 0      4096                   *:6443                  *:*           \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -tan dport lt :1000')).toBe(
      'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n' +
        'LISTEN 0      4096         0.0.0.0:22         0.0.0.0:*          \n' +
        'LISTEN 0      4096       127.0.0.1:2379       0.0.0.0:*          \n' +
        'ESTAB  0      0           10.0.0.2:51259     10.0.0.1:22         \n' +
        'LISTEN 0      4096               *:6443             *:*          \n',
    );
    expect(out(s, 'ss -tan not dport = :22')).toBe(
      'State  Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'LISTEN 0      4096             0.0.0.0:22              0.0.0.0:*           \n' +
        'LISTEN 0      4096           127.0.0.1:2379            0.0.0.0:*           \n' +
        'ESTAB  0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'ESTAB  0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'ESTAB  0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'ESTAB  0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        'LISTEN 0      4096                   *:6443                  *:*           \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -tn dport = :ssh')).toBe(
      'State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n' +
        'ESTAB 0      0           10.0.0.2:51259     10.0.0.1:22         \n',
    );
    expect(out(s, 'ss -tn dst 10.0.0.0/24 and sport = :22')).toBe(
      'State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n' +
        'ESTAB 0      0           10.0.0.1:22       10.0.0.2:51259       \n',
    );
    expect(out(s, 'ss -tan autobound')).toBe(
      'State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n' +
        'ESTAB 0      0           10.0.0.2:51259     10.0.0.1:22         \n' +
        'ESTAB 0      0           10.0.0.2:33911     10.0.0.1:6443       \n' +
        'ESTAB 0      0          127.0.0.1:36174    127.0.0.1:2379       \n' +
        'ESTAB 0      0          127.0.0.1:36184    127.0.0.1:2379       \n' +
        'ESTAB 0      0           10.0.0.1:45889     10.0.0.1:6443       \n',
    );
  });
});

describe('ss: layout', () => {
  it("sizes columns from the data; without a terminal the last column is padded but the last line's own Process field is not measured", () => {
    const s = socketWorld();
    expect(out(s, 'ss -tan')).toBe(
      'State  Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'LISTEN 0      4096             0.0.0.0:22              0.0.0.0:*           \n' +
        'LISTEN 0      4096           127.0.0.1:2379            0.0.0.0:*           \n' +
        'ESTAB  0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'ESTAB  0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'ESTAB  0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'ESTAB  0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'ESTAB  0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        'LISTEN 0      4096                   *:6443                  *:*           \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -tanp')).toBe(
      'State  Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process                                   \n' +
        'LISTEN 0      4096             0.0.0.0:22              0.0.0.0:*     users:(("sshd",pid=13562,fd=3))          \n' +
        'LISTEN 0      4096           127.0.0.1:2379            0.0.0.0:*     users:(("etcd",pid=13547,fd=3))          \n' +
        'ESTAB  0      0               10.0.0.2:51259          10.0.0.1:22    users:(("ssh",pid=13574,fd=3))           \n' +
        'ESTAB  0      0               10.0.0.2:33911          10.0.0.1:6443  users:(("coredns",pid=13586,fd=4))       \n' +
        'ESTAB  0      0              127.0.0.1:36174         127.0.0.1:2379  users:(("kube-apiserver",pid=13552,fd=5))\n' +
        'ESTAB  0      0              127.0.0.1:36184         127.0.0.1:2379  users:(("kube-apiserver",pid=13552,fd=6))\n' +
        'ESTAB  0      0               10.0.0.1:45889          10.0.0.1:6443  users:(("kubelet",pid=13558,fd=3))       \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36184 users:(("etcd",pid=13547,fd=5))          \n' +
        'ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36174 users:(("etcd",pid=13547,fd=4))          \n' +
        'ESTAB  0      0               10.0.0.1:22             10.0.0.2:51259 users:(("sshd",pid=13562,fd=4))          \n' +
        'LISTEN 0      4096                   *:6443                  *:*     users:(("kube-apiserver",pid=13552,fd=3))\n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889 users:(("kube-apiserver",pid=13552,fd=4))\n' +
        'ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911 users:(("kube-apiserver",pid=13552,fd=7))\n',
    );
    expect(out(s, 'ss -tnp')).toBe(
      'State Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process                                   \n' +
        'ESTAB 0      0               10.0.0.2:51259          10.0.0.1:22    users:(("ssh",pid=13574,fd=3))           \n' +
        'ESTAB 0      0               10.0.0.2:33911          10.0.0.1:6443  users:(("coredns",pid=13586,fd=4))       \n' +
        'ESTAB 0      0              127.0.0.1:36174         127.0.0.1:2379  users:(("kube-apiserver",pid=13552,fd=5))\n' +
        'ESTAB 0      0              127.0.0.1:36184         127.0.0.1:2379  users:(("kube-apiserver",pid=13552,fd=6))\n' +
        'ESTAB 0      0               10.0.0.1:45889          10.0.0.1:6443  users:(("kubelet",pid=13558,fd=3))       \n' +
        'ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36184 users:(("etcd",pid=13547,fd=5))          \n' +
        'ESTAB 0      0              127.0.0.1:2379          127.0.0.1:36174 users:(("etcd",pid=13547,fd=4))          \n' +
        'ESTAB 0      0               10.0.0.1:22             10.0.0.2:51259 users:(("sshd",pid=13562,fd=4))          \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889 users:(("kube-apiserver",pid=13552,fd=4))\n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911 users:(("kube-apiserver",pid=13552,fd=7))\n',
    );
    expect(out(s, 'ss -tlnp')).toBe(
      'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess                         \n' +
        'LISTEN 0      4096         0.0.0.0:22        0.0.0.0:*    users:(("sshd",pid=13562,fd=3))\n' +
        'LISTEN 0      4096       127.0.0.1:2379      0.0.0.0:*    users:(("etcd",pid=13547,fd=3))\n' +
        'LISTEN 0      4096               *:6443            *:*    users:(("kube-apiserver",pid=13552,fd=3))\n',
    );
    expect(out(s, 'ss -tulnp')).toBe(
      'Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess                                    \n' +
        'udp   UNCONN 0      0         127.0.0.53:53        0.0.0.0:*    users:(("systemd-resolve",pid=13582,fd=3))\n' +
        'udp   UNCONN 0      0                  *:53              *:*    users:(("coredns",pid=13586,fd=3))        \n' +
        'tcp   LISTEN 0      4096         0.0.0.0:22        0.0.0.0:*    users:(("sshd",pid=13562,fd=3))           \n' +
        'tcp   LISTEN 0      4096       127.0.0.1:2379      0.0.0.0:*    users:(("etcd",pid=13547,fd=3))           \n' +
        'tcp   LISTEN 0      4096               *:6443            *:*    users:(("kube-apiserver",pid=13552,fd=3)) \n',
    );
    expect(out(s, 'ss -tuna')).toBe(
      'Netid State  Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'udp   UNCONN 0      0             127.0.0.53:53              0.0.0.0:*           \n' +
        'udp   UNCONN 0      0                      *:53                    *:*           \n' +
        'tcp   LISTEN 0      4096             0.0.0.0:22              0.0.0.0:*           \n' +
        'tcp   LISTEN 0      4096           127.0.0.1:2379            0.0.0.0:*           \n' +
        'tcp   ESTAB  0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'tcp   ESTAB  0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'tcp   ESTAB  0      0              127.0.0.1:36174         127.0.0.1:2379        \n' +
        'tcp   ESTAB  0      0              127.0.0.1:36184         127.0.0.1:2379        \n' +
        'tcp   ESTAB  0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'tcp   ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36184       \n' +
        'tcp   ESTAB  0      0              127.0.0.1:2379          127.0.0.1:36174       \n' +
        'tcp   ESTAB  0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        'tcp   LISTEN 0      4096                   *:6443                  *:*           \n' +
        'tcp   ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'tcp   ESTAB  0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
    expect(out(s, 'ss -ltn -H')).toBe(
      'LISTEN 0      4096     0.0.0.0:22   0.0.0.0:*\n' +
        'LISTEN 0      4096   127.0.0.1:2379 0.0.0.0:*\n' +
        'LISTEN 0      4096           *:6443       *:*\n',
    );
    expect(out(s, 'ss -tlpnH')).toBe(
      'LISTEN 0      4096     0.0.0.0:22   0.0.0.0:* users:(("sshd",pid=13562,fd=3))\n' +
        'LISTEN 0      4096   127.0.0.1:2379 0.0.0.0:* users:(("etcd",pid=13547,fd=3))\n' +
        'LISTEN 0      4096           *:6443       *:* users:(("kube-apiserver",pid=13552,fd=3))\n',
    );
    expect(out(s, 'ss -lt')).toBe(
      'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n' +
        'LISTEN 0      4096         0.0.0.0:ssh       0.0.0.0:*          \n' +
        'LISTEN 0      4096       127.0.0.1:2379      0.0.0.0:*          \n' +
        'LISTEN 0      4096               *:6443            *:*          \n',
    );
    expect(out(s, 'ss -ul')).toBe(
      'State  Recv-Q Send-Q Local Address:Port   Peer Address:PortProcess\n' +
        'UNCONN 0      0         127.0.0.53:domain      0.0.0.0:*          \n' +
        'UNCONN 0      0                  *:domain            *:*          \n',
    );
    expect(out(s, 'ss -tnr')).toBe(
      'State Recv-Q Send-Q     Local Address:Port       Peer Address:Port Process\n' +
        'ESTAB 0      0               10.0.0.2:51259          10.0.0.1:22          \n' +
        'ESTAB 0      0               10.0.0.2:33911          10.0.0.1:6443        \n' +
        'ESTAB 0      0              localhost:36174         localhost:2379        \n' +
        'ESTAB 0      0              localhost:36184         localhost:2379        \n' +
        'ESTAB 0      0               10.0.0.1:45889          10.0.0.1:6443        \n' +
        'ESTAB 0      0              localhost:2379          localhost:36184       \n' +
        'ESTAB 0      0              localhost:2379          localhost:36174       \n' +
        'ESTAB 0      0               10.0.0.1:22             10.0.0.2:51259       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.1]:45889       \n' +
        'ESTAB 0      0      [::ffff:10.0.0.1]:6443  [::ffff:10.0.0.2]:33911       \n',
    );
  });

  it('spreads the spare width over the columns of each screen line on a terminal (listeners-only capture)', () => {
    const cases: Array<[number, string, string]> = [
      [
        60,
        'ss -tln',
        'State  Recv-Q Send-Q Local Address:Port   Peer Address:Port Process                                                     \n' +
          'LISTEN 0      4096         0.0.0.0:22          0.0.0.0:*                                                                \n' +
          'LISTEN 0      4096       127.0.0.1:2379        0.0.0.0:*                                                                \n' +
          'LISTEN 0      4096               *:6443              *:*                                                                \n',
      ],
      [
        60,
        'ss -tlnp',
        'State  Recv-Q Send-Q Local Address:Port   Peer Address:Port Process                                                     \n' +
          'LISTEN 0      4096         0.0.0.0:22          0.0.0.0:*     users:(("sshd",pid=18258,fd=3))                            \n' +
          'LISTEN 0      4096       127.0.0.1:2379        0.0.0.0:*     users:(("etcd",pid=18248,fd=3))                            \n' +
          'LISTEN 0      4096               *:6443              *:*     users:(("kube-apiserver",pid=18253,fd=3))                  \n',
      ],
      [
        60,
        'ss -tulnp',
        'Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:Port      Process                                           \n' +
          'udp   UNCONN 0      0         127.0.0.53:53         0.0.0.0:*          users:(("systemd-resolve",pid=18280,fd=3))       \n' +
          'tcp   LISTEN 0      4096         0.0.0.0:22         0.0.0.0:*          users:(("sshd",pid=18258,fd=3))                  \n' +
          'tcp   LISTEN 0      4096       127.0.0.1:2379       0.0.0.0:*          users:(("etcd",pid=18248,fd=3))                  \n' +
          'tcp   LISTEN 0      4096               *:6443             *:*          users:(("kube-apiserver",pid=18253,fd=3))        \n',
      ],
      [
        60,
        'ss -tn',
        'State Recv-Q Send-Q  Local Address:Port   Peer Address:Port Process                                                     \n',
      ],
      [
        80,
        'ss -tln',
        'State    Recv-Q   Send-Q     Local Address:Port     Peer Address:Port  Process  \n' +
          'LISTEN   0        4096             0.0.0.0:22            0.0.0.0:*              \n' +
          'LISTEN   0        4096           127.0.0.1:2379          0.0.0.0:*              \n' +
          'LISTEN   0        4096                   *:6443                *:*              \n',
      ],
      [
        80,
        'ss -tlnp',
        'State     Recv-Q    Send-Q       Local Address:Port        Peer Address:Port    Process                                                                         \n' +
          'LISTEN    0         4096               0.0.0.0:22               0.0.0.0:*        users:(("sshd",pid=18258,fd=3))                                                \n' +
          'LISTEN    0         4096             127.0.0.1:2379             0.0.0.0:*        users:(("etcd",pid=18248,fd=3))                                                \n' +
          'LISTEN    0         4096                     *:6443                   *:*        users:(("kube-apiserver",pid=18253,fd=3))                                      \n',
      ],
      [
        80,
        'ss -tulnp',
        'Netid   State    Recv-Q   Send-Q     Local Address:Port     Peer Address:Port   Process                                                                         \n' +
          'udp     UNCONN   0        0             127.0.0.53:53            0.0.0.0:*       users:(("systemd-resolve",pid=18280,fd=3))                                     \n' +
          'tcp     LISTEN   0        4096             0.0.0.0:22            0.0.0.0:*       users:(("sshd",pid=18258,fd=3))                                                \n' +
          'tcp     LISTEN   0        4096           127.0.0.1:2379          0.0.0.0:*       users:(("etcd",pid=18248,fd=3))                                                \n' +
          'tcp     LISTEN   0        4096                   *:6443                *:*       users:(("kube-apiserver",pid=18253,fd=3))                                      \n',
      ],
      [80, 'ss -tn', 'State   Recv-Q   Send-Q     Local Address:Port     Peer Address:Port  Process   \n'],
      [
        120,
        'ss -tln',
        'State         Recv-Q        Send-Q               Local Address:Port               Peer Address:Port       Process       \n' +
          'LISTEN        0             4096                       0.0.0.0:22                      0.0.0.0:*                        \n' +
          'LISTEN        0             4096                     127.0.0.1:2379                    0.0.0.0:*                        \n' +
          'LISTEN        0             4096                             *:6443                          *:*                        \n',
      ],
      [
        120,
        'ss -tlnp',
        'State     Recv-Q     Send-Q         Local Address:Port         Peer Address:Port    Process                             \n' +
          'LISTEN    0          4096                 0.0.0.0:22                0.0.0.0:*        users:(("sshd",pid=18258,fd=3))    \n' +
          'LISTEN    0          4096               127.0.0.1:2379              0.0.0.0:*        users:(("etcd",pid=18248,fd=3))    \n' +
          'LISTEN    0          4096                       *:6443                    *:*        users:(("kube-apiserver",pid=18253,fd=3))\n',
      ],
      [
        120,
        'ss -tulnp',
        'Netid  State   Recv-Q  Send-Q    Local Address:Port     Peer Address:Port  Process                                      \n' +
          'udp    UNCONN  0       0            127.0.0.53:53            0.0.0.0:*      users:(("systemd-resolve",pid=18280,fd=3))  \n' +
          'tcp    LISTEN  0       4096            0.0.0.0:22            0.0.0.0:*      users:(("sshd",pid=18258,fd=3))             \n' +
          'tcp    LISTEN  0       4096          127.0.0.1:2379          0.0.0.0:*      users:(("etcd",pid=18248,fd=3))             \n' +
          'tcp    LISTEN  0       4096                  *:6443                *:*      users:(("kube-apiserver",pid=18253,fd=3))   \n',
      ],
      [
        120,
        'ss -tn',
        'State        Recv-Q        Send-Q               Local Address:Port               Peer Address:Port       Process        \n',
      ],
      [
        200,
        'ss -tln',
        'State                   Recv-Q                  Send-Q                                   Local Address:Port                                   Peer Address:Port                 Process                 \n' +
          'LISTEN                  0                       4096                                           0.0.0.0:22                                          0.0.0.0:*                                            \n' +
          'LISTEN                  0                       4096                                         127.0.0.1:2379                                        0.0.0.0:*                                            \n' +
          'LISTEN                  0                       4096                                                 *:6443                                              *:*                                            \n',
      ],
      [
        200,
        'ss -tlnp',
        'State               Recv-Q               Send-Q                             Local Address:Port                             Peer Address:Port              Process                                       \n' +
          'LISTEN              0                    4096                                     0.0.0.0:22                                    0.0.0.0:*                  users:(("sshd",pid=18258,fd=3))              \n' +
          'LISTEN              0                    4096                                   127.0.0.1:2379                                  0.0.0.0:*                  users:(("etcd",pid=18248,fd=3))              \n' +
          'LISTEN              0                    4096                                           *:6443                                        *:*                  users:(("kube-apiserver",pid=18253,fd=3))    \n',
      ],
      [
        200,
        'ss -tulnp',
        'Netid           State            Recv-Q           Send-Q                     Local Address:Port                       Peer Address:Port           Process                                               \n' +
          'udp             UNCONN           0                0                             127.0.0.53:53                              0.0.0.0:*               users:(("systemd-resolve",pid=18280,fd=3))           \n' +
          'tcp             LISTEN           0                4096                             0.0.0.0:22                              0.0.0.0:*               users:(("sshd",pid=18258,fd=3))                      \n' +
          'tcp             LISTEN           0                4096                           127.0.0.1:2379                            0.0.0.0:*               users:(("etcd",pid=18248,fd=3))                      \n' +
          'tcp             LISTEN           0                4096                                   *:6443                                  *:*               users:(("kube-apiserver",pid=18253,fd=3))            \n',
      ],
      [
        200,
        'ss -tn',
        'State                  Recv-Q                  Send-Q                                   Local Address:Port                                   Peer Address:Port                 Process                  \n',
      ],
    ];
    for (const [cols, line, want] of cases) {
      const s = new Session(listenersWorld().world, { mode: 'case', tty: { cols, rows: 50 } });
      expect([cols, line, out(s, line)]).toEqual([cols, line, want]);
    }
  });
});

/** Four listeners, one per process (another capture: its own pids). */
function listenersWorld() {
  const s = caseSession([]);
  const sock = (x: Partial<Socket> & Pick<Socket, 'port' | 'pid' | 'process'>): Socket => ({
    proto: 'tcp',
    addr: 0,
    app: 'none',
    listen: true,
    ...x,
  });
  s.frame.ctx.ns.sockets.push(
    sock({ addr: parseIPv4('127.0.0.1') as number, port: 2379, pid: 18248, process: 'etcd' }),
    sock({ port: 6443, v6: true, pid: 18253, process: 'kube-apiserver' }),
    sock({ port: 22, pid: 18258, process: 'sshd' }),
    sock({
      proto: 'udp',
      addr: parseIPv4('127.0.0.53') as number,
      port: 53,
      pid: 18280,
      process: 'systemd-resolved',
      listen: false,
    }),
  );
  return s;
}

describe('ss: summary', () => {
  it('-s counts the modelled sockets (sockstat: every one is hashed, none closed or in time-wait)', () => {
    // captured: the same table, with "Total: 19" and "TCP:   15 (estab 10, closed 2, ...)":
    // the kernel also counts the sockets of other kinds and TCP sockets of other namespaces
    expect(out(socketWorld(), 'ss -s')).toBe(
      'Total: 15\n' +
        'TCP:   13 (estab 10, closed 0, orphaned 0, timewait 0)\n' +
        '\n' +
        'Transport Total     IP        IPv6\n' +
        'RAW\t  0         0         0        \n' +
        'UDP\t  2         1         1        \n' +
        'TCP\t  13        10        3        \n' +
        'INET\t  15        11        4        \n' +
        'FRAG\t  0         0         0        \n' +
        '\n',
    );
    // with a table, the summary comes first
    expect(out(listenersWorld(), 'ss -s -tn')).toBe(
      'Total: 4\n' +
        'TCP:   3 (estab 0, closed 0, orphaned 0, timewait 0)\n' +
        '\n' +
        'Transport Total     IP        IPv6\n' +
        'RAW\t  0         0         0        \n' +
        'UDP\t  1         1         0        \n' +
        'TCP\t  3         2         1        \n' +
        'INET\t  4         3         1        \n' +
        'FRAG\t  0         0         0        \n' +
        '\n' +
        'State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n',
    );
  });
});

describe('ss: errors as iproute2 6.1 words them', () => {
  const usage = (first: string) => ({ out: '', err: first + SS_USAGE, exit: 255 });
  it('options', () => {
    const s = socketWorld();
    expect(run(s, 'ss -Q')).toEqual(usage("ss: invalid option -- 'Q'\n"));
    expect(run(s, 'ss --foo')).toEqual(usage("ss: unrecognized option '--foo'\n"));
    expect(run(s, 'ss --n')).toEqual(
      usage("ss: option '--n' is ambiguous; possibilities: '--numeric' '--net' '--no-header'\n"),
    );
    expect(run(s, 'ss -N')).toEqual(usage("ss: option requires an argument -- 'N'\n"));
    expect(run(s, 'ss -f foo')).toEqual(usage('ss: "foo" is invalid family\n'));
    expect(run(s, 'ss -A foo')).toEqual(usage('ss: "foo" is illegal socket table id\n'));
    expect(run(s, 'ss -N nosuch')).toEqual({
      out: '',
      err: 'Cannot open network namespace "nosuch": No such file or directory\n',
      exit: 1,
    });
    expect(run(s, 'ss -Z')).toEqual({ out: '', err: 'ss: SELinux is not enabled.\n', exit: 1 });
    expect(run(s, 'ss -V')).toEqual({ out: 'ss utility, iproute2-6.1.0\n', err: '', exit: 0 });
    expect(run(s, 'ss -h')).toEqual({ out: SS_USAGE, err: '', exit: 0 });
    expect(run(s, 'ss -tn --no-head').exit).toBe(0);
  });

  it('states and filters', () => {
    const s = socketWorld();
    expect(run(s, 'ss -tn state foo')).toEqual({ out: '', err: 'ss: wrong state name: foo\n', exit: 255 });
    for (const line of ['ss -tn state', 'ss -tn exclude'])
      expect(run(s, line)).toEqual({
        out: '',
        err: 'Command line is not complete. Try option "help"\n',
        exit: 255,
      });
    const port = (w: string) => ({
      out: '',
      err: `Error: "${w}" does not look like a port.\nCannot parse dst/src address.\n`,
      exit: 1,
    });
    expect(run(s, 'ss -tn dport = :abc')).toEqual(port('abc'));
    expect(run(s, 'ss -tn dport = :6443 garbage')).toEqual(port('garbage'));
    const prefix = (w: string) => ({
      out: '',
      err: `Error: an inet prefix is expected rather than "${w}".\nCannot parse dst/src address.\n`,
      exit: 1,
    });
    expect(run(s, 'ss -tn bogus')).toEqual(prefix('bogus'));
    expect(run(s, 'ss -tn dst nosuchhost.invalid')).toEqual(prefix('nosuchhost.invalid'));
    expect(run(s, 'ss -tn -4 dst ::1')).toEqual(prefix(':'));
    expect(run(s, "ss -tn 'dst [::1'")).toEqual({ out: '', err: 'Cannot parse dst/src address.\n', exit: 1 });
    const syntax = usage('ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n');
    expect(run(s, 'ss -tn dport =')).toEqual(syntax);
    expect(run(s, "ss -tn '(' dport = :22")).toEqual(syntax);
    expect(run(s, 'ss -tn sport = :22 or')).toEqual(syntax);
  });

  it('prints the header alone when nothing matches, nothing at all with -H', () => {
    const s = socketWorld();
    expect(out(s, 'ss -tn dst 1.2.3')).toBe(
      'State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n',
    );
    expect(out(s, 'ss -x')).toBe('Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n');
    expect(out(s, 'ss -w')).toBe('Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n');
    expect(out(caseSession([]), 'ss -tuln state established')).toBe(
      'Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n',
    );
    expect(out(s, 'ss -tn -u -l -H dport = :9')).toBe('');
  });

  it('says which options it does not model', () => {
    const r = run(socketWorld(), 'ss -tnoe');
    expect(r.exit).toBe(1);
    expect(r.err).toMatch(/^knetlab: ss -o is not modelled/);
  });
});
