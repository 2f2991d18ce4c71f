/**
 * ss and netstat on the default cluster world (buildClusterWorld): the
 * listeners of the control plane and the connections kube/connections.ts
 * keeps (the API server's channels to etcd, every component's watch).
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../../src/kube/build/cluster-world.js';
import { clusterOf } from '../../../src/kube/cluster.js';
import { getNetns } from '../../../src/model/world.js';
import { Session } from '../../../src/session.js';
import { run } from '../../helpers.js';

function cluster(): Session {
  return new Session(buildClusterWorld(), { mode: 'script' });
}

const lines = (s: Session, line: string) => run(s, line).out;

describe('sockets on controlplane', () => {
  it('the classic question: etcd has far more lines on its client port 2379 than on its peer port 2380', () => {
    const s = cluster();
    expect(lines(s, 'netstat -anp | grep etcd | grep 2379 | wc -l')).toBe('66\n');
    expect(lines(s, 'netstat -anp | grep etcd | grep 2380 | wc -l')).toBe('1\n');
    expect(lines(s, 'netstat -anp | grep etcd | grep 2380')).toBe(
      'tcp        0      0 192.168.121.10:2380     0.0.0.0:*               LISTEN      106/etcd            \n',
    );
    // the two listeners, then the server side of the API server's 64 channels
    expect(lines(s, 'netstat -anp | grep etcd | grep 2379 | head -3')).toMatch(
      /^tcp {8}0 {6}0 127\.0\.0\.1:2379 {10}0\.0\.0\.0:\* {15}LISTEN {6}106\/etcd {12}\n(tcp {8}0 {6}0 192\.168\.121\.10:2379 {5}0\.0\.0\.0:\* {15}LISTEN {6}106\/etcd {12}\n)tcp {8}0 {6}0 127\.0\.0\.1:2379 {10}127\.0\.0\.1:\d{5} +ESTABLISHED 106\/etcd {12}\n$/,
    );
    // the client side belongs to kube-apiserver
    expect(lines(s, 'netstat -anp | grep 127.0.0.1:2379 | grep -c kube-apiserver')).toBe('64\n');
  });

  it('ss: the same connections, selected by state and port', () => {
    const s = cluster();
    expect(lines(s, "ss -tnp state established '( sport = :2379 )' | grep -c etcd")).toBe('64\n');
    expect(lines(s, 'ss -tnp dport = :2379 | grep -c kube-apiserver')).toBe('64\n');
    const users = lines(s, 'ss -tnp dport = :2379 | sed -n "2p;65p"');
    expect(users).toMatch(
      /users:\(\("kube-apiserver",pid=109,fd=7\)\) *\n.*users:\(\("kube-apiserver",pid=109,fd=70\)\)\n$/,
    );
    // every watch on the API server arrives on its dual-stack socket: IPv4-mapped in ss, tcp6 in netstat
    expect(
      lines(s, 'ss -tn sport = :6443 | grep -c "^ESTAB 0      0      \\[::ffff:192.168.121.10\\]:6443 "'),
    ).toBe('10\n');
    expect(lines(s, 'netstat -tn | grep -c "^tcp6       0      0 192.168.121.10:6443 "')).toBe('10\n');
    // flanneld and CoreDNS dial the kubernetes Service
    expect(lines(s, 'ss -tp dst 10.96.0.1')).toMatch(
      /^State Recv-Q Send-Q +Local Address:Port +Peer Address:Port +Process\nESTAB 0 +0 +192\.168\.121\.10:\d+ +10\.96\.0\.1:https +users:\(\("flanneld",pid=121,fd=7\)\)\n$/,
    );
  });

  it('-s sums them: 16 listeners and 143 established TCP sockets (64 channels to etcd, both ends; 5 watches out, 10 in), 2 UDP', () => {
    expect(lines(cluster(), 'ss -s')).toBe(
      'Total: 161\n' +
        'TCP:   159 (estab 143, closed 0, orphaned 0, timewait 0)\n' +
        '\n' +
        'Transport Total     IP        IPv6\n' +
        'RAW\t  0         0         0        \n' +
        'UDP\t  2         2         0        \n' +
        'TCP\t  159       145       14       \n' +
        'INET\t  161       147       14       \n' +
        'FRAG\t  0         0         0        \n' +
        '\n',
    );
  });
});

describe('lsof on controlplane', () => {
  it('-i :2379 shows both ends of every channel, etcd first (by pid), and the users of the sockets', () => {
    const s = cluster();
    expect(lines(s, 'lsof -i :2379 | wc -l')).toBe('131\n');
    expect(lines(s, 'lsof -t -i :2379')).toBe('106\n109\n');
    expect(lines(s, 'lsof -i udp -P')).toMatch(
      /^COMMAND {3}PID {12}USER {3}FD {3}TYPE DEVICE SIZE\/OFF NODE NAME\nsystemd-r 100 systemd-resolve {4}3u {2}IPv4 \d{6} {6}0t0 {2}UDP 127\.0\.0\.53:53 \n/,
    );
  });
});

describe('sockets in a CoreDNS pod', () => {
  it('BusyBox netstat in the pod namespace (as a debug container targeting coredns) shows its watch on 10.96.0.1:443', () => {
    const s = cluster();
    const sb = [...(clusterOf(s.world)?.sandboxes.values() ?? [])].find(
      (x) => x.namespace === 'kube-system' && x.name.startsWith('coredns-') && x.node === 'controlplane',
    );
    if (!sb) throw new Error('no coredns pod on controlplane');
    s.frame.ctx = {
      ...s.frame.ctx,
      ns: getNetns(s.world, sb.netns),
      place: `pod kube-system/${sb.name}`,
      userland: { flavour: 'busybox', image: 'busybox' },
    };
    expect(run(s, 'netstat -tnp').out).toMatch(
      /^Active Internet connections \(w\/o servers\)\nProto Recv-Q Send-Q Local Address {11}Foreign Address {9}State {7}PID\/Program name {4}\ntcp {8}0 {6}0 10\.244\.0\.\d:\d{5} +10\.96\.0\.1:443 +ESTABLISHED 1\/coredns\n$/,
    );
  });
});
