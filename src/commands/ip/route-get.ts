/**
 * `ip route get`: iproute2 6.1's iproute_get() argument parsing, then the
 * kernel's inet_rtm_getroute(): header and attribute checks, the output path
 * (ip_route_output_key_hash_rcu with oif, saddr, mark, uid) or, with `iif`,
 * the input path (ip_route_input_slow), and rt_fill_info as print_route
 * shows it.
 */
import { isLocalAddress, lookupRoute, selectSource } from '../../engines/router/lookup.js';
import type { KernelError } from '../../model/errno.js';
import { formatIPv4, inSubnet } from '../../model/inet.js';
import { RT_SCOPE, RT_TABLE } from '../../model/routes.js';
import { sysctlGet } from '../../model/sysctl.js';
import type { Link, Route } from '../../model/types.js';
import { linkByName } from '../../model/world.js';
import { IpPrinter, PRINT_ANY, PRINT_FP, PRINT_JSON } from '../../render/ip-printer.js';
import { fail } from '../cli-error.js';
import {
  type Args,
  type IpCtx,
  invarg,
  matches,
  nodev,
  parseAddr4,
  parsePrefix,
  rtnlError,
} from './common.js';
import { dsfieldId, tableName } from './names.js';
import { printRoute4 } from './route-print.js';
import { routeUsage } from './route-usage.js';

interface GetReq {
  dst?: number;
  v6: boolean;
  from?: number;
  fromLen: number;
  idev?: string;
  odev?: string;
  mark: number;
  uid?: number;
  notify: boolean;
  connected: boolean;
  fibmatch: boolean;
  newdst: boolean;
  ipproto?: number;
}

/** What rt_fill_info reports. */
interface Answer {
  type: 'unicast' | 'local' | 'broadcast' | 'multicast';
  from?: number;
  gateway?: number;
  dev: string;
  table?: number;
  prefsrc?: number;
  flags: string[];
  cache: string[];
  iif?: string;
  route?: Route;
}

/** get_unsigned(): strtoul base 0 of the whole string, at most `max`. */
function getUnsigned(s: string, max: number): number | null {
  const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (!m) return null;
  const t = m[1] as string;
  const v = /^0[xX]/.test(t)
    ? Number.parseInt(t.slice(2), 16)
    : t.startsWith('0')
      ? Number.parseInt(t, 8)
      : Number(t);
  return v > max ? null : v;
}

/** inet_proto_a2n(): getprotobyname() over /etc/protocols, else a decimal 0..255. */
function ipProto(ctx: IpCtx, s: string): number | null {
  let text = '';
  try {
    text = ctx.p.ctx.fs.readFile('/etc/protocols');
  } catch {
    // no file: numbers only
  }
  for (const line of text.split('\n')) {
    const f = (line.split('#')[0] as string).trim().split(/\s+/);
    if (f.length >= 2 && (f[0] === s || f.slice(2).includes(s))) return Number(f[1]);
  }
  return /^\d+$/.test(s) && Number(s) <= 255 ? Number(s) : null;
}

function parseGet(ctx: IpCtx, args: Args): GetReq {
  const req: GetReq = {
    v6: ctx.opts.family === 6,
    fromLen: 0,
    mark: 0,
    notify: false,
    connected: false,
    fibmatch: false,
    newdst: false,
  };
  // rtm_family: -4/-6, else the family of the first address given
  let family: 0 | 4 | 6 = ctx.opts.family === 6 ? 6 : ctx.opts.family === 4 ? 4 : 0;
  const fam = (): 0 | 4 | 6 => family;
  const seen = (f: 4 | 6): void => {
    if (family === 0) family = f;
    if (f === 6) req.v6 = true;
  };
  while (args.more) {
    const a = args.cur as string;
    if (a === 'tos' || matches(a, 'dsfield')) {
      const v = args.next();
      if (dsfieldId(ctx, v) === null) invarg('TOS value is invalid\n', v);
    } else if (matches(a, 'from')) {
      const v = args.next();
      if (matches(v, 'help')) routeUsage();
      const p = parsePrefix(v, fam());
      seen(p.family);
      if (p.family === 4) {
        req.from = p.addr;
        req.fromLen = p.prefix;
      }
    } else if (matches(a, 'iif')) req.idev = args.next();
    else if (matches(a, 'mark')) {
      const v = args.next();
      const n = getUnsigned(v, 0xffffffff);
      if (n === null) invarg('invalid mark value', v);
      req.mark = n as number;
    } else if (matches(a, 'oif') || a === 'dev') req.odev = args.next();
    else if (matches(a, 'notify')) req.notify = true;
    else if (matches(a, 'connected')) req.connected = true;
    else if (matches(a, 'vrf')) invarg('Invalid VRF\n', args.next());
    else if (matches(a, 'uid')) {
      const v = args.next();
      const n = getUnsigned(v, 0xffffffff);
      if (n === null) invarg('invalid UID\n', v);
      req.uid = n as number;
    } else if (matches(a, 'fibmatch')) req.fibmatch = true;
    else if (a === 'as') {
      let v = args.next();
      if (v === 'to') v = args.next();
      if (fam() !== 6 && !v.includes(':')) parseAddr4(v, fam());
      req.newdst = true;
    } else if (matches(a, 'sport') || matches(a, 'dport')) {
      const key = matches(a, 'sport') ? 'sport' : 'dport';
      const v = args.next();
      if (getUnsigned(v, 0xffff) === null) invarg(`invalid ${key}\n`, v);
    } else if (matches(a, 'ipproto')) {
      const v = args.next();
      const n = ipProto(ctx, v);
      if (n === null) invarg('Invalid "ipproto" value\n', v);
      req.ipproto = n as number;
    } else {
      let v = a;
      if (a === 'to') v = args.next();
      if (matches(v, 'help')) routeUsage();
      const p = parsePrefix(v, fam());
      seen(p.family);
      if (p.family === 4) {
        req.dst = p.addr;
        if (p.prefix !== 32)
          ctx.p.err(`Warning: /${p.prefix} as prefix is invalid, only /32 (or none) is supported.\n`);
      }
      if (p.family === 6) req.dst = 0;
    }
    args.advance();
  }
  return req;
}

const isMulticast = (a: number) => a >>> 28 === 0xe;
const isLocalMulticast = (a: number) => a >>> 8 === 0xe00000;
const isLbcast = (a: number) => a === 0xffffffff;
const isZeronet = (a: number) => a >>> 24 === 0;
const isLoopback = (a: number) => a >>> 24 === 127;

/**
 * The table a lookup reports: until the first `ip rule add` the kernel keeps
 * local and main merged in one trie (fib_unmerge), so local routes answer as main.
 */
function effTable(ctx: IpCtx, t: number): number {
  return t === RT_TABLE.local && ctx.ns.ext.rules === undefined ? RT_TABLE.main : t;
}

function err(errno: KernelError['errno']): never {
  return rtnlError({ errno });
}

/** __mkroute_output(): the route type and cache flags of an output route. */
function mkrouteOutput(
  _ctx: IpCtx,
  dst: number,
  src: number | undefined,
  dev: Link,
  base: Omit<Answer, 'type' | 'flags' | 'cache' | 'dev'>,
  local: boolean,
): Answer {
  if (src !== undefined && isLoopback(src) && dev.kind !== 'loopback') err('EINVAL');
  const a: Answer = { ...base, type: local ? 'local' : 'unicast', dev: dev.name, flags: [], cache: [] };
  if (isLbcast(dst)) a.type = 'broadcast';
  else if (isMulticast(dst)) a.type = 'multicast';
  else if (isZeronet(dst) && !local) err('EINVAL');
  // broadcast and multicast routes carry no fib nexthop, so no gateway
  if (a.type === 'broadcast' || a.type === 'multicast') delete a.gateway;
  if (a.type === 'broadcast') a.cache = ['local', 'brd'];
  else if (a.type === 'multicast') {
    a.flags = ['rt_offload_failed'];
    a.cache = dst === 0xe0000001 ? ['local', 'mc'] : ['mc'];
  } else if (local || dev.kind === 'loopback') a.cache = ['local'];
  if (a.type !== 'unicast') delete a.table;
  return a;
}

function outputRoute(ctx: IpCtx, req: GetReq, dst: number, oif: Link | undefined): Answer {
  const { world, ns } = ctx;
  const from = req.from ? req.from : undefined;
  if (from !== undefined) {
    if (isMulticast(from) || isLbcast(from) || isZeronet(from)) err('EINVAL');
    if (!isLocalAddress(world, ns, from)) err('ENETUNREACH');
  }
  const base = from !== undefined ? { from } : {};
  const withSrc = (src: number | undefined) =>
    from === undefined && src !== undefined ? { ...base, prefsrc: src } : base;
  if (oif) {
    if (!oif.adminUp) err('ENETUNREACH');
    if (isLocalMulticast(dst) || isLbcast(dst)) {
      const src = from ?? selectSource(world, ns, oif, 0, RT_SCOPE.link);
      return mkrouteOutput(ctx, dst, src, oif, withSrc(src), false);
    }
  }
  if (dst === 0) {
    const lo = [...ns.byIndex.values()].map((u) => world.links.get(u)).find((l) => l?.kind === 'loopback');
    const src = from ?? 0x7f000001;
    return {
      ...withSrc(src),
      type: 'local',
      dev: lo?.name ?? 'lo',
      flags: [],
      cache: ['local'],
    };
  }
  const d = lookupRoute(world, ns, dst, {
    ...(oif ? { oif: oif.uid, oifName: oif.name, strictOif: true } : {}),
    ...(from !== undefined ? { src: from } : {}),
    mark: req.mark,
  });
  if (d.kind !== 'unicast' && d.kind !== 'broadcast' && d.kind !== 'local') {
    if (oif) {
      // "Apparently, routing tables are wrong. Assume, that the destination is on link."
      const src = from ?? selectSource(world, ns, oif, 0, RT_SCOPE.link);
      return mkrouteOutput(ctx, dst, src, oif, withSrc(src), false);
    }
    return err(KIND_ERRNO[d.kind]);
  }
  if (d.kind === 'local') {
    const lo = [...ns.byIndex.values()].map((u) => world.links.get(u)).find((l) => l?.kind === 'loopback');
    const a = mkrouteOutput(ctx, dst, d.src, lo as Link, withSrc(d.src), true);
    return { ...a, table: effTable(ctx, d.route.table), route: d.route };
  }
  const table = d.route.table;
  const a = mkrouteOutput(
    ctx,
    dst,
    d.src,
    d.dev,
    {
      ...withSrc(d.src),
      ...(d.kind === 'unicast' && d.gateway !== undefined ? { gateway: d.gateway } : {}),
      table,
    },
    false,
  );
  if (d.kind === 'broadcast') {
    a.type = 'broadcast';
    a.cache = ['local', 'brd'];
    a.table = effTable(ctx, table);
  }
  a.route = d.route;
  return a;
}

const KIND_ERRNO = {
  none: 'ENETUNREACH',
  unreachable: 'EHOSTUNREACH',
  prohibit: 'EACCES',
  blackhole: 'EINVAL',
} as const;

function forwarding(ctx: IpCtx, dev: Link): boolean {
  return sysctlGet(ctx.world, ctx.ns, `net.ipv4.conf.${dev.name}.forwarding`) === '1';
}

/** ip_route_input_slow() for a packet from `from` arriving on `iif`. */
function inputRoute(ctx: IpCtx, req: GetReq, dst: number, iif: Link): Answer {
  const { world, ns } = ctx;
  const src = req.from ?? 0;
  const lo = [...ns.byIndex.values()].map((u) => world.links.get(u)).find((l) => l?.kind === 'loopback');
  const loName = lo?.name ?? 'lo';
  const base = { from: src, iif: iif.name };
  if (isMulticast(dst)) {
    if (dst !== 0xe0000001 || isMulticast(src) || isLbcast(src)) err('EINVAL');
    if (src !== 0 && isLocalAddress(world, ns, src)) err('EINVAL');
    return { ...base, type: 'multicast', dev: loName, flags: ['rt_offload_failed'], cache: ['local', 'mc'] };
  }
  if (isMulticast(src) || isLbcast(src)) err('EINVAL');
  const brd = (): Answer => ({ ...base, type: 'broadcast', dev: loName, flags: [], cache: ['local', 'brd'] });
  if (isLbcast(dst)) return brd();
  if (isZeronet(src) || isZeronet(dst) || isLoopback(dst) || isLoopback(src)) err('EINVAL');
  const d = lookupRoute(world, ns, dst, { src, mark: req.mark, iifName: iif.name });
  if (d.kind !== 'unicast' && d.kind !== 'broadcast' && d.kind !== 'local')
    return err(forwarding(ctx, iif) ? KIND_ERRNO[d.kind] : 'EHOSTUNREACH');
  if (d.kind === 'broadcast') return { ...brd(), table: effTable(ctx, d.route.table) };
  if (isLocalAddress(world, ns, src)) err('EINVAL');
  if (d.kind === 'local') {
    const table = effTable(ctx, d.route.table);
    return { ...base, type: 'local', dev: loName, table, flags: [], cache: ['local'], route: d.route };
  }
  if (!forwarding(ctx, iif)) err('EHOSTUNREACH');
  const out = d.dev;
  // IPSKB_DOREDIRECT: back out of the device it came in on, to a sender on that link
  const onlink = (a: number) => out.addrs4.some((x) => inSubnet(a, x.addr, x.prefix));
  const redirect =
    out.uid === iif.uid &&
    onlink(src) &&
    (d.gateway === undefined || onlink(d.gateway)) &&
    sysctlGet(world, ns, `net.ipv4.conf.${iif.name}.send_redirects`) !== '0';
  return {
    ...base,
    type: 'unicast',
    ...(d.gateway !== undefined ? { gateway: d.gateway } : {}),
    dev: out.name,
    table: d.route.table,
    flags: [],
    cache: redirect ? ['redirect'] : [],
    route: d.route,
  };
}

function printAnswer(ctx: IpCtx, req: GetReq, dst: number, a: Answer): void {
  const out = ctx.out;
  out.openObject(null);
  if (a.type !== 'unicast') out.string(PRINT_ANY, 'type', '%s ', a.type);
  out.colorString(PRINT_ANY, 'inet', 'dst', '%s ', formatIPv4(dst));
  if (a.from !== undefined) out.colorString(PRINT_ANY, 'inet', 'from', 'from %s ', formatIPv4(a.from));
  if (a.gateway !== undefined) {
    out.fp('via ');
    out.colorString(PRINT_ANY, 'inet', 'gateway', '%s ', formatIPv4(a.gateway));
  }
  out.fp('dev ');
  out.colorString(PRINT_ANY, 'ifname', 'dev', '%s ', a.dev);
  if (a.table !== undefined && a.table !== RT_TABLE.main)
    out.string(PRINT_ANY, 'table', 'table %s ', tableName(ctx, a.table));
  if (a.prefsrc !== undefined) {
    if (out.isJson) out.string(PRINT_JSON, 'prefsrc', '', formatIPv4(a.prefsrc));
    else {
      out.fp('src ');
      out.colorString(PRINT_FP, 'inet', null, '%s ', formatIPv4(a.prefsrc));
    }
  }
  const flags = [...(req.notify ? ['notify'] : []), ...a.flags];
  if (out.isJson) {
    out.openArray(PRINT_JSON, 'flags');
    for (const f of flags) out.string(PRINT_JSON, null, '', f);
    out.closeArray(PRINT_JSON);
  } else for (const f of flags) out.fp(`${f} `);
  if (req.mark) {
    if (out.isJson) out.uint(PRINT_JSON, 'mark', '', req.mark);
    else out.fp(req.mark >= 16 ? `mark 0x${req.mark.toString(16)} ` : `mark ${req.mark} `);
  }
  const uid = req.uid ?? (a.iif !== undefined ? undefined : 0);
  if (uid !== undefined && uid !== 0xffffffff) out.uint(PRINT_ANY, 'uid', 'uid %u ', uid);
  const cache = [...(req.notify ? ['notify'] : []), ...a.cache];
  cache.sort((x, y) => CACHE_ORDER.indexOf(x) - CACHE_ORDER.indexOf(y));
  if (out.isJson) {
    out.openArray(PRINT_JSON, 'cache');
    for (const c of cache) out.string(PRINT_JSON, null, '', c);
    out.closeArray(PRINT_JSON);
  } else out.fp(`\n    cache ${cache.length ? `<${cache.join(',')}> ` : ''}`);
  if (a.iif !== undefined) {
    out.fp('iif ');
    out.colorString(PRINT_ANY, 'ifname', 'iif', '%s ', a.iif);
  }
  out.fp('\n');
  out.closeObject();
}

/** print_cache_flags() order. */
const CACHE_ORDER = ['local', 'brd', 'mc', 'redirect', 'notify'];

export function routeGet(ctx: IpCtx, args: Args): number {
  const req = parseGet(ctx, args);
  if (req.dst === undefined) return fail('need at least a destination address\n', 1);
  const iif = req.idev !== undefined ? linkByName(ctx.world, ctx.ns, req.idev) : undefined;
  if (req.idev !== undefined && !iif) nodev(req.idev);
  const oif = req.odev !== undefined ? linkByName(ctx.world, ctx.ns, req.odev) : undefined;
  if (req.odev !== undefined && !oif) nodev(req.odev);
  if (req.v6) return fail('RTNETLINK answers: Network is unreachable\n', 2);
  // inet_rtm_valid_getroute_req()
  if (req.fromLen !== 0 && req.fromLen !== 32)
    return fail('Error: ipv4: Invalid values in header for route get request.\n', 2);
  if (req.newdst) return fail('Error: ipv4: Unsupported attribute in route get request.\n', 2);
  if (req.ipproto !== undefined && req.ipproto !== 6 && req.ipproto !== 17 && req.ipproto !== 1)
    return fail('Error: Unsupported ip proto.\n', 2);
  const dst = req.dst;
  const a = iif ? inputRoute(ctx, req, dst, iif) : outputRoute(ctx, req, dst, oif);
  const out = ctx.out;
  out.begin();
  if (req.fibmatch) {
    if (!a.route) return err('EHOSTUNREACH');
    printRoute4(ctx, a.route, { table: effTable(ctx, a.route.table) === RT_TABLE.main });
  } else {
    printAnswer(ctx, req, dst, a);
    if (req.connected && req.from === undefined) {
      if (a.prefsrc === undefined && a.from === undefined) {
        out.end();
        ctx.p.out(out.output());
        return fail('Failed to connect the route\n', 1);
      }
      // iproute2 6.1 rewrites the answer but sends its first request again,
      // and prints the second answer after closing the JSON array
      if (out.isJson) {
        out.end();
        ctx.p.out(out.output());
        const text = new IpPrinter({ ...out.opts, json: false, pretty: false });
        printAnswer({ ...ctx, out: text }, req, dst, a);
        ctx.p.out(text.output());
        return 0;
      }
      printAnswer(ctx, req, dst, a);
    }
  }
  out.end();
  ctx.p.out(out.output());
  return 0;
}
