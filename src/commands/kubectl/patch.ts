/** `kubectl patch`: strategic merge (the default), JSON merge (--type=merge) or JSON patch (--type=json). */
import { parse } from 'yaml';
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { deepEqual, mergeMap } from './apply-merge.js';
import { dryRunMode } from './create-common.js';
import { jsonPatch } from './json-patch.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { mergePatch } from './patch-merge.js';
import { reconcile } from './reconcile.js';
import { findTargets } from './targets.js';

function patchText(k: Kctx): string {
  if (k.f.str('patch-file')) {
    try {
      return k.p.ctx.fs.readFile(k.f.str('patch-file'), k.p.ctx.cwd);
    } catch {
      return fail(
        `error: unable to read patch file: open ${k.f.str('patch-file')}: no such file or directory\n`,
        1,
      );
    }
  }
  return k.f.str('patch');
}

function runPatch(k: Kctx): number {
  const text = patchText(k);
  if (!text)
    return fail('error: must specify --patch or --patch-file containing the contents of the patch\n', 1);
  const type = k.f.str('type') || 'strategic';
  if (!['json', 'merge', 'strategic'].includes(type))
    return fail(`error: --type must be one of [json merge strategic], not ${JSON.stringify(type)}\n`, 1);
  let patch: unknown;
  try {
    patch = parse(text);
  } catch (e) {
    return fail(
      `error: unable to parse ${JSON.stringify(text)}: yaml: ${(e as Error).message.split('\n')[0]}\n`,
      1,
    );
  }
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const t = findTargets(k, k.args);
  if (t.objects.length === 0 && !t.missing)
    return fail(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
      1,
    );
  for (const o of t.objects) {
    let next: KObject;
    if (type === 'json') {
      if (!Array.isArray(patch))
        return fail(
          `error: unable to parse ${JSON.stringify(text)}: json: cannot unmarshal object into Go value of type jsonpatch.Patch\n`,
          1,
        );
      const r = jsonPatch(o, patch as Array<Record<string, unknown>>);
      if (r && typeof r === 'object' && 'error' in (r as object) && !('kind' in (r as object)))
        return fail(`Error from server (UnprocessableEntity): ${(r as { error: string }).error}\n`, 1);
      next = r as KObject;
    } else if (type === 'merge') next = mergePatch(o, patch) as KObject;
    else
      next = mergeMap(o as Record<string, unknown>, undefined, patch as Record<string, unknown>) as KObject;
    const same = deepEqual(next, o);
    let shown = next;
    if (!same && dry !== 'client') {
      const r = t.store.update(next, { dryRun: dry === 'server' });
      if (!r.ok) return fail(serverErrorText(r.error), 1);
      if (dry === 'none') reconcile(k.world);
      shown = r.value;
    }
    if (printsObjects(spec)) printObject(k, shown, spec, { typed: false, index: 0, name: nameOf(shown) });
    else
      k.out(`${nameOf(shown)} patched${same ? ' (no change)' : ''}${dry === 'client' ? ' (dry run)' : ''}\n`);
  }
  if (t.missing) return fail(t.missing, 1);
  return 0;
}

export const PATCH: Record<string, CommandImpl> = { patch: { run: runPatch } };
