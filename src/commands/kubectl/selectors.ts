/** Label selectors as kubectl parses them (-l, --selector), and metav1.ParseToLabelSelector. */
import { type LabelSelector, parseSelector, parseSelectorTerms } from '../../kube/labels.js';

export type LabelTest = (labels: Record<string, string> | undefined) => boolean;

/** A -l selector as a predicate, or the parse error text. */
export function labelTest(text: string): LabelTest | string {
  const r = parseSelector(text);
  return r.ok ? r.test : r.error;
}

/** metav1.ParseToLabelSelector: equality terms become matchLabels, the rest matchExpressions. */
export function parseSelectorToLabelSelector(text: string): LabelSelector | string {
  const terms = parseSelectorTerms(text);
  if (typeof terms === 'string') return terms;
  const out: LabelSelector = {};
  for (const t of terms) {
    if (t.op === 'in' || t.op === 'notin')
      (out.matchExpressions ??= []).push({
        key: t.key,
        operator: t.op === 'in' ? 'In' : 'NotIn',
        values: t.values,
      });
    else if (t.op === '=') out.matchLabels = { ...(out.matchLabels ?? {}), [t.key]: t.value };
    else if (t.op === '!=')
      (out.matchExpressions ??= []).push({ key: t.key, operator: 'NotIn', values: [t.value] });
    else
      (out.matchExpressions ??= []).push({
        key: t.key,
        operator: t.op === 'exists' ? 'Exists' : 'DoesNotExist',
      });
  }
  return out;
}
