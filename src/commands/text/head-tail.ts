/** head and tail: -n N / -c N (head -n -N, tail -n +N), legacy -N forms, -q/-v headers. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, readInput, usageError } from './common.js';

const MULT: Record<string, number> = {
  b: 512,
  kB: 1000,
  K: 1024,
  k: 1024,
  KiB: 1024,
  MB: 1000 ** 2,
  M: 1024 ** 2,
  MiB: 1024 ** 2,
  GB: 1000 ** 3,
  G: 1024 ** 3,
  GiB: 1024 ** 3,
  TB: 1000 ** 4,
  T: 1024 ** 4,
  TiB: 1024 ** 4,
};

/** Parse a count with GNU's size suffixes; null when invalid, 'big' when out of range. */
export function parseCount(s: string): number | 'big' | null {
  const m = /^([0-9]+)([A-Za-z]*)$/.exec(s);
  if (!m) return null;
  const mult = m[2] === '' ? 1 : MULT[m[2] as string];
  if (mult === undefined) return null;
  const v = Number(m[1]) * mult;
  if (!Number.isSafeInteger(v) || BigInt(m[1] as string) > 2n ** 63n) return 'big';
  return v;
}

interface Plan {
  bytes: boolean;
  n: number;
  /** head: print all but the last n. */
  allBut: boolean;
  /** tail: +N, starting at N. */
  fromStart: boolean;
  headers: 'auto' | 'always' | 'never';
}

function bytesOf(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function decode(b: Uint8Array): string {
  return new TextDecoder().decode(b);
}

/** Split keeping the terminators. */
function linesWithNl(data: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const i = data.indexOf('\n', start);
    if (i < 0) break;
    out.push(data.slice(start, i + 1));
    start = i + 1;
  }
  if (start < data.length) out.push(data.slice(start));
  return out;
}

function headOf(data: string, plan: Plan): string {
  if (plan.bytes) {
    const b = bytesOf(data);
    return decode(plan.allBut ? b.slice(0, Math.max(0, b.length - plan.n)) : b.slice(0, plan.n));
  }
  const lines = linesWithNl(data);
  return (plan.allBut ? lines.slice(0, Math.max(0, lines.length - plan.n)) : lines.slice(0, plan.n)).join('');
}

function tailOf(data: string, plan: Plan): string {
  if (plan.bytes) {
    const b = bytesOf(data);
    if (plan.fromStart) return decode(b.slice(Math.max(0, plan.n - 1)));
    return decode(plan.n === 0 ? new Uint8Array() : b.slice(Math.max(0, b.length - plan.n)));
  }
  const lines = linesWithNl(data);
  if (plan.fromStart) return lines.slice(Math.max(0, plan.n - 1)).join('');
  return plan.n === 0 ? '' : lines.slice(Math.max(0, lines.length - plan.n)).join('');
}

const HEAD_DEFS: OptDef[] = [
  { key: 'c', short: 'c', long: 'bytes', arg: 'required' },
  { key: 'n', short: 'n', long: 'lines', arg: 'required' },
  { key: 'q', short: 'q', long: ['quiet', 'silent'] },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
];

const TAIL_DEFS: OptDef[] = [
  { key: 'c', short: 'c', long: 'bytes', arg: 'required' },
  { key: 'f', short: 'f', long: 'follow', arg: 'optional' },
  { key: 'F', short: 'F' },
  { key: 'n', short: 'n', long: 'lines', arg: 'required' },
  { key: 'max-unchanged-stats', long: 'max-unchanged-stats', arg: 'required' },
  { key: 'pid', long: 'pid', arg: 'required' },
  { key: 'q', short: 'q', long: ['quiet', 'silent'] },
  { key: 'retry', long: 'retry' },
  { key: 's', short: 's', long: 'sleep-interval', arg: 'required' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
];

function run(p: Proc, prog: 'head' | 'tail'): number {
  const plan: Plan = { bytes: false, n: 10, allBut: false, fromStart: false, headers: 'auto' };
  const argv = [...p.argv];
  // the obsolete form: a first argument like -5, -5c, -2v (head) or -3, +3, -1c (tail);
  // tail takes it only when at most one file follows
  const first = argv[1];
  const legacy = first !== undefined ? /^([-+])([0-9]+)([bcklmqv]*)(f?)$/.exec(first) : null;
  const second = argv[2];
  const tailOk = argv.length === 2 || (argv.length === 3 && !(second?.startsWith('-') && second.length > 1));
  if (legacy && (prog === 'head' ? legacy[1] === '-' : tailOk && !legacy[3]?.includes('v'))) {
    const n = Number(legacy[2]);
    const suffix = legacy[3] as string;
    plan.n = n;
    if (suffix.includes('c')) plan.bytes = true;
    if (suffix.includes('b')) plan.n = n * 512;
    if (suffix.includes('k')) plan.n = n * 1024;
    if (suffix.includes('m')) plan.n = n * 1024 * 1024;
    if (suffix.includes('q')) plan.headers = 'never';
    if (suffix.includes('v')) plan.headers = 'always';
    if (prog === 'tail' && legacy[1] === '+') plan.fromStart = true;
    argv.splice(1, 1);
  }
  // digits anywhere else are options GNU rejects
  const digits = (a: string) => [{ key: '__digit', name: a, value: a[1] as string }];
  const r = parseOpts({ ...p, argv }, prog, prog === 'head' ? HEAD_DEFS : TAIL_DEFS, 1, {
    digits,
    stopAfterDigits: true,
  });
  if (typeof r === 'number') return r;
  for (const o of r.opts) {
    if (o.key === '__digit') {
      if (prog === 'head') return usageError(p, prog, `head: invalid trailing option -- ${o.value}`, 1);
      p.err(`tail: option used in invalid context -- ${o.value}\n`);
      return 1;
    }
    if (o.key === 'n' || o.key === 'c') {
      let v = o.value ?? '';
      const shown = v.startsWith('-') ? v.slice(1) : v;
      const what = o.key === 'n' ? 'lines' : 'bytes';
      plan.bytes = o.key === 'c';
      plan.fromStart = false;
      plan.allBut = false;
      let neg = false;
      if (prog === 'tail' && v.startsWith('+')) {
        plan.fromStart = true;
        v = v.slice(1);
      } else if (v.startsWith('-')) {
        neg = prog === 'head';
        v = v.slice(1);
      } else if (prog === 'head' && v.startsWith('+')) v = v.slice(1);
      const n = parseCount(v);
      if (n === null) {
        p.err(`${prog}: invalid number of ${what}: ${lq(shown)}\n`);
        return 1;
      }
      if (n === 'big') {
        p.err(`${prog}: invalid number of ${what}: ${lq(shown)}: Value too large for defined data type\n`);
        return 1;
      }
      plan.n = n;
      plan.allBut = neg;
    } else if (o.key === 'q') plan.headers = 'never';
    else if (o.key === 'v') plan.headers = 'always';
  }
  const files = r.operands.length ? r.operands : ['-'];
  const headers = plan.headers === 'always' || (plan.headers === 'auto' && files.length > 1);
  let status = 0;
  let firstOut = true;
  for (const f of files) {
    const shown = f === '-' ? 'standard input' : f;
    const got = readInput(p, f);
    if (!got.ok && got.code !== 'EISDIR') {
      p.err(`${prog}: cannot open '${f}' for reading: ${got.text}\n`);
      status = 1;
      continue;
    }
    if (headers) {
      p.out(`${firstOut ? '' : '\n'}==> ${shown} <==\n`);
      firstOut = false;
    }
    if (!got.ok) {
      p.err(`${prog}: error reading '${f}': ${got.text}\n`);
      status = 1;
      continue;
    }
    p.out(prog === 'head' ? headOf(got.data, plan) : tailOf(got.data, plan));
  }
  return status;
}

export const HEAD: CommandDef = {
  name: 'head',
  path: '/usr/bin/head',
  run: (p) => run(p, 'head'),
  summary: 'output the first part of files',
};

export const TAIL: CommandDef = {
  name: 'tail',
  path: '/usr/bin/tail',
  run: (p) => run(p, 'tail'),
  summary: 'output the last part of files',
};
