/** `kubectl expose`: a Service from a pod, service, deployment, replica set or replication controller. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { dryRunMode, lastApplied } from './create-common.js';
import { intOrString } from './create-service.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { die, serverErrorText } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { reconcile } from './reconcile.js';
import { fetch, resourceRequests } from './resource-args.js';
import { parseLabels } from './run.js';

const NO_RESOURCES =
  "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n";

const EXPOSABLE = new Set(['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet']);

function selectorOf(o: KObject): Record<string, string> | string {
  switch (o.kind) {
    case 'Pod': {
      const l = o.metadata.labels ?? {};
      return Object.keys(l).length ? l : 'the pod has no labels and cannot be exposed';
    }
    case 'Service':
      return o.spec?.selector && Object.keys(o.spec.selector).length
        ? o.spec.selector
        : 'the service has no pod selector set';
    case 'ReplicationController':
      return o.spec?.selector ?? {};
    default: {
      const sel = o.spec?.selector ?? {};
      if (sel.matchExpressions?.length)
        return `invalid ${o.kind.toLowerCase()}: ${JSON.stringify(sel)} (matchExpressions are not supported)`;
      return sel.matchLabels ?? {};
    }
  }
}

/** Ports (and their protocols) the exposed object already declares. */
function portsOf(o: KObject): Array<{ port: number; protocol: string }> {
  if (o.kind === 'Service')
    return (o.spec?.ports ?? []).map((p: { port: number; protocol?: string }) => ({
      port: p.port,
      protocol: p.protocol ?? 'TCP',
    }));
  const podSpec = o.kind === 'Pod' ? o.spec : o.spec?.template?.spec;
  const out: Array<{ port: number; protocol: string }> = [];
  for (const c of podSpec?.containers ?? [])
    for (const p of c.ports ?? []) out.push({ port: p.containerPort, protocol: p.protocol ?? 'TCP' });
  return out;
}

function buildService(k: Kctx, src: KObject): KObject {
  const selText = k.f.str('selector');
  const selector = selText ? parseLabels(selText) : selectorOf(src);
  if (typeof selector === 'string')
    return die(`couldn't retrieve selectors via --selector flag or introspection: ${selector}`);
  let ports: Array<{ port: number; protocol: string }>;
  if (k.f.str('port')) {
    ports = k.f
      .str('port')
      .split(',')
      .map((p) => {
        if (!/^\d+$/.test(p)) die(`strconv.Atoi: parsing ${JSON.stringify(p)}: invalid syntax`);
        return { port: Number(p), protocol: 'TCP' };
      });
  } else ports = portsOf(src);
  if (ports.length === 0 && k.f.str('type') !== 'ExternalName')
    die("couldn't find port via --port flag or introspection");
  const proto = k.f.str('protocol');
  const target = k.f.str('target-port');
  const servicePorts = ports.map((p, i) => {
    const sp: Record<string, unknown> = {};
    if (ports.length > 1) sp.name = `port-${i + 1}`;
    sp.protocol = proto || p.protocol;
    sp.port = p.port;
    sp.targetPort = target ? intOrString(target) : p.port;
    return sp;
  });
  const labels = k.f.str('labels') ? parseLabels(k.f.str('labels')) : (src.metadata.labels ?? {});
  const metadata: Record<string, unknown> = { name: k.f.str('name') || src.metadata.name };
  if (k.f.str('namespace')) metadata.namespace = k.f.str('namespace');
  metadata.creationTimestamp = null;
  if (Object.keys(labels).length) metadata.labels = labels;
  const spec: Record<string, unknown> = { ports: servicePorts, selector };
  if (k.f.str('cluster-ip')) spec.clusterIP = k.f.str('cluster-ip');
  if (k.f.str('type')) spec.type = k.f.str('type');
  if (k.f.str('external-ip')) spec.externalIPs = [k.f.str('external-ip')];
  if (k.f.str('session-affinity')) spec.sessionAffinity = k.f.str('session-affinity');
  if (k.f.str('load-balancer-ip')) spec.loadBalancerIP = k.f.str('load-balancer-ip');
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: metadata as unknown as KObject['metadata'],
    spec,
    status: { loadBalancer: {} },
  };
}

function runExpose(k: Kctx): number {
  if (k.args.length === 0 && k.f.list('filename').length === 0) return fail(NO_RESOURCES, 1);
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const reqs = resourceRequests(k, k.args);
  const store = requireStore(k, 0);
  const ns = namespaceOf(k);
  for (const req of reqs) {
    if (!req.names) return fail(NO_RESOURCES, 1);
    const got = fetch(k, store, req, ns);
    if (got.missing.length) return fail(got.missing.join(''), 1);
    for (const src of got.objects) {
      if (!EXPOSABLE.has(src.kind)) return die(`cannot expose a ${src.kind}`);
      const svc = buildService(k, src);
      if (k.f.bool('save-config'))
        svc.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied(svc) };
      if (dry === 'client') {
        if (printsObjects(spec)) printObject(k, svc, spec, { typed: true, index: 0, name: nameOf(svc) });
        else k.out(`${nameOf(svc)} exposed (dry run)\n`);
        continue;
      }
      const send = structuredClone(svc);
      send.metadata.namespace = ns;
      const r = store.create(send, { dryRun: dry === 'server' });
      if (!r.ok) return fail(serverErrorText(r.error), 1);
      if (dry !== 'server') reconcile(k.world);
      const created = store.get('Service', ns, r.value.metadata.name) ?? r.value;
      if (printsObjects(spec))
        printObject(k, created, spec, { typed: true, index: 0, name: nameOf(created) });
      else k.out(`${nameOf(created)} exposed${dry === 'server' ? ' (server dry run)' : ''}\n`);
    }
  }
  return 0;
}

export const EXPOSE: Record<string, CommandImpl> = { expose: { run: runExpose } };
