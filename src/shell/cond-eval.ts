/**
 * Evaluating `[[ … ]]` as bash does: words expanded without splitting or
 * globbing, `==`/`!=` against a pattern (quoted parts literal), `=~`
 * against an ERE (quoted parts literal) filling BASH_REMATCH, `<`/`>` on
 * strings, -eq … on arithmetic, file tests on the process's filesystem.
 * Status 0 true, 1 false, 2 for a regex that does not compile.
 */
import { compile } from '../commands/text/regex.js';
import type { CondExpr, Word } from './ast.js';
import type { Expander } from './expand.js';
import { globToRegExp } from './expand.js';
import type { Frame } from './frame.js';
import { getVar } from './frame.js';
import { AbortSignal_, type Interpreter, type IO } from './interpreter.js';
import { arraysOf, getArray } from './vars.js';

const ERE_SPECIAL = /[\\.[\]()*+?{}|^$]/;

class RegexFailed {}

export function evalCond(expr: CondExpr, ex: Expander, frame: Frame, io: IO, interp: Interpreter): number {
  try {
    return test(expr, ex, frame, io, interp) ? 0 : 1;
  } catch (e) {
    if (e instanceof RegexFailed) return 2;
    throw e;
  }
}

function test(e: CondExpr, ex: Expander, frame: Frame, io: IO, interp: Interpreter): boolean {
  switch (e.k) {
    case 'and':
      return test(e.l, ex, frame, io, interp) && test(e.r, ex, frame, io, interp);
    case 'or':
      return test(e.l, ex, frame, io, interp) || test(e.r, ex, frame, io, interp);
    case 'not':
      return !test(e.e, ex, frame, io, interp);
    case 'paren':
      return test(e.e, ex, frame, io, interp);
    case 'unary':
      return unary(e.op, ex.single(e.w), frame);
    case 'binary':
      return binary(e, ex, frame, io, interp);
  }
}

function unary(op: string, arg: string, frame: Frame): boolean {
  const fs = frame.ctx.fs;
  const cwd = frame.ctx.cwd;
  const st = () => (arg === '' ? null : fs.stat(arg, cwd));
  switch (op) {
    case '-n':
      return arg.length > 0;
    case '-z':
      return arg.length === 0;
    case '-e':
    case '-a':
      return st() !== null;
    case '-f':
      return st()?.kind === 'file';
    case '-d':
      return st()?.kind === 'dir';
    case '-s':
      return (st()?.size ?? 0) > 0;
    case '-r':
    case '-w':
      // root may read and write whatever exists
      return st() !== null;
    case '-x': {
      const s = st();
      return s !== null && (s.kind === 'dir' || (s.mode & 0o111) !== 0);
    }
    case '-L':
    case '-h':
      return arg !== '' && fs.lstat(arg, cwd)?.kind === 'link';
    case '-c':
    case '-b':
      return st()?.kind === 'dev';
    case '-O':
    case '-G':
      return st() !== null;
    case '-v': {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(arg);
      if (!m) return false;
      const a = getArray(frame, m[1] as string);
      if (m[2] === undefined) return a ? a.items.has('0') : getVar(frame, arg) !== undefined;
      if (m[2] === '@' || m[2] === '*')
        return a ? a.items.size > 0 : getVar(frame, m[1] as string) !== undefined;
      return a ? a.items.has(m[2]) : m[2] === '0' && getVar(frame, m[1] as string) !== undefined;
    }
    case '-t':
      return frame.ctx.tty !== null && (arg === '0' || arg === '1' || arg === '2');
    default:
      // -g -k -p -S -u -N -o -R: nothing in the world has them
      return false;
  }
}

function binary(
  e: Extract<CondExpr, { k: 'binary' }>,
  ex: Expander,
  frame: Frame,
  io: IO,
  interp: Interpreter,
): boolean {
  const l = ex.single(e.l);
  switch (e.op) {
    case '=':
    case '==':
    case '!=': {
      const pat = ex.pattern(e.r);
      const m = globToRegExp(pat.text, pat.isPattern).test(l);
      return e.op === '!=' ? !m : m;
    }
    case '=~':
      return regexMatch(l, ex, e.r, frame);
    case '<':
      return l < ex.single(e.r);
    case '>':
      return l > ex.single(e.r);
    case '-nt':
    case '-ot': {
      const a = frame.ctx.fs.stat(l, frame.ctx.cwd);
      const b = frame.ctx.fs.stat(ex.single(e.r), frame.ctx.cwd);
      if (e.op === '-nt') return a !== null && (b === null || a.mtime > b.mtime);
      return b !== null && (a === null || a.mtime < b.mtime);
    }
    case '-ef': {
      const fs = frame.ctx.fs;
      const r = ex.single(e.r);
      return (
        fs.stat(l, frame.ctx.cwd) !== null &&
        fs.resolve(l, frame.ctx.cwd).path === fs.resolve(r, frame.ctx.cwd).path
      );
    }
    default: {
      const r = ex.single(e.r);
      let x: number;
      let y: number;
      try {
        x = interp.arith(l, frame, io, '[[: ');
        y = interp.arith(r, frame, io, '[[: ');
      } catch (err) {
        if (err instanceof AbortSignal_) return false;
        throw err;
      }
      switch (e.op) {
        case '-eq':
          return x === y;
        case '-ne':
          return x !== y;
        case '-lt':
          return x < y;
        case '-le':
          return x <= y;
        case '-gt':
          return x > y;
        default:
          return x >= y;
      }
    }
  }
}

function regexMatch(s: string, ex: Expander, w: Word, frame: Frame): boolean {
  const pat = ex.pattern(w);
  let src = '';
  for (let i = 0; i < pat.text.length; i++) {
    const c = pat.text[i] as string;
    src += !pat.isPattern[i] && ERE_SPECIAL.test(c) ? `\\${c}` : c;
  }
  const re = compile(src, { extended: true });
  if (!re.ok) throw new RegexFailed();
  const m = re.re.exec(s);
  const arr = { assoc: false, items: new Map<string, string>() };
  if (m) {
    arr.items.set('0', m.text);
    m.groups.forEach((g, i) => {
      arr.items.set(String(i + 1), g ?? '');
    });
  }
  frame.locals.delete('BASH_REMATCH');
  arraysOf(frame).set('BASH_REMATCH', arr);
  return m !== null;
}
