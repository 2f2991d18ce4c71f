/**
 * spf13/pflag as kubectl uses it: interspersed flags and arguments,
 * `--name=value`, `--name value`, bool flags without a value, shorthand
 * clusters (`-it`, `-oyaml`, `-o=yaml`), `--` (ArgsLenAtDash), slices that
 * split on commas and arrays that do not. Errors carry pflag's wording.
 */
import type { FlagSpec } from './flag-spec.js';

export type FlagValue = string | boolean | number | string[];

export interface ParsedFlags {
  values: Map<string, FlagValue>;
  /** Flags the user set (by long name). */
  changed: Set<string>;
  args: string[];
  /** Number of arguments before `--`, or -1. */
  dashAt: number;
}

export type ParseResult = { ok: true; flags: ParsedFlags } | { ok: false; error: string };

export function defaultValue(f: FlagSpec): FlagValue {
  switch (f.type) {
    case 'bool':
      return f.def === 'true';
    case 'int':
      return Number(f.def);
    case 'stringArray':
    case 'stringSlice': {
      const inner = f.def.slice(1, -1);
      return inner === '' ? [] : inner.split(',');
    }
    default:
      return f.def;
  }
}

function flagLabel(f: FlagSpec): string {
  return f.short ? `-${f.short}, --${f.name}` : `--${f.name}`;
}

/** Go's strconv.ParseBool. */
export function parseBool(s: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return null;
}

/** Go's strconv.ParseInt(s, 0, 64) error text, or the number. */
export function parseGoInt(s: string, fn = 'ParseInt'): number | string {
  const body = s.replace(/^[+-]/, '');
  let v: number;
  if (/^0[xX][0-9a-fA-F]+(_?[0-9a-fA-F])*$/.test(body))
    v = Number.parseInt(body.slice(2).replace(/_/g, ''), 16);
  else if (/^0[bB][01]+$/.test(body)) v = Number.parseInt(body.slice(2), 2);
  else if (/^0[oO]?[0-7]+$/.test(body)) v = Number.parseInt(body.replace(/^0[oO]?/, ''), 8);
  else if (/^[0-9]+$/.test(body)) v = Number(body);
  else return `strconv.${fn}: parsing ${JSON.stringify(s)}: invalid syntax`;
  if (v > 2 ** 63) return `strconv.${fn}: parsing ${JSON.stringify(s)}: value out of range`;
  return s.startsWith('-') ? -v : v;
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60000,
  h: 3600000,
};

/** Go's time.ParseDuration, in milliseconds, or the error text. */
export function parseDuration(s: string): number | string {
  if (s === '0') return 0;
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(s);
  if (!m) return `time: invalid duration ${JSON.stringify(s)}`;
  let total = 0;
  for (const part of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g))
    total += Number(part[1]) * (DURATION_UNITS[part[2] as string] as number);
  return m[1] === '-' ? -total : total;
}

/** encoding/csv reading of one line, as pflag's stringSlice does. */
function splitCsv(s: string): string[] {
  if (s === '') return [];
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function setValue(p: ParsedFlags, f: FlagSpec, raw: string): string | null {
  const bad = (why: string) => `invalid argument ${JSON.stringify(raw)} for "${flagLabel(f)}" flag: ${why}`;
  switch (f.type) {
    case 'bool': {
      const b = parseBool(raw);
      if (b === null) return bad(`strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax`);
      p.values.set(f.name, b);
      break;
    }
    case 'int': {
      const n = parseGoInt(raw);
      if (typeof n === 'string') return bad(n);
      p.values.set(f.name, n);
      break;
    }
    case 'duration': {
      const d = parseDuration(raw);
      if (typeof d === 'string') return bad(d);
      p.values.set(f.name, raw);
      break;
    }
    case 'stringArray':
    case 'stringSlice': {
      const prev = p.changed.has(f.name) ? (p.values.get(f.name) as string[]) : [];
      p.values.set(f.name, [...prev, ...(f.type === 'stringSlice' ? splitCsv(raw) : [raw])]);
      break;
    }
    default:
      p.values.set(f.name, raw);
  }
  p.changed.add(f.name);
  return null;
}

function takesNoValue(f: FlagSpec): boolean {
  return f.type === 'bool' || f.noOpt !== undefined;
}

function noOptValue(f: FlagSpec): string {
  return f.noOpt ?? 'true';
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParseResult {
  const p: ParsedFlags = { values: new Map(), changed: new Set(), args: [], dashAt: -1 };
  for (const f of specs) p.values.set(f.name, defaultValue(f));
  const byName = new Map(specs.map((f) => [f.name, f]));
  const byShort = new Map(specs.filter((f) => f.short).map((f) => [f.short as string, f]));
  let i = 0;
  const fail = (error: string): ParseResult => ({ ok: false, error });
  while (i < argv.length) {
    const a = argv[i] as string;
    i++;
    if (a === '--') {
      p.dashAt = p.args.length;
      p.args.push(...argv.slice(i));
      break;
    }
    if (a.length < 2 || a[0] !== '-') {
      p.args.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const body = a.slice(2);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const f = byName.get(name);
      if (!f) return fail(`unknown flag: --${name}`);
      let val: string;
      if (eq >= 0) val = body.slice(eq + 1);
      else if (takesNoValue(f)) val = noOptValue(f);
      else if (i < argv.length) val = argv[i++] as string;
      else return fail(`flag needs an argument: ${a}`);
      const e = setValue(p, f, val);
      if (e) return fail(e);
      continue;
    }
    let rest = a.slice(1);
    while (rest.length > 0) {
      const c = rest[0] as string;
      const f = byShort.get(c);
      if (!f) return fail(`unknown shorthand flag: '${c}' in -${rest}`);
      let val: string;
      if (rest.length > 2 && rest[1] === '=') {
        val = rest.slice(2);
        rest = '';
      } else if (takesNoValue(f)) {
        val = noOptValue(f);
        rest = rest.slice(1);
      } else if (rest.length > 1) {
        val = rest.slice(1);
        rest = '';
      } else if (i < argv.length) {
        val = argv[i++] as string;
        rest = '';
      } else return fail(`flag needs an argument: '${c}' in -${c}`);
      const e = setValue(p, f, val);
      if (e) return fail(e);
    }
  }
  return { ok: true, flags: p };
}

/** Typed accessors over parsed flags. */
export class Flags {
  constructor(readonly parsed: ParsedFlags) {}

  str(name: string): string {
    const v = this.parsed.values.get(name);
    return typeof v === 'string' ? v : v === undefined ? '' : String(v);
  }

  bool(name: string): boolean {
    return this.parsed.values.get(name) === true;
  }

  int(name: string): number {
    const v = this.parsed.values.get(name);
    return typeof v === 'number' ? v : 0;
  }

  list(name: string): string[] {
    const v = this.parsed.values.get(name);
    return Array.isArray(v) ? v : [];
  }

  changed(name: string): boolean {
    return this.parsed.changed.has(name);
  }

  get args(): string[] {
    return this.parsed.args;
  }

  get dashAt(): number {
    return this.parsed.dashAt;
  }
}
