/**
 * BusyBox ping (FEATURE_FANCY_PING) over the same probe engine as the
 * iputils ping: a raw socket without connect(), so a missing route fails
 * the sendto() and kills ping; ICMP errors never match the echo id and are
 * ignored; seq counts from 0; after the last packet it waits two RTTs
 * (at least 1 s) when something came back, else -W seconds; -w is checked
 * only when a packet is about to be sent.
 */
import { probe } from '../../engines/dataplane/icmp.js';
import type { SendErrno } from '../../engines/dataplane/walk.js';
import { formatIPv4, type IPv6, ipv6Equal } from '../../model/inet.js';
import type { Link } from '../../model/types.js';
import { linkByName, linksOf } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { PING_UNBOUNDED_COUNT } from '../net/ping.js';
import {
  bbGetopt,
  die,
  hasOpt,
  helpRequested,
  optValue,
  parseDuration,
  printHelp,
  showUsage,
  xatoiPositive,
  xatou16,
  xstrtouRange,
} from './applet.js';
import { addrString, type BbAddr, dottedToAddr, hostToAddr } from './resolve.js';
import { PING_USAGE } from './usage.js';

const SPEC = [
  { c: 'q' },
  { c: 'v' },
  { c: 'A' },
  { c: 'c', arg: true },
  { c: 's', arg: true },
  { c: 't', arg: true },
  { c: 'w', arg: true },
  { c: 'W', arg: true },
  { c: 'I', arg: true },
  { c: 'n' },
  { c: 'p', arg: true },
  { c: 'i', arg: true },
  { c: '4' },
  { c: '6' },
] as const;

/** Seconds -W waits for the first answer by default (MAXWAIT). */
const MAXWAIT = 10;

export const SENDTO_TEXT: Record<SendErrno | 'EMSGSIZE', string> = {
  ENETUNREACH: 'Network is unreachable',
  EHOSTUNREACH: 'No route to host',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  EPERM: 'Operation not permitted',
  EMSGSIZE: 'Message too long',
};

interface Opts {
  quiet: boolean;
  adaptive: boolean;
  count: number;
  datalen: number;
  ttl: number;
  deadlineS: number;
  waitS: number;
  intervalMs: number;
  iface?: Link;
  source?: BbAddr;
  family: 0 | 4 | 6;
  host: string;
}

function parse(p: Proc): Opts {
  const args = p.argv.slice(1);
  const g = bbGetopt('ping', PING_USAGE, args, SPEC);
  if (g.operands.length !== 1) showUsage('ping', PING_USAGE);
  if (hasOpt(g, 'q') && hasOpt(g, 'v')) showUsage('ping', PING_USAGE);
  const o: Opts = {
    quiet: hasOpt(g, 'q'),
    adaptive: hasOpt(g, 'A'),
    count: 0,
    datalen: 56,
    ttl: 0,
    deadlineS: 0,
    waitS: MAXWAIT,
    intervalMs: 1000,
    family: 0,
    host: g.operands[0] as string,
  };
  // getopt32 converts the numeric (+) arguments as it meets them
  for (const { c, value } of g.opts) {
    if (c === 'c') o.count = xatoiPositive('ping', value as string);
    else if (c === 't') o.ttl = xatoiPositive('ping', value as string);
    else if (c === 'w') o.deadlineS = xatoiPositive('ping', value as string);
    else if (c === 'W') o.waitS = xatoiPositive('ping', value as string);
    else if (c === '4') o.family = 4;
    else if (c === '6') o.family = 6;
  }
  const s = optValue(g, 's');
  if (s !== undefined) o.datalen = xatou16('ping', s);
  const dev = optValue(g, 'I');
  if (dev !== undefined) {
    const link = linkByName(p.ctx.world, p.ctx.ns, dev);
    if (link) o.iface = link;
    else o.source = dottedToAddr('ping', dev);
  }
  const pat = optValue(g, 'p');
  if (pat !== undefined) xstrtouRange('ping', pat, 0, 255, { base: 16 });
  const i = optValue(g, 'i');
  if (i !== undefined) o.intervalMs = Math.min(parseDuration('ping', PING_USAGE, i), 2147) * 1000;
  return o;
}

interface Stats {
  transmitted: number;
  received: number;
  tmin: number;
  tmax: number;
  tsum: number;
}

function statsText(host: string, s: Stats): string {
  const loss = s.transmitted ? Math.floor(((s.transmitted - s.received) * 100) / s.transmitted) : 0;
  let out = `\n--- ${host} ping statistics ---\n${s.transmitted} packets transmitted, ${s.received} packets received, ${loss}% packet loss\n`;
  if (s.tmin !== Number.POSITIVE_INFINITY) {
    const avg = Math.floor(s.tsum / s.received);
    out += `round-trip min/avg/max = ${us(s.tmin)}/${us(avg)}/${us(s.tmax)} ms\n`;
  }
  return out;
}

/** %u.%03u of microseconds. */
function us(v: number): string {
  return `${Math.floor(v / 1000)}.${String(v % 1000).padStart(3, '0')}`;
}

function isLocal(p: Proc, a: BbAddr): boolean {
  return linksOf(p.ctx.world, p.ctx.ns).some((l) =>
    a.family === 4 ? l.addrs4.some((x) => x.addr === a.v4) : l.addrs6.some((x) => ipv6Equal(x.addr, a.v6)),
  );
}

export function runBusyboxPing(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'ping', PING_USAGE);
  const o = parse(p);
  const dst = hostToAddr(p, 'ping', o.host, o.family);
  const source = o.source && o.source.family === dst.family ? o.source : undefined;
  p.out(
    `PING ${o.host} (${addrString(dst)})${source ? ` from ${addrString(source)}` : ''}: ${o.datalen} data bytes\n`,
  );
  if (source && !isLocal(p, source)) return die('ping', "can't set multicast source interface");
  if (dst.family === 6) return ping6(p, o, dst.v6);

  const unbounded = o.count === 0 && o.deadlineS === 0;
  if (unbounded && !p.interactive)
    p.err(`knetlab: ping without -c stops after ${PING_UNBOUNDED_COUNT} packets here\n`);
  const count = unbounded ? PING_UNBOUNDED_COUNT : o.count;
  const world = p.ctx.world;
  const start = world.clock.now;
  const deadline = o.deadlineS * 1000;
  const st: Stats = { transmitted: 0, received: 0, tmin: Number.POSITIVE_INFINITY, tmax: 0, tsum: 0 };
  const replies: Array<{ at: number; text: string }> = [];
  let sendAt = 0;
  let end: number;
  for (;;) {
    if (deadline && sendAt >= deadline) {
      end = sendAt;
      break;
    }
    world.clock.now = start + sendAt;
    const seq = st.transmitted;
    st.transmitted++;
    if (o.datalen + 8 + 20 > 65535) return sendFailed(p, replies, 'EMSGSIZE');
    const r = probe(world, p.ctx.ns, dst.v4, {
      seq: seq + 1,
      size: o.datalen,
      ...(o.ttl > 0 && o.ttl < 256 ? { ttl: o.ttl } : {}),
      ...(o.iface ? { oif: o.iface } : {}),
      ...(source?.family === 4 ? { src: source.v4 } : {}),
    });
    if (r.kind === 'send-error') return sendFailed(p, replies, r.errno);
    let replyAt: number | undefined;
    if (r.kind === 'reply') {
      const micros = Math.max(0, Math.round(r.ms * 1000));
      replyAt = sendAt + micros / 1000;
      const timed = o.datalen >= 4;
      if (timed) {
        st.tsum += micros;
        st.tmin = Math.min(st.tmin, micros);
        st.tmax = Math.max(st.tmax, micros);
      }
      st.received++;
      replies.push({
        at: replyAt,
        text: `${o.datalen + 8} bytes from ${formatIPv4(r.from)}: seq=${seq} ttl=${r.ttl}${timed ? ` time=${us(micros)} ms` : ''}\n`,
      });
      if (count && st.received >= count) {
        end = replyAt;
        break;
      }
    }
    if (!count || st.transmitted < count) {
      sendAt = o.adaptive && replyAt !== undefined ? replyAt : sendAt + o.intervalMs;
      continue;
    }
    // all sent: wait for the rest (2 RTTs, at least a second), or -W when nothing came back
    const expireS = st.received ? Math.max(1, Math.floor(st.tmax / (512 * 1024))) : o.waitS;
    end = sendAt + expireS * 1000;
    break;
  }
  const shown = replies.filter((r) => r.at <= end).sort((a, b) => a.at - b.at);
  if (!o.quiet) for (const r of shown) p.out(r.text);
  world.clock.now = start + Math.round(end);
  p.out(statsText(o.host, st));
  return st.received === 0 || (deadline && st.received < count) ? 1 : 0;
}

/** xsendto() failed: the replies so far are out, then ping dies. */
function sendFailed(p: Proc, replies: Array<{ text: string }>, errno: SendErrno | 'EMSGSIZE'): never {
  for (const r of replies) p.out(r.text);
  return fail(`ping: sendto: ${SENDTO_TEXT[errno]}\n`, 1);
}

/** IPv6: the namespace's own addresses answer (as in the iputils ping); nothing else is routed. */
function ping6(p: Proc, o: Opts, dst: IPv6): number {
  const local = isLocal(p, { family: 6, v6: dst });
  if (!local) return fail('ping: sendto: Network is unreachable\n', 1);
  const count = o.count || PING_UNBOUNDED_COUNT;
  const timed = o.datalen >= 4;
  const st: Stats = {
    transmitted: count,
    received: count,
    tmin: timed ? 30 : Number.POSITIVE_INFINITY,
    tmax: 30,
    tsum: 30 * count,
  };
  const time = timed ? ' time=0.030 ms' : '';
  if (!o.quiet) {
    for (let seq = 0; seq < count; seq++)
      p.out(`${o.datalen + 8} bytes from ${addrString({ family: 6, v6: dst })}: seq=${seq} ttl=64${time}\n`);
  }
  p.ctx.world.clock.now += (count - 1) * o.intervalMs;
  p.out(statsText(o.host, st));
  return 0;
}
