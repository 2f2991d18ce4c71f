/**
 * A GNU getopt_long-style option parser driven by a data spec. It handles
 * short clusters (`-nvL`), attached and detached arguments (`-n5`, `-n 5`,
 * `--lines=5`, `--lines 5`), optional arguments (attached only, as in GNU),
 * `--`, operand permutation (unless POSIXLY_CORRECT or `posix: true`) and
 * unique-prefix matching of long options. Errors come back as values with
 * glibc's exact wording; nothing is printed and nothing throws.
 */

export type ArgKind = 'none' | 'required' | 'optional';

export interface OptDef {
  /** Identifier the caller switches on; several definitions may share one. */
  key: string;
  /** Single-character short name, e.g. 'n' for `-n`. */
  short?: string;
  /** Long name(s) without the dashes, e.g. 'lines' for `--lines`. */
  long?: string | readonly string[];
  /** Argument policy; default 'none'. */
  arg?: ArgKind;
}

export interface ParsedOpt {
  key: string;
  /** The option as the user named it: `-n` or `--lines`. */
  name: string;
  /** The argument, when the option takes one and it was given. */
  value?: string;
}

export interface GetoptOk {
  ok: true;
  opts: ParsedOpt[];
  operands: string[];
}

export interface GetoptErr {
  ok: false;
  /** glibc's message, e.g. `head: invalid option -- 'x'` (no newline). */
  error: string;
  opts: ParsedOpt[];
  operands: string[];
}

export type GetoptResult = GetoptOk | GetoptErr;

export interface GetoptConfig {
  /** Stop at the first operand (POSIXLY_CORRECT or a leading '+' in glibc). */
  posix?: boolean;
  /**
   * Called for an argument that starts with '-' and a digit before normal
   * parsing (e.g. `head -5`, `grep -3`); return the options it stands for, or
   * null to parse it normally.
   */
  digits?: (arg: string) => ParsedOpt[] | null;
  /** Stop parsing (successfully) right after the options `digits` returned, when this says so. */
  stopAfterDigits?: boolean;
}

interface LongEntry {
  name: string;
  def: OptDef;
}

function longEntries(defs: readonly OptDef[]): LongEntry[] {
  const out: LongEntry[] = [];
  for (const def of defs) {
    if (def.long === undefined) continue;
    const names = typeof def.long === 'string' ? [def.long] : def.long;
    for (const name of names) out.push({ name, def });
  }
  return out;
}

/** Parse argv (without the program name) against the option definitions. */
export function getopt(
  prog: string,
  args: readonly string[],
  defs: readonly OptDef[],
  config: GetoptConfig = {},
): GetoptResult {
  const opts: ParsedOpt[] = [];
  const operands: string[] = [];
  const longs = longEntries(defs);
  const fail = (error: string): GetoptErr => ({ ok: false, error, opts, operands });
  let i = 0;
  while (i < args.length) {
    const a = args[i] as string;
    i++;
    if (a === '--') {
      operands.push(...args.slice(i));
      break;
    }
    if (a.length < 2 || a[0] !== '-') {
      if (config.posix) {
        operands.push(a, ...args.slice(i));
        break;
      }
      operands.push(a);
      continue;
    }
    if (config.digits && /^-[0-9]/.test(a)) {
      const got = config.digits(a);
      if (got) {
        opts.push(...got);
        if (config.stopAfterDigits) return { ok: true, opts, operands };
        continue;
      }
    }
    if (a.startsWith('--')) {
      const body = a.slice(2);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const inline = eq >= 0 ? body.slice(eq + 1) : undefined;
      let entry = longs.find((e) => e.name === name);
      if (!entry) {
        const cands = longs.filter((e) => e.name.startsWith(name));
        if (cands.length === 0) return fail(`${prog}: unrecognized option '${a}'`);
        const first = cands[0] as LongEntry;
        const same = cands.every(
          (c) => c.def.key === first.def.key && (c.def.arg ?? 'none') === (first.def.arg ?? 'none'),
        );
        if (!same) {
          const list = cands.map((c) => `'--${c.name}'`).join(' ');
          return fail(`${prog}: option '--${name}' is ambiguous; possibilities: ${list}`);
        }
        entry = first;
      }
      const kind = entry.def.arg ?? 'none';
      const shown = `--${entry.name}`;
      if (kind === 'none') {
        if (inline !== undefined) return fail(`${prog}: option '${shown}' doesn't allow an argument`);
        opts.push({ key: entry.def.key, name: shown });
      } else if (kind === 'optional') {
        opts.push({ key: entry.def.key, name: shown, ...(inline !== undefined ? { value: inline } : {}) });
      } else if (inline !== undefined) {
        opts.push({ key: entry.def.key, name: shown, value: inline });
      } else if (i < args.length) {
        opts.push({ key: entry.def.key, name: shown, value: args[i] as string });
        i++;
      } else {
        return fail(`${prog}: option '${shown}' requires an argument`);
      }
      continue;
    }
    // a cluster of short options
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      const def = defs.find((d) => d.short === c);
      if (!def) return fail(`${prog}: invalid option -- '${c}'`);
      const kind = def.arg ?? 'none';
      if (kind === 'none') {
        opts.push({ key: def.key, name: `-${c}` });
        continue;
      }
      const rest = a.slice(j + 1);
      if (rest.length > 0) {
        opts.push({ key: def.key, name: `-${c}`, value: rest });
      } else if (kind === 'optional') {
        opts.push({ key: def.key, name: `-${c}` });
      } else if (i < args.length) {
        opts.push({ key: def.key, name: `-${c}`, value: args[i] as string });
        i++;
      } else {
        return fail(`${prog}: option requires an argument -- '${c}'`);
      }
      break;
    }
  }
  return { ok: true, opts, operands };
}

/** Whether POSIXLY_CORRECT is set in an environment map. */
export function posixlyCorrect(env: ReadonlyMap<string, string>): boolean {
  return env.has('POSIXLY_CORRECT');
}
