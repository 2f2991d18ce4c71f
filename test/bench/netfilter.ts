/**
 * Netfilter at kube-proxy scale: a 20,000-rule nat table (2,500 services
 * with two endpoints each, kube-proxy's chain shape), the time for
 * iptables-save to print it, and the time for one TCP exchange to a
 * ClusterIP to traverse it, with the chain index and with plain linear
 * scans for comparison.
 */
import { performance } from 'node:perf_hooks';
import { exchange } from '../../src/engines/dataplane/transport.js';
import { INDEX_MIN_RULES, setIndexMinRules } from '../../src/engines/netfilter/chain-index.js';
import { restoreRules } from '../../src/engines/netfilter/restore.js';
import { getTable } from '../../src/engines/netfilter/tables.js';
import { formatIPv4 } from '../../src/model/inet.js';
import { KUBE_JUMPS, type KubeService, kubeProxyRestore } from '../engines/netfilter/kube-shape.js';
import { bridgeLab, ip, serve } from '../engines/netfilter/lab.js';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const SERVICES = 2500;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function services(): KubeService[] {
  const out: KubeService[] = [];
  for (let i = 0; i < SERVICES; i++) {
    const vip = formatIPv4(ip('10.96.0.0') + 10 + i);
    const eps =
      i === SERVICES - 1 ? ['172.31.5.10', '172.31.5.20'] : [`10.244.${i >> 8}.${i & 255}`, '10.244.99.1'];
    out.push({ name: `svc${i}`, clusterIP: vip, port: 80, targetPort: 8080, endpoints: eps });
  }
  return out;
}

export async function bench(): Promise<Row[]> {
  const l = bridgeLab(['ep1', 'ep2'], ['ip route add 10.96.0.0/12 dev br-lab']);
  serve(l.ns('ep1'), 8080);
  serve(l.ns('ep2'), 8080);
  const text = kubeProxyRestore(services());
  const t0 = performance.now();
  const r = restoreRules(l.ns(), text, { noflush: true });
  const restoreMs = performance.now() - t0;
  if (r.exit !== 0) throw new Error(r.stderr);
  for (const cmd of KUBE_JUMPS) l.sh(cmd);
  let rules = 0;
  for (const c of getTable(l.ns(), 'nat')?.chains.values() ?? []) rules += c.rules.length;

  const saves: number[] = [];
  let lines = 0;
  for (let i = 0; i < 7; i++) {
    const s0 = performance.now();
    const out = l.sh('iptables-save -t nat');
    saves.push(performance.now() - s0);
    lines = out.stdout.split('\n').length;
  }

  const target = formatIPv4(ip('10.96.0.0') + 10 + SERVICES - 1);
  let sport = 30000;
  const timeExchanges = (n: number) => {
    const ts: number[] = [];
    for (let i = 0; i < n; i++) {
      const e0 = performance.now();
      const res = exchange(l.world, l.ns(), {
        proto: 'tcp',
        dst: ip(target),
        dport: 80,
        payload: 'GET',
        sport: sport++,
      });
      ts.push(performance.now() - e0);
      if (res.kind !== 'response') throw new Error(`exchange to ${target}: ${res.kind}`);
    }
    return median(ts);
  };
  timeExchanges(5);
  const indexed = timeExchanges(51);
  setIndexMinRules(Number.POSITIVE_INFINITY);
  const linear = timeExchanges(21);
  setIndexMinRules(INDEX_MIN_RULES);

  return [
    { name: `nat rules loaded (${SERVICES} services, kube-proxy shape)`, value: rules, unit: 'rules' },
    { name: 'iptables-restore --noflush of that text (engine API)', value: restoreMs, unit: 'ms' },
    { name: `iptables-save -t nat (${lines} lines), median of 7`, value: median(saves), unit: 'ms' },
    { name: 'one TCP exchange to the last ClusterIP, chain index', value: indexed, unit: 'ms' },
    { name: 'one TCP exchange to the last ClusterIP, linear scans', value: linear, unit: 'ms' },
  ];
}
