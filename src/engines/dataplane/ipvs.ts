/**
 * IP Virtual Server, the kernel's L4 load balancer, per network namespace.
 *
 * How it sits on the data plane: IPVS hooks LOCAL_IN after the filter
 * table, so a packet for a virtual service must first be a local packet
 * (kube-proxy binds every VIP to the DOWN dummy `kube-ipvs0`, whose
 * addresses are still in the local table) and pass INPUT. The walk calls
 * `ipvsLocalIn` once INPUT accepted a packet: for the first packet of a
 * connection to a virtual service IPVS picks a real server (rr, or the
 * client's persistent one), rewrites the destination (Masq), and tells
 * conntrack about it (net.ipv4.vs.conntrack=1: the entry's reply tuple now
 * names the real server and is un-DNATed like an iptables DNAT) before the
 * packet leaves through POSTROUTING, where kube-proxy's masquerade mark is
 * honoured. Later packets of the connection are translated by conntrack
 * at PREROUTING (where the kernel lets IPVS do it at LOCAL_IN): the same
 * result, one hook earlier. A service without real servers answers with
 * ICMP port unreachable, as ip_vs_leave does.
 */
import { formatIPv4 } from '../../model/inet.js';
import type { Netns, World } from '../../model/types.js';
import { ctConfirm, ctTable, packetKey, removeEntry } from '../netfilter/conntrack.js';
import type { Packet } from './packet.js';

export type IpvsFwd = 'Masq' | 'Route' | 'Tunnel' | 'Local';

export interface IpvsStats {
  conns: number;
  inpkts: number;
  outpkts: number;
  inbytes: number;
  outbytes: number;
}

export interface IpvsDest {
  addr: number;
  port: number;
  weight: number;
  fwd: IpvsFwd;
  stats: IpvsStats;
}

export interface IpvsService {
  proto: 'tcp' | 'udp';
  addr: number;
  port: number;
  /** fwmark services (-f) have a mark instead of an address. */
  fwmark?: number;
  sched: string;
  /** Persistence timeout in seconds (session affinity), or undefined. */
  persistent?: number;
  netmask: number;
  dests: IpvsDest[];
  stats: IpvsStats;
  /** Round-robin position. */
  next: number;
  /** Persistence templates: client address -> dest and expiry. */
  templates: Map<number, { dest: IpvsDest; expires: number }>;
}

export interface IpvsConn {
  proto: 'tcp' | 'udp';
  caddr: number;
  cport: number;
  vaddr: number;
  vport: number;
  daddr: number;
  dport: number;
  state: string;
  expires: number;
  active: boolean;
}

export interface IpvsState {
  services: IpvsService[];
  conns: IpvsConn[];
  /** Connection timeouts (tcp tcpfin udp), seconds. */
  timeouts: [number, number, number];
}

/** TIME_WAIT and UDP expiry of an IPVS connection (kernel defaults). */
const TCP_TIME_WAIT_S = 120;
const UDP_S = 300;

export function newStats(): IpvsStats {
  return { conns: 0, inpkts: 0, outpkts: 0, inbytes: 0, outbytes: 0 };
}

export function ipvsOf(ns: Netns): IpvsState {
  let st = ns.ext.ipvs as IpvsState | undefined;
  if (!st) {
    st = { services: [], conns: [], timeouts: [900, 120, 300] };
    ns.ext.ipvs = st;
  }
  return st;
}

export function findService(
  st: IpvsState,
  proto: string,
  addr: number,
  port: number,
): IpvsService | undefined {
  return st.services.find(
    (s) => s.fwmark === undefined && s.proto === proto && s.addr === addr && s.port === port,
  );
}

/** Live connections (expired ones dropped). */
export function liveConns(world: World, st: IpvsState): IpvsConn[] {
  st.conns = st.conns.filter((c) => c.expires > world.clock.now);
  return st.conns;
}

function schedule(world: World, svc: IpvsService, client: number): IpvsDest | null {
  const usable = svc.dests.filter((d) => d.weight > 0);
  if (usable.length === 0) return null;
  const now = world.clock.now;
  if (svc.persistent !== undefined) {
    const key = (client & svc.netmask) >>> 0;
    const t = svc.templates.get(key);
    if (t && t.expires > now && usable.includes(t.dest)) {
      t.expires = now + svc.persistent * 1000;
      return t.dest;
    }
  }
  const d = usable[svc.next % usable.length] as IpvsDest;
  svc.next = (svc.next + 1) % usable.length;
  if (svc.persistent !== undefined)
    svc.templates.set((client & svc.netmask) >>> 0, { dest: d, expires: now + svc.persistent * 1000 });
  return d;
}

export type IpvsVerdict =
  | { kind: 'none' }
  | { kind: 'unreachable'; text: string }
  | { kind: 'forward'; packet: Packet; text: string };

function count(s: IpvsStats, p: Packet): void {
  s.conns++;
  s.inpkts++;
  s.inbytes += p.len;
}

/** IPVS at LOCAL_IN for a packet INPUT accepted in `ns`. */
export function ipvsLocalIn(world: World, ns: Netns, p: Packet): IpvsVerdict {
  const st = ns.ext.ipvs as IpvsState | undefined;
  if (!st || st.services.length === 0 || (p.proto !== 'tcp' && p.proto !== 'udp')) return { kind: 'none' };
  if (p.proto === 'tcp' && p.tcp !== 'SYN') return { kind: 'none' };
  const svc = findService(st, p.proto, p.dst, p.dport ?? 0);
  if (!svc) return { kind: 'none' };
  const vip = `${formatIPv4(svc.addr)}:${svc.port}`;
  const d = schedule(world, svc, p.src);
  if (!d) return { kind: 'unreachable', text: `IPVS: ${p.proto.toUpperCase()} ${vip} has no real server` };
  count(svc.stats, p);
  count(d.stats, p);
  const q: Packet = { ...p, dst: d.addr, dport: d.port };
  // conntrack learns the real server (ip_vs_update_conntrack): the entry is re-keyed and confirmed again after POSTROUTING
  const tbl = ctTable(ns);
  const t = tbl.transit;
  if (t && t.key === packetKey(p) && t.dir === 0) {
    const e = t.entry;
    if (e.confirmed) removeEntry(tbl, e);
    e.confirmed = false;
    e.reply = { ...e.reply, src: d.addr, sport: d.port };
    e.dnat = true;
    e.natDst = true;
    tbl.transit = { key: packetKey(q), entry: e, dir: 0, state: t.state };
  }
  const now = world.clock.now;
  st.conns.push({
    proto: p.proto,
    caddr: p.src,
    cport: p.sport ?? 0,
    vaddr: svc.addr,
    vport: svc.port,
    daddr: d.addr,
    dport: d.port,
    state: p.proto === 'tcp' ? 'TIME_WAIT' : 'UDP',
    expires: now + (p.proto === 'tcp' ? TCP_TIME_WAIT_S : UDP_S) * 1000,
    active: false,
  });
  return {
    kind: 'forward',
    packet: q,
    text: `IPVS ${p.proto.toUpperCase()} ${vip} (${svc.sched}) -> real server ${formatIPv4(d.addr)}:${d.port} (${d.fwd})`,
  };
}

/** A real server on this host: the connection is confirmed here, as at the end of LOCAL_IN. */
export function ipvsConfirmLocal(ns: Netns): void {
  const t = ctTable(ns).transit;
  if (t) ctConfirm(ns, t.entry);
}
