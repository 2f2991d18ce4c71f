/** mkdir, rmdir, rm and touch over the process's filesystem view. */
import { normalizePath } from '../../model/vfs.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, quoteName, tryFs, usageError } from './common.js';

const MKDIR_DEFS: OptDef[] = [
  { key: 'm', short: 'm', long: 'mode', arg: 'required' },
  { key: 'p', short: 'p', long: 'parents' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'Z', short: 'Z' },
  { key: 'context', long: 'context', arg: 'optional' },
];

function mkdir(p: Proc): number {
  const r = parseOpts(p, 'mkdir', MKDIR_DEFS, 1);
  if (typeof r === 'number') return r;
  const keys = new Set(r.opts.map((o) => o.key));
  const parents = keys.has('p');
  const verbose = keys.has('v');
  const modeOpt = r.opts.find((o) => o.key === 'm')?.value;
  let mode: number | null = null;
  if (modeOpt !== undefined) {
    if (!/^[0-7]{1,4}$/.test(modeOpt)) {
      p.err(`mkdir: invalid mode ${lq(modeOpt)}\n`);
      return 1;
    }
    mode = parseInt(modeOpt, 8);
  }
  if (r.operands.length === 0) return usageError(p, 'mkdir', 'mkdir: missing operand', 1);
  const fs = p.ctx.fs;
  let status = 0;
  const make = (path: string, shown: string): boolean => {
    const err = tryFs(() => fs.mkdir(path, p.ctx.cwd, false));
    if (err) {
      p.err(`mkdir: cannot create directory ${lq(shown)}: ${err.text}\n`);
      status = 1;
      return false;
    }
    if (mode !== null) {
      const node = fs.resolve(path, p.ctx.cwd).node;
      if (node?.t === 'dir') node.mode = mode;
    }
    if (verbose) p.out(`mkdir: created directory '${shown}'\n`);
    return true;
  };
  for (const dir of r.operands) {
    if (!parents) {
      make(dir, dir);
      continue;
    }
    const parts = dir.split('/');
    let prefix = dir.startsWith('/') ? '' : '.';
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i] as string;
      if (c === '' && i > 0) continue;
      prefix = i === 0 ? (c === '' ? '/' : c) : prefix === '/' ? `/${c}` : `${prefix}/${c}`;
      if (c === '' || c === '.' || c === '..') continue;
      const st = fs.stat(prefix, p.ctx.cwd);
      if (st?.kind === 'dir') continue;
      if (st) {
        const last = i === parts.length - 1 || parts.slice(i + 1).every((x) => x === '');
        p.err(`mkdir: cannot create directory ${lq(prefix)}: ${last ? 'File exists' : 'Not a directory'}\n`);
        status = 1;
        break;
      }
      if (!make(prefix, prefix)) break;
    }
  }
  return status;
}

function rmdir(p: Proc): number {
  const r = parseOpts(
    p,
    'rmdir',
    [
      { key: 'p', short: 'p', long: 'parents' },
      { key: 'v', short: 'v', long: 'verbose' },
      { key: 'ignore', long: 'ignore-fail-on-non-empty' },
    ],
    1,
  );
  if (typeof r === 'number') return r;
  if (r.operands.length === 0) return usageError(p, 'rmdir', 'rmdir: missing operand', 1);
  let status = 0;
  for (const d of r.operands) {
    const st = p.ctx.fs.lstat(d, p.ctx.cwd);
    const err = !st
      ? { text: 'No such file or directory' }
      : st.kind !== 'dir'
        ? { text: 'Not a directory' }
        : tryFs(() => p.ctx.fs.rmdir(d, p.ctx.cwd, false));
    if (err) {
      p.err(`rmdir: failed to remove ${quoteName(d)}: ${err.text}\n`);
      status = 1;
    }
  }
  return status;
}

const RM_DEFS: OptDef[] = [
  { key: 'd', short: 'd', long: 'dir' },
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i' },
  { key: 'I', short: 'I' },
  { key: 'interactive', long: 'interactive', arg: 'optional' },
  { key: 'no-preserve-root', long: 'no-preserve-root' },
  { key: 'preserve-root', long: 'preserve-root', arg: 'optional' },
  { key: 'r', short: 'r', long: 'recursive' },
  { key: 'r', short: 'R' },
  { key: 'v', short: 'v', long: 'verbose' },
];

function rm(p: Proc): number {
  const r = parseOpts(p, 'rm', RM_DEFS, 1);
  if (typeof r === 'number') return r;
  const keys = new Set(r.opts.map((o) => o.key));
  const force = keys.has('f');
  const recursive = keys.has('r');
  const dirOk = keys.has('d');
  const verbose = keys.has('v');
  if (r.operands.length === 0) {
    if (force) return 0;
    return usageError(p, 'rm', 'rm: missing operand', 1);
  }
  const fs = p.ctx.fs;
  let status = 0;
  for (const f of r.operands) {
    const base = f.replace(/\/+$/, '').split('/').pop() ?? f;
    if (base === '.' || base === '..') {
      p.err(`rm: refusing to remove '.' or '..' directory: skipping '${f}'\n`);
      status = 1;
      continue;
    }
    if (recursive && normalizePath(f, p.ctx.cwd) === '/' && !keys.has('no-preserve-root')) {
      p.err(
        `rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n`,
      );
      status = 1;
      continue;
    }
    const st = fs.lstat(f, p.ctx.cwd);
    if (!st) {
      if (!force) {
        p.err(`rm: cannot remove ${quoteName(f)}: No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    if (st.kind === 'dir' && !recursive && !dirOk) {
      p.err(`rm: cannot remove ${quoteName(f)}: Is a directory\n`);
      status = 1;
      continue;
    }
    if (!removeTree(p, f, st.kind === 'dir', recursive, verbose)) status = 1;
  }
  return status;
}

/** Remove a file or (depth first, in directory order) a tree; reports like GNU rm. */
function removeTree(p: Proc, path: string, isDir: boolean, recursive: boolean, verbose: boolean): boolean {
  const fs = p.ctx.fs;
  let ok = true;
  if (isDir && recursive) {
    let names: string[] = [];
    tryFs(() => {
      names = fs.readdir(path, p.ctx.cwd);
    });
    for (const n of names) {
      const child = path.endsWith('/') ? path + n : `${path}/${n}`;
      const st = fs.lstat(child, p.ctx.cwd);
      if (st && !removeTree(p, child, st.kind === 'dir', true, verbose)) ok = false;
    }
  }
  const err = isDir ? tryFs(() => fs.rmdir(path, p.ctx.cwd, false)) : tryFs(() => fs.unlink(path, p.ctx.cwd));
  if (err) {
    p.err(`rm: cannot remove ${quoteName(path)}: ${err.text}\n`);
    return false;
  }
  if (verbose) p.out(isDir ? `removed directory ${quoteName(path)}\n` : `removed ${quoteName(path)}\n`);
  return ok;
}

function touch(p: Proc): number {
  const r = parseOpts(
    p,
    'touch',
    [
      { key: 'a', short: 'a' },
      { key: 'c', short: 'c', long: 'no-create' },
      { key: 'd', short: 'd', long: 'date', arg: 'required' },
      { key: 'f', short: 'f' },
      { key: 'h', short: 'h', long: 'no-dereference' },
      { key: 'm', short: 'm' },
      { key: 'r', short: 'r', long: 'reference', arg: 'required' },
      { key: 't', short: 't', arg: 'required' },
      { key: 'time', long: 'time', arg: 'required' },
    ],
    1,
  );
  if (typeof r === 'number') return r;
  const noCreate = r.opts.some((o) => o.key === 'c');
  if (r.operands.length === 0) return usageError(p, 'touch', 'touch: missing file operand', 1);
  let status = 0;
  for (const f of r.operands) {
    if (noCreate && !p.ctx.fs.exists(f, p.ctx.cwd)) continue;
    const err = tryFs(() => p.ctx.fs.touch(f, p.ctx.cwd));
    if (err) {
      p.err(`touch: cannot touch ${quoteName(f)}: ${err.text}\n`);
      status = 1;
    }
  }
  return status;
}

export const MKDIR: CommandDef = {
  name: 'mkdir',
  path: '/usr/bin/mkdir',
  run: mkdir,
  summary: 'make directories',
};
export const RMDIR: CommandDef = {
  name: 'rmdir',
  path: '/usr/bin/rmdir',
  run: rmdir,
  summary: 'remove empty directories',
};
export const RM: CommandDef = {
  name: 'rm',
  path: '/usr/bin/rm',
  run: rm,
  summary: 'remove files or directories',
};
export const TOUCH: CommandDef = {
  name: 'touch',
  path: '/usr/bin/touch',
  run: touch,
  summary: 'change file timestamps',
};
