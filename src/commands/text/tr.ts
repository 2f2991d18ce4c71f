/**
 * tr: translate, delete (-d), squeeze (-s), complement (-c), truncate
 * (-t); sets with ranges, escapes, [:class:], [=c=] and [c*n]. Like GNU tr
 * it works on bytes.
 */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, usageError } from './common.js';

const DEFS: OptDef[] = [
  { key: 'c', short: 'c', long: 'complement' },
  { key: 'c', short: 'C' },
  { key: 'd', short: 'd', long: 'delete' },
  { key: 's', short: 's', long: 'squeeze-repeats' },
  { key: 't', short: 't', long: 'truncate-set1' },
];

const CLASS: Record<string, (b: number) => boolean> = {
  alnum: (b) => CLASS.alpha!(b) || CLASS.digit!(b),
  alpha: (b) => CLASS.upper!(b) || CLASS.lower!(b),
  blank: (b) => b === 32 || b === 9,
  cntrl: (b) => b < 32 || b === 127,
  digit: (b) => b >= 48 && b <= 57,
  graph: (b) => b > 32 && b < 127,
  lower: (b) => b >= 97 && b <= 122,
  print: (b) => b >= 32 && b < 127,
  punct: (b) => b > 32 && b < 127 && !CLASS.alnum!(b),
  space: (b) => b === 32 || (b >= 9 && b <= 13),
  upper: (b) => b >= 65 && b <= 90,
  xdigit: (b) => CLASS.digit!(b) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102),
};

const ESC: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** One element of a parsed set. */
type Item =
  | { t: 'byte'; b: number }
  | { t: 'class'; name: string; bytes: number[] }
  | { t: 'repeat'; b: number; n: number | null };

function utf8(s: string): number[] {
  return [...new TextEncoder().encode(s)];
}

function parseSet(s: string, allowRepeat: boolean): Item[] | string {
  const src = utf8(s);
  const items: Item[] = [];
  let i = 0;
  const one = (): number => {
    const b = src[i] as number;
    if (b === 92 && i + 1 < src.length) {
      const c = String.fromCharCode(src[i + 1] as number);
      if (/[0-7]/.test(c)) {
        let d = '';
        let j = i + 1;
        while (d.length < 3 && j < src.length && /[0-7]/.test(String.fromCharCode(src[j] as number))) {
          d += String.fromCharCode(src[j] as number);
          j++;
        }
        i = j;
        return parseInt(d, 8) & 0xff;
      }
      i += 2;
      return ESC[c] ?? (src[i - 1] as number);
    }
    i++;
    return b;
  };
  const text = String.fromCharCode(...src);
  while (i < src.length) {
    const rest = text.slice(i);
    const cls = /^\[:([a-z]*):\]/.exec(rest);
    if (cls) {
      const name = cls[1] as string;
      const test = CLASS[name];
      if (!test) return `invalid character class ${lq(name)}`;
      const bytes: number[] = [];
      for (let b = 0; b < 256; b++) if (test(b)) bytes.push(b);
      items.push({ t: 'class', name, bytes });
      i += cls[0].length;
      continue;
    }
    const eq = /^\[=(.)=\]/s.exec(rest);
    if (eq) {
      items.push({ t: 'byte', b: (eq[1] as string).charCodeAt(0) });
      i += eq[0].length;
      continue;
    }
    const rep = allowRepeat ? /^\[(\\?.)\*([0-9]*)\]/s.exec(rest) : null;
    if (rep) {
      const save = i;
      i++;
      const b = one();
      i = save + rep[0].length;
      const n = rep[2] === '' ? null : rep[2]?.startsWith('0') ? parseInt(rep[2], 8) : Number(rep[2]);
      items.push({ t: 'repeat', b, n: n === 0 ? null : n });
      continue;
    }
    const lo = one();
    if (src[i] === 45 && i + 1 < src.length) {
      i++;
      const hi = one();
      if (hi < lo) {
        const show = (b: number) =>
          b >= 32 && b < 127 ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`;
        return `range-endpoints of '${show(lo)}-${show(hi)}' are in reverse collating sequence order`;
      }
      for (let b = lo; b <= hi; b++) items.push({ t: 'byte', b });
      continue;
    }
    items.push({ t: 'byte', b: lo });
  }
  return items;
}

function flatten(items: Item[], fillTo: number): number[] {
  const fixed = items.reduce(
    (n, it) => n + (it.t === 'byte' ? 1 : it.t === 'class' ? it.bytes.length : (it.n ?? 0)),
    0,
  );
  const out: number[] = [];
  for (const it of items) {
    if (it.t === 'byte') out.push(it.b);
    else if (it.t === 'class') out.push(...it.bytes);
    else {
      const n = it.n ?? Math.max(0, fillTo - fixed);
      for (let k = 0; k < n; k++) out.push(it.b);
    }
  }
  return out;
}

function tr(p: Proc): number {
  const r = parseOpts(p, 'tr', DEFS, 1, { posix: true });
  if (typeof r === 'number') return r;
  const flags = new Set(r.opts.map((o) => o.key));
  const del = flags.has('d');
  const squeeze = flags.has('s');
  const comp = flags.has('c');
  const ops = r.operands;
  const translating = !del && ops.length >= 2;
  const need = del && squeeze ? 2 : del || (squeeze && ops.length < 2) ? 1 : 2;
  if (ops.length === 0) return usageError(p, 'tr', 'tr: missing operand', 1);
  if (ops.length < need) {
    const why = del ? 'both deleting and squeezing repeats' : 'translating';
    return usageError(
      p,
      'tr',
      `tr: missing operand after ${lq(ops[ops.length - 1])}\nTwo strings must be given when ${why}.`,
      1,
    );
  }
  if (ops.length > need) {
    const extra = `tr: extra operand ${lq(ops[need])}`;
    if (del && !squeeze) {
      return usageError(
        p,
        'tr',
        `${extra}\nOnly one string may be given when deleting without squeezing repeats.`,
        1,
      );
    }
    return usageError(p, 'tr', extra, 1);
  }
  const s1 = parseSet(ops[0] as string, false);
  if (typeof s1 === 'string') {
    p.err(`tr: ${s1}\n`);
    return 1;
  }
  const s2items = ops[1] !== undefined ? parseSet(ops[1], true) : [];
  if (typeof s2items === 'string') {
    p.err(`tr: ${s2items}\n`);
    return 1;
  }
  let set1 = flatten(s1, 0);
  if (comp) {
    const inSet = new Set(set1);
    set1 = [];
    for (let b = 0; b < 256; b++) if (!inSet.has(b)) set1.push(b);
  }
  const map = new Map<number, number>();
  let set2: number[] = [];
  if (translating) {
    if (s2items.some((it) => it.t === 'class' && it.name !== 'upper' && it.name !== 'lower')) {
      p.err(
        "tr: when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'\n",
      );
      return 1;
    }
    set2 = flatten(s2items, set1.length);
    const lastIt = s2items[s2items.length - 1];
    if (comp && set1.length > set2.length && lastIt?.t === 'class') {
      p.err(
        'tr: when translating with string1 longer than string2,\nthe latter string must not end with a character class\n',
      );
      return 1;
    }
    const caseIdx = s2items.findIndex(
      (it) => it.t === 'class' && (it.name === 'upper' || it.name === 'lower'),
    );
    if (caseIdx >= 0) {
      const it2 = s2items[caseIdx] as { name: string };
      const it1 = s1[caseIdx];
      const want = it2.name === 'upper' ? 'lower' : 'upper';
      if (comp || it1?.t !== 'class' || it1.name !== want) {
        p.err('tr: misaligned [:upper:] and/or [:lower:] construct\n');
        return 1;
      }
    }
    if (set2.length === 0) {
      p.err('tr: when not truncating set1, string2 must be non-empty\n');
      return 1;
    }
    if (flags.has('t')) set1 = set1.slice(0, set2.length);
    const last = set2[set2.length - 1] as number;
    set1.forEach((b, i) => {
      map.set(b, set2[i] ?? last);
    });
  }
  const delSet = new Set(del ? set1 : []);
  const squeezeSet = new Set(squeeze ? (translating ? set2 : del ? flatten(s2items, 0) : set1) : []);
  const input = utf8(p.stdin);
  const out: number[] = [];
  let prev = -1;
  for (const b of input) {
    if (delSet.has(b)) continue;
    const c = map.get(b) ?? b;
    if (squeezeSet.has(c) && c === prev) continue;
    out.push(c);
    prev = c;
  }
  p.out(new TextDecoder().decode(Uint8Array.from(out)));
  return 0;
}

export const TR: CommandDef = {
  name: 'tr',
  path: '/usr/bin/tr',
  run: tr,
  summary: 'translate or delete characters',
};
