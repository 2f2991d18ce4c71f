/**
 * diff's -y (side by side, GNU's sdiff format: halves of a 130-column
 * line with tabs up to the gutter, `|` `<` `>` `(` `)` markers) and -e
 * (an ed script, last change first) output styles.
 */
import type { Change } from './diff-algo.js';
import { changeMatters, type FormatOpts, type Line } from './diff-format.js';

export interface SideOpts {
  width: number;
  leftColumn: boolean;
  suppressCommon: boolean;
  tabsize: number;
  expandTabs: boolean;
}

const GUTTER = 3;

class SideWriter {
  out = '';
  readonly hw: number;
  readonly c2o: number;

  constructor(readonly o: SideOpts) {
    const t = o.expandTabs ? 1 : o.tabsize;
    const off = Math.floor((o.width + t + GUTTER) / (2 * t)) * t;
    this.hw = Math.max(0, Math.min(off - GUTTER, o.width - off));
    this.c2o = this.hw ? off : o.width;
  }

  private tabTo(from: number, to: number): number {
    let f = from;
    if (!this.o.expandTabs) {
      const ts = this.o.tabsize;
      for (let tab = f + ts - (f % ts); tab <= to; tab += ts) {
        this.out += '\t';
        f = tab;
      }
    }
    while (f++ < to) this.out += ' ';
    return to;
  }

  /** Half a line, cut at `bound` columns; returns the column reached. */
  private half(text: string, indent: number, bound: number): number {
    let inPos = 0;
    let outPos = 0;
    const ts = this.o.tabsize;
    for (const c of text) {
      if (c === '\t') {
        const stop = inPos + ts - (inPos % ts);
        if (inPos === outPos) {
          if (this.o.expandTabs) {
            const end = Math.min(stop, bound);
            for (; outPos < end; outPos++) this.out += ' ';
          } else if (stop < bound) {
            outPos = stop;
            this.out += c;
          }
        }
        inPos = stop;
      } else if (c === '\r') {
        this.out += c;
        this.tabTo(0, indent);
        inPos = 0;
        outPos = 0;
      } else if (c === '\b') {
        if (inPos !== 0 && --inPos < bound) {
          if (outPos <= inPos) for (; outPos < inPos; outPos++) this.out += ' ';
          else {
            outPos = inPos;
            this.out += c;
          }
        }
      } else if (c === '\0' || c === '\x07' || c === '\f' || c === '\v') {
        if (inPos <= bound) this.out += c;
      } else {
        const cp = c.codePointAt(0) as number;
        const w = cp < 0x20 || cp === 0x7f ? 0 : 1;
        inPos += w;
        if (inPos <= bound) {
          outPos = inPos;
          this.out += c;
        }
      }
    }
    return outPos;
  }

  line(left: Line | null, sep: string, right: Line | null): void {
    let col = 0;
    let putNewline = false;
    let s = sep;
    if (left) {
      putNewline ||= left.nl;
      col = this.half(left.text, 0, this.hw);
    }
    if (s !== ' ') {
      col = this.tabTo(col, (this.hw + this.c2o - 1) >> 1) + 1;
      if (s === '|' && right && putNewline !== right.nl) s = putNewline ? '/' : '\\';
      this.out += s;
    }
    if (right) {
      putNewline ||= right.nl;
      if (right.text !== '' || !right.nl) {
        if (right.text !== '') {
          col = this.tabTo(col, this.c2o);
          this.half(right.text, col, this.hw);
        }
      }
    }
    if (putNewline) this.out += '\n';
  }
}

/** -y output for the whole of both files. */
export function formatSideBySide(
  script: readonly Change[],
  a: readonly Line[],
  b: readonly Line[],
  o: SideOpts,
): string {
  const w = new SideWriter(o);
  let next0 = 0;
  let next1 = 0;
  const common = (lim0: number, lim1: number) => {
    let i0 = next0;
    let i1 = next1;
    if (!o.suppressCommon && (i0 !== lim0 || i1 !== lim1)) {
      if (!o.leftColumn) {
        while (i0 !== lim0 && i1 !== lim1) w.line(a[i0++] as Line, ' ', b[i1++] as Line);
        while (i1 !== lim1) w.line(null, ')', b[i1++] as Line);
      }
      while (i0 !== lim0) w.line(a[i0++] as Line, '(', null);
    }
    next0 = lim0;
    next1 = lim1;
  };
  const fo: FormatOpts = { context: 0, ignoreBlank: false, blankAllowsSpace: false, initialTab: false };
  for (const c of script) {
    if (!changeMatters(c, a, b, fo)) continue;
    common(c.line0, c.line1);
    let i = c.line0;
    let j = c.line1;
    const last0 = c.line0 + c.deleted;
    const last1 = c.line1 + c.inserted;
    if (c.deleted > 0 && c.inserted > 0) {
      for (; i < last0 && j < last1; i++, j++) w.line(a[i] as Line, '|', b[j] as Line);
      next0 = i;
      next1 = j;
    }
    for (; j < last1; j++) w.line(null, '>', b[j] as Line);
    next1 = j;
    for (; i < last0; i++) w.line(a[i] as Line, '<', null);
    next0 = i;
  }
  common(a.length, b.length);
  return w.out;
}

function edRange(first: number, last: number): string {
  const a = first + 1;
  const b = last + 1;
  return b > a ? `${a},${b}` : String(b);
}

/** -e output: an ed script, last change first. */
export function formatEd(
  script: readonly Change[],
  a: readonly Line[],
  b: readonly Line[],
  o: FormatOpts,
): string {
  let out = '';
  for (const c of [...script].reverse()) {
    if (!changeMatters(c, a, b, o)) continue;
    const letter = c.deleted === 0 ? 'a' : c.inserted === 0 ? 'd' : 'c';
    out += `${edRange(c.line0, c.line0 + c.deleted - 1)}${letter}\n`;
    if (c.inserted === 0) continue;
    // a line that is just "." would end ed's input: write "..", end, and fix it with s/.//
    let inserting = true;
    for (let j = c.line1; j < c.line1 + c.inserted; j++) {
      if (!inserting) {
        out += 'a\n';
        inserting = true;
      }
      const l = b[j] as Line;
      if (l.text === '.') {
        out += '..\n.\ns/.//\n';
        inserting = false;
      } else out += `${l.text}\n`;
    }
    if (inserting) out += '.\n';
  }
  return out;
}
