/**
 * What every BusyBox applet shares: the multi-call banner and usage screen
 * (bb_show_usage: stderr, exit 1, or exit 0 for a lone `--help`), getopt32's
 * option parsing on top of glibc getopt_long (permutation, clusters,
 * attached/detached arguments, glibc's error wording), and libbb's number
 * parsers (xatou_range & co.) with their two messages.
 */
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { BUSYBOX_BANNER } from '../proc/busybox-ps.js';

export { BUSYBOX_BANNER };

/** bb_show_usage(): the banner, then `Usage: APPLET TEXT`. */
export function usageScreen(applet: string, text: string): string {
  return `${BUSYBOX_BANNER}\nUsage: ${applet}${text.startsWith('\n') ? '' : ' '}${text}\n`;
}

/** Die with the usage screen (exit 1), after an optional message line. */
export function showUsage(applet: string, text: string, msg = ''): never {
  return fail(`${msg ? `${msg}\n` : ''}${usageScreen(applet, text)}`, 1);
}

/** bb_error_msg_and_die(): `applet: msg`, exit 1 unless the applet changed xfunc_error_retval. */
export function die(applet: string, msg: string, exit = 1): never {
  return fail(`${applet}: ${msg}\n`, exit);
}

/** `APPLET --help` alone: the usage screen on stderr and exit 0 (appletlib.c). */
export function helpRequested(p: Proc): boolean {
  return p.argv.length === 2 && p.argv[1] === '--help';
}

export function printHelp(p: Proc, applet: string, text: string): number {
  p.err(usageScreen(applet, text));
  return 0;
}

export interface BbOpt {
  /** The option character (getopt32 opt string letter). */
  c: string;
  /** Takes an argument. */
  arg?: boolean;
  /** Long names that map to this option. */
  long?: readonly string[];
}

export interface BbParsed {
  /** Options in command-line order, with their argument when they take one. */
  opts: Array<{ c: string; value?: string }>;
  operands: string[];
}

/**
 * getopt32(): glibc getopt_long with operand permutation. On an unknown
 * option or a missing argument glibc prints its message and busybox shows
 * the usage screen (exit 1).
 */
export function bbGetopt(
  applet: string,
  usage: string,
  args: readonly string[],
  spec: readonly BbOpt[],
): BbParsed {
  const opts: BbParsed['opts'] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.length < 2 || a[0] !== '-') {
      operands.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const body = a.slice(2);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const cands = spec.filter((o) => o.long?.some((l) => l.startsWith(name)));
      const exact = spec.find((o) => o.long?.includes(name));
      const hit = exact ?? (cands.length === 1 ? cands[0] : undefined);
      if (!hit || name === '') {
        if (cands.length > 1 && name !== '') {
          const list = cands.flatMap((o) =>
            (o.long ?? []).filter((l) => l.startsWith(name)).map((l) => `'--${l}'`),
          );
          showUsage(
            applet,
            usage,
            `${applet}: option '--${name}' is ambiguous; possibilities: ${list.join(' ')}`,
          );
        }
        showUsage(applet, usage, `${applet}: unrecognized option '${a}'`);
      }
      const full =
        (hit.long ?? []).find((l) => l === name) ?? (hit.long ?? []).find((l) => l.startsWith(name));
      if (!hit.arg) {
        if (eq >= 0) showUsage(applet, usage, `${applet}: option '--${full}' doesn't allow an argument`);
        opts.push({ c: hit.c });
      } else if (eq >= 0) opts.push({ c: hit.c, value: body.slice(eq + 1) });
      else if (i + 1 < args.length) opts.push({ c: hit.c, value: args[++i] as string });
      else showUsage(applet, usage, `${applet}: option '--${full}' requires an argument`);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      const o = spec.find((x) => x.c === c);
      if (!o) showUsage(applet, usage, `${applet}: invalid option -- '${c}'`);
      if (!o.arg) {
        opts.push({ c });
        continue;
      }
      const rest = a.slice(j + 1);
      if (rest) opts.push({ c, value: rest });
      else if (i + 1 < args.length) opts.push({ c, value: args[++i] as string });
      else showUsage(applet, usage, `${applet}: option requires an argument -- '${c}'`);
      break;
    }
  }
  return { opts, operands };
}

/** The last value given for an option, if any. */
export function optValue(p: BbParsed, c: string): string | undefined {
  let v: string | undefined;
  for (const o of p.opts) if (o.c === c) v = o.value;
  return v;
}

export function hasOpt(p: BbParsed, c: string): boolean {
  return p.opts.some((o) => o.c === c);
}

const UINT_MAX = 4294967295;

/**
 * xstrtou_range_sfx(): no sign or leading space, digits in `base`, an
 * optional suffix from the table, then the range check. `max` is the
 * largest value the C type holds (strtoul beyond it is ERANGE: "invalid").
 */
export function xstrtouRange(
  applet: string,
  s: string,
  lo: number,
  hi: number,
  opts: { base?: 10 | 16; max?: number; suffixes?: Record<string, number> } = {},
): number {
  const base = opts.base ?? 10;
  const max = opts.max ?? UINT_MAX;
  const inval = (): never => die(applet, `invalid number '${s}'`);
  if (s === '' || s[0] === '-' || s[0] === '+' || /^\s/.test(s)) inval();
  const re = base === 16 ? /^(?:0[xX])?([0-9a-fA-F]+)/ : /^([0-9]+)/;
  const m = re.exec(s);
  if (!m) return inval();
  const digits = m[1] as string;
  let r = Number.parseInt(digits, base);
  if (!Number.isFinite(r) || r > max || digits.length > 20) return inval();
  const rest = s.slice(m[0].length);
  if (rest !== '') {
    const mult = opts.suffixes?.[rest];
    if (mult === undefined) return inval();
    r *= mult;
    if (r > max) die(applet, `number ${s} is not in ${lo}..${hi} range`);
  }
  if (r < lo || r > hi) die(applet, `number ${s} is not in ${lo}..${hi} range`);
  return r;
}

/** xatoi_positive(): 0..INT_MAX. */
export function xatoiPositive(applet: string, s: string): number {
  return xstrtouRange(applet, s, 0, 2147483647);
}

/** xatou16(): 0..65535. */
export function xatou16(applet: string, s: string): number {
  return xstrtouRange(applet, s, 0, 65535);
}

/** parse_duration_str() with FLOAT_DURATION: seconds, fractions and s/m/h/d suffixes. */
export function parseDuration(applet: string, usage: string, s: string): number {
  const suffixes = { s: 1, m: 60, h: 3600, d: 86400 };
  if (!s.includes('.')) return xstrtouRange(applet, s, 0, UINT_MAX, { suffixes, max: 2 ** 64 - 1 });
  const len = /^[0-9.]*/.exec(s)?.[0].length ?? 0;
  const num = s.slice(0, len);
  if (!/^(\d+\.?\d*|\.\d+)$/.test(num)) showUsage(applet, usage);
  const mult = xstrtouRange(applet, `1${s.slice(len)}`, 0, UINT_MAX, { suffixes, max: 2 ** 64 - 1 });
  return Number(num) * mult;
}
