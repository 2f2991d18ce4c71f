/** seq: LAST, FIRST LAST, FIRST INCREMENT LAST with -s -w -f (exact integers, %g-style precision). */
import type { CommandDef, Proc } from '../../shell/types.js';
import { getopt, type OptDef } from '../getopt.js';
import { fmtFloat, parseSpec } from './cformat.js';
import { lq, usageError } from './common.js';

const DEFS: OptDef[] = [
  { key: 'f', short: 'f', long: 'format', arg: 'required' },
  { key: 's', short: 's', long: 'separator', arg: 'required' },
  { key: 'w', short: 'w', long: 'equal-width' },
];

const LIMIT = 10_000_000;

interface Num {
  v: number;
  /** Digits after the decimal point as written (for the output precision). */
  prec: number;
  exp: boolean;
  text: string;
}

function parseNum(s: string): Num | null {
  const t = s.trim();
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(t)) return { v: Number.parseInt(t, 16), prec: 0, exp: false, text: t };
  if (
    !/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(t) &&
    !/^[+-]?(inf|infinity|nan)$/i.test(t)
  )
    return null;
  const m = /\.([0-9]*)/.exec(t.replace(/[eE].*$/, ''));
  return { v: Number(t), prec: m ? (m[1] as string).length : 0, exp: /[eE]/.test(t), text: t };
}

function seq(p: Proc): number {
  // negative numbers are operands, not options, and options stop at the first operand
  const args = p.argv.slice(1);
  let split = 0;
  while (split < args.length) {
    const a = args[split] as string;
    if (a === '--') {
      split++;
      break;
    }
    if (!a.startsWith('-') || a === '-' || /^-[0-9.]/.test(a)) break;
    split++;
    const takesArg =
      /^--(format|separator)$/.test(a) || (/^-[^-]/.test(a) && /[fs]$/.test(a) && !/[fs]./.test(a.slice(1)));
    if (takesArg) split++;
  }
  const r = getopt('seq', args.slice(0, split), DEFS, { posix: true });
  if (!r.ok) return usageError(p, 'seq', r.error, 1);
  const operands = [...r.operands, ...args.slice(split)];
  let sep = '\n';
  let fmt: string | null = null;
  let width = false;
  for (const o of r.opts) {
    if (o.key === 's') sep = o.value ?? '';
    else if (o.key === 'f') fmt = o.value ?? '';
    else width = true;
  }
  if (operands.length === 0) return usageError(p, 'seq', 'seq: missing operand', 1);
  if (operands.length > 3) return usageError(p, 'seq', `seq: extra operand ${lq(operands[3])}`, 1);
  const nums: Num[] = [];
  for (const o of operands) {
    const n = parseNum(o);
    if (!n || Number.isNaN(n.v))
      return usageError(p, 'seq', `seq: invalid floating point argument: ${lq(o)}`, 1);
    nums.push(n);
  }
  const first = nums.length > 1 ? (nums[0] as Num) : (parseNum('1') as Num);
  const step = nums.length === 3 ? (nums[1] as Num) : (parseNum('1') as Num);
  const last = nums[nums.length - 1] as Num;
  if (step.v === 0) return usageError(p, 'seq', `seq: invalid Zero increment value: ${lq(step.text)}`, 1);
  if (fmt !== null) {
    const pct = [...fmt.matchAll(/%(%|[^a-zA-Z%]*[a-zA-Z])/g)].filter((m) => m[1] !== '%');
    if (pct.length !== 1 || !/[eEfFgGaA]$/.test((pct[0] as RegExpMatchArray)[1] as string)) {
      const d = pct[0]?.[0] ?? '';
      p.err(
        pct.length === 0
          ? `seq: format ${lq(fmt)} has no % directive\n`
          : `seq: format ${lq(fmt)} has unknown ${d} directive\n`,
      );
      return 1;
    }
  }
  const out: string[] = [];
  const integers =
    fmt === null && [first, step, last].every((n) => n.prec === 0 && !n.exp && Number.isFinite(n.v));
  if (integers) {
    const a = BigInt(first.text.replace(/^\+/, ''));
    const s = BigInt(step.text.replace(/^\+/, ''));
    const b = BigInt(last.text.replace(/^\+/, ''));
    const w = width ? Math.max(a.toString().length, b.toString().length) : 0;
    for (let x = a, n = 0; s > 0n ? x <= b : x >= b; x += s, n++) {
      if (n >= LIMIT) break;
      const str = x.toString();
      out.push(
        w && str.length < w ? (x < 0n ? `-${str.slice(1).padStart(w - 1, '0')}` : str.padStart(w, '0')) : str,
      );
    }
  } else {
    const prec = Math.max(first.prec, step.prec);
    const useG = first.exp || step.exp || last.exp;
    const render = (x: number): string => {
      if (fmt !== null) return renderFormat(fmt, x);
      if (useG) return fmtFloat({ flags: '', width: null, prec: null, conv: 'g' }, x);
      return fmtFloat({ flags: '', width: null, prec, conv: 'f' }, x);
    };
    const vals: string[] = [];
    for (let n = 0; n < LIMIT; n++) {
      const x = first.v + n * step.v;
      if (step.v > 0 ? x > last.v : x < last.v) break;
      vals.push(render(x));
    }
    const w = width ? Math.max(...vals.map((v) => v.length), render(last.v).length) : 0;
    for (const v of vals)
      out.push(w ? (v.startsWith('-') ? `-${v.slice(1).padStart(w - 1, '0')}` : v.padStart(w, '0')) : v);
  }
  if (out.length) p.out(`${out.join(sep)}\n`);
  return 0;
}

function renderFormat(fmt: string, x: number): string {
  let s = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i] as string;
    if (c !== '%') {
      s += c;
      continue;
    }
    if (fmt[i + 1] === '%') {
      s += '%';
      i++;
      continue;
    }
    const ps = parseSpec(fmt, i + 1, 'lLhjzt');
    s += fmtFloat(ps.spec, x);
    i = ps.next - 1;
  }
  return s;
}

export const SEQ: CommandDef = {
  name: 'seq',
  path: '/usr/bin/seq',
  run: seq,
  summary: 'print a sequence of numbers',
};
