/**
 * Word expansion in bash's order: braces, tilde, parameters, command
 * substitution, arithmetic, field splitting of unquoted results, pathname
 * expansion.
 */

import { ArithError, evalArith } from './arith.js';
import type { List, Word, WordPart } from './ast.js';
import { braceExpand } from './brace.js';
import { ARRAY_ARG_MARK, arrayKeys, type ShellArray } from './vars.js';

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
  /** The array variable `name`, if it is one. */
  array(name: string): ShellArray | undefined;
  /** Evaluate an indexed array's subscript (arithmetic). */
  index(sub: string): number;
  /** Report a message (with bash's prefix) and go on. */
  warn(message: string): void;
  /** Start a process substitution; returns the /dev/fd path the command sees. */
  procSub(dir: '<' | '>', list: List): string;
}

type ParamPart = Extract<WordPart, { k: 'param' }>;

/** The subscript text when it is `@` or `*` (all elements). */
function allSub(p: ParamPart): '@' | '*' | null {
  const only = p.sub?.parts.length === 1 ? p.sub.parts[0] : undefined;
  return only?.k === 'lit' && (only.s === '@' || only.s === '*') ? only.s : null;
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
    w.parts.forEach((p, i) => {
      // an unquoted expansion's result is itself a pattern (`p='a*'; [[ x == $p ]]`)
      if (p.k === 'param' || p.k === 'cmd' || p.k === 'arith')
        chunks.push({ s: this.partValue(p), quoted: false });
      else chunks.push(...this.chunksOf(p, i === 0, false));
    });
    let text = '';
    const isPattern: boolean[] = [];
    for (const c of chunks) {
      text += c.s;
      for (let i = 0; i < c.s.length; i++) isPattern.push(!c.quoted);
    }
    return { text, isPattern };
  }

  fields(w: Word): string[] {
    if (w.arrayAssign) return [this.arrayArg(w.arrayAssign)];
    const fields: Field[] = [[]];
    let sawQuoted = false;
    w.parts.forEach((p, idx) => {
      if (p.k === 'dq') {
        const pieces = this.dqPieces(p.parts);
        if (pieces === null) return;
        sawQuoted = true;
        pieces.forEach((v, i) => {
          if (i === 0) (fields[fields.length - 1] as Field).push({ s: v, quoted: true });
          else fields.push([{ s: v, quoted: true }]);
        });
        return;
      }
      if (p.k === 'sq') sawQuoted = true;
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

  /**
   * The fields of a double-quoted string: one, unless it holds `$@` or
   * `${a[@]}`, whose elements stay separate words; null when such an empty
   * list is all there is (`"$@"` with no parameters vanishes).
   */
  private dqPieces(parts: readonly WordPart[]): string[] | null {
    let pieces: string[] = [''];
    let onlyEmptyLists = parts.length > 0;
    for (const p of parts) {
      const list = p.k === 'param' ? this.paramList(p) : null;
      if (list === null) {
        onlyEmptyLists = false;
        const text = this.partValue(p);
        pieces[pieces.length - 1] = `${pieces[pieces.length - 1] ?? ''}${text}`;
        continue;
      }
      if (list.length === 0) continue;
      onlyEmptyLists = false;
      const last = pieces.length - 1;
      pieces[last] = `${pieces[last] ?? ''}${list[0] ?? ''}`;
      pieces = pieces.concat(list.slice(1));
    }
    return onlyEmptyLists ? null : pieces;
  }

  /** `declare a=(…)`: the elements expanded and quoted again, for the builtin to read. */
  private arrayArg(a: NonNullable<Word['arrayAssign']>): string {
    const q = (v: string) => `'${v.replace(/'/g, "'\\''")}'`;
    const elems: string[] = [];
    for (const e of a.elems) {
      if (e.key) elems.push(`[${q(this.single(e.key))}]=${q(this.single(e.value))}`);
      else for (const v of this.words([e.value])) elems.push(q(v));
    }
    return `${ARRAY_ARG_MARK}${a.name}${a.append ? '+' : ''}=(${elems.join(' ')})`;
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
      case 'procsub':
        return this.h.procSub(p.dir, p.list);
      case 'arith':
        try {
          return String(evalArith(this.arithText(p.src), this.h));
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

  /** The text of an arithmetic expression after `$name` expansion. */
  arithText(src: string): string {
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

  /**
   * The elements of `$@`, `${a[@]}` or `${!a[@]}` (after a per-element
   * operator) when they stay separate words; null for any other expansion.
   */
  paramList(p: ParamPart): string[] | null {
    const all = p.sub ? allSub(p) : p.name === '@' && !p.bang ? '@' : null;
    if (all !== '@' || p.op === 'len') return null;
    if (p.op !== undefined && !['substr', '#', '##', '%', '%%', '/', '//'].includes(p.op)) return null;
    const list = this.elements(p);
    return list === null ? null : this.perElement(p, list);
  }

  /** All elements of `$@`/`$*`/`${a[@]}`/`${a[*]}`/`${!a[@]}`, or null when `p` is not such a list. */
  private elements(p: ParamPart): string[] | null {
    if (!p.sub) {
      if (p.bang || (p.name !== '@' && p.name !== '*')) return null;
      return [...this.h.positional()];
    }
    if (!allSub(p)) return null;
    const a = this.h.array(p.name);
    if (a) {
      const keys = arrayKeys(a);
      return p.bang ? keys : keys.map((k) => a.items.get(k) as string);
    }
    const v = this.h.getVar(p.name);
    if (v === undefined) return [];
    return p.bang ? ['0'] : [v];
  }

  /** Apply an operator to each element of a list (substrings slice the list itself). */
  private perElement(p: ParamPart, list: string[]): string[] {
    switch (p.op) {
      case undefined:
        return list;
      case 'substr': {
        const off = this.arithOf(p.arg);
        let from: number;
        let items = list;
        if (!p.sub) {
          // ${@:0} starts with $0
          items = [this.h.special('0') ?? '', ...list];
          from = off < 0 ? Math.max(0, items.length + off) : off;
        } else {
          const a = this.h.array(p.name);
          const keys = a && !a.assoc && !p.bang ? arrayKeys(a).map(Number) : list.map((_, i) => i);
          const top = keys.length ? (keys[keys.length - 1] as number) + 1 : 0;
          const start = off < 0 ? top + off : off;
          if (start < 0) return [];
          from = keys.findIndex((k) => k >= start);
          if (from < 0) return [];
        }
        if (!p.arg2) return items.slice(from);
        const len = this.arithOf(p.arg2);
        return len < 0 ? items.slice(from, items.length + len) : items.slice(from, from + len);
      }
      case '#':
      case '##':
      case '%':
      case '%%':
      case '/':
      case '//':
        return list.map((v) => this.applyOp(p, v));
      default:
        return list.length ? list : [];
    }
  }

  private arithOf(w: Word | undefined): number {
    if (!w) return 0;
    return this.h.index(this.single(w));
  }

  private param(p: ParamPart): string {
    const list = this.elements(p);
    if (list !== null) {
      if (p.op === 'len') return String(list.length);
      // "${a[*]}" joins with IFS's first character: a blank here
      const joined = (xs: string[]) => xs.join(' ');
      switch (p.op) {
        case undefined:
        case 'substr':
        case '#':
        case '##':
        case '%':
        case '%%':
        case '/':
        case '//':
          return joined(this.perElement(p, list));
        default:
          return this.applyOp(p, list.length ? joined(list) : undefined);
      }
    }
    let v: string | undefined;
    if (p.sub) {
      const a = this.h.array(p.name);
      const sub = this.single(p.sub);
      if (a?.assoc) v = a.items.get(sub);
      else {
        const n = this.h.index(sub);
        const top = a ? arrayKeys(a).map(Number).pop() : undefined;
        const i = n < 0 ? (top === undefined ? -1 : top + 1 + n) : n;
        if (n < 0 && i < 0) {
          this.h.warn(`${p.name}: bad array subscript`);
          v = undefined;
        } else if (a) v = a.items.get(String(i));
        else v = i === 0 ? this.h.getVar(p.name) : undefined;
      }
    } else {
      v = this.lookup(p.name);
      if (p.bang) v = v === undefined ? undefined : this.lookupRef(v);
    }
    return this.applyOp(p, v);
  }

  /** `${!ref}`: the variable named by ref's value (an element when it has a subscript). */
  private lookupRef(ref: string): string | undefined {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(ref);
    if (!m) return this.lookup(ref);
    const a = this.h.array(m[1] as string);
    const sub = m[2] as string;
    if (sub === '@' || sub === '*')
      return a ? [...a.items.values()].join(' ') : this.h.getVar(m[1] as string);
    if (a?.assoc) return a.items.get(sub);
    const n = this.h.index(sub);
    return a ? a.items.get(String(n)) : n === 0 ? this.h.getVar(m[1] as string) : undefined;
  }

  private applyOp(p: ParamPart, v: string | undefined): string {
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
        const rep0 = () => (p.arg2 ? this.single(p.arg2) : '');
        if (p.anchor) {
          // the longest match at the start (or end)
          const whole = globToRegExp(pat.text, pat.isPattern);
          if (p.anchor === '#') {
            for (let i = s.length; i >= 0; i--) if (whole.test(s.slice(0, i))) return rep0() + s.slice(i);
          } else {
            for (let i = 0; i <= s.length; i++) if (whole.test(s.slice(i))) return s.slice(0, i) + rep0();
          }
          return s;
        }
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
