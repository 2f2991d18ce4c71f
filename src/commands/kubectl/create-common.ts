/**
 * What every `kubectl create <generator>` shares: NAME checking, the dry-run
 * flag, the generated object's metadata, and sending it (or printing it for
 * --dry-run=client) with kubectl's messages.
 */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { dialError, requireStore, serverErrorText, storeOf } from './api-errors.js';
import { goJsonCompact } from './go-json.js';
import type { Kctx } from './kctx.js';
import { usageError } from './kube-error.js';
import { namespaceOf, serverUrl } from './kubeconfig.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { reconcile } from './reconcile.js';

export type DryRun = 'none' | 'client' | 'server';

export function dryRunMode(k: Kctx): DryRun {
  const v = k.f.str('dry-run');
  if (v === '' || v === 'none' || v === 'false') return 'none';
  if (v === 'client' || v === 'unchanged' || v === 'true') return 'client';
  if (v === 'server') return 'server';
  return fail(`error: Invalid dry-run value (${v}). Must be "none", "server", or "client".\n`, 1);
}

/** `exactly one NAME is required, got N` */
export function oneName(k: Kctx): string {
  if (k.args.length !== 1) usageError(k.path, `exactly one NAME is required, got ${k.args.length}`);
  return k.args[0] as string;
}

/** ObjectMeta in Go field order; the namespace only when -n was given (EnforceNamespace). */
export function objectMeta(
  k: Kctx,
  name: string,
  extra: { labels?: Record<string, string>; annotations?: Record<string, string>; namespaced?: boolean } = {},
): KObject['metadata'] {
  const m: Record<string, unknown> = { name };
  if (extra.namespaced !== false && k.f.str('namespace')) m.namespace = k.f.str('namespace');
  m.creationTimestamp = null;
  if (extra.labels && Object.keys(extra.labels).length) m.labels = extra.labels;
  if (extra.annotations && Object.keys(extra.annotations).length) m.annotations = extra.annotations;
  return m as unknown as KObject['metadata'];
}

export interface CreateTarget {
  /** REST path pieces for offline errors: `apis/apps/v1`, `deployments`. */
  apiPath: string;
  resource: string;
  namespaced: boolean;
  /** `failed to create <what>:` text kubectl uses; null: the plain connection-refused line. */
  what: string | null;
  fieldManager?: string;
}

function postUrl(k: Kctx, t: CreateTarget, dry: boolean): string {
  const ns = t.namespaced ? `/namespaces/${namespaceOf(k)}` : '';
  const q = `${dry ? 'dryRun=All&' : ''}fieldManager=${t.fieldManager ?? 'kubectl-create'}&fieldValidation=Strict`;
  return `${serverUrl(k).replace(/\/$/, '')}/${t.apiPath}${ns}/${t.resource}?${q}`;
}

/** The last-applied-configuration annotation --save-config adds. */
export function lastApplied(obj: KObject): string {
  return `${goJsonCompact(obj, false)}\n`;
}

/** Send (or print) a generated object as `kubectl create` does. */
export function finishCreate(k: Kctx, obj: KObject, t: CreateTarget, verb = 'created'): number {
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  if (k.f.bool('save-config')) {
    const copy = structuredClone(obj);
    obj.metadata.annotations = {
      ...(obj.metadata.annotations ?? {}),
      'kubectl.kubernetes.io/last-applied-configuration': lastApplied(copy),
    };
  }
  if (dry === 'client') {
    if (printsObjects(spec)) printObject(k, obj, spec, { typed: true, index: 0, name: nameOf(obj) });
    else k.out(`${nameOf(obj)} ${verb} (dry run)\n`);
    return 0;
  }
  if (!storeOf(k)) {
    if (t.what === null) requireStore(k, 0);
    const sep = t.what === 'secret' ? '' : ':';
    return fail(
      `error: failed to create ${t.what}${sep} Post "${postUrl(k, t, dry === 'server')}": ${dialError(k)}\n`,
      1,
    );
  }
  const store = requireStore(k, 0);
  const toSend = structuredClone(obj);
  if (t.namespaced) toSend.metadata.namespace = namespaceOf(k);
  const r = store.create(toSend, { dryRun: dry === 'server' });
  if (!r.ok) return fail(serverErrorText(r.error), 1);
  if (dry !== 'server') reconcile(k.world);
  const created = store.get(r.value.kind, r.value.metadata.namespace, r.value.metadata.name) ?? r.value;
  if (printsObjects(spec)) printObject(k, created, spec, { typed: true, index: 0, name: nameOf(created) });
  else k.out(`${nameOf(created)} ${verb}${dry === 'server' ? ' (server dry run)' : ''}\n`);
  return 0;
}
