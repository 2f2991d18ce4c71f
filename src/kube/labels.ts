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

/** One requirement of a `-l` selector string, as written. */
export type SelectorTerm =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: '=' | '!='; value: string }
  | { key: string; op: 'exists' | '!exists' };

/** The requirements of a `-l` selector string (commas inside `( )` stay in their term), or the parse error. */
export function parseSelectorTerms(text: string): SelectorTerm[] | string {
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
  parts.push(cur);
  const terms: SelectorTerm[] = [];
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^([A-Za-z0-9._/-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      const [, key, op, vals] = m as unknown as [string, string, 'in' | 'notin', string];
      terms.push({ key, op, values: vals.split(',').map((v) => v.trim()) });
    } else if ((m = /^([A-Za-z0-9._/-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(p))) {
      const [, key, op, value] = m as unknown as [string, string, string, string];
      terms.push({ key, op: op === '!=' ? '!=' : '=', value });
    } else if ((m = /^!([A-Za-z0-9._/-]+)$/.exec(p))) {
      terms.push({ key: m[1] as string, op: '!exists' });
    } else if ((m = /^([A-Za-z0-9._/-]+)$/.exec(p))) {
      terms.push({ key: m[1] as string, op: 'exists' });
    } else {
      return `unable to parse requirement: found '${p}', expected: identifier`;
    }
  }
  return terms;
}

function termTest(t: SelectorTerm): (l: Record<string, string>) => boolean {
  const k = t.key;
  switch (t.op) {
    case 'in':
      return (l) => Object.hasOwn(l, k) && t.values.includes(l[k] as string);
    case 'notin':
      return (l) => !Object.hasOwn(l, k) || !t.values.includes(l[k] as string);
    case '=':
      return (l) => l[k] === t.value;
    case '!=':
      return (l) => l[k] !== t.value;
    case 'exists':
      return (l) => Object.hasOwn(l, k);
    case '!exists':
      return (l) => !Object.hasOwn(l, k);
  }
}

/** Parse a `-l` selector string (equality- and set-based). */
export function parseSelector(text: string): ParsedSelector {
  const terms = parseSelectorTerms(text);
  if (typeof terms === 'string') return { ok: false, error: terms };
  const reqs = terms.map(termTest);
  return { ok: true, test: (labels) => reqs.every((r) => r(labels ?? {})) };
}
