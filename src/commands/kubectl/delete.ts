/** `kubectl delete`: by name, TYPE/NAME, -l, --all or -f, with dry runs, --force and --ignore-not-found. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { cascadeDelete } from './cascade.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { manifestNamespace, readManifests } from './manifest.js';
import { reconcile } from './reconcile.js';
import { fetch, resourceRequests } from './resource-args.js';

export const NO_RESOURCES =
  "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n";

interface Target {
  kind: string;
  label: string;
  ns: string | undefined;
  name: string;
  source?: string;
}

function deleteOne(k: Kctx, store: KubeStore | undefined, t: Target, dry: string, force: boolean): string {
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  const what = force ? 'force deleted' : 'deleted';
  if (dry === 'client' || !store) {
    k.out(`${t.label} "${t.name}" ${what}${suffix}\n`);
    return '';
  }
  const live = store.get(t.kind, t.ns, t.name);
  if (!live) {
    if (k.f.bool('ignore-not-found')) return '';
    const ctx = t.source ? `error when deleting ${JSON.stringify(t.source)}: ` : '';
    return serverErrorText(
      { reason: 'NotFound', code: 404, message: `${plural(t)} "${t.name}" not found` },
      ctx,
    );
  }
  if (dry !== 'server') {
    const r = store.delete(t.kind, t.ns, t.name);
    if (!r.ok) return serverErrorText(r.error);
    cascadeDelete(store, r.value, k.f.str('cascade'));
    reconcile(k.world);
  }
  k.out(`${t.label} "${t.name}" ${what}${suffix}\n`);
  return '';
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
  const dry = dryRunMode(k);
  const force = k.f.bool('force') && k.f.int('grace-period') <= 0;
  if (force)
    k.err(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
    );
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
  for (const t of targets) errors += deleteOne(k, store, t, dry, force);
  if (errors) return fail(errors, 1);
  return 0;
}

export const DELETE: Record<string, CommandImpl> = { delete: { run: runDelete } };
