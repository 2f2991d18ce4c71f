/** `kubectl apply -f` (client-side apply): create, configure via three-way merge, or leave unchanged. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore, storeOf } from './api.js';
import { deepEqual, mergeMap } from './apply-merge.js';
import { dryRunMode } from './create-common.js';
import { goJsonCompact } from './go-json.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { type Manifest, manifestNamespace, readManifests } from './manifest.js';
import { outputSpec } from './output.js';
import { reconcile } from './reconcile.js';
import { report, sourceContext, strictDecodingError } from './write-common.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The annotation value: the configuration with empty annotations and its namespace filled in. */
export function lastAppliedOf(obj: KObject): string {
  const c = structuredClone(obj);
  const ann = { ...(c.metadata.annotations ?? {}) };
  delete ann[LAST_APPLIED];
  c.metadata.annotations = ann;
  return `${goJsonCompact(c)}\n`;
}

function withAnnotation(obj: KObject): KObject {
  const c = structuredClone(obj);
  c.metadata.annotations = { ...(c.metadata.annotations ?? {}), [LAST_APPLIED]: lastAppliedOf(obj) };
  return c;
}

function missingAnnotationWarning(m: Manifest, o: KObject): string {
  const res = m.info.group ? `${m.info.name}.${m.info.group}` : m.info.name;
  return `Warning: resource ${res}/${o.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;
}

function runApply(k: Kctx): number {
  if (k.f.list('filename').length === 0 && !k.f.str('kustomize'))
    return fail('error: must specify one of -f and -k\n', 1);
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const manifests = readManifests(k, 5);
  if (manifests.length === 0) return fail('error: no objects passed to apply\n', 1);
  const ctxNs = namespaceOf(k);
  let errors = '';
  for (const [i, m] of manifests.entries()) {
    const ns = manifestNamespace(k, m, ctxNs);
    const conf = structuredClone(m.obj);
    if (ns !== undefined) conf.metadata.namespace = ns;
    if (!conf.metadata.name) {
      const gvk = `${m.info.group}/${m.info.version}, Kind=${m.info.kind}`;
      const gvr = `${m.info.group}/${m.info.version}, Resource=${m.info.name}`;
      errors += `error: error when retrieving current configuration of:\nResource: "${gvr}", GroupVersionKind: "${gvk}"\nName: "", Namespace: "${ns ?? ''}"\nfrom server for: "${m.source}": resource name may not be empty\n`;
      continue;
    }
    const desired = withAnnotation(conf);
    const store = dry === 'client' ? storeOf(k) : requireStore(k, 0);
    const live = store ? store.get(m.obj.kind, ns, conf.metadata.name) : undefined;
    const bad = dry === 'client' ? null : strictDecodingError(k, m);
    if (bad) {
      errors += serverErrorText(bad, sourceContext(live ? 'patching' : 'creating', m));
      continue;
    }
    if (!live) {
      if (dry === 'client' || !store) {
        report(k, desired, spec, 'created', dry, i);
        continue;
      }
      const r = store.create(desired, { dryRun: dry === 'server' });
      if (!r.ok) {
        errors += serverErrorText(r.error, sourceContext('creating', m));
        continue;
      }
      if (dry === 'none') reconcile(k.world);
      report(k, store.get(r.value.kind, ns, r.value.metadata.name) ?? r.value, spec, 'created', dry, i);
      continue;
    }
    const prevText = live.metadata.annotations?.[LAST_APPLIED];
    let orig: Record<string, unknown> | undefined;
    if (prevText === undefined) k.err(missingAnnotationWarning(m, live));
    else {
      try {
        orig = JSON.parse(prevText) as Record<string, unknown>;
      } catch {
        orig = undefined;
      }
    }
    const merged = mergeMap(
      live as Record<string, unknown>,
      orig,
      desired as Record<string, unknown>,
    ) as KObject;
    if (deepEqual(merged, live)) {
      report(k, live, spec, 'unchanged', dry, i);
      continue;
    }
    if (dry === 'client' || !store) {
      report(k, merged, spec, 'configured', dry, i);
      continue;
    }
    const r = store.update(merged, { dryRun: dry === 'server' });
    if (!r.ok) {
      errors += serverErrorText(r.error, sourceContext('patching', m));
      continue;
    }
    if (dry === 'none') reconcile(k.world);
    report(k, store.get(merged.kind, ns, merged.metadata.name) ?? r.value, spec, 'configured', dry, i);
  }
  if (errors) return fail(errors, 1);
  return 0;
}

export const APPLY: Record<string, CommandImpl> = { apply: { run: runApply } };
