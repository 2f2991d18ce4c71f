/**
 * The shape of an iptables extension (a match or a target): its options,
 * how it parses them, how `-L` and `-S` print it, and what it does to a
 * packet. Extensions are plain records in a registry, like libxtables'
 * shared objects.
 */
import type { NameDb } from './names.js';
import type { PacketCtx, TableName, TargetResult } from './types.js';

/** A user error with iptables' wording. `style` decides the surrounding text. */
export class XtError extends Error {
  constructor(
    readonly msg: string,
    readonly exit: number,
    /**
     * try: version prefix + "Try ... --help" line; version: version prefix only;
     * bare: "prog: msg"; raw-try: the message as is + the "Try" line.
     */
    readonly style: 'try' | 'version' | 'bare' | 'raw-try' = 'try',
  ) {
    super(msg);
  }
}

/** PARAMETER_PROBLEM (exit 2) with the "Try `iptables -h'" line. */
export function paramError(msg: string): never {
  throw new XtError(msg, 2, 'try');
}

export interface OptSpec {
  name: string;
  /** Takes an argument. */
  arg: boolean;
  /** Accepts a preceding `!`. */
  inv?: boolean;
  /** Options with the same id are aliases (`--dport` / `--destination-port`). */
  id?: string;
}

export interface ParseCtx {
  family: 4 | 6;
  /** The `-p` protocol given so far (0: none). */
  proto: number;
  protoInv: boolean;
  table: TableName;
  names: NameDb;
  /** Consume the next word of the command line if it is not an option (`--tcp-flags MASK COMP`). */
  take?: () => string | undefined;
}

export interface PrintCtx {
  /** Name lookups for the non-numeric listing; null prints numbers. */
  names: NameDb | null;
  proto: number;
}

export interface MatchModule<D> {
  name: string;
  /** Only for this address family (iptables or ip6tables). */
  family?: 4 | 6;
  opts: readonly OptSpec[];
  init(): D;
  parse(d: D, opt: string, arg: string, inv: boolean, ctx: ParseCtx): void;
  /** Checks after all options were read (xtables final_check). */
  final?(d: D, ctx: ParseCtx): void;
  /** `-L` text, starting with a space. */
  print(d: D, numeric: boolean, ctx: PrintCtx): string;
  /** `-S` text after ` -m NAME`, starting with a space (or empty). */
  save(d: D): string;
  match(d: D, p: PacketCtx): boolean;
  /** Kernel-side validity: false fails the commit with `RULE_APPEND failed (Invalid argument)`. */
  valid?(d: D, ctx: TargetCheckCtx): boolean;
  /** The single, non-inverted destination port the match requires (for the chain index). */
  dport?(d: D): number | undefined;
  /** Uses connection tracking state. */
  usesCt?: boolean;
}

export interface TargetCheckCtx {
  proto: number;
  table: TableName;
  chain: string;
  builtin: boolean;
}

export interface TargetModule<D> {
  name: string;
  /** Name shown in the `-L` target column when it differs (NOTRACK lists as CT). */
  listName?: string;
  opts: readonly OptSpec[];
  init(): D;
  parse(d: D, opt: string, arg: string, inv: boolean, ctx: ParseCtx): void;
  final?(d: D, ctx: ParseCtx): void;
  /**
   * Kernel-side validity (table, hook, protocol): false makes the commit
   * fail with `RULE_APPEND failed (Invalid argument)`.
   */
  valid?(d: D, ctx: TargetCheckCtx): boolean;
  print(d: D, numeric: boolean, ctx: PrintCtx): string;
  save(d: D): string;
  exec(d: D, p: PacketCtx): TargetResult;
  usesCt?: boolean;
}

// Registries are filled by matches/index.ts and targets/index.ts.
const matches = new Map<string, MatchModule<unknown>>();
const targets = new Map<string, TargetModule<unknown>>();

export function defineMatch<D>(m: MatchModule<D>): MatchModule<D> {
  matches.set(m.name, m as unknown as MatchModule<unknown>);
  return m;
}

export function defineTarget<D>(t: TargetModule<D>): TargetModule<D> {
  targets.set(t.name, t as unknown as TargetModule<unknown>);
  return t;
}

export function findMatch(name: string, family?: 4 | 6): MatchModule<unknown> | undefined {
  const m = matches.get(name);
  if (m && family !== undefined && m.family !== undefined && m.family !== family) return undefined;
  return m;
}

export function findTarget(name: string): TargetModule<unknown> | undefined {
  return targets.get(name);
}

/** Once-only option check, as xtables reports it. */
export function once(seen: Set<string>, ext: string, opt: string): void {
  if (seen.has(opt)) paramError(`${ext}: option "--${opt}" can only be used once.\n`);
  seen.add(opt);
}

export function noInvert(ext: string, opt: string, inv: boolean): void {
  if (inv) paramError(`${ext}: option "--${opt}" cannot be inverted.\n`);
}

/** xtables_strtoui over the whole string: decimal, 0x hex or 0 octal. */
export function strtoui(s: string, min: number, max: number): number | null {
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) v = Number.parseInt(s.slice(2), 16);
  else if (/^0[0-7]*$/.test(s)) v = Number.parseInt(s, 8);
  else if (/^[1-9][0-9]*$/.test(s)) v = Number(s);
  else if (/^\+?[0-9]+$/.test(s)) v = Number(s.replace(/^\+/, ''));
  else return null;
  if (!Number.isFinite(v) || v < min || v > max) return null;
  return v;
}

export function hex(v: number): string {
  return `0x${(v >>> 0).toString(16)}`;
}
