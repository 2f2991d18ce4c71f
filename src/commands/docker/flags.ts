/**
 * The Docker CLI's flag parsing (cobra + pflag): long and short flags,
 * `--flag=value`, bundled booleans, and for `run`/`exec` parsing stops at
 * the first positional argument (everything after belongs to the
 * container's command). Errors carry the CLI's wording.
 */
import { fail } from '../cli-error.js';

export interface FlagDef {
  long: string;
  short?: string;
  /** Takes a value; repeated values accumulate. */
  value?: boolean;
}

export interface Parsed {
  flags: Map<string, string[]>;
  args: string[];
}

/** `Usage:  docker ps [OPTIONS]` lines, per command path. */
export interface UsageInfo {
  path: string;
  usage: string;
}

export function flagError(u: UsageInfo, msg: string): never {
  return fail(`${msg}\n\nUsage:  ${u.usage}\n\nRun '${u.path} --help' for more information\n`, 125);
}

export function parseFlags(
  argv: readonly string[],
  defs: readonly FlagDef[],
  u: UsageInfo,
  interspersed: boolean,
): Parsed {
  const flags = new Map<string, string[]>();
  const args: string[] = [];
  const put = (d: FlagDef, v: string) => {
    const l = flags.get(d.long) ?? [];
    l.push(v);
    flags.set(d.long, l);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const d = defs.find((x) => x.long === name);
      if (!d) flagError(u, `unknown flag: --${name}`);
      if (d.value) {
        let v: string | undefined = eq < 0 ? undefined : a.slice(eq + 1);
        if (v === undefined) {
          v = argv[++i];
          if (v === undefined) flagError(u, `flag needs an argument: --${name}`);
        }
        put(d, v);
      } else put(d, eq < 0 ? 'true' : a.slice(eq + 1));
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] as string;
        const d = defs.find((x) => x.short === ch);
        if (!d) flagError(u, `unknown shorthand flag: '${ch}' in ${a}`);
        if (d.value) {
          let v = a.slice(j + 1);
          if (v.startsWith('=')) v = v.slice(1);
          if (v === '') {
            const next = argv[++i];
            if (next === undefined) flagError(u, `flag needs an argument: '${ch}' in -${ch}`);
            v = next;
          }
          put(d, v);
          break;
        }
        put(d, 'true');
      }
      continue;
    }
    if (!interspersed) {
      args.push(...argv.slice(i));
      break;
    }
    args.push(a);
  }
  return { flags, args };
}

export function flagOn(p: Parsed, name: string): boolean {
  const v = p.flags.get(name);
  return !!v && v[v.length - 1] !== 'false';
}

export function flagValue(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return v?.[v.length - 1];
}
