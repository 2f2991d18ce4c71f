/**
 * A big cluster: 500 nodes, 10,000 pods behind 5,000 Services. Build time
 * and peak memory, one reconcile after a Service change, `kubectl get pods
 * -A`, and curl to a ClusterIP through all of kube-proxy's rules (the first
 * request includes the node's lazy kube-proxy sync).
 */
import { performance } from 'node:perf_hooks';
import { buildClusterWorld } from '../../src/kube/build/cluster-world.js';
import { DEFAULT_CLUSTER, type NodeConfig } from '../../src/kube/cluster.js';
import { type KObject, kubeOf } from '../../src/kube/store.js';
import { formatIPv4, parseIPv4 } from '../../src/model/inet.js';
import { settleWorld } from '../../src/model/world.js';
import { Session } from '../../src/session.js';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const NODES = Number(process.env.BENCH_NODES ?? 500);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 5000);
const PODS_PER_SERVICE = 2;

function nodes(): NodeConfig[] {
  const base = parseIPv4('172.16.0.10') as number;
  return Array.from({ length: NODES }, (_, i) => {
    const ip = base + i;
    const hex = [(ip >>> 8) & 255, ip & 255].map((b) => b.toString(16).padStart(2, '0')).join(':');
    return {
      name: i === 0 ? 'controlplane' : `node${String(i).padStart(3, '0')}`,
      ip: formatIPv4(ip),
      mac: `02:42:ac:10:${hex}`,
      controlPlane: i === 0,
    };
  });
}

function workload(i: number): KObject[] {
  const app = `app-${i}`;
  const pods: KObject[] = Array.from({ length: PODS_PER_SERVICE }, (_, j) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `${app}-${j}`, namespace: 'default', labels: { app } },
    spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }] },
  }));
  return [
    ...pods,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: app, namespace: 'default' },
      spec: { selector: { app }, ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] },
    },
  ];
}

function peakRss(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

export async function bench(): Promise<Row[]> {
  const rows: Row[] = [];
  let peak = peakRss();
  let t0 = performance.now();
  const world = buildClusterWorld({
    ...DEFAULT_CLUSTER,
    nodes: nodes(),
    lanPrefix: 16,
    gateway: '172.16.0.1',
    podCidr: '10.128.0.0/14',
  });
  rows.push({ name: `build a ${NODES}-node cluster`, value: performance.now() - t0, unit: 'ms' });
  peak = Math.max(peak, peakRss());
  const store = kubeOf(world);
  if (!store) throw new Error('no cluster');
  t0 = performance.now();
  for (let i = 0; i < SERVICES; i++) for (const o of workload(i)) store.create(o);
  settleWorld(world);
  rows.push({
    name: `create ${SERVICES} Services and ${SERVICES * PODS_PER_SERVICE} pods, then reconcile`,
    value: performance.now() - t0,
    unit: 'ms',
  });
  peak = Math.max(peak, peakRss());
  t0 = performance.now();
  store.create(workload(SERVICES)[PODS_PER_SERVICE] as KObject);
  settleWorld(world);
  rows.push({ name: 'one reconcile after a Service change', value: performance.now() - t0, unit: 'ms' });
  const s = new Session(world, { mode: 'script' });
  t0 = performance.now();
  const got = s.exec('kubectl get pods -A');
  rows.push({
    name: `kubectl get pods -A (${got.stdout.split('\n').length - 2} pods)`,
    value: performance.now() - t0,
    unit: 'ms',
  });
  const svc = store.get('Service', 'default', `app-${SERVICES - 1}`);
  if (svc) {
    const curl = `curl -s -o /dev/null -w '%{http_code}' ${svc.spec.clusterIP}`;
    for (const label of [
      `${curl} on the control plane (the first request includes its kube-proxy sync)`,
      'the same again',
    ]) {
      t0 = performance.now();
      const r = s.exec(curl);
      rows.push({
        name: `${label} -> ${r.stdout || r.stderr.trim()}`,
        value: performance.now() - t0,
        unit: 'ms',
      });
    }
  }
  peak = Math.max(peak, peakRss());
  rows.push({ name: 'peak resident memory', value: peak, unit: 'MiB' });
  return rows;
}
