/** sort: GNU key comparison (-k POS1[,POS2] with modifiers, -t), -n -h -g -V -M -f -d -b -r -u -s -c -o. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { joinLines, lq, parseOpts, quoteIfNeeded, readInput, splitLines, tryFs } from './common.js';
import { versionCompare } from './version-compare.js';

const DEFS: OptDef[] = [
  { key: 'b', short: 'b', long: 'ignore-leading-blanks' },
  { key: 'd', short: 'd', long: 'dictionary-order' },
  { key: 'f', short: 'f', long: 'ignore-case' },
  { key: 'g', short: 'g', long: 'general-numeric-sort' },
  { key: 'i', short: 'i', long: 'ignore-nonprinting' },
  { key: 'M', short: 'M', long: 'month-sort' },
  { key: 'h', short: 'h', long: 'human-numeric-sort' },
  { key: 'n', short: 'n', long: 'numeric-sort' },
  { key: 'R', short: 'R', long: 'random-sort' },
  { key: 'r', short: 'r', long: 'reverse' },
  { key: 'V', short: 'V', long: 'version-sort' },
  { key: 'c', short: 'c', long: 'check', arg: 'optional' },
  { key: 'C', short: 'C' },
  { key: 'k', short: 'k', long: 'key', arg: 'required' },
  { key: 'm', short: 'm', long: 'merge' },
  { key: 'o', short: 'o', long: 'output', arg: 'required' },
  { key: 's', short: 's', long: 'stable' },
  { key: 'S', short: 'S', long: 'buffer-size', arg: 'required' },
  { key: 't', short: 't', long: 'field-separator', arg: 'required' },
  { key: 'T', short: 'T', long: 'temporary-directory', arg: 'required' },
  { key: 'u', short: 'u', long: 'unique' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
  { key: 'parallel', long: 'parallel', arg: 'required' },
];

const ORDER_OPTS = 'bdfgiMhnRrV';

interface Mods {
  b: boolean;
  d: boolean;
  f: boolean;
  i: boolean;
  r: boolean;
  /** n h g V M, or '' for text. */
  kind: string;
}

interface Key {
  sf: number;
  sc: number;
  ef: number | null;
  ec: number;
  mods: Mods;
  /** Whether the key named any modifier (then globals do not apply). */
  own: boolean;
  /** The modifier letters as given. */
  flags: string;
  bStart: boolean;
  bEnd: boolean;
}

function emptyMods(): Mods {
  return { b: false, d: false, f: false, i: false, r: false, kind: '' };
}

function applyMod(m: Mods, c: string): void {
  if (c === 'b' || c === 'd' || c === 'f' || c === 'i' || c === 'r') m[c] = true;
  else m.kind = c;
}

/** Parse -k POS1[,POS2]; returns the key or an error text. */
function parseKey(spec: string): Key | string {
  const m = /^([0-9]+)(?:\.([0-9]+))?([a-zA-Z]*)(?:,([0-9]+)(?:\.([0-9]+))?([a-zA-Z]*))?(.*)$/.exec(spec);
  if (!m || m[1] === undefined) return `invalid number at field start: invalid count at start of ${lq(spec)}`;
  if (m[7] !== '' || (m[4] === undefined && spec.includes(','))) {
    return `stray character in field spec: invalid field specification ${lq(spec)}`;
  }
  const sf = Number(m[1]);
  if (sf === 0) return `field number is zero: invalid field specification ${lq(spec)}`;
  const sc = m[2] === undefined ? 1 : Number(m[2]);
  if (sc === 0) return `character offset is zero: invalid field specification ${lq(spec)}`;
  const mods = emptyMods();
  const opts1 = m[3] ?? '';
  const opts2 = m[6] ?? '';
  for (const c of opts1 + opts2) {
    if (!ORDER_OPTS.includes(c))
      return `stray character in field spec: invalid field specification ${lq(spec)}`;
    applyMod(mods, c);
  }
  const ef = m[4] === undefined ? null : Number(m[4]);
  if (ef === 0) return `field number is zero: invalid field specification ${lq(spec)}`;
  return {
    sf,
    sc,
    ef,
    ec: m[5] === undefined ? 0 : Number(m[5]),
    mods,
    own: (opts1 + opts2).length > 0,
    flags: opts1 + opts2,
    bStart: opts1.includes('b'),
    bEnd: opts2.includes('b'),
  };
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Start offsets of each field (1-based index i at starts[i-1]) and the field ends. */
function fieldBounds(line: string, tab: string | null): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  if (tab !== null) {
    let s = 0;
    for (;;) {
      starts.push(s);
      const i = line.indexOf(tab, s);
      if (i < 0) {
        ends.push(line.length);
        break;
      }
      ends.push(i);
      s = i + 1;
    }
    return { starts, ends };
  }
  let i = 0;
  while (i < line.length) {
    starts.push(i);
    while (i < line.length && isBlank(line[i])) i++;
    while (i < line.length && !isBlank(line[i])) i++;
    ends.push(i);
  }
  if (starts.length === 0) {
    starts.push(0);
    ends.push(0);
  }
  return { starts, ends };
}

function keyText(line: string, k: Key, tab: string | null, globalB: boolean): string {
  const { starts, ends } = fieldBounds(line, tab);
  let a: number;
  if (k.sf > starts.length) a = line.length;
  else {
    a = starts[k.sf - 1] as number;
    if (k.bStart || (!k.own && globalB)) while (a < line.length && isBlank(line[a])) a++;
    a = Math.min(a + k.sc - 1, ends[k.sf - 1] as number);
  }
  let e: number;
  if (k.ef === null || k.ef > starts.length) e = line.length;
  else if (k.ec === 0) e = ends[k.ef - 1] as number;
  else {
    let s = starts[k.ef - 1] as number;
    if (k.bEnd || (!k.own && globalB)) while (s < line.length && isBlank(line[s])) s++;
    e = Math.min(s + k.ec, ends[k.ef - 1] as number);
  }
  return e > a ? line.slice(a, e) : '';
}

const numMemo = new Map<string, number>();

/** numPrefix, memoised (sort compares the same keys many times). */
function numOf(s: string): number {
  let v = numMemo.get(s);
  if (v === undefined) {
    if (numMemo.size > 500000) numMemo.clear();
    v = numPrefix(s);
    numMemo.set(s, v);
  }
  return v;
}

function numPrefix(s: string): number {
  const m = /^[ \t]*(-?)([0-9]*)(\.[0-9]*)?/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '.') === '.')) return 0;
  const v = Number(`${m[2] || '0'}${m[3] ?? ''}`.replace(/\.$/, ''));
  return m[1] === '-' ? -v : v;
}

const SUFFIX = ' KMGTPEZYRQ';
function human(s: string): [number, number] {
  const m = /^[ \t]*(-?)([0-9]*\.?[0-9]*)([KMGTPEZYRQk]?)/.exec(s);
  const v = m && m[2] !== '' && m[2] !== '.' ? Number(m[2]) : 0;
  const neg = m?.[1] === '-' ? -1 : 1;
  const suf = v === 0 ? 0 : Math.max(0, SUFFIX.indexOf((m?.[3] ?? '').toUpperCase()));
  return [neg * suf, neg * v];
}

function general(s: string): number {
  const m = /^[ \t]*([+-]?(?:inf(?:inity)?|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?))/i.exec(s);
  return m ? Number((m[1] as string).replace(/inf(inity)?/i, 'Infinity')) : Number.NEGATIVE_INFINITY;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function textCompare(a: string, b: string, m: Mods): number {
  if (m.d) {
    a = a.replace(/[^ \t\p{L}\p{N}]/gu, '');
    b = b.replace(/[^ \t\p{L}\p{N}]/gu, '');
  } else if (m.i) {
    a = a.replace(/[\x00-\x1f\x7f]/g, '');
    b = b.replace(/[\x00-\x1f\x7f]/g, '');
  }
  if (m.f) {
    a = a.replace(/[a-z]/g, (c) => c.toUpperCase());
    b = b.replace(/[a-z]/g, (c) => c.toUpperCase());
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBy(a: string, b: string, m: Mods): number {
  switch (m.kind) {
    case 'n': {
      const d = numOf(a) - numOf(b);
      return d < 0 ? -1 : d > 0 ? 1 : 0;
    }
    case 'h': {
      const [sa, va] = human(a);
      const [sb, vb] = human(b);
      if (sa !== sb) return sa < sb ? -1 : 1;
      return va < vb ? -1 : va > vb ? 1 : 0;
    }
    case 'g': {
      const x = general(a);
      const y = general(b);
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'M': {
      const x = MONTHS.indexOf(a.trim().slice(0, 3).toUpperCase());
      const y = MONTHS.indexOf(b.trim().slice(0, 3).toUpperCase());
      return x - y;
    }
    case 'V':
      return m.f ? versionCompare(a.toUpperCase(), b.toUpperCase()) : versionCompare(a, b);
    default:
      return textCompare(a, b, m);
  }
}

function sort(p: Proc): number {
  const r = parseOpts(p, 'sort', DEFS, 2);
  if (typeof r === 'number') return r;
  const global = emptyMods();
  let globalFlags = '';
  const keys: Key[] = [];
  let tab: string | null = null;
  let unique = false;
  let stable = false;
  let check: 'c' | 'C' | null = null;
  let output: string | null = null;
  for (const o of r.opts) {
    const v = o.value ?? '';
    if (ORDER_OPTS.includes(o.key)) {
      applyMod(global, o.key);
      globalFlags += o.key;
    } else if (o.key === 'k') {
      const k = parseKey(v);
      if (typeof k === 'string') {
        p.err(`sort: ${k}\n`);
        return 2;
      }
      keys.push(k);
    } else if (o.key === 't') {
      if ([...v].length > 1 && v !== '\\0') {
        p.err(`sort: multi-character tab ${lq(v)}\n`);
        return 2;
      }
      if (v === '') {
        p.err('sort: empty tab\n');
        return 2;
      }
      tab = v === '\\0' ? '\0' : v;
    } else if (o.key === 'u') unique = true;
    else if (o.key === 's') stable = true;
    else if (o.key === 'c') check = 'c';
    else if (o.key === 'C') check = 'C';
    else if (o.key === 'o') output = v;
  }
  // GNU refuses more than one of -g -h -M -n and (-V, -R, -d or -i) for a key; -b and -r are not reported
  for (const flags of [globalFlags, ...keys.map((k) => k.flags)]) {
    const has = (c: string) => flags.includes(c);
    const kinds =
      ['g', 'h', 'M', 'n'].filter(has).length + (has('V') || has('R') || has('d') || has('i') ? 1 : 0);
    if (kinds > 1) {
      p.err(`sort: options '-${[...'dfgiMhnRV'].filter(has).join('')}' are incompatible\n`);
      return 2;
    }
  }
  const effKeys: Key[] = keys.length
    ? keys.map((k) => (k.own ? k : { ...k, mods: { ...global } }))
    : [
        {
          sf: 1,
          sc: 1,
          ef: null,
          ec: 0,
          mods: { ...global },
          own: false,
          flags: '',
          bStart: false,
          bEnd: false,
        },
      ];
  const wholeLine = keys.length === 0;
  // keys are extracted once per line (decorate, sort, undecorate)
  const keyCache = new Map<string, string[]>();
  const keysOf = (line: string): string[] => {
    let ks = keyCache.get(line);
    if (!ks) {
      ks = effKeys.map((k) => {
        const t = wholeLine ? line : keyText(line, k, tab, global.b);
        return k.mods.b && wholeLine ? t.replace(/^[ \t]+/, '') : t;
      });
      keyCache.set(line, ks);
    }
    return ks;
  };
  const cmpKeys = (a: string, b: string): number => {
    const ka = keysOf(a);
    const kb = keysOf(b);
    for (let i = 0; i < effKeys.length; i++) {
      const k = effKeys[i] as Key;
      let c = compareBy(ka[i] as string, kb[i] as string, k.mods);
      if (k.mods.r) c = -c;
      if (c !== 0) return c;
    }
    return 0;
  };
  const cmp = (a: string, b: string): number => {
    const c = cmpKeys(a, b);
    if (c !== 0 || stable || unique) return c;
    const last = a < b ? -1 : a > b ? 1 : 0;
    return global.r ? -last : last;
  };
  const files = r.operands.length ? r.operands : ['-'];
  const lines: { line: string; file: string; no: number }[] = [];
  for (const f of files) {
    const got = readInput(p, f);
    if (!got.ok) {
      if (got.code === 'EISDIR') p.err(`sort: read failed: ${f}: ${got.text}\n`);
      else if (check) p.err(`sort: open failed: ${f}: ${got.text}\n`);
      else p.err(`sort: cannot read: ${quoteIfNeeded(f)}: ${got.text}\n`);
      return 2;
    }
    splitLines(got.data).forEach((line, i) => {
      lines.push({ line, file: f, no: i + 1 });
    });
  }
  if (check) {
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1] as { line: string };
      const cur = lines[i] as { line: string; file: string; no: number };
      const c = cmp(prev.line, cur.line);
      if (c > 0 || (unique && c === 0)) {
        if (check === 'c') p.err(`sort: ${cur.file}:${cur.no}: disorder: ${cur.line}\n`);
        return 1;
      }
    }
    return 0;
  }
  const sorted = lines.map((l) => l.line).sort(cmp);
  const out: string[] = [];
  for (const l of sorted) {
    if (unique && out.length > 0 && cmpKeys(out[out.length - 1] as string, l) === 0) continue;
    out.push(l);
  }
  const text = joinLines(out);
  if (output !== null) {
    const err = tryFs(() => p.ctx.fs.writeFile(output as string, text, p.ctx.cwd));
    if (err) {
      p.err(`sort: open failed: ${output}: ${err.text}\n`);
      return 2;
    }
    return 0;
  }
  p.out(text);
  return 0;
}

export const SORT: CommandDef = {
  name: 'sort',
  path: '/usr/bin/sort',
  run: sort,
  summary: 'sort lines of text files',
};
