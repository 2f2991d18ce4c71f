/**
 * Array variables (indexed and associative) and function-local scopes.
 * Scalars live in Frame.locals / ctx.env; a name in Frame.arrays is an
 * array, and its scalar view is element 0 (`$a` is `${a[0]}`), as in bash.
 */
import type { Frame } from './frame.js';

/** What the expander puts before `name=(…)` it hands to a declaration builtin. */
export const ARRAY_ARG_MARK = '\uE000';

export interface ShellArray {
  assoc: boolean;
  /** `declare -a x` with nothing assigned yet (`declare -p` shows no `=()`). */
  declaredOnly?: boolean;
  /** `export`ed: bash keeps the attribute but cannot pass an array on. */
  exported?: boolean;
  /** Indexed arrays key by the decimal index; associative ones by the key. */
  items: Map<string, string>;
}

/** What a name was before `local` shadowed it, to put back when the function returns. */
export interface SavedVar {
  local?: string;
  env?: string;
  array?: ShellArray;
}

export function arraysOf(f: Frame): Map<string, ShellArray> {
  if (!f.arrays) f.arrays = new Map();
  return f.arrays;
}

export function getArray(f: Frame, name: string): ShellArray | undefined {
  return f.arrays?.get(name);
}

export function copyArrays(src: Map<string, ShellArray> | undefined): Map<string, ShellArray> | undefined {
  if (!src) return undefined;
  return new Map([...src].map(([k, a]) => [k, { assoc: a.assoc, items: new Map(a.items) }]));
}

/** Make `name` an array (keeping a scalar value as element 0, as bash does). */
export function ensureArray(f: Frame, name: string, assoc = false): ShellArray {
  const arrays = arraysOf(f);
  let a = arrays.get(name);
  if (a) return a;
  a = { assoc, items: new Map() };
  const v = f.locals.get(name) ?? f.ctx.env.get(name);
  if (v !== undefined) a.items.set('0', v);
  f.locals.delete(name);
  f.ctx.env.delete(name);
  arrays.set(name, a);
  return a;
}

/** bash's FNV-1 string hash (hashlib.c), which orders an associative array's keys. */
function fnv1(s: string): number {
  let h = 2166136261 >>> 0;
  for (const b of new TextEncoder().encode(s)) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ b) >>> 0;
  }
  return h;
}

/**
 * Keys in bash's order: indexed arrays by index; associative arrays by
 * hash bucket (1024 buckets), the newest key first within a bucket.
 */
export function arrayKeys(a: ShellArray): string[] {
  const keys = [...a.items.keys()];
  if (!a.assoc) return keys.sort((x, y) => Number(x) - Number(y));
  const order = keys.map((k, i) => ({ k, b: fnv1(k) & 1023, i }));
  order.sort((x, y) => x.b - y.b || y.i - x.i);
  return order.map((o) => o.k);
}

export function arrayValues(a: ShellArray): string[] {
  return arrayKeys(a).map((k) => a.items.get(k) as string);
}

/** Largest index + 1 (where `a+=(x)` appends). */
export function nextIndex(a: ShellArray): number {
  let max = -1;
  for (const k of a.items.keys()) max = Math.max(max, Number(k));
  return max + 1;
}

/** Resolve a (possibly negative) index of an indexed array; null when out of range below 0. */
export function resolveIndex(a: ShellArray, i: number): number | null {
  if (i >= 0) return i;
  const j = nextIndex(a) + i;
  return j < 0 ? null : j;
}

export interface ArrayElement {
  key?: string;
  value: string;
}

/** `name=(…)` / `name+=(…)`: elements in order, `[k]=v` ones at their key. */
export function assignArray(
  f: Frame,
  name: string,
  elems: ArrayElement[],
  append: boolean,
  assoc?: boolean,
  evalIndex: (s: string) => number = (s) => Number(s) || 0,
): void {
  const arrays = arraysOf(f);
  const existing = arrays.get(name);
  const isAssoc = assoc ?? existing?.assoc ?? false;
  let a: ShellArray;
  if (append) a = ensureArray(f, name, isAssoc);
  else {
    f.locals.delete(name);
    f.ctx.env.delete(name);
    a = { assoc: isAssoc, items: new Map() };
    arrays.set(name, a);
  }
  let next = a.assoc ? 0 : nextIndex(a);
  for (const e of elems) {
    if (a.assoc) {
      if (e.key === undefined) continue;
      a.items.set(e.key, e.value);
      continue;
    }
    if (e.key !== undefined) {
      const i = resolveIndex(a, evalIndex(e.key));
      if (i === null) continue;
      next = i;
    }
    a.items.set(String(next), e.value);
    next++;
  }
}

/** `declare -p`'s double quoting of a value. */
export function declQuote(v: string): string {
  return `"${v.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** One `declare -p` line for an array. */
export function declareArrayLine(name: string, a: ShellArray): string {
  const flag = `${a.assoc ? 'A' : 'a'}${a.exported ? 'x' : ''}`;
  if (a.items.size === 0) return `declare -${flag} ${name}${a.declaredOnly ? '' : '=()'}`;
  const body = arrayKeys(a)
    .map((k) => `[${k}]=${declQuote(a.items.get(k) as string)}`)
    .join(' ');
  return `declare -${flag} ${name}=(${body}${a.assoc ? ' ' : ''})`;
}

/** `local NAME`: remember what NAME was, once per function call. */
export function saveForLocal(f: Frame, name: string): void {
  const scope = f.scopes?.[f.scopes.length - 1];
  if (!scope || scope.has(name)) return;
  const saved: SavedVar = {};
  const l = f.locals.get(name);
  const e = f.ctx.env.get(name);
  const a = f.arrays?.get(name);
  if (l !== undefined) saved.local = l;
  if (e !== undefined) saved.env = e;
  if (a) saved.array = a;
  scope.set(name, saved);
  f.locals.delete(name);
  f.arrays?.delete(name);
}

/** A function returned: put its locals' names back as they were. */
export function restoreScope(f: Frame, scope: Map<string, SavedVar>): void {
  for (const [name, s] of scope) {
    f.locals.delete(name);
    f.arrays?.delete(name);
    if (s.local !== undefined) f.locals.set(name, s.local);
    if (s.env !== undefined) f.ctx.env.set(name, s.env);
    else if (s.local === undefined) f.ctx.env.delete(name);
    if (s.array) arraysOf(f).set(name, s.array);
  }
}

/** `${name[SUB]}`: an element's value (a scalar is an array of one element at 0). */
export function getElement(
  f: Frame,
  name: string,
  sub: string,
  evalIndex: (s: string) => number,
): string | undefined {
  const a = f.arrays?.get(name);
  if (a?.assoc) return a.items.get(sub);
  const n = evalIndex(sub);
  if (!a) {
    const v = f.locals.get(name) ?? f.ctx.env.get(name);
    return n === 0 || n === -1 ? v : undefined;
  }
  const i = resolveIndex(a, n);
  return i === null ? undefined : a.items.get(String(i));
}

/** `name[SUB]=value`; returns false for a negative index below the start (bash: bad array subscript). */
export function setElement(
  f: Frame,
  name: string,
  sub: string,
  value: string,
  evalIndex: (s: string) => number,
): boolean {
  const existing = f.arrays?.get(name);
  if (existing?.assoc) {
    existing.items.set(sub, value);
    return true;
  }
  const n = evalIndex(sub);
  const a = ensureArray(f, name);
  const i = resolveIndex(a, n);
  if (i === null) return false;
  a.items.set(String(i), value);
  return true;
}

/** Split `name[sub]` (as arithmetic hands it over). */
export function splitElementName(s: string): { name: string; sub: string } | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(s);
  return m ? { name: m[1] as string, sub: m[2] as string } : null;
}
