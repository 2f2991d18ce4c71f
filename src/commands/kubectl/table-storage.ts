/** Tables for events, persistent volumes and claims, leases and limit ranges. */
import type { KObject } from '../../kube/store.js';
import { ageOf } from './human-duration.js';
import { age, type RowCtx, type TableDef } from './table-types.js';

function eventSource(o: KObject): string {
  const comp = o.source?.component || o.reportingComponent || '';
  const host = o.source?.host || o.reportingInstance || '';
  return host ? `${comp}, ${host}` : comp;
}

function eventRow(o: KObject, ctx: RowCtx): string[] {
  const first = o.firstTimestamp ? ageOf(o.firstTimestamp, ctx.now) : ageOf(o.eventTime, ctx.now);
  let last = o.lastTimestamp ? ageOf(o.lastTimestamp, ctx.now) : first;
  let count = o.count ?? 0;
  if (o.series) {
    last = ageOf(o.series.lastObservedTime, ctx.now);
    count = o.series.count;
  } else if (!count) count = 1;
  const inv = o.involvedObject ?? {};
  const target = inv.name
    ? `${String(inv.kind).toLowerCase()}/${inv.name}`
    : String(inv.kind ?? '').toLowerCase();
  return [
    last,
    o.type ?? '',
    o.reason ?? '',
    target,
    inv.fieldPath ?? '',
    eventSource(o),
    String(o.message ?? '').trim(),
    first,
    String(count),
    o.metadata.name,
  ];
}

const ACCESS = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

function accessModes(modes: string[] | undefined): string {
  return ACCESS.filter(([m]) => (modes ?? []).includes(m as string))
    .map(([, s]) => s)
    .join(',');
}

function pvRow(o: KObject, ctx: RowCtx): string[] {
  const s = o.spec ?? {};
  const claim = s.claimRef ? `${s.claimRef.namespace ?? ''}/${s.claimRef.name ?? ''}` : '';
  const phase = o.metadata.deletionTimestamp ? 'Terminating' : (o.status?.phase ?? '');
  const cls = s.storageClassName ?? o.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
  return [
    o.metadata.name,
    s.capacity?.storage ?? '0',
    accessModes(s.accessModes),
    s.persistentVolumeReclaimPolicy ?? '',
    phase,
    claim,
    cls,
    s.volumeAttributesClassName ?? '<unset>',
    o.status?.reason ?? '',
    age(o, ctx),
    s.volumeMode ?? '<unset>',
  ];
}

function pvcRow(o: KObject, ctx: RowCtx): string[] {
  const s = o.spec ?? {};
  const bound = !!s.volumeName;
  const phase = o.metadata.deletionTimestamp ? 'Terminating' : (o.status?.phase ?? '');
  const cls = s.storageClassName ?? o.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
  return [
    o.metadata.name,
    phase,
    s.volumeName ?? '',
    bound ? (o.status?.capacity?.storage ?? '') : '',
    bound ? accessModes(o.status?.accessModes) : '',
    cls,
    s.volumeAttributesClassName ?? '<unset>',
    age(o, ctx),
    s.volumeMode ?? '<unset>',
  ];
}

const W = true;

export const STORAGE_TABLES: Record<string, TableDef> = {
  Event: {
    columns: [
      { name: 'LAST SEEN' },
      { name: 'TYPE' },
      { name: 'REASON' },
      { name: 'OBJECT' },
      { name: 'SUBOBJECT', wide: W },
      { name: 'SOURCE', wide: W },
      { name: 'MESSAGE' },
      { name: 'FIRST SEEN', wide: W },
      { name: 'COUNT', wide: W },
      { name: 'NAME', wide: W },
    ],
    row: eventRow,
  },
  PersistentVolume: {
    columns: [
      { name: 'NAME' },
      { name: 'CAPACITY' },
      { name: 'ACCESS MODES' },
      { name: 'RECLAIM POLICY' },
      { name: 'STATUS' },
      { name: 'CLAIM' },
      { name: 'STORAGECLASS' },
      { name: 'VOLUMEATTRIBUTESCLASS' },
      { name: 'REASON' },
      { name: 'AGE' },
      { name: 'VOLUMEMODE', wide: W },
    ],
    row: pvRow,
  },
  PersistentVolumeClaim: {
    columns: [
      { name: 'NAME' },
      { name: 'STATUS' },
      { name: 'VOLUME' },
      { name: 'CAPACITY' },
      { name: 'ACCESS MODES' },
      { name: 'STORAGECLASS' },
      { name: 'VOLUMEATTRIBUTESCLASS' },
      { name: 'AGE' },
      { name: 'VOLUMEMODE', wide: W },
    ],
    row: pvcRow,
  },
  Lease: {
    columns: [{ name: 'NAME' }, { name: 'HOLDER' }, { name: 'AGE' }],
    row: (o, c) => [o.metadata.name, o.spec?.holderIdentity ?? '', age(o, c)],
  },
  LimitRange: {
    columns: [{ name: 'NAME' }, { name: 'CREATED AT' }],
    row: (o) => [o.metadata.name, String(o.metadata.creationTimestamp ?? '')],
  },
};
