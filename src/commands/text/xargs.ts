/** xargs: build command lines from stdin (quotes, -0, -d, -n, -L, -I/-i, -r, -t) and run them through spawn. */
import type { CommandDef, Proc } from '../../shell/types.js';
import { getopt, type OptDef } from '../getopt.js';
import { usageError } from './common.js';

const DEFS: OptDef[] = [
  { key: '0', short: '0', long: 'null' },
  { key: 'a', short: 'a', long: 'arg-file', arg: 'required' },
  { key: 'd', short: 'd', long: 'delimiter', arg: 'required' },
  { key: 'E', short: 'E', arg: 'required' },
  { key: 'e', short: 'e', long: 'eof', arg: 'optional' },
  { key: 'I', short: 'I', arg: 'required' },
  { key: 'i', short: 'i', long: 'replace', arg: 'optional' },
  { key: 'L', short: 'L', arg: 'required' },
  { key: 'l', short: 'l', long: 'max-lines', arg: 'optional' },
  { key: 'n', short: 'n', long: 'max-args', arg: 'required' },
  { key: 'o', short: 'o', long: 'open-tty' },
  { key: 'p', short: 'p', long: 'interactive' },
  { key: 'P', short: 'P', long: 'max-procs', arg: 'required' },
  { key: 'r', short: 'r', long: 'no-run-if-empty' },
  { key: 's', short: 's', long: 'max-chars', arg: 'required' },
  { key: 't', short: 't', long: 'verbose' },
  { key: 'x', short: 'x', long: 'exit' },
];

/** Split input the default way: blanks and newlines separate, quotes and backslash group. */
function splitDefault(input: string): { items: string[][]; error: string | null } {
  const lines: string[][] = [];
  let cur: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (c === '\n') {
      if (inWord) cur.push(word);
      word = '';
      inWord = false;
      if (cur.length) lines.push(cur);
      cur = [];
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (inWord) cur.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = input.indexOf(c, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) {
        const which = c === "'" ? 'single' : 'double';
        if (inWord || cur.length) lines.push([...cur, ...(inWord ? [word] : [])]);
        return {
          items: lines,
          error: `xargs: unmatched ${which} quote; by default quotes are special to xargs unless you use the -0 option`,
        };
      }
      word += input.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (c === '\\' && i + 1 < input.length) {
      word += input[i + 1];
      inWord = true;
      i += 2;
      continue;
    }
    word += c;
    inWord = true;
    i++;
  }
  if (inWord) cur.push(word);
  if (cur.length) lines.push(cur);
  return { items: lines, error: null };
}

function xargs(p: Proc): number {
  const r = getopt('xargs', p.argv.slice(1), DEFS, { posix: true });
  if (!r.ok) return usageError(p, 'xargs', r.error, 1);
  let delim: string | null = null;
  let maxArgs: number | null = null;
  let maxLines: number | null = null;
  let replace: string | null = null;
  let noEmpty = false;
  let trace = false;
  for (const o of r.opts) {
    const v = o.value ?? '';
    if (o.key === '0') delim = '\0';
    else if (o.key === 'd') delim = v.replace(/^\\n$/, '\n').replace(/^\\t$/, '\t');
    else if (o.key === 'n') {
      if (!/^[0-9]+$/.test(v) || Number(v) < 1) {
        return usageError(p, 'xargs', `xargs: value ${v} for -n option should be >= 1`, 1);
      }
      maxArgs = Number(v);
    } else if (o.key === 'L' || o.key === 'l') maxLines = o.value === undefined ? 1 : Number(v) || 1;
    else if (o.key === 'I') replace = v;
    else if (o.key === 'i') replace = o.value ?? '{}';
    else if (o.key === 'r') noEmpty = true;
    else if (o.key === 't') trace = true;
  }
  const cmd = r.operands.length ? r.operands : ['echo'];
  let groups: string[][];
  let pendingError: string | null = null;
  if (delim !== null) {
    const parts = p.stdin.split(delim);
    if (parts[parts.length - 1] === '') parts.pop();
    groups = parts.map((x) => [x]);
  } else if (replace !== null) {
    groups = p.stdin
      .split('\n')
      .map((l) => l.replace(/^[ \t]+/, ''))
      .filter((l) => l !== '')
      .map((l) => [l]);
  } else {
    const s = splitDefault(p.stdin);
    groups = s.items;
    pendingError = s.error;
  }
  // batches of arguments per command line
  const batches: string[][] = [];
  if (replace !== null) for (const g of groups) batches.push(g);
  else if (maxLines !== null) {
    for (let i = 0; i < groups.length; i += maxLines) batches.push(groups.slice(i, i + maxLines).flat());
  } else {
    const all = groups.flat();
    const n = maxArgs ?? Math.max(all.length, 1);
    for (let i = 0; i < all.length; i += n) batches.push(all.slice(i, i + n));
  }
  if (batches.length === 0 && !noEmpty && replace === null) batches.push([]);
  if (pendingError && maxArgs === null && maxLines === null) {
    // the whole command line was still being built: nothing runs
    p.err(`${pendingError}\n`);
    return 1;
  }
  const prog = cmd[0] as string;
  let status = 0;
  for (const b of batches) {
    const argv =
      replace !== null ? cmd.map((a) => a.split(replace as string).join(b[0] ?? '')) : [...cmd, ...b];
    if (trace) p.err(`${argv.join(' ')}\n`);
    if (p.which(prog) === null) {
      p.err(`xargs: ${prog}: No such file or directory\n`);
      return 127;
    }
    // like GNU xargs, the commands get an empty stdin (it reads /dev/null)
    const rc = p.spawn(argv, undefined, '');
    if (rc === 255) {
      p.err(`xargs: ${prog}: exited with status 255; aborting\n`);
      return 124;
    }
    if (rc === 126 || rc === 127) return rc;
    if (rc !== 0) status = 123;
  }
  if (pendingError) {
    p.err(`${pendingError}\n`);
    return 1;
  }
  return status;
}

export const XARGS: CommandDef = {
  name: 'xargs',
  path: '/usr/bin/xargs',
  run: xargs,
  summary: 'build and execute command lines from standard input',
};
