/** Label selectors: matchLabels/matchExpressions, their string form, and the parser kubectl uses for -l. */

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export function matchesSelector(
  labels: Record<string, string> | undefined,
  sel: LabelSelector | undefined | null,
): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.hasOwn(l, e.key);
    const v = l[e.key];
    switch (e.operator) {
      case 'In':
        if (!has || !(e.values ?? []).includes(v as string)) return false;
        break;
      case 'NotIn':
        if (has && (e.values ?? []).includes(v as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** A plain map selector (Service spec.selector): every pair must match; empty selects nothing. */
export function matchesMap(
  labels: Record<string, string> | undefined,
  sel: Record<string, string> | undefined,
): boolean {
  if (!sel || Object.keys(sel).length === 0) return false;
  const l = labels ?? {};
  return Object.entries(sel).every(([k, v]) => l[k] === v);
}

/** metav1.FormatLabelSelector: `app=web,tier in (a,b)`, `<none>` for nothing. */
export function formatSelector(sel: LabelSelector | undefined | null): string {
  if (!sel) return '<none>';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
    parts.push(`${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${vals})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${vals})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  if (parts.length === 0) return sel.matchLabels || sel.matchExpressions ? '' : '<none>';
  return parts.join(',');
}

export function formatMap(m: Record<string, string> | undefined): string {
  if (!m || Object.keys(m).length === 0) return '<none>';
  return Object.entries(m)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

export type ParsedSelector =
  | { ok: true; test: (labels: Record<string, string> | undefined) => boolean }
  | { ok: false; error: string };

/** Parse a `-l` selector string (equality- and set-based). */
export function parseSelector(text: string): ParsedSelector {
  const reqs: Array<(l: Record<string, string>) => boolean> = [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur !== '' || text === '') parts.push(cur);
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^([A-Za-z0-9._/-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      const [, k, op, vals] = m as unknown as [string, string, string, string];
      const set = vals.split(',').map((v) => v.trim());
      reqs.push(
        op === 'in'
          ? (l) => Object.hasOwn(l, k) && set.includes(l[k] as string)
          : (l) => !Object.hasOwn(l, k) || !set.includes(l[k] as string),
      );
    } else if ((m = /^([A-Za-z0-9._/-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(p))) {
      const [, k, op, v] = m as unknown as [string, string, string, string];
      reqs.push(op === '!=' ? (l) => l[k] !== v : (l) => l[k] === v);
    } else if ((m = /^!([A-Za-z0-9._/-]+)$/.exec(p))) {
      const k = m[1] as string;
      reqs.push((l) => !Object.hasOwn(l, k));
    } else if ((m = /^([A-Za-z0-9._/-]+)$/.exec(p))) {
      const k = m[1] as string;
      reqs.push((l) => Object.hasOwn(l, k));
    } else {
      return { ok: false, error: `unable to parse requirement: found '${p}', expected: identifier` };
    }
  }
  return { ok: true, test: (labels) => reqs.every((r) => r(labels ?? {})) };
}
