/**
 * One DNS query on the wire: a UDP datagram or a TCP connection through the
 * data plane (routes, ARP, netfilter) to whatever answers on the server
 * address. The outcome is what a client socket would see. The world's clock
 * moves by the time the client waits (the round trip, or its whole timeout).
 */
import { type IPv6, ipv6Equal, parseIPv6 } from '../../model/inet.js';
import type { Netns, World } from '../../model/types.js';
import { icmpErrConvert } from '../dataplane/icmp-errors.js';
import { newTrace, nsLabel, type Trace } from '../dataplane/packet.js';
import { exchange } from '../dataplane/transport.js';
import type { SendErrno } from '../dataplane/walk.js';
import './apps.js';
import type { DnsMessage, DnsQuery } from './message.js';
import { wireSize } from './wire-size.js';

export type ServerAddr = { family: 4; addr: number } | { family: 6; addr: IPv6 };

export type Attempt =
  /** A response came back. */
  | { kind: 'answer'; msg: DnsMessage; ms: number; from: number }
  /** ICMP port unreachable (UDP) or a reset (TCP); `from` is who sent it. */
  | { kind: 'refused'; ms: number; from: number }
  /** Another ICMP error came back (host/net unreachable, prohibited). */
  | { kind: 'unreachable'; code: number; ms: number }
  /** Nothing came back in time (dropped, lost, or a server that stays silent). */
  | { kind: 'timeout'; ms: number }
  /** connect()/sendto() failed locally: no route, or netfilter OUTPUT dropped it (EPERM). */
  | { kind: 'send-error'; errno: SendErrno };

export interface SendOptions {
  proto: 'udp' | 'tcp';
  timeoutMs: number;
  port?: number;
  /** Leave the clock alone (the caller waits for several queries in parallel). */
  keepClock?: boolean;
  /** Source port (queries sent on one socket share it, and so one conntrack entry). */
  sport?: number;
  /**
   * The UDP socket set IP_RECVERR (glibc's resolver does): it hears soft ICMP
   * errors too. Without it (BIND, Go) only hard ones reach it, the rest is silence.
   */
  recverr?: boolean;
}

const LOOPBACK6 = parseIPv6('::1') as IPv6;

/** A query id as a resolver draws it: deterministic, and without consuming the world's rng. */
export function queryId(world: World): number {
  const n = ((world.ext['dns.ids'] as number | undefined) ?? 0) + 1;
  world.ext['dns.ids'] = n;
  return (Math.imul(n, 40503) + Math.floor(world.clock.now)) & 0xffff;
}

/** An 8-byte client cookie (16 hex digits), deterministic per world. */
export function clientCookie(world: World): string {
  let h = (queryId(world) * 2654435761) >>> 0;
  let out = '';
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    out += (h & 0xffff).toString(16).padStart(4, '0');
  }
  return out;
}

function droppedInOwnOutput(world: World, ns: Netns, trace: Trace): boolean {
  const here = nsLabel(world, ns);
  const nf = trace.events.filter((e) => e.kind === 'netfilter' && e.at === here);
  const last = nf[nf.length - 1];
  if (!last) return false;
  return (
    /^OUTPUT hook: DROP\b/.test(last.text) ||
    (/^\S+ OUTPUT(:| rule \d+:)/.test(last.text) && /DROP$/.test(last.text))
  );
}

/** A fresh ephemeral port for a resolver socket (32768-60999, as ip_local_port_range). */
export function socketPort(world: World): number {
  const n = ((world.ext['dns.sport'] as number | undefined) ?? 0) + 1;
  world.ext['dns.sport'] = n;
  return 32768 + ((n * 7919) % 28232);
}

/** Send `q` to `server` from `ns` and wait for the answer (moves the clock). */
export function sendDnsQuery(
  world: World,
  ns: Netns,
  server: ServerAddr,
  q: DnsQuery,
  o: SendOptions,
): Attempt {
  const port = o.port ?? 53;
  if (server.family === 6) {
    // the data plane carries IPv4 only: ::1 answers with a refusal (nothing listens), the rest is unroutable
    if (ipv6Equal(server.addr, LOOPBACK6)) return { kind: 'refused', ms: 0.02, from: 0 };
    return { kind: 'send-error', errno: 'ENETUNREACH' };
  }
  const payload: DnsQuery = { ...q, proto: o.proto };
  const clock = o.keepClock ? { now: 0 } : world.clock;
  // a UDP datagram is the message plus 28 bytes of headers; a TCP exchange starts with a 60-byte SYN
  const len = o.proto === 'udp' ? 28 + wireSize(payload, 'none') : 60;
  const trace = newTrace();
  const r = exchange(world, ns, {
    proto: o.proto,
    dst: server.addr,
    dport: port,
    payload,
    len,
    trace,
    ...(o.sport !== undefined ? { sport: o.sport } : {}),
  });
  // a DROP in our own OUTPUT chain fails the send with EPERM (verified with strace on nf_tables too)
  if (r.kind === 'timeout' && droppedInOwnOutput(world, ns, trace))
    return { kind: 'send-error', errno: 'EPERM' };
  // an error that arrives after the client stopped waiting is a timeout, and so is a
  // soft ICMP error (net/host unreachable, ARP giving up) on a UDP socket without IP_RECVERR
  const unheard =
    r.kind === 'unreachable' && o.proto === 'udp' && !o.recverr && !icmpErrConvert(r.code).fatal;
  if (unheard || ((r.kind === 'refused' || r.kind === 'unreachable') && r.ms > o.timeoutMs)) {
    clock.now += o.timeoutMs;
    return { kind: 'timeout', ms: o.timeoutMs };
  }
  switch (r.kind) {
    case 'send-error':
      return { kind: 'send-error', errno: r.errno };
    case 'refused':
      clock.now += r.ms;
      return { kind: 'refused', ms: r.ms, from: r.from };
    case 'unreachable':
      clock.now += r.ms;
      return { kind: 'unreachable', code: r.code, ms: r.ms };
    case 'timeout':
      clock.now += o.timeoutMs;
      return { kind: 'timeout', ms: o.timeoutMs };
    case 'response': {
      const msg = r.payload as DnsMessage | undefined;
      if (!msg || typeof msg !== 'object' || !Array.isArray(msg.answer) || r.ms > o.timeoutMs) {
        clock.now += o.timeoutMs;
        return { kind: 'timeout', ms: o.timeoutMs };
      }
      clock.now += r.ms;
      return { kind: 'answer', msg: { ...msg, id: q.id }, ms: r.ms, from: r.from };
    }
  }
}
