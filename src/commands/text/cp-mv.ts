/** cp (-r -f -v -p -a) and mv (-f -v -n) over the process's filesystem view. */
import { normalizePath } from '../../model/vfs.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { parseOpts, quoteName as q, tryFs, usageError } from './common.js';

const CP_DEFS: OptDef[] = [
  { key: 'a', short: 'a', long: 'archive' },
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i', long: 'interactive' },
  { key: 'L', short: 'L', long: 'dereference' },
  { key: 'n', short: 'n', long: 'no-clobber' },
  { key: 'P', short: 'P', long: 'no-dereference' },
  { key: 'p', short: 'p' },
  { key: 'preserve', long: 'preserve', arg: 'optional' },
  { key: 'r', short: 'r', long: 'recursive' },
  { key: 'r', short: 'R' },
  { key: 'T', short: 'T', long: 'no-target-directory' },
  { key: 't', short: 't', long: 'target-directory', arg: 'required' },
  { key: 'u', short: 'u', long: 'update' },
  { key: 'v', short: 'v', long: 'verbose' },
];

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function baseName(path: string): string {
  const t = path.replace(/\/+$/, '');
  return t.slice(t.lastIndexOf('/') + 1) || '/';
}

/** Split operands into sources and the destination (honouring -t). */
function targets(
  p: Proc,
  prog: string,
  operands: string[],
  targetDir: string | undefined,
): { srcs: string[]; dest: string } | number {
  if (targetDir !== undefined) {
    if (operands.length === 0) return usageError(p, prog, `${prog}: missing file operand`, 1);
    return { srcs: operands, dest: targetDir };
  }
  if (operands.length === 0) return usageError(p, prog, `${prog}: missing file operand`, 1);
  if (operands.length === 1) {
    return usageError(
      p,
      prog,
      `${prog}: missing destination file operand after ${q(operands[0] as string)}`,
      1,
    );
  }
  return { srcs: operands.slice(0, -1), dest: operands[operands.length - 1] as string };
}

interface Plan {
  keys: Set<string>;
  srcs: string[];
  dest: string;
  destIsDir: boolean;
}

/** Options and operands of cp or mv; several sources need a directory to go into. */
function plan(p: Proc, prog: string, defs: OptDef[]): Plan | number {
  const r = parseOpts(p, prog, defs, 1);
  if (typeof r === 'number') return r;
  const keys = new Set(r.opts.map((o) => o.key));
  const t = targets(p, prog, r.operands, r.opts.find((o) => o.key === 't')?.value);
  if (typeof t === 'number') return t;
  const destIsDir = p.ctx.fs.isDir(t.dest, p.ctx.cwd);
  if (t.srcs.length > 1 && !destIsDir) {
    const why = p.ctx.fs.exists(t.dest, p.ctx.cwd) ? 'is not a directory' : ': No such file or directory';
    p.err(`${prog}: target ${q(t.dest)}${why.startsWith(':') ? why : ` ${why}`}\n`);
    return 1;
  }
  return { keys, ...t, destIsDir };
}

function cp(p: Proc): number {
  const t = plan(p, 'cp', CP_DEFS);
  if (typeof t === 'number') return t;
  const { keys, destIsDir } = t;
  const recursive = keys.has('r') || keys.has('a');
  const verbose = keys.has('v');
  const noClobber = keys.has('n');
  const keepMode = keys.has('p') || keys.has('a');
  const fs = p.ctx.fs;
  const cwd = p.ctx.cwd;
  let status = 0;
  const copy = (src: string, dst: string, shownSrc: string, shownDst: string): void => {
    const st = fs.stat(src, cwd);
    if (!st) {
      p.err(`cp: cannot stat ${q(shownSrc)}: No such file or directory\n`);
      status = 1;
      return;
    }
    if (st.kind === 'dir') {
      if (!recursive) {
        p.err(`cp: -r not specified; omitting directory ${q(shownSrc)}\n`);
        status = 1;
        return;
      }
      const a = normalizePath(src, cwd);
      const b = normalizePath(dst, cwd);
      if (b === a || b.startsWith(`${a}/`)) {
        p.err(`cp: cannot copy a directory, ${q(shownSrc)}, into itself, ${q(shownDst)}\n`);
        status = 1;
        return;
      }
      if (!fs.isDir(dst, cwd)) {
        const err = tryFs(() => fs.mkdir(dst, cwd, false));
        if (err) {
          p.err(`cp: cannot create directory ${q(shownDst)}: ${err.text}\n`);
          status = 1;
          return;
        }
      }
      if (verbose) p.out(`${q(shownSrc)} -> ${q(shownDst)}\n`);
      let names: string[] = [];
      tryFs(() => {
        names = fs.readdir(src, cwd);
      });
      for (const n of names.sort()) copy(join(src, n), join(dst, n), join(shownSrc, n), join(shownDst, n));
      return;
    }
    if (normalizePath(src, cwd) === normalizePath(dst, cwd)) {
      p.err(`cp: ${q(shownSrc)} and ${q(shownDst)} are the same file\n`);
      status = 1;
      return;
    }
    if (noClobber && fs.exists(dst, cwd)) return;
    let data = '';
    const rerr = tryFs(() => {
      data = fs.readFile(src, cwd);
    });
    if (rerr) {
      p.err(`cp: cannot open ${q(shownSrc)} for reading: ${rerr.text}\n`);
      status = 1;
      return;
    }
    const isNew = !fs.exists(dst, cwd);
    const werr = tryFs(() => fs.writeFile(dst, data, cwd));
    if (werr) {
      p.err(`cp: cannot create regular file ${q(shownDst)}: ${werr.text}\n`);
      status = 1;
      return;
    }
    if (isNew || keepMode) {
      const node = fs.resolve(dst, cwd).node;
      if (node?.t === 'file') node.mode = keepMode ? st.mode : st.mode & 0o755;
    }
    if (verbose) p.out(`${q(shownSrc)} -> ${q(shownDst)}\n`);
  };
  for (const s of t.srcs) {
    const dst = destIsDir ? join(t.dest, baseName(s)) : t.dest;
    copy(s, dst, s, dst);
  }
  return status;
}

const MV_DEFS: OptDef[] = [
  { key: 'b', short: 'b' },
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i', long: 'interactive' },
  { key: 'n', short: 'n', long: 'no-clobber' },
  { key: 'T', short: 'T', long: 'no-target-directory' },
  { key: 't', short: 't', long: 'target-directory', arg: 'required' },
  { key: 'u', short: 'u', long: 'update' },
  { key: 'v', short: 'v', long: 'verbose' },
];

function mv(p: Proc): number {
  const t = plan(p, 'mv', MV_DEFS);
  if (typeof t === 'number') return t;
  const { keys, destIsDir } = t;
  const fs = p.ctx.fs;
  const cwd = p.ctx.cwd;
  let status = 0;
  for (const s of t.srcs) {
    const st = fs.lstat(s, cwd);
    if (!st) {
      p.err(`mv: cannot stat ${q(s)}: No such file or directory\n`);
      status = 1;
      continue;
    }
    const dst = destIsDir ? join(t.dest, baseName(s)) : t.dest;
    const a = normalizePath(s, cwd);
    const b = normalizePath(dst, cwd);
    if (a === b) {
      p.err(`mv: ${q(s)} and ${q(dst)} are the same file\n`);
      status = 1;
      continue;
    }
    if (st.kind === 'dir' && b.startsWith(`${a}/`)) {
      p.err(`mv: cannot move ${q(s)} to a subdirectory of itself, ${q(dst)}\n`);
      status = 1;
      continue;
    }
    const dstSt = fs.stat(dst, cwd);
    if (dstSt && keys.has('n')) continue;
    if (dstSt?.kind === 'dir' && st.kind !== 'dir') {
      p.err(`mv: cannot overwrite directory ${q(dst)} with non-directory\n`);
      status = 1;
      continue;
    }
    if (dstSt && dstSt.kind !== 'dir' && st.kind === 'dir') {
      p.err(`mv: cannot overwrite non-directory ${q(dst)} with directory ${q(s)}\n`);
      status = 1;
      continue;
    }
    const err = tryFs(() => fs.rename(s, dst, cwd));
    if (err) {
      p.err(`mv: cannot move ${q(s)} to ${q(dst)}: ${err.text}\n`);
      status = 1;
    } else if (keys.has('v')) p.out(`renamed ${q(s)} -> ${q(dst)}\n`);
  }
  return status;
}

export const CP: CommandDef = {
  name: 'cp',
  path: '/usr/bin/cp',
  run: cp,
  summary: 'copy files and directories',
};
export const MV: CommandDef = { name: 'mv', path: '/usr/bin/mv', run: mv, summary: 'move (rename) files' };
