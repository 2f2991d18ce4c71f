/**
 * ss's socket-table, family and state selection (iproute2 6.1 misc/ss.c:
 * filter_db_set, filter_af_set, filter_merge_defaults, scan_state and the
 * option loop of main). Every table and family ss knows is tracked, so the
 * Netid and State columns appear exactly when ss would show them (more than
 * one table, more than one state), although only TCP and UDP sockets exist
 * in the model.
 */

export const DB = {
  TCP: 0,
  MPTCP: 1,
  DCCP: 2,
  UDP: 3,
  RAW: 4,
  UNIX_DG: 5,
  UNIX_ST: 6,
  UNIX_SQ: 7,
  PACKET_DG: 8,
  PACKET_R: 9,
  NETLINK: 10,
  SCTP: 11,
  VSOCK_ST: 12,
  VSOCK_DG: 13,
  TIPC: 14,
  XDP: 15,
} as const;

export const AF = {
  UNIX: 1,
  INET: 2,
  INET6: 10,
  NETLINK: 16,
  PACKET: 17,
  TIPC: 30,
  VSOCK: 40,
  XDP: 44,
} as const;

export const SS = {
  UNKNOWN: 0,
  ESTABLISHED: 1,
  SYN_SENT: 2,
  SYN_RECV: 3,
  FIN_WAIT1: 4,
  FIN_WAIT2: 5,
  TIME_WAIT: 6,
  CLOSE: 7,
  CLOSE_WAIT: 8,
  LAST_ACK: 9,
  LISTEN: 10,
  CLOSING: 11,
} as const;

export const SS_ALL = (1 << 12) - 1;
const SS_CONN = SS_ALL & ~((1 << SS.LISTEN) | (1 << SS.CLOSE) | (1 << SS.TIME_WAIT) | (1 << SS.SYN_RECV));
const TIPC_SS_CONN = (1 << SS.ESTABLISHED) | (1 << SS.LISTEN) | (1 << SS.CLOSE);
const fam = (...afs: number[]): readonly number[] => afs;
const INET_FAMS = fam(AF.INET, AF.INET6);
const PACKET_DBM = (1 << DB.PACKET_DG) | (1 << DB.PACKET_R);
const UNIX_DBM = (1 << DB.UNIX_DG) | (1 << DB.UNIX_ST) | (1 << DB.UNIX_SQ);
const INET_L4_DBM = (1 << DB.TCP) | (1 << DB.MPTCP) | (1 << DB.UDP) | (1 << DB.DCCP) | (1 << DB.SCTP);
const INET_DBM = INET_L4_DBM | (1 << DB.RAW);
const VSOCK_DBM = (1 << DB.VSOCK_ST) | (1 << DB.VSOCK_DG);

const DEFAULT_DBS: Record<number, { states: number; families: readonly number[] }> = {
  [DB.TCP]: { states: SS_CONN, families: INET_FAMS },
  [DB.MPTCP]: { states: SS_CONN, families: INET_FAMS },
  [DB.DCCP]: { states: SS_CONN, families: INET_FAMS },
  [DB.UDP]: { states: 1 << SS.ESTABLISHED, families: INET_FAMS },
  [DB.RAW]: { states: 1 << SS.ESTABLISHED, families: INET_FAMS },
  [DB.UNIX_DG]: { states: 1 << SS.CLOSE, families: fam(AF.UNIX) },
  [DB.UNIX_ST]: { states: SS_CONN, families: fam(AF.UNIX) },
  [DB.UNIX_SQ]: { states: SS_CONN, families: fam(AF.UNIX) },
  [DB.PACKET_DG]: { states: 1 << SS.CLOSE, families: fam(AF.PACKET) },
  [DB.PACKET_R]: { states: 1 << SS.CLOSE, families: fam(AF.PACKET) },
  [DB.NETLINK]: { states: 1 << SS.CLOSE, families: fam(AF.NETLINK) },
  [DB.SCTP]: { states: SS_CONN, families: INET_FAMS },
  [DB.VSOCK_ST]: { states: SS_CONN, families: fam(AF.VSOCK) },
  [DB.VSOCK_DG]: { states: SS_CONN, families: fam(AF.VSOCK) },
  [DB.TIPC]: { states: TIPC_SS_CONN, families: fam(AF.TIPC) },
  [DB.XDP]: { states: 1 << SS.CLOSE, families: fam(AF.XDP) },
};

const DEFAULT_AFS: Record<number, { dbs: number; states: number }> = {
  [AF.INET]: { dbs: INET_DBM, states: SS_CONN },
  [AF.INET6]: { dbs: INET_DBM, states: SS_CONN },
  [AF.UNIX]: { dbs: UNIX_DBM, states: SS_CONN },
  [AF.PACKET]: { dbs: PACKET_DBM, states: 1 << SS.CLOSE },
  [AF.NETLINK]: { dbs: 1 << DB.NETLINK, states: 1 << SS.CLOSE },
  [AF.VSOCK]: { dbs: VSOCK_DBM, states: SS_CONN },
  [AF.TIPC]: { dbs: 1 << DB.TIPC, states: TIPC_SS_CONN },
  [AF.XDP]: { dbs: 1 << DB.XDP, states: 1 << SS.CLOSE },
};

const DB_NAMES: Record<string, number[]> = {
  all: [
    DB.UDP,
    DB.DCCP,
    DB.TCP,
    DB.MPTCP,
    DB.RAW,
    DB.UNIX_ST,
    DB.UNIX_DG,
    DB.UNIX_SQ,
    DB.PACKET_R,
    DB.PACKET_DG,
    DB.NETLINK,
    DB.SCTP,
    DB.VSOCK_ST,
    DB.VSOCK_DG,
    DB.XDP,
  ],
  inet: [DB.UDP, DB.DCCP, DB.TCP, DB.MPTCP, DB.SCTP, DB.RAW],
  udp: [DB.UDP],
  dccp: [DB.DCCP],
  tcp: [DB.TCP],
  mptcp: [DB.MPTCP],
  sctp: [DB.SCTP],
  raw: [DB.RAW],
  unix: [DB.UNIX_ST, DB.UNIX_DG, DB.UNIX_SQ],
  unix_stream: [DB.UNIX_ST],
  u_str: [DB.UNIX_ST],
  unix_dgram: [DB.UNIX_DG],
  u_dgr: [DB.UNIX_DG],
  unix_seqpacket: [DB.UNIX_SQ],
  u_seq: [DB.UNIX_SQ],
  packet: [DB.PACKET_R, DB.PACKET_DG],
  packet_raw: [DB.PACKET_R],
  p_raw: [DB.PACKET_R],
  packet_dgram: [DB.PACKET_DG],
  p_dgr: [DB.PACKET_DG],
  netlink: [DB.NETLINK],
  vsock: [DB.VSOCK_ST, DB.VSOCK_DG],
  vsock_stream: [DB.VSOCK_ST],
  v_str: [DB.VSOCK_ST],
  vsock_dgram: [DB.VSOCK_DG],
  v_dgr: [DB.VSOCK_DG],
  tipc: [DB.TIPC],
  xdp: [DB.XDP],
};

export const FAMILY_NAMES: Record<string, number> = {
  inet: AF.INET,
  inet6: AF.INET6,
  link: AF.PACKET,
  unix: AF.UNIX,
  netlink: AF.NETLINK,
  tipc: AF.TIPC,
  vsock: AF.VSOCK,
  xdp: AF.XDP,
};

/** struct filter plus the globals main() keeps beside it. */
export interface SsFilter {
  dbs: number;
  states: number;
  families: Set<number>;
  preferred: number;
  doDefault: boolean;
}

export function newFilter(): SsFilter {
  return { dbs: 0, states: 0, families: new Set(), preferred: 0, doDefault: true };
}

export function dbSet(f: SsFilter, db: number, enable: boolean): void {
  if (enable) {
    f.states |= DEFAULT_DBS[db]?.states ?? 0;
    f.dbs |= 1 << db;
  } else f.dbs &= ~(1 << db);
  f.doDefault = false;
}

/** filter_db_parse: a table name from -A, `!name` to drop it; false when unknown. */
export function dbParse(f: SsFilter, name: string): boolean {
  const enable = !name.startsWith('!');
  const list = DB_NAMES[enable ? name : name.slice(1)];
  if (!list) return false;
  for (const db of list) dbSet(f, db, enable);
  return true;
}

export function afSet(f: SsFilter, af: number): void {
  f.states |= DEFAULT_AFS[af]?.states ?? 0;
  f.families.add(af);
  f.doDefault = false;
  f.preferred = af;
}

export function afGet(f: SsFilter, af: number): boolean {
  return f.families.has(af);
}

export function statesSet(f: SsFilter, states: number): void {
  if (states) f.states = states;
}

export function mergeDefaults(f: SsFilter): void {
  for (let db = 0; db <= DB.XDP; db++) {
    if (!(f.dbs & (1 << db))) continue;
    const d = DEFAULT_DBS[db] as { families: readonly number[] };
    if (!d.families.some((af) => f.families.has(af))) for (const af of d.families) f.families.add(af);
  }
  for (const af of Object.values(AF)) {
    if (!f.families.has(af)) continue;
    const d = DEFAULT_AFS[af] as { dbs: number };
    if (!(d.dbs & f.dbs)) f.dbs |= d.dbs;
  }
}

/** Only this family: what a host condition naming a family (or -4/-6 with a filter) does. */
export function onlyFamily(f: SsFilter, af: number): void {
  const states = f.states;
  f.families.clear();
  afSet(f, af);
  statesSet(f, states);
}

const STATE_NAMES = [
  'UNKNOWN',
  'established',
  'syn-sent',
  'syn-recv',
  'fin-wait-1',
  'fin-wait-2',
  'time-wait',
  'unconnected',
  'close-wait',
  'last-ack',
  'listening',
  'closing',
];

/** scan_state: a state or group name (any case), or null for `ss: wrong state name`. */
export function scanState(name: string): number | null {
  const s = name.toLowerCase();
  if (s === 'close' || s === 'closed') return 1 << SS.CLOSE;
  if (s === 'syn-rcv') return 1 << SS.SYN_RECV;
  if (s === 'established') return 1 << SS.ESTABLISHED;
  if (s === 'all') return SS_ALL;
  if (s === 'connected') return SS_ALL & ~((1 << SS.CLOSE) | (1 << SS.LISTEN));
  if (s === 'synchronized') return SS_ALL & ~((1 << SS.CLOSE) | (1 << SS.LISTEN) | (1 << SS.SYN_SENT));
  if (s === 'bucket') return (1 << SS.SYN_RECV) | (1 << SS.TIME_WAIT);
  if (s === 'big') return SS_ALL & ~((1 << SS.SYN_RECV) | (1 << SS.TIME_WAIT));
  const i = STATE_NAMES.findIndex((n) => n.toLowerCase() === s);
  return i >= 0 ? 1 << i : null;
}

export const SS_CONN_STATES = SS_CONN;

/** More than one bit set. */
export function several(mask: number): boolean {
  return (mask & (mask - 1)) !== 0;
}
