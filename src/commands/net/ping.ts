/** `ping` (iputils 20221126) over the data plane: replies, ICMP errors, loss, statistics, exit codes. */
import { type ProbeResult, probe } from '../../engines/dataplane/icmp.js';
import {
  addrText,
  GAI_TEXT,
  getaddrinfo,
  getnameinfo,
  type ResolverEnv,
} from '../../engines/resolver/getaddrinfo.js';
import { lookupRoute } from '../../engines/router/lookup.js';
import { formatIPv4, formatIPv6, type IPv6, ipv6Equal, parseIPv4Aton } from '../../model/inet.js';
import type { Link } from '../../model/types.js';
import { linkByName, linksOf } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxPing } from '../busybox/ping.js';
import { fail } from '../cli-error.js';
import { PING_USAGE } from './ping-usage.js';

const UNREACH_TEXT: Record<number, string> = {
  0: 'Destination Net Unreachable',
  1: 'Destination Host Unreachable',
  2: 'Destination Protocol Unreachable',
  3: 'Destination Port Unreachable',
  4: 'Frag needed and DF set',
  5: 'Source Route Failed',
  6: 'Destination Net Unknown',
  7: 'Destination Host Unknown',
  8: 'Source Host Isolated',
  9: 'Destination Net Prohibited',
  10: 'Destination Host Prohibited',
  11: 'Destination Net Unreachable for Type of Service',
  12: 'Destination Host Unreachable for Type of Service',
  13: 'Packet filtered',
  14: 'Precedence Violation',
  15: 'Precedence Cutoff',
};

/** Packets ping sends when nobody can press Ctrl-C (no -c, no -w). */
export const PING_UNBOUNDED_COUNT = 4;

interface PingOpts {
  count?: number;
  interval: number;
  timeoutMs?: number;
  deadlineMs?: number;
  quiet: boolean;
  numeric: boolean;
  size: number;
  ttl?: number;
  iface?: string;
  broadcast: boolean;
  family: 0 | 4 | 6;
  /** -M do|probe: IP_PMTUDISC_DO/PROBE, no local fragmentation. */
  noFrag?: boolean;
  target?: string;
}

const LLONG_MAX = '9223372036854775807';

function parseNum(v: string, lo: number, hi: number | 'llong', float = false): number {
  const n = float ? Number(v) : /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
  if (v.trim() === '' || Number.isNaN(n)) return fail(`ping: invalid argument: '${v}'\n`, 1);
  const max = hi === 'llong' ? Number.MAX_SAFE_INTEGER : hi;
  if (n < lo || n > max) {
    return fail(
      `ping: invalid argument: '${v}': out of range: ${lo} <= value <= ${hi === 'llong' ? LLONG_MAX : hi}\n`,
      1,
    );
  }
  return n;
}

function parseArgs(p: Proc): PingOpts {
  const o: PingOpts = { interval: 1000, quiet: false, numeric: false, size: 56, broadcast: false, family: 0 };
  const args = p.argv.slice(1);
  const withArg = new Set([
    'c',
    'i',
    'W',
    'w',
    's',
    't',
    'I',
    'l',
    'm',
    'M',
    'p',
    'Q',
    'S',
    'e',
    'F',
    'N',
    'T',
  ]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('-') || a === '-') {
      if (o.target === undefined) o.target = a;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (withArg.has(c)) {
        let v = a.slice(j + 1);
        if (v === '') {
          i++;
          v = args[i] ?? '';
          if (args[i] === undefined) fail(`ping: option requires an argument -- '${c}'\n${PING_USAGE}`, 2);
        }
        switch (c) {
          case 'c':
            o.count = parseNum(v, 1, 'llong');
            break;
          case 'i':
            o.interval = parseNum(v, 0, 2147483, true) * 1000;
            break;
          case 'W': {
            const n = Number.parseFloat(v);
            if (Number.isNaN(n) || !/^\d/.test(v)) {
              p.err(
                `ping: option argument contains garbage: ${v}\nping: this will become fatal error in the future\n`,
              );
            } else o.timeoutMs = n * 1000;
            break;
          }
          case 'w':
            o.deadlineMs = parseNum(v, 0, 2147483, true) * 1000;
            break;
          case 's':
            o.size = parseNum(v, 0, 65507);
            break;
          case 't':
            o.ttl = parseNum(v, 0, 255);
            if (o.ttl === 0) fail('ping: cannot set unicast time-to-live: Invalid argument\n', 2);
            break;
          case 'I':
            o.iface = v;
            break;
          case 'M':
            if (v === 'do' || v === 'probe') o.noFrag = true;
            else if (v === 'dont' || v === 'want') o.noFrag = false;
            else fail(`ping: invalid -M argument: ${v}\n`, 2);
            break;
          default:
            break;
        }
        break;
      }
      switch (c) {
        case 'q':
          o.quiet = true;
          break;
        case 'n':
          o.numeric = true;
          break;
        case 'b':
          o.broadcast = true;
          break;
        case '4':
          o.family = 4;
          break;
        case '6':
          o.family = 6;
          break;
        case 'V':
          fail(
            '',
            0,
            'ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n',
          );
          break;
        case 'h':
          fail(PING_USAGE, 2);
          break;
        case 'a':
        case 'A':
        case 'B':
        case 'C':
        case 'D':
        case 'd':
        case 'f':
        case 'L':
        case 'O':
        case 'R':
        case 'U':
        case 'v':
          break;
        default:
          fail(`ping: invalid option -- '${c}'\n${PING_USAGE}`, 2);
      }
    }
  }
  if (o.target === undefined) fail('ping: usage error: Destination address required\n', 1);
  return o;
}

function fmtMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(3);
}

export function runPing(p: Proc): number {
  const o = parseArgs(p);
  const target = o.target as string;
  const env: ResolverEnv = { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs };
  const gai = getaddrinfo(env, target, o.family);
  if (!gai.ok) return fail(`ping: ${target}: ${GAI_TEXT[gai.error]}\n`, 2);
  const first = gai.addrs[0];
  if (!first) return fail(`ping: ${target}: ${GAI_TEXT.EAI_NODATA}\n`, 2);
  const numericTarget = parseIPv4Aton(target) !== null || target.includes(':');
  const numeric = o.numeric || numericTarget;
  const shown = numericTarget ? addrText(first) : gai.canonical;
  if (first.family === 6) return ping6(p, o, first.v6 as IPv6, shown, numeric);
  const dst = first.v4 as number;

  let oif: Link | undefined;
  let src: number | undefined;
  if (o.iface !== undefined) {
    const asAddr = parseIPv4Aton(o.iface);
    if (asAddr !== null && /^[\d.]+$/.test(o.iface)) src = asAddr;
    else {
      oif = linkByName(p.ctx.world, p.ctx.ns, o.iface);
      if (!oif) return fail(`ping: SO_BINDTODEVICE ${o.iface}: No such device\n`, 2);
    }
  }
  // connect(): the route lookup the socket does first
  const d = lookupRoute(p.ctx.world, p.ctx.ns, dst, {
    ...(oif ? { oif: oif.uid } : {}),
    ...(src !== undefined ? { src } : {}),
  });
  // connect() refused by the routing table: trace records the lookup (no packet leaves)
  if (d.kind === 'none' || d.kind === 'unreachable' || d.kind === 'blackhole')
    probe(p.ctx.world, p.ctx.ns, dst, {
      id: 0,
      size: o.size,
      ...(oif ? { oif } : {}),
      ...(src !== undefined ? { src } : {}),
    });
  if (d.kind === 'none') return fail('ping: connect: Network is unreachable\n', 2);
  if (d.kind === 'unreachable') return fail('ping: connect: No route to host\n', 2);
  if (d.kind === 'blackhole') return fail('ping: connect: Invalid argument\n', 2);
  if (d.kind === 'prohibit' || (d.kind === 'broadcast' && !o.broadcast)) {
    return fail('ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n', 2);
  }
  if (d.kind === 'broadcast') p.err('WARNING: pinging broadcast address\n');
  const srcAddr =
    src ?? (d.kind === 'unicast' || d.kind === 'broadcast' || d.kind === 'local' ? d.src : undefined);
  const dstText = formatIPv4(dst);
  const from = oif
    ? ` from ${srcAddr !== undefined ? formatIPv4(srcAddr) : '0.0.0.0'} ${oif.name}:`
    : src !== undefined
      ? ` from ${formatIPv4(src)} :`
      : '';
  // IP_PMTUDISC_DO: sendmsg() fails with EMSGSIZE above the route's MTU
  const pathMtu = d.kind === 'unicast' ? (d.route.mtu ?? d.dev.mtu) : undefined;
  const tooBig = o.noFrag === true && pathMtu !== undefined && o.size + 28 > pathMtu;
  p.out(`PING ${shown} (${dstText})${from} ${o.size}(${o.size + 28}) bytes of data.\n`);

  const unbounded = o.count === undefined && o.deadlineMs === undefined;
  if (unbounded && !p.interactive)
    p.err(`knetlab: ping without -c stops after ${PING_UNBOUNDED_COUNT} packets here\n`);
  const count =
    o.count ??
    (o.deadlineMs !== undefined
      ? Math.max(1, Math.floor(o.deadlineMs / o.interval) + 1)
      : PING_UNBOUNDED_COUNT);
  const wait = o.timeoutMs ?? 10000;
  const start = p.ctx.world.clock.now;
  const rtts: number[] = [];
  let errors = 0;
  let sent = 0;
  let lastEvent = 0;
  const events: Array<{ at: number; text: string }> = [];
  // acknowledge(): replies and ICMP errors read from the error queue (not those
  // sendmsg() itself failed with) count toward the pipe size
  const acks: Array<{ at: number; seq: number }> = [];
  for (let seq = 1; seq <= count; seq++) {
    const sendAt = (seq - 1) * o.interval;
    if (o.deadlineMs !== undefined && sendAt >= o.deadlineMs) break;
    p.ctx.world.clock.now = start + sendAt;
    sent++;
    if (tooBig) {
      errors++;
      p.err(`ping: local error: message too long, mtu=${pathMtu}\n`);
      continue;
    }
    const r: ProbeResult = probe(p.ctx.world, p.ctx.ns, dst, {
      seq,
      size: o.size,
      ...(o.ttl !== undefined ? { ttl: o.ttl } : {}),
      ...(oif ? { oif } : {}),
      ...(src !== undefined ? { src } : {}),
    });
    const limit =
      o.deadlineMs !== undefined ? o.deadlineMs - sendAt : seq === count ? wait : Math.max(wait, o.interval);
    if (r.kind === 'reply') {
      if (r.ms > limit) continue;
      rtts.push(r.ms);
      lastEvent = Math.max(lastEvent, sendAt + r.ms);
      acks.push({ at: sendAt + r.ms, seq });
      const who = numeric ? formatIPv4(r.from) : nameOf(env, r.from);
      events.push({
        at: sendAt + r.ms,
        text: `${o.size + 8} bytes from ${who}: icmp_seq=${seq} ttl=${r.ttl} time=${fmtMs(r.ms)} ms\n`,
      });
    } else if (r.kind === 'icmp-error') {
      if (r.ms > limit) continue;
      errors++;
      lastEvent = Math.max(lastEvent, sendAt + r.ms);
      if (!r.sendErrno) acks.push({ at: sendAt + r.ms, seq });
      const who = numeric ? formatIPv4(r.from) : nameOf(env, r.from);
      const what =
        r.type === 11
          ? r.code === 0
            ? 'Time to live exceeded'
            : 'Frag reassembly time exceeded'
          : (UNREACH_TEXT[r.code] ?? `Dest Unreachable, Bad Code: ${r.code}`);
      events.push({ at: sendAt + r.ms, text: `From ${who} icmp_seq=${seq} ${what}\n` });
      if (r.sendErrno)
        p.err(
          `ping: sendmsg: ${r.sendErrno === 'EPERM' ? 'Operation not permitted' : 'Network is unreachable'}\n`,
        );
    } else if (r.kind === 'send-error') {
      errors++;
      events.push({ at: sendAt, text: '' });
      p.err(`ping: sendmsg: ${r.errno === 'EPERM' ? 'Operation not permitted' : 'Network is unreachable'}\n`);
    }
  }
  events.sort((a, b) => a.at - b.at);
  // pipesize: the most probes outstanding when one was acknowledged (ntransmitted - seq + 1)
  let pipe = 0;
  for (const a of acks) {
    const transmitted = Math.min(sent, Math.floor(a.at / o.interval) + 1);
    pipe = Math.max(pipe, transmitted - a.seq + 1);
  }
  if (!o.quiet) for (const e of events) if (e.text) p.out(e.text);
  const received = rtts.length;
  const lastSend = (sent - 1) * o.interval;
  const missing = received + errors < sent;
  let elapsed = lastSend;
  if (o.deadlineMs !== undefined) elapsed = missing ? o.deadlineMs : Math.max(lastSend, lastEvent);
  else if (missing) elapsed = lastSend + wait;
  else elapsed = Math.max(lastSend, lastEvent);
  p.ctx.world.clock.now = start + Math.round(elapsed);
  const loss = sent === 0 ? 0 : Math.round(((sent - received) * 100) / sent);
  const timeMs = Math.round(lastSend + (received ? Math.min(...rtts) * 0 : 0));
  let stats = `\n--- ${shown} ping statistics ---\n${sent} packets transmitted, ${received} received, `;
  if (errors) stats += `+${errors} errors, `;
  stats += `${loss}% packet loss, time ${timeMs}ms\n`;
  if (received) {
    const min = Math.min(...rtts);
    const max = Math.max(...rtts);
    const avg = rtts.reduce((a, b) => a + b, 0) / received;
    const mdev = Math.sqrt(rtts.reduce((a, b) => a + (b - avg) ** 2, 0) / received);
    stats += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms`;
    if (pipe > 1) stats += `, pipe ${pipe}`;
    stats += '\n';
  } else {
    stats += pipe > 1 ? `pipe ${pipe}\n` : '\n';
  }
  p.out(stats);
  return received > 0 ? 0 : 1;
}

/** pr_addr(): getnameinfo without NI_NAMEREQD falls back to the number, so "10.0.0.1 (10.0.0.1)". */
function nameOf(env: ResolverEnv, addr: number): string {
  const n = getnameinfo(env, addr);
  return `${n ?? formatIPv4(addr)} (${formatIPv4(addr)})`;
}

/** IPv6: loopback and the namespace's own addresses answer; nothing else is routed. */
function ping6(p: Proc, o: PingOpts, dst: IPv6, shown: string, numeric: boolean): number {
  const text = formatIPv6(dst);
  const local = linksOf(p.ctx.world, p.ctx.ns).some(
    (l) => l.adminUp && l.addrs6.some((a) => ipv6Equal(a.addr, dst)),
  );
  if (!local) return fail('ping: connect: Network is unreachable\n', 2);
  p.out(`PING ${shown}(${shown === text ? text : `${shown} (${text})`}) ${o.size} data bytes\n`);
  const count = o.count ?? PING_UNBOUNDED_COUNT;
  const start = p.ctx.world.clock.now;
  const rtts: number[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const ms = 0.03;
    rtts.push(ms);
    const who = numeric || shown === text ? text : `${shown} (${text})`;
    if (!o.quiet) p.out(`${o.size + 8} bytes from ${who}: icmp_seq=${seq} ttl=64 time=${fmtMs(ms)} ms\n`);
  }
  const lastSend = (count - 1) * o.interval;
  p.ctx.world.clock.now = start + lastSend;
  p.out(
    `\n--- ${shown} ping statistics ---\n${count} packets transmitted, ${count} received, 0% packet loss, time ${lastSend}ms\nrtt min/avg/max/mdev = 0.030/0.030/0.030/0.000 ms\n`,
  );
  return 0;
}

export const PING_COMMAND: CommandDef = {
  name: 'ping',
  path: '/usr/bin/ping',
  run: (p) => (p.ctx.userland.flavour === 'busybox' ? runBusyboxPing(p) : runPing(p)),
};
