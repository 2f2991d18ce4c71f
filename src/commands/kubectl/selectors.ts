/** Label selectors as kubectl parses them (-l, --selector), and metav1.ParseToLabelSelector. */
import { type LabelSelector, parseSelector } from '../../kube/labels.js';

export type LabelTest = (labels: Record<string, string> | undefined) => boolean;

/** A -l selector as a predicate, or the parse error text. */
export function labelTest(text: string): LabelTest | string {
  const r = parseSelector(text);
  return r.ok ? r.test : r.error;
}

/** metav1.ParseToLabelSelector: equality terms become matchLabels, the rest matchExpressions. */
export function parseSelectorToLabelSelector(text: string): LabelSelector | string {
  const out: LabelSelector = {};
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
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      (out.matchExpressions ??= []).push({
        key: m[1] as string,
        operator: m[2] === 'in' ? 'In' : 'NotIn',
        values: (m[3] as string).split(',').map((v) => v.trim()),
      });
    } else if ((m = /^([\w./-]+)\s*(==|=)\s*([\w.-]*)$/.exec(p))) {
      out.matchLabels = { ...(out.matchLabels ?? {}), [m[1] as string]: m[3] as string };
    } else if ((m = /^([\w./-]+)\s*!=\s*([\w.-]*)$/.exec(p))) {
      (out.matchExpressions ??= []).push({
        key: m[1] as string,
        operator: 'NotIn',
        values: [m[2] as string],
      });
    } else if ((m = /^!([\w./-]+)$/.exec(p))) {
      (out.matchExpressions ??= []).push({ key: m[1] as string, operator: 'DoesNotExist' });
    } else if ((m = /^([\w./-]+)$/.exec(p))) {
      (out.matchExpressions ??= []).push({ key: m[1] as string, operator: 'Exists' });
    } else return `unable to parse requirement: found '${p}', expected: identifier`;
  }
  return out;
}
