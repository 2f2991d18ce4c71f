/**
 * diff's output styles over an edit script: normal (`3c3`, `<`, `---`,
 * `>`), unified (`@@ -1,3 +1,3 @@`) and context (`***************`), with
 * GNU's hunk grouping (changes fewer than 2*CONTEXT+1 lines apart share a
 * hunk) and -B's ignorable changes (all their lines blank).
 */
import type { Change } from './diff-algo.js';

export interface Line {
  text: string;
  /** The line ends with a newline (only the last line of a file may not). */
  nl: boolean;
}

export interface FormatOpts {
  context: number;
  /** -B: a change whose lines are all blank is not a difference. */
  ignoreBlank: boolean;
  /** With -B under -Z/-b/-w, whitespace-only lines count as blank. */
  blankAllowsSpace: boolean;
  /** -T: a tab instead of the space after the line's marker. */
  initialTab: boolean;
}

const NO_NEWLINE = '\\ No newline at end of file\n';

/** One line with its marker, as print_1_line writes it (the no-newline note after an incomplete line). */
function lineOut(prefix: string, l: Line): string {
  return `${prefix}${l.text}\n${l.nl ? '' : NO_NEWLINE}`;
}

function isBlank(l: Line, o: FormatOpts): boolean {
  return l.text === '' || (o.blankAllowsSpace && /^[ \t\v\f\r]*$/.test(l.text));
}

/** Whether a change shows anything under -B (analyze_hunk for one change). */
export function changeMatters(c: Change, a: readonly Line[], b: readonly Line[], o: FormatOpts): boolean {
  if (!o.ignoreBlank) return c.deleted > 0 || c.inserted > 0;
  for (let i = c.line0; i < c.line0 + c.deleted; i++) if (!isBlank(a[i] as Line, o)) return true;
  for (let i = c.line1; i < c.line1 + c.inserted; i++) if (!isBlank(b[i] as Line, o)) return true;
  return false;
}

function range(a: number, b: number): string {
  return a === b ? String(a) : `${a},${b}`;
}

/** The default output style. */
export function formatNormal(
  script: readonly Change[],
  a: readonly Line[],
  b: readonly Line[],
  o: FormatOpts,
): string {
  let out = '';
  for (const c of script) {
    if (!changeMatters(c, a, b, o)) continue;
    const r0 = range(c.line0 + 1, c.line0 + c.deleted);
    const r1 = range(c.line1 + 1, c.line1 + c.inserted);
    if (c.deleted === 0) out += `${c.line0}a${r1}\n`;
    else if (c.inserted === 0) out += `${r0}d${c.line1}\n`;
    else out += `${r0}c${r1}\n`;
    for (let i = c.line0; i < c.line0 + c.deleted; i++)
      out += lineOut(o.initialTab ? '<\t' : '< ', a[i] as Line);
    if (c.deleted > 0 && c.inserted > 0) out += '---\n';
    for (let i = c.line1; i < c.line1 + c.inserted; i++)
      out += lineOut(o.initialTab ? '>\t' : '> ', b[i] as Line);
  }
  return out;
}

/** Group changes into hunks as find_hunk does. */
function hunks(script: readonly Change[], a: readonly Line[], b: readonly Line[], o: FormatOpts): Change[][] {
  const ignorable = script.map((c) => !changeMatters(c, a, b, o));
  const out: Change[][] = [];
  let i = 0;
  while (i < script.length) {
    const start = i;
    for (;;) {
      const cur = script[i] as Change;
      const next = script[i + 1];
      const thresh = next && ignorable[i + 1] ? o.context : 2 * o.context + 1;
      if (!next || thresh <= next.line0 - (cur.line0 + cur.deleted)) break;
      i++;
    }
    const h = script.slice(start, i + 1);
    if (h.some((_, k) => !ignorable[start + k])) out.push(h);
    i++;
  }
  return out;
}

interface Span {
  first0: number;
  last0: number;
  first1: number;
  last1: number;
  old: boolean;
  neu: boolean;
}

function span(h: readonly Change[], a: readonly Line[], b: readonly Line[], o: FormatOpts): Span {
  const f = h[0] as Change;
  const l = h[h.length - 1] as Change;
  let old = false;
  let neu = false;
  for (const c of h) {
    if (!changeMatters(c, a, b, o)) continue;
    if (c.deleted > 0) old = true;
    if (c.inserted > 0) neu = true;
  }
  return {
    first0: Math.max(f.line0 - o.context, 0),
    last0: Math.min(l.line0 + l.deleted - 1 + o.context, a.length - 1),
    first1: Math.max(f.line1 - o.context, 0),
    last1: Math.min(l.line1 + l.inserted - 1 + o.context, b.length - 1),
    old,
    neu,
  };
}

function unifiedRange(first: number, last: number): string {
  const a = first + 1;
  const b = last + 1;
  if (b <= a) return b < a ? `${b},0` : String(b);
  return `${a},${b - a + 1}`;
}

function contextRange(first: number, last: number): string {
  const a = first + 1;
  const b = last + 1;
  return b <= a ? String(b) : `${a},${b}`;
}

/** -u hunks (the caller prints the --- / +++ header). */
export function formatUnified(
  script: readonly Change[],
  a: readonly Line[],
  b: readonly Line[],
  o: FormatOpts,
): string {
  let out = '';
  const mark = (m: string) => (o.initialTab ? (m === ' ' ? '\t' : `${m}\t`) : m);
  for (const h of hunks(script, a, b, o)) {
    const s = span(h, a, b, o);
    out += `@@ -${unifiedRange(s.first0, s.last0)} +${unifiedRange(s.first1, s.last1)} @@\n`;
    let i = s.first0;
    let j = s.first1;
    let k = 0;
    while (i <= s.last0 || j <= s.last1) {
      const next = h[k];
      if (!next || i < next.line0) {
        out += lineOut(mark(' '), a[i] as Line);
        i++;
        j++;
        continue;
      }
      for (let n = 0; n < next.deleted; n++) out += lineOut(mark('-'), a[i++] as Line);
      for (let n = 0; n < next.inserted; n++) out += lineOut(mark('+'), b[j++] as Line);
      k++;
    }
  }
  return out;
}

/** -c hunks (the caller prints the *** / --- header). */
export function formatContext(
  script: readonly Change[],
  a: readonly Line[],
  b: readonly Line[],
  o: FormatOpts,
): string {
  let out = '';
  const mark = (m: string) => (o.initialTab ? `${m}\t` : `${m} `);
  for (const h of hunks(script, a, b, o)) {
    const s = span(h, a, b, o);
    out += `***************\n*** ${contextRange(s.first0, s.last0)} ****\n`;
    if (s.old) {
      let k = 0;
      for (let i = s.first0; i <= s.last0; i++) {
        while (h[k] && (h[k] as Change).line0 + (h[k] as Change).deleted <= i) k++;
        const c = h[k];
        const m = c && c.line0 <= i ? (c.inserted > 0 ? '!' : '-') : ' ';
        out += lineOut(mark(m), a[i] as Line);
      }
    }
    out += `--- ${contextRange(s.first1, s.last1)} ----\n`;
    if (s.neu) {
      let k = 0;
      for (let j = s.first1; j <= s.last1; j++) {
        while (h[k] && (h[k] as Change).line1 + (h[k] as Change).inserted <= j) k++;
        const c = h[k];
        const m = c && c.line1 <= j ? (c.deleted > 0 ? '!' : '+') : ' ';
        out += lineOut(mark(m), b[j] as Line);
      }
    }
  }
  return out;
}
