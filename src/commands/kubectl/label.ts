/** `kubectl label` and `kubectl annotate`. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { reconcile } from './reconcile.js';
import { findTargets, resourcesAndPairs } from './targets.js';

const NO_RESOURCE =
  'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n';

function labelOrAnnotate(k: Kctx, field: 'labels' | 'annotations'): number {
  const word = field === 'labels' ? 'label' : 'annotation';
  const { resources, pairs } = resourcesAndPairs(k.args, word);
  if (resources.length === 0 && k.f.list('filename').length === 0) return fail(NO_RESOURCE, 1);
  const list = k.f.bool('list');
  if (!list && pairs.length === 0) return fail(`error: at least one ${word} update is required\n`, 1);
  const add: Record<string, string> = {};
  const remove: string[] = [];
  for (const p of pairs) {
    if (p.endsWith('-') && !p.includes('=')) remove.push(p.slice(0, -1));
    else {
      const eq = p.indexOf('=');
      add[p.slice(0, eq)] = p.slice(eq + 1);
    }
  }
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
