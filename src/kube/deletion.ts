/**
 * The API server's DELETE. Most objects go at once; two kinds are deleted
 * gracefully, as on a real cluster:
 * - a Pod bound to a node and not finished gets `deletionTimestamp` (now +
 *   grace) and `deletionGracePeriodSeconds` (the request's grace, else the
 *   pod's terminationGracePeriodSeconds); its kubelet stops the containers
 *   and then removes the object. A grace of 0 (kubectl --force
 *   --grace-period=0) removes it at once. A second DELETE may only shorten
 *   the grace.
 * - a Namespace turns Terminating (the `kubernetes` finalizer); the
 *   namespace controller empties it and removes it once nothing is left.
 */
import { isoTime, type KObject, type KubeStore, notFound, type Result } from './store.js';

export interface DeleteOptions {
  /** DeleteOptions.gracePeriodSeconds; absent: the object's own default. */
  gracePeriodSeconds?: number;
  dryRun?: boolean;
}

export interface Deleted {
  obj: KObject;
  /** The object no longer exists (false while it terminates). */
  gone: boolean;
}

/** The grace a DELETE gives a pod: 0 for an unscheduled or finished pod (pod strategy's CheckGracefulDelete). */
export function podGracePeriod(pod: KObject, requested: number | undefined): number {
  if (!pod.spec?.nodeName) return 0;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return 0;
  return Math.max(0, requested ?? pod.spec?.terminationGracePeriodSeconds ?? 30);
}

function removeNow(store: KubeStore, o: KObject, dryRun: boolean | undefined): Result<Deleted> {
  if (dryRun) return { ok: true, value: { obj: o, gone: true } };
  const r = store.delete(o.kind, o.metadata.namespace, o.metadata.name);
  return r.ok ? { ok: true, value: { obj: r.value, gone: true } } : r;
}

function deletePod(store: KubeStore, pod: KObject, opts: DeleteOptions): Result<Deleted> {
  const grace = podGracePeriod(pod, opts.gracePeriodSeconds);
  if (grace === 0) return removeNow(store, pod, opts.dryRun);
  const meta = pod.metadata as { deletionTimestamp?: string; deletionGracePeriodSeconds?: number };
  const deadline = store.world.clock.now + grace * 1000;
  // already terminating: only a shorter grace changes anything
  if (meta.deletionTimestamp !== undefined && Date.parse(meta.deletionTimestamp) <= deadline)
    return { ok: true, value: { obj: pod, gone: false } };
  if (opts.dryRun) return { ok: true, value: { obj: pod, gone: false } };
  const r = store.mutate(
    'Pod',
    pod.metadata.namespace,
    pod.metadata.name,
    (p) => {
      p.metadata.deletionTimestamp = isoTime(deadline);
      (p.metadata as { deletionGracePeriodSeconds?: number }).deletionGracePeriodSeconds = grace;
    },
    { statusOnly: true },
  );
  return r.ok ? { ok: true, value: { obj: r.value, gone: false } } : r;
}

function deleteNamespace(store: KubeStore, ns: KObject, opts: DeleteOptions): Result<Deleted> {
  if (ns.metadata.deletionTimestamp !== undefined || opts.dryRun)
    return { ok: true, value: { obj: ns, gone: false } };
  const r = store.mutate(
    'Namespace',
    undefined,
    ns.metadata.name,
    (n) => {
      n.metadata.deletionTimestamp = isoTime(store.world.clock.now);
      n.spec = { ...(n.spec ?? {}), finalizers: n.spec?.finalizers ?? ['kubernetes'] };
      n.status = { ...(n.status ?? {}), phase: 'Terminating' };
    },
    { statusOnly: true },
  );
  return r.ok ? { ok: true, value: { obj: r.value, gone: false } } : r;
}

/** DELETE one object. */
export function deleteObject(
  store: KubeStore,
  kind: string,
  namespace: string | undefined,
  name: string,
  opts: DeleteOptions = {},
): Result<Deleted> {
  const live = store.get(kind, namespace, name);
  if (!live) return { ok: false, error: notFound(kind, name) };
  if (kind === 'Pod') return deletePod(store, live, opts);
  if (kind === 'Namespace') return deleteNamespace(store, live, opts);
  return removeNow(store, live, opts.dryRun);
}

/** A controller deleting a pod it owns (default grace), unless it is already on its way out. */
export function deletePodGracefully(store: KubeStore, pod: KObject): boolean {
  if (pod.metadata.deletionTimestamp !== undefined) return false;
  return deleteObject(store, 'Pod', pod.metadata.namespace, pod.metadata.name).ok;
}
