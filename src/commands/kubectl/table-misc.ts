/** Tables for networking, RBAC, scheduling, policy and storage kinds, and the default NAME/AGE table. */
import type { KObject } from '../../kube/store.js';
import { COMPONENT_STATUS_TABLE } from './component-status.js';
import { APPS_TABLES } from './table-apps.js';
import { CORE_TABLES } from './table-core.js';
import { STORAGE_TABLES } from './table-storage.js';
import { age, formatLabelSelector, type TableDef } from './table-types.js';

// biome-ignore lint/suspicious/noExplicitAny: open JSON
type Any = any;

function ingressRow(o: KObject, c: Parameters<TableDef['row']>[1]): string[] {
  const spec = o.spec ?? {};
  const rules: Any[] = spec.rules ?? [];
  const hosts: string[] = [];
  let more = false;
  for (const r of rules) {
    if (hosts.length === 3) more = true;
    if (!more && r.host) hosts.push(r.host);
  }
  let h = hosts.length ? hosts.join(',') : '*';
  if (hosts.length && more) h = `${h} + ${rules.length - 3} more...`;
  const ing: Any[] = o.status?.loadBalancer?.ingress ?? [];
  const addr = [...new Set(ing.map((i) => i.ip || i.hostname).filter(Boolean) as string[])].sort().join(',');
  return [
    o.metadata.name,
    spec.ingressClassName || '<none>',
    h,
    addr,
    spec.tls?.length ? '80, 443' : '80',
    age(o, c),
  ];
}

function subjects(o: KObject): [string, string, string] {
  const u: string[] = [];
  const g: string[] = [];
  const s: string[] = [];
  for (const x of (o.subjects ?? []) as Any[]) {
    if (x.kind === 'User') u.push(x.name);
    else if (x.kind === 'Group') g.push(x.name);
    else if (x.kind === 'ServiceAccount') s.push(`${x.namespace ?? ''}/${x.name}`);
  }
  return [u.join(', '), g.join(', '), s.join(', ')];
}

const binding: TableDef = {
  columns: [
    { name: 'NAME' },
    { name: 'ROLE' },
    { name: 'AGE' },
    { name: 'USERS', wide: true },
    { name: 'GROUPS', wide: true },
    { name: 'SERVICEACCOUNTS', wide: true },
  ],
  row: (o, c) => [o.metadata.name, `${o.roleRef?.kind}/${o.roleRef?.name}`, age(o, c), ...subjects(o)],
};

const role: TableDef = {
  columns: [{ name: 'NAME' }, { name: 'CREATED AT' }],
  row: (o) => [o.metadata.name, String(o.metadata.creationTimestamp ?? '')],
};

function quotaCells(o: KObject): [string, string] {
  const hard: Record<string, string> = o.status?.hard ?? o.spec?.hard ?? {};
  const used: Record<string, string> = o.status?.used ?? {};
  const req: string[] = [];
  const lim: string[] = [];
  for (const k of Object.keys(hard).sort()) {
    const cell = `${k}: ${used[k] ?? '0'}/${hard[k]}`;
    if (k.startsWith('limits.')) lim.push(cell);
    else req.push(cell);
  }
  return [req.join(', '), lim.join(', ')];
}

export const MISC_TABLES: Record<string, TableDef> = {
  Ingress: {
    columns: [
      { name: 'NAME' },
      { name: 'CLASS' },
      { name: 'HOSTS' },
      { name: 'ADDRESS' },
      { name: 'PORTS' },
      { name: 'AGE' },
    ],
    row: ingressRow,
  },
  IngressClass: {
    columns: [{ name: 'NAME' }, { name: 'CONTROLLER' }, { name: 'PARAMETERS' }, { name: 'AGE' }],
    row: (o, c) => {
      const p = o.spec?.parameters;
      const params = p ? `${p.kind}${p.apiGroup ? `.${p.apiGroup}` : ''}/${p.name}` : '<none>';
      return [o.metadata.name, o.spec?.controller ?? '', params, age(o, c)];
    },
  },
  // the apiextensions server's table: the creation time, not an age
  CustomResourceDefinition: {
    columns: [{ name: 'NAME' }, { name: 'CREATED AT' }],
    row: (o) => [o.metadata.name, o.metadata.creationTimestamp ?? ''],
  },
  NetworkPolicy: {
    columns: [{ name: 'NAME' }, { name: 'POD-SELECTOR' }, { name: 'AGE' }],
    row: (o, c) => [o.metadata.name, formatLabelSelector(o.spec?.podSelector), age(o, c)],
  },
  Role: role,
  ClusterRole: role,
  RoleBinding: binding,
  ClusterRoleBinding: binding,
  PriorityClass: {
    columns: [
      { name: 'NAME' },
      { name: 'VALUE' },
      { name: 'GLOBAL-DEFAULT' },
      { name: 'AGE' },
      { name: 'PREEMPTIONPOLICY' },
    ],
    row: (o, c) => [
      o.metadata.name,
      String(o.value ?? 0),
      o.globalDefault ? 'true' : 'false',
      age(o, c),
      o.preemptionPolicy ?? 'PreemptLowerPriority',
    ],
  },
  PodDisruptionBudget: {
    columns: [
      { name: 'NAME' },
      { name: 'MIN AVAILABLE' },
      { name: 'MAX UNAVAILABLE' },
      { name: 'ALLOWED DISRUPTIONS' },
      { name: 'AGE' },
    ],
    row: (o, c) => [
      o.metadata.name,
      o.spec?.minAvailable !== undefined ? String(o.spec.minAvailable) : 'N/A',
      o.spec?.maxUnavailable !== undefined ? String(o.spec.maxUnavailable) : 'N/A',
      String(o.status?.disruptionsAllowed ?? 0),
      age(o, c),
    ],
  },
  ComponentStatus: COMPONENT_STATUS_TABLE,
  ResourceQuota: {
    columns: [{ name: 'NAME' }, { name: 'AGE' }, { name: 'REQUEST' }, { name: 'LIMIT' }],
    row: (o, c) => [o.metadata.name, age(o, c), ...quotaCells(o)],
  },
  StorageClass: {
    columns: [
      { name: 'NAME' },
      { name: 'PROVISIONER' },
      { name: 'RECLAIMPOLICY' },
      { name: 'VOLUMEBINDINGMODE' },
      { name: 'ALLOWVOLUMEEXPANSION' },
      { name: 'AGE' },
    ],
    row: (o, c) => {
      const def = o.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true';
      return [
        def ? `${o.metadata.name} (default)` : o.metadata.name,
        o.provisioner ?? '',
        o.reclaimPolicy ?? 'Delete',
        o.volumeBindingMode ?? 'Immediate',
        o.allowVolumeExpansion ? 'true' : 'false',
        age(o, c),
      ];
    },
  },
};

const DEFAULT_TABLE: TableDef = {
  columns: [{ name: 'NAME' }, { name: 'AGE' }],
  row: (o, c) => [o.metadata.name, age(o, c)],
};

export function tableFor(kind: string): TableDef {
  return CORE_TABLES[kind] ?? STORAGE_TABLES[kind] ?? APPS_TABLES[kind] ?? MISC_TABLES[kind] ?? DEFAULT_TABLE;
}
