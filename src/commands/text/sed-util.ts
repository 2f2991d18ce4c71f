/** sed helpers: output sinks, input lines, the `l` rendering and the `s` replacement. */
import type { PosixRegex } from './regex.js';
import type { ReplPart, SubstSpec } from './sed-types.js';

export interface Line {
  text: string;
  nl: boolean;
  file: string;
  /** Last line of its file. */
  lastInFile: boolean;
}

/** An output stream that remembers a missing final newline, as GNU sed does. */
export class Sink {
  private missing = false;
  constructor(
    readonly write: (s: string) => void,
    readonly sep: string,
  ) {}
  put(text: string, nl: boolean): void {
    if (this.missing) this.write(this.sep);
    this.write(nl ? text + this.sep : text);
    this.missing = !nl;
  }
}

export function splitInput(data: string, file: string, sep: string): Line[] {
  if (data === '') return [];
  const parts = data.split(sep);
  const endsNl = data.endsWith(sep);
  if (endsNl) parts.pop();
  return parts.map((text, i) => ({
    text,
    nl: i < parts.length - 1 || endsNl,
    file,
    lastInFile: i === parts.length - 1,
  }));
}

/** GNU's `l` rendering of the pattern space. */
export function listLine(s: string, width: number): string {
  const esc: Record<string, string> = {
    '\\': '\\\\',
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
  };
  const pieces: string[] = [];
  for (const b of new TextEncoder().encode(s)) {
    const ch = String.fromCharCode(b);
    if (esc[ch]) pieces.push(esc[ch] as string);
    else if (b < 32 || b >= 127) pieces.push(`\\${b.toString(8).padStart(3, '0')}`);
    else pieces.push(ch);
  }
  let out = '';
  let col = 0;
  for (const piece of pieces) {
    if (width > 1 && col + piece.length > width - 1) {
      out += '\\\n';
      col = 0;
    }
    out += piece;
    col += piece.length;
  }
  return `${out}$`;
}

/** Run an `s` command on the pattern space; returns whether it replaced anything. */
export function substitute(re: PosixRegex, s: SubstSpec, state: { ps: string }): boolean {
  const src = state.ps;
  let out = '';
  let pos = 0;
  let n = 0;
  let did = false;
  let lastEnd = -1;
  while (pos <= src.length) {
    const m = re.exec(src, pos);
    if (!m) break;
    if (m.text === '' && m.index === lastEnd) {
      if (m.index >= src.length) break;
      out += src.slice(pos, m.index + 1);
      pos = m.index + 1;
      continue;
    }
    n++;
    out += src.slice(pos, m.index);
    const take = s.global ? n >= s.nth : n === s.nth;
    out += take ? expand(s.repl, m) : m.text;
    if (take) did = true;
    pos = m.index + m.text.length;
    lastEnd = pos;
    if (m.text === '') {
      if (m.index >= src.length) break;
      out += src[m.index];
      pos = m.index + 1;
    }
    if (!s.global && n >= s.nth) break;
  }
  if (!did) return false;
  state.ps = out + src.slice(pos);
  return true;
}

function expand(parts: ReplPart[], m: { text: string; groups: (string | undefined)[] }): string {
  let out = '';
  let mode: 'L' | 'U' | null = null;
  let once: 'l' | 'u' | null = null;
  const add = (s: string) => {
    if (s === '') return;
    let t = mode === 'L' ? s.toLowerCase() : mode === 'U' ? s.toUpperCase() : s;
    if (once) {
      const first = [...t][0] as string;
      t = (once === 'l' ? first.toLowerCase() : first.toUpperCase()) + t.slice(first.length);
      once = null;
    }
    out += t;
  };
  for (const p of parts) {
    if (p.k === 'lit') add(p.s);
    else if (p.k === 'group') add(p.n === 0 ? m.text : (m.groups[p.n - 1] ?? ''));
    else if (p.c === 'E') {
      mode = null;
      once = null;
    } else if (p.c === 'L' || p.c === 'U') mode = p.c;
    else once = p.c;
  }
  return out;
}
