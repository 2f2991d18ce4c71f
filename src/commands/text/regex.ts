/**
 * POSIX regular expressions (GNU flavour) translated to JavaScript: basic
 * (BRE: \( \) \{ \} \| \+ \?) and extended (ERE), bracket expressions with
 * [:classes:], GNU escapes (\w \W \s \S \b \B \< \>), back-references, and
 * glibc's error texts. Matching prefers the longest of the top-level
 * alternatives at the leftmost position, as POSIX requires.
 */

export interface RegexOptions {
  extended: boolean;
  icase?: boolean;
  /** Extra escapes understood before regex parsing: sed's \n \t ..., awk's \/ \" ... */
  dialect?: 'grep' | 'sed' | 'awk';
}

export type Translated =
  | { ok: true; source: string; alts: string[]; groups: number; warnings: string[]; innerAlt: boolean }
  | { ok: false; error: string };

const W = '[\\p{L}\\p{N}_]';
const NW = '[^\\p{L}\\p{N}_]';

const CLASSES: Record<string, string> = {
  alpha: '\\p{L}',
  digit: '0-9',
  alnum: '\\p{L}0-9',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e\\u00a0-\\u{10ffff}',
  graph: '\\x21-\\x7e\\u00a1-\\u{10ffff}',
};

const SPECIAL = new Set('^$\\.*+?()[]{}|/'.split(''));

function lit(ch: string): string {
  return SPECIAL.has(ch) ? `\\${ch}` : ch;
}

function classLit(ch: string): string {
  return '\\]^-['.includes(ch) ? `\\${ch}` : ch;
}

const CTRL_ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07' };

/** Parse a bracket expression starting after '['; returns the JS class and the index after ']'. */
/** escapes: sed and awk turn \t, \n, \\, \] ... into characters inside brackets too. */
function bracket(re: string, i: number, escapes: boolean): { cls: string; next: number } | { error: string } {
  let neg = false;
  if (re[i] === '^') {
    neg = true;
    i++;
  }
  const items: string[] = [];
  let first = true;
  let prev: string | null = null; // last single char, for ranges
  for (;;) {
    if (i >= re.length) return { error: 'Unmatched [, [^, [:, [., or [=' };
    const c = re[i] as string;
    if (c === ']' && !first) {
      i++;
      break;
    }
    first = false;
    if (c === '[' && (re[i + 1] === ':' || re[i + 1] === '=' || re[i + 1] === '.')) {
      const kind = re[i + 1] as string;
      const end = re.indexOf(`${kind}]`, i + 2);
      if (end < 0) return { error: 'Unmatched [, [^, [:, [., or [=' };
      const name = re.slice(i + 2, end);
      i = end + 2;
      if (kind === ':') {
        const cls = CLASSES[name];
        if (cls === undefined) return { error: 'Invalid character class name' };
        items.push(cls);
        prev = null;
      } else {
        items.push(classLit(name));
        prev = name;
      }
      continue;
    }
    if (escapes && c === '\\' && i + 1 < re.length) {
      const d = re[i + 1] as string;
      const ch = CTRL_ESC[d] ?? d;
      items.push(classLit(ch));
      prev = ch;
      i += 2;
      continue;
    }
    if (c === '-' && prev !== null && re[i + 1] !== undefined && re[i + 1] !== ']') {
      let hi = re[i + 1] as string;
      let adv = 2;
      if (hi === '[' && (re[i + 2] === '.' || re[i + 2] === '=')) {
        const end = re.indexOf(`${re[i + 2]}]`, i + 3);
        if (end < 0) return { error: 'Unmatched [, [^, [:, [., or [=' };
        hi = re.slice(i + 3, end);
        adv = end + 2 - i;
      }
      if ((hi.codePointAt(0) ?? 0) < (prev.codePointAt(0) ?? 0)) return { error: 'Invalid range end' };
      items.push(`-${classLit(hi)}`);
      i += adv;
      prev = null;
      continue;
    }
    const cp = re.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    items.push(classLit(ch));
    prev = ch;
    i += ch.length;
  }
  return { cls: `[${neg ? '^' : ''}${items.join('')}]`, next: i };
}

interface Frame {
  /** Index in `out` where this group's '(' was written. */
  open: number;
  atomStart: number | null;
  quantified: boolean;
}

/** Translate a POSIX regex to a JavaScript source (flags 'su' plus 'i'). */
export function translate(re: string, opts: RegexOptions): Translated {
  const ere = opts.extended;
  const dialect = opts.dialect ?? 'grep';
  const warnings: string[] = [];
  let out = '';
  let atomStart: number | null = null;
  let quantified = false;
  let groups = 0;
  const closed = new Set<number>();
  const stack: (Frame & { num: number })[] = [];
  const topAlts: number[] = [];
  let innerAlt = false;
  let i = 0;

  const atom = (s: string) => {
    atomStart = out.length;
    quantified = false;
    afterAnchor = false;
    out += s;
  };
  let afterAnchor = false;
  let fatal: string | null = null;
  const zeroWidth = (s: string) => {
    out += s;
    atomStart = null;
    quantified = false;
    afterAnchor = true;
  };
  const quant = (q: string, shown: string): string | null => {
    if (atomStart === null) {
      // BRE and gawk take a leading repetition literally; glibc (sed) refuses it;
      // grep warns and ignores it (quietly after an anchor, where it repeats nothing)
      if (!ere || dialect === 'awk') return 'literal';
      if (dialect === 'sed') {
        fatal = 'Invalid preceding regular expression';
        return null;
      }
      if (shown === '*' && afterAnchor) return null;
      warnings.push(`${shown === '{' ? '{...}' : shown} at start of expression`);
      if (shown !== '{') return null;
      // grep repeats an empty pattern that never matches
      atom('[]');
    }
    if (quantified) out = `${out.slice(0, atomStart as number)}(?:${out.slice(atomStart as number)})`;
    out += q;
    quantified = true;
    return null;
  };
  const interval = (start: number, close: string): { q: string; next: number } | { error: string } | null => {
    const end = re.indexOf(close, start);
    if (end < 0) return ere && dialect !== 'sed' ? null : { error: 'Unmatched \\{' };
    const body = re.slice(start, end);
    const m = /^([0-9]*)(,([0-9]*))?$/.exec(body);
    if (!m || (m[1] === '' && m[2] === undefined)) {
      return ere && dialect !== 'sed' ? null : { error: 'Invalid content of \\{\\}' };
    }
    const lo = m[1] === '' ? 0 : Number(m[1]);
    const hi = m[2] === undefined ? lo : m[3] === '' ? null : Number(m[3]);
    if (lo > 32767 || (hi !== null && hi > 32767)) return { error: 'Regular expression too big' };
    if (hi !== null && hi < lo) return { error: 'Invalid content of \\{\\}' };
    const q = m[2] === undefined ? `{${lo}}` : hi === null ? `{${lo},}` : `{${lo},${hi}}`;
    return { q, next: end + close.length };
  };
  const atBranchStart = () => atomStart === null && (out.length === 0 || /(\(|\||\(\?:)$/.test(out));

  while (i < re.length) {
    const c = re[i] as string;
    if (c === '\\') {
      if (i + 1 >= re.length) return { ok: false, error: 'Trailing backslash' };
      const d = re[i + 1] as string;
      i += 2;
      if (!ere && d === '(') {
        stack.push({ open: out.length, atomStart, quantified, num: ++groups });
        out += '(';
        atomStart = null;
        quantified = false;
      } else if (!ere && d === ')') {
        const f = stack.pop();
        if (!f) return { ok: false, error: 'Unmatched ) or \\)' };
        out += ')';
        closed.add(f.num);
        atomStart = f.open;
        quantified = false;
      } else if (!ere && d === '|') {
        if (stack.length === 0) topAlts.push(out.length);
        else innerAlt = true;
        out += '|';
        atomStart = null;
        quantified = false;
        afterAnchor = false;
      } else if (!ere && (d === '+' || d === '?')) {
        if (quant(d, d) === 'literal') atom(lit(d));
      } else if (!ere && d === '{') {
        if (atomStart === null) {
          atom('\\{');
          continue;
        }
        const iv = interval(i, '\\}');
        if (iv && 'error' in iv) return { ok: false, error: iv.error };
        if (iv) {
          quant(iv.q, '{');
          i = iv.next;
        }
      } else if (/[1-9]/.test(d)) {
        if (!closed.has(Number(d))) return { ok: false, error: 'Invalid back reference' };
        atom(`\\${d}`);
      } else if (d === 'w') atom(W);
      else if (d === 'W') atom(NW);
      else if (d === 's') atom('\\s');
      else if (d === 'S') atom('\\S');
      else if (d === 'b' || (d === 'y' && dialect === 'awk'))
        zeroWidth(`(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`);
      else if (d === 'B') zeroWidth(`(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`);
      else if (d === '<') zeroWidth(`(?<!${W})(?=${W})`);
      else if (d === '>') zeroWidth(`(?<=${W})(?!${W})`);
      else if (d === '`') zeroWidth('(?<![\\s\\S])');
      else if (d === "'") zeroWidth('(?![\\s\\S])');
      else if (dialect !== 'grep' && CTRL_ESC[d] !== undefined) atom(lit(CTRL_ESC[d] as string));
      else atom(lit(d));
      continue;
    }
    if (c === '[') {
      const b = bracket(re, i + 1, dialect !== 'grep');
      if ('error' in b)
        return { ok: false, error: i + 1 >= re.length ? 'Invalid regular expression' : b.error };
      const inner = re.slice(i + 1, b.next - 1);
      if (/^:[a-z]+:$/.test(inner) && dialect === 'grep') {
        return { ok: false, error: `character class syntax is [[:space:]], not [${inner}]` };
      }
      atom(b.cls);
      i = b.next;
      continue;
    }
    i++;
    if (c === '.') atom('.');
    else if (c === '*') {
      if (quant('*', '*') === 'literal') atom('\\*');
    } else if (c === '^') {
      if (ere || atBranchStart()) zeroWidth('^');
      else atom('\\^');
    } else if (c === '$') {
      const rest = re.slice(i);
      if (ere || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|')) zeroWidth('$');
      else atom('\\$');
    } else if (ere && (c === '+' || c === '?')) {
      if (quant(c, c) === 'literal') atom(lit(c));
    } else if (ere && c === '{') {
      if (atomStart === null && dialect === 'awk') {
        atom('\\{');
        continue;
      }
      const iv = interval(i, '}');
      if (iv && 'error' in iv) return { ok: false, error: iv.error };
      if (iv) {
        quant(iv.q, '{');
        i = iv.next;
      } else atom('\\{');
    } else if (ere && c === '(') {
      stack.push({ open: out.length, atomStart, quantified, num: ++groups });
      out += '(';
      atomStart = null;
      quantified = false;
      afterAnchor = false;
    } else if (ere && c === ')') {
      const f = stack.pop();
      if (!f && dialect === 'sed') return { ok: false, error: 'Unmatched ) or \\)' };
      if (!f) atom('\\)');
      else {
        out += ')';
        closed.add(f.num);
        atomStart = f.open;
        quantified = false;
      }
    } else if (ere && c === '|') {
      if (stack.length === 0) topAlts.push(out.length);
      else innerAlt = true;
      out += '|';
      atomStart = null;
      quantified = false;
      afterAnchor = false;
    } else {
      const cp = re.codePointAt(i - 1) as number;
      const ch = String.fromCodePoint(cp);
      i += ch.length - 1;
      atom(lit(ch));
    }
  }
  if (fatal !== null) return { ok: false, error: fatal };
  if (stack.length > 0) return { ok: false, error: 'Unmatched ( or \\(' };
  const alts: string[] = [];
  let prev = 0;
  for (const pos of topAlts) {
    alts.push(out.slice(prev, pos));
    prev = pos + 1;
  }
  alts.push(out.slice(prev));
  return { ok: true, source: out, alts, groups, warnings, innerAlt };
}

export interface Match {
  index: number;
  text: string;
  /** Capture groups 1..n (undefined when a group did not take part). */
  groups: (string | undefined)[];
}

/** A compiled POSIX regex with leftmost-longest choice among top-level alternatives. */
export class PosixRegex {
  private readonly re: RegExp;
  private readonly altRes: RegExp[];
  /** For alternations inside groups: the regex anchored at the end, to look for longer matches. */
  private readonly endRe: RegExp | null;

  constructor(t: { source: string; alts: string[]; innerAlt?: boolean }, icase: boolean, multiline = false) {
    const extra = `${icase ? 'i' : ''}${multiline ? 'm' : ''}`;
    this.re = new RegExp(t.source, `gsu${extra}`);
    this.altRes =
      t.alts.length > 1
        ? t.alts.map(
            (_, k) => new RegExp(t.alts.map((a, j) => (j === k ? a : `(?!)${a}`)).join('|'), `ysu${extra}`),
          )
        : [];
    this.endRe = t.innerAlt && !multiline ? new RegExp(`(?:${t.source})$`, `ysu${extra}`) : null;
  }

  /** First match at or after `from` (leftmost, then longest alternative). */
  exec(s: string, from = 0): Match | null {
    this.re.lastIndex = from;
    const m = this.re.exec(s);
    if (!m) return null;
    let best: RegExpExecArray = m;
    for (const a of this.altRes) {
      a.lastIndex = m.index;
      const x = a.exec(s);
      if (x && x[0].length > best[0].length) best = x;
    }
    if (this.endRe) {
      // POSIX wants the longest match at this position; try longer ends first
      const minEnd = m.index + best[0].length;
      for (let e = Math.min(s.length, minEnd + 256); e > minEnd; e--) {
        this.endRe.lastIndex = m.index;
        const x = this.endRe.exec(s.slice(0, e));
        if (x) {
          best = x;
          break;
        }
      }
    }
    return { index: m.index, text: best[0], groups: best.slice(1) };
  }

  test(s: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(s);
  }
}

/** Compile, returning an error text (glibc's) on failure. */
export function compile(
  re: string,
  opts: RegexOptions,
): { ok: true; re: PosixRegex; warnings: string[] } | { ok: false; error: string } {
  const t = translate(re, opts);
  if (!t.ok) return t;
  try {
    return { ok: true, re: new PosixRegex(t, opts.icase ?? false), warnings: t.warnings };
  } catch {
    return { ok: false, error: 'Invalid regular expression' };
  }
}

/** Escape a fixed string for use inside a translated source. */
export function escapeFixed(s: string): string {
  let out = '';
  for (const ch of s) out += lit(ch);
  return out;
}
