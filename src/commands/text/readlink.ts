/** readlink (GNU coreutils 9.1): a link's target, or a canonical path with -f/-e/-m. */
import type { FsView } from '../../model/vfs.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { parseOpts, usageError } from './common.js';

type Mode = 'f' | 'e' | 'm' | null;

/** Canonicalize as canonicalize_filename_mode: -f all but the last must exist, -e all, -m none. */
function canonical(fs: FsView, path: string, cwd: string, mode: 'f' | 'e' | 'm'): string | null {
  const abs = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const todo = abs.split('/').filter((c) => c !== '' && c !== '.');
  const out: string[] = [];
  let hops = 0;
  while (todo.length) {
    const c = todo.shift() as string;
    if (c === '..') {
      out.pop();
      continue;
    }
    const here = `/${[...out, c].join('/')}`;
    const target = fs.readlink(here);
    if (target !== null) {
      if (++hops > 40) return null;
      const parts = target.split('/').filter((x) => x !== '' && x !== '.');
      if (target.startsWith('/')) out.length = 0;
      todo.unshift(...parts);
      continue;
    }
    const exists = fs.exists(here);
    if (!exists && mode !== 'm' && (mode === 'e' || todo.length > 0)) return null;
    if (exists && todo.length > 0 && !fs.isDir(here) && mode !== 'm') return null;
    out.push(c);
  }
  return `/${out.join('/')}`;
}

function readlink(p: Proc): number {
  const r = parseOpts(
    p,
    'readlink',
    [
      { key: 'f', short: 'f', long: 'canonicalize' },
      { key: 'e', short: 'e', long: 'canonicalize-existing' },
      { key: 'm', short: 'm', long: 'canonicalize-missing' },
      { key: 'n', short: 'n', long: 'no-newline' },
      { key: 'q', short: 'q', long: 'quiet' },
      { key: 's', short: 's', long: 'silent' },
      { key: 'v', short: 'v', long: 'verbose' },
      { key: 'z', short: 'z', long: 'zero' },
    ],
    1,
  );
  if (typeof r === 'number') return r;
  let mode: Mode = null;
  let verbose = false;
  let newline = true;
  let end = '\n';
  for (const o of r.opts) {
    if (o.key === 'f' || o.key === 'e' || o.key === 'm') mode = o.key;
    else if (o.key === 'v') verbose = true;
    else if (o.key === 'q' || o.key === 's') verbose = false;
    else if (o.key === 'n') newline = false;
    else if (o.key === 'z') end = '\0';
  }
  const ops = r.operands;
  if (ops.length === 0) return usageError(p, 'readlink', 'readlink: missing operand', 1);
  if (!newline && ops.length > 1) {
    p.err('readlink: ignoring --no-newline with multiple arguments\n');
    newline = true;
  }
  let status = 0;
  for (const op of ops) {
    const got = mode ? canonical(p.ctx.fs, op, p.ctx.cwd, mode) : p.ctx.fs.readlink(op, p.ctx.cwd);
    if (got === null) {
      status = 1;
      if (verbose) {
        const why =
          !mode && p.ctx.fs.exists(op, p.ctx.cwd) ? 'Invalid argument' : 'No such file or directory';
        p.err(`readlink: ${op}: ${why}\n`);
      }
      continue;
    }
    p.out(got + (newline ? end : ''));
  }
  return status;
}

export const READLINK: CommandDef = { name: 'readlink', path: '/usr/bin/readlink', run: readlink };
