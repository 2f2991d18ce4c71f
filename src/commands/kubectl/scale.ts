/** `kubectl scale` and `kubectl autoscale`. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { reconcile } from './reconcile.js';
import { findTargets } from './targets.js';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

function suffix(dry: string): string {
  return dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
}

function runScale(k: Kctx): number {
  const replicas = k.f.int('replicas');
  if (replicas < 0)
    return fail(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
      1,
    );
  if (k.args.length === 0 && k.f.list('filename').length === 0)
    return fail(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
      1,
    );
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const t = findTargets(k, k.args);
  if (t.objects.length === 0 && !t.missing) return fail('error: no objects passed to scale\n', 1);
  const current = k.f.int('current-replicas');
  let i = 0;
  for (const o of t.objects) {
    if (!SCALABLE.has(o.kind))
      return fail('Error from server (NotFound): the server could not find the requested resource\n', 1);
    if (current >= 0 && (o.spec?.replicas ?? 1) !== current)
      return fail(`error: Expected replicas to be ${current}, was ${o.spec?.replicas ?? 1}\n`, 1);
    const next: KObject = structuredClone(o);
    next.spec = { ...next.spec, replicas };
    let shown = next;
    if (dry !== 'client') {
      const r = t.store.update(next, { dryRun: dry === 'server' });
      if (!r.ok) return fail(serverErrorText(r.error), 1);
      if (dry === 'none') reconcile(k.world);
      shown = t.store.get(o.kind, o.metadata.namespace, o.metadata.name) ?? r.value;
    }
    if (printsObjects(spec)) printObject(k, shown, spec, { typed: false, index: i++, name: nameOf(shown) });
    else k.out(`${nameOf(shown)} scaled${suffix(dry)}\n`);
  }
  if (t.missing) return fail(t.missing, 1);
  return 0;
}

function runAutoscale(k: Kctx): number {
  const t = findTargets(k, k.args);
  if (t.missing) return fail(t.missing, 1);
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  for (const o of t.objects) {
    if (!SCALABLE.has(o.kind))
      return fail(`error: cannot autoscale a ${o.kind}: cannot autoscale a ${o.kind}\n`, 1);
    const name = k.f.str('name') || o.metadata.name;
    const min = k.f.int('min');
    const cpu = k.f.int('cpu-percent');
    const hpa: KObject = {
      kind: 'HorizontalPodAutoscaler',
      apiVersion: 'autoscaling/v2',
      metadata: {
        name,
        namespace: o.metadata.namespace,
        creationTimestamp: null,
      } as unknown as KObject['metadata'],
      spec: {
        scaleTargetRef: { kind: o.kind, name: o.metadata.name, apiVersion: o.apiVersion },
        ...(min >= 0 ? { minReplicas: min } : {}),
        maxReplicas: k.f.int('max'),
        ...(cpu >= 0
          ? {
              metrics: [
                {
                  type: 'Resource',
                  resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } },
                },
              ],
            }
          : {}),
      },
      status: { currentMetrics: null, desiredReplicas: 0 },
    };
    if (dry !== 'client') {
      const r = t.store.create(hpa, { dryRun: dry === 'server' });
      if (!r.ok) return fail(serverErrorText(r.error), 1);
    }
    if (printsObjects(spec)) printObject(k, hpa, spec, { typed: true, index: 0, name: nameOf(hpa) });
    else k.out(`${nameOf(hpa)} autoscaled${suffix(dry)}\n`);
  }
  return 0;
}

export const SCALE: Record<string, CommandImpl> = {
  scale: { run: runScale, required: ['replicas'] },
  autoscale: { run: runAutoscale, required: ['max'] },
};
