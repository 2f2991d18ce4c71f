/**
 * The vocabulary of the iptables command line: command and option bits,
 * which options each command allows, and the small parsers (rule numbers,
 * chain names, interfaces, counters, addresses) do_parse uses.
 */
import { findTarget, paramError } from './ext.js';
import type { NameDb } from './names.js';
import { type AddrMask, parseAddrSpec, parseAddrSpec6 } from './parse-addr.js';
import type { Counters, IfaceMatch, MatchInst, Rule } from './types.js';

export const CMD = {
  INSERT: 1,
  DELETE: 2,
  DELETE_NUM: 4,
  REPLACE: 8,
  APPEND: 16,
  LIST: 32,
  FLUSH: 64,
  ZERO: 128,
  NEW_CHAIN: 256,
  DELETE_CHAIN: 512,
  SET_POLICY: 1024,
  RENAME_CHAIN: 2048,
  LIST_RULES: 4096,
  ZERO_NUM: 8192,
  CHECK: 16384,
} as const;
const CMD_CHARS = 'IDDRALFZNXPESZC';

export const OPT = {
  NUMERIC: 1,
  SOURCE: 2,
  DESTINATION: 4,
  PROTOCOL: 8,
  JUMP: 16,
  VERBOSE: 32,
  EXPANDED: 64,
  VIANAMEIN: 128,
  VIANAMEOUT: 256,
  LINENUMBERS: 512,
  COUNTERS: 1024,
  FRAGMENT: 2048,
} as const;
export const OPT_CHARS = 'nsdpjvxio0cf';
/** Options that accept a preceding `!`. */
export const INVERTIBLE =
  OPT.SOURCE | OPT.DESTINATION | OPT.PROTOCOL | OPT.VIANAMEIN | OPT.VIANAMEOUT | OPT.FRAGMENT;

// commands_v_options: x = illegal. Columns: -n -s -d -p -j -v -x -i -o --line -c -f
const LEGAL: Record<number, string> = {
  [CMD.INSERT]: 'x     x  x  ',
  [CMD.DELETE]: 'x     x  xx ',
  [CMD.DELETE_NUM]: 'xxxxx xxxxxx',
  [CMD.REPLACE]: 'x     x  x  ',
  [CMD.APPEND]: 'x     x  x  ',
  [CMD.LIST]: ' xxxx  xx xx',
  [CMD.FLUSH]: 'xxxxx xxxxxx',
  [CMD.ZERO]: 'xxxxx xxxxxx',
  [CMD.NEW_CHAIN]: 'xxxxx xxxxxx',
  [CMD.DELETE_CHAIN]: 'xxxxx xxxxxx',
  [CMD.SET_POLICY]: 'xxxxx xxxx x',
  [CMD.RENAME_CHAIN]: 'xxxxx xxxxxx',
  [CMD.LIST_RULES]: 'xxxxx xxxxxx',
  [CMD.ZERO_NUM]: 'xxxxx xxxxxx',
  [CMD.CHECK]: 'x     x  xx ',
};

export const STANDARD_TARGETS = ['ACCEPT', 'DROP', 'RETURN', 'QUEUE'];

export interface ParsedCommand {
  command: number;
  chain?: string;
  /** 1-based rule number, 0 when none was given. */
  rulenum: number;
  newname?: string;
  policy?: string;
  table: string;
  options: number;
  verbose: number;
  /** The rule(s) the command names: one per source x destination address. */
  rules: Rule[];
  counters?: Counters;
  /** -V was given: print the version and stop. */
  version: boolean;
  help: boolean;
  /** The jump target when it is a chain (checked against the table). */
  jumpChain?: string;
}

export interface ParseEnv {
  names: NameDb;
  /** iptables-restore line: -t is not allowed. */
  restore?: boolean;
  /** 6 for ip6tables: only the any address is understood. */
  family?: 4 | 6;
}

export function parseAddrs(spec: string, env: ParseEnv): AddrMask[] {
  if (env.family !== 6) return parseAddrSpec(spec, env.names);
  return parseAddrSpec6(spec);
}

export function cmdChar(mask: number): string {
  for (let i = 0; i < CMD_CHARS.length; i++) if (mask & (1 << i)) return CMD_CHARS[i] as string;
  return '?';
}

export function ruleNumber(s: string): number {
  if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 2147483647) paramError(`Invalid rule number \`${s}'`);
  return Number(s);
}

export function checkChainName(name: string): void {
  if (name.length >= 29) paramError(`chain name \`${name}' too long (must be under 29 chars)`);
  if (name[0] === '-' || name[0] === '!') paramError(`chain name not allowed to start with \`${name[0]}'\n`);
  if (STANDARD_TARGETS.includes(name) || findTarget(name))
    paramError('chain name may not clash with target name\n');
  if (/\s/.test(name)) paramError(`Invalid chain name \`${name}'`);
}

export function parseIface(arg: string): IfaceMatch {
  if (arg === '') paramError('Empty interface is likely to be undesired');
  if (arg.length >= 16) paramError(`interface name \`${arg}' must be shorter than IFNAMSIZ (15)`);
  return { name: arg, inv: false };
}

export function parseCounter(s: string | undefined, what: string): number {
  const m = /^\s*\+?(\d+)/.exec(s ?? '');
  if (!m) paramError(`-c ${what} counter not numeric`);
  return Number(m[1]);
}

const LEGAL_ROWS = Object.entries(LEGAL).map(([cmd, row]) => [Number(cmd), row] as const);

export function checkOptions(command: number, options: number): void {
  for (let i = 0; i < OPT_CHARS.length; i++) {
    if (!(options & (1 << i))) continue;
    let legal = 0;
    for (const [cmd, row] of LEGAL_ROWS) {
      if (!(command & cmd)) continue;
      if (row[i] !== 'x') legal = 1;
      else if (legal === 0) legal = -1;
    }
    if (legal === -1) paramError(`Illegal option \`-${OPT_CHARS[i]}' with this command`);
  }
}

/**
 * nf_tables keeps tcp/udp ports as plain payload expressions, so two `-m tcp`
 * (or udp) with different fields come back as one match.
 */
export function mergePortMatches(list: MatchInst[]): MatchInst[] {
  const out: MatchInst[] = [];
  for (const m of list) {
    const first = out.find((o) => o.mod === m.mod);
    if (first && (m.mod === 'tcp' || m.mod === 'udp')) {
      const a = first.data as Record<string, unknown>;
      const b = m.data as Record<string, unknown>;
      const keys = Object.keys(b).filter((k) => b[k] !== undefined);
      if (keys.every((k) => a[k] === undefined)) {
        for (const k of keys) a[k] = b[k];
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** The match a protocol name loads implicitly (ICMPv6 is the icmp6 extension). */
export function protoMatchName(name: string | null): string | null {
  return name === 'ipv6-icmp' || name === 'icmpv6' ? 'icmp6' : name;
}
