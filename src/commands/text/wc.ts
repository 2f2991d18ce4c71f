/** wc: -l -w -m -c -L with coreutils 9.1 column widths. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { byteLength, parseOpts, quoteIfNeeded, readInput } from './common.js';

const DEFS: OptDef[] = [
  { key: 'c', short: 'c', long: 'bytes' },
  { key: 'm', short: 'm', long: 'chars' },
  { key: 'l', short: 'l', long: 'lines' },
  { key: 'files0-from', long: 'files0-from', arg: 'required' },
  { key: 'L', short: 'L', long: 'max-line-length' },
  { key: 'w', short: 'w', long: 'words' },
];

interface Counts {
  l: number;
  w: number;
  m: number;
  c: number;
  L: number;
}

function count(data: string): Counts {
  let l = 0;
  let L = 0;
  let cur = 0;
  let m = 0;
  for (const ch of data) {
    m++;
    if (ch === '\n') {
      l++;
      if (cur > L) L = cur;
      cur = 0;
    } else if (ch === '\t') cur = cur + 8 - (cur % 8);
    else cur++;
  }
  if (cur > L) L = cur;
  const words = data.match(/[^ \t\n\v\f\r]+/g);
  return { l, w: words ? words.length : 0, m, c: byteLength(data), L };
}

function wc(p: Proc): number {
  const r = parseOpts(p, 'wc', DEFS, 1);
  if (typeof r === 'number') return r;
  const want = new Set(r.opts.map((o) => o.key));
  if (!want.has('l') && !want.has('w') && !want.has('m') && !want.has('c') && !want.has('L')) {
    want.add('l').add('w').add('c');
  }
  const order = (['l', 'w', 'm', 'c', 'L'] as const).filter((k) => want.has(k));
  const stdinOnly = r.operands.length === 0;
  const files = stdinOnly ? ['-'] : r.operands;
  // coreutils: the width comes from the sizes of regular files (7 when any input is not
  // regular); a single count of a single input is printed without padding
  let width = 1;
  const fs = p.ctx.fs;
  if (!(files.length === 1 && order.length === 1)) {
    let minimum = 1;
    let total = 0;
    for (const f of files) {
      if (f === '-') {
        minimum = 7;
        continue;
      }
      const st = fs.stat(f, p.ctx.cwd);
      if (!st) continue;
      if (st.kind === 'file') total += st.size;
      else minimum = 7;
    }
    width = Math.max(String(total).length, minimum);
  }
  const line = (c: Counts, name: string | null): string => {
    const cols = order.map((k) => String(c[k]).padStart(width));
    return `${cols.join(' ')}${name === null ? '' : ` ${name}`}\n`;
  };
  const total: Counts = { l: 0, w: 0, m: 0, c: 0, L: 0 };
  let status = 0;
  for (const f of files) {
    const got = readInput(p, f);
    let c: Counts;
    if (!got.ok) {
      p.err(`wc: ${quoteIfNeeded(f)}: ${got.text}\n`);
      status = 1;
      if (got.code !== 'EISDIR') continue;
      c = { l: 0, w: 0, m: 0, c: 0, L: 0 };
    } else c = count(got.data);
    total.l += c.l;
    total.w += c.w;
    total.m += c.m;
    total.c += c.c;
    total.L = Math.max(total.L, c.L);
    p.out(line(c, stdinOnly ? null : f));
  }
  if (files.length > 1) p.out(line(total, 'total'));
  return status;
}

export const WC: CommandDef = {
  name: 'wc',
  path: '/usr/bin/wc',
  run: wc,
  summary: 'print newline, word, and byte counts for each file',
};
