/** Events as controllers and kubelets record them (aggregated by object, reason and message). */
import { isoTime, type KObject, type KubeStore } from './store.js';

export interface EventSource {
  component: string;
  host?: string;
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
  for (const e of store.list('Event', ns)) {
    if (e.involvedObject?.uid === obj.metadata.uid && e.reason === reason && e.message === message) {
      store.mutate('Event', ns, e.metadata.name, (x) => {
        x.count = (x.count ?? 1) + 1;
        x.lastTimestamp = now;
      });
      return;
    }
  }
  const fieldPath =
    obj.kind === 'Pod' && ['Pulling', 'Pulled', 'Created', 'Started', 'Killing', 'BackOff'].includes(reason)
      ? `spec.containers{${obj.spec?.containers?.[0]?.name ?? ''}}`
      : undefined;
  store.create({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${obj.metadata.name}.${store.world.rng.hex(8)}`, namespace: ns },
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
}

/** Drop the events of an object that is gone (the real ones expire after an hour; that is close enough). */
export function forgetEvents(store: KubeStore, obj: KObject): void {
  for (const e of store.list('Event', obj.metadata.namespace)) {
    if (e.involvedObject?.uid === obj.metadata.uid)
      store.delete('Event', e.metadata.namespace, e.metadata.name);
  }
}
