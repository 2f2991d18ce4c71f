/**
 * Request/response exchanges over UDP and TCP: a request travels the data
 * plane to the namespace that owns the destination address, a listening
 * socket's application answers, and the answer travels back (through NAT
 * and netfilter on the way). No socket: ICMP port unreachable (UDP) or a
 * reset (TCP). Applications (DNS servers, web servers ...) register by name.
 */
import type { Netns, Socket, World } from '../../model/types.js';
import { ICMP, newTrace, nsLabel, type Packet, type Trace, UNREACH } from './packet.js';
import { HOP_MS, type SendErrno, sendPacket } from './walk.js';

export interface AppRequest {
  world: World;
  ns: Netns;
  socket: Socket;
  /** The request as it arrived (after any DNAT). */
  packet: Packet;
  trace: Trace;
}

/** An application's answer: a payload to send back (`len`: its IP length), `null` to stay silent. */
export type AppAnswer = { payload: unknown; delayMs?: number; len?: number } | null;

export type AppHandler = (req: AppRequest) => AppAnswer;

const apps = new Map<string, AppHandler>();

export function registerApp(name: string, handler: AppHandler): void {
  apps.set(name, handler);
}

export type ExchangeResult =
  | {
      kind: 'response';
      payload: unknown;
      from: number;
      sport: number;
      ms: number;
      trace: Trace;
      /** The namespace that answered and the request as it arrived there (after NAT), for the segments that follow. */
      server: Netns;
      arrived: Packet;
    }
  | { kind: 'refused'; from: number; ms: number; trace: Trace }
  | { kind: 'unreachable'; code: number; from: number; ms: number; trace: Trace }
  | { kind: 'timeout'; reason: string; ms: number; trace: Trace }
  | { kind: 'send-error'; errno: SendErrno; trace: Trace };

export interface ExchangeOptions {
  proto: 'udp' | 'tcp';
  dst: number;
  dport: number;
  payload: unknown;
  src?: number;
  sport?: number;
  trace?: Trace;
  /** IP total length of the request (default 60). */
  len?: number;
}

/** The next local port of a connecting socket, per world (deterministic, as everything in a world). */
function ephemeralPort(world: World): number {
  const next = (world.ext.ephemeralPort as number | undefined) ?? 40000;
  const port = next >= 60999 ? 40000 : next + 1;
  world.ext.ephemeralPort = port;
  return port;
}

/** Find the socket in `ns` that takes a packet for addr:port. */
export function findSocket(ns: Netns, proto: 'udp' | 'tcp', addr: number, port: number): Socket | undefined {
  return (
    ns.sockets.find((s) => s.proto === proto && s.port === port && s.addr === addr) ??
    ns.sockets.find((s) => s.proto === proto && s.port === port && s.addr === 0)
  );
}

export function exchange(world: World, ns: Netns, o: ExchangeOptions): ExchangeResult {
  const trace = o.trace ?? newTrace();
  const sport = o.sport ?? ephemeralPort(world);
  const req: Packet = {
    src: o.src ?? 0,
    dst: o.dst,
    proto: o.proto,
    ttl: 64,
    len: o.len ?? 60,
    mark: 0,
    sport,
    dport: o.dport,
    payload: o.payload,
    ...(o.proto === 'tcp' ? { tcp: 'SYN' as const } : {}),
  };
  const out = sendPacket(world, ns, req, { trace });
  if (out.kind === 'error') return { kind: 'send-error', errno: out.errno, trace };
  if (out.kind === 'lost') return { kind: 'timeout', reason: out.reason, ms: out.ms, trace };
  const got = out.packet;
  // an error (or a reset) came back to us
  if (out.ns.uid === ns.uid && got.proto === 'icmp' && got.icmp?.type === ICMP.DEST_UNREACH) {
    if (got.icmp.code === UNREACH.PORT) return { kind: 'refused', from: got.src, ms: out.ms, trace };
    return { kind: 'unreachable', code: got.icmp.code, from: got.src, ms: out.ms, trace };
  }
  if (out.ns.uid === ns.uid && got.proto === 'icmp' && got.icmp?.type === ICMP.TIME_EXCEEDED) {
    return { kind: 'timeout', reason: 'TTL exceeded on the way', ms: out.ms, trace };
  }
  if (out.ns.uid === ns.uid && got.proto === 'tcp' && got.tcp === 'RST' && got.dport === sport) {
    return { kind: 'refused', from: got.src, ms: out.ms, trace };
  }
  const server = out.ns;
  const sock = findSocket(server, o.proto, got.dst, got.dport ?? 0);
  const here = nsLabel(world, server);
  let answer: Packet;
  if (!sock) {
    trace.events.push({
      at: here,
      kind: 'socket',
      text: `nothing listens on ${o.proto}/${got.dport}: ${o.proto === 'udp' ? 'ICMP port unreachable' : 'TCP reset'}`,
    });
    answer =
      o.proto === 'udp'
        ? {
            src: got.dst,
            dst: got.src,
            proto: 'icmp',
            ttl: 64,
            len: 84,
            mark: 0,
            icmp: { type: ICMP.DEST_UNREACH, code: UNREACH.PORT },
            inner: got,
          }
        : {
            src: got.dst,
            dst: got.src,
            proto: 'tcp',
            ttl: 64,
            len: 40,
            mark: 0,
            sport: got.dport ?? 0,
            dport: got.sport ?? 0,
            tcp: 'RST',
          };
  } else {
    const app = apps.get(sock.app);
    const res = app ? app({ world, ns: server, socket: sock, packet: got, trace }) : null;
    if (!res) {
      trace.events.push({
        at: here,
        kind: 'socket',
        text: `${sock.process} on ${o.proto}/${got.dport} did not answer`,
      });
      return { kind: 'timeout', reason: `${sock.process} did not answer`, ms: out.ms, trace };
    }
    trace.events.push({
      at: here,
      kind: 'socket',
      text: `${sock.process} answers on ${o.proto}/${got.dport}`,
    });
    answer = {
      src: got.dst,
      dst: got.src,
      proto: o.proto,
      ttl: 64,
      len: res.len ?? 60,
      mark: 0,
      sport: got.dport ?? 0,
      dport: got.sport ?? 0,
      payload: res.payload,
      ...(o.proto === 'tcp' ? { tcp: 'SYN-ACK' as const } : {}),
    };
  }
  const back = sendPacket(world, server, answer, { trace });
  if (back.kind !== 'delivered' || back.ns.uid !== ns.uid) {
    return {
      kind: 'timeout',
      reason: back.kind === 'lost' ? back.reason : 'the answer did not come back',
      ms: out.ms,
      trace,
    };
  }
  const ms = out.ms + back.ms + HOP_MS;
  const b = back.packet;
  if (b.proto === 'icmp' && b.icmp?.type === ICMP.DEST_UNREACH) {
    if (b.icmp.code === UNREACH.PORT) return { kind: 'refused', from: b.src, ms, trace };
    return { kind: 'unreachable', code: b.icmp.code, from: b.src, ms, trace };
  }
  if (b.proto === 'tcp' && b.tcp === 'RST') return { kind: 'refused', from: b.src, ms, trace };
  return {
    kind: 'response',
    payload: b.payload,
    from: b.src,
    sport: b.sport ?? 0,
    ms,
    trace,
    server,
    arrived: got,
  };
}
