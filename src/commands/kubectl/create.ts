/** `kubectl create -f`: create every object the manifests hold. */
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { manifestNamespace, readManifests } from './manifest.js';
import { outputSpec } from './output.js';
import { reconcile } from './reconcile.js';
import { report, sourceContext, strictDecodingError } from './write-common.js';

function runCreate(k: Kctx): number {
  if (k.args.length)
    return fail(
      `error: Unexpected args: [${k.args.join(' ')}]\nSee 'kubectl create -h' for help and examples\n`,
      1,
    );
  if (k.f.list('filename').length === 0 && !k.f.str('kustomize'))
    return fail('error: must specify one of -f and -k\n', 1);
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const manifests = readManifests(k, 5);
  if (manifests.length === 0) return fail('error: no objects passed to create\n', 1);
  const ctxNs = namespaceOf(k);
  let errors = '';
  manifests.forEach((m, i) => {
    const ns = manifestNamespace(k, m, ctxNs);
    const obj = structuredClone(m.obj);
    if (ns !== undefined) obj.metadata.namespace = ns;
    if (dry === 'client') {
      report(k, obj, spec, 'created', dry, i);
      return;
    }
    const store = requireStore(k, 0);
    const bad = strictDecodingError(k, m);
    if (bad) {
      errors += serverErrorText(bad, sourceContext('creating', m));
      return;
    }
    const r = store.create(obj, { dryRun: dry === 'server' });
    if (!r.ok) {
      errors += serverErrorText(r.error, sourceContext('creating', m));
      return;
    }
    if (dry === 'none') reconcile(k.world);
    report(
      k,
      store.get(r.value.kind, r.value.metadata.namespace, r.value.metadata.name) ?? r.value,
      spec,
      'created',
      dry,
      i,
    );
  });
  if (errors) return fail(errors, 1);
  return 0;
}

export const CREATE: Record<string, CommandImpl> = { create: { run: runCreate } };
