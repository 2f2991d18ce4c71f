import { inSubnet } from '../../model/inet.js';
import { deleteRoute, modifyRoute, type RouteMode, type RouteSpec } from '../../model/route-ops.js';
import { fibTableExists, RT_SCOPE, RT_TABLE, RTPROT } from '../../model/routes.js';
import { ipv6Routes } from '../../model/routes6.js';
import type { Nexthop, Route, RouteType } from '../../model/types.js';
import { linkByName } from '../../model/world.js';
import { fail } from '../cli-error.js';
import {
  Args,
  duparg2,
  type IpCtx,
  invarg,
  matches,
  nodev,
  parseAddr4,
  parsePrefix,
  rtnlError,
} from './common.js';
import { parseScope } from './link-show.js';
import { protoId, routeType, tableId } from './names.js';
import { routeGet } from './route-get.js';
import { printRoute4, printRoute6, type RouteHide } from './route-print.js';
import { routeUsage } from './route-usage.js';
import { namesIpv6Route, route6Delete, route6Flush, route6Modify } from './route6.js';

function usage(): never {
  return routeUsage();
}

interface ModifyReq {
  spec: RouteSpec;
  devName?: string;
  typeGiven: boolean;
  scopeGiven: boolean;
  tableGiven: boolean;
  metricGiven: boolean;
  protoGiven: boolean;
  gateway?: number;
  dstGiven: boolean;
  family: 0 | 4 | 6;
  nexthopArgs: string[][];
}

function parseModify(ctx: IpCtx, args: Args, del: boolean): ModifyReq {
  const req: ModifyReq = {
    spec: {
      table: RT_TABLE.main,
      type: 'unicast',
      dst: 0,
      prefix: 0,
      tos: 0,
      metric: 0,
      proto: del ? 0 : RTPROT.boot,
      scope: RT_SCOPE.universe,
      nexthops: [],
    },
    typeGiven: false,
    scopeGiven: false,
    tableGiven: false,
    metricGiven: false,
    protoGiven: false,
    dstGiven: false,
    family: ctx.opts.family === 4 ? 4 : ctx.opts.family === 6 ? 6 : 0,
    nexthopArgs: [],
  };
  const s = req.spec;
  let onlink = false;
  while (args.more) {
    const a = args.cur as string;
    if (a === 'src') {
      s.prefsrc = parseAddr4(args.next(), req.family === 0 ? 4 : req.family);
    } else if (a === 'via') {
      let v = args.next();
      if (v === 'inet' || v === 'inet6') v = args.next();
      req.gateway = parseAddr4(v, req.family === 0 ? 4 : req.family);
      if (req.family === 0) req.family = 4;
    } else if (a === 'from') parsePrefix(args.next(), req.family);
    else if (a === 'tos' || matches(a, 'dsfield')) {
      const v = args.next();
      const n = Number.parseInt(v, 16);
      if (Number.isNaN(n)) invarg('TOS value is invalid\n', v);
      s.tos = n;
    } else if (matches(a, 'metric') || matches(a, 'priority') || a === 'preference') {
      const v = args.next();
      if (!/^(0x[0-9a-fA-F]+|\d+)$/.test(v) || Number(v) > 0xffffffff)
        invarg('"metric" value is invalid\n', v);
      s.metric = Number(v);
      req.metricGiven = true;
    } else if (a === 'scope') {
      const v = args.next();
      const sc = parseScope(v);
      if (sc === null) invarg('invalid "scope" value\n', v);
      s.scope = sc as number;
      req.scopeGiven = true;
    } else if (a === 'mtu') {
      let v = args.next();
      if (v === 'lock') v = args.next();
      if (!/^\d+$/.test(v)) invarg('"mtu" value is invalid\n', v);
      s.mtu = Number(v);
    } else if (
      [
        'hoplimit',
        'advmss',
        'reordering',
        'rtt',
        'rttvar',
        'window',
        'cwnd',
        'initcwnd',
        'initrwnd',
        'ssthresh',
        'realms',
        'rto_min',
        'features',
        'quickack',
        'congctl',
        'expires',
        'pref',
        'fastopen_no_cookie',
        'ttl-propagate',
        'as',
      ].includes(a)
    ) {
      args.next();
    } else if (a === 'onlink') onlink = true;
    else if (a === 'nexthop') {
      args.advance();
      let cur: string[] = [];
      while (args.more) {
        const x = args.cur as string;
        if (x === 'nexthop') {
          req.nexthopArgs.push(cur);
          cur = [];
        } else cur.push(x);
        args.advance();
      }
      req.nexthopArgs.push(cur);
      break;
    } else if (matches(a, 'protocol')) {
      const v = args.next();
      const p = protoId(v);
      if (p === null) invarg('"protocol" value is invalid\n', v);
      s.proto = p as number;
      req.protoGiven = true;
    } else if (matches(a, 'table')) {
      const v = args.next();
      const t = tableId(ctx, v);
      if (t === null) invarg('"table" value is invalid\n', v);
      s.table = t as number;
      req.tableGiven = true;
    } else if (a === 'dev' || a === 'oif') {
      req.devName = args.next();
    } else if (a === 'vrf') {
      invarg('Invalid VRF\n', args.next());
    } else {
      let v = a;
      if (v === 'to') v = args.next();
      if ((v[0] ?? '0') < '0' || (v[0] ?? '0') > '9') {
        const t = routeType(v);
        if (t) {
          s.type = t;
          req.typeGiven = true;
          v = args.next();
        }
      }
      if (matches(v, 'help')) usage();
      if (req.dstGiven) duparg2('to', v);
      const p = parsePrefix(v, req.family);
      if (p.family === 6)
        fail(
          'knetlab: IPv6 routes are derived from IPv6 addresses here; `ip -6 route add` is not modelled\n',
          2,
        );
      if (p.family === 4) {
        s.dst = p.addr;
        s.prefix = p.prefix;
      }
      req.family = 4;
      req.dstGiven = true;
    }
    args.advance();
  }
  if (!req.dstGiven) usage();
  let devUid: number | undefined;
  if (req.devName !== undefined) {
    const d = linkByName(ctx.world, ctx.ns, req.devName);
    if (!d) nodev(req.devName);
    devUid = d?.uid;
  }
  if (req.nexthopArgs.length) {
    for (const nhArgs of req.nexthopArgs) s.nexthops.push(parseNexthop(ctx, nhArgs, req.family));
  } else if (req.gateway !== undefined || devUid !== undefined) {
    const nh: Nexthop = { weight: 1 };
    if (req.gateway !== undefined) nh.gateway = req.gateway;
    if (devUid !== undefined) nh.dev = devUid;
    if (onlink) nh.onlink = true;
    s.nexthops.push(nh);
  }
  if (
    !req.tableGiven &&
    (s.type === 'local' || s.type === 'broadcast' || s.type === 'nat' || s.type === 'anycast')
  )
    s.table = RT_TABLE.local;
  if (!req.scopeGiven) {
    if (s.type === 'local' || s.type === 'nat') s.scope = RT_SCOPE.host;
    else if (s.type === 'broadcast' || s.type === 'multicast' || s.type === 'anycast')
      s.scope = RT_SCOPE.link;
    else if (s.type === 'unicast') {
      if (del) s.scope = RT_SCOPE.nowhere;
      else if (req.gateway === undefined && req.nexthopArgs.length === 0) s.scope = RT_SCOPE.link;
    }
  }
  return req;
}

function parseNexthop(ctx: IpCtx, a: string[], family: 0 | 4 | 6): Nexthop {
  const nh: Nexthop = { weight: 1 };
  const args = new Args(a);
  while (args.more) {
    const x = args.cur as string;
    if (x === 'via') nh.gateway = parseAddr4(args.next(), family === 0 ? 4 : family);
    else if (x === 'dev') {
      const name = args.next();
      const d = linkByName(ctx.world, ctx.ns, name);
      if (!d) nodev(name);
      nh.dev = d?.uid;
    } else if (x === 'weight') {
      const v = args.next();
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) invarg('"weight" is invalid\n', v);
      nh.weight = Number(v);
    } else if (x === 'onlink') nh.onlink = true;
    else invarg('unknown nexthop argument\n', x);
    args.advance();
  }
  return nh;
}

function routeModify(ctx: IpCtx, args: Args, mode: RouteMode): number {
  const req = parseModify(ctx, args, false);
  const e = modifyRoute(ctx.world, ctx.ns, req.spec, mode);
  if (e) rtnlError(e);
  return 0;
}

function routeDel(ctx: IpCtx, args: Args): number {
  const req = parseModify(ctx, args, true);
  const s = req.spec;
  const nh = s.nexthops[0];
  const e = deleteRoute(ctx.ns, {
    table: s.table,
    dst: s.dst,
    prefix: s.prefix,
    scope: s.scope,
    ...(req.typeGiven ? { type: s.type } : {}),
    ...(s.tos ? { tos: s.tos } : {}),
    ...(req.metricGiven ? { metric: s.metric } : {}),
    ...(req.protoGiven ? { proto: s.proto } : {}),
    ...(s.prefsrc !== undefined ? { prefsrc: s.prefsrc } : {}),
    ...(nh?.gateway !== undefined ? { gateway: nh.gateway } : {}),
    ...(nh?.dev !== undefined ? { dev: nh.dev } : {}),
  });
  if (e) rtnlError(e);
  return 0;
}

interface ShowFilter {
  table: number;
  family: 0 | 4 | 6;
  root?: { addr: number; prefix: number };
  match?: { addr: number; prefix: number };
  proto?: number;
  type?: RouteType;
  scope?: number;
  dev?: number;
  via?: number;
  src?: number;
  hide: RouteHide;
}

function parseShowFilter(ctx: IpCtx, args: Args): ShowFilter {
  const f: ShowFilter = {
    table: RT_TABLE.main,
    family: ctx.opts.family === 4 ? 4 : ctx.opts.family === 6 ? 6 : 0,
    hide: {},
  };
  let tableGiven = false;
  while (args.more) {
    const a = args.cur as string;
    if (matches(a, 'table')) {
      const v = args.next();
      const t = tableId(ctx, v);
      if (t !== null) {
        f.table = t;
        tableGiven = true;
      } else if (v === 'cache') f.table = -1;
      else if (v === 'help') usage();
      else invarg('table id value is invalid\n', v);
    } else if (matches(a, 'cached') || matches(a, 'cloned')) {
      f.table = -1;
    } else if (a === 'tos' || a === 'dsfield') args.next();
    else if (matches(a, 'protocol')) {
      const v = args.next();
      const p = protoId(v);
      if (p === null) invarg('invalid "protocol"\n', v);
      f.proto = p as number;
      f.hide.proto = true;
    } else if (matches(a, 'scope')) {
      const v = args.next();
      const s = parseScope(v);
      if (s === null && v !== 'all') invarg('invalid "scope"\n', v);
      if (s !== null) {
        f.scope = s;
        f.hide.scope = true;
      }
    } else if (matches(a, 'type')) {
      const v = args.next();
      const t = routeType(v);
      if (!t) invarg('node type value is invalid\n', v);
      f.type = t as RouteType;
    } else if (a === 'dev' || a === 'oif') {
      const v = args.next();
      const d = linkByName(ctx.world, ctx.ns, v);
      if (!d) nodev(v);
      f.dev = d?.uid;
      f.hide.dev = true;
    } else if (a === 'via') {
      let v = args.next();
      if (v === 'inet') v = args.next();
      f.via = parseAddr4(v, 4);
      f.hide.via = true;
    } else if (a === 'src') {
      f.src = parseAddr4(args.next(), 4);
      f.hide.src = true;
    } else if (a === 'metric' || a === 'priority') {
      args.next();
    } else if (a === 'vrf') invarg('Invalid VRF\n', args.next());
    else if (matches(a, 'help')) usage();
    else {
      let v = a;
      if (matches(v, 'to')) v = args.next();
      const kind = matches(v, 'root')
        ? 'root'
        : matches(v, 'match')
          ? 'match'
          : matches(v, 'exact')
            ? 'exact'
            : null;
      if (kind) v = args.next();
      const p = parsePrefix(v, f.family);
      if (p.family === 4) {
        const pr = { addr: p.addr, prefix: p.prefix };
        if (kind === 'root') f.root = pr;
        else if (kind === 'match') f.match = pr;
        else {
          f.root = pr;
          f.match = pr;
        }
        if (f.family === 0) f.family = 4;
      } else f.family = 6;
    }
    args.advance();
  }
  if (tableGiven) f.hide.table = f.table !== 0;
  else f.hide.table = true;
  if (f.family === 0 && f.table !== 0) f.family = 4;
  return f;
}

function passes(ctx: IpCtx, r: Route, f: ShowFilter): boolean {
  if (f.table !== 0 && r.table !== f.table) return false;
  if (f.root && (f.root.prefix > r.prefix || !inSubnet(r.dst, f.root.addr, f.root.prefix))) return false;
  if (f.match && (f.match.prefix < r.prefix || !inSubnet(f.match.addr, r.dst, r.prefix))) return false;
  if (f.proto !== undefined && r.proto !== f.proto) return false;
  if (f.type !== undefined ? r.type !== f.type : false) return false;
  if (f.scope !== undefined && r.scope !== f.scope) return false;
  if (f.dev !== undefined && !r.nexthops.some((n) => n.dev === f.dev)) return false;
  if (f.via !== undefined && !r.nexthops.some((n) => n.gateway === f.via)) return false;
  if (f.src !== undefined && r.prefsrc !== f.src) return false;
  void ctx;
  return true;
}

/** inet_dump_fib with a table filter: the table must exist (strict dump checks). */
function checkTable(ctx: IpCtx, f: ShowFilter, what: 'Dump' | 'Flush'): void {
  if (f.family === 6 || f.table <= 0 || fibTableExists(ctx.ns, f.table)) return;
  fail(
    `Error: ipv4: FIB table does not exist.\n${what} terminated\n`,
    2,
    what === 'Dump' && ctx.out.isJson ? '[' : '',
  );
}

function routeShow(ctx: IpCtx, args: Args): number {
  const f = parseShowFilter(ctx, args);
  checkTable(ctx, f, 'Dump');
  const out = ctx.out;
  out.begin();
  if (f.family !== 6) {
    for (const r of ctx.ns.routes) if (passes(ctx, r, f)) printRoute4(ctx, r, f.hide);
  }
  if (f.family !== 4 && f.type !== 'throw') {
    for (const r of ipv6Routes(ctx.world, ctx.ns)) {
      if (f.table !== 0 && r.table !== f.table) continue;
      if (f.dev !== undefined && r.dev.uid !== f.dev) continue;
      if (f.type !== undefined && r.type !== f.type) continue;
      if (f.proto !== undefined && f.proto !== (r.proto === 'boot' ? RTPROT.boot : RTPROT.kernel)) continue;
      if (f.root || f.match || f.via !== undefined || f.src !== undefined) continue;
      printRoute6(ctx, r, f.hide);
    }
  }
  out.end();
  ctx.p.out(out.output());
  return 0;
}

function routeFlush(ctx: IpCtx, args: Args): number {
  if (!args.more) return fail('"ip route flush" requires arguments.\n', 255);
  if (matches(args.cur, 'cache')) return 0;
  const f = parseShowFilter(ctx, args);
  checkTable(ctx, f, 'Flush');
  if (f.family !== 4) route6Flush(ctx, f.dev);
  ctx.ns.routes = ctx.ns.routes.filter(
    (r) => !passes(ctx, r, f) || (f.table === 0 && r.table === RT_TABLE.local),
  );
  return 0;
}

export function doRoute(ctx: IpCtx, argv: string[]): number {
  const args = new Args(argv);
  const verb = args.cur;
  if (verb === undefined) return routeShow(ctx, args);
  args.advance();
  if (ctx.opts.family === 6 || (ctx.opts.family === 0 && namesIpv6Route(args.rest()))) {
    const rest = args.rest();
    if (matches(verb, 'add') || matches(verb, 'prepend') || matches(verb, 'append') || matches(verb, 'test'))
      return route6Modify(ctx, rest, 'add');
    if (matches(verb, 'change') || verb === 'chg') return route6Modify(ctx, rest, 'change');
    if (matches(verb, 'replace')) return route6Modify(ctx, rest, 'replace');
    if (matches(verb, 'delete')) return route6Delete(ctx, rest);
  }
  if (matches(verb, 'add')) return routeModify(ctx, args, 'add');
  if (matches(verb, 'change') || verb === 'chg') return routeModify(ctx, args, 'change');
  if (matches(verb, 'replace')) return routeModify(ctx, args, 'replace');
  if (matches(verb, 'prepend')) return routeModify(ctx, args, 'prepend');
  if (matches(verb, 'append')) return routeModify(ctx, args, 'append');
  if (matches(verb, 'test')) return routeModify(ctx, args, 'add');
  if (matches(verb, 'delete')) return routeDel(ctx, args);
  if (matches(verb, 'list') || matches(verb, 'show') || matches(verb, 'lst')) return routeShow(ctx, args);
  if (matches(verb, 'get')) return routeGet(ctx, args);
  if (matches(verb, 'flush')) return routeFlush(ctx, args);
  if (matches(verb, 'save')) {
    parseShowFilter(ctx, args);
    // iproute_dump_check_tty()
    if (ctx.p.ctx.tty) return fail('Not sending a binary stream to stdout\n', 1);
    return fail('knetlab: `ip route save` writes netlink binary dumps, which are not modelled\n', 2);
  }
  if (matches(verb, 'restore') || matches(verb, 'showdump')) {
    // route_dump_check_magic(): the dump starts with 0x45311224
    const head = ctx.p.stdin.slice(0, 4);
    if (head.length < 4) return fail('Magic mismatch (0 elems, 0 magic)\n', 1);
    let magic = 0;
    for (let i = 3; i >= 0; i--) magic = magic * 256 + (head.charCodeAt(i) & 0xff);
    return fail(`Magic mismatch (1 elems, ${magic.toString(16)} magic)\n`, 1);
  }
  if (matches(verb, 'help')) usage();
  return fail(`Command "${verb}" is unknown, try "ip route help".\n`, 255);
}
