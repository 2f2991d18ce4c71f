/**
 * The client side of a TCP connection as a socket sees it: connect() with
 * the kernel's SYN retransmissions (1 s, then doubling; the kernel gives up
 * after tcp_syn_retries=6, 127 s) cut short by the caller's own deadline,
 * ICMP errors turned into errno values as Linux does (icmp_err_convert),
 * and, once connected, what the server wrote back. Every SYN travels the
 * data plane, so netfilter counters and conntrack see the retransmissions.
 * UDP datagrams (nc -u) go the same way without a handshake.
 */
import type { Netns, World } from '../../model/types.js';
import { icmpErrConvert } from '../dataplane/icmp-errors.js';
import { newTrace, type Packet, type Trace } from '../dataplane/packet.js';
import { exchange } from '../dataplane/transport.js';
import { type SendErrno, sendPacket } from '../dataplane/walk.js';
import { socketPort } from '../dns/client.js';
import { lookupRoute } from '../router/lookup.js';
import { byteLength, isStreamReply, type StreamReply, type StreamRequest, type TlsHello } from './stream.js';
import './index.js';

export type Errno =
  | 'ECONNREFUSED'
  | 'ENETUNREACH'
  | 'EHOSTUNREACH'
  | 'ENOPROTOOPT'
  | 'EHOSTDOWN'
  | 'ENONET'
  | 'EMSGSIZE'
  | 'EOPNOTSUPP'
  | 'ETIMEDOUT'
  | SendErrno;

export const ERRNO_TEXT: Record<Errno, string> = {
  ECONNREFUSED: 'Connection refused',
  ENETUNREACH: 'Network is unreachable',
  EHOSTUNREACH: 'No route to host',
  ENOPROTOOPT: 'Protocol not available',
  EHOSTDOWN: 'Host is down',
  ENONET: 'Machine is not on the network',
  EMSGSIZE: 'Message too long',
  EOPNOTSUPP: 'Operation not supported',
  ETIMEDOUT: 'Connection timed out',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  EPERM: 'Operation not permitted',
};

/** How long the kernel keeps retransmitting a SYN (tcp_syn_retries = 6: 1+2+4+...+64 s). */
export const KERNEL_CONNECT_MS = 127_000;
const SYN_RETRANSMITS = [1000, 3000, 7000, 15000, 31000, 63000];

export type ConnectResult =
  | {
      kind: 'connected';
      /** What the server wrote and whether it closed (null: the application never answers). */
      reply: StreamReply | null;
      /** Connection round trip (ms). */
      rttMs: number;
      /** When connect() returned, ms after the first SYN (retransmissions included). */
      connectMs: number;
      local: { addr: number; port: number };
    }
  /** connect() failed with an errno after `ms` (RST, ICMP error, local send error). */
  | { kind: 'failed'; errno: Errno; ms: number; immediate: boolean }
  /** No answer to any SYN before the deadline; `kernel` when the kernel's own limit hit first. */
  | { kind: 'timeout'; ms: number; kernel: boolean };

export interface ConnectOptions {
  dst: number;
  port: number;
  /** The bytes to write once connected. */
  data: string;
  tls?: TlsHello;
  /** The caller gives up connecting after this long (ms); undefined: only the kernel's limit. */
  timeoutMs?: number;
  src?: number;
  trace?: Trace;
}

/** Source address the kernel picks for `dst` (0 when there is no route). */
export function sourceAddress(world: World, ns: Netns, dst: number): number {
  const d = lookupRoute(world, ns, dst);
  return d.kind === 'unicast' || d.kind === 'broadcast' || d.kind === 'local' ? (d.src ?? 0) : 0;
}

/** connect() + write + read everything: one modelled TCP conversation. Leaves the clock alone. */
export function tcpConnect(world: World, ns: Netns, o: ConnectOptions): ConnectResult {
  const sport = socketPort(world);
  const deadline = Math.min(o.timeoutMs ?? KERNEL_CONNECT_MS, KERNEL_CONNECT_MS);
  const payload: StreamRequest = { kind: 'stream', data: o.data, ...(o.tls ? { tls: o.tls } : {}) };
  const sends = [0, ...SYN_RETRANSMITS].filter((t) => t < deadline);
  for (const at of sends) {
    const r = exchange(world, ns, {
      proto: 'tcp',
      dst: o.dst,
      dport: o.port,
      payload,
      sport,
      len: 60,
      trace: o.trace ?? newTrace(),
      ...(o.src !== undefined ? { src: o.src } : {}),
    });
    switch (r.kind) {
      case 'send-error':
        return { kind: 'failed', errno: r.errno, ms: at, immediate: true };
      case 'refused':
        // an answer that comes after the caller's deadline is never seen: connect() timed out first
        if (at + r.ms > deadline) return { kind: 'timeout', ms: deadline, kernel: false };
        return { kind: 'failed', errno: 'ECONNREFUSED', ms: at + r.ms, immediate: false };
      case 'unreachable':
        // e.g. ARP giving up after 3 s on a caller that waits only 1 s
        if (at + r.ms > deadline) return { kind: 'timeout', ms: deadline, kernel: false };
        return {
          kind: 'failed',
          errno: icmpErrConvert(r.code).errno,
          ms: at + r.ms,
          immediate: false,
        };
      case 'response': {
        const reply = isStreamReply(r.payload) ? r.payload : null;
        const local = o.src ?? sourceAddress(world, ns, o.dst);
        afterHandshake(world, { ns, src: local, dst: o.dst, sport, dport: o.port }, r.server, r.arrived, {
          request: byteLength(o.data),
          response: reply ? byteLength(reply.data) : 0,
          serverCloses: reply?.close === true,
        });
        return connected(world, ns, o, sport, reply, r.ms, at);
      }
      case 'timeout':
        // the socket exists but its application stays silent: the kernel still completed the handshake
        if (/did not answer$/.test(r.reason)) return connected(world, ns, o, sport, null, 0.1, at);
        break;
    }
  }
  return { kind: 'timeout', ms: deadline, kernel: deadline >= KERNEL_CONNECT_MS };
}

/** TCP payload per segment with timestamps (MSS 1460 - 12). */
const SEG = 1448;

interface Side {
  ns: Netns;
  src: number;
  dst: number;
  sport: number;
  dport: number;
}

function segment(world: World, side: Side, flags: 'ACK' | 'FIN', bytes: number): void {
  sendPacket(world, side.ns, {
    src: side.src,
    dst: side.dst,
    proto: 'tcp',
    ttl: 64,
    len: 52 + bytes,
    mark: 0,
    sport: side.sport,
    dport: side.dport,
    tcp: flags,
  });
}

function data(world: World, side: Side, bytes: number): number {
  let n = 0;
  for (let left = bytes; left > 0; left -= SEG, n++) segment(world, side, 'ACK', Math.min(SEG, left));
  return n;
}

/**
 * The segments after the SYN/SYN-ACK, through the data plane both ways so
 * that netfilter counters and conntrack see them: the handshake's ACK, the
 * request, the response and its ACKs (one per two segments), and the close
 * (the side that closes first sends FIN, the other FIN+ACK, then an ACK).
 */
function afterHandshake(
  world: World,
  client: Side,
  serverNs: Netns,
  arrived: Packet,
  o: { request: number; response: number; serverCloses: boolean },
): void {
  const server: Side = {
    ns: serverNs,
    src: arrived.dst,
    dst: arrived.src,
    sport: arrived.dport ?? 0,
    dport: arrived.sport ?? 0,
  };
  segment(world, client, 'ACK', 0);
  data(world, client, o.request);
  const segs = data(world, server, o.response);
  if (o.request > 0 && o.response === 0) segment(world, server, 'ACK', 0);
  for (let i = 0; i < Math.ceil(segs / 2); i++) segment(world, client, 'ACK', 0);
  const [first, second] = o.serverCloses ? [server, client] : [client, server];
  segment(world, first, 'FIN', 0);
  segment(world, second, 'FIN', 0);
  segment(world, first, 'ACK', 0);
}

function connected(
  world: World,
  ns: Netns,
  o: ConnectOptions,
  sport: number,
  reply: StreamReply | null,
  rtt: number,
  at: number,
): ConnectResult {
  return {
    kind: 'connected',
    reply,
    rttMs: rtt,
    connectMs: at + rtt / 2,
    local: { addr: o.src ?? sourceAddress(world, ns, o.dst), port: sport },
  };
}

export type DatagramResult =
  | { kind: 'reply'; data: string; ms: number }
  | { kind: 'refused'; ms: number }
  | { kind: 'failed'; errno: Errno }
  | { kind: 'silent' };

/** Send one UDP datagram and see what comes back (an answer, a port unreachable, nothing). */
export function udpSend(world: World, ns: Netns, dst: number, port: number, data: string): DatagramResult {
  const r = exchange(world, ns, {
    proto: 'udp',
    dst,
    dport: port,
    payload: { kind: 'stream', data } satisfies StreamRequest,
    sport: socketPort(world),
    len: 28 + byteLength(data),
  });
  switch (r.kind) {
    case 'send-error':
      return { kind: 'failed', errno: r.errno };
    case 'refused':
      return { kind: 'refused', ms: r.ms };
    case 'unreachable':
      return { kind: 'failed', errno: icmpErrConvert(r.code).errno };
    case 'response':
      return isStreamReply(r.payload)
        ? { kind: 'reply', data: r.payload.data, ms: r.ms }
        : { kind: 'silent' };
    default:
      return { kind: 'silent' };
  }
}
