/**
 * ComponentStatus is not stored: the apiserver probes the scheduler, the controller manager
 * and etcd on every request (pkg/registry/core/componentstatus) and warns that v1 is deprecated.
 */
import { componentUp } from '../../kube/controllers/index.js';
import type { KObject, KubeStore } from '../../kube/store.js';
import type { Kctx } from './kctx.js';
import type { TableDef } from './table-types.js';

export const COMPONENT_STATUS_WARNING = 'Warning: v1 ComponentStatus is deprecated in v1.19+\n';

const PROBES: Array<[name: string, component: string, port: number | undefined]> = [
  ['scheduler', 'kube-scheduler', 10259],
  ['controller-manager', 'kube-controller-manager', 10257],
  ['etcd-0', 'etcd', undefined],
];

function status(name: string, healthy: boolean, message: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'ComponentStatus',
    metadata: { name, creationTimestamp: null },
    conditions: [{ type: 'Healthy', status: healthy ? 'True' : 'False', message }],
  } as unknown as KObject;
}

export function componentStatuses(store: KubeStore): KObject[] {
  return PROBES.map(([name, component, port]) => {
    if (componentUp(store, component)) return status(name, true, 'ok');
    const url = `https://127.0.0.1:${port ?? 2379}/healthz`;
    const dial = `dial tcp 127.0.0.1:${port ?? 2379}: connect: connection refused`;
    return status(name, false, `Get "${url}": ${dial}`);
  });
}

/** client-go's warning writer deduplicates within one kubectl process. */
export function warnComponentStatus(k: Kctx): void {
  const seen = k as Kctx & { csWarned?: boolean };
  if (seen.csWarned) return;
  seen.csWarned = true;
  k.err(COMPONENT_STATUS_WARNING);
}

export const COMPONENT_STATUS_TABLE: TableDef = {
  columns: [{ name: 'NAME' }, { name: 'STATUS' }, { name: 'MESSAGE' }, { name: 'ERROR' }],
  row: (o) => {
    // biome-ignore lint/suspicious/noExplicitAny: open JSON
    const c = ((o as any).conditions ?? []).find((x: any) => x.type === 'Healthy');
    if (!c) return [o.metadata.name, 'Unknown', '', ''];
    return [o.metadata.name, c.status === 'True' ? 'Healthy' : 'Unhealthy', c.message ?? '', c.error ?? ''];
  },
};
