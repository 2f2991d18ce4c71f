/**
 * BusyBox `ip route` (iproute.c): list/flush with its filters, get, and
 * the modify verbs. print_route() differs from iproute2: no `proto`, a
 * double space before ` src`, ` metric N ` with spaces on both sides, no
 * `linkdown`, no nexthop lines, and `table X` only for `table all`.
 */
import { lookupRoute } from '../../engines/router/lookup.js';
import { kerr } from '../../model/errno.js';
import { formatIPv4, formatIPv6 } from '../../model/inet.js';
import { deleteRoute, modifyRoute, type RouteDelSpec, type RouteMode } from '../../model/route-ops.js';
import { RT_SCOPE, RTPROT } from '../../model/routes.js';
import { ipv6Routes, type Route6 } from '../../model/routes6.js';
import type { Link, Route, RouteType } from '../../model/types.js';
import { linkByIndex } from '../../model/world.js';
import { fail } from '../cli-error.js';
import {
  BbArgs,
  type BbIpCtx,
  type BbPrefix,
  duparg2,
  getAddr,
  getPrefix,
  getU32,
  indexInStrings,
  indexInSubstrings,
  invarg,
  ipDie,
  needDevice,
  prefixMatch,
  rtnlA2n,
  rtnlAnswer,
  rtnlN2a,
} from './ip-common.js';

const TYPE_WORDS = [
  'local',
  'nat',
  'broadcast',
  'brd',
  'anycast',
  'multicast',
  'prohibit',
  'unreachable',
  'blackhole',
  'xresolve',
  'unicast',
  'throw',
];

/** rtnl_rtntype_a2n(): a (sub)string of a type name, or a number. */
function typeA2n(arg: string): RouteType | 'xresolve' | number | null {
  const k = indexInSubstrings(TYPE_WORDS, arg);
  if (k >= 0) {
    const w = TYPE_WORDS[k] as string;
    return w === 'brd' ? 'broadcast' : (w as RouteType | 'xresolve');
  }
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(arg);
  if (!m) return null;
  const n = Number(arg.startsWith('0x') || arg.startsWith('0X') ? Number.parseInt(arg, 16) : arg);
  return n > 255 ? null : n;
}

interface RouteFilter {
  tb: number;
  family: 0 | 4 | 6;
  scope?: number;
  rdst?: BbPrefix;
  mdst?: BbPrefix;
  rsrc?: BbPrefix;
  msrc?: BbPrefix;
  oif?: Link;
  rviaBits: number;
}

function devName(ctx: BbIpCtx, uid: number | undefined): string | undefined {
  if (uid === undefined) return undefined;
  const l = ctx.world.links.get(uid);
  if (!l) return undefined;
  return linkByIndex(ctx.world, ctx.ns, l.ifindex)?.name ?? `if${l.ifindex}`;
}

/** Does a route of this family/destination/length pass the dst and src filters? */
function prefixPasses(f: RouteFilter, family: 4 | 6, dst: number, len: number): boolean {
  if (f.rdst?.family) {
    if (family !== f.rdst.family || f.rdst.bitlen > len) return false;
    if (family === 4 && !prefixMatch(dst, f.rdst, f.rdst.bitlen)) return false;
  }
  if (f.mdst?.family) {
    if (family !== f.mdst.family || (f.mdst.bitlen >= 0 && f.mdst.bitlen < len)) return false;
    if (family === 4 && f.mdst.bitlen >= 0 && !prefixMatch(dst, f.mdst, len)) return false;
  }
  // routes here have no source prefix (length 0)
  if (f.rsrc?.family && (family !== f.rsrc.family || f.rsrc.bitlen > 0)) return false;
  if (f.msrc?.family && family !== f.msrc.family) return false;
  return true;
}

function route4Passes(f: RouteFilter, r: Route): boolean {
  if (f.tb > 0 && f.tb !== r.table) return false;
  if (f.scope !== undefined && r.scope !== f.scope) return false;
  if (!prefixPasses(f, 4, r.dst, r.prefix)) return false;
  if (f.oif) {
    const nh = r.nexthops.length === 1 ? r.nexthops[0] : undefined;
    if (nh?.dev !== f.oif.uid) return false;
  }
  return true;
}

function route6Passes(f: RouteFilter, r: Route6): boolean {
  if (f.tb < 0) return false;
  if (f.tb > 0) {
    if (f.tb === 255 ? r.type !== 'local' : f.tb === 254 ? r.type === 'local' : true) return false;
  }
  if (f.scope !== undefined && f.scope !== 0) return false;
  if (!prefixPasses(f, 6, 0, r.prefix)) return false;
  if (f.oif && f.oif.uid !== r.dev.uid) return false;
  return true;
}

function typePrefix(type: string): string {
  return type === 'unicast' ? '' : `${type} `;
}

/** print_route() for an IPv4 route. */
export function routeLine(ctx: BbIpCtx, r: Route, f: Pick<RouteFilter, 'tb' | 'scope' | 'rviaBits'>): string {
  let s = typePrefix(r.type);
  s +=
    r.prefix === 0
      ? 'default '
      : r.prefix === 32
        ? `${formatIPv4(r.dst)} `
        : `${formatIPv4(r.dst)}/${r.prefix} `;
  const nh = r.nexthops.length === 1 ? r.nexthops[0] : undefined;
  if (nh?.gateway !== undefined && f.rviaBits !== 32) s += `via ${formatIPv4(nh.gateway)} `;
  const dev = devName(ctx, nh?.dev);
  if (dev !== undefined) s += `dev ${dev} `;
  if (r.table && r.table !== 254 && !f.tb) s += `table ${rtnlN2a(ctx, 'tables', r.table)} `;
  if (r.scope !== RT_SCOPE.universe && f.scope === undefined)
    s += `scope ${rtnlN2a(ctx, 'scopes', r.scope)} `;
  if (r.prefsrc !== undefined) s += ` src ${formatIPv4(r.prefsrc)} `;
  if (r.metric) s += ` metric ${r.metric} `;
  if (nh?.onlink) s += 'onlink ';
  return `${s}\n`;
}

function route6Line(ctx: BbIpCtx, r: Route6, f: RouteFilter): string {
  let s = typePrefix(r.type);
  s += r.prefix === 128 ? `${formatIPv6(r.dst)} ` : `${formatIPv6(r.dst)}/${r.prefix} `;
  s += `dev ${devName(ctx, r.dev.uid)} `;
  if (r.table !== 254 && !f.tb) s += `table ${rtnlN2a(ctx, 'tables', r.table)} `;
  s += ` metric ${r.metric} `;
  return `${s}\n`;
}

const LIST_WORDS = [
  'protocol',
  'dev',
  'oif',
  'iif',
  'via',
  'table',
  'cache',
  'from',
  'to',
  'scope',
  'all',
  'root',
  'match',
  'exact',
  'main',
];

function parseListFilter(ctx: BbIpCtx, argv: readonly string[]): RouteFilter {
  let fam: 0 | 4 | 6 = ctx.family === 'link' ? 0 : ctx.family;
  const f: RouteFilter = { tb: 254, family: fam, rviaBits: 0 };
  const args = new BbArgs(ctx, argv);
  let od: string | undefined;
  let id: string | undefined;
  while (args.more) {
    let arg = indexInSubstrings(LIST_WORDS, args.cur as string);
    if (arg === 0) {
      const v = args.next();
      if (rtnlA2n(ctx, 'protos', v) === null && indexInStrings(LIST_WORDS, v) !== 10)
        invarg(ctx, v, 'protocol');
    } else if (arg === 1 || arg === 2) od = args.next();
    else if (arg === 3) id = args.next();
    else if (arg === 4) f.rviaBits = getPrefix(ctx, args.next(), fam).bitlen;
    else if (arg === 5) {
      const v = args.next();
      const parm = indexInSubstrings(LIST_WORDS, v);
      if (parm === 6) f.tb = -1;
      else if (parm === 10) f.tb = 0;
      else if (parm !== 14) {
        const t = rtnlA2n(ctx, 'tables', v);
        if (t === null) invarg(ctx, v, 'table');
        f.tb = t as number;
      }
    } else if (arg === 6) f.tb = -1;
    else if (arg === 9) {
      const v = args.next();
      const sc = rtnlA2n(ctx, 'scopes', v);
      if (sc === null && v !== 'all') invarg(ctx, v, 'scope');
      if (sc !== null) f.scope = sc;
    } else if (arg === 7) {
      const v = args.next();
      const parm = indexInSubstrings(LIST_WORDS, v);
      if (parm === 11) f.rsrc = getPrefix(ctx, args.next(), fam);
      else if (parm === 12) f.msrc = getPrefix(ctx, args.next(), fam);
      else {
        const p = getPrefix(ctx, parm === 13 ? args.next() : v, fam);
        f.msrc = p;
        f.rsrc = p;
      }
    } else {
      if (arg === 8) arg = indexInSubstrings(LIST_WORDS, args.next());
      if (arg === 11) f.rdst = getPrefix(ctx, args.next(), fam);
      else if (arg === 12) f.mdst = getPrefix(ctx, args.next(), fam);
      else {
        const p = getPrefix(ctx, arg === 13 ? args.next() : (args.cur as string), fam);
        f.mdst = p;
        f.rdst = p;
      }
    }
    args.advance();
  }
  if (fam === 0 && f.tb) fam = 4;
  f.family = fam;
  if (id !== undefined) needDevice(ctx, id);
  if (od !== undefined) f.oif = needDevice(ctx, od);
  return f;
}

function listOrFlush(ctx: BbIpCtx, argv: readonly string[], flush: boolean): number {
  if (flush && argv.length === 0) ipDie(ctx, '"ip route flush" requires an argument');
  const f = parseListFilter(ctx, argv);
  const v4 = f.family !== 6 ? ctx.ns.routes.filter((r) => route4Passes(f, r)) : [];
  if (flush) {
    if (f.tb === -1) return 0;
    ctx.ns.routes = ctx.ns.routes.filter((r) => !v4.includes(r));
    return 0;
  }
  if (f.tb === -1) return 0;
  let out = '';
  for (const r of v4) out += routeLine(ctx, r, f);
  if (f.family !== 4)
    for (const r of ipv6Routes(ctx.world, ctx.ns)) if (route6Passes(f, r)) out += route6Line(ctx, r, f);
  ctx.p.out(out);
  return 0;
}

function routeGet(ctx: BbIpCtx, argv: readonly string[]): number {
  const opts = ['from', 'iif', 'oif', 'dev', 'notify', 'connected', 'to'];
  const args = new BbArgs(ctx, argv);
  let fam: 0 | 4 | 6 = ctx.family === 'link' ? 0 : ctx.family;
  let from: BbPrefix | undefined;
  let dst: BbPrefix | undefined;
  let odev: string | undefined;
  let idev: string | undefined;
  while (args.more) {
    const k = indexInStrings(opts, args.cur as string);
    if (k === 0) {
      from = getPrefix(ctx, args.next(), fam);
      if (fam === 0) fam = from.family;
    } else if (k === 1) idev = args.next();
    else if (k === 2 || k === 3) odev = args.next();
    else if (k === 4 || k === 5) {
      // accepted
    } else {
      dst = getPrefix(ctx, k === 6 ? args.next() : (args.cur as string), fam);
      if (fam === 0) fam = dst.family;
    }
    args.advance();
  }
  if (!dst || dst.bitlen <= 0) ipDie(ctx, 'need at least destination address');
  if (idev !== undefined) needDevice(ctx, idev);
  const oif = odev !== undefined ? needDevice(ctx, odev) : undefined;
  const target = dst as BbPrefix;
  if (target.family === 6) return rtnlAnswer(kerr('ENETUNREACH'));
  const src = from && from.family === 4 ? from.v4 : undefined;
  const d = lookupRoute(ctx.world, ctx.ns, target.v4, {
    ...(oif ? { oif: oif.uid } : {}),
    ...(src !== undefined ? { src } : {}),
  });
  if (d.kind === 'none') return rtnlAnswer(kerr('ENETUNREACH'));
  if (d.kind === 'unreachable') return rtnlAnswer(kerr('EHOSTUNREACH'));
  if (d.kind === 'prohibit') return rtnlAnswer(kerr('EACCES'));
  if (d.kind === 'blackhole') return rtnlAnswer(kerr('EINVAL'));
  if (src !== undefined && !ctx.ns.routes.some((r) => r.type === 'local' && r.prefix === 32 && r.dst === src))
    return rtnlAnswer(kerr('ENETUNREACH'));
  let s = d.kind === 'local' || d.kind === 'broadcast' ? `${d.kind} ` : '';
  s += `${formatIPv4(target.v4)} `;
  if (src !== undefined) s += `from ${formatIPv4(src)} `;
  let dev = 'lo';
  let pref: number | undefined;
  if (d.kind === 'unicast') {
    if (d.gateway !== undefined) s += `via ${formatIPv4(d.gateway)} `;
    dev = d.dev.name;
    pref = d.src;
  } else if (d.kind === 'broadcast') {
    dev = d.dev.name;
    pref = d.src;
  } else if (d.kind === 'local') pref = d.src;
  s += `dev ${dev} `;
  if (d.kind === 'unicast' && d.route.table !== 254) s += `table ${rtnlN2a(ctx, 'tables', d.route.table)} `;
  if (pref !== undefined && src === undefined) s += ` src ${formatIPv4(pref)} `;
  ctx.p.out(`${s}\n`);
  return 0;
}

const MODIFY_WORDS = [
  'src',
  'via',
  'mtu',
  'advmss',
  'scope',
  'protocol',
  'table',
  'dev',
  'oif',
  'to',
  'metric',
  'onlink',
];

/** iproute_modify(): build the request the way busybox does, then let the kernel model judge it. */
function routeModify(ctx: BbIpCtx, argv: readonly string[], mode: RouteMode | 'delete' | 'test'): number {
  const del = mode === 'delete';
  let fam: 0 | 4 | 6 = ctx.family === 'link' ? 0 : ctx.family;
  let type: RouteType | 'xresolve' | number = del ? 0 : 'unicast';
  let typeGiven = false;
  let dst: BbPrefix | undefined;
  let gw: BbPrefix | undefined;
  let src: BbPrefix | undefined;
  let scope: number | undefined;
  let proto: number | undefined;
  let table = 254;
  let metric: number | undefined;
  let mtu: number | undefined;
  let onlink = false;
  let d: string | undefined;
  const args = new BbArgs(ctx, argv);
  while (args.more) {
    const arg = indexInSubstrings(MODIFY_WORDS, args.cur as string);
    if (arg === 0) {
      src = getAddr(ctx, args.next(), fam);
      if (fam === 0) fam = src.family;
    } else if (arg === 1) {
      gw = getAddr(ctx, args.next(), fam);
      if (fam === 0) fam = gw.family;
    } else if (arg === 2 || arg === 3) {
      let v = args.next();
      if (v === 'lock') v = args.next();
      const n = getU32(ctx, v, MODIFY_WORDS[arg] as string);
      if (arg === 2) mtu = n;
    } else if (arg === 4) {
      const v = args.next();
      const sc = rtnlA2n(ctx, 'scopes', v);
      if (sc === null) invarg(ctx, v, 'scope');
      scope = sc as number;
    } else if (arg === 5) {
      const v = args.next();
      const pr = rtnlA2n(ctx, 'protos', v);
      if (pr === null) invarg(ctx, v, 'protocol');
      proto = pr as number;
    } else if (arg === 6) {
      const v = args.next();
      const t = rtnlA2n(ctx, 'tables', v);
      if (t === null) invarg(ctx, v, 'table');
      table = t as number;
    } else if (arg === 7 || arg === 8) d = args.next();
    else if (arg === 10) metric = getU32(ctx, args.next(), 'metric');
    else if (arg === 11) onlink = true;
    else {
      if (arg === 9) args.next();
      let v = args.cur as string;
      const t = !/^[0-9]/.test(v) ? typeA2n(v) : null;
      if (t !== null) {
        v = args.next();
        type = t;
        typeGiven = true;
      }
      if (dst) duparg2(ctx, 'to', v);
      dst = getPrefix(ctx, v, fam);
      if (fam === 0) fam = dst.family;
    }
    args.advance();
  }
  const dev = d !== undefined ? needDevice(ctx, d) : undefined;
  if (fam === 6)
    return fail(
      'knetlab: IPv6 routes are derived from IPv6 addresses here; `ip -6 route` changes are not modelled\n',
      2,
    );
  if (typeof type === 'number' || type === 'xresolve') {
    if (type !== 0 || !del) return rtnlAnswer(kerr('EINVAL'));
  }
  const rtype: RouteType | undefined = typeof type === 'string' ? (type as RouteType) : undefined;
  if (scope === undefined) {
    if (rtype === 'local' || rtype === 'nat') scope = RT_SCOPE.host;
    else if (rtype === 'broadcast' || rtype === 'multicast' || rtype === 'anycast') scope = RT_SCOPE.link;
    else if (rtype === 'unicast' || rtype === undefined)
      scope = del ? RT_SCOPE.nowhere : gw ? RT_SCOPE.universe : RT_SCOPE.link;
    else scope = del ? RT_SCOPE.nowhere : RT_SCOPE.universe;
  }
  const prefix = dst && dst.bitlen > 0 ? dst.bitlen : 0;
  const dstAddr = dst && dst.family === 4 ? dst.v4 : 0;
  if (del) {
    const spec: RouteDelSpec = {
      table,
      dst: dstAddr,
      prefix,
      scope,
      ...(typeGiven && rtype ? { type: rtype } : {}),
      ...(metric !== undefined ? { metric } : {}),
      ...(proto !== undefined ? { proto } : {}),
      ...(src?.family === 4 ? { prefsrc: src.v4 } : {}),
      ...(gw?.family === 4 ? { gateway: gw.v4 } : {}),
      ...(dev ? { dev: dev.uid } : {}),
    };
    const e = deleteRoute(ctx.ns, spec);
    if (e) rtnlAnswer(e);
    return 0;
  }
  if (mode === 'test') {
    // NLM_F_EXCL without NLM_F_CREATE: an existing route is EEXIST, a missing one ENOENT
    const exists = ctx.ns.routes.some(
      (r) =>
        r.table === table &&
        r.dst === dstAddr &&
        r.prefix === prefix &&
        r.tos === 0 &&
        r.metric === (metric ?? 0),
    );
    return rtnlAnswer(kerr(exists ? 'EEXIST' : 'ENOENT'));
  }
  const e = modifyRoute(
    ctx.world,
    ctx.ns,
    {
      table,
      type: rtype ?? 'unicast',
      dst: dstAddr,
      prefix,
      tos: 0,
      metric: metric ?? 0,
      proto: proto ?? RTPROT.boot,
      scope,
      ...(src?.family === 4 ? { prefsrc: src.v4 } : {}),
      nexthops:
        gw || dev
          ? [
              {
                weight: 1,
                ...(gw?.family === 4 ? { gateway: gw.v4 } : {}),
                ...(dev ? { dev: dev.uid } : {}),
                ...(onlink ? { onlink: true } : {}),
              },
            ]
          : [],
      ...(mtu !== undefined ? { mtu } : {}),
    },
    mode,
  );
  if (e) rtnlAnswer(e);
  return 0;
}

const COMMANDS = [
  'a',
  'add',
  'append',
  'change',
  'chg',
  'delete',
  'get',
  'list',
  'show',
  'prepend',
  'replace',
  'test',
  'flush',
];

export function doRoute(ctx: BbIpCtx, argv: readonly string[]): number {
  const verb = argv[0];
  if (verb === undefined) return listOrFlush(ctx, [], false);
  const rest = argv.slice(1);
  switch (COMMANDS[indexInSubstrings(COMMANDS, verb)]) {
    case 'a':
    case 'add':
      return routeModify(ctx, rest, 'add');
    case 'append':
      return routeModify(ctx, rest, 'append');
    case 'change':
    case 'chg':
      return routeModify(ctx, rest, 'change');
    case 'delete':
      return routeModify(ctx, rest, 'delete');
    case 'get':
      return routeGet(ctx, rest);
    case 'list':
    case 'show':
      return listOrFlush(ctx, rest, false);
    case 'prepend':
      return routeModify(ctx, rest, 'prepend');
    case 'replace':
      return routeModify(ctx, rest, 'replace');
    case 'test':
      return routeModify(ctx, rest, 'test');
    case 'flush':
      return listOrFlush(ctx, rest, true);
    default:
      return invarg(ctx, verb, 'ip');
  }
}
