/** `kubectl label` and `kubectl annotate`. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { isValidLabelValue } from './name-validation.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { reconcile } from './reconcile.js';
import { findTargets, resourcesAndPairs } from './targets.js';

const NO_RESOURCE =
  'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n';

interface Changes {
  add: Record<string, string>;
  remove: string[];
}

/** label's parseLabels: `k=v` (exactly one `=`, value checked here) or `k-`. */
function parseLabels(pairs: string[]): Changes {
  const add: Record<string, string> = {};
  const remove: string[] = [];
  for (const p of pairs) {
    if (p.includes('=')) {
      const parts = p.split('=');
      if (parts.length !== 2) return fail(`error: invalid label spec: ${p}\n`, 1);
      const errs = isValidLabelValue(parts[1] as string);
      if (errs.length)
        return fail(`error: invalid label value: ${JSON.stringify(p)}: ${errs.join(';')}\n`, 1);
      add[parts[0] as string] = parts[1] as string;
    } else remove.push(p.slice(0, -1));
  }
  if (remove.some((r) => r in add))
    return fail('error: can not both modify and remove a label in the same command\n', 1);
  return { add, remove };
}

/** annotate's parseAnnotations: `k=v...` split at the first `=`, or `k-`. */
function parseAnnotations(pairs: string[]): Changes {
  const add: Record<string, string> = {};
  const remove: string[] = [];
  const errs: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq === 0) errs.push(`invalid annotation spec: ${p}`);
    else if (eq > 0) add[p.slice(0, eq)] = p.slice(eq + 1);
    else remove.push(p.slice(0, -1));
  }
  if (errs.length === 1) return fail(`error: ${errs[0]}\n`, 1);
  if (errs.length) return fail(errs.map((e) => `${e}\n`).join(''), 1);
  const both = remove.filter((r) => r in add);
  if (both.length)
    return fail(
      `error: can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}\n`,
      1,
    );
  return { add, remove };
}

function labelOrAnnotate(k: Kctx, field: 'labels' | 'annotations'): number {
  const word = field === 'labels' ? 'label' : 'annotation';
  const { resources, pairs } = resourcesAndPairs(k.args, word);
  const { add, remove } = field === 'labels' ? parseLabels(pairs) : parseAnnotations(pairs);
  if (resources.length === 0 && k.f.list('filename').length === 0) return fail(NO_RESOURCE, 1);
  const list = k.f.bool('list');
  if (!list && pairs.length === 0) return fail(`error: at least one ${word} update is required\n`, 1);
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const t = findTargets(k, resources);
  if (t.objects.length === 0 && !t.missing) {
    if (resources.length === 1 && !resources[0]?.includes('/') && !k.f.str('selector') && !k.f.bool('all'))
      return fail(NO_RESOURCE, 1);
  }
  let index = 0;
  for (const o of t.objects) {
    const cur: Record<string, string> = { ...(o.metadata[field] ?? {}) };
    if (list) {
      for (const key of Object.keys(cur).sort()) k.out(`${key}=${cur[key]}\n`);
      continue;
    }
    if (!k.f.bool('overwrite')) {
      for (const [key, v] of Object.entries(add))
        if (key in cur && cur[key] !== v) {
          if (field === 'labels')
            return fail(`error: '${key}' already has a value (${cur[key]}), and --overwrite is false\n`, 1);
          return fail(
            `error: --overwrite is false but found the following declared annotation(s): '${key}' already has a value (${cur[key]})\n`,
            1,
          );
        }
    }
    const next = { ...cur, ...add };
    for (const r of remove) delete next[r];
    const changed =
      JSON.stringify(Object.entries(next).sort()) !== JSON.stringify(Object.entries(cur).sort());
    const updated: KObject = structuredClone(o);
    if (Object.keys(next).length) updated.metadata[field] = next;
    else delete updated.metadata[field];
    let verb: string;
    if (field === 'annotations') verb = 'annotated';
    else if (!changed) verb = 'not labeled';
    else if (Object.keys(add).length === 0) verb = 'unlabeled';
    else verb = 'labeled';
    let shown = updated;
    if (changed && dry !== 'client') {
      const r = t.store.update(updated, { dryRun: dry === 'server' });
      if (!r.ok) return fail(serverErrorText(r.error), 1);
      if (dry === 'none') reconcile(k.world);
      shown = r.value;
    }
    if (printsObjects(spec))
      printObject(k, shown, spec, { typed: false, index: index++, name: nameOf(shown) });
    else
      k.out(
        `${nameOf(shown)} ${verb}${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}\n`,
      );
  }
  if (t.missing) return fail(t.missing, 1);
  return 0;
}

export const LABEL: Record<string, CommandImpl> = {
  label: { run: (k) => labelOrAnnotate(k, 'labels') },
  annotate: { run: (k) => labelOrAnnotate(k, 'annotations') },
};
