/**
 * BusyBox traceroute (traceroute.c) over the probe engine: UDP probes to
 * port 33434+seq (ICMP echoes with -I), 3 per hop, 5 s wait, 46-byte
 * packets; a connect() up front (so no route dies at once); `  *` per lost
 * probe; the hop address printed when it changes; !N/!H/... marks and the
 * stop rule "reached, or unreachable from all but one probe".
 */
import { probe } from '../../engines/dataplane/icmp.js';
import { lookupRoute } from '../../engines/router/lookup.js';
import { formatIPv4 } from '../../model/inet.js';
import { linkByName } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import {
  bbGetopt,
  die,
  hasOpt,
  helpRequested,
  optValue,
  printHelp,
  showUsage,
  xstrtouRange,
} from './applet.js';
import { SENDTO_TEXT } from './ping.js';
import { addrString, addrToHost, dottedToAddr, hostToAddr } from './resolve.js';
import { TRACEROUTE_USAGE } from './usage.js';

const SPEC = [
  ...['F', 'I', 'l', 'n', 'r', 'd', 'v'].map((c) => ({ c })),
  ...['t', 'i', 'm', 'p', 'q', 's', 'w', 'z', 'f'].map((c) => ({ c, arg: true })),
  { c: '4' },
  { c: '6' },
];

/** The mark after an ICMP unreachable code (`code + 1` in the source, minus one again). */
const MARKS: Record<number, string> = {
  0: ' !N',
  1: ' !H',
  2: ' !P',
  4: ' !F-0',
  5: ' !S',
  6: ' !U',
  7: ' !U',
  8: ' !I',
  9: ' !A',
  10: ' !C',
  11: ' !T',
  12: ' !T',
  13: ' !A',
  14: ' !V',
  15: ' !C',
};

export function runBusyboxTraceroute(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'traceroute', TRACEROUTE_USAGE);
  const g = bbGetopt('traceroute', TRACEROUTE_USAGE, p.argv.slice(1), SPEC);
  if (g.operands.length < 1) showUsage('traceroute', TRACEROUTE_USAGE);
  const num = (c: string, lo: number, hi: number, dflt: number): number => {
    const v = optValue(g, c);
    return v === undefined ? dflt : xstrtouRange('traceroute', v, lo, hi);
  };
  const maxTtl = num('m', 1, 255, 30);
  const port = num('p', 0, 65535, 33434);
  const nprobes = num('q', 1, 2147483647, 3);
  const waitS = num('w', 1, 86400, 5);
  const pauseMs = num('z', 0, 3600000, 0);
  const firstTtl = num('f', 1, maxTtl, 1);
  const icmp = hasOpt(g, 'I');
  const numeric = hasOpt(g, 'n');
  const ttlFlag = hasOpt(g, 'l');
  const host = g.operands[0] as string;
  const dst = hostToAddr(p, 'traceroute', host, hasOpt(g, '6') ? 6 : hasOpt(g, '4') ? 4 : 0);
  if (dst.family === 6) return fail('knetlab: IPv6 traceroute is not modelled\n', 2);
  let packlen = 20 + 8 + 18;
  if (g.operands[1] !== undefined)
    packlen = xstrtouRange('traceroute', g.operands[1], packlen, 32 * 1024, { max: 2 ** 64 - 1 });
  const tos = optValue(g, 't');
  if (tos !== undefined) xstrtouRange('traceroute', tos, 0, 255);
  const dev = optValue(g, 'i');
  const oif = dev !== undefined ? linkByName(p.ctx.world, p.ctx.ns, dev) : undefined;
  if (dev !== undefined && !oif) p.err(`traceroute: can't bind to interface ${dev}: No such device\n`);
  const srcText = optValue(g, 's');
  let src: number | undefined;
  if (srcText !== undefined) {
    const s = dottedToAddr('traceroute', srcText);
    if (s.family !== 4) return fail('knetlab: IPv6 traceroute is not modelled\n', 2);
    src = s.v4;
    const local = p.ctx.ns.routes.some((r) => r.type === 'local' && r.prefix === 32 && r.dst === src);
    if (!local) die('traceroute', "can't set multicast source interface");
  } else {
    // connect() lets the kernel pick the source: no route fails right here
    const d = lookupRoute(p.ctx.world, p.ctx.ns, dst.v4, oif ? { oif: oif.uid } : {});
    const errno =
      d.kind === 'none'
        ? 'Network is unreachable'
        : d.kind === 'unreachable'
          ? 'No route to host'
          : d.kind === 'prohibit'
            ? 'Permission denied'
            : d.kind === 'blackhole'
              ? 'Invalid argument'
              : null;
    if (errno) die('traceroute', `can't connect to remote host (${formatIPv4(dst.v4)}): ${errno}`);
  }
  p.out(
    `traceroute to ${host} (${addrString(dst)})${srcText !== undefined ? ` from ${srcText}` : ''}, ${maxTtl} hops max, ${packlen} byte packets\n`,
  );
  const world = p.ctx.world;
  const start = world.clock.now;
  let elapsed = 0;
  let seq = 0;
  for (let ttl = firstTtl; ttl <= maxTtl; ttl++) {
    let line = String(ttl).padStart(2);
    let last: number | undefined;
    let unreachable = 0;
    let gotThere = false;
    for (let q = 0; q < nprobes; q++) {
      if (q !== 0) elapsed += pauseMs;
      seq++;
      world.clock.now = start + Math.round(elapsed);
      const r = probe(world, p.ctx.ns, dst.v4, {
        ttl,
        seq,
        size: packlen - 28,
        ...(icmp ? {} : { udpPort: (port + seq) & 0xffff }),
        ...(oif ? { oif } : {}),
        ...(src !== undefined ? { src } : {}),
      });
      if (r.kind === 'send-error') {
        p.out(line);
        return fail(`traceroute: sendto: ${SENDTO_TEXT[r.errno]}\n`, 1);
      }
      // packet_ok(): our echo reply (-I), time exceeded in transit, or an unreachable
      const hit =
        r.kind === 'reply' && icmp
          ? { from: r.from, ms: r.ms, ttl: r.ttl, type: 0, code: 0 }
          : r.kind === 'icmp-error' && (r.type === 11 ? r.code === 0 : r.type === 3)
            ? { from: r.from, ms: r.ms, ttl: undefined, type: r.type, code: r.code }
            : null;
      if (!hit || hit.ms > waitS * 1000) {
        line += '  *';
        elapsed += waitS * 1000;
        continue;
      }
      const micros = Math.max(0, Math.round(hit.ms * 1000));
      elapsed += micros / 1000;
      if (q === 0 || hit.from !== last) {
        const a = formatIPv4(hit.from);
        line += numeric
          ? `  ${a}`
          : `  ${hit.from !== 0 ? addrToHost(p, { family: 4, v4: hit.from }) : a} (${a})`;
        last = hit.from;
      }
      line += `  ${Math.floor(micros / 1000)}.${String(micros % 1000).padStart(3, '0')} ms`;
      if (ttlFlag && hit.ttl !== undefined) line += ` (${hit.ttl})`;
      if (hit.type === 0) {
        if (hit.ttl !== undefined && hit.ttl <= 1) line += ' !';
        gotThere = true;
      } else if (hit.type === 11) {
        // a hop on the way
      } else if (hit.code === 3) gotThere = true;
      else if (hit.code === 2) {
        line += ' !P';
        gotThere = true;
      } else {
        line += MARKS[hit.code] ?? ` !<${hit.code}>`;
        unreachable++;
      }
    }
    p.out(`${line}\n`);
    if (gotThere || (unreachable > 0 && unreachable >= nprobes - 1)) break;
  }
  world.clock.now = start + Math.round(elapsed);
  return 0;
}
