/**
 * Backslash escapes as bash expands them: `echo -e` and `printf %b`
 * ('echo' mode: \0NNN octal, \c stops output) and printf format strings
 * ('printf' mode: \NNN octal, \" \' \?).
 */

export interface Expanded {
  text: string;
  /** A \c was seen: print nothing after this. */
  stop: boolean;
}

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

function takeWhile(s: string, i: number, max: number, re: RegExp): string {
  let out = '';
  while (out.length < max && i + out.length < s.length && re.test(s[i + out.length] as string)) {
    out += s[i + out.length];
  }
  return out;
}

/** Expand escapes in s. mode 'echo' is echo -e / %b; 'printf' is a printf format. */
export function expandEscapes(s: string, mode: 'echo' | 'printf' | 'b'): Expanded {
  let text = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch !== '\\' || i + 1 >= s.length) {
      text += ch;
      i++;
      continue;
    }
    const c = s[i + 1] as string;
    i += 2;
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      text += simple;
      continue;
    }
    if (mode === 'printf' && (c === '"' || c === "'" || c === '?')) {
      text += c;
      continue;
    }
    if (c === 'c' && mode !== 'printf') return { text, stop: true };
    if (c === '0' && mode !== 'printf') {
      const d = takeWhile(s, i, 3, /[0-7]/);
      i += d.length;
      text += String.fromCharCode(parseInt(d || '0', 8) & 0xff);
      continue;
    }
    if (/[0-7]/.test(c) && mode !== 'echo') {
      const d = c + takeWhile(s, i, 2, /[0-7]/);
      i += d.length - 1;
      text += String.fromCharCode(parseInt(d, 8) & 0xff);
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const max = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const d = takeWhile(s, i, max, /[0-9a-fA-F]/);
      if (d === '') {
        text += `\\${c}`;
        continue;
      }
      i += d.length;
      const code = parseInt(d, 16);
      text += code <= 0x10ffff ? String.fromCodePoint(code) : '';
      continue;
    }
    text += `\\${c}`;
  }
  return { text, stop: false };
}
