/** `kubectl taint`: parseTaints / reorganizeTaints of kubectl's cmd/taint, with their messages. */
import { fail } from '../cli-error.js';
import { discovery, matchResource, refused, requireStore } from './api.js';
import { dryRunMode } from './create-common.js';
import type { Kctx } from './kctx.js';
import { die, serverErrorText } from './kube-error.js';
import { isQualifiedName, isValidLabelValue } from './name-validation.js';
import { reconcile } from './reconcile.js';
import { findTargets } from './targets.js';

interface Taint {
  key: string;
  value?: string;
  effect?: string;
  timeAdded?: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const HELP = "\nSee 'kubectl taint -h' for help and examples\n";

/** corev1.Taint.ToString. */
function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

function parseTaint(st: string): Taint | string {
  const parts = st.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) key = st;
  else if (parts.length === 2) {
    effect = parts[1] as string;
    if (!EFFECTS.includes(effect)) return `invalid taint effect: ${effect}, unsupported taint effect`;
    const kv = (parts[0] as string).split('=');
    if (kv.length > 2) return `invalid taint spec: ${st}`;
    key = kv[0] as string;
    if (kv.length === 2) {
      value = kv[1] as string;
      const errs = isValidLabelValue(value);
      if (errs.length) return `invalid taint spec: ${st}, ${errs.join('; ')}`;
    }
  } else return `invalid taint spec: ${st}`;
  const errs = isQualifiedName(key);
  if (errs.length) return `invalid taint spec: ${st}, ${errs.join('; ')}`;
  return { key, ...(value ? { value } : {}), ...(effect ? { effect } : {}) };
}

function parseTaints(specs: string[]): { add: Taint[]; remove: Taint[] } | string {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const s of specs) {
    const t = parseTaint(s.endsWith('-') ? s.slice(0, -1) : s);
    if (typeof t === 'string') return t;
    if (s.endsWith('-')) {
      remove.push({ key: t.key, ...(t.effect ? { effect: t.effect } : {}) });
      continue;
    }
    if (!t.effect) return `invalid taint spec: ${s}`;
    if (add.some((x) => x.key === t.key && x.effect === t.effect))
      return `duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}`;
    add.push(t);
  }
  return { add, remove };
}

const matchTaint = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

/** reorganizeTaints: new taints first, then the old ones not replaced, minus removals. */
function reorganize(
  old: Taint[],
  overwrite: boolean,
  add: Taint[],
  remove: Taint[],
): { op: string; taints: Taint[]; errors: string[] } {
  let taints = [...add];
  for (const o of old) if (!taints.some((t) => matchTaint(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let deleted = false;
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => (r.effect ? !matchTaint(r, t) : t.key !== r.key));
    deleted = taints.length !== before;
    if (!deleted) errors.push(`taint ${JSON.stringify(taintString(r))} not found`);
  }
  const op = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { op, taints, errors };
}

export function runTaint(k: Kctx): number {
  const res: string[] = [];
  const specs: string[] = [];
  for (const a of k.args) {
    const isTaint = a.includes('=') || a.includes(':') || a.endsWith('-');
    if (isTaint) specs.push(a);
    else if (specs.length)
      return fail(`error: all resources must be specified before taint changes: ${a}\n`, 1);
    else res.push(a);
  }
  if (res.length === 0)
    return fail('error: one or more resources must be specified as <resource> <name>\n', 1);
  if (specs.length === 0) return fail('error: at least one taint update is required\n', 1);
  const parsed = parseTaints(specs);
  if (typeof parsed === 'string') return fail(`error: ${parsed}${HELP}`, 1);
  const disc = discovery(k);
  if (!disc) return refused(k, 2);
  const type = (res[0] as string).toLowerCase();
  const info = matchResource(disc, type);
  if (!info) return fail(`the server doesn't have a resource type ${JSON.stringify(type)}\n`, 1);
  if (info.kind !== 'Node') return die(`invalid resource type ${type}, only node types are supported`);
  const conflicts: string[] = [];
  for (const a of parsed.add)
    for (const r of parsed.remove)
      if (a.key === r.key && (!r.effect || a.effect === r.effect))
        conflicts.push(`${r.key}=${r.effect ?? ''}`);
  if (conflicts.length)
    return die(
      `can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`,
    );
  const selector = k.f.str('selector');
  if (k.f.bool('all') && selector)
    return die("setting 'all' parameter with a non empty selector is prohibited");
  if (!k.f.bool('all') && !selector && res.length < 2)
    return die("at least one resource name must be specified since 'all' parameter is not set");
  const store = requireStore(k, 2);
  const t = findTargets(k, res, { memcache: 2 });
  if (t.missing) return fail(t.missing, 1);
  const overwrite = k.f.bool('overwrite');
  const dry = dryRunMode(k);
  for (const n of t.objects) {
    const old: Taint[] = n.spec?.taints ?? [];
    if (!overwrite) {
      const exists = parsed.add.filter((a) => old.some((o) => matchTaint(a, o))).map((a) => a.key);
      if (exists.length)
        return fail(
          `error: node ${n.metadata.name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false\n`,
          1,
        );
    }
    const r = reorganize(old, overwrite, parsed.add, parsed.remove);
    if (r.errors.length === 1) return fail(`error: ${r.errors[0]}\n`, 1);
    if (r.errors.length) return fail(r.errors.map((e) => `${e}\n`).join(''), 1);
    if (dry === 'none') {
      const m = store.mutate('Node', undefined, n.metadata.name, (o) => {
        o.spec ??= {};
        if (r.taints.length) o.spec.taints = r.taints;
        else delete o.spec.taints;
      });
      if (!m.ok) return fail(serverErrorText(m.error), 1);
      reconcile(k.world);
    }
    // taint's printer is not told about --dry-run: no "(dry run)" suffix.
    k.out(`node/${n.metadata.name} ${r.op}\n`);
  }
  return 0;
}
