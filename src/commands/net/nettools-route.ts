/** net-tools 2.10 `route` and `netstat -r`: read /proc/net/route, modify through SIOCADDRT/SIOCDELRT semantics. */
import { getaddrinfo, getnameinfo, type ResolverEnv } from '../../engines/resolver/getaddrinfo.js';
import { readFileOr } from '../../engines/resolver/hosts-file.js';
import { STRERROR } from '../../model/errno.js';
import { formatIPv4, maskOf, parseIPv4Aton, prefixOfMask } from '../../model/inet.js';
import { deleteRoute, modifyRoute } from '../../model/route-ops.js';
import { RT_SCOPE, RTPROT } from '../../model/routes.js';
import { linkByName } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';

export interface ProcRouteRow {
  iface: string;
  dst: number;
  gw: number;
  flags: number;
  metric: number;
  mask: number;
  mtu: number;
}

function le32(hex: string): number {
  const b = hex.match(/../g) ?? [];
  return Number.parseInt(b.reverse().join(''), 16) >>> 0;
}

export function readProcRoute(p: Proc): ProcRouteRow[] {
  const text = readFileOr(p.ctx.fs, '/proc/net/route');
  const rows: ProcRouteRow[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split('\t');
    if (f.length < 11) continue;
    rows.push({
      iface: f[0] as string,
      dst: le32(f[1] as string),
      gw: le32(f[2] as string),
      flags: Number.parseInt(f[3] as string, 16),
      metric: Number(f[6]),
      mask: le32(f[7] as string),
      mtu: Number(f[8]),
    });
  }
  return rows;
}

function networkName(p: Proc, addr: number): string | null {
  if (addr === 0) return 'default';
  for (const raw of readFileOr(p.ctx.fs, '/etc/networks').split('\n')) {
    const f = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (f.length < 2) continue;
    const a = parseIPv4Aton(f[1] as string);
    if (a !== null && a === addr) return f[0] as string;
  }
  return null;
}

function resolver(p: Proc): ResolverEnv {
  return { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs };
}

function destName(p: Proc, r: ProcRouteRow, numeric: boolean): string {
  if (numeric) return formatIPv4(r.dst);
  if (r.flags & 4) return getnameinfo(resolver(p), r.dst) ?? formatIPv4(r.dst);
  return networkName(p, r.dst) ?? formatIPv4(r.dst);
}

function gwName(p: Proc, r: ProcRouteRow, numeric: boolean): string {
  if (numeric || r.gw === 0) return formatIPv4(r.gw);
  return getnameinfo(resolver(p), r.gw) ?? formatIPv4(r.gw);
}

function flagText(f: number): string {
  let s = '';
  if (f & 1) s += 'U';
  if (f & 2) s += 'G';
  if (f & 0x200) s = '!';
  if (f & 4) s += 'H';
  if (f & 0x10) s += 'D';
  if (f & 0x20) s += 'M';
  return s;
}

const c15 = (s: string) => s.slice(0, 15).padEnd(15);

/** The routing table as `route` (style 'route'), `route -e` / `netstat -r` ('netstat') or `route -ee` ('wide') prints it. */
export function printRouteTable(p: Proc, numeric: boolean, style: 'route' | 'netstat' | 'wide'): number {
  const rows = readProcRoute(p);
  let out = 'Kernel IP routing table\n';
  if (style === 'route')
    out += 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';
  else if (style === 'netstat')
    out += 'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n';
  else
    out +=
      'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n';
  for (const r of rows) {
    const reject = (r.flags & 0x200) !== 0;
    const dst = c15(destName(p, r, numeric));
    const gw = c15(reject ? '-' : gwName(p, r, numeric));
    const mask = c15(formatIPv4(r.mask));
    const flags = flagText(r.flags);
    if (style === 'route') {
      out += `${dst} ${gw} ${mask} ${flags.padEnd(5)} ${String(r.metric).padEnd(6)} ${(reject ? '-' : '0').padEnd(3)} ${'0'.padStart(6)} ${reject ? '-' : r.iface}\n`;
    } else if (style === 'netstat') {
      out += reject
        ? `${dst} ${gw} ${mask} ${flags.padEnd(5)} ${'-'.padStart(5)} ${'-'.padEnd(6)} ${'-'.padStart(5)} -\n`
        : `${dst} ${gw} ${mask} ${flags.padEnd(5)} ${String(r.mtu).padStart(5)} ${'0'.padEnd(6)} ${'0'.padStart(5)} ${r.iface}\n`;
    } else {
      const iface = (reject ? '-' : r.iface).padEnd(8);
      const tail = reject
        ? `${'-'.padEnd(5)} ${'-'.padEnd(6)} -`
        : `${String(r.mtu).padEnd(5)} ${'0'.padEnd(6)} 0`;
      out += `${dst} ${gw} ${mask} ${flags.padEnd(5)} ${String(r.metric).padEnd(6)} ${(reject ? '-' : '0').padEnd(3)} ${'0'.padStart(6)} ${iface} ${tail}\n`;
    }
  }
  p.out(out);
  return rows.length === 0 && !p.ctx.ns.routes.some((r) => r.type === 'local') ? 1 : 0;
}

export const INET_ROUTE_USAGE =
  'Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]\n       inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]\n                              [netmask N] [mss Mss] [window W] [irtt I]\n                              [mod] [dyn] [reinstate] [[dev] If]\n       inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject\n       inet_route [-FC] flush      NOT supported\n';

function resolveHostArg(p: Proc, s: string): number {
  if (s === 'default') return 0;
  const r = getaddrinfo(resolver(p), s, 4);
  if (!r.ok || !r.addrs[0]) return fail(`${s}: Host name lookup failure\n`, 6);
  return r.addrs[0].v4 as number;
}

/** `route add|del ...` (inet_setroute). */
export function modifyRouteNetTools(p: Proc, verb: 'add' | 'del', args: string[]): number {
  let i = 0;
  let kind: 'net' | 'host' | undefined;
  if (args[i] === '-net' || args[i] === '-host') kind = args[i++] === '-net' ? 'net' : 'host';
  const target = args[i++];
  // inet_setroute with nothing to set: usage(E_NONE... ) on stdout, success
  if (target === undefined) {
    p.out(INET_ROUTE_USAGE);
    return 0;
  }
  const usage = (): never => fail(INET_ROUTE_USAGE, 3);
  let dst: number;
  let prefix: number | undefined;
  const slash = target.indexOf('/');
  if (slash >= 0) {
    const plen = Number(target.slice(slash + 1));
    if (!/^\d+$/.test(target.slice(slash + 1)) || plen > 32)
      return fail(`route: netmask doesn't match route address\n${INET_ROUTE_USAGE}`, 3);
    dst = resolveHostArg(p, target.slice(0, slash));
    prefix = plen;
  } else dst = resolveHostArg(p, target);
  if (target === 'default') prefix = 0;
  let gw: number | undefined;
  let metric: number | undefined;
  let devName: string | undefined;
  let reject = false;
  let maskGiven = prefix !== undefined && target !== 'default';
  for (; i < args.length; i++) {
    const a = args[i] as string;
    const v = args[i + 1];
    if (
      a === 'gw' ||
      a === 'netmask' ||
      a === 'metric' ||
      a === 'dev' ||
      a === 'mss' ||
      a === 'window' ||
      a === 'irtt'
    ) {
      if (v === undefined) return usage();
      i++;
      if (a === 'gw') {
        const r = v === 'default' ? null : getaddrinfo(resolver(p), v, 4);
        if (!r?.ok || !r.addrs[0]) return fail(`${v}: Unknown host\n`, 6);
        gw = r.addrs[0].v4 as number;
      } else if (a === 'netmask') {
        const m = parseIPv4Aton(v);
        const pl = m === null ? -1 : prefixOfMask(m);
        if (pl < 0) return fail(`route: bogus netmask ${v}\n${INET_ROUTE_USAGE}`, 3);
        prefix = pl;
        maskGiven = true;
      } else if (a === 'metric') {
        if (!/^\d+$/.test(v)) return usage();
        metric = Number(v);
      } else if (a === 'dev') devName = v;
    } else if (a === 'reject') reject = true;
    else if (a === 'mod' || a === 'dyn' || a === 'reinstate') {
      // accepted
    } else devName = a;
  }
  // a dotted quad without -net is a host (INET_resolve returns 0), "default" a net
  const isNet = kind === 'net' || (kind === undefined && target === 'default');
  if (!isNet && maskGiven && prefix !== 32) {
    const m = maskOf(prefix as number);
    const le = ((m & 0xff) << 24) | (((m >>> 8) & 0xff) << 16) | (((m >>> 16) & 0xff) << 8) | (m >>> 24);
    return fail(
      `route: netmask ${(le >>> 0).toString(16).padStart(8, '0')} doesn't make sense with host route\n${INET_ROUTE_USAGE}`,
      3,
    );
  }
  // a net route without a netmask asks the kernel for mask 0 (bad_mask unless 0.0.0.0)
  if (prefix === undefined) prefix = isNet ? 0 : 32;
  if (isNet && !maskGiven && dst !== 0)
    return fail(`SIOC${verb === 'add' ? 'ADD' : 'DEL'}RT: Invalid argument\n`, 7);
  if ((dst & ~maskOf(prefix)) >>> 0 !== 0)
    return fail(`route: netmask doesn't match route address\n${INET_ROUTE_USAGE}`, 3);
  const ioctl = verb === 'add' ? 'SIOCADDRT' : 'SIOCDELRT';
  let devUid: number | undefined;
  if (devName !== undefined) {
    const d = linkByName(p.ctx.world, p.ctx.ns, devName);
    if (!d) return fail(`${ioctl}: No such device\n`, 7);
    devUid = d.uid;
  }
  const priority = metric ?? 0;
  if (verb === 'del') {
    const e = deleteRoute(p.ctx.ns, {
      table: 254,
      dst,
      prefix,
      scope: RT_SCOPE.nowhere,
      ...(metric !== undefined ? { metric: priority } : {}),
      ...(gw !== undefined ? { gateway: gw } : {}),
      ...(devUid !== undefined ? { dev: devUid } : {}),
    });
    if (e) return fail(`${ioctl}: ${STRERROR[e.errno]}\n`, 7);
    return 0;
  }
  const nexthops = reject
    ? []
    : [
        {
          weight: 1,
          ...(gw !== undefined ? { gateway: gw } : {}),
          ...(devUid !== undefined ? { dev: devUid } : {}),
        },
      ];
  const e = modifyRoute(
    p.ctx.world,
    p.ctx.ns,
    {
      table: 254,
      type: reject ? 'unreachable' : 'unicast',
      dst,
      prefix,
      tos: 0,
      metric: priority,
      proto: RTPROT.boot,
      scope: reject ? RT_SCOPE.host : gw === undefined ? RT_SCOPE.link : RT_SCOPE.universe,
      nexthops,
    },
    // SIOCADDRT asks with NLM_F_CREATE only: a new route goes before its equals
    'prepend',
  );
  if (e) return fail(`${ioctl}: ${STRERROR[e.errno]}\n`, 7);
  return 0;
}
