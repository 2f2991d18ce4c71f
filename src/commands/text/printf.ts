/**
 * printf as bash's builtin: escapes in the format, %s %b %q %c %d %i %o %u
 * %x %X %e %f %g (and upper-case forms), flags, widths and precision (also
 * '*'), and format reuse while arguments remain.
 */
import type { CommandDef, Proc } from '../../shell/types.js';
import { fmtFloat, fmtInt, fmtStr, pad, parseSpec, type Spec } from './cformat.js';
import { expandEscapes } from './escapes.js';

const MIN64 = -(1n << 63n);
const MAX64 = (1n << 63n) - 1n;

interface State {
  args: string[];
  next: number;
  status: number;
  p: Proc;
}

/** bash's `bash: printf: ` (with `line N: ` under -c). */
function prefix(p: Proc): string {
  return `${p.errPrefix ?? 'bash: '}printf: `;
}

function takeArg(st: State): string | undefined {
  if (st.next >= st.args.length) return undefined;
  return st.args[st.next++];
}

/** strtoimax-like parse with bash's diagnostics. */
function intArg(st: State, a: string | undefined): bigint {
  if (a === undefined || a === '') return 0n;
  if (a[0] === "'" || a[0] === '"') return BigInt(a.codePointAt(1) ?? 0);
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(a);
  if (!m) {
    st.p.err(`${prefix(st.p)}${a}: invalid number\n`);
    st.status = 1;
    return 0n;
  }
  const body = m[2] as string;
  let v = /^0[xX]/.test(body) ? BigInt(body) : body.startsWith('0') ? BigInt(`0o${body}`) : BigInt(body);
  if (m[1] === '-') v = -v;
  if (m[0].length !== a.length) {
    st.p.err(`${prefix(st.p)}${a}: invalid number\n`);
    st.status = 1;
  }
  if (v > MAX64 || v < MIN64) {
    st.p.err(`${prefix(st.p)}warning: ${a}: Numerical result out of range\n`);
    v = v > MAX64 ? MAX64 : MIN64;
  }
  return v;
}

function floatArg(st: State, a: string | undefined): number {
  if (a === undefined || a === '') return 0;
  if (a[0] === "'" || a[0] === '"') return a.codePointAt(1) ?? 0;
  const m =
    /^\s*[+-]?(?:inf(?:inity)?|nan|0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/i.exec(
      a,
    );
  if (!m) {
    st.p.err(`${prefix(st.p)}${a}: invalid number\n`);
    st.status = 1;
    return 0;
  }
  if (m[0].length !== a.length) {
    st.p.err(`${prefix(st.p)}${a}: invalid number\n`);
    st.status = 1;
  }
  const t = m[0].trim().toLowerCase();
  const neg = t.startsWith('-');
  const u = t.replace(/^[+-]/, '');
  const v = u.startsWith('inf') ? Infinity : u === 'nan' ? NaN : u.startsWith('0x') ? Number(u) : Number(u);
  return neg ? -v : v;
}

function shellQuote(s: string): string {
  if (s === '') return "''";
  if (/[\n\t\r\x07\b\f\v\x1b]/.test(s)) {
    const esc = s
      .replace(/[\\']/g, (c) => `\\${c}`)
      .replace(/[\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : '\\r'));
    return `$'${esc}'`;
  }
  return s.replace(/[ \t!"#$&'()*,;<>?[\\\]^`{|}~]/g, (c) => `\\${c}`);
}

/** Run the format once; returns 'stop' on \c or a format error, else the number of args used. */
function runFormat(fmt: string, st: State, out: string[]): 'stop' | number {
  const before = st.next;
  let i = 0;
  let lit = '';
  const flush = () => {
    if (lit) out.push(expandEscapes(lit, 'printf').text);
    lit = '';
  };
  while (i < fmt.length) {
    const ch = fmt[i] as string;
    if (ch === '\\' && i + 1 < fmt.length) {
      lit += fmt.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== '%') {
      lit += ch;
      i++;
      continue;
    }
    if (fmt[i + 1] === '%') {
      lit += '%';
      i += 2;
      continue;
    }
    flush();
    const ps = parseSpec(fmt, i + 1, 'hjlLtz');
    const spec: Spec = { ...ps.spec };
    if (spec.conv === '') {
      st.p.err(`${prefix(st.p)}\`%': missing format character\n`);
      st.status = 1;
      return 'stop';
    }
    if (ps.starWidth) {
      const w = Number(intArg(st, takeArg(st)));
      if (w < 0) spec.flags += '-';
      spec.width = Math.abs(w);
    }
    if (ps.starPrec) {
      const pr = Number(intArg(st, takeArg(st)));
      spec.prec = pr < 0 ? null : pr;
    }
    i = ps.next;
    const c = spec.conv;
    if (c === 's') out.push(fmtStr(spec, takeArg(st) ?? '', true));
    else if (c === 'b') {
      const x = expandEscapes(takeArg(st) ?? '', 'b');
      out.push(fmtStr(spec, x.text, true));
      if (x.stop) return 'stop';
    } else if (c === 'q') out.push(fmtStr(spec, shellQuote(takeArg(st) ?? ''), true));
    else if (c === 'c') {
      const a = takeArg(st);
      out.push(pad(spec, a === undefined || a === '' ? '\0' : ([...a][0] as string), false, true));
    } else if ('diouxX'.includes(c)) out.push(fmtInt(spec, intArg(st, takeArg(st))));
    else if ('eEfFgG'.includes(c)) out.push(fmtFloat(spec, floatArg(st, takeArg(st))));
    else {
      st.p.err(`${prefix(st.p)}\`${c}': invalid format character\n`);
      st.status = 1;
      return 'stop';
    }
  }
  flush();
  return st.next - before;
}

function printf(p: Proc): number {
  let args = p.argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    p.err('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const fmt = args[0] as string;
  const st: State = { args: args.slice(1), next: 0, status: 0, p };
  const out: string[] = [];
  for (;;) {
    const used = runFormat(fmt, st, out);
    if (used === 'stop' || used === 0 || st.next >= st.args.length) break;
  }
  p.out(out.join(''));
  return st.status;
}

export const PRINTF: CommandDef = {
  name: 'printf',
  path: '/usr/bin/printf',
  run: printf,
  summary: 'format and print data',
};
