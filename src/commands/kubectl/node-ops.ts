/** `kubectl cordon|uncordon|drain|taint` and `kubectl top` (no metrics server here). */
import { deleteObject } from '../../kube/deletion.js';
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { dryRunMode } from './create-common.js';
import { goDuration } from './human-duration.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { parseDuration } from './pflag.js';
import { reconcile } from './reconcile.js';
import { runTaint } from './taint.js';
import { findTargets } from './targets.js';
import { waitUntilGone } from './wait-gone.js';

function nodes(k: Kctx, verb: string): KObject[] {
  if (k.args.length === 0 && !k.f.str('selector'))
    return fail(`error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples\n`, 1);
  const t = findTargets(k, k.args.length ? ['nodes', ...k.args] : ['nodes'], { memcache: 4 });
  if (t.missing) return fail(t.missing, 1);
  return t.objects;
}

function setUnschedulable(k: Kctx, n: KObject, value: boolean, verb: string): void {
  const dry = dryRunMode(k);
  const cur = n.spec?.unschedulable === true;
  if (cur === value) {
    k.out(`node/${n.metadata.name} already ${verb}\n`);
    return;
  }
  if (dry !== 'client') {
    const store = requireStore(k, 0);
    const r = store.mutate('Node', undefined, n.metadata.name, (o) => {
      o.spec ??= {};
      if (value) o.spec.unschedulable = true;
      else delete o.spec.unschedulable;
    });
    if (!r.ok) fail(serverErrorText(r.error), 1);
    reconcile(k.world);
  }
  k.out(`node/${n.metadata.name} ${verb}${dry === 'client' ? ' (dry run)' : ''}\n`);
}

function cordon(k: Kctx, on: boolean): number {
  for (const n of nodes(k, on ? 'cordon' : 'uncordon'))
    setUnschedulable(k, n, on, on ? 'cordoned' : 'uncordoned');
  return 0;
}

function controllerKind(p: KObject): string | null {
  return (p.metadata.ownerReferences ?? []).find((r) => r.controller)?.kind ?? null;
}

/**
 * Evict pods (graceful deletion with --grace-period, else each pod's own)
 * and report each as it disappears, as drain's waitForDelete does.
 */
function evictAndWait(k: Kctx, evict: KObject[]): true {
  const store = requireStore(k, 0);
  const grace = k.f.int('grace-period');
  for (const p of evict)
    deleteObject(
      store,
      'Pod',
      p.metadata.namespace,
      p.metadata.name,
      grace >= 0 ? { gracePeriodSeconds: grace } : {},
    );
  reconcile(k.world);
  const timeout = parseDuration(k.f.str('timeout') || '0s');
  const limit = typeof timeout === 'number' && timeout > 0 ? timeout : DRAIN_WAIT_CAP_MS;
  const items = evict.map((p) => ({
    kind: 'Pod',
    ns: p.metadata.namespace,
    name: p.metadata.name,
    uid: p.metadata.uid as string,
  }));
  const left = waitUntilGone(k, store, items, limit, (a) => k.out(`pod/${a.name} evicted\n`));
  if (left.length === 0) return true;
  const node = evict[0]?.spec?.nodeName;
  const errs = left.map(
    (p) =>
      `error when waiting for pod ${JSON.stringify(p.name)} terminating: global timeout reached: ${goDuration(limit)}`,
  );
  const agg = errs.length === 1 ? (errs[0] as string) : `[${errs.join(', ')}]`;
  k.err(`There are pending pods in node ${JSON.stringify(node)} when an error occurred: ${agg}\n`);
  for (const p of left) k.err(`pod/${p.name}\n`);
  k.err(
    `error: unable to drain node ${JSON.stringify(node)}, aborting command...\n\nThere are pending nodes to be drained:\n ${node}\n`,
  );
  return fail(`error: ${agg}\n`, 1);
}

/** drain --timeout 0 waits forever; knetlab stops waiting here. */
const DRAIN_WAIT_CAP_MS = 10 * 60 * 1000;

function runDrain(k: Kctx): number {
  const store = requireStore(k, 4);
  for (const n of nodes(k, 'drain')) {
    setUnschedulable(k, n, true, 'cordoned');
    const pods = store
      .list('Pod')
      .filter(
        (p) => p.spec?.nodeName === n.metadata.name && !['Succeeded', 'Failed'].includes(p.status?.phase),
      );
    const ds: string[] = [];
    const bare: string[] = [];
    const local: string[] = [];
    const evict: KObject[] = [];
    for (const p of pods) {
      const id = `${p.metadata.namespace}/${p.metadata.name}`;
      if (p.metadata.annotations?.['kubernetes.io/config.mirror']) continue;
      const kind = controllerKind(p);
      if (kind === 'DaemonSet') {
        ds.push(id);
        continue;
      }
      if (!kind) bare.push(id);
      if ((p.spec?.volumes ?? []).some((v: { emptyDir?: unknown }) => v.emptyDir)) local.push(id);
      evict.push(p);
    }
    const errs: string[] = [];
    if (ds.length && !k.f.bool('ignore-daemonsets'))
      errs.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${ds.join(', ')}`);
    if (bare.length && !k.f.bool('force'))
      errs.push(`cannot delete Pods declare no controller (use --force to override): ${bare.join(', ')}`);
    if (local.length && !k.f.bool('delete-emptydir-data'))
      errs.push(
        `cannot delete Pods with local storage (use --delete-emptydir-data to override): ${local.join(', ')}`,
      );
    if (errs.length) {
      const joined = errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
      k.err(
        `error: unable to drain node ${JSON.stringify(n.metadata.name)} due to error: ${joined}, continuing command...\n`,
      );
      k.err(`There are pending nodes to be drained:\n ${n.metadata.name}\n`);
      return fail(`${errs.join('\n')}\n`, 1);
    }
    const warnings: string[] = [];
    if (ds.length) warnings.push(`ignoring DaemonSet-managed Pods: ${ds.join(', ')}`);
    if (bare.length) warnings.push(`deleting Pods that declare no controller: ${bare.join(', ')}`);
    if (local.length) warnings.push(`deleting Pods with local storage: ${local.join(', ')}`);
    if (warnings.length) k.err(`Warning: ${warnings.join('; ')}\n`);
    for (const p of evict) k.err(`evicting pod ${p.metadata.namespace}/${p.metadata.name}\n`);
    if (dryRunMode(k) !== 'none') {
      for (const p of evict) k.out(`pod/${p.metadata.name} evicted\n`);
    } else evictAndWait(k, evict);
    k.out(`node/${n.metadata.name} drained\n`);
  }
  return 0;
}

function runTop(k: Kctx): number {
  requireStore(k, 0);
  return fail('error: Metrics API not available\n', 1);
}

export const NODE_OPS: Record<string, CommandImpl> = {
  cordon: { run: (k) => cordon(k, true) },
  uncordon: { run: (k) => cordon(k, false) },
  drain: { run: runDrain },
  taint: { run: runTaint },
  'top node': { run: runTop },
  'top pod': { run: runTop },
};
