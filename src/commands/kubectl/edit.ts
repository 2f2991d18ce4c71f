/**
 * `kubectl edit`: the object is written to a temporary file and
 * $KUBE_EDITOR / $EDITOR (default vi) is run on it through the shell.
 * There is no interactive editor here, so a missing editor fails as
 * kubectl does; a scripted one (`EDITOR="sed -i ..."`) works.
 */
import { parse } from 'yaml';
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { deepEqual } from './apply-merge.js';
import { toGoYaml } from './go-yaml.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { nameOf } from './output.js';
import { reconcile } from './reconcile.js';
import { findTargets } from './targets.js';

const HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

function runEdit(k: Kctx): number {
  if (k.args.length === 0 && k.f.list('filename').length === 0)
    return fail(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
      1,
    );
  const t = findTargets(k, k.args);
  if (t.missing) return fail(t.missing, 1);
  const editor = k.p.ctx.env.get('KUBE_EDITOR') || k.p.ctx.env.get('EDITOR') || 'vi';
  const prog = editor.trim().split(/\s+/)[0] ?? 'vi';
  if (!k.p.which(prog)) return fail(`error: unable to launch the editor ${JSON.stringify(editor)}\n`, 1);
  for (const o of t.objects) {
    const file = `/tmp/kubectl-edit-${1000000000 + (Math.floor(k.world.clock.now) % 999999999)}.yaml`;
    k.p.ctx.fs.writeFile(file, HEADER + toGoYaml(o));
    const code = k.p.shell(`${editor} ${file}`);
    if (code !== 0) return fail(`error: there was a problem with the editor ${JSON.stringify(editor)}\n`, 1);
    const text = k.p.ctx.fs
      .readFile(file)
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n');
    if (text.trim() === '') {
      k.out('Edit cancelled, no changes made.\n');
      continue;
    }
    const next = parse(text) as KObject;
    if (deepEqual(next, o)) {
      k.out('Edit cancelled, no changes made.\n');
      continue;
    }
    const r = t.store.update(next);
    if (!r.ok) {
      k.err(`A copy of your changes has been stored to "${file}"\n`);
      return fail(serverErrorText(r.error), 1);
    }
    reconcile(k.world);
    k.out(`${nameOf(o)} edited\n`);
  }
  return 0;
}

export const EDIT: Record<string, CommandImpl> = { edit: { run: runEdit } };
