/**
 * Brace expansion, bash's first expansion: `a{b,c}d`, `{1..10..2}`,
 * `{01..10}`, `{a..e}`, nested braces. It works on a word's syntax before
 * any other expansion, following bash's braces.c: only unquoted `{ , }`
 * count (quoted text, `$x`, `${…}`, `$(…)` pass through whole), a brace
 * without a comma or a valid sequence stays literal, and the rest of the
 * word is expanded after the first brace that qualifies.
 */
import type { Word, WordPart } from './ast.js';

/** One unquoted character of the word's text, or a quoted or expanding part taken whole. */
type Atom = string | WordPart;

/** Sequences longer than this stay literal (bash would try to allocate them all). */
const MAX_SEQ = 1_000_000;

const cache = new WeakMap<Word, Word[]>();
const EMPTY: WordPart = { k: 'sq', s: '' };

/** The words a word brace-expands to (the word itself when it has no unquoted `{`). */
export function braceExpand(w: Word): Word[] {
  if (!w.parts.some((p) => p.k === 'lit' && p.s.includes('{'))) return [w];
  let out = cache.get(w);
  if (!out) {
    const atoms: Atom[] = [];
    for (const p of w.parts) {
      if (p.k === 'lit') for (const c of p.s) atoms.push(c);
      else atoms.push(p);
    }
    out = expand(atoms).map(toWord);
    cache.set(w, out);
  }
  return out;
}

function toWord(atoms: Atom[]): Word {
  const parts: WordPart[] = [];
  let lit = '';
  for (const a of atoms) {
    if (typeof a === 'string') lit += a;
    else {
      if (lit) parts.push({ k: 'lit', s: lit });
      lit = '';
      parts.push(a);
    }
  }
  if (lit) parts.push({ k: 'lit', s: lit });
  return { parts };
}

const isBlank = (a: Atom | undefined): boolean => a === ' ' || a === '\t' || a === '\n';

/** Index of the next unquoted `want` at brace level 0 from `i`, or -1 (bash's brace_gobbler). */
function gobble(t: readonly Atom[], i: number, want: string): number {
  let level = 0;
  for (; i < t.length; i++) {
    const c = t[i];
    if (typeof c !== 'string') continue;
    if (c === want && level === 0) {
      // a `{` standing alone, or `{}` (find's), is not a brace expression
      if (c === '{' && (i === 0 || isBlank(t[i - 1])) && (isBlank(t[i + 1]) || t[i + 1] === '}')) continue;
      return i;
    }
    if (c === '{') level++;
    else if (c === '}' && level) level--;
  }
  return -1;
}

function expand(text: Atom[]): Atom[][] {
  // the first `{…}` with a top-level comma or a valid sequence; others stay as they are
  let open = -1;
  let close = -1;
  let tack: Atom[][] | null = null;
  for (let i = 0; ; ) {
    const c = gobble(text, i, '{');
    if (c < 0) return [text];
    const e = gobble(text, c + 1, '}');
    const amble = e < 0 ? null : text.slice(c + 1, e);
    tack = amble === null ? null : gobble(amble, 0, ',') >= 0 ? expandAmble(amble) : sequence(amble);
    if (tack) {
      open = c;
      close = e;
      break;
    }
    i = c + 1;
  }
  const preamble = text.slice(0, open);
  let result = tack.map((t) => [...preamble, ...t]);
  const post = text.slice(close + 1);
  if (post.length) {
    const rest = expand(post);
    const product: Atom[][] = [];
    for (const r of result) for (const p of rest) product.push([...r, ...p]);
    result = product;
  }
  return result;
}

/** `a,b{c,d},e`: each comma-separated piece expanded in turn. */
function expandAmble(amble: Atom[]): Atom[][] {
  const out: Atom[][] = [];
  for (let start = 0; ; ) {
    const c = gobble(amble, start, ',');
    out.push(...expand(amble.slice(start, c < 0 ? amble.length : c)));
    if (c < 0) return out;
    start = c + 1;
  }
}

const INT_RE = /^[+-]?\d+$/;
const ALPHA_RE = /^[A-Za-z]$/;

/** `x..y[..incr]` over integers (zero-padded when either end is) or single letters; null when not one. */
function sequence(amble: Atom[]): Atom[][] | null {
  if (!amble.every((a) => typeof a === 'string')) return null;
  const text = (amble as string[]).join('');
  const dots = text.indexOf('..');
  if (dots < 0) return null;
  const lhs = text.slice(0, dots);
  const rhsAll = text.slice(dots + 2);
  if (lhs === '' || rhsAll === '') return null;
  const m = /^([+-]?\d+|[A-Za-z])(?:\.\.([+-]?\d+))?$/.exec(rhsAll);
  if (!m) return null;
  const rhs = m[1] as string;
  const incrRaw = m[2] !== undefined ? Number(m[2]) : 1;
  const isInt = INT_RE.test(lhs);
  if (isInt !== INT_RE.test(rhs)) return null;
  if (!isInt && !(ALPHA_RE.test(lhs) && ALPHA_RE.test(rhs))) return null;
  const start = isInt ? Number(lhs) : lhs.charCodeAt(0);
  const end = isInt ? Number(rhs) : rhs.charCodeAt(0);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || !Number.isSafeInteger(incrRaw))
    return null;
  let width = 0;
  if (isInt) {
    const zero = (s: string) =>
      (s.length > 1 && s[0] === '0') || (s.length > 2 && s[0] === '-' && s[1] === '0');
    if (zero(lhs) || zero(rhs)) width = Math.max(lhs.length, rhs.length);
  }
  let incr = incrRaw === 0 ? 1 : Math.abs(incrRaw);
  if (start > end) incr = -incr;
  if (Math.floor(Math.abs(end - start) / Math.abs(incr)) + 1 > MAX_SEQ) return null;
  const out: Atom[][] = [];
  for (let n = start; incr > 0 ? n <= end : n >= end; n += incr) {
    // a generated backslash is then removed as a quote, leaving an empty word
    if (!isInt) out.push([n === 92 ? EMPTY : String.fromCharCode(n)]);
    else if (width)
      out.push([n < 0 ? `-${String(-n).padStart(width - 1, '0')}` : String(n).padStart(width, '0')]);
    else out.push([String(n)]);
  }
  return out;
}
