/**
 * `kubectl delete`: by name, TYPE/NAME, -l, --all or -f, with dry runs,
 * --grace-period/--now/--force, --ignore-not-found, -o name, and (unless
 * --wait=false) waiting until the objects are gone — a pod's grace period,
 * a namespace's contents.
 */
import { deleteObject } from '../../kube/deletion.js';
import { type KObject, type KubeStore, resourceLabel } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { cascadeDelete } from './cascade.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { manifestNamespace, readManifests } from './manifest.js';
import { parseDuration } from './pflag.js';
import { reconcile } from './reconcile.js';
import { fetch, resourceRequests } from './resource-args.js';
import { type Awaited, waitUntilGone } from './wait-gone.js';

export const NO_RESOURCES =
  "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n";

interface Target {
  kind: string;
  label: string;
  ns: string | undefined;
  name: string;
  source?: string;
}

/** How long kubectl waits for deleted objects when --timeout is 0 ("a week"); knetlab stops sooner. */
const WAIT_CAP_MS = 10 * 60 * 1000;

interface DeleteMode {
  dry: string;
  /** --grace-period after --now/--force adjustments; -1: the object's default. */
  grace: number;
  nameOnly: boolean;
}

function printDeleted(k: Kctx, t: Target, m: DeleteMode): void {
  if (m.nameOnly) {
    k.out(`${t.label}/${t.name}\n`);
    return;
  }
  const suffix = m.dry === 'client' ? ' (dry run)' : m.dry === 'server' ? ' (server dry run)' : '';
  k.out(`${t.label} "${t.name}" ${m.grace === 0 ? 'force deleted' : 'deleted'}${suffix}\n`);
}

/** Delete one target; returns error text, and the uid to wait for when the object is still there. */
function deleteOne(
  k: Kctx,
  store: KubeStore | undefined,
  t: Target,
  m: DeleteMode,
): { error: string; pending?: Awaited } {
  if (m.dry === 'client' || !store) {
    printDeleted(k, t, m);
    return { error: '' };
  }
  const live = store.get(t.kind, t.ns, t.name);
  if (!live) {
    if (k.f.bool('ignore-not-found')) return { error: '' };
    const ctx = t.source ? `error when deleting ${JSON.stringify(t.source)}: ` : '';
    return {
      error: serverErrorText(
        { reason: 'NotFound', code: 404, message: `${plural(t)} "${t.name}" not found` },
        ctx,
      ),
    };
  }
  const r = deleteObject(store, t.kind, t.ns, t.name, {
    ...(m.grace >= 0 ? { gracePeriodSeconds: m.grace } : {}),
    dryRun: m.dry === 'server',
  });
  if (!r.ok) return { error: serverErrorText(r.error) };
  if (m.dry !== 'server') {
    cascadeDelete(store, r.value.obj, k.f.str('cascade'));
    reconcile(k.world);
  }
  printDeleted(k, t, m);
  const uid = live.metadata.uid as string;
  return { error: '', pending: { kind: t.kind, ns: t.ns, name: t.name, uid } };
}

/** kubectl's wait for deletion: the objects (by uid) are gone, or the timeout passes. */
function waitGone(k: Kctx, store: KubeStore, pending: Awaited[]): number {
  const timeout = parseDuration(k.f.str('timeout') || '0s');
  const requested = typeof timeout === 'number' && timeout > 0 ? timeout : 0;
  const left = waitUntilGone(k, store, pending, requested || WAIT_CAP_MS);
  const first = left[0];
  if (!first) return 0;
  if (!requested)
    k.err(
      `knetlab: still waiting after ${WAIT_CAP_MS / 60000}m; kubectl would wait on (press Ctrl-C there)\n`,
    );
  return fail(
    `error: timed out waiting for the condition on ${resourceLabel(first.kind)}/${first.name}\n`,
    1,
  );
}

function plural(t: Target & { plural?: string }): string {
  return t.plural ?? t.label;
}

function labelOf(kind: string, group: string): string {
  return group ? `${kind.toLowerCase()}.${group}` : kind.toLowerCase();
}

function runDelete(k: Kctx): number {
  const files = k.f.list('filename');
  const all = k.f.bool('all');
  const selector = k.f.str('selector');
  if (k.args.length === 0 && files.length === 0) return fail(NO_RESOURCES, 1);
  const cascade = k.f.str('cascade');
  if (!['background', 'foreground', 'orphan', 'true', 'false'].includes(cascade))
    return fail(
      `error: invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan"\n`,
      1,
    );
  if (all && selector) return fail("error: setting 'all' parameter but found a non empty selector. \n", 1);
  if (all && k.f.str('field-selector'))
    return fail("error: setting 'all' parameter but found a non empty selector. \n", 1);
  const dry = dryRunMode(k);
  // Complete: --now is a grace of 1; --grace-period=0 needs --force; --force alone is 0
  let grace = k.f.int('grace-period');
  const force = k.f.bool('force');
  if (k.f.bool('now')) {
    if (grace !== -1) return fail('error: --now and --grace-period cannot be specified together\n', 1);
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  // Validate
  const output = k.f.str('output');
  if (output !== '' && output !== 'name')
    return fail(`error: unexpected -o output mode: ${output}. We only support '-o name'\n`, 1);
  if (force && grace === 0)
    k.err(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
    );
  else if (force && grace > 0)
    return fail('error: --force and --grace-period greater than 0 cannot be specified together\n', 1);
  const mode: DeleteMode = { dry, grace, nameOnly: output === 'name' };
  const targets: Array<Target & { plural: string }> = [];
  const ctxNs = namespaceOf(k);
  if (files.length) {
    for (const m of readManifests(k, 5)) {
      const ns = manifestNamespace(k, m, ctxNs);
      const plural = m.info.group ? `${m.info.name}.${m.info.group}` : m.info.name;
      targets.push({
        kind: m.obj.kind,
        label: labelOf(m.obj.kind, m.info.group),
        ns,
        name: m.obj.metadata.name,
        source: m.source,
        plural,
      });
    }
  } else {
    const reqs = resourceRequests(k, k.args);
    const named = reqs.some((r) => r.names);
    if (named && (all || selector))
      return fail('error: name cannot be provided when a selector is specified\n', 1);
    if (!named && !all && !selector && !k.f.str('field-selector'))
      return fail('error: resource(s) were provided, but no name was specified\n', 1);
    const allNs = k.f.bool('all-namespaces');
    const store = dry === 'client' && named ? undefined : requireStore(k, 0);
    for (const req of reqs) {
      const plural = req.info.group ? `${req.info.name}.${req.info.group}` : req.info.name;
      const label = labelOf(req.info.kind, req.info.group);
      if (req.names) {
        for (const n of req.names)
          targets.push({
            kind: req.info.kind,
            label,
            ns: req.info.namespaced ? ctxNs : undefined,
            name: n,
            plural,
          });
        continue;
      }
      const got = fetch(k, store as KubeStore, req, allNs ? undefined : ctxNs);
      for (const o of got.objects as KObject[])
        targets.push({ kind: o.kind, label, ns: o.metadata.namespace, name: o.metadata.name, plural });
    }
    if (targets.length === 0) {
      k.out('No resources found\n');
      return 0;
    }
  }
  const store = dry === 'client' ? undefined : requireStore(k, 0);
  let errors = '';
  const pending: Awaited[] = [];
  for (const t of targets) {
    const r = deleteOne(k, store, t, mode);
    errors += r.error;
    if (r.pending) pending.push(r.pending);
  }
  if (errors) return fail(errors, 1);
  if (store && dry === 'none' && k.f.bool('wait') && pending.length) return waitGone(k, store, pending);
  return 0;
}

export const DELETE: Record<string, CommandImpl> = { delete: { run: runDelete } };
