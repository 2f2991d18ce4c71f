/**
 * Word expansion in bash's order: braces, tilde, parameters, command
 * substitution, arithmetic, field splitting of unquoted results, pathname
 * expansion.
 */

import { ArithError, evalArith } from './arith.js';
import type { List, Word, WordPart } from './ast.js';
import { braceExpand } from './brace.js';

export interface ExpandHost {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** Positional parameters $1..$n. */
  positional(): string[];
  /** $? $$ $! $0 $- */
  special(name: string): string | undefined;
  runSubst(list: List): string;
  /** Pathname expansion over the process's filesystem: matches sorted, or [] when none. */
  glob(pattern: string, isPattern: boolean[]): string[];
  home(): string;
  /** Report an expansion error (${x:?msg}, bad arithmetic) and abort the command line. */
  fail(message: string, kind: 'unset' | 'arith'): never;
}

interface Chunk {
  s: string;
  quoted: boolean;
}

type Field = Chunk[];

const IFS_WS = /[ \t\n]+/;

/** Glob pattern (with per-character "is a pattern char" flags) to a RegExp for one path component or string. */
export function globToRegExp(pat: string, isPattern?: boolean[], anchored = true): RegExp {
  let re = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string;
    const special = isPattern ? isPattern[i] : true;
    if (special && c === '*') re += '.*';
    else if (special && c === '?') re += '.';
    else if (special && c === '[') {
      const end = pat.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let cls = pat.slice(i + 1, end);
      if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(anchored ? `^${re}$` : re, 's');
}

export function hasGlobChars(pat: string, isPattern: boolean[]): boolean {
  for (let i = 0; i < pat.length; i++)
    if (isPattern[i] && (pat[i] === '*' || pat[i] === '?' || pat[i] === '[')) return true;
  return false;
}

export class Expander {
  constructor(private readonly h: ExpandHost) {}

  /** Expand command words into argv fields. */
  words(words: readonly Word[]): string[] {
    const out: string[] = [];
    for (const w of words) for (const b of braceExpand(w)) out.push(...this.fields(b));
    return out;
  }

  /** Expand one word without field splitting or globbing (assignments, redirection targets, here-strings). */
  single(w: Word): string {
    return this.partsText(w.parts, true);
  }

  /** Expand a word as a pattern: returns text and which characters stay special. */
  pattern(w: Word): { text: string; isPattern: boolean[] } {
    const chunks: Chunk[] = [];
    for (const p of w.parts) chunks.push(...this.chunksOf(p, true, false));
    let text = '';
    const isPattern: boolean[] = [];
    for (const c of chunks) {
      text += c.s;
      for (let i = 0; i < c.s.length; i++) isPattern.push(!c.quoted);
    }
    return { text, isPattern };
  }

  fields(w: Word): string[] {
    const fields: Field[] = [[]];
    let sawQuoted = false;
    w.parts.forEach((p, idx) => {
      if (p.k === 'sq' || p.k === 'dq') sawQuoted = true;
      if (
        p.k === 'dq' &&
        p.parts.length === 1 &&
        p.parts[0]?.k === 'param' &&
        p.parts[0].name === '@' &&
        !p.parts[0].op
      ) {
        const pos = this.h.positional();
        if (pos.length === 0) return;
        pos.forEach((v, i) => {
          if (i === 0) (fields[fields.length - 1] as Field).push({ s: v, quoted: true });
          else fields.push([{ s: v, quoted: true }]);
        });
        return;
      }
      if (p.k === 'param' || p.k === 'cmd' || p.k === 'arith') {
        const value = this.partValue(p);
        const pieces = value.split(IFS_WS);
        const leading = pieces[0] === '';
        const trailing = pieces.length > 1 && pieces[pieces.length - 1] === '';
        const words = pieces.filter((x) => x !== '');
        if (words.length === 0) {
          if (value.length > 0) fields.push([]);
          return;
        }
        if (leading && (fields[fields.length - 1] as Field).length > 0) fields.push([]);
        words.forEach((piece, i) => {
          if (i > 0) fields.push([]);
          (fields[fields.length - 1] as Field).push({ s: piece, quoted: false });
        });
        if (trailing) fields.push([]);
        return;
      }
      const chunks = this.chunksOf(p, idx === 0, false);
      (fields[fields.length - 1] as Field).push(...chunks);
    });
    const out: string[] = [];
    for (const f of fields) {
      if (f.length === 0) continue;
      let text = '';
      const isPattern: boolean[] = [];
      for (const c of f) {
        text += c.s;
        for (let i = 0; i < c.s.length; i++) isPattern.push(!c.quoted);
      }
      if (hasGlobChars(text, isPattern)) {
        const matches = this.h.glob(text, isPattern);
        if (matches.length) {
          out.push(...matches);
          continue;
        }
      }
      out.push(text);
    }
    if (out.length === 0 && sawQuoted && fields.every((f) => f.length === 0)) out.push('');
    return out;
  }

  private chunksOf(p: WordPart, first: boolean, inDouble: boolean): Chunk[] {
    switch (p.k) {
      case 'lit': {
        if (first && !inDouble && p.s.startsWith('~')) {
          const m = /^~(?=\/|$)/.exec(p.s);
          if (m)
            return [
              { s: this.h.home(), quoted: true },
              { s: p.s.slice(1), quoted: false },
            ];
        }
        return [{ s: p.s, quoted: inDouble }];
      }
      case 'sq':
        return [{ s: p.s, quoted: true }];
      case 'dq':
        return [{ s: this.partsText(p.parts, false), quoted: true }];
      default:
        return [{ s: this.partValue(p), quoted: true }];
    }
  }

  private partsText(parts: readonly WordPart[], tilde: boolean): string {
    let s = '';
    parts.forEach((p, i) => {
      for (const c of this.chunksOf(p, tilde && i === 0, false)) s += c.s;
    });
    return s;
  }

  private partValue(p: WordPart): string {
    switch (p.k) {
      case 'param':
        return this.param(p);
      case 'cmd':
        return this.h.runSubst(p.list).replace(/\n+$/, '');
      case 'arith':
        try {
          return String(evalArith(this.expandArithText(p.src), this.h));
        } catch (e) {
          if (e instanceof ArithError) this.h.fail(e.message, 'arith');
          throw e;
        }
      case 'lit':
      case 'sq':
        return p.s;
      case 'dq':
        return this.partsText(p.parts, false);
    }
  }

  private expandArithText(src: string): string {
    return src.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9?#$])\}?/g, (_, n: string) => this.lookup(n) ?? '0');
  }

  private lookup(name: string): string | undefined {
    if (/^[0-9]+$/.test(name)) {
      const i = Number(name);
      if (i === 0) return this.h.special('0');
      return this.h.positional()[i - 1];
    }
    if (name === '@' || name === '*') return this.h.positional().join(' ');
    if (name === '#') return String(this.h.positional().length);
    const sp = this.h.special(name);
    if (sp !== undefined) return sp;
    return this.h.getVar(name);
  }

  private param(p: Extract<WordPart, { k: 'param' }>): string {
    const v = this.lookup(p.name);
    const arg = () => (p.arg ? this.single(p.arg) : '');
    switch (p.op) {
      case undefined:
        return v ?? '';
      case 'len':
        return String([...(v ?? '')].length);
      case ':-':
        return v === undefined || v === '' ? arg() : v;
      case '-':
        return v === undefined ? arg() : v;
      case ':=':
      case '=': {
        if (v === undefined || (p.op === ':=' && v === '')) {
          const a = arg();
          this.h.setVar(p.name, a);
          return a;
        }
        return v;
      }
      case ':+':
        return v === undefined || v === '' ? '' : arg();
      case '+':
        return v === undefined ? '' : arg();
      case ':?':
      case '?':
        if (v === undefined || (p.op === ':?' && v === ''))
          this.h.fail(`${p.name}: ${arg() || 'parameter null or not set'}`, 'unset');
        return v ?? '';
      case '#':
      case '##':
      case '%':
      case '%%': {
        const s = v ?? '';
        const pat = p.arg ? this.pattern(p.arg) : { text: '', isPattern: [] };
        const re = globToRegExp(pat.text, pat.isPattern, false).source;
        const greedy = p.op.length === 2;
        if (p.op[0] === '#') {
          const rx = new RegExp(`^(?:${greedy ? re : lazy(re)})`, 's');
          return s.replace(rx, '');
        }
        // suffix: find the shortest/longest suffix that matches
        const rxFull = new RegExp(`^(?:${re})$`, 's');
        if (greedy) {
          for (let i = 0; i <= s.length; i++) if (rxFull.test(s.slice(i))) return s.slice(0, i);
        } else {
          for (let i = s.length; i >= 0; i--) if (rxFull.test(s.slice(i))) return s.slice(0, i);
        }
        return s;
      }
      case '/':
      case '//': {
        const s = v ?? '';
        const pat = p.arg ? this.pattern(p.arg) : { text: '', isPattern: [] };
        if (!pat.text) return s;
        const rx = new RegExp(
          globToRegExp(pat.text, pat.isPattern, false).source,
          p.op === '//' ? 'gs' : 's',
        );
        const rep = p.arg2 ? this.single(p.arg2) : '';
        return s.replace(rx, () => rep);
      }
      case 'substr': {
        const s = v ?? '';
        const off = Number.parseInt(p.arg ? this.single(p.arg) : '0', 10) || 0;
        const start = off < 0 ? Math.max(0, s.length + off) : off;
        if (!p.arg2) return s.slice(start);
        const len = Number.parseInt(this.single(p.arg2), 10) || 0;
        return len < 0 ? s.slice(start, s.length + len) : s.slice(start, start + len);
      }
    }
  }
}

function lazy(re: string): string {
  return re.replace(/\.\*/g, '.*?');
}
