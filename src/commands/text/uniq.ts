/** uniq: -c -d -D -u -i -f N -s N -w N, optional INPUT and OUTPUT operands. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, quoteIfNeeded, readInput, splitLines, tryFs, usageError } from './common.js';

const DEFS: OptDef[] = [
  { key: 'c', short: 'c', long: 'count' },
  { key: 'd', short: 'd', long: 'repeated' },
  { key: 'D', short: 'D', long: 'all-repeated', arg: 'optional' },
  { key: 'f', short: 'f', long: 'skip-fields', arg: 'required' },
  { key: 'group', long: 'group', arg: 'optional' },
  { key: 'i', short: 'i', long: 'ignore-case' },
  { key: 's', short: 's', long: 'skip-chars', arg: 'required' },
  { key: 'u', short: 'u', long: 'unique' },
  { key: 'w', short: 'w', long: 'check-chars', arg: 'required' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
];

function uniq(p: Proc): number {
  const r = parseOpts(p, 'uniq', DEFS, 1);
  if (typeof r === 'number') return r;
  let count = false;
  // GNU's three switches: print unique lines, the first of a repeated group, the rest of it
  let outUnique = true;
  let outFirst = true;
  let outLater = false;
  let icase = false;
  let skipFields = 0;
  let skipChars = 0;
  let checkChars = Number.POSITIVE_INFINITY;
  for (const o of r.opts) {
    const v = o.value ?? '';
    if (o.key === 'c') count = true;
    else if (o.key === 'd') outUnique = false;
    else if (o.key === 'D') {
      outUnique = false;
      outLater = true;
    } else if (o.key === 'u') outFirst = false;
    else if (o.key === 'i') icase = true;
    else if (o.key === 'f' || o.key === 's' || o.key === 'w') {
      if (!/^[0-9]+$/.test(v)) {
        const what =
          o.key === 'f'
            ? 'number of fields to skip'
            : o.key === 's'
              ? 'number of bytes to skip'
              : 'number of bytes to compare';
        p.err(`uniq: ${v}: invalid ${what}\n`);
        return 1;
      }
      if (o.key === 'f') skipFields = Number(v);
      else if (o.key === 's') skipChars = Number(v);
      else checkChars = Number(v);
    }
  }
  if (count && outLater) {
    return usageError(p, 'uniq', 'uniq: printing all duplicated lines and repeat counts is meaningless', 1);
  }
  if (r.operands.length > 2) return usageError(p, 'uniq', `uniq: extra operand ${lq(r.operands[2])}`, 1);
  const input = r.operands[0] ?? '-';
  const got = readInput(p, input);
  if (!got.ok) {
    p.err(
      got.code === 'EISDIR'
        ? `uniq: error reading '${input}'\n`
        : `uniq: ${quoteIfNeeded(input)}: ${got.text}\n`,
    );
    return 1;
  }
  const keyOf = (line: string): string => {
    let s = line;
    for (let f = 0; f < skipFields; f++) s = s.replace(/^[ \t]*[^ \t]*/, '');
    s = s.slice(skipChars);
    if (checkChars !== Number.POSITIVE_INFINITY) s = s.slice(0, checkChars);
    return icase ? s.toLowerCase() : s;
  };
  const out: string[] = [];
  const lines = splitLines(got.data);
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as string;
    const k = keyOf(first);
    let j = i + 1;
    while (j < lines.length && keyOf(lines[j] as string) === k) j++;
    const n = j - i;
    if (n === 1) {
      if (outUnique) out.push(count ? `${String(n).padStart(7)} ${first}\n` : `${first}\n`);
    } else {
      if (outFirst) out.push(count ? `${String(n).padStart(7)} ${first}\n` : `${first}\n`);
      if (outLater) for (let x = i + 1; x < j; x++) out.push(`${lines[x]}\n`);
    }
    i = j;
  }
  const text = out.join('');
  const output = r.operands[1];
  if (output !== undefined && output !== '-') {
    const err = tryFs(() => p.ctx.fs.writeFile(output, text, p.ctx.cwd));
    if (err) {
      p.err(`uniq: ${output}: ${err.text}\n`);
      return 1;
    }
    return 0;
  }
  p.out(text);
  return 0;
}

export const UNIQ: CommandDef = {
  name: 'uniq',
  path: '/usr/bin/uniq',
  run: uniq,
  summary: 'report or omit repeated lines',
};
