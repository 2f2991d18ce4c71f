/** The awk lexer: tokens with line/column, regex-vs-division by the previous token, newlines kept. */

export type TokKind = 'num' | 'str' | 'ere' | 'name' | 'funcname' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Tok {
  kind: TokKind;
  value: string;
  /** Numeric value for 'num'. */
  num?: number;
  line: number;
  col: number;
}

export const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'function',
  'func',
  'if',
  'else',
  'while',
  'for',
  'do',
  'break',
  'continue',
  'next',
  'nextfile',
  'exit',
  'return',
  'delete',
  'in',
  'getline',
  'print',
  'printf',
]);

export const BUILTINS = new Set([
  'length',
  'substr',
  'index',
  'split',
  'sub',
  'gsub',
  'match',
  'sprintf',
  'sin',
  'cos',
  'atan2',
  'exp',
  'log',
  'sqrt',
  'int',
  'rand',
  'srand',
  'tolower',
  'toupper',
  'system',
  'close',
  'fflush',
  'systime',
  'strftime',
  'gensub',
  'and',
  'or',
  'xor',
  'lshift',
  'rshift',
  'compl',
  'asort',
  'asorti',
]);

const OPS = [
  '**=',
  '&&',
  '||',
  '==',
  '!=',
  '<=',
  '>=',
  '>>',
  '!~',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '**',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
];

export class AwkSyntaxError extends Error {
  constructor(
    readonly msg: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(msg);
  }
}

const STR_ESC: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  '/': '/',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** Process awk string escapes (also used for -v values and -F). */
export function unescapeAwk(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[i + 1] as string;
    if (/[0-7]/.test(d)) {
      let j = i + 1;
      let oct = '';
      while (j < s.length && oct.length < 3 && /[0-7]/.test(s[j] as string)) oct += s[j++];
      out += String.fromCharCode(parseInt(oct, 8));
      i = j - 1;
      continue;
    }
    const e = STR_ESC[d];
    if (e !== undefined) out += e;
    else out += `\\${d}`;
    i++;
  }
  return out;
}

function endsOperand(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num' || t.kind === 'str' || t.kind === 'ere' || t.kind === 'name' || t.kind === 'builtin')
    return true;
  if (t.kind === 'kw') return t.value === 'getline';
  return (
    t.kind === 'op' &&
    (t.value === ')' || t.value === ']' || t.value === '++' || t.value === '--' || t.value === '$')
  );
}

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const push = (kind: TokKind, value: string, start: number, num?: number) => {
    toks.push({ kind, value, line, col: start - lineStart, ...(num !== undefined ? { num } : {}) });
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      push('nl', '\n', i);
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === '"') {
      const start = i;
      i++;
      let raw = '';
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\n') throw new AwkSyntaxError('unterminated string', line, start - lineStart);
        if (src[i] === '\\' && i + 1 < src.length) {
          if (src[i + 1] === '\n') {
            i += 2;
            continue;
          }
          raw += src.slice(i, i + 2);
          i += 2;
          continue;
        }
        raw += src[i];
        i++;
      }
      if (i >= src.length) throw new AwkSyntaxError('unterminated string', line, start - lineStart);
      i++;
      push('str', unescapeAwk(raw), start);
      continue;
    }
    if (c === '/' && !endsOperand(toks[toks.length - 1])) {
      const start = i;
      i++;
      let raw = '';
      let inBracket = false;
      while (i < src.length && (src[i] !== '/' || inBracket)) {
        const ch = src[i] as string;
        if (ch === '\n') throw new AwkSyntaxError('unterminated regexp', line, start - lineStart);
        if (ch === '\\' && i + 1 < src.length) {
          raw += src.slice(i, i + 2);
          i += 2;
          continue;
        }
        if (ch === '[' && !inBracket) {
          inBracket = true;
          raw += ch;
          i++;
          if (src[i] === '^') raw += src[i++];
          if (src[i] === ']') raw += src[i++];
          continue;
        }
        if (ch === '[' && inBracket && /^\[[:.=]/.test(src.slice(i))) {
          const close = src.indexOf(`${src[i + 1]}]`, i + 2);
          if (close > 0) {
            raw += src.slice(i, close + 2);
            i = close + 2;
            continue;
          }
        }
        if (ch === ']' && inBracket) inBracket = false;
        raw += ch;
        i++;
      }
      if (i >= src.length) throw new AwkSyntaxError('unterminated regexp', line, start - lineStart);
      i++;
      push('ere', raw, start);
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/.exec(src.slice(i));
    if (num && /[0-9.]/.test(c)) {
      const text = num[0];
      const v = /^0[xX]/.test(text) ? parseInt(text, 16) : Number(text);
      push('num', text, i, v);
      i += text.length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      const w = word[0];
      const start = i;
      i += w.length;
      if (KEYWORDS.has(w)) push('kw', w === 'func' ? 'function' : w, start);
      else if (BUILTINS.has(w)) push('builtin', w, start);
      else if (src[i] === '(') push('funcname', w, start);
      else push('name', w, start);
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      push('op', op, i);
      i += op.length;
      continue;
    }
    throw new AwkSyntaxError(`invalid char '${c}' in expression`, line, i - lineStart);
  }
  push('eof', '', i);
  return toks;
}
