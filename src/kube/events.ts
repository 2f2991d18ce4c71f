/** Events as controllers and kubelets record them (aggregated by object, reason and message). */
import { isoTime, type KObject, type KubeStore } from './store.js';

export interface EventSource {
  component: string;
  host?: string;
}

/** Events by involved object, reason and message, for aggregation. */
function eventIndex(store: KubeStore): Map<string, string> {
  return (store.world.ext.eventIndex ??= new Map<string, string>()) as Map<string, string>;
}

/**
 * `<object>.<hex UnixNano>` as client-go's recorder names events, so names
 * sort in time order; events within one clock millisecond get successive
 * nanoseconds.
 */
function eventName(store: KubeStore, objName: string): string {
  const w = store.world;
  const ms = Math.floor(w.clock.now);
  const last = w.ext.eventNanos as { ms: number; n: number } | undefined;
  const n = last && last.ms === ms ? last.n + 1 : 0;
  w.ext.eventNanos = { ms, n };
  return `${objName}.${(BigInt(ms) * 1_000_000n + BigInt(n)).toString(16)}`;
}

export function recordEvent(
  store: KubeStore,
  obj: KObject,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
  source: EventSource,
  /** The container a kubelet event is about (its fieldPath); else the first for container reasons. */
  container?: string,
): void {
  const ns = obj.metadata.namespace ?? 'default';
  const now = isoTime(store.world.clock.now);
  const index = eventIndex(store);
  const key = `${obj.metadata.uid}\0${reason}\0${message}`;
  const seen = index.get(key);
  if (seen && store.get('Event', ns, seen)) {
    store.mutate('Event', ns, seen, (x) => {
      x.count = (x.count ?? 1) + 1;
      x.lastTimestamp = now;
    });
    return;
  }
  const fieldPath =
    obj.kind !== 'Pod'
      ? undefined
      : container !== undefined
        ? `spec.containers{${container}}`
        : ['Pulling', 'Pulled', 'Created', 'Started', 'Killing', 'BackOff'].includes(reason)
          ? `spec.containers{${obj.spec?.containers?.[0]?.name ?? ''}}`
          : undefined;
  const name = eventName(store, obj.metadata.name);
  const ext = store.world.ext as { nextEventExpiry?: number };
  ext.nextEventExpiry = Math.min(
    ext.nextEventExpiry ?? Number.POSITIVE_INFINITY,
    store.world.clock.now + EVENT_TTL_MS,
  );
  store.create({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: ns },
    involvedObject: {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      resourceVersion: obj.metadata.resourceVersion,
      uid: obj.metadata.uid,
      ...(fieldPath ? { fieldPath } : {}),
    },
    reason,
    message,
    source,
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
    type,
    eventTime: null,
    reportingComponent: source.component,
    reportingInstance: source.host ?? '',
  });
  index.set(key, name);
}

/** kube-apiserver's --event-ttl default: an event is gone an hour after its last update. */
export const EVENT_TTL_MS = 60 * 60 * 1000;

/**
 * Expire events an hour after they were last seen (etcd leases on a real
 * cluster), whatever happened to their object. Scans only when the earliest
 * expiry seen last time has come.
 */
export function expireEvents(store: KubeStore): void {
  const now = store.world.clock.now;
  const ext = store.world.ext as { nextEventExpiry?: number };
  if (ext.nextEventExpiry !== undefined && now < ext.nextEventExpiry) return;
  let next = Number.POSITIVE_INFINITY;
  for (const e of store.list('Event')) {
    const last = Date.parse(e.lastTimestamp ?? e.metadata.creationTimestamp ?? '');
    if (Number.isNaN(last)) continue;
    if (last + EVENT_TTL_MS <= now) store.delete('Event', e.metadata.namespace, e.metadata.name);
    else next = Math.min(next, last + EVENT_TTL_MS);
  }
  ext.nextEventExpiry = next;
}
