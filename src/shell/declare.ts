/** `declare`/`typeset`/`local`, `unset`, and the array-literal arguments they are given. */
import { errPrefix, exportVar, type Frame, getVar, setVar, unsetVar } from './frame.js';
import type { Builtin, Interpreter, IO } from './interpreter.js';
import {
  ARRAY_ARG_MARK,
  type ArrayElement,
  arraysOf,
  assignArray,
  declareArrayLine,
  declQuote,
  ensureArray,
  getArray,
  saveForLocal,
  setElement,
} from './vars.js';

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DECLARE_FLAGS = 'aAfFgiIlnrtuxp';

/** Read back the elements of `(…)` as the expander quoted them (`'v'`, `['k']='v'`). */
export function readArrayArg(text: string): ArrayElement[] {
  const out: ArrayElement[] = [];
  let i = 0;
  const word = (): string => {
    let s = '';
    while (i < text.length && text[i] !== ' ' && text[i] !== ']') {
      const c = text[i] as string;
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        s += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '\\') {
        s += text[i + 1] ?? '';
        i += 2;
      } else {
        s += c;
        i++;
      }
    }
    return s;
  };
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] === '[') {
      i++;
      const key = word();
      i += 2; // ]=
      out.push({ key, value: word() });
    } else out.push({ value: word() });
  }
  return out;
}

function usage(io: IO, f: Frame, name: string, opt: string): number {
  io.err.write(
    `${errPrefix(f)}${name}: ${opt}: invalid option\n${name}: usage: ${name} [-aAfFgiIlnrtux] [name[=value] ...] or ${name} -p [-aAfFilnrtux] [name ...]\n`,
  );
  return 2;
}

/** `declare -p NAME`'s line for a scalar or an array. */
function declareLine(f: Frame, name: string, flags: string): string | null {
  const a = getArray(f, name);
  if (a) return declareArrayLine(name, a);
  const env = f.ctx.env.get(name);
  const v = f.locals.get(name) ?? env;
  if (v === undefined) return null;
  const attrs = `${flags.includes('i') ? 'i' : ''}${env !== undefined ? 'x' : ''}` || '-';
  return `declare -${attrs} ${name}=${declQuote(v)}`;
}

export const declare: Builtin = (argv, io, f, interp: Interpreter) => {
  const cmd = argv[0] as string;
  if (cmd === 'local' && !f.scopes?.length) {
    io.err.write(`${errPrefix(f)}local: can only be used in a function\n`);
    return 1;
  }
  let flags = '';
  const args: string[] = [];
  let opts = true;
  for (const a of argv.slice(1)) {
    if (opts && a === '--') {
      opts = false;
      continue;
    }
    if (opts && /^[-+]./.test(a) && !a.startsWith(ARRAY_ARG_MARK)) {
      for (const c of a.slice(1)) {
        if (!DECLARE_FLAGS.includes(c)) return usage(io, f, cmd, `${a[0]}${c}`);
        if (a[0] === '-') flags += c;
      }
      continue;
    }
    opts = false;
    args.push(a);
  }
  if (flags.includes('p')) {
    let status = 0;
    for (const name of args) {
      const line = declareLine(f, name, flags);
      if (line === null) {
        io.err.write(`${errPrefix(f)}${cmd}: ${name}: not found\n`);
        status = 1;
      } else io.out.write(`${line}\n`);
    }
    return status;
  }
  let status = 0;
  const index = (s: string) => interp.arith(s, f, io);
  for (const raw of args) {
    const isArrayArg = raw.startsWith(ARRAY_ARG_MARK);
    const a = isArrayArg ? raw.slice(1) : raw;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[.*\])?(\+?=)?/s.exec(a);
    const name = m?.[1];
    if (!m || !name || !NAME_RE.test(name) || (m[0].length < a.length && !m[3])) {
      io.err.write(`${errPrefix(f)}${cmd}: \`${a}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    if (cmd === 'local') saveForLocal(f, name);
    const assoc = flags.includes('A');
    if (flags.includes('a') || assoc) {
      const existing = getArray(f, name);
      if (!existing) {
        const arr = ensureArray(f, name, assoc);
        if (arr.items.size === 0) arr.declaredOnly = true;
      }
    }
    if (!m[3]) {
      if (!getArray(f, name) && getVar(f, name) === undefined && !flags.includes('x')) setVar(f, name, '');
      if (flags.includes('x')) exportVar(f, name);
      continue;
    }
    const value = a.slice(m[0].length);
    const append = m[3] === '+=';
    if (isArrayArg || ((flags.includes('a') || assoc) && /^\(.*\)$/s.test(value) && !m[2])) {
      const elems = readArrayArg(value.slice(1, -1));
      assignArray(f, name, elems, append, assoc || getArray(f, name)?.assoc, index);
      if (flags.includes('x')) exportVar(f, name);
      continue;
    }
    if (m[2]) {
      setElement(f, name, m[2].slice(1, -1), value, index);
      continue;
    }
    const v = append ? (getVar(f, name) ?? '') + value : value;
    if (flags.includes('x')) exportVar(f, name, v);
    else setVar(f, name, v);
  }
  return status;
};

/** `unset NAME`, `unset 'a[i]'` (one element), `unset a[@]` (every element). */
export const unset: Builtin = (argv, io, f, interp) => {
  let fnOnly = false;
  let varOnly = false;
  for (const a of argv.slice(1)) {
    if (a === '-f') {
      fnOnly = true;
      continue;
    }
    if (a === '-v') {
      varOnly = true;
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(a);
    if (m && !fnOnly) {
      const arr = getArray(f, m[1] as string);
      const sub = m[2] as string;
      if (sub === '@' || sub === '*') {
        if (arr) arr.items.clear();
        else unsetVar(f, m[1] as string);
      } else if (arr?.assoc) arr.items.delete(sub);
      else if (arr) {
        const n = interp.arith(sub, f, io);
        const top = Math.max(-1, ...[...arr.items.keys()].map(Number)) + 1;
        arr.items.delete(String(n < 0 ? top + n : n));
      } else if (interp.arith(sub, f, io) === 0) unsetVar(f, m[1] as string);
      continue;
    }
    if (!fnOnly) unsetVar(f, a);
    if (!varOnly) f.state.functions.delete(a);
  }
  return 0;
};

/** `read -a NAME`: the fields into an indexed array. */
export function readIntoArray(f: Frame, name: string, fields: string[]): void {
  arraysOf(f);
  assignArray(
    f,
    name,
    fields.map((value) => ({ value })),
    false,
    false,
  );
}
