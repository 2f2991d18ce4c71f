/**
 * kube-proxy on a node writes what a real node shows: the services of the
 * fact sheet's capture (shared/spec/captures/iptables-ubuntu.txt) are
 * created through the API, and node01's iptables-save and -L listings are
 * compared line for line with that capture (only the date line differs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../src/kube/build/cluster-world.js';
import { DEFAULT_CLUSTER } from '../../src/kube/cluster.js';
import { type KObject, kubeOf } from '../../src/kube/store.js';
import { settleWorld } from '../../src/model/world.js';
import { Session } from '../../src/session.js';

const CAPTURE = readFileSync(
  new URL('../../../shared/spec/captures/iptables-ubuntu.txt', import.meta.url),
  'utf8',
);

/** The capture's sections: command -> output. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/^### \$ /m).slice(1);
  for (const p of parts) {
    const nl = p.indexOf('\n');
    out.set(p.slice(0, nl), p.slice(nl + 1).replace(/\n+$/, '\n'));
  }
  return out;
}

function pod(name: string, app: string, port: number): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { app } },
    spec: {
      nodeName: 'node01',
      containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: port }] }],
    },
  };
}

function service(name: string, spec: Record<string, unknown>): KObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec };
}

function captureWorld(): Session {
  const world = buildClusterWorld({
    ...DEFAULT_CLUSTER,
    nodes: [
      { name: 'controlplane', ip: '172.30.1.2', mac: '02:42:ac:1e:01:02', controlPlane: true },
      { name: 'node01', ip: '172.30.2.2', mac: '02:42:ac:1e:02:02', controlPlane: false },
    ],
    lanPrefix: 16,
    gateway: '172.30.0.1',
  });
  const store = kubeOf(world);
  if (!store) throw new Error('no cluster');
  for (const o of [
    pod('web-1', 'web', 80),
    pod('web-2', 'web', 80),
    pod('backend-1', 'backend', 8080),
    pod('backend-2', 'backend', 8080),
    pod('backend-3', 'backend', 8080),
    service('web-service', {
      type: 'NodePort',
      clusterIP: '10.96.120.15',
      selector: { app: 'web' },
      ports: [{ name: 'http', port: 80, targetPort: 80, nodePort: 30080, protocol: 'TCP' }],
    }),
    service('backend', {
      clusterIP: '10.103.45.7',
      selector: { app: 'backend' },
      ports: [{ port: 8080, targetPort: 8080, protocol: 'TCP' }],
    }),
    service('lb-svc', {
      type: 'LoadBalancer',
      clusterIP: '10.104.37.201',
      selector: { app: 'nothing' },
      ports: [{ port: 80, targetPort: 80, nodePort: 31234, protocol: 'TCP' }],
    }),
  ]) {
    const r = store.create(o);
    if (!r.ok) throw new Error(r.error.message);
    settleWorld(world);
  }
  const s = new Session(world, { mode: 'script' });
  s.exec('ssh node01');
  return s;
}

const withoutDates = (t: string) =>
  t.replace(/ on \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/gm, ' on <date>');

describe('kube-proxy rules on node01 match the captured node', () => {
  const s = captureWorld();
  const want = sections(CAPTURE);
  for (const [cmd, expected] of want) {
    it(cmd, () => {
      const r = s.exec(cmd);
      expect(r.stderr).toBe('');
      expect(withoutDates(r.stdout)).toBe(withoutDates(expected));
    });
  }
});
