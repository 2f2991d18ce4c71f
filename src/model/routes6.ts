/** IPv6 routes the kernel derives from IPv6 addresses (connected prefixes, local and multicast routes). */

import type { IPv6 } from './inet.js';
import { carrierOf } from './link-state.js';
import type { Link, Netns, World } from './types.js';
import { linksOf } from './world.js';

export interface Route6 {
  table: number;
  type: 'unicast' | 'local' | 'multicast' | 'blackhole' | 'unreachable' | 'prohibit';
  dst: IPv6;
  prefix: number;
  dev: Link;
  metric: number;
  linkdown: boolean;
  /** Routes an address made are proto kernel; `ip -6 route add` ones proto boot. */
  proto?: 'kernel' | 'boot';
  gateway?: IPv6;
}

/** A route `ip -6 route add` made (plain data: worlds are cloned). */
export interface StaticRoute6 {
  type: 'unicast' | 'blackhole' | 'unreachable' | 'prohibit';
  dst: number[];
  prefix: number;
  gateway?: number[];
  /** Device uid; typed routes without one hang off lo. */
  dev?: number;
  metric: number;
}

export function staticRoutes6(ns: Netns): StaticRoute6[] {
  let list = ns.ext.routes6 as StaticRoute6[] | undefined;
  if (!list) {
    list = [];
    ns.ext.routes6 = list;
  }
  return list;
}

export function maskPrefix6(a: IPv6, prefix: number): IPv6 {
  return maskV6(a, prefix);
}

function maskV6(a: IPv6, prefix: number): IPv6 {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    out[i] = (a[i] as number) & ((0xff << (8 - bits)) & 0xff);
  }
  return out;
}

function cmp(a: IPv6, b: IPv6): number {
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

const MCAST = new Uint8Array([0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

export function ipv6Routes(world: World, ns: Netns): Route6[] {
  const main: Route6[] = [];
  const local: Route6[] = [];
  const mcast: Route6[] = [];
  for (const l of linksOf(world, ns)) {
    if (!l.adminUp || l.addrs6.length === 0) continue;
    const linkdown = !carrierOf(world, l);
    for (const a of l.addrs6) {
      local.push({ table: 255, type: 'local', dst: a.addr, prefix: 128, dev: l, metric: 0, linkdown: false });
      if (l.kind !== 'loopback' && a.prefix < 128) {
        const net = maskV6(a.addr, a.prefix);
        if (!main.some((r) => r.dev === l && r.prefix === a.prefix && cmp(r.dst, net) === 0)) {
          main.push({
            table: 254,
            type: 'unicast',
            dst: net,
            prefix: a.prefix,
            dev: l,
            metric: 256,
            linkdown,
          });
        }
      }
    }
    if (l.kind !== 'loopback')
      mcast.push({ table: 255, type: 'multicast', dst: MCAST, prefix: 8, dev: l, metric: 256, linkdown });
  }
  const lo = linksOf(world, ns).find((l) => l.kind === 'loopback');
  for (const r of (ns.ext.routes6 as StaticRoute6[] | undefined) ?? []) {
    const dev = r.dev !== undefined ? world.links.get(r.dev) : lo;
    if (!dev || dev.netns !== ns.uid) continue;
    main.push({
      table: 254,
      type: r.type,
      dst: Uint8Array.from(r.dst),
      prefix: r.prefix,
      dev,
      metric: r.metric,
      linkdown: r.type === 'unicast' && !carrierOf(world, dev),
      proto: 'boot',
      ...(r.gateway ? { gateway: Uint8Array.from(r.gateway) } : {}),
    });
  }
  // fib6 dump order: the default route last, more specific prefixes and lower metrics first
  const byAddr = (a: Route6, b: Route6) =>
    Number(a.prefix === 0) - Number(b.prefix === 0) ||
    cmp(a.dst, b.dst) ||
    b.prefix - a.prefix ||
    a.metric - b.metric;
  main.sort(byAddr);
  local.sort(byAddr);
  return [...main, ...local, ...mcast];
}
