/**
 * BusyBox `route` (route.c): the table from /proc/net/route with `default`
 * and `*` when resolving, also used by `netstat -r`; IPv6 with `-A inet6`;
 * add/del through SIOCADDRT/SIOCDELRT with busybox's own argument checks.
 * Unlike net-tools, a -net target without a netmask gets no class mask, so
 * the kernel refuses it.
 */

import { getaddrinfo } from '../../engines/resolver/getaddrinfo.js';
import { STRERROR } from '../../model/errno.js';
import { formatIPv4, formatIPv6, maskOf, parseIPv4Aton } from '../../model/inet.js';
import { deleteRoute, modifyRoute } from '../../model/route-ops.js';
import { RT_SCOPE, RTPROT } from '../../model/routes.js';
import { ipv6Routes } from '../../model/routes6.js';
import { linkByName } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { readProcRoute } from '../net/nettools-route.js';
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
import { addrToHost, resolverEnv } from './resolve.js';
import { ROUTE_USAGE } from './usage.js';

const RTF = {
  UP: 0x1,
  GATEWAY: 0x2,
  HOST: 0x4,
  REINSTATE: 0x8,
  DYNAMIC: 0x10,
  MODIFIED: 0x20,
  REJECT: 0x200,
};

function flagText(flags: number): string {
  let s = '';
  const chars: Array<[number, string]> = [
    [RTF.UP, 'U'],
    [RTF.GATEWAY, 'G'],
    [RTF.HOST, 'H'],
    [RTF.REINSTATE, 'R'],
    [RTF.DYNAMIC, 'D'],
    [RTF.MODIFIED, 'M'],
  ];
  for (const [bit, c] of chars) if (flags & bit) s += c;
  if (flags & RTF.REJECT) s = `!${s.slice(1)}`;
  return s;
}

/** INET_rresolve(): numbers when asked; 0.0.0.0 as default or *; hosts by reverse lookup. */
function rresolve(
  p: Proc,
  addr: number,
  numeric: boolean,
  isDefault: boolean,
  mask: number,
  host: boolean,
): string {
  if (numeric) return formatIPv4(addr);
  if (addr === 0) return isDefault ? 'default' : '*';
  if ((addr & ~mask) >>> 0 !== 0 || host) return addrToHost(p, { family: 4, v4: addr });
  return formatIPv4(addr);
}

const c15 = (s: string): string => s.slice(0, 15).padEnd(15);

/** bb_displayroutes(), shared with netstat -r. */
export function displayRoutes(p: Proc, numeric: boolean, netstatFmt: boolean): void {
  let out = `Kernel IP routing table\nDestination     Gateway         Genmask         Flags ${netstatFmt ? '  MSS Window  irtt' : 'Metric Ref    Use'} Iface\n`;
  for (const r of readProcRoute(p)) {
    if (!(r.flags & RTF.UP)) continue;
    const dst = rresolve(p, r.dst, numeric, true, r.mask, false);
    const gw = rresolve(p, r.gw, numeric, false, r.mask, true);
    out += `${c15(dst)} ${c15(gw)} ${formatIPv4(r.mask).padEnd(16)}${flagText(r.flags).padEnd(6)}`;
    out += netstatFmt
      ? `${String(r.mtu).padStart(5)} ${'0'.padEnd(5)} ${'0'.padStart(6)} ${r.iface}\n`
      : `${String(r.metric).padEnd(6)} ${'0'.padEnd(2)} ${'0'.padStart(7)} ${r.iface}\n`;
  }
  p.out(out);
}

/** INET6_displayroutes() over the kernel's derived IPv6 routes (reference counts are not modelled: 1). */
function displayRoutes6(p: Proc): void {
  let out = `Kernel IPv6 routing table\n${'Destination'.padEnd(44)}${'Next Hop'.padEnd(40)}Flags Metric Ref    Use Iface\n`;
  const row = (dst: string, flags: string, metric: number, dev: string) =>
    `${dst.padEnd(43)} ${'::'.padEnd(39)} ${flags.padEnd(5)} ${String(metric).padEnd(6)} ${'1'.padEnd(2)} ${'0'.padStart(7)} ${dev.padEnd(8)}\n`;
  const routes = ipv6Routes(p.ctx.world, p.ctx.ns);
  for (const r of routes)
    if (r.table === 254) out += row(`${formatIPv6(r.dst)}/${r.prefix}`, 'U', r.metric, r.dev.name);
  out += row('::/0', '!n', -1, 'lo');
  for (const r of routes) {
    if (r.table !== 255) continue;
    out += row(`${formatIPv6(r.dst)}/${r.prefix}`, r.type === 'local' ? 'Un' : 'U', r.metric, r.dev.name);
  }
  out += row('::/0', '!n', -1, 'lo');
  p.out(out);
}

/** INET_resolve(): "default", dotted quads, then (hosts first when asked) the resolver; -1 on failure. */
function inetResolve(p: Proc, name: string): { addr: number; isnet: boolean } | null {
  if (name === 'default') return { addr: 0, isnet: true };
  const v4 = parseIPv4Aton(name);
  if (v4 !== null) return { addr: v4, isnet: false };
  const r = getaddrinfo(resolverEnv(p), name, 4);
  if (!r.ok || !r.addrs[0]) return null;
  return { addr: r.addrs[0].v4 as number, isnet: false };
}

const KEYWORDS: Record<string, number> = {
  metric: 0o20,
  netmask: 0o21,
  gw: 0o22,
  gateway: 0o22,
  mss: 0o23,
  window: 0o24,
  irtt: 0o25,
  dev: 0o26,
  device: 0o26,
  reject: 0o40,
  mod: 0o41,
  dyn: 0o42,
  reinstate: 0o43,
};

function setRoute(p: Proc, del: boolean, argv: string[]): number {
  const usage = (): never => showUsage('route', ROUTE_USAGE);
  let i = 0;
  let xflag = 0;
  if (argv[i] === '#net' || argv[i] === '#host') xflag = argv[i++] === '#net' ? 1 : 2;
  const target = argv[i++];
  if (target === undefined) return usage();
  let mask: number | undefined;
  let netmaskText = 'default';
  const slash = target.indexOf('/');
  if (slash >= 0) {
    const plen = xstrtouRange('route', target.slice(slash + 1), 0, 32, { max: 2 ** 64 - 1 });
    mask = maskOf(plen);
  }
  const host = slash >= 0 ? target.slice(0, slash) : target;
  const res = inetResolve(p, host);
  if (!res) die('route', `resolving ${host}`);
  const dst = (res as { addr: number }).addr;
  let isnet = (res as { isnet: boolean }).isnet;
  if (xflag) isnet = (xflag & 1) !== 0;
  let flags = isnet ? RTF.UP : RTF.UP | RTF.HOST;
  let metric: number | undefined;
  let gw: number | undefined;
  let dev: string | undefined;
  while (i < argv.length) {
    const a = argv[i] as string;
    const k = KEYWORDS[a];
    if (k !== undefined && k & 0o40) {
      if (a === 'reject') flags |= RTF.REJECT;
      i++;
      continue;
    }
    if (k !== undefined) {
      const v = argv[i + 1];
      if (v === undefined) usage();
      i += 2;
      if (k === 0o20) metric = xstrtouRange('route', v as string, 0, 2 ** 64 - 1, { max: 2 ** 64 - 1 });
      else if (k === 0o21) {
        if (mask) usage();
        netmaskText = v as string;
        const m = inetResolve(p, v as string);
        if (!m) die('route', `resolving ${v}`);
        mask = (m as { addr: number }).addr;
      } else if (k === 0o22) {
        if (flags & RTF.GATEWAY) usage();
        const g = inetResolve(p, v as string);
        flags |= RTF.GATEWAY;
        if (!g) die('route', `resolving ${v}`);
        if ((g as { isnet: boolean }).isnet) die('route', `gateway ${v} is a NETWORK`);
        gw = (g as { addr: number }).addr;
      } else if (k === 0o23) xstrtouRange('route', v as string, 64, 32768, { max: 2 ** 64 - 1 });
      else if (k === 0o24) xstrtouRange('route', v as string, 128, 2147483647, { max: 2 ** 64 - 1 });
      else if (k === 0o25) xstrtouRange('route', v as string, 0, 2 ** 64 - 1, { max: 2 ** 64 - 1 });
      else if (k === 0o26) {
        if (dev !== undefined) usage();
        dev = v;
      }
      continue;
    }
    // a lone last word is the device
    if (dev === undefined && i === argv.length - 1) {
      dev = a;
      i++;
      continue;
    }
    usage();
  }
  if (flags & RTF.REJECT && dev === undefined) dev = 'lo';
  if (mask) {
    const hostBits = ~mask >>> 0;
    if (flags & RTF.HOST && hostBits !== 0)
      die('route', `netmask ${hostBits.toString(16).padStart(8, '0')} and host route conflict`);
    if ((hostBits & (hostBits + 1)) >>> 0 !== 0) die('route', `bogus netmask ${netmaskText}`);
    if ((dst & hostBits) >>> 0 !== 0) die('route', 'netmask and route address conflict');
  }
  const ioctl = del ? 'SIOCDELRT' : 'SIOCADDRT';
  const kfail = (errno: keyof typeof STRERROR): never => fail(`route: ${ioctl}: ${STRERROR[errno]}\n`, 1);
  // rtentry_to_fib_config(): a host route is /32, else the genmask (none given: 0)
  const prefix = flags & RTF.HOST ? 32 : mask ? 32 - Math.log2((~mask >>> 0) + 1) : 0;
  if ((dst & ~maskOf(prefix)) >>> 0 !== 0) kfail('EINVAL');
  let devUid: number | undefined;
  if (dev !== undefined) {
    const l = linkByName(p.ctx.world, p.ctx.ns, dev);
    if (!l) kfail('ENODEV');
    devUid = l?.uid;
  }
  if (del) {
    const e = deleteRoute(p.ctx.ns, {
      table: 254,
      dst,
      prefix,
      scope: RT_SCOPE.nowhere,
      ...(metric !== undefined ? { metric } : {}),
      ...(gw !== undefined ? { gateway: gw } : {}),
      ...(devUid !== undefined ? { dev: devUid } : {}),
    });
    if (e) kfail(e.errno);
    return 0;
  }
  const reject = (flags & RTF.REJECT) !== 0;
  const e = modifyRoute(
    p.ctx.world,
    p.ctx.ns,
    {
      table: 254,
      type: reject ? 'unreachable' : 'unicast',
      dst,
      prefix,
      tos: 0,
      metric: metric ?? 0,
      proto: RTPROT.boot,
      scope: reject ? RT_SCOPE.host : gw === undefined ? RT_SCOPE.link : RT_SCOPE.universe,
      nexthops: reject
        ? []
        : [
            {
              weight: 1,
              ...(gw !== undefined ? { gateway: gw } : {}),
              ...(devUid !== undefined ? { dev: devUid } : {}),
            },
          ],
    },
    'add',
  );
  if (e) kfail(e.errno);
  return 0;
}

export function runBusyboxRoute(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'route', ROUTE_USAGE);
  // -net and -host are renamed before getopt, as route.c does
  const args = p.argv.slice(1).map((a) => (a === '-net' || a === '-host' ? `#${a.slice(1)}` : a));
  const g = bbGetopt('route', ROUTE_USAGE, args, [{ c: 'A', arg: true }, { c: 'n' }, { c: 'e' }]);
  const fam = optValue(g, 'A');
  let inet6 = false;
  if (fam !== undefined && fam !== 'inet') {
    if (fam === 'inet6') inet6 = true;
    else showUsage('route', ROUTE_USAGE);
  }
  if (g.operands.length === 0) {
    if (inet6) displayRoutes6(p);
    else displayRoutes(p, hasOpt(g, 'n'), hasOpt(g, 'e'));
    return 0;
  }
  const verb = g.operands[0];
  const what = verb === 'add' ? 1 : verb === 'del' || verb === 'delete' ? 2 : 0;
  if (!what || g.operands.length < 2) return showUsage('route', ROUTE_USAGE);
  if (inet6)
    return fail(
      'knetlab: IPv6 routes are derived from IPv6 addresses here; `route -A inet6 add|del` is not modelled\n',
      2,
    );
  return setRoute(p, what === 2, g.operands.slice(1));
}
