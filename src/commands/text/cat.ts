/** cat: concatenate files, with -n -b -s -E -T -v -A -e -t. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { parseOpts, quoteIfNeeded, readInput } from './common.js';

const DEFS: OptDef[] = [
  { key: 'A', short: 'A', long: 'show-all' },
  { key: 'b', short: 'b', long: 'number-nonblank' },
  { key: 'e', short: 'e' },
  { key: 'E', short: 'E', long: 'show-ends' },
  { key: 'n', short: 'n', long: 'number' },
  { key: 's', short: 's', long: 'squeeze-blank' },
  { key: 't', short: 't' },
  { key: 'T', short: 'T', long: 'show-tabs' },
  { key: 'u', short: 'u' },
  { key: 'v', short: 'v', long: 'show-nonprinting' },
];

/** GNU's -v rendering of one character (bytes >= 0x80 as M- notation). */
export function showNonprinting(ch: string): string {
  const c = ch.codePointAt(0) as number;
  if (c < 0x80) {
    if (c === 9 || c === 10) return ch;
    if (c < 32) return `^${String.fromCharCode(c + 64)}`;
    if (c === 127) return '^?';
    return ch;
  }
  let out = '';
  for (const b of new TextEncoder().encode(ch)) {
    const low = b - 128;
    if (low < 32) out += `M-^${String.fromCharCode(low + 64)}`;
    else if (low === 127) out += 'M-^?';
    else out += `M-${String.fromCharCode(low)}`;
  }
  return out;
}

function cat(p: Proc): number {
  const r = parseOpts(p, 'cat', DEFS, 1);
  if (typeof r === 'number') return r;
  let number = false;
  let nonblank = false;
  let squeeze = false;
  let ends = false;
  let tabs = false;
  let nonprint = false;
  for (const o of r.opts) {
    if (o.key === 'A') nonprint = ends = tabs = true;
    else if (o.key === 'b') nonblank = number = true;
    else if (o.key === 'e') nonprint = ends = true;
    else if (o.key === 'E') ends = true;
    else if (o.key === 'n') number = true;
    else if (o.key === 's') squeeze = true;
    else if (o.key === 't') nonprint = tabs = true;
    else if (o.key === 'T') tabs = true;
    else if (o.key === 'v') nonprint = true;
  }
  const plain = !number && !squeeze && !ends && !tabs && !nonprint;
  const files = r.operands.length ? r.operands : ['-'];
  let status = 0;
  let lineNo = 0;
  let atStart = true;
  let blankRun = 0;
  for (const f of files) {
    const got = readInput(p, f);
    if (!got.ok) {
      p.err(`cat: ${quoteIfNeeded(f)}: ${got.text}\n`);
      status = 1;
      continue;
    }
    if (plain) {
      p.out(got.data);
      continue;
    }
    const out: string[] = [];
    const parts = got.data.split('\n');
    for (let i = 0; i < parts.length; i++) {
      const line = parts[i] as string;
      const hasNl = i < parts.length - 1;
      if (!hasNl && line === '') break;
      if (atStart) {
        const blank = line === '' && hasNl;
        blankRun = blank ? blankRun + 1 : 0;
        if (squeeze && blankRun > 1) continue;
        if (number && !(nonblank && blank)) out.push(`${String(++lineNo).padStart(6)}\t`);
      }
      let body = line;
      if (nonprint || tabs) {
        let s = '';
        for (const ch of line) {
          if (ch === '\t') s += tabs ? '^I' : ch;
          else s += nonprint ? showNonprinting(ch) : ch;
        }
        body = s;
      }
      out.push(body);
      if (hasNl) out.push(ends ? '$\n' : '\n');
      atStart = hasNl;
    }
    p.out(out.join(''));
  }
  return status;
}

export const CAT: CommandDef = { name: 'cat', path: '/usr/bin/cat', run: cat, summary: 'concatenate files' };
