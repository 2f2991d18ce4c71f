/** awk values: numbers, strings, strnums (input that looks numeric) and the uninitialized value. */
import { fmtFloat, fmtInt, fmtStr, pad, parseSpec, type Spec } from './cformat.js';

export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

/** The value of a variable never assigned: both "" and 0. */
export class Uninit {
  readonly uninit = true;
}

export type Val = number | string | StrNum | Uninit;
export const UNINIT = new Uninit();

export class AwkFatal extends Error {
  constructor(
    msg: string,
    /** Printed without the `cmd. line:1:` location (file open failures). */
    readonly noLoc = false,
  ) {
    super(msg);
  }
}

const NUM_PREFIX =
  /^[ \t\n\r\f\v]*[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)/i;
const LOOKS_NUMERIC = /^[ \t\n\r\f\v]*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \t\n\r\f\v]*$/;

/** awk's string-to-number: the longest numeric prefix, else 0. */
export function strToNum(s: string): number {
  const m = NUM_PREFIX.exec(s);
  if (!m) return 0;
  const t = m[0].trim().toLowerCase();
  if (/inf|nan/.test(t)) {
    // gawk only accepts these with an explicit sign
    if (!/^[+-]/.test(t)) return 0;
    const v = t.includes('nan') ? Number.NaN : Number.POSITIVE_INFINITY;
    return t.startsWith('-') ? -v : v;
  }
  return Number(t);
}

/** Input text (fields, getline, -v, split) becomes a strnum when it looks numeric. */
export function fromInput(s: string): Val {
  return LOOKS_NUMERIC.test(s) ? new StrNum(s, Number(s.trim())) : s;
}

export function toNum(v: Val): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strToNum(v);
  if (v instanceof StrNum) return v.n;
  return 0;
}

/** Integral values print as integers; others through a format (CONVFMT / OFMT). */
export function numToStr(n: number, fmt: string): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e16 ? String(n === 0 ? 0 : n) : BigInt(n).toString();
  if (Number.isNaN(n)) return n < 0 ? '-nan' : Object.is(n, Number.NaN) ? '-nan' : 'nan';
  if (!Number.isFinite(n)) return n < 0 ? '-inf' : '+inf';
  return sprintf(fmt, [n]);
}

export function toStr(v: Val, convfmt: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numToStr(v, convfmt);
  if (v instanceof StrNum) return v.s;
  return '';
}

export function toBool(v: Val): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  if (v instanceof StrNum) return v.n !== 0;
  return false;
}

function isNumeric(v: Val): boolean {
  return typeof v === 'number' || v instanceof StrNum;
}

/** POSIX comparison: numeric when both are numbers/strnums (or uninit), else as strings. */
export function compare(a: Val, b: Val, convfmt: string): number {
  const an = isNumeric(a) || a === UNINIT;
  const bn = isNumeric(b) || b === UNINIT;
  if (an && bn) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** Thrown by sprintf when arguments run out; awk.ts turns it into gawk's message. */
export class FormatRanOut extends Error {
  constructor(
    readonly fmt: string,
    readonly at: number,
  ) {
    super('not enough arguments to satisfy format string');
  }
}

/** awk's sprintf over already-evaluated arguments. */
export function sprintf(fmt: string, args: readonly Val[], convfmt = '%.6g'): string {
  let out = '';
  let ai = 0;
  let i = 0;
  const next = (at: number): Val => {
    if (ai >= args.length) throw new FormatRanOut(fmt, at);
    return args[ai++] as Val;
  };
  while (i < fmt.length) {
    const c = fmt[i] as string;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === '%') {
      out += '%';
      i += 2;
      continue;
    }
    const start = i;
    const ps = parseSpec(fmt, i + 1, 'hlLqjzt');
    const spec: Spec = { ...ps.spec };
    if (ps.starWidth) {
      const w = Math.trunc(toNum(next(start)));
      if (w < 0) spec.flags += '-';
      spec.width = Math.abs(w);
    }
    if (ps.starPrec) {
      const pr = Math.trunc(toNum(next(start)));
      spec.prec = pr < 0 ? null : pr;
    }
    if (spec.conv === '') {
      out += fmt.slice(start);
      break;
    }
    i = ps.next;
    const conv = spec.conv;
    if (conv === 'd' || conv === 'i') {
      const n = toNum(next(start));
      if (!Number.isFinite(n)) out += fmtFloat({ ...spec, conv: 'f', prec: 0 }, n);
      else out += fmtInt(spec, BigInt(Math.trunc(n)));
    } else if ('ouxX'.includes(conv)) {
      const n = toNum(next(start));
      out += fmtInt(spec, Number.isFinite(n) ? BigInt(Math.trunc(n)) : 0n);
    } else if ('eEfFgG'.includes(conv)) out += fmtFloat(spec, toNum(next(start)));
    else if (conv === 's') out += fmtStr(spec, toStr(next(start), convfmt));
    else if (conv === 'c') {
      const v = next(start);
      const ch =
        typeof v === 'number'
          ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, Math.trunc(v))))
          : ([...toStr(v, convfmt)][0] ?? '');
      out += pad(spec, ch, false);
    } else out += fmt.slice(start, i);
  }
  return out;
}
