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
    obj.kind === 'Pod' && ['Pulling', 'Pulled', 'Created', 'Started', 'Killing', 'BackOff'].includes(reason)
      ? `spec.containers{${obj.spec?.containers?.[0]?.name ?? ''}}`
      : undefined;
  const name = eventName(store, obj.metadata.name);
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

/** Drop the events of an object that is gone (the real ones expire after an hour; that is close enough). */
export function forgetEvents(store: KubeStore, obj: KObject): void {
  for (const e of store.list('Event', obj.metadata.namespace)) {
    if (e.involvedObject?.uid === obj.metadata.uid)
      store.delete('Event', e.metadata.namespace, e.metadata.name);
  }
}
