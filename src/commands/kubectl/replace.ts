/** `kubectl replace -f` (and --force: delete gracefully, wait until gone, then create). */
import { deleteObject } from '../../kube/deletion.js';
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { manifestNamespace, readManifests } from './manifest.js';
import { outputSpec } from './output.js';
import { parseDuration } from './pflag.js';
import { reconcile } from './reconcile.js';
import { type Awaited, waitUntilGone } from './wait-gone.js';
import { report, sourceContext, strictDecodingError } from './write-common.js';

function runReplace(k: Kctx): number {
  if (k.f.list('filename').length === 0 && !k.f.str('kustomize'))
    return fail('error: must specify one of -f and -k\n', 1);
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const manifests = readManifests(k, 5);
  if (manifests.length === 0) return fail('error: no objects passed to replace\n', 1);
  const ctxNs = namespaceOf(k);
  const store = requireStore(k, 0);
  const force = k.f.bool('force');
  let grace = k.f.int('grace-period');
  if (grace >= 0 && !force) return fail('error: --grace-period must have --force specified\n', 1);
  const timeout = parseDuration(k.f.str('timeout') || '0s');
  if (timeout !== 0 && !force) return fail('error: --timeout must have --force specified\n', 1);
  if (grace === 0) grace = 1;
  let errors = '';
  const toCreate: Array<{ obj: KObject; m: (typeof manifests)[number]; i: number }> = [];
  for (const [i, m] of manifests.entries()) {
    const ns = manifestNamespace(k, m, ctxNs);
    const obj = structuredClone(m.obj);
    if (ns !== undefined) obj.metadata.namespace = ns;
    const bad = strictDecodingError(k, m);
    if (bad) {
      errors += serverErrorText(bad, sourceContext('replacing', m));
      continue;
    }
    if (force) {
      toCreate.push({ obj, m, i });
      continue;
    }
    if (dry === 'client') {
      report(k, obj, spec, 'replaced', dry, i);
      continue;
    }
    const r = store.update(obj, { dryRun: dry === 'server' });
    if (!r.ok) {
      errors += serverErrorText(r.error, sourceContext('replacing', m));
      continue;
    }
    if (dry === 'none') reconcile(k.world);
    report(k, store.get(obj.kind, ns, obj.metadata.name) ?? r.value, spec, 'replaced', dry, i);
  }
  if (force && !errors) {
    // --force: delete every object (gracefully), wait until they are gone, then create them again
    const pending: Awaited[] = [];
    for (const { obj, m } of toCreate) {
      const live = store.get(obj.kind, obj.metadata.namespace, obj.metadata.name);
      if (!live || dry === 'client') continue;
      const r = deleteObject(store, obj.kind, obj.metadata.namespace, obj.metadata.name, {
        ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}),
        dryRun: dry === 'server',
      });
      if (!r.ok) return fail(serverErrorText(r.error, sourceContext('deleting', m)), 1);
      const label = `${m.info.kind.toLowerCase()}${m.info.group ? `.${m.info.group}` : ''}`;
      k.out(`${label} "${obj.metadata.name}" deleted${dry === 'server' ? ' (server dry run)' : ''}\n`);
      if (dry === 'none')
        pending.push({
          kind: obj.kind,
          ns: obj.metadata.namespace,
          name: obj.metadata.name,
          uid: live.metadata.uid as string,
        });
    }
    if (pending.length) {
      reconcile(k.world);
      const limit = typeof timeout === 'number' && timeout > 0 ? timeout : 5 * 60 * 1000;
      if (waitUntilGone(k, store, pending, limit).length)
        return fail('error: timed out waiting for the condition\n', 1);
    }
    for (const { obj, m, i } of toCreate) {
      const r = store.create(obj, { dryRun: dry !== 'none' });
      if (!r.ok) errors += serverErrorText(r.error, sourceContext('creating', m));
      else {
        reconcile(k.world);
        report(k, r.value, spec, 'replaced', dry, i);
      }
    }
  }
  if (errors) return fail(errors, 1);
  return 0;
}

export const REPLACE: Record<string, CommandImpl> = { replace: { run: runReplace } };
