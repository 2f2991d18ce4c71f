/**
 * Route changes as the kernel validates and applies them (fib_create_info,
 * fib_check_nh, fib_table_insert/delete). Used by `ip route` and net-tools
 * `route`, which build a RouteSpec the way their netlink/ioctl requests do.
 */
import { lookupRoute, matchInTable } from '../engines/router/lookup.js';
import { type KernelError, kerr } from './errno.js';
import { maskOf } from './inet.js';
import { insertRoute, RT_SCOPE, RT_TABLE, RTPROT } from './routes.js';
import type { Netns, Nexthop, Route, RouteType, World } from './types.js';

export interface RouteSpec {
  table: number;
  type: RouteType;
  dst: number;
  prefix: number;
  tos: number;
  metric: number;
  proto: number;
  scope: number;
  prefsrc?: number;
  nexthops: Nexthop[];
  mtu?: number;
}

export type RouteMode = 'add' | 'replace' | 'change' | 'append' | 'prepend';

function addrType(world: World, ns: Netns, addr: number): RouteType | 'unreachable-net' {
  const r = lookupRoute(world, ns, addr, { table: 255 });
  if (r.kind === 'local' || r.kind === 'broadcast') return r.kind;
  if (addr >>> 28 === 14) return 'multicast';
  if (addr === 0xffffffff) return 'broadcast';
  return 'unicast';
}

/** fib_check_nh for one IPv4 nexthop; fills in the device for gateway-only nexthops. */
function checkNexthop(world: World, ns: Netns, spec: RouteSpec, nh: Nexthop): KernelError | Nexthop {
  if (nh.gateway !== undefined) {
    if (nh.onlink) {
      if (nh.dev === undefined) return kerr('EINVAL', 'Nexthop device required for onlink');
      const dev = world.links.get(nh.dev);
      if (!dev) return kerr('ENODEV');
      if (!dev.adminUp) return kerr('ENETDOWN', 'Nexthop device is not up');
      const t = addrType(world, ns, nh.gateway);
      if (t !== 'unicast') return kerr('EINVAL', 'Nexthop has invalid gateway');
      return nh;
    }
    const minScope = Math.max(spec.scope + 1, RT_SCOPE.link);
    const opts = { minScope, ...(nh.dev !== undefined ? { oif: nh.dev } : {}) };
    let r = spec.table !== 254 ? matchInTable(world, ns, spec.table, nh.gateway, opts) : undefined;
    if (!r) {
      const d = lookupRoute(world, ns, nh.gateway, opts);
      r = d.kind === 'none' ? undefined : d.route;
    }
    if (!r) return kerr('ENETUNREACH', 'Nexthop has invalid gateway');
    if (r.type !== 'unicast' && r.type !== 'local') return kerr('EINVAL', 'Nexthop has invalid gateway');
    const devUid = nh.dev ?? (r.type === 'local' ? r.nexthops[0]?.dev : r.nexthops[0]?.dev);
    const dev = devUid === undefined ? undefined : world.links.get(devUid);
    if (!dev) return kerr('ENODEV');
    if (!dev.adminUp) return kerr('ENETDOWN', 'Nexthop device is not up');
    return { ...nh, dev: dev.uid };
  }
  if (nh.dev === undefined) return kerr('ENODEV');
  const dev = world.links.get(nh.dev);
  if (!dev) return kerr('ENODEV');
  if (!dev.adminUp) return kerr('ENETDOWN', 'Device for nexthop is not up');
  return nh;
}

function sameKey(r: Route, s: RouteSpec): boolean {
  return (
    r.table === s.table &&
    r.dst === s.dst &&
    r.prefix === s.prefix &&
    r.tos === s.tos &&
    r.metric === s.metric
  );
}

function sameInfo(r: Route, s: RouteSpec): boolean {
  if (r.type !== s.type || r.nexthops.length !== s.nexthops.length) return false;
  return r.nexthops.every((n, i) => n.gateway === s.nexthops[i]?.gateway && n.dev === s.nexthops[i]?.dev);
}

export function modifyRoute(world: World, ns: Netns, spec: RouteSpec, mode: RouteMode): KernelError | null {
  if (spec.prefix < 32 && (spec.dst & ~maskOf(spec.prefix)) >>> 0 !== 0) {
    return kerr('EINVAL', 'Invalid prefix for given prefix length');
  }
  const needsNexthop =
    spec.type === 'unicast' ||
    spec.type === 'local' ||
    spec.type === 'broadcast' ||
    spec.type === 'multicast' ||
    spec.type === 'anycast';
  const nexthops: Nexthop[] = [];
  if (needsNexthop) {
    if (spec.nexthops.length === 0) return kerr('ENODEV');
    for (const nh of spec.nexthops) {
      const r = checkNexthop(world, ns, spec, nh);
      if ('errno' in r) return r;
      nexthops.push(r);
    }
  }
  if (spec.prefsrc !== undefined && spec.type !== 'local') {
    const t = lookupRoute(world, ns, spec.prefsrc, { table: 255 });
    if (t.kind !== 'local') return kerr('EINVAL', 'Invalid prefsrc address');
  }
  const final: RouteSpec = { ...spec, nexthops };
  const existing = ns.routes.filter((r) => sameKey(r, final));
  const record = (): Omit<Route, 'seq'> => ({
    table: final.table,
    type: final.type,
    dst: final.dst,
    prefix: final.prefix,
    tos: final.tos,
    metric: final.metric,
    proto: final.proto,
    scope: final.scope,
    nexthops: final.nexthops,
    ...(final.prefsrc !== undefined ? { prefsrc: final.prefsrc } : {}),
    ...(final.mtu !== undefined ? { mtu: final.mtu } : {}),
  });
  switch (mode) {
    case 'add':
      if (existing.length) return kerr('EEXIST');
      insertRoute(ns, record());
      return null;
    case 'replace':
    case 'change': {
      const victim = existing[0];
      if (!victim) {
        if (mode === 'change') return kerr('ENOENT');
        insertRoute(ns, record());
        return null;
      }
      Object.assign(victim, record());
      return null;
    }
    case 'append':
    case 'prepend':
      if (existing.some((r) => sameInfo(r, final))) return kerr('EEXIST');
      insertRoute(ns, record(), mode === 'prepend');
      return null;
  }
}

/** A route to add through `addRoute`: what the usual one-nexthop `ip route add` says. */
export interface SimpleRoute {
  /** 0/0 (default) unless given. */
  dst?: number;
  prefix?: number;
  gateway?: number;
  dev: number;
  /** 0 unless given. */
  metric?: number;
  /** boot unless given. */
  proto?: number;
  prefsrc?: number;
}

/** `ip route add DST/PREFIX [via GATEWAY] dev DEV` in the main table, scope universe. */
export function addRoute(world: World, ns: Netns, r: SimpleRoute): KernelError | null {
  return modifyRoute(
    world,
    ns,
    {
      table: RT_TABLE.main,
      type: 'unicast',
      dst: r.dst ?? 0,
      prefix: r.prefix ?? 0,
      tos: 0,
      metric: r.metric ?? 0,
      proto: r.proto ?? RTPROT.boot,
      scope: RT_SCOPE.universe,
      ...(r.prefsrc !== undefined ? { prefsrc: r.prefsrc } : {}),
      nexthops: [{ ...(r.gateway !== undefined ? { gateway: r.gateway } : {}), dev: r.dev, weight: 1 }],
    },
    'add',
  );
}

export interface RouteDelSpec {
  table: number;
  type?: RouteType;
  dst: number;
  prefix: number;
  tos?: number;
  metric?: number;
  proto?: number;
  /** RT_SCOPE_NOWHERE (255) matches any scope. */
  scope: number;
  prefsrc?: number;
  gateway?: number;
  dev?: number;
}

export function routeMatchesDel(r: Route, d: RouteDelSpec): boolean {
  if (r.table !== d.table || r.dst !== d.dst || r.prefix !== d.prefix) return false;
  if (d.tos !== undefined && r.tos !== d.tos) return false;
  if (d.metric !== undefined && r.metric !== d.metric) return false;
  if (d.type !== undefined && r.type !== d.type) return false;
  if (d.scope !== RT_SCOPE.nowhere && r.scope !== d.scope) return false;
  if (d.prefsrc !== undefined && r.prefsrc !== d.prefsrc) return false;
  if (d.proto !== undefined && d.proto !== 0 && r.proto !== d.proto) return false;
  if (d.gateway !== undefined && !r.nexthops.some((n) => n.gateway === d.gateway)) return false;
  if (d.dev !== undefined && !r.nexthops.some((n) => n.dev === d.dev)) return false;
  return true;
}

export function deleteRoute(ns: Netns, d: RouteDelSpec): KernelError | null {
  const i = ns.routes.findIndex((r) => routeMatchesDel(r, d));
  if (i < 0) return kerr('ESRCH');
  ns.routes.splice(i, 1);
  return null;
}
