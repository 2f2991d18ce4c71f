/**
 * Connection tracking: tuples, the per-namespace table, the state of each
 * packet (NEW / ESTABLISHED / RELATED / INVALID), confirmation at the last
 * hook, timeouts, and the NAT bindings replies are translated back with.
 * A request/response exchange of the data plane stands for a whole TCP
 * connection, so a TCP flow that got its answer ends in TIME_WAIT.
 */
import type { Netns, World } from '../../model/types.js';
import { ICMP, IPPROTO, type Packet } from '../dataplane/packet.js';
import type { ConntrackTable, CtEntry, CtState, CtTuple } from './types.js';

/** Kernel default timeouts, in seconds. */
export const CT_TIMEOUT = {
  icmp: 30,
  udp: 30,
  udpStream: 120,
  SYN_SENT: 120,
  SYN_RECV: 60,
  ESTABLISHED: 432000,
  TIME_WAIT: 120,
  CLOSE: 10,
} as const;

export function ctTable(ns: Netns): ConntrackTable {
  let t = ns.conntrack as ConntrackTable | undefined;
  if (!t) {
    t = { entries: new Map(), byOrig: new Map(), byReply: new Map(), nextId: 1, transit: null };
    ns.conntrack = t;
  }
  return t;
}

function isEcho(p: Packet): boolean {
  const t = p.icmp?.type;
  return p.proto === 'icmp' && (t === ICMP.ECHO_REQUEST || t === ICMP.ECHO_REPLY);
}

/** The tuple of a packet, or null when conntrack has no tuple for it (ICMP errors). */
export function packetTuple(p: Packet): CtTuple | null {
  if (p.proto === 'icmp') {
    if (!isEcho(p)) return null;
    const id = p.icmp?.id ?? 0;
    return { src: p.src, dst: p.dst, proto: 1, sport: id, dport: id, icmpType: p.icmp?.type ?? 8 };
  }
  return { src: p.src, dst: p.dst, proto: IPPROTO[p.proto], sport: p.sport ?? 0, dport: p.dport ?? 0 };
}

export function tupleKey(t: CtTuple): string {
  return `${t.proto}:${t.src}:${t.dst}:${t.sport}:${t.dport}:${t.icmpType ?? ''}`;
}

export function packetKey(p: Packet): string {
  const t = packetTuple(p);
  return t ? tupleKey(t) : `err:${p.src}:${p.dst}:${p.icmp?.type}`;
}

export function invertTuple(t: CtTuple): CtTuple {
  const r: CtTuple = { src: t.dst, dst: t.src, proto: t.proto, sport: t.dport, dport: t.sport };
  if (t.icmpType !== undefined)
    r.icmpType = t.icmpType === ICMP.ECHO_REQUEST ? ICMP.ECHO_REPLY : ICMP.ECHO_REQUEST;
  return r;
}

function expired(world: World, e: CtEntry): boolean {
  return e.expires <= world.clock.now;
}

export function removeEntry(t: ConntrackTable, e: CtEntry): void {
  t.entries.delete(e.id);
  if (t.byOrig.get(tupleKey(e.orig)) === e.id) t.byOrig.delete(tupleKey(e.orig));
  if (t.byReply.get(tupleKey(e.reply)) === e.id) t.byReply.delete(tupleKey(e.reply));
}

/** Drop timed-out entries. */
export function expireAll(world: World, t: ConntrackTable): void {
  for (const e of [...t.entries.values()]) if (expired(world, e)) removeEntry(t, e);
}

/** Confirmed entries, newest first (the order conntrack -L shows here). */
export function liveEntries(world: World, ns: Netns): CtEntry[] {
  const t = ns.conntrack as ConntrackTable | undefined;
  if (!t) return [];
  expireAll(world, t);
  return [...t.entries.values()].reverse();
}

function find(world: World, t: ConntrackTable, key: string): { entry: CtEntry; dir: 0 | 1 } | null {
  for (const [index, dir] of [
    [t.byOrig, 0],
    [t.byReply, 1],
  ] as const) {
    const id = index.get(key);
    if (id === undefined) continue;
    const e = t.entries.get(id);
    if (e && !expired(world, e)) return { entry: e, dir };
    if (e) removeEntry(t, e);
  }
  return null;
}

export interface CtAssoc {
  entry?: CtEntry;
  dir: 0 | 1;
  state: CtState;
}

/** The entry an ICMP error belongs to (RELATED), through the packet it quotes. */
function related(world: World, t: ConntrackTable, p: Packet): CtAssoc {
  // the quoted packet went the other way: its inverted tuple names the error's direction
  const inner = p.inner ? packetTuple(p.inner) : null;
  const hit = inner ? find(world, t, tupleKey(invertTuple(inner))) : null;
  if (!hit) return { dir: 0, state: 'INVALID' };
  return { entry: hit.entry, dir: hit.dir, state: 'RELATED' };
}

function refresh(world: World, e: CtEntry, seconds: number): void {
  e.expires = world.clock.now + seconds * 1000;
}

/**
 * Associate a packet with a connection at the first hook it meets in a
 * namespace: an existing entry (state from its direction), or a new,
 * unconfirmed one.
 */
export function ctLookup(world: World, ns: Netns, p: Packet): CtAssoc {
  const t = ctTable(ns);
  const tuple = packetTuple(p);
  if (!tuple) return related(world, t, p);
  const hit = find(world, t, tupleKey(tuple));
  if (hit) {
    const { entry: e, dir } = hit;
    if (dir === 1) e.seenReply = true;
    const state: CtState = dir === 1 || e.seenReply ? 'ESTABLISHED' : 'NEW';
    return { entry: e, dir, state };
  }
  if (p.proto === 'tcp' && p.tcp !== 'SYN') return { dir: 0, state: 'INVALID' };
  const e: CtEntry = {
    id: t.nextId++,
    orig: tuple,
    reply: invertTuple(tuple),
    seenReply: false,
    assured: false,
    confirmed: false,
    natDst: false,
    natSrc: false,
    dnat: false,
    snat: false,
    mark: 0,
    expires: 0,
    packets: [0, 0],
    bytes: [0, 0],
  };
  if (p.proto === 'tcp') e.tcpState = 'SYN_SENT';
  return { entry: e, dir: 0, state: 'NEW' };
}

/** Account a packet to its entry and move the protocol state on. */
export function ctAccount(world: World, ns: Netns, e: CtEntry, dir: 0 | 1, p: Packet): void {
  e.packets[dir]++;
  e.bytes[dir] += p.len;
  if (p.proto === 'icmp') refresh(world, e, CT_TIMEOUT.icmp);
  else if (p.proto === 'udp') {
    const stream = e.seenReply && dir === 0 && e.confirmed;
    if (stream) e.assured = true;
    refresh(world, e, stream || e.assured ? CT_TIMEOUT.udpStream : CT_TIMEOUT.udp);
  } else if (p.proto === 'tcp') {
    if (dir === 1 && p.tcp === 'RST') {
      if (e.tcpState === 'SYN_SENT' || e.tcpState === 'SYN_RECV') {
        removeEntry(ctTable(ns), e);
        e.expires = 0;
        return;
      }
      e.tcpState = 'CLOSE';
    } else if (dir === 1 && p.tcp === 'SYN-ACK') {
      // the modelled exchange is a whole connection: answered, then closed
      e.tcpState = 'TIME_WAIT';
      e.assured = true;
    } else if (p.tcp === 'RST') e.tcpState = 'CLOSE';
    refresh(world, e, CT_TIMEOUT[e.tcpState ?? 'SYN_SENT']);
  }
}

/** Insert an entry into the table once its first packet survived every hook. */
export function ctConfirm(ns: Netns, e: CtEntry): void {
  if (e.confirmed || e.expires === 0) return;
  const t = ctTable(ns);
  e.confirmed = true;
  for (const [index, key] of [
    [t.byOrig, tupleKey(e.orig)],
    [t.byReply, tupleKey(e.reply)],
  ] as const) {
    const old = index.get(key);
    const oe = old !== undefined ? t.entries.get(old) : undefined;
    if (oe) removeEntry(t, oe);
  }
  t.entries.set(e.id, e);
  t.byOrig.set(tupleKey(e.orig), e.id);
  t.byReply.set(tupleKey(e.reply), e.id);
}

/** The tuple a packet of direction `dir` must end up with after NAT. */
function natTarget(e: CtEntry, dir: 0 | 1): CtTuple {
  return invertTuple(dir === 0 ? e.reply : e.orig);
}

function withAddrPort(p: Packet, manip: 'src' | 'dst', addr: number, port: number): Packet {
  const q: Packet = { ...p };
  if (manip === 'src') q.src = addr;
  else q.dst = addr;
  if (p.proto !== 'icmp') {
    if (manip === 'src') q.sport = port;
    else q.dport = port;
  }
  return q;
}

/**
 * Apply a connection's NAT to a packet at a manip point (dst: PREROUTING and
 * OUTPUT; src: INPUT and POSTROUTING). ICMP errors (RELATED) get their outer
 * address and the quoted packet translated as the kernel does.
 */
export function ctApplyNat(e: CtEntry, dir: 0 | 1, state: CtState, p: Packet, manip: 'src' | 'dst'): Packet {
  const needed = (manip === 'src') === (dir === 0) ? e.snat : e.dnat;
  if (!needed) return p;
  const target = natTarget(e, dir);
  if (state !== 'RELATED') {
    return manip === 'src'
      ? withAddrPort(p, 'src', target.src, target.sport)
      : withAddrPort(p, 'dst', target.dst, target.dport);
  }
  const q: Packet = { ...p };
  if (manip === 'src') q.src = target.src;
  else q.dst = target.dst;
  if (p.inner) {
    const other = dir === 0 ? e.reply : e.orig;
    q.inner =
      manip === 'src'
        ? withAddrPort(p.inner, 'dst', other.dst, other.dport)
        : withAddrPort(p.inner, 'src', other.src, other.sport);
  }
  return q;
}

/** Bind NAT for a new connection and rewrite its first packet. */
export function ctBindNat(e: CtEntry, p: Packet, manip: 'src' | 'dst', addr: number, port?: number): Packet {
  if (manip === 'dst') {
    e.reply = { ...e.reply, src: addr, ...(port !== undefined && e.orig.proto !== 1 ? { sport: port } : {}) };
    e.dnat = true;
    return withAddrPort(p, 'dst', addr, port ?? p.dport ?? 0);
  }
  e.reply = { ...e.reply, dst: addr, ...(port !== undefined && e.orig.proto !== 1 ? { dport: port } : {}) };
  e.snat = true;
  return withAddrPort(p, 'src', addr, port ?? p.sport ?? 0);
}

/** Whether a reply tuple is already taken by another connection (port clash for SNAT). */
export function replyTaken(ns: Netns, t: CtTuple): boolean {
  return ctTable(ns).byReply.has(tupleKey(t));
}
