/**
 * A kube-proxy-shaped rule set loaded with the restore API: ClusterIP load
 * balancing by statistic (seeded, so reproducible), NodePort through
 * addrtype LOCAL and MASQUERADE of marked traffic, REJECT for a service
 * without endpoints, ClientIP affinity with `recent`, and the trace.
 */
import { describe, expect, it } from 'vitest';
import { exchange } from '../../../src/engines/dataplane/transport.js';
import { restoreRules } from '../../../src/engines/netfilter/restore.js';
import { getTable } from '../../../src/engines/netfilter/tables.js';
import { formatIPv4 } from '../../../src/model/inet.js';
import { KUBE_JUMPS, kubeProxyRestore } from './kube-shape.js';
import { bridgeLab, ip, serve } from './lab.js';

const SERVICES = [
  {
    name: 'web',
    clusterIP: '10.96.0.100',
    port: 80,
    targetPort: 8080,
    endpoints: ['172.31.5.10', '172.31.5.20', '172.31.5.30'],
    nodePort: 31080,
  },
  {
    name: 'sticky',
    clusterIP: '10.96.0.101',
    port: 80,
    targetPort: 8080,
    endpoints: ['172.31.5.10', '172.31.5.20'],
    affinity: true,
  },
  { name: 'empty', clusterIP: '10.96.0.102', port: 80, endpoints: [] },
];

function cluster(seed = 11) {
  const l = bridgeLab(['ep1', 'ep2', 'ep3', 'client'], ['ip route add 10.96.0.0/12 dev br-lab'], seed);
  for (const n of ['ep1', 'ep2', 'ep3']) serve(l.ns(n), 8080, 'tcp', n);
  const r = restoreRules(l.ns(), kubeProxyRestore(SERVICES), { noflush: true });
  expect(r).toEqual({ exit: 0, stderr: '' });
  for (const cmd of KUBE_JUMPS) expect(l.sh(cmd).exitCode).toBe(0);
  return l;
}

function spread(
  l: ReturnType<typeof cluster>,
  from: string | undefined,
  dst: string,
  dport: number,
  n: number,
) {
  const count: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const r = exchange(l.world, l.ns(from), {
      proto: 'tcp',
      dst: ip(dst),
      dport,
      payload: 'GET',
      sport: 20000 + i,
    });
    const key = r.kind === 'response' ? String(r.payload) : r.kind;
    count[key] = (count[key] ?? 0) + 1;
  }
  return count;
}

describe('kube-proxy-shaped rules', () => {
  it('load-balances ClusterIP connections by statistic, reproducibly for a seed', () => {
    const a = spread(cluster(11), undefined, '10.96.0.100', 80, 300);
    const b = spread(cluster(11), undefined, '10.96.0.100', 80, 300);
    expect(a).toEqual(b);
    expect(Object.keys(a).sort()).toEqual(['ep1', 'ep2', 'ep3']);
    for (const v of Object.values(a)) expect(v).toBeGreaterThan(70);
    expect((a.ep1 ?? 0) + (a.ep2 ?? 0) + (a.ep3 ?? 0)).toBe(300);
    expect(spread(cluster(12), undefined, '10.96.0.100', 80, 300)).not.toEqual(a);
  });

  it('counts each connection once in KUBE-SERVICES and answers from the ClusterIP', () => {
    const l = cluster();
    const r = exchange(l.world, l.ns(), { proto: 'tcp', dst: ip('10.96.0.100'), dport: 80, payload: 'GET' });
    expect(r.kind).toBe('response');
    if (r.kind === 'response') expect(formatIPv4(r.from)).toBe('10.96.0.100');
    spread(l, undefined, '10.96.0.100', 80, 9);
    const svc = getTable(l.ns(), 'nat')?.chains.get('KUBE-SERVICES');
    expect(svc?.rules[0]?.counters.pkts).toBe(10);
    const trace = r.trace.events.map((e) => e.text);
    expect(trace.some((t) => t.startsWith('nat OUTPUT rule 1: -A OUTPUT -m comment'))).toBe(true);
    expect(trace.some((t) => t.includes('-j KUBE-SVC-00000000 -> jump to KUBE-SVC-00000000'))).toBe(true);
    expect(trace.some((t) => /^DNAT 10\.96\.0\.100:80 -> 172\.31\.5\.\d0:8080$/.test(t))).toBe(true);
  });

  it('serves a pod on the same bridge: the reply is un-NATed by br_netfilter', () => {
    const l = cluster();
    l.sh('sysctl -w net.ipv4.ip_forward=1');
    const r = exchange(l.world, l.ns('client'), {
      proto: 'tcp',
      dst: ip('10.96.0.100'),
      dport: 80,
      payload: 'x',
    });
    expect(r.kind).toBe('response');
    if (r.kind === 'response') expect(formatIPv4(r.from)).toBe('10.96.0.100');
  });

  it('reaches a NodePort on the node address, masqueraded', () => {
    const l = cluster();
    l.sh('sysctl -w net.ipv4.ip_forward=1');
    const r = exchange(l.world, l.ns('client'), {
      proto: 'tcp',
      dst: ip('172.31.5.1'),
      dport: 31080,
      payload: 'x',
    });
    expect(r.kind).toBe('response');
    if (r.kind === 'response') expect(formatIPv4(r.from)).toBe('172.31.5.1');
    const masq = getTable(l.ns(), 'nat')?.chains.get('KUBE-POSTROUTING')?.rules[2];
    expect(masq?.counters.pkts).toBe(1);
  });

  it('refuses a service without endpoints', () => {
    const l = cluster();
    const r = exchange(l.world, l.ns(), { proto: 'tcp', dst: ip('10.96.0.102'), dport: 80, payload: 'x' });
    expect(r.kind).toBe('refused');
  });

  it('keeps a client on one endpoint with ClientIP affinity', () => {
    const got = spread(cluster(), undefined, '10.96.0.101', 80, 20);
    expect(Object.values(got)).toEqual([20]);
  });
});
