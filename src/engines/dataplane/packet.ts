/** Packets, frames and the explanation record every walk produces. */
import type { Link, Netns, World } from '../../model/types.js';

/** `ipip`: an IPv4 packet carried in another (protocol 4, IP-ENCAP), as an ipip tunnel sends it. */
export type L4Proto = 'icmp' | 'udp' | 'tcp' | 'ipip';

export const IPPROTO: Record<L4Proto, number> = { icmp: 1, tcp: 6, udp: 17, ipip: 4 };

export interface IcmpHeader {
  type: number;
  code: number;
  id?: number;
  seq?: number;
}

export interface Packet {
  src: number;
  dst: number;
  proto: L4Proto;
  ttl: number;
  /** IP total length in bytes. */
  len: number;
  icmp?: IcmpHeader;
  sport?: number;
  dport?: number;
  /** TCP flags of the modelled segment: SYN for a connection attempt, RST, ACK... */
  tcp?: 'SYN' | 'SYN-ACK' | 'RST' | 'ACK' | 'FIN';
  /** Application payload (a DNS message, an HTTP request ...). */
  payload?: unknown;
  /** Netfilter mark. */
  mark: number;
  /** For ICMP errors: the header of the packet that caused it. */
  inner?: Packet;
}

export const ICMP = {
  ECHO_REPLY: 0,
  DEST_UNREACH: 3,
  ECHO_REQUEST: 8,
  TIME_EXCEEDED: 11,
} as const;

export const UNREACH = {
  NET: 0,
  HOST: 1,
  PROTOCOL: 2,
  PORT: 3,
  FRAG_NEEDED: 4,
  NET_PROHIB: 9,
  HOST_PROHIB: 10,
  ADMIN_PROHIB: 13,
} as const;

export interface TraceEvent {
  /** Where: "controlplane", "controlplane netns red", "pod default/web" ... */
  at: string;
  kind:
    | 'route'
    | 'arp'
    | 'xmit'
    | 'veth'
    | 'bridge'
    | 'vxlan'
    | 'tunnel'
    | 'netfilter'
    | 'nat'
    | 'conntrack'
    | 'forward'
    | 'deliver'
    | 'drop'
    | 'icmp'
    | 'socket'
    | 'policy';
  text: string;
}

export interface Trace {
  events: TraceEvent[];
}

export function newTrace(): Trace {
  return { events: [] };
}

/** How a namespace is named in explanations. */
export function nsLabel(world: World, ns: Netns): string {
  const host = world.hosts.get(ns.host);
  const custom = ns.ext.label as string | undefined;
  if (custom) return custom;
  if (host && host.rootNetns === ns.uid) return host.hidden ? 'the LAN' : `host ${host.name}`;
  if (ns.name !== undefined) return `netns ${ns.name}`;
  return `netns #${ns.uid}`;
}

export function devLabel(link: Link): string {
  return link.name;
}

export function describePacket(p: Packet): string {
  const ip = (v: number) => `${(v >>> 24) & 255}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
  if (p.proto === 'icmp') {
    const t = p.icmp?.type;
    const what =
      t === ICMP.ECHO_REQUEST
        ? 'ICMP echo request'
        : t === ICMP.ECHO_REPLY
          ? 'ICMP echo reply'
          : t === ICMP.DEST_UNREACH
            ? `ICMP destination unreachable (code ${p.icmp?.code})`
            : t === ICMP.TIME_EXCEEDED
              ? 'ICMP time exceeded'
              : `ICMP type ${t}`;
    return `${what} ${ip(p.src)} -> ${ip(p.dst)} ttl ${p.ttl}`;
  }
  if (p.proto === 'ipip') return `IPIP ${ip(p.src)} -> ${ip(p.dst)} ttl ${p.ttl}`;
  return `${p.proto.toUpperCase()}${p.tcp ? ` ${p.tcp}` : ''} ${ip(p.src)}:${p.sport} -> ${ip(p.dst)}:${p.dport} ttl ${p.ttl}`;
}
