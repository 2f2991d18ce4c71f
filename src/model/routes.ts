/**
 * IPv4 routing tables of a namespace: kernel-ordered storage, the routes the
 * kernel adds for addresses (fib_add_ifaddr) and removes for them, and the
 * route-table constants shared by the tools.
 */
import { broadcastOf, networkOf } from './inet.js';
import type { Addr4, Link, Netns, Route, RouteType, World } from './types.js';

export const RT_TABLE = { unspec: 0, compat: 252, default: 253, main: 254, local: 255 } as const;
export const RT_SCOPE = { global: 0, universe: 0, site: 200, link: 253, host: 254, nowhere: 255 } as const;
export const RTPROT = { unspec: 0, redirect: 1, kernel: 2, boot: 3, static: 4 } as const;

export const SCOPE_NAMES: Record<number, string> = {
  0: 'global',
  200: 'site',
  253: 'link',
  254: 'host',
  255: 'nowhere',
};

/** /etc/iproute2/rt_protos as iproute2 6.1 ships it. */
export const PROTO_NAMES: Record<number, string> = {
  0: 'unspec',
  1: 'redirect',
  2: 'kernel',
  3: 'boot',
  4: 'static',
  8: 'gated',
  9: 'ra',
  10: 'mrt',
  11: 'zebra',
  12: 'bird',
  13: 'dnrouted',
  14: 'xorp',
  15: 'ntk',
  16: 'dhcp',
  18: 'keepalived',
  42: 'babel',
  99: 'openr',
  186: 'bgp',
  187: 'isis',
  188: 'ospf',
  189: 'rip',
  192: 'eigrp',
};

export const TABLE_NAMES: Record<number, string> = { 253: 'default', 254: 'main', 255: 'local' };

/** Kernel dump order: tables by hash bucket (id mod 256), then key, longest prefix, tos, metric, insertion. */
export function compareRoutes(a: Route, b: Route): number {
  return (
    (a.table & 255) - (b.table & 255) ||
    a.table - b.table ||
    a.dst - b.dst ||
    b.prefix - a.prefix ||
    a.tos - b.tos ||
    a.metric - b.metric ||
    a.seq - b.seq
  );
}

export function sortRoutes(ns: Netns): void {
  ns.routes.sort(compareRoutes);
}

export function insertRoute(ns: Netns, r: Omit<Route, 'seq'>, prepend = false): Route {
  // fib_new_table: a table exists from its first route on, even once emptied
  const tables = (ns.ext.fibTables as number[] | undefined) ?? [];
  if (!tables.includes(r.table)) ns.ext.fibTables = [...tables, r.table];
  const route: Route = { ...r, seq: prepend ? -++ns.routeSeq : ++ns.routeSeq };
  // binary insertion keeps the table sorted without re-sorting it
  let lo = 0;
  let hi = ns.routes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRoutes(ns.routes[mid] as Route, route) <= 0) lo = mid + 1;
    else hi = mid;
  }
  ns.routes.splice(lo, 0, route);
  return route;
}

export function removeRoutes(ns: Netns, pred: (r: Route) => boolean): Route[] {
  const gone = ns.routes.filter(pred);
  if (gone.length) ns.routes = ns.routes.filter((r) => !pred(r));
  return gone;
}

export function routeUsesDev(r: Route, dev: number): boolean {
  return r.nexthops.some((n) => n.dev === dev);
}

function kernelRoute(
  table: number,
  type: RouteType,
  dst: number,
  prefix: number,
  dev: Link,
  src: number,
): Omit<Route, 'seq'> {
  return {
    table,
    type,
    dst,
    prefix,
    tos: 0,
    metric: 0,
    proto: RTPROT.kernel,
    scope: type === 'local' ? RT_SCOPE.host : RT_SCOPE.link,
    prefsrc: src,
    nexthops: [{ dev: dev.uid, weight: 1 }],
  };
}

function hasRoute(ns: Netns, r: Omit<Route, 'seq'>): boolean {
  return ns.routes.some(
    (x) =>
      x.table === r.table &&
      x.type === r.type &&
      x.dst === r.dst &&
      x.prefix === r.prefix &&
      x.metric === r.metric &&
      x.nexthops[0]?.dev === r.nexthops[0]?.dev,
  );
}

/** The primary address an address's kernel routes name as their source. */
export function primaryFor(link: Link, a: Addr4): Addr4 {
  if (!a.secondary) return a;
  return (
    link.addrs4.find(
      (p) =>
        !p.secondary && p.prefix === a.prefix && networkOf(p.addr, p.prefix) === networkOf(a.addr, a.prefix),
    ) ?? a
  );
}

/** fib_add_ifaddr: local route always; prefix and broadcast routes only while the device is up. */
export function addKernelRoutes(ns: Netns, link: Link, a: Addr4): void {
  const prim = primaryFor(link, a);
  const add = (r: Omit<Route, 'seq'>) => {
    if (!hasRoute(ns, r)) insertRoute(ns, r);
  };
  add(kernelRoute(RT_TABLE.local, 'local', a.addr, 32, link, prim.addr));
  if (!link.adminUp) return;
  if (a.broadcast !== undefined && a.broadcast !== 0xffffffff && a.broadcast !== 0) {
    add(kernelRoute(RT_TABLE.local, 'broadcast', a.broadcast, 32, link, prim.addr));
  }
  const net = networkOf(a.addr, a.prefix);
  if (net !== 0 && !a.secondary && (net !== a.addr || a.prefix < 32)) {
    if (!a.noprefixroute) {
      const loop = link.kind === 'loopback';
      add(
        kernelRoute(
          loop ? RT_TABLE.local : RT_TABLE.main,
          loop ? 'local' : 'unicast',
          net,
          a.prefix,
          link,
          prim.addr,
        ),
      );
    }
    if (a.prefix < 31)
      add(kernelRoute(RT_TABLE.local, 'broadcast', broadcastOf(a.addr, a.prefix), 32, link, prim.addr));
  }
}

/** fib_del_ifaddr, simplified to what can be observed: routes no remaining address still justifies go away. */
export function removeKernelRoutes(world: World, ns: Netns, link: Link, a: Addr4): void {
  const remaining: Array<{ link: Link; a: Addr4 }> = [];
  for (const uid of ns.byIndex.values()) {
    const l = world.links.get(uid);
    if (!l) continue;
    for (const x of l.addrs4) if (!(l === link && x === a)) remaining.push({ link: l, a: x });
  }
  const net = networkOf(a.addr, a.prefix);
  const brd = broadcastOf(a.addr, a.prefix);
  const stillLocal = remaining.some((r) => r.a.addr === a.addr);
  const sameNet = remaining.filter(
    (r) =>
      r.link === link && r.a.prefix === a.prefix && networkOf(r.a.addr, r.a.prefix) === net && !r.a.secondary,
  );
  removeRoutes(ns, (r) => {
    if (r.proto !== RTPROT.kernel || !routeUsesDev(r, link.uid)) return false;
    if (r.type === 'local' && r.dst === a.addr && r.prefix === 32) return !stillLocal;
    if (r.type === 'broadcast' && r.prefix === 32 && (r.dst === brd || r.dst === a.broadcast))
      return sameNet.length === 0;
    if (r.dst === net && r.prefix === a.prefix && (r.type === 'unicast' || r.type === 'local'))
      return sameNet.length === 0;
    return false;
  });
  // routes that named the address as their preferred source die with it (fib_sync_down_addr)
  if (!stillLocal) removeRoutes(ns, (r) => r.prefsrc === a.addr);
}

/** Whether the IPv4 FIB table exists in `ns` (main and local always do). */
export function fibTableExists(ns: Netns, table: number): boolean {
  if (table === RT_TABLE.main || table === RT_TABLE.local) return true;
  if (((ns.ext.fibTables as number[] | undefined) ?? []).includes(table)) return true;
  return ns.routes.some((r) => r.table === table);
}
