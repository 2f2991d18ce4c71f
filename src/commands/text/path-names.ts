/** basename and dirname (GNU coreutils semantics, -a -s -z). */
import type { CommandDef, Proc } from '../../shell/types.js';
import { lq, parseOpts, usageError } from './common.js';

/** The last component, trailing slashes removed; '/' stays '/'. */
export function baseOf(path: string, suffix = ''): string {
  if (path === '') return '';
  const t = path.replace(/\/+$/, '');
  if (t === '') return '/';
  let b = t.slice(t.lastIndexOf('/') + 1);
  if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
  return b;
}

/** Everything before the last component; '.' when there is no slash. */
export function dirOf(path: string): string {
  const t = path.replace(/\/+$/, '');
  if (t === '') return path.startsWith('/') ? '/' : '.';
  const i = t.lastIndexOf('/');
  if (i < 0) return '.';
  const d = t.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

function basename(p: Proc): number {
  const r = parseOpts(
    p,
    'basename',
    [
      { key: 'a', short: 'a', long: 'multiple' },
      { key: 's', short: 's', long: 'suffix', arg: 'required' },
      { key: 'z', short: 'z', long: 'zero' },
    ],
    1,
    { posix: true },
  );
  if (typeof r === 'number') return r;
  const multiple = r.opts.some((o) => o.key === 'a' || o.key === 's');
  const suffixOpt = r.opts.filter((o) => o.key === 's').pop()?.value;
  const end = r.opts.some((o) => o.key === 'z') ? '\0' : '\n';
  const ops = r.operands;
  if (ops.length === 0) return usageError(p, 'basename', 'basename: missing operand', 1);
  if (!multiple) {
    if (ops.length > 2) return usageError(p, 'basename', `basename: extra operand ${lq(ops[2])}`, 1);
    p.out(baseOf(ops[0] as string, ops[1] ?? '') + end);
    return 0;
  }
  p.out(ops.map((o) => baseOf(o, suffixOpt ?? '') + end).join(''));
  return 0;
}

function dirname(p: Proc): number {
  const r = parseOpts(p, 'dirname', [{ key: 'z', short: 'z', long: 'zero' }], 1);
  if (typeof r === 'number') return r;
  if (r.operands.length === 0) return usageError(p, 'dirname', 'dirname: missing operand', 1);
  const end = r.opts.length ? '\0' : '\n';
  p.out(r.operands.map((o) => dirOf(o) + end).join(''));
  return 0;
}

export const BASENAME: CommandDef = {
  name: 'basename',
  path: '/usr/bin/basename',
  run: basename,
  summary: 'strip directory and suffix from filenames',
};
export const DIRNAME: CommandDef = {
  name: 'dirname',
  path: '/usr/bin/dirname',
  run: dirname,
  summary: 'strip last component from file name',
};
