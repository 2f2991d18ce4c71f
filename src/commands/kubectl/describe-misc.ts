/** kubectl describe for namespaces, configmaps, secrets, service accounts, RBAC, storage, policy and other objects. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { b64decode } from './base64.js';
import {
  annotationsMultiline,
  DescribeWriter,
  describeEvents,
  describeMeta,
  eventsFor,
  labelsMultiline,
} from './describe-writer.js';
import { formatLabelSelector, formatMap } from './table-types.js';

// biome-ignore lint/suspicious/noExplicitAny: open JSON
type Any = any;

const QUOTA_HELP: Record<string, string> = {
  Terminating:
    'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating:
    'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort:
    'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort:
    'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

function sortedKeys(m: Record<string, unknown> | undefined): string[] {
  return Object.keys(m ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function describeNamespace(store: KubeStore, ns: KObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ns.metadata.labels);
  annotationsMultiline(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? 'Active'}\n`);
  const conds: Any[] = ns.status?.conditions ?? [];
  if (conds.length) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conds)
      w.write(
        1,
        `${c.type}\t${c.status}\t${c.lastTransitionTime ?? ''}\t${c.reason ?? ''}\t${c.message ?? ''}\n`,
      );
  }
  w.write(0, '\n');
  const quotas = store.list('ResourceQuota', ns.metadata.name);
  if (!quotas.length) w.write(0, 'No resource quota.\n');
  else {
    w.write(0, 'Resource Quotas\n');
    for (const q of quotas) {
      w.write(1, `Name:\t${q.metadata.name}\n`);
      const scopes = [...(q.spec?.scopes ?? [])].sort();
      if (scopes.length) {
        w.write(1, `Scopes:\t${scopes.join(', ')}\n`);
        for (const s of scopes) if (QUOTA_HELP[s]) w.write(1, `* ${QUOTA_HELP[s]}\n`);
      }
      w.write(1, 'Resource\tUsed\tHard\n');
      w.write(1, '--------\t---\t---\n');
      const hard = q.status?.hard ?? {};
      for (const r of sortedKeys(hard)) w.write(1, `${r}\t${q.status?.used?.[r] ?? '0'}\t${hard[r]}\n`);
    }
  }
  w.write(0, '\n');
  const lrs = store.list('LimitRange', ns.metadata.name);
  if (!lrs.length) w.write(0, 'No LimitRange resource.\n');
  else {
    w.write(
      0,
      'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n',
    );
    w.write(0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
    for (const lr of lrs) limitRangeRows(w, lr, ' ');
  }
  return w.toString();
}

function limitRangeRows(w: DescribeWriter, lr: KObject, prefix: string): void {
  for (const item of lr.spec?.limits ?? []) {
    const keys = new Set<string>();
    for (const f of ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'])
      for (const k of Object.keys(item[f] ?? {})) keys.add(k);
    for (const k of keys) {
      const v = (f: string) => item[f]?.[k] ?? '-';
      w.write(
        0,
        `${prefix}${item.type}\t${k}\t${v('min')}\t${v('max')}\t${v('defaultRequest')}\t${v('default')}\t${v('maxLimitRequestRatio')}\n`,
      );
    }
  }
}

export function describeConfigMap(store: KubeStore, cm: KObject, now: number): string {
  const w = new DescribeWriter();
  describeMeta(w, cm);
  w.write(0, '\nData\n====\n');
  for (const k of sortedKeys(cm.data)) {
    w.write(0, `${k}:\n----\n`);
    w.write(0, `${cm.data[k]}\n`);
    w.write(0, '\n');
  }
  w.write(0, '\nBinaryData\n====\n');
  for (const k of sortedKeys(cm.binaryData))
    w.write(0, `${k}: ${(b64decode(cm.binaryData[k]) ?? '').length} bytes\n`);
  w.write(0, '\n');
  describeEvents(w, eventsFor(store, cm), now);
  return w.toString();
}

export function describeSecret(s: KObject): string {
  const w = new DescribeWriter();
  describeMeta(w, s);
  w.write(0, `\nType:\t${s.type ?? 'Opaque'}\n`);
  w.write(0, '\nData\n====\n');
  for (const k of sortedKeys(s.data)) {
    const text = b64decode(s.data[k]) ?? '';
    if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(0, `${k}:\t${text}\n`);
    else w.write(0, `${k}:\t${new TextEncoder().encode(text).length} bytes\n`);
  }
  return w.toString();
}

export function describeServiceAccount(store: KubeStore, sa: KObject, now: number): string {
  const w = new DescribeWriter();
  describeMeta(w, sa);
  const existing = new Set(store.list('Secret', sa.metadata.namespace).map((s) => s.metadata.name));
  const tokens = store
    .list('Secret', sa.metadata.namespace)
    .filter(
      (s) =>
        s.type === 'kubernetes.io/service-account-token' &&
        s.metadata.annotations?.['kubernetes.io/service-account.name'] === sa.metadata.name &&
        s.metadata.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata.uid,
    )
    .map((s) => s.metadata.name);
  const groups: Array<[string, string[]]> = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s: Any) => s.name)],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s: Any) => s.name)],
    ['Tokens:            ', tokens],
  ];
  for (const [header, names] of groups) {
    if (!names.length) {
      w.write(0, `${header}\t<none>\n`);
      continue;
    }
    let prefix = header;
    for (const n of names) {
      w.write(0, `${prefix}\t${n}${existing.has(n) ? '' : ' (not found)'}\n`);
      prefix = '                   ';
    }
  }
  describeEvents(w, eventsFor(store, sa), now);
  return w.toString();
}

function goList(a: string[] | undefined): string {
  return `[${(a ?? []).join(' ')}]`;
}

export function describeRole(r: KObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${r.metadata.name}\n`);
  labelsMultiline(w, 'Labels', r.metadata.labels);
  annotationsMultiline(w, 'Annotations', r.metadata.annotations);
  w.write(0, 'PolicyRule:\n');
  w.write(1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(1, '---------\t-----------------\t--------------\t-----\n');
  const rows: Array<[string, string[], string[], string[]]> = [];
  for (const rule of r.rules ?? []) {
    const groups: string[] = rule.apiGroups?.length ? rule.apiGroups : [''];
    for (const res of rule.resources ?? []) {
      for (const g of groups) {
        const [base, sub] = String(res).split('/', 2);
        const name = `${base}${g ? `.${g}` : ''}${sub ? `/${sub}` : ''}`;
        rows.push([name, [], rule.resourceNames ?? [], rule.verbs ?? []]);
      }
    }
    for (const u of rule.nonResourceURLs ?? []) rows.push(['', [u], [], rule.verbs ?? []]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a[1][0] ?? '') < (b[1][0] ?? '') ? -1 : 0));
  for (const [res, urls, names, verbs] of rows)
    w.write(1, `${res}\t${goList(urls)}\t${goList(names)}\t${goList(verbs)}\n`);
  return w.toString();
}

export function describeBinding(b: KObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${b.metadata.name}\n`);
  labelsMultiline(w, 'Labels', b.metadata.labels);
  annotationsMultiline(w, 'Annotations', b.metadata.annotations);
  w.write(0, 'Role:\n');
  w.write(1, `Kind:\t${b.roleRef?.kind ?? ''}\n`);
  w.write(1, `Name:\t${b.roleRef?.name ?? ''}\n`);
  w.write(0, 'Subjects:\n');
  w.write(1, 'Kind\tName\tNamespace\n');
  w.write(1, '----\t----\t---------\n');
  for (const s of b.subjects ?? []) w.write(1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  return w.toString();
}

export function describePriorityClass(store: KubeStore, pc: KObject, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pc.metadata.name}\n`);
  w.write(0, `Value:\t${pc.value ?? 0}\n`);
  w.write(0, `GlobalDefault:\t${pc.globalDefault === true}\n`);
  w.write(0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? 'PreemptLowerPriority'}\n`);
  w.write(0, `Description:\t${pc.description ?? ''}\n`);
  w.write(0, `Annotations:\t${formatMap(pc.metadata.annotations)}\n`);
  describeEvents(w, eventsFor(store, pc), now);
  return w.toString();
}

export function describePdb(store: KubeStore, pdb: KObject, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pdb.metadata.name}\n`);
  w.write(0, `Namespace:\t${pdb.metadata.namespace}\n`);
  if (pdb.spec?.minAvailable !== undefined) w.write(0, `Min available:\t${pdb.spec.minAvailable}\n`);
  else if (pdb.spec?.maxUnavailable !== undefined)
    w.write(0, `Max unavailable:\t${pdb.spec.maxUnavailable}\n`);
  w.write(0, `Selector:\t${pdb.spec?.selector ? formatLabelSelector(pdb.spec.selector) : '<unset>'}\n`);
  w.write(0, 'Status:\n');
  const st = pdb.status ?? {};
  w.write(2, `Allowed disruptions:\t${st.disruptionsAllowed ?? 0}\n`);
  w.write(2, `Current:\t${st.currentHealthy ?? 0}\n`);
  w.write(2, `Desired:\t${st.desiredHealthy ?? 0}\n`);
  w.write(2, `Total:\t${st.expectedPods ?? 0}\n`);
  describeEvents(w, eventsFor(store, pdb), now);
  return w.toString();
}

export function describeQuota(q: KObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${q.metadata.name}\n`);
  w.write(0, `Namespace:\t${q.metadata.namespace}\n`);
  const scopes = [...(q.spec?.scopes ?? [])].sort();
  if (scopes.length) {
    w.write(0, `Scopes:\t${scopes.join(', ')}\n`);
    for (const s of scopes) if (QUOTA_HELP[s]) w.write(0, ` * ${QUOTA_HELP[s]}\n`);
  }
  w.write(0, 'Resource\tUsed\tHard\n');
  w.write(0, '--------\t----\t----\n');
  const hard = q.status?.hard ?? {};
  for (const r of sortedKeys(hard)) w.write(0, `${r}\t${q.status?.used?.[r] ?? '0'}\t${hard[r]}\n`);
  return w.toString();
}

/** The generic describer (printUnstructuredContent) for kinds without a describer. */
export function describeGeneric(store: KubeStore, o: KObject, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${o.metadata.name}\n`);
  w.write(0, `Namespace:\t${o.metadata.namespace ?? ''}\n`);
  labelsMultiline(w, 'Labels', o.metadata.labels);
  annotationsMultiline(w, 'Annotations', o.metadata.annotations);
  const skip = [
    '.metadata.managedFields',
    '.metadata.name',
    '.metadata.namespace',
    '.metadata.labels',
    '.metadata.annotations',
  ];
  unstructured(w, 0, o, '', skip);
  describeEvents(w, eventsFor(store, o), now);
  return w.toString();
}

function smartLabel(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  const parts = field.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
  return parts
    .map((p) =>
      ['API', 'URL', 'UID', 'OSB', 'GUID'].includes(p.toUpperCase())
        ? p.toUpperCase()
        : p.charAt(0).toUpperCase() + p.slice(1),
    )
    .join(' ');
}

function unstructured(
  w: DescribeWriter,
  level: number,
  content: Record<string, Any>,
  prefix: string,
  skip: string[],
): void {
  for (const field of Object.keys(content).sort()) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (skip.includes(path)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`);
      unstructured(w, level + 1, value, path, skip);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child))
          unstructured(w, level + 1, child, path, skip);
        else w.write(level + 1, `${String(child)}\n`);
      }
    } else w.write(level, `${smartLabel(field)}:\t${value === null ? '<nil>' : String(value)}\n`);
  }
}
