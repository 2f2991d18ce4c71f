/** IPv6 routes the kernel derives from IPv6 addresses (connected prefixes, local and multicast routes). */

import type { IPv6 } from './inet.js';
import { carrierOf } from './link-state.js';
import type { Link, Netns, World } from './types.js';
import { linksOf } from './world.js';

export interface Route6 {
  table: number;
  type: 'unicast' | 'local' | 'multicast';
  dst: IPv6;
  prefix: number;
  dev: Link;
  metric: number;
  linkdown: boolean;
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
  const byAddr = (a: Route6, b: Route6) => cmp(a.dst, b.dst) || b.prefix - a.prefix;
  main.sort(byAddr);
  local.sort(byAddr);
  return [...main, ...local, ...mcast];
}
