/** Column definitions of `kubectl get` tables, as the server's printers define them (priority 1 = wide only). */
import type { KObject, KubeStore } from '../../kube/store.js';
import { ageOf } from './human-duration.js';

export interface Column {
  name: string;
  wide?: boolean;
}

export interface RowCtx {
  now: number;
  store?: KubeStore;
}

export interface TableDef {
  columns: Column[];
  row(o: KObject, ctx: RowCtx): string[];
}

export function age(o: KObject, ctx: RowCtx): string {
  return ageOf(o.metadata.creationTimestamp, ctx.now);
}

/** metav1.FormatLabelSelector: requirements sorted by key, `<none>` when empty. */
export function formatLabelSelector(sel: unknown): string {
  if (!sel || typeof sel !== 'object') return '<none>';
  const s = sel as {
    matchLabels?: Record<string, string>;
    matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
  };
  const reqs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const e of s.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') reqs.push([e.key, `${e.key} in (${vals})`]);
    else if (e.operator === 'NotIn') reqs.push([e.key, `${e.key} notin (${vals})`]);
    else if (e.operator === 'Exists') reqs.push([e.key, e.key]);
    else if (e.operator === 'DoesNotExist') reqs.push([e.key, `!${e.key}`]);
  }
  reqs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out = reqs.map(([, r]) => r).join(',');
  return out === '' ? '<none>' : out;
}

/** labels.FormatLabels / a map selector: `k=v,...` sorted, `<none>` when empty. */
export function formatMap(m: unknown): string {
  if (!m || typeof m !== 'object') return '<none>';
  const e = Object.entries(m as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return e.length === 0 ? '<none>' : e.map(([k, v]) => `${k}=${v}`).join(',');
}

/** CONTAINERS and IMAGES cells of a pod template. */
export function containerCells(podSpec: unknown): [string, string] {
  const cs = ((podSpec as { containers?: Array<{ name: string; image?: string }> } | undefined)?.containers ??
    []) as Array<{
    name: string;
    image?: string;
  }>;
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}

export function num(v: unknown): string {
  return typeof v === 'number' ? String(v) : '0';
}

/** printBoolPtr: nil prints False. */
export function boolPtr(v: unknown): string {
  return v === true ? 'True' : 'False';
}
