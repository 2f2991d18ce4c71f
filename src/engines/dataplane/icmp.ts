/**
 * ICMP echo and TTL-limited probes over the packet walk: what ping and
 * traceroute (and the grader) ask the data plane.
 */
import { sysctlGet } from '../../model/sysctl.js';
import type { Link, Netns, World } from '../../model/types.js';
import { ICMP, newTrace, type Packet, type Trace } from './packet.js';
import { HOP_MS, type SendErrno, sendPacket } from './walk.js';

export type ProbeResult =
  | { kind: 'reply'; from: number; ttl: number; ms: number; trace: Trace }
  | {
      kind: 'icmp-error';
      from: number;
      type: number;
      code: number;
      ms: number;
      trace: Trace;
      /** sendmsg failed as well (a REJECT in the sender's OUTPUT chain). */
      sendErrno?: SendErrno;
    }
  | { kind: 'lost'; reason: string; trace: Trace }
  | { kind: 'send-error'; errno: SendErrno; trace: Trace };

export interface ProbeOptions {
  src?: number;
  oif?: Link;
  ttl?: number;
  size?: number;
  id?: number;
  seq?: number;
  /** UDP probe to this port instead of an ICMP echo (traceroute's default). */
  udpPort?: number;
  trace?: Trace;
}

/**
 * The echo identifier when the caller gives none: a new one for each run
 * (seq 1), kept for its later packets, so conntrack sees one flow per ping
 * run as the kernel's ping sockets make it.
 */
function echoId(world: World, ns: Netns, seq: number): number {
  const ids = (world.ext.icmpEchoIds ??= { next: 100, byNs: {} }) as {
    next: number;
    byNs: Record<number, number>;
  };
  if (seq <= 1 || ids.byNs[ns.uid] === undefined) ids.byNs[ns.uid] = ids.next++;
  return ids.byNs[ns.uid] as number;
}

function defaultTtl(world: World, ns: Netns): number {
  return Number(sysctlGet(world, ns, 'net.ipv4.ip_default_ttl') ?? '64') || 64;
}

/** Send one probe from `ns` to `dst` and follow the answer home. */
export function probe(world: World, ns: Netns, dst: number, opts: ProbeOptions = {}): ProbeResult {
  const trace = opts.trace ?? newTrace();
  const size = opts.size ?? 56;
  const req: Packet = opts.udpPort
    ? {
        src: opts.src ?? 0,
        dst,
        proto: 'udp',
        ttl: opts.ttl ?? defaultTtl(world, ns),
        len: 28 + size,
        mark: 0,
        sport: 33000 + (opts.seq ?? 0),
        dport: opts.udpPort,
      }
    : {
        src: opts.src ?? 0,
        dst,
        proto: 'icmp',
        ttl: opts.ttl ?? defaultTtl(world, ns),
        len: 28 + size,
        mark: 0,
        icmp: {
          type: ICMP.ECHO_REQUEST,
          code: 0,
          id: opts.id ?? echoId(world, ns, opts.seq ?? 1),
          seq: opts.seq ?? 1,
        },
      };
  const out = sendPacket(world, ns, req, { ...(opts.oif ? { oif: opts.oif } : {}), trace });
  if (out.kind === 'error') return { kind: 'send-error', errno: out.errno, trace };
  if (out.kind === 'lost') return { kind: 'lost', reason: out.reason, trace };
  const got = out.packet;
  if (
    got.proto === 'icmp' &&
    got.icmp &&
    got.icmp.type !== ICMP.ECHO_REQUEST &&
    got.icmp.type !== ICMP.ECHO_REPLY
  ) {
    if (out.ns.uid === ns.uid)
      return {
        kind: 'icmp-error',
        from: got.src,
        type: got.icmp.type,
        code: got.icmp.code,
        ms: out.ms,
        trace,
        ...(out.sendErrno ? { sendErrno: out.sendErrno } : {}),
      };
    return { kind: 'lost', reason: 'an ICMP error went elsewhere', trace };
  }
  // the destination's stack answers
  const r = out.ns;
  let reply: Packet;
  if (req.proto === 'udp') {
    const listening = r.sockets.some(
      (s) => s.proto === 'udp' && s.port === got.dport && (s.addr === 0 || s.addr === got.dst),
    );
    if (listening) return { kind: 'lost', reason: 'a UDP service took the probe', trace };
    reply = {
      src: got.dst,
      dst: got.src,
      proto: 'icmp',
      ttl: defaultTtl(world, r),
      len: 56 + 28,
      mark: 0,
      icmp: { type: ICMP.DEST_UNREACH, code: 3 },
      inner: got,
    };
  } else {
    if (sysctlGet(world, r, 'net.ipv4.icmp_echo_ignore_all') === '1')
      return { kind: 'lost', reason: 'echo requests are ignored there', trace };
    reply = {
      src: got.dst,
      dst: got.src,
      proto: 'icmp',
      ttl: defaultTtl(world, r),
      len: got.len,
      mark: 0,
      icmp: { type: ICMP.ECHO_REPLY, code: 0, id: got.icmp?.id ?? 1, seq: got.icmp?.seq ?? 1 },
    };
  }
  const back = sendPacket(world, r, reply, { trace });
  if (back.kind !== 'delivered' || back.ns.uid !== ns.uid) {
    return {
      kind: 'lost',
      reason:
        back.kind === 'lost'
          ? back.reason
          : back.kind === 'error'
            ? `the reply could not be routed (${back.errno})`
            : 'the reply went elsewhere',
      trace,
    };
  }
  const ms = out.ms + back.ms + HOP_MS;
  const b = back.packet;
  if (b.proto === 'icmp' && b.icmp?.type === ICMP.ECHO_REPLY)
    return { kind: 'reply', from: b.src, ttl: b.ttl, ms, trace };
  if (b.proto === 'icmp' && b.icmp)
    return { kind: 'icmp-error', from: b.src, type: b.icmp.type, code: b.icmp.code, ms, trace };
  return { kind: 'lost', reason: 'unexpected answer', trace };
}
