/**
 * net-tools 2.10 netstat and BusyBox 1.35 netstat over listeners and
 * established connections, as captured on Debian 12 in the world of
 * socket-world.ts (BusyBox: the Debian build, without -p/-W, so only what
 * both builds print).
 */
import { describe, expect, it } from 'vitest';
import { NETSTAT_AF_LIST, NETSTAT_USAGE, NETSTAT_VERSION } from '../../../src/commands/net/netstat-usage.js';
import { run } from '../../helpers.js';
import { out, socketWorld } from './socket-world.js';

describe('netstat (net-tools 2.10)', () => {
  it('lists connections by default, servers with -l, both with -a; names for hosts and every port unless -n; tcp6 for IPv6 sockets with the bare IPv4 of a mapped address', () => {
    const s = socketWorld();
    expect(out(s, 'netstat')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:ssh            ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:36174         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 localhost:36184         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36184         ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:ssh            10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n' +
        'Active UNIX domain sockets (w/o servers)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   Path\n',
    );
    expect(out(s, 'netstat -n')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n' +
        'Active UNIX domain sockets (w/o servers)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   Path\n',
    );
    expect(out(s, 'netstat -t')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:ssh            ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:36174         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 localhost:36184         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36184         ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:ssh            10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n',
    );
    expect(out(s, 'netstat -tn')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n',
    );
    expect(out(s, 'netstat -tan')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN     \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n',
    );
    expect(out(s, 'netstat -tanW')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN     \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n',
    );
    expect(out(s, 'netstat -lt')).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 localhost:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp6       0      0 [::]:6443               [::]:*                  LISTEN     \n',
    );
    expect(out(s, 'netstat -ltn')).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN     \n',
    );
    expect(out(s, 'netstat -a')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 localhost:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:ssh            ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:36174         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 localhost:36184         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36184         ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:ssh            10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 [::]:6443               [::]:*                  LISTEN     \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n' +
        'udp        0      0 127.0.0.53:domain       0.0.0.0:*                          \n' +
        'udp6       0      0 [::]:domain             [::]:*                             \n' +
        'Active UNIX domain sockets (servers and established)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   Path\n',
    );
    expect(out(s, 'netstat -an')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN     \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n' +
        'udp        0      0 127.0.0.53:53           0.0.0.0:*                          \n' +
        'udp6       0      0 :::53                   :::*                               \n' +
        'Active UNIX domain sockets (servers and established)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   Path\n',
    );
    expect(out(s, 'netstat -u')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n',
    );
    expect(out(s, 'netstat -ua')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'udp        0      0 127.0.0.53:domain       0.0.0.0:*                          \n' +
        'udp6       0      0 [::]:domain             [::]:*                             \n',
    );
    expect(out(s, 'netstat -x')).toBe(
      'Active UNIX domain sockets (w/o servers)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   Path\n',
    );
    expect(out(s, 'netstat -l')).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 localhost:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp6       0      0 [::]:6443               [::]:*                  LISTEN     \n' +
        'udp        0      0 127.0.0.53:domain       0.0.0.0:*                          \n' +
        'udp6       0      0 [::]:domain             [::]:*                             \n' +
        'Active UNIX domain sockets (only servers)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   Path\n',
    );
    expect(out(s, 'netstat --numeric-ports -ta')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 localhost:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:36174         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 localhost:36184         localhost:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36184         ESTABLISHED\n' +
        'tcp        0      0 localhost:2379          localhost:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED\n' +
        'tcp6       0      0 [::]:6443               [::]:*                  LISTEN     \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n',
    );
  });

  it('-p: PID/Program name cut to 19 characters; the UNIX section gets the column too', () => {
    const s = socketWorld();
    expect(out(s, 'netstat -tanp')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      13562/sshd          \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN      13547/etcd          \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED 13574/ssh           \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED 13586/coredns       \n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED 13558/kubelet       \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED 13562/sshd          \n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN      13552/kube-apiserve \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED 13552/kube-apiserve \n',
    );
    expect(out(s, 'netstat -tnp')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED 13574/ssh           \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED 13586/coredns       \n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED 13558/kubelet       \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED 13562/sshd          \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED 13552/kube-apiserve \n',
    );
    expect(out(s, 'netstat -tulpn')).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      13562/sshd          \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN      13547/etcd          \n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN      13552/kube-apiserve \n' +
        'udp        0      0 127.0.0.53:53           0.0.0.0:*                           13582/systemd-resol \n' +
        'udp6       0      0 :::53                   :::*                                13586/coredns       \n',
    );
    expect(out(s, 'netstat -anp')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      13562/sshd          \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN      13547/etcd          \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED 13574/ssh           \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED 13586/coredns       \n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED 13558/kubelet       \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED 13562/sshd          \n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN      13552/kube-apiserve \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED 13552/kube-apiserve \n' +
        'udp        0      0 127.0.0.53:53           0.0.0.0:*                           13582/systemd-resol \n' +
        'udp6       0      0 :::53                   :::*                                13586/coredns       \n' +
        'Active UNIX domain sockets (servers and established)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path\n',
    );
    expect(out(s, 'netstat -ap')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
        'tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN      13562/sshd          \n' +
        'tcp        0      0 localhost:2379          0.0.0.0:*               LISTEN      13547/etcd          \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:ssh            ESTABLISHED 13574/ssh           \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED 13586/coredns       \n' +
        'tcp        0      0 localhost:36174         localhost:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 localhost:36184         localhost:2379          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED 13558/kubelet       \n' +
        'tcp        0      0 localhost:2379          localhost:36184         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 localhost:2379          localhost:36174         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 10.0.0.1:ssh            10.0.0.2:51259          ESTABLISHED 13562/sshd          \n' +
        'tcp6       0      0 [::]:6443               [::]:*                  LISTEN      13552/kube-apiserve \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED 13552/kube-apiserve \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED 13552/kube-apiserve \n' +
        'udp        0      0 127.0.0.53:domain       0.0.0.0:*                           13582/systemd-resol \n' +
        'udp6       0      0 [::]:domain             [::]:*                              13586/coredns       \n' +
        'Active UNIX domain sockets (servers and established)\n' +
        'Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path\n',
    );
    expect(out(s, 'netstat -antp | grep etcd')).toBe(
      'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN      13547/etcd          \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED 13547/etcd          \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED 13547/etcd          \n',
    );
  });

  it('-4/-6/-A pick the families and every internet protocol', () => {
    const s = socketWorld();
    expect(out(s, 'netstat -tan4')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN     \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED\n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED\n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED\n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED\n',
    );
    expect(out(s, 'netstat -tan6')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp6       0      0 :::6443                 :::*                    LISTEN     \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n',
    );
    expect(out(s, 'netstat -A inet6 -ta')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n' +
        'tcp6       0      0 [::]:6443               [::]:*                  LISTEN     \n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.1:45889          ESTABLISHED\n' +
        'tcp6       0      0 10.0.0.1:6443           10.0.0.2:33911          ESTABLISHED\n',
    );
  });

  it('words its errors and help as net-tools does', () => {
    const s = socketWorld();
    expect(run(s, 'netstat -Q')).toEqual({
      out: '',
      err: `netstat: invalid option -- 'Q'\n${NETSTAT_USAGE}${NETSTAT_AF_LIST}`,
      exit: 3,
    });
    expect(run(s, 'netstat --foo')).toEqual({
      out: '',
      err: `netstat: unrecognized option '--foo'\n${NETSTAT_USAGE}${NETSTAT_AF_LIST}`,
      exit: 3,
    });
    expect(run(s, 'netstat -h')).toEqual({ out: NETSTAT_USAGE, err: NETSTAT_AF_LIST, exit: 0 });
    expect(run(s, 'netstat -V')).toEqual({ out: NETSTAT_VERSION, err: '', exit: 0 });
    expect(run(s, 'netstat -A foo')).toEqual({ out: '', err: "Unknown address family `foo'.\n", exit: 1 });
    expect(run(s, 'netstat -ri')).toEqual({ out: '', err: `${NETSTAT_USAGE}${NETSTAT_AF_LIST}`, exit: 3 });
    expect(run(s, 'netstat -Z')).toEqual({
      out: '',
      err: 'SELinux is not enabled on this machine.\n',
      exit: 1,
    });
    // operands are ignored
    expect(out(s, 'netstat -tn foo')).toBe(out(s, 'netstat -tn'));
  });

  it('cuts long addresses to 23 columns unless -W, keeping up to 18 of the port (captured with a bind-mounted /etc/hosts)', () => {
    const s = socketWorld();
    s.exec("echo '10.0.0.2 a-rather-long-host-name.example.internal' >> /etc/hosts");
    const lines = (t: string) => t.split('\n').filter((l) => l.includes('51259'));
    expect(lines(out(s, 'netstat -t'))).toEqual([
      'tcp        0      0 a-rather-long-hos:51259 10.0.0.1:ssh            ESTABLISHED',
      'tcp        0      0 10.0.0.1:ssh            a-rather-long-hos:51259 ESTABLISHED',
    ]);
    expect(lines(out(s, 'netstat -tW'))).toEqual([
      'tcp        0      0 a-rather-long-host-name.example.internal:51259 10.0.0.1:ssh            ESTABLISHED',
      'tcp        0      0 10.0.0.1:ssh            a-rather-long-host-name.example.internal:51259 ESTABLISHED',
    ]);
  });
});

describe('BusyBox netstat', () => {
  it('lists the same sockets: ESTABLISHED lines, "tcp" for both families, IPv6 as inet_ntop prints it, never resolved', () => {
    const s = socketWorld();
    s.frame.ctx = { ...s.frame.ctx, userland: { flavour: 'busybox', image: 'busybox' } };
    expect(out(s, 'netstat')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:ssh            ESTABLISHED \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 localhost:36174         localhost:2379          ESTABLISHED \n' +
        'tcp        0      0 localhost:36184         localhost:2379          ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 localhost:2379          localhost:36184         ESTABLISHED \n' +
        'tcp        0      0 localhost:2379          localhost:36174         ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:ssh            10.0.0.2:51259          ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.1:45889   ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.2:33911   ESTABLISHED \n' +
        'Active UNIX domain sockets (w/o servers)\n' +
        'Proto RefCnt Flags       Type       State         I-Node Path\n',
    );
    expect(out(s, 'netstat -tn')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.1:45889   ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.2:33911   ESTABLISHED \n',
    );
    expect(out(s, 'netstat -t')).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:ssh            ESTABLISHED \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 localhost:36174         localhost:2379          ESTABLISHED \n' +
        'tcp        0      0 localhost:36184         localhost:2379          ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 localhost:2379          localhost:36184         ESTABLISHED \n' +
        'tcp        0      0 localhost:2379          localhost:36174         ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:ssh            10.0.0.2:51259          ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.1:45889   ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.2:33911   ESTABLISHED \n',
    );
    expect(out(s, 'netstat -tan')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED \n' +
        'tcp        0      0 :::6443                 :::*                    LISTEN      \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.1:45889   ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.2:33911   ESTABLISHED \n',
    );
    expect(out(s, 'netstat -tuan')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED \n' +
        'tcp        0      0 :::6443                 :::*                    LISTEN      \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.1:45889   ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.2:33911   ESTABLISHED \n' +
        'udp        0      0 127.0.0.53:53           0.0.0.0:*                           \n' +
        'udp        0      0 :::53                   :::*                                \n',
    );
    expect(out(s, 'netstat -an')).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 127.0.0.1:2379          0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 10.0.0.2:51259          10.0.0.1:22             ESTABLISHED \n' +
        'tcp        0      0 10.0.0.2:33911          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36174         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:36184         127.0.0.1:2379          ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:45889          10.0.0.1:6443           ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36184         ESTABLISHED \n' +
        'tcp        0      0 127.0.0.1:2379          127.0.0.1:36174         ESTABLISHED \n' +
        'tcp        0      0 10.0.0.1:22             10.0.0.2:51259          ESTABLISHED \n' +
        'tcp        0      0 :::6443                 :::*                    LISTEN      \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.1:45889   ESTABLISHED \n' +
        'tcp        0      0 ::ffff:10.0.0.1:6443    ::ffff:10.0.0.2:33911   ESTABLISHED \n' +
        'udp        0      0 127.0.0.53:53           0.0.0.0:*                           \n' +
        'udp        0      0 :::53                   :::*                                \n' +
        'Active UNIX domain sockets (servers and established)\n' +
        'Proto RefCnt Flags       Type       State         I-Node Path\n',
    );
    expect(out(s, 'netstat -l')).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 localhost:2379          0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 :::6443                 :::*                    LISTEN      \n' +
        'udp        0      0 127.0.0.53:domain       0.0.0.0:*                           \n' +
        'udp        0      0 :::domain               :::*                                \n' +
        'Active UNIX domain sockets (only servers)\n' +
        'Proto RefCnt Flags       Type       State         I-Node Path\n',
    );
    expect(out(s, 'netstat -tl')).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 localhost:2379          0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 :::6443                 :::*                    LISTEN      \n',
    );
  });
});
