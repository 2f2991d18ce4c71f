/** `kubectl create service clusterip|nodeport|loadbalancer|externalname` and `create ingress`. */
import type { KObject } from '../../kube/store.js';
import { finishCreate, objectMeta, oneName } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { die } from './kube-error.js';

/** intstr.Parse: a number if it is one, else the string. */
export function intOrString(s: string): number | string {
  return /^-?\d+$/.test(s) && Math.abs(Number(s)) < 2 ** 31 ? Number(s) : s;
}

function parsePort(s: string): number {
  if (!/^\d+$/.test(s)) die(`strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (n > 65535) die(`strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`);
  return n;
}

function servicePorts(k: Kctx, nodePort: number): Record<string, unknown>[] {
  return k.f.list('tcp').map((spec) => {
    const [p, t] = spec.includes(':') ? (spec.split(':', 2) as [string, string]) : [spec, spec];
    const port = parsePort(p);
    const target = t === p ? port : intOrString(t);
    const out: Record<string, unknown> = {
      name: spec.includes(':') ? `${p}-${t}` : p,
      protocol: 'TCP',
      port,
      targetPort: target,
    };
    if (nodePort > 0) out.nodePort = nodePort;
    return out;
  });
}

const TYPES: Record<string, string> = {
  'create service clusterip': 'ClusterIP',
  'create service nodeport': 'NodePort',
  'create service loadbalancer': 'LoadBalancer',
  'create service externalname': 'ExternalName',
};

function createService(k: Kctx): number {
  const name = oneName(k);
  const type = TYPES[k.path] as string;
  const clusterIP = k.f.str('clusterip');
  if (type !== 'ExternalName' && type !== 'ClusterIP' && k.f.list('tcp').length === 0)
    die('at least one tcp port specifier must be provided');
  if (type === 'ClusterIP' && clusterIP !== 'None' && k.f.list('tcp').length === 0)
    die('at least one tcp port specifier must be provided');
  const ports = servicePorts(k, type === 'NodePort' ? k.f.int('node-port') : 0);
  const selector = { app: name };
  const spec: Record<string, unknown> = {};
  if (ports.length) spec.ports = ports;
  spec.selector = selector;
  if (clusterIP !== '') spec.clusterIP = clusterIP;
  spec.type = type;
  if (type === 'ExternalName') spec.externalName = k.f.str('external-name');
  const obj: KObject = {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: objectMeta(k, name, { labels: { app: name } }),
    spec,
    status: { loadBalancer: {} },
  };
  return finishCreate(k, obj, {
    apiPath: 'api/v1',
    resource: 'services',
    namespaced: true,
    what: `${type} service`,
  });
}

const RULE = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?$/;

function backend(svc: string): Record<string, unknown> {
  const [name, port] = svc.split(':') as [string, string];
  const p = intOrString(port);
  return { service: { name, port: typeof p === 'number' ? { number: p } : { name: p } } };
}

function ingressPath(pathsvc: string): Record<string, unknown> {
  const eq = pathsvc.split('=');
  let path = `/${eq[0]}`;
  let pathType = 'Exact';
  if (path.endsWith('*')) {
    pathType = 'Prefix';
    path = path.slice(0, -1);
  }
  return { path, pathType, backend: backend(eq[1] as string) };
}

function tlsRules(rules: string[]): Array<{ hosts?: string[]; secretName?: string }> {
  const seen = new Set<string>();
  const out: Array<{ hosts?: string[]; secretName?: string }> = [];
  for (const rule of rules) {
    const tls = rule.split(',');
    if (tls.length !== 2) continue;
    const host = rule.split('/')[0] as string;
    const sn = (tls[1] as string).split('=');
    const secret = sn.length > 1 ? (sn[1] as string) : '';
    if (seen.has(host)) continue;
    const idx = secret === '' ? -1 : out.findIndex((t) => t.secretName === secret);
    if (idx > -1) {
      const t = out[idx] as { hosts?: string[] };
      t.hosts = [...(t.hosts ?? []), host];
      seen.add(host);
      continue;
    }
    const t: { hosts?: string[]; secretName?: string } = {};
    if (host !== '') t.hosts = [host];
    if (secret !== '') t.secretName = secret;
    if (t.hosts || t.secretName) out.push(t);
    seen.add(host);
  }
  return out;
}

function ingressRules(rules: string[]): Array<Record<string, unknown>> {
  const out: Array<{ host?: string; http: { paths: unknown[] } }> = [];
  for (const rule of rules) {
    const noTls = rule.split(',')[0] as string;
    const slash = noTls.indexOf('/');
    const host = noTls.slice(0, slash);
    const path = ingressPath(noTls.slice(slash + 1));
    const existing = out.find((r) => (r.host ?? '') === host);
    if (existing) {
      existing.http.paths.push(path);
      continue;
    }
    out.push({ ...(host ? { host } : {}), http: { paths: [path] } });
  }
  return out;
}

function createIngress(k: Kctx): number {
  const name = oneName(k);
  const rules = k.f.list('rule');
  const def = k.f.str('default-backend');
  if (def === '' && rules.length === 0)
    die(
      'not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)',
    );
  for (const r of rules)
    if (!RULE.test(r))
      die(`rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
  const annotations: Record<string, string> = {};
  for (const a of k.f.list('annotation')) {
    const eq = a.indexOf('=');
    if (eq < 0) die(`annotation ${a} is invalid and should be in format key=[value]`);
    annotations[a.slice(0, eq)] = a.slice(eq + 1);
  }
  if (def !== '' && def.split(':').length !== 2)
    die('default-backend should be in format servicename:serviceport');
  const spec: Record<string, unknown> = {};
  if (k.f.str('class')) spec.ingressClassName = k.f.str('class');
  if (def) spec.defaultBackend = backend(def);
  const tls = tlsRules(rules);
  if (tls.length) spec.tls = tls;
  const rr = ingressRules(rules);
  if (rr.length) spec.rules = rr;
  const sortedAnn = Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1)));
  const obj: KObject = {
    kind: 'Ingress',
    apiVersion: 'networking.k8s.io/v1',
    metadata: objectMeta(k, name, { annotations: sortedAnn }),
    spec,
    status: { loadBalancer: {} },
  };
  return finishCreate(k, obj, {
    apiPath: 'apis/networking.k8s.io/v1',
    resource: 'ingresses',
    namespaced: true,
    what: 'ingress',
  });
}

export const CREATE_SERVICES: Record<string, CommandImpl> = {
  'create service clusterip': { run: createService },
  'create service nodeport': { run: createService },
  'create service loadbalancer': { run: createService },
  'create service externalname': { run: createService, required: ['external-name'] },
  'create ingress': { run: createIngress },
};
