/**
 * glibc getopt_long as iptables drives it: optstring "-:..." (non-options
 * returned in place, missing arguments reported), a long-option table that
 * grows as matches and targets are loaded, exact-then-unique-prefix
 * matching (ambiguity only between different entries), and no messages of
 * its own (opterr = 0).
 */

export interface LongOpt {
  name: string;
  /** 0 none, 1 required, 2 optional. */
  hasArg: 0 | 1 | 2;
  /** Owner of the option: 'base' or an extension instance id. */
  owner: string;
  /** The option's identity within its owner. */
  val: string;
}

export type GetoptEvent =
  | { kind: 'opt'; opt: LongOpt; arg?: string; name: string }
  | { kind: 'nonopt'; arg: string }
  | { kind: 'missing'; name: string }
  | { kind: 'unknown'; name: string }
  | { kind: 'end' };

/** Short options of iptables: letter -> argument kind. */
const SHORT: Record<string, 0 | 1 | 2> = {
  A: 1,
  C: 1,
  D: 1,
  R: 1,
  I: 1,
  L: 2,
  S: 2,
  M: 1,
  F: 2,
  Z: 2,
  N: 1,
  X: 2,
  E: 1,
  P: 1,
  V: 0,
  h: 2,
  o: 1,
  p: 1,
  s: 1,
  d: 1,
  j: 1,
  i: 1,
  f: 0,
  b: 0,
  v: 0,
  w: 2,
  W: 2,
  n: 0,
  t: 1,
  m: 1,
  x: 0,
  c: 1,
  g: 1,
  '4': 0,
  '6': 0,
};

export class XtGetopt {
  optind = 0;
  /** Position inside a cluster of short options (`-nvL`). */
  private nextChar = 0;

  constructor(
    readonly argv: string[],
    /** Extension options, newest first (iptables' own options always come first). */
    public longs: LongOpt[] = [],
  ) {}

  /** Re-read the option at optind-1 (after a protocol match was loaded). */
  rewind(): void {
    this.optind--;
    this.nextChar = 0;
  }

  next(): GetoptEvent {
    const argv = this.argv;
    if (this.nextChar > 0) return this.short();
    if (this.optind >= argv.length) return { kind: 'end' };
    const a = argv[this.optind] as string;
    if (a === '--') {
      this.optind++;
      return this.optind < argv.length ? this.next() : { kind: 'end' };
    }
    if (a.length < 2 || a[0] !== '-') {
      this.optind++;
      return { kind: 'nonopt', arg: a };
    }
    if (a.startsWith('--')) return this.long(a);
    this.nextChar = 1;
    return this.short();
  }

  private long(a: string): GetoptEvent {
    this.optind++;
    const body = a.slice(2);
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const inline = eq >= 0 ? body.slice(eq + 1) : undefined;
    let found = BASE_BY_NAME.get(name) ?? this.longs.find((o) => o.name === name);
    if (!found) {
      const cands = [...BASE_LONGS, ...this.longs].filter((o) => o.name.startsWith(name));
      const first = cands[0];
      if (!first) return { kind: 'unknown', name: a };
      const ambiguous = cands.some(
        (c) => c.hasArg !== first.hasArg || c.owner !== first.owner || c.val !== first.val,
      );
      if (ambiguous) return { kind: 'unknown', name: a };
      found = first;
    }
    if (found.hasArg === 0) {
      if (inline !== undefined) return { kind: 'unknown', name: a };
      return { kind: 'opt', opt: found, name: a };
    }
    if (inline !== undefined) return { kind: 'opt', opt: found, arg: inline, name: a };
    if (found.hasArg === 2) return { kind: 'opt', opt: found, name: a };
    if (this.optind < this.argv.length) {
      const arg = this.argv[this.optind] as string;
      this.optind++;
      return { kind: 'opt', opt: found, arg, name: a };
    }
    return { kind: 'missing', name: a };
  }

  private short(): GetoptEvent {
    const a = this.argv[this.optind] as string;
    const c = a[this.nextChar] as string;
    this.nextChar++;
    const done = this.nextChar >= a.length;
    const kind = Object.hasOwn(SHORT, c) ? SHORT[c] : undefined;
    const opt: LongOpt = { name: c, hasArg: kind ?? 0, owner: 'base', val: c };
    if (kind === undefined) {
      if (done) this.finishCluster();
      return { kind: 'unknown', name: a };
    }
    if (kind === 0) {
      if (done) this.finishCluster();
      return { kind: 'opt', opt, name: `-${c}` };
    }
    if (!done) {
      const arg = a.slice(this.nextChar);
      this.finishCluster();
      return { kind: 'opt', opt, arg, name: `-${c}` };
    }
    this.finishCluster();
    if (kind === 2) return { kind: 'opt', opt, name: `-${c}` };
    if (this.optind < this.argv.length) {
      const arg = this.argv[this.optind] as string;
      this.optind++;
      return { kind: 'opt', opt, arg, name: `-${c}` };
    }
    return { kind: 'missing', name: `-${c}` };
  }

  private finishCluster(): void {
    this.nextChar = 0;
    this.optind++;
  }

  /** xs_has_arg: the next word exists and is not an option or `!`. */
  hasArg(): boolean {
    const w = this.argv[this.optind];
    return w !== undefined && w[0] !== '-' && w[0] !== '!';
  }

  takeArg(): string {
    const w = this.argv[this.optind] as string;
    this.optind++;
    return w;
  }
}

/** iptables' own long options (they take precedence over extensions'). */
export const BASE_LONGS: LongOpt[] = (
  [
    ['append', 1, 'A'],
    ['delete', 1, 'D'],
    ['check', 1, 'C'],
    ['insert', 1, 'I'],
    ['replace', 1, 'R'],
    ['list', 2, 'L'],
    ['list-rules', 2, 'S'],
    ['flush', 2, 'F'],
    ['zero', 2, 'Z'],
    ['new-chain', 1, 'N'],
    ['delete-chain', 2, 'X'],
    ['rename-chain', 1, 'E'],
    ['policy', 1, 'P'],
    ['source', 1, 's'],
    ['destination', 1, 'd'],
    ['src', 1, 's'],
    ['dst', 1, 'd'],
    ['protocol', 1, 'p'],
    ['in-interface', 1, 'i'],
    ['jump', 1, 'j'],
    ['table', 1, 't'],
    ['match', 1, 'm'],
    ['numeric', 0, 'n'],
    ['out-interface', 1, 'o'],
    ['verbose', 0, 'v'],
    ['wait', 2, 'w'],
    ['wait-interval', 2, 'W'],
    ['exact', 0, 'x'],
    ['fragments', 0, 'f'],
    ['version', 0, 'V'],
    ['help', 2, 'h'],
    ['line-numbers', 0, '0'],
    ['modprobe', 1, 'M'],
    ['set-counters', 1, 'c'],
    ['goto', 1, 'g'],
    ['ipv4', 0, '4'],
    ['ipv6', 0, '6'],
  ] as const
).map(([name, hasArg, val]) => ({ name, hasArg, owner: 'base', val }));

const BASE_BY_NAME = new Map(BASE_LONGS.map((o) => [o.name, o]));
