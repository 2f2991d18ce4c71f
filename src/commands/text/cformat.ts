/**
 * C printf conversions (%d %i %o %u %x %X %e %E %f %F %g %G %c %s) shared by
 * printf, awk's printf/sprintf and seq. Integers are formatted as 64-bit
 * (BigInt), floats with glibc's round-half-even on exact ties.
 */
import { byteLength } from './common.js';

export interface Spec {
  flags: string;
  width: number | null;
  prec: number | null;
  conv: string;
}

const MASK64 = (1n << 64n) - 1n;

/** Pad a converted body to the spec's width (left with spaces or zeros, or right with '-'). */
export function pad(spec: Spec, body: string, numeric: boolean, bytes = false): string {
  const len = bytes ? byteLength(body) : [...body].length;
  const w = spec.width ?? 0;
  if (len >= w) return body;
  const fill = w - len;
  if (spec.flags.includes('-')) return body + ' '.repeat(fill);
  if (numeric && spec.flags.includes('0')) {
    const m = /^([+\- ]?(?:0[xX])?)(.*)$/.exec(body);
    const sign = m?.[1] ?? '';
    const rest = m?.[2] ?? body;
    if (/^[0-9a-fA-F.]/.test(rest) || rest === '') return sign + '0'.repeat(fill) + rest;
  }
  return ' '.repeat(fill) + body;
}

/** %d %i %o %u %x %X of a 64-bit integer. */
export function fmtInt(spec: Spec, v: bigint): string {
  const c = spec.conv;
  let digits: string;
  let sign = '';
  if (c === 'd' || c === 'i') {
    if (v < 0n) {
      sign = '-';
      digits = (-v).toString();
    } else {
      sign = spec.flags.includes('+') ? '+' : spec.flags.includes(' ') ? ' ' : '';
      digits = v.toString();
    }
  } else {
    const u = v & MASK64;
    const radix = c === 'o' ? 8 : c === 'u' ? 10 : 16;
    digits = u.toString(radix);
    if (c === 'X') digits = digits.toUpperCase();
    if (spec.flags.includes('#') && u !== 0n) {
      if (c === 'o') digits = `0${digits}`;
      else if (c === 'x') sign = '0x';
      else if (c === 'X') sign = '0X';
    }
  }
  if (spec.prec !== null) {
    if (spec.prec === 0 && digits === '0') digits = '';
    if (digits.length < spec.prec) digits = '0'.repeat(spec.prec - digits.length) + digits;
    // with a precision the 0 flag is ignored
    return pad({ ...spec, flags: spec.flags.replace(/0/g, '') }, sign + digits, true);
  }
  return pad(spec, sign + digits, true);
}

/** x.toFixed(f) with round-half-even on exact ties and no exponent for huge values. */
export function toFixedC(x: number, f: number): string {
  if (Math.abs(x) >= 1e21) {
    const int = BigInt(x).toString();
    return f > 0 ? `${int}.${'0'.repeat(f)}` : int;
  }
  const fd = Math.min(100, f);
  const long = x.toFixed(Math.min(100, fd + 30));
  const dot = long.indexOf('.');
  const tail = long.slice(dot + 1 + fd);
  if (/^50*$/.test(tail)) {
    // an exact tie: round to even
    const head = long.slice(0, dot + 1 + fd).replace(/\.$/, '');
    const lastDigit = Number(head.replace(/[^0-9]/g, '').slice(-1));
    if (lastDigit % 2 === 0) return head;
  }
  return x.toFixed(fd);
}

function toExponentialC(x: number, p: number): string {
  const fd = Math.min(100, p);
  const long = x.toExponential(Math.min(100, fd + 25));
  const e = long.indexOf('e');
  const mant = long.slice(0, e);
  const dot = mant.indexOf('.');
  const tail = mant.slice(dot + 1 + fd);
  if (/^50*$/.test(tail)) {
    const head = mant.slice(0, dot + 1 + fd).replace(/\.$/, '');
    if (Number(head.slice(-1)) % 2 === 0) return head + long.slice(e);
  }
  return x.toExponential(fd);
}

function expForm(x: number, p: number, upper: boolean): string {
  let s = toExponentialC(x, p);
  const m = /^(-?[0-9.]+)e([+-])([0-9]+)$/.exec(s);
  if (m) s = `${m[1]}e${m[2]}${(m[3] as string).padStart(2, '0')}`;
  return upper ? s.toUpperCase() : s;
}

/** %e %E %f %F %g %G of a double. */
export function fmtFloat(spec: Spec, x: number): string {
  const c = spec.conv;
  const upper = c === 'E' || c === 'F' || c === 'G';
  const alt = spec.flags.includes('#');
  let sign = '';
  if (x < 0 || Object.is(x, -0)) {
    sign = '-';
    x = -x;
  } else if (spec.flags.includes('+')) sign = '+';
  else if (spec.flags.includes(' ')) sign = ' ';
  let body: string;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    return pad({ ...spec, flags: spec.flags.replace(/0/g, '') }, sign + body, true);
  }
  const p = spec.prec ?? 6;
  if (c === 'f' || c === 'F') {
    body = toFixedC(x, p);
    if (alt && p === 0) body += '.';
  } else if (c === 'e' || c === 'E') {
    body = expForm(x, p, upper);
  } else {
    const P = p === 0 ? 1 : p;
    let X = 0;
    if (x !== 0) {
      const e = expForm(x, P - 1, false);
      X = Number(e.slice(e.indexOf('e') + 1));
    }
    if (P > X && X >= -4) body = toFixedC(x, P - 1 - X);
    else body = expForm(x, P - 1, upper);
    if (!alt) {
      const ePos = body.search(/[eE]/);
      let mant = ePos >= 0 ? body.slice(0, ePos) : body;
      const exp = ePos >= 0 ? body.slice(ePos) : '';
      if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
      body = mant + exp;
    }
  }
  return pad(spec, sign + body, true);
}

/** %s with precision (characters, or bytes when `bytes`). */
export function fmtStr(spec: Spec, s: string, bytes = false): string {
  if (spec.prec !== null) {
    if (bytes) {
      let out = '';
      let n = 0;
      for (const ch of s) {
        const b = byteLength(ch);
        if (n + b > spec.prec) break;
        out += ch;
        n += b;
      }
      s = out;
    } else s = [...s].slice(0, spec.prec).join('');
  }
  return pad({ ...spec, flags: spec.flags.replace(/0/g, '') }, s, false, bytes);
}

/**
 * Parse the spec after a '%' at format[i] (i points after the '%'). Returns
 * the spec, which arguments are taken by '*' and the index after it; conv is
 * '' when the format ended.
 */
export function parseSpec(
  fmt: string,
  i: number,
  lengthMods: string,
): { spec: Spec; starWidth: boolean; starPrec: boolean; next: number } {
  let flags = '';
  while (i < fmt.length && '-+ #0'.includes(fmt[i] as string)) flags += fmt[i++];
  let width: number | null = null;
  let starWidth = false;
  if (fmt[i] === '*') {
    starWidth = true;
    i++;
  } else {
    let w = '';
    while (i < fmt.length && /[0-9]/.test(fmt[i] as string)) w += fmt[i++];
    if (w) width = Number(w);
  }
  let prec: number | null = null;
  let starPrec = false;
  if (fmt[i] === '.') {
    i++;
    if (fmt[i] === '*') {
      starPrec = true;
      i++;
    } else {
      let d = '';
      while (i < fmt.length && /[0-9]/.test(fmt[i] as string)) d += fmt[i++];
      prec = Number(d || '0');
    }
  }
  while (i < fmt.length && lengthMods.includes(fmt[i] as string)) i++;
  const conv = fmt[i] ?? '';
  return { spec: { flags, width, prec, conv }, starWidth, starPrec, next: i + 1 };
}
