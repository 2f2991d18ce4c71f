/** awk's built-in functions (POSIX plus the gawk ones people use: gensub, systime, strftime, bitwise). */
import type { Proc } from '../../shell/types.js';
import type { Expr, LValue } from './awk-ast.js';
import type { AwkStreams } from './awk-io.js';
import { fromInput, StrNum, sprintf, toNum, toStr, type Val } from './awk-values.js';
import { strftime } from './date-format.js';
import type { PosixRegex } from './regex.js';

/** What the built-ins need from the interpreter. */
export interface AwkRuntime {
  readonly p: Proc;
  readonly streams: AwkStreams;
  readonly convfmt: string;
  randState: number[] | null;
  seed: number;
  evalExpr(e: Expr): Val;
  assign(t: LValue, v: Val): Val;
  getArray(name: string): Map<string, Val>;
  isArray(name: string): boolean;
  setVar(name: string, v: Val): void;
  str(name: string): string;
  regexOf(e: Expr): PosixRegex;
  splitWith(s: string, fs: string): string[];
  fatal(msg: string): never;
  warn(msg: string): void;
}

const FIELD0: LValue = { t: 'field', e: { t: 'num', v: 0 } };

function argCount(rt: AwkRuntime, name: string, args: Expr[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    rt.fatal(`${args.length < min ? 'not enough' : 'too many'} arguments in call to \`${name}'`);
  }
}

/** Replace matches of re in s; `which` is 0 for all, else the n-th match. */
function substitute(
  re: PosixRegex,
  s: string,
  which: number,
  repl: (m: { text: string; groups: (string | undefined)[] }) => string,
): { out: string; count: number } {
  let out = '';
  let pos = 0;
  let count = 0;
  let n = 0;
  let lastEnd = -1;
  while (pos <= s.length) {
    const m = re.exec(s, pos);
    if (!m) break;
    if (m.text === '' && m.index === lastEnd) {
      // an empty match right after the previous match: move on one character
      if (m.index >= s.length) break;
      out += s.slice(pos, m.index + 1);
      pos = m.index + 1;
      continue;
    }
    n++;
    out += s.slice(pos, m.index);
    if (which === 0 || n === which) {
      out += repl(m);
      count++;
    } else out += m.text;
    pos = m.index + m.text.length;
    lastEnd = pos;
    if (m.text === '') {
      if (m.index >= s.length) break;
      out += s[m.index];
      pos = m.index + 1;
    }
    if (which !== 0 && n >= which) break;
  }
  out += s.slice(pos);
  return { out, count };
}

/** sub/gsub replacement: & is the match, \& a literal &, \\ a backslash. */
function subRepl(r: string, text: string): string {
  let out = '';
  for (let i = 0; i < r.length; i++) {
    const c = r[i] as string;
    if (c === '\\' && (r[i + 1] === '&' || r[i + 1] === '\\')) {
      out += r[i + 1];
      i++;
    } else if (c === '&') out += text;
    else out += c;
  }
  return out;
}

function gensubRepl(r: string, m: { text: string; groups: (string | undefined)[] }): string {
  let out = '';
  for (let i = 0; i < r.length; i++) {
    const c = r[i] as string;
    const d = r[i + 1];
    if (c === '\\' && d !== undefined && /[0-9&\\]/.test(d)) {
      if (d === '&') out += '&';
      else if (d === '\\') out += '\\';
      else out += d === '0' ? m.text : (m.groups[Number(d) - 1] ?? '');
      i++;
    } else if (c === '&') out += m.text;
    else out += c;
  }
  return out;
}

function nextRand(rt: AwkRuntime): number {
  // a small deterministic generator (gawk's exact sequence is not reproduced)
  let x = rt.randState?.[0] ?? 0x2545f491;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  x >>>= 0;
  rt.randState = [x];
  return x / 0x100000000;
}

export function callBuiltin(rt: AwkRuntime, name: string, args: Expr[]): Val {
  const cf = rt.convfmt;
  const argStr = (i: number): string => toStr(rt.evalExpr(args[i] as Expr), cf);
  const argNum = (i: number): number => toNum(rt.evalExpr(args[i] as Expr));
  switch (name) {
    case 'length': {
      argCount(rt, name, args, 0, 1);
      const a = args[0];
      if (!a) return [...toStr(rt.evalExpr(FIELD0), cf)].length;
      if (a.t === 'var' && rt.isArray(a.name)) return rt.getArray(a.name).size;
      return [...argStr(0)].length;
    }
    case 'substr': {
      argCount(rt, name, args, 2, 3);
      const chars = [...argStr(0)];
      let start = Math.trunc(argNum(1));
      let len = args.length > 2 ? argNum(2) : Number.POSITIVE_INFINITY;
      if (Number.isNaN(len) || len <= 0) return '';
      len = Math.trunc(len);
      if (start < 1) start = 1;
      return chars.slice(start - 1, Number.isFinite(len) ? start - 1 + len : undefined).join('');
    }
    case 'index': {
      argCount(rt, name, args, 2, 2);
      const s = argStr(0);
      const t = argStr(1);
      const i = s.indexOf(t);
      return i < 0 ? 0 : [...s.slice(0, i)].length + 1;
    }
    case 'split': {
      argCount(rt, name, args, 2, 4);
      const s = argStr(0);
      const target = args[1] as Expr;
      if (target.t !== 'var') return rt.fatal('split: second argument is not an array');
      let parts: string[];
      const fsArg = args[2];
      if (fsArg?.t === 're') parts = splitRe(rt.regexOf(fsArg), s);
      else parts = rt.splitWith(s, fsArg ? argStr(2) : rt.str('FS'));
      const arr = rt.getArray(target.name);
      arr.clear();
      parts.forEach((x, i) => {
        arr.set(String(i + 1), fromInput(x));
      });
      return parts.length;
    }
    case 'sub':
    case 'gsub': {
      argCount(rt, name, args, 2, 3);
      const re = rt.regexOf(args[0] as Expr);
      const repl = argStr(1);
      const target = (args[2] ?? FIELD0) as LValue;
      if (target.t !== 'var' && target.t !== 'field' && target.t !== 'index') {
        return rt.fatal(`${name}: third argument is not a changeable object`);
      }
      const r = substitute(re, toStr(rt.evalExpr(target), cf), name === 'sub' ? 1 : 0, (m) =>
        subRepl(repl, m.text),
      );
      if (r.count > 0) rt.assign(target, r.out);
      return r.count;
    }
    case 'gensub': {
      argCount(rt, name, args, 3, 4);
      const re = rt.regexOf(args[0] as Expr);
      const repl = argStr(1);
      const how = argStr(2);
      const target = args[3] ? argStr(3) : toStr(rt.evalExpr(FIELD0), cf);
      const which = /^[gG]/.test(how) ? 0 : Math.max(1, Math.trunc(toNum(how)));
      return substitute(re, target, which, (m) => gensubRepl(repl, m)).out;
    }
    case 'match': {
      argCount(rt, name, args, 2, 3);
      const s = argStr(0);
      const m = rt.regexOf(args[1] as Expr).exec(s, 0);
      const start = m ? [...s.slice(0, m.index)].length + 1 : 0;
      const len = m ? [...m.text].length : -1;
      rt.setVar('RSTART', start);
      rt.setVar('RLENGTH', len);
      const arrArg = args[2];
      if (arrArg?.t === 'var') {
        const arr = rt.getArray(arrArg.name);
        arr.clear();
        if (m) {
          arr.set('0', fromInput(m.text));
          m.groups.forEach((g, i) => {
            if (g !== undefined) arr.set(String(i + 1), fromInput(g));
          });
        }
      }
      return start;
    }
    case 'sprintf': {
      if (args.length === 0) return rt.fatal('sprintf: no arguments');
      const vals = args.map((a) => rt.evalExpr(a));
      return sprintf(toStr(vals[0] as Val, cf), vals.slice(1), cf);
    }
    case 'tolower':
      argCount(rt, name, args, 1, 1);
      return argStr(0).toLowerCase();
    case 'toupper':
      argCount(rt, name, args, 1, 1);
      return argStr(0).toUpperCase();
    case 'int':
      return Math.trunc(argNum(0));
    case 'sqrt':
      return Math.sqrt(argNum(0));
    case 'exp':
      return Math.exp(argNum(0));
    case 'log': {
      const x = argNum(0);
      if (x < 0) rt.warn(`log: received negative argument ${toStr(x, cf)}`);
      return Math.log(x);
    }
    case 'sin':
      return Math.sin(argNum(0));
    case 'cos':
      return Math.cos(argNum(0));
    case 'atan2':
      return Math.atan2(argNum(0), argNum(1));
    case 'rand':
      return nextRand(rt);
    case 'srand': {
      const prev = rt.seed;
      rt.seed = args.length ? Math.trunc(argNum(0)) : Math.floor(rt.p.ctx.world.clock.now / 1000);
      rt.randState = [(rt.seed ^ 0x2545f491) >>> 0 || 1];
      return prev;
    }
    case 'systime':
      return Math.floor(rt.p.ctx.world.clock.now / 1000);
    case 'strftime': {
      const fmt = args.length > 0 ? argStr(0) : '%a %b %e %H:%M:%S %Z %Y';
      const ts = args.length > 1 ? argNum(1) : Math.floor(rt.p.ctx.world.clock.now / 1000);
      return strftime(fmt, ts * 1000);
    }
    case 'system': {
      const cmd = argStr(0);
      try {
        return rt.p.shell(cmd);
      } catch {
        rt.p.err(`awk: cannot run \`${cmd}': no shell here\n`);
        return -1;
      }
    }
    case 'close':
      return rt.streams.close(argStr(0));
    case 'fflush':
      return 0;
    case 'and':
    case 'or':
    case 'xor': {
      let acc = BigInt(Math.trunc(argNum(0)));
      for (let i = 1; i < args.length; i++) {
        const v = BigInt(Math.trunc(argNum(i)));
        acc = name === 'and' ? acc & v : name === 'or' ? acc | v : acc ^ v;
      }
      return Number(acc);
    }
    case 'lshift':
      return Number(BigInt(Math.trunc(argNum(0))) << BigInt(Math.trunc(argNum(1))));
    case 'rshift':
      return Number(BigInt(Math.trunc(argNum(0))) >> BigInt(Math.trunc(argNum(1))));
    case 'compl':
      return Number(~BigInt(Math.trunc(argNum(0))) & ((1n << 53n) - 1n));
    case 'asort':
    case 'asorti': {
      const src = args[0];
      if (src?.t !== 'var') return rt.fatal(`${name}: first argument is not an array`);
      const arr = rt.getArray(src.name);
      const items: Val[] = name === 'asorti' ? [...arr.keys()] : [...arr.values()];
      items.sort((a, b) => {
        const an = typeof a === 'number' || a instanceof StrNum;
        const bn = typeof b === 'number' || b instanceof StrNum;
        if (an && bn) return toNum(a) - toNum(b);
        if (an !== bn) return an ? -1 : 1;
        const x = toStr(a, cf);
        const y = toStr(b, cf);
        return x < y ? -1 : x > y ? 1 : 0;
      });
      const dst = args[1]?.t === 'var' ? rt.getArray((args[1] as { name: string }).name) : arr;
      dst.clear();
      items.forEach((v, i) => {
        dst.set(String(i + 1), v);
      });
      return items.length;
    }
    default:
      return rt.fatal(`function \`${name}' not defined`);
  }
}

function splitRe(re: PosixRegex, s: string): string[] {
  if (s === '') return [];
  const out: string[] = [];
  let start = 0;
  let from = 0;
  while (from <= s.length) {
    const m = re.exec(s, from);
    if (!m) break;
    if (m.text === '') {
      from = m.index + 1;
      continue;
    }
    out.push(s.slice(start, m.index));
    start = m.index + m.text.length;
    from = start;
  }
  out.push(s.slice(start));
  return out;
}
