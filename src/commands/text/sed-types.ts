/** sed's compiled form: addresses, commands, substitution specs, and small parsing helpers. */
import { PosixRegex, translate } from './regex.js';

export type Addr =
  | { k: 'line'; n: number }
  | { k: 'last' }
  | { k: 're'; re: PosixRegex | null }
  | { k: 'step'; first: number; step: number }
  | { k: 'plus'; n: number }
  | { k: 'mult'; n: number };

/** A piece of an `s` replacement. */
export type ReplPart =
  | { k: 'lit'; s: string }
  | { k: 'group'; n: number }
  | { k: 'case'; c: 'L' | 'U' | 'l' | 'u' | 'E' };

export interface SubstSpec {
  re: PosixRegex | null;
  repl: ReplPart[];
  global: boolean;
  nth: number;
  print: number;
  wfile: string | null;
}

export interface Cmd {
  a1: Addr | null;
  a2: Addr | null;
  neg: boolean;
  name: string;
  text?: string;
  label?: string;
  subst?: SubstSpec;
  ymap?: Map<string, string>;
  num?: number;
  file?: string;
  /** For '{': the index of the matching '}'. */
  end?: number;
  /** Range state while running. */
  active?: boolean;
  rangeEnd?: number;
}

export class SedError extends Error {
  constructor(
    msg: string,
    /** Exit status: 1 for script errors, 4 for GNU's panics. */
    readonly status = 1,
  ) {
    super(msg);
  }
}

export function compileRegex(
  src: string,
  extended: boolean,
  icase: boolean,
  multiline: boolean,
): PosixRegex | string {
  const t = translate(src, { extended, icase, dialect: 'sed' });
  if (!t.ok) return t.error;
  try {
    return new PosixRegex(t, icase, multiline);
  } catch {
    return 'Invalid regular expression';
  }
}

/** Index of the ']' closing the bracket expression opening at i, or -1. */
export function bracketEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === '^') j++;
  if (s[j] === ']') j++;
  while (j < s.length) {
    const c = s[j] as string;
    if (c === '\n') return -1;
    if (c === '[' && /[:.=]/.test(s[j + 1] ?? '')) {
      const end = s.indexOf(`${s[j + 1]}]`, j + 2);
      if (end < 0) return -1;
      j = end + 2;
      continue;
    }
    if (c === ']') return j;
    j++;
  }
  return -1;
}

export function unescapeY(s: string): string {
  return s.replace(/\\(.)/gs, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === '\\' ? '\\' : `\\${c}`,
  );
}
