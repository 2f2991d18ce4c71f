/**
 * Netfilter state as plain data: tables of chains of rules with counters,
 * per namespace, plus the connection-tracking table. Matches and targets
 * are records of an extension name and its parsed options; the extension
 * modules (matches/, targets/) know how to parse, print and evaluate them.
 */
import type { Link, Netns, World } from '../../model/types.js';
import type { Packet, Trace } from '../dataplane/packet.js';
import type { NfHook, RejectWith } from './hook.js';

export type TableName = 'filter' | 'nat' | 'mangle' | 'raw' | 'security';
export type Policy = 'ACCEPT' | 'DROP';

export interface Counters {
  pkts: number;
  bytes: number;
}

export interface AddrMatch {
  addr: number;
  /** Netmask as an unsigned 32-bit number (need not be contiguous). */
  mask: number;
  inv: boolean;
  /** ip6tables: the address (masked) and prefix length instead. */
  addr6?: Uint8Array;
  prefix6?: number;
}

export interface IfaceMatch {
  /** Interface name; a trailing `+` matches every name with that prefix. */
  name: string;
  inv: boolean;
}

export interface MatchInst {
  /** Extension name (`tcp`, `comment`, `conntrack` ...). */
  mod: string;
  data: unknown;
}

export type RuleTarget =
  | { kind: 'none' }
  | { kind: 'verdict'; verdict: 'ACCEPT' | 'DROP' | 'RETURN' | 'QUEUE' }
  | { kind: 'jump'; chain: string; goto: boolean }
  | { kind: 'ext'; mod: string; data: unknown };

export interface Rule {
  src?: AddrMatch;
  dst?: AddrMatch;
  inIf?: IfaceMatch;
  outIf?: IfaceMatch;
  /** IP protocol number; 0 means any. */
  proto: number;
  protoInv: boolean;
  frag: boolean;
  fragInv: boolean;
  matches: MatchInst[];
  target: RuleTarget;
  counters: Counters;
}

export interface Chain {
  name: string;
  builtin: boolean;
  /** Built-in chains only. */
  policy?: Policy;
  policyCounters: Counters;
  /** Policy counters run only once `-P` (or a restore) gave the chain counters, as nf_tables does. */
  counting?: boolean;
  rules: Rule[];
  /** Bumped on every change, so cached indexes know they are stale. */
  version: number;
}

export interface Table {
  name: TableName;
  /** Built-in chains in kernel order, then user chains (sorted when listed). */
  chains: Map<string, Chain>;
}

export interface RecentEntry {
  addr: number;
  /** Clock ms of each hit, oldest first. */
  hits: number[];
  ttl: number;
}

export interface NetfilterState {
  tables: Map<TableName, Table>;
  /** `-m recent` lists by name. */
  recent: Map<string, Map<number, RecentEntry>>;
  /** `-m statistic --mode nth` counters, per rule object. */
  nth: WeakMap<object, number>;
  /** Connection tracking is active once something needs it (nat table, ct matches). */
  ctEnabled: boolean;
}

export type CtState = 'NEW' | 'ESTABLISHED' | 'RELATED' | 'INVALID' | 'UNTRACKED';

export interface CtTuple {
  src: number;
  dst: number;
  /** IP protocol number. */
  proto: number;
  /** Ports for TCP/UDP; for ICMP the echo id in both. */
  sport: number;
  dport: number;
  /** ICMP type (echo request 8 / reply 0) for ICMP tuples. */
  icmpType?: number;
}

export type TcpCtState = 'SYN_SENT' | 'SYN_RECV' | 'ESTABLISHED' | 'TIME_WAIT' | 'CLOSE';

export interface CtEntry {
  id: number;
  orig: CtTuple;
  reply: CtTuple;
  tcpState?: TcpCtState;
  seenReply: boolean;
  assured: boolean;
  confirmed: boolean;
  /** Whether the nat table was consulted for the destination / source manip. */
  natDst: boolean;
  natSrc: boolean;
  dnat: boolean;
  snat: boolean;
  mark: number;
  /** Clock ms when the entry times out. */
  expires: number;
  /** Counters per direction (conntrack accounting). */
  packets: [number, number];
  bytes: [number, number];
}

export interface ConntrackTable {
  entries: Map<number, CtEntry>;
  byOrig: Map<string, number>;
  byReply: Map<string, number>;
  nextId: number;
  /** The entry the packet currently walking through this namespace belongs to (maybe unconfirmed). */
  transit: { key: string; entry: CtEntry; dir: 0 | 1; state: CtState } | null;
}

/** What a match or target sees of the packet being evaluated. */
export interface PacketCtx {
  world: World;
  ns: Netns;
  hook: NfHook;
  table: TableName;
  packet: Packet;
  inDev?: Link;
  outDev?: Link;
  physIn?: Link;
  physOut?: Link;
  ct?: CtEntry;
  ctDir: 0 | 1;
  ctState: CtState;
  trace: Trace;
  /** Label of the namespace for trace events. */
  at: string;
  /** Set by CT --notrack / NOTRACK in the raw table. */
  notrack?: boolean;
}

export type TargetResult =
  | { kind: 'continue' }
  | { kind: 'accept' }
  | { kind: 'drop' }
  | { kind: 'return' }
  | { kind: 'reject'; with: RejectWith };
