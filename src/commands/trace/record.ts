/**
 * The packet record of a command: every packet the data plane walked while
 * it ran (through the observer hook in sendPacket), each with its events
 * and an outcome in plain words. `trace` prints it; the grader can call
 * `recordPackets` around anything it runs to get the same data for hints.
 */
import { observePackets } from '../../engines/dataplane/observe.js';
import {
  describePacket,
  nsLabel,
  type Packet,
  type Trace,
  type TraceEvent,
} from '../../engines/dataplane/packet.js';
import { formatIPv4 } from '../../model/inet.js';
import type { Netns, World } from '../../model/types.js';

export interface PacketOutcome {
  /** delivered: reached a stack; lost: dropped or unanswered on the way; error: the sender could not send it. */
  kind: 'delivered' | 'lost' | 'error';
  /** Where it was delivered, and on which device. */
  at?: string;
  dev?: string;
  /** errno for `error`. */
  errno?: string;
  /** The data plane's own reason for `lost`. */
  reason?: string;
}

export interface PacketRecord {
  /** 1-based, in the order the packets were sent. */
  n: number;
  /** The namespace that sent it ("container c1", "netns blue", "host docker-host"). */
  from: string;
  proto: Packet['proto'];
  /** Source as given by the sender (0.0.0.0 when the route chooses it). */
  src: string;
  dst: string;
  sport?: number;
  dport?: number;
  /** describePacket() of the packet as sent. */
  summary: string;
  events: TraceEvent[];
  outcome: PacketOutcome;
  /** One line in plain words: "delivered to container c2 on eth0", "dropped: FORWARD policy DROP in host h". */
  verdict: string;
}

interface Pending {
  ns: Netns;
  packet: Packet;
  trace: Trace;
  start: number;
  result?: {
    kind: string;
    ns?: Netns;
    dev?: { name: string };
    errno?: string;
    reason?: string;
    packet?: Packet;
  };
}

const ERRNO_TEXT: Record<string, string> = {
  ENETUNREACH: 'Network is unreachable',
  EHOSTUNREACH: 'No route to host',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  EPERM: 'Operation not permitted',
};

/** Why a packet was dropped: the rule or policy behind the last netfilter drop, else the walk's own words. */
function dropWords(events: readonly TraceEvent[], reason: string | undefined): string {
  const bridging = events.some((e) => e.kind === 'drop' && e.text.endsWith('while bridging'));
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as TraceEvent;
    const hook = /^(\w+) hook: (DROP|REJECT) in the (\w+) table$/.exec(e.text);
    if (e.kind !== 'netfilter' || !hook) continue;
    const how = hook[2] === 'DROP' ? 'dropped' : 'rejected';
    const where = `in ${e.at}${bridging ? ' while bridging' : ''}`;
    const prev = events[i - 1];
    const policy = prev ? /^(\w+) (\S+): no rule decided, policy (\w+)$/.exec(prev.text) : null;
    if (policy) return `${how}: ${policy[2]} policy ${policy[3]} (${policy[1]} table) ${where}`;
    const rule = prev ? /^(\w+) (\S+) rule (\d+): (.*) -> (\S+)$/.exec(prev.text) : null;
    if (rule) return `${how}: ${rule[1]} ${rule[2]} rule ${rule[3]} (${rule[4]}) ${where}`;
    return `${how} in the ${hook[1]} hook ${where}`;
  }
  const drop = [...events].reverse().find((e) => e.kind === 'drop');
  if (drop) return drop.text.startsWith('dropped') ? drop.text : `dropped: ${drop.text}`;
  return `lost: ${reason ?? 'no answer'}`;
}

function verdictOf(o: PacketOutcome, events: readonly TraceEvent[], from: string, back?: Packet): string {
  if (
    o.kind === 'delivered' &&
    back?.proto === 'icmp' &&
    back.icmp &&
    (back.icmp.type === 3 || back.icmp.type === 11)
  ) {
    const rev = [...events].reverse();
    const drop =
      rev.find((e) => e.kind === 'drop') ??
      rev.find((e) => e.kind === 'icmp' || (e.kind === 'netfilter' && /hook: REJECT/.test(e.text)));
    const why =
      drop?.kind === 'drop'
        ? `${drop.text.replace(/^dropped: /, '')}; `
        : drop
          ? `refused in ${drop.at}; `
          : '';
    return `not delivered: ${why}${describePacket(back).replace(/ ttl \d+$/, '')} came back to ${o.at}`;
  }
  if (o.kind === 'delivered') return `delivered to ${o.at}${o.dev ? ` on ${o.dev}` : ''}`;
  if (o.kind === 'error') {
    const route = [...events].reverse().find((e) => e.kind === 'route' || e.kind === 'netfilter');
    const why =
      route && /^no route|is (unreachable|prohibit|blackhole)/.test(route.text)
        ? `${route.text} in ${route.at}`
        : '';
    const err = `${o.errno}${ERRNO_TEXT[o.errno ?? ''] ? ` (${ERRNO_TEXT[o.errno ?? '']})` : ''}`;
    return why ? `not sent: ${why}: ${err}` : `not sent from ${from}: ${err}`;
  }
  if (o.reason === 'dropped by netfilter' || events.some((e) => e.kind === 'drop'))
    return dropWords(events, o.reason);
  return `lost: ${o.reason ?? 'no answer'}`;
}

function sentError(p: Packet): boolean {
  return p.proto === 'icmp' && !!p.icmp && p.icmp.type !== 8 && p.icmp.type !== 0;
}

/** Run `fn` and return what it returned with the record of every packet it sent. */
export function recordPackets<T>(world: World, fn: () => T): { value: T; packets: PacketRecord[] } {
  const pending: Pending[] = [];
  const restore = observePackets(world, {
    begin(ns, packet, trace) {
      pending.push({ ns, packet: { ...packet }, trace, start: trace.events.length });
      return pending.length - 1;
    },
    end(token, result) {
      const p = pending[token];
      if (p) p.result = result as Pending['result'];
    },
  });
  let value: T;
  try {
    value = fn();
  } finally {
    restore();
  }
  const packets = pending.map((p, i): PacketRecord => {
    const next = pending.slice(i + 1).find((q) => q.trace === p.trace);
    const events = p.trace.events.slice(p.start, next ? next.start : p.trace.events.length);
    const r = p.result;
    const outcome: PacketOutcome =
      r?.kind === 'delivered'
        ? {
            kind: 'delivered',
            ...(r.ns ? { at: nsLabel(world, r.ns) } : {}),
            ...(r.dev ? { dev: r.dev.name } : {}),
          }
        : r?.kind === 'error'
          ? { kind: 'error', ...(r.errno ? { errno: r.errno } : {}) }
          : { kind: 'lost', reason: r?.reason ?? 'the walk did not finish' };
    const from = nsLabel(world, p.ns);
    return {
      n: i + 1,
      from,
      proto: p.packet.proto,
      src: formatIPv4(p.packet.src),
      dst: formatIPv4(p.packet.dst),
      ...(p.packet.sport !== undefined ? { sport: p.packet.sport } : {}),
      ...(p.packet.dport !== undefined ? { dport: p.packet.dport } : {}),
      summary: describePacket(p.packet).replace(/ 0\.0\.0\.0(?=[: ])/, ' (auto)'),
      events,
      outcome,
      verdict: verdictOf(outcome, events, from, sentError(p.packet) ? undefined : r?.packet),
    };
  });
  return { value: value as T, packets };
}

/** The record as text: one block per packet, events in aligned columns, the verdict last. */
export function renderRecord(packets: readonly PacketRecord[]): string {
  if (!packets.length) return 'trace: the command sent no packets\n';
  let out = `trace: ${packets.length} packet${packets.length === 1 ? '' : 's'}\n`;
  for (const p of packets) {
    out += `\n#${p.n} ${p.summary} from ${p.from}\n`;
    const w = Math.max(0, ...p.events.map((e) => e.at.length));
    const k = Math.max(0, ...p.events.map((e) => e.kind.length));
    for (const e of p.events) out += `   ${e.at.padEnd(w)}  ${e.kind.padEnd(k)}  ${e.text}\n`;
    out += `   => ${p.verdict}\n`;
  }
  return out;
}
