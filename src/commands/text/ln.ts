/** ln (GNU coreutils 9.1): symbolic (-s) and hard links, -f -n -T -v, a directory as the last operand. */
import { FsError } from '../../model/vfs.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { parseOpts, usageError } from './common.js';
import { baseOf } from './path-names.js';

const q = (s: string) => `'${s}'`;

function ln(p: Proc): number {
  const r = parseOpts(
    p,
    'ln',
    [
      { key: 's', short: 's', long: 'symbolic' },
      { key: 'f', short: 'f', long: 'force' },
      { key: 'n', short: 'n', long: 'no-dereference' },
      { key: 'T', short: 'T', long: 'no-target-directory' },
      { key: 'v', short: 'v', long: 'verbose' },
      { key: 'r', short: 'r', long: 'relative' },
    ],
    1,
  );
  if (typeof r === 'number') return r;
  const has = (k: string) => r.opts.some((o) => o.key === k);
  const symbolic = has('s');
  const force = has('f');
  const noDeref = has('n') || has('T');
  const fs = p.ctx.fs;
  const cwd = p.ctx.cwd;
  const ops = r.operands;
  if (ops.length === 0) return usageError(p, 'ln', 'ln: missing file operand', 1);
  // one operand: a link of that name in the current directory
  const pairs: Array<[string, string]> = [];
  const last = ops[ops.length - 1] as string;
  const lastIsDir =
    ops.length > 1 && !has('T') && fs.isDir(last, cwd) && !(noDeref && fs.readlink(last, cwd) !== null);
  if (ops.length === 1) pairs.push([last, baseOf(last)]);
  else if (lastIsDir)
    for (const src of ops.slice(0, -1)) pairs.push([src, `${last.replace(/\/$/, '')}/${baseOf(src)}`]);
  else if (ops.length === 2) pairs.push([ops[0] as string, last]);
  else {
    p.err(
      `ln: target ${q(last)}${fs.exists(last, cwd) ? ' is not a directory' : ': No such file or directory'}\n`,
    );
    return 1;
  }
  let status = 0;
  for (const [src, dst] of pairs) {
    try {
      if (!symbolic) {
        const st = fs.stat(src, cwd);
        if (!st) {
          p.err(`ln: failed to access ${q(src)}: No such file or directory\n`);
          status = 1;
          continue;
        }
        if (st.kind === 'dir') {
          p.err(`ln: ${src}: hard link not allowed for directory\n`);
          status = 1;
          continue;
        }
      }
      if (force && fs.lstat(dst, cwd) && !fs.isDir(dst, cwd)) fs.unlink(dst, cwd);
      if (symbolic) fs.symlink(src, dst, cwd);
      else fs.link(src, dst, cwd);
      if (has('v')) p.out(`${q(dst)} ${symbolic ? '->' : '=>'} ${q(src)}\n`);
    } catch (e) {
      const text = e instanceof FsError ? e.text : 'Input/output error';
      p.err(`ln: failed to create ${symbolic ? 'symbolic' : 'hard'} link ${q(dst)}: ${text}\n`);
      status = 1;
    }
  }
  return status;
}

export const LN: CommandDef = { name: 'ln', path: '/usr/bin/ln', run: ln };
