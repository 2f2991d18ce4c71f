/**
 * `ip -6 route add | del | replace | flush` for routes the user makes
 * (ip6_route_add / ip6_route_del): a prefix (host bits dropped), an optional
 * gateway that must be on a link, a device that must be up, metric 1024 by
 * default; blackhole/unreachable/prohibit routes hang off lo. Routes that
 * addresses make stay derived from the addresses (model/routes6.ts).
 */
import { type IPv6, ipv6Equal, parseIPv6 } from '../../model/inet.js';
import { ipv6Routes, maskPrefix6, type StaticRoute6, staticRoutes6 } from '../../model/routes6.js';
import { linkByName } from '../../model/world.js';
import { fail } from '../cli-error.js';
import { Args, type IpCtx, invarg, matches, nodev, parsePrefix } from './common.js';
import { routeUsage } from './route-usage.js';

const TYPES = ['unicast', 'blackhole', 'unreachable', 'prohibit'] as const;

/** Keywords whose next word is their value (so it is not the destination). */
const WITH_VALUE = new Set([
  'via',
  'dev',
  'oif',
  'metric',
  'priority',
  'preference',
  'table',
  'proto',
  'protocol',
  'src',
  'from',
  'mtu',
  'scope',
  'tos',
  'realms',
  'pref',
  'expires',
  'hoplimit',
  'advmss',
  'weight',
]);

/** Does this `ip route` argument list name an IPv6 destination? */
export function namesIpv6Route(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (WITH_VALUE.has(a)) {
      i++;
      continue;
    }
    if (a.includes(':')) return true;
  }
  return false;
}

function rtnl(msg: string): never {
  return fail(`RTNETLINK answers: ${msg}\n`, 2);
}

interface Req {
  route: StaticRoute6;
  metricGiven: boolean;
}

function parse(ctx: IpCtx, argv: string[]): Req {
  const args = new Args(argv);
  const r: StaticRoute6 = { type: 'unicast', dst: [], prefix: -1, metric: 1024 };
  let metricGiven = false;
  let devName: string | undefined;
  let gw: IPv6 | undefined;
  while (args.more) {
    const a = args.cur as string;
    if (a === 'via') {
      let v = args.next();
      if (v === 'inet6') v = args.next();
      const g = v.includes('/') ? null : parseIPv6(v);
      if (!g) fail(`Error: inet6 address is expected rather than "${v}".\n`, 1);
      gw = g as IPv6;
    } else if (a === 'dev' || a === 'oif') devName = args.next();
    else if (matches(a, 'metric') || matches(a, 'priority') || a === 'preference') {
      const v = args.next();
      if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) invarg('"metric" value is invalid\n', v);
      r.metric = Number(v);
      metricGiven = true;
    } else if (WITH_VALUE.has(a)) args.next();
    else if (a === 'onlink') {
      // accepted
    } else {
      let v = a;
      if (v === 'to') v = args.next();
      const t = (TYPES as readonly string[]).includes(v) ? (v as StaticRoute6['type']) : null;
      if (t) {
        r.type = t;
        v = args.next();
      }
      if (matches(v, 'help')) routeUsage();
      if (r.prefix >= 0) fail(`Error: either "to" is duplicate, or "${v}" is a garbage.\n`, 255);
      const p = parsePrefix(v, 6);
      if (p.family !== 6) return fail(`Error: inet6 prefix is expected rather than "${v}".\n`, 1);
      r.dst = [...maskPrefix6(p.addr6, p.prefix)];
      r.prefix = p.prefix;
    }
    args.advance();
  }
  if (r.prefix < 0) routeUsage();
  if (devName !== undefined) {
    const d = linkByName(ctx.world, ctx.ns, devName);
    if (!d) nodev(devName);
    r.dev = d?.uid;
  }
  if (gw) r.gateway = [...gw];
  return { route: r, metricGiven };
}

function sameKey(a: StaticRoute6, b: StaticRoute6): boolean {
  return a.prefix === b.prefix && a.metric === b.metric && a.dst.every((x, i) => x === b.dst[i]);
}

/** Where a gateway is reachable: the device of a connected route that covers it. */
function gatewayDev(ctx: IpCtx, gw: IPv6): number | undefined {
  const covering = ipv6Routes(ctx.world, ctx.ns).filter(
    (r) =>
      r.table === 254 && r.type === 'unicast' && !r.gateway && ipv6Equal(maskPrefix6(gw, r.prefix), r.dst),
  );
  covering.sort((x, y) => y.prefix - x.prefix);
  return covering[0]?.dev.uid;
}

export function route6Modify(ctx: IpCtx, argv: string[], mode: 'add' | 'replace' | 'change'): number {
  const { route: r } = parse(ctx, argv);
  if (r.type === 'unicast') {
    const gw = r.gateway ? Uint8Array.from(r.gateway) : undefined;
    if (gw && r.dev === undefined) {
      if (gw[0] === 0xfe && ((gw[1] ?? 0) & 0xc0) === 0x80)
        return fail('Error: Egress device not specified.\n', 2);
      const dev = gatewayDev(ctx, gw);
      if (dev === undefined) return rtnl('No route to host');
      r.dev = dev;
    }
    if (r.dev === undefined) return rtnl('No such device');
    const dev = ctx.world.links.get(r.dev);
    if (dev && !dev.adminUp) return fail('Error: Nexthop device is not up.\n', 2);
  }
  const list = staticRoutes6(ctx.ns);
  const derived = ipv6Routes(ctx.world, ctx.ns).filter(
    (x) => x.table === 254 && x.proto !== 'boot' && x.prefix === r.prefix && x.metric === r.metric,
  );
  const clash =
    list.findIndex((x) => sameKey(x, r)) >= 0 || derived.some((x) => x.dst.every((b, i) => b === r.dst[i]));
  const at = list.findIndex((x) => sameKey(x, r));
  if (mode === 'add' && clash) return rtnl('File exists');
  if (mode === 'change' && at < 0) return rtnl('No such file or directory');
  if (at >= 0) list[at] = r;
  else list.push(r);
  return 0;
}

export function route6Delete(ctx: IpCtx, argv: string[]): number {
  const { route: want, metricGiven } = parse(ctx, argv);
  const list = staticRoutes6(ctx.ns);
  // the first match in dump order: the lowest metric
  let at = -1;
  list.forEach((x, i) => {
    const hit =
      x.prefix === want.prefix &&
      x.dst.every((b, i) => b === want.dst[i]) &&
      (!metricGiven || x.metric === want.metric) &&
      (want.gateway === undefined || x.gateway?.every((b, i) => b === want.gateway?.[i])) &&
      (want.dev === undefined || x.dev === want.dev);
    if (hit && (at < 0 || x.metric < (list[at] as StaticRoute6).metric)) at = i;
  });
  if (at < 0) return rtnl('No such process');
  list.splice(at, 1);
  return 0;
}

/** `ip -6 route flush dev DEV`: the user's routes through the device go. */
export function route6Flush(ctx: IpCtx, dev: number | undefined): void {
  const list = staticRoutes6(ctx.ns);
  ctx.ns.ext.routes6 = list.filter((x) => dev !== undefined && x.dev !== dev);
}
