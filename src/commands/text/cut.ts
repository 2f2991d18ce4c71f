/** cut: -b/-c byte lists, -f field lists with -d, -s, --complement, --output-delimiter. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, quoteIfNeeded, readInput, usageError } from './common.js';

const DEFS: OptDef[] = [
  { key: 'b', short: 'b', long: 'bytes', arg: 'required' },
  { key: 'c', short: 'c', long: 'characters', arg: 'required' },
  { key: 'd', short: 'd', long: 'delimiter', arg: 'required' },
  { key: 'f', short: 'f', long: 'fields', arg: 'required' },
  { key: 'n', short: 'n' },
  { key: 'complement', long: 'complement' },
  { key: 's', short: 's', long: 'only-delimited' },
  { key: 'output-delimiter', long: 'output-delimiter', arg: 'required' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
];

interface Range {
  lo: number;
  hi: number;
}

/** Parse a list like 1,3-5,7-; returns ranges or an error message. */
function parseList(list: string, fields: boolean): Range[] | string {
  const out: Range[] = [];
  for (const part of list.split(/[, ]/)) {
    if (part === '')
      return fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1';
    if (part === '-') return 'invalid range with no endpoint: -';
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m) {
      // GNU quotes from the first bad character to the end of the item
      const bad = part.slice(Math.max(0, part.search(/[^0-9-]/)));
      return fields ? `invalid field value ${lq(bad)}` : `invalid byte/character position ${lq(bad)}`;
    }
    const lo = m[1] === '' ? 1 : Number(m[1]);
    const hi = m[2] === '' ? lo : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    if (lo === 0 || (m[3] !== '' && Number(m[3]) === 0)) {
      return fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1';
    }
    if (hi < lo) return 'invalid decreasing range';
    out.push({ lo, hi });
  }
  return out;
}

function selected(ranges: Range[], i: number): boolean {
  return ranges.some((r) => i >= r.lo && i <= r.hi);
}

function cut(p: Proc): number {
  const r = parseOpts(p, 'cut', DEFS, 1);
  if (typeof r === 'number') return r;
  let mode: 'b' | 'f' | null = null;
  let list = '';
  let delim = '\t';
  let delimGiven = false;
  let onlyDelimited = false;
  let complement = false;
  let outDelim: string | null = null;
  for (const o of r.opts) {
    const v = o.value ?? '';
    if (o.key === 'b' || o.key === 'c' || o.key === 'f') {
      if (mode !== null) return usageError(p, 'cut', 'cut: only one list may be specified', 1);
      mode = o.key === 'f' ? 'f' : 'b';
      list = v;
    } else if (o.key === 'd') {
      if ([...v].length > 1) return usageError(p, 'cut', 'cut: the delimiter must be a single character', 1);
      delim = v === '' ? '\0' : v;
      delimGiven = true;
    } else if (o.key === 's') onlyDelimited = true;
    else if (o.key === 'complement') complement = true;
    else if (o.key === 'output-delimiter') outDelim = v;
  }
  if (mode === null)
    return usageError(p, 'cut', 'cut: you must specify a list of bytes, characters, or fields', 1);
  if (mode === 'b' && delimGiven) {
    return usageError(p, 'cut', 'cut: an input delimiter may be specified only when operating on fields', 1);
  }
  if (mode === 'b' && onlyDelimited) {
    return usageError(
      p,
      'cut',
      'cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields',
      1,
    );
  }
  const ranges = parseList(list, mode === 'f');
  if (typeof ranges === 'string') return usageError(p, 'cut', `cut: ${ranges}`, 1);
  const pick = (i: number) => selected(ranges, i) !== complement;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const cutLine = (line: string): string | null => {
    if (mode === 'f') {
      if (!line.includes(delim)) return onlyDelimited ? null : line;
      const parts = line.split(delim);
      const kept = parts.filter((_, i) => pick(i + 1));
      return kept.join(outDelim ?? delim);
    }
    const bytes = enc.encode(line);
    const chunks: Uint8Array[] = [];
    let cur: number[] = [];
    let prevPicked = false;
    for (let i = 0; i < bytes.length; i++) {
      const on = pick(i + 1);
      if (on) {
        if (!prevPicked && cur.length && outDelim !== null) {
          chunks.push(Uint8Array.from(cur));
          cur = [];
        }
        cur.push(bytes[i] as number);
      }
      prevPicked = on;
    }
    chunks.push(Uint8Array.from(cur));
    return chunks.map((c) => dec.decode(c)).join(outDelim ?? '');
  };
  const files = r.operands.length ? r.operands : ['-'];
  let status = 0;
  for (const f of files) {
    const got = readInput(p, f);
    if (!got.ok) {
      p.err(`cut: ${quoteIfNeeded(f)}: ${got.text}\n`);
      status = 1;
      continue;
    }
    const data = got.data;
    const lines = data.split('\n');
    if (data.endsWith('\n')) lines.pop();
    if (data === '') continue;
    const out: string[] = [];
    for (const l of lines) {
      const c = cutLine(l);
      if (c !== null) out.push(`${c}\n`);
    }
    p.out(out.join(''));
  }
  return status;
}

export const CUT: CommandDef = {
  name: 'cut',
  path: '/usr/bin/cut',
  run: cut,
  summary: 'remove sections from each line of files',
};
