/**
 * glibc's destination address sorting in getaddrinfo (rfc3484_sort of
 * sysdeps/posix/getaddrinfo.c, glibc 2.36, no /etc/gai.conf): each
 * destination gets the source address a connected UDP socket would have
 * (none when there is no route: unusable, sorted last), then rules 1, 2,
 * 5, 6, 8, 9 with RFC 3484's default label and precedence tables (IPv4 as
 * v4-mapped: precedence 10, below every IPv6 address but 2002::/16 and
 * ::/96), IPv4 scopes 2 for 127/8 and 169.254/16 and 14 otherwise, the
 * IPv4 longest match counted only inside the source address's subnet, and
 * the order the name services gave as the last rule.
 */
import { type IPv6, inSubnet, ipv6Equal, parseIPv6 } from '../../model/inet.js';
import { ipv6Routes } from '../../model/routes6.js';
import type { Netns, World } from '../../model/types.js';
import { linksOf } from '../../model/world.js';
import { lookupRoute } from '../router/lookup.js';
import type { AddrInfo } from './getaddrinfo.js';

interface Source {
  family: 4 | 6;
  v4?: number;
  v6?: IPv6;
  /** Prefix length of the source address on its device (0 when unknown). */
  prefixlen: number;
}

interface Entry {
  dst: AddrInfo;
  src: Source | null;
  index: number;
}

/** A v4-mapped (or the address itself) as 16 bytes, as match_prefix builds it. */
function as16(a: AddrInfo | Source): IPv6 {
  if (a.family === 6) return a.v6 as IPv6;
  const v = a.v4 as number;
  return new Uint8Array([
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0xff,
    0xff,
    v >>> 24,
    (v >>> 16) & 255,
    (v >>> 8) & 255,
    v & 255,
  ]);
}

function prefixMatch(a: IPv6, p: IPv6, bits: number): boolean {
  for (let i = 0; i < 16 && bits > 0; i++, bits -= 8) {
    const m = bits >= 8 ? 0xff : (0xff00 >> bits) & 0xff;
    if (((a[i] as number) & m) !== ((p[i] as number) & m)) return false;
  }
  return true;
}

const V6 = (s: string) => parseIPv6(s) as IPv6;
const LABELS: ReadonlyArray<[IPv6, number, number]> = [
  [V6('::1'), 128, 0],
  [V6('2002::'), 16, 2],
  [V6('::'), 96, 3],
  [V6('::ffff:0:0'), 96, 4],
  [V6('fec0::'), 10, 5],
  [V6('fc00::'), 7, 6],
  [V6('2001::'), 32, 7],
  [V6('::'), 0, 1],
];
const PRECEDENCE: ReadonlyArray<[IPv6, number, number]> = [
  [V6('::1'), 128, 50],
  [V6('2002::'), 16, 30],
  [V6('::'), 96, 20],
  [V6('::ffff:0:0'), 96, 10],
  [V6('::'), 0, 40],
];

function lookupTable(a: AddrInfo | Source, table: ReadonlyArray<[IPv6, number, number]>): number {
  const b = as16(a);
  for (const [p, bits, val] of table) if (prefixMatch(b, p, bits)) return val;
  return 0;
}

function scopeOf(a: AddrInfo | Source): number {
  if (a.family === 4) {
    const v = a.v4 as number;
    if (v >>> 16 === 0xa9fe || v >>> 24 === 127) return 2;
    return 14;
  }
  const b = a.v6 as IPv6;
  if (b[0] === 0xff) return (b[1] as number) & 0xf;
  if ((b[0] === 0xfe && ((b[1] as number) & 0xc0) === 0x80) || ipv6Equal(b, V6('::1'))) return 2;
  if (b[0] === 0xfe && ((b[1] as number) & 0xc0) === 0xc0) return 5;
  return 14;
}

/** Leading bits two words have in common (glibc's fls: 32 when equal). */
function commonBits(x: number): number {
  return x === 0 ? 32 : Math.clz32(x);
}

function word(a: IPv6, i: number): number {
  return (
    (((a[i * 4] as number) << 24) |
      ((a[i * 4 + 1] as number) << 16) |
      ((a[i * 4 + 2] as number) << 8) |
      (a[i * 4 + 3] as number)) >>>
    0
  );
}

function commonPrefix6(a: IPv6, b: IPv6): number {
  let n = 0;
  for (let i = 0; i < 16; i++) {
    const x = (a[i] as number) ^ (b[i] as number);
    if (x === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(x) - 24;
  }
  return n;
}

/** getsockname() after connect() on a UDP socket: the source the kernel picks, or null (no route). */
function sourceFor(world: World, ns: Netns, a: AddrInfo): Source | null {
  if (a.family === 4) {
    const d = lookupRoute(world, ns, a.v4 as number);
    if (d.kind !== 'unicast' && d.kind !== 'local' && d.kind !== 'broadcast') return null;
    let src = d.src;
    if (src === undefined) return null;
    // glibc looks 127/8 sources up as 127.0.0.1 (lo's own address)
    if (src >>> 24 === 127) src = 0x7f000001;
    let prefixlen = 0;
    for (const l of linksOf(world, ns)) {
      const hit = l.addrs4.find((x) => x.addr === src);
      if (hit) {
        prefixlen = hit.prefix;
        break;
      }
    }
    return { family: 4, v4: d.src as number, prefixlen };
  }
  const dst = a.v6 as IPv6;
  const links = linksOf(world, ns).filter((l) => l.adminUp);
  // one of our own addresses
  for (const l of links)
    for (const x of l.addrs6)
      if (ipv6Equal(x.addr, dst)) return { family: 6, v6: x.addr, prefixlen: x.prefix };
  const routes = ipv6Routes(world, ns).filter(
    (r) => r.type === 'unicast' && r.table === 254 && prefixMatch(dst, r.dst, r.prefix),
  );
  routes.sort((x, y) => y.prefix - x.prefix || x.metric - y.metric);
  const route = routes[0];
  if (!route) return null;
  // source selection: on the route's device, same scope first, then the longest common prefix
  const want = scopeOf(a);
  const cands = route.dev.addrs6.filter((x) => !x.tentative);
  cands.sort(
    (x, y) =>
      Number(scopeOf({ family: 6, v6: y.addr }) === want) -
        Number(scopeOf({ family: 6, v6: x.addr }) === want) ||
      commonPrefix6(y.addr, dst) - commonPrefix6(x.addr, dst),
  );
  const pick = cands[0];
  return pick ? { family: 6, v6: pick.addr, prefixlen: pick.prefix } : null;
}

function compare(a1: Entry, a2: Entry): number {
  const s1 = a1.src;
  const s2 = a2.src;
  // Rule 1: avoid unusable destinations
  if (s1 && !s2) return -1;
  if (!s1 && s2) return 1;
  const d1Scope = scopeOf(a1.dst);
  const d2Scope = scopeOf(a2.dst);
  if (s1 && s2) {
    // Rule 2: prefer matching scope
    const m1 = d1Scope === scopeOf(s1);
    const m2 = d2Scope === scopeOf(s2);
    if (m1 && !m2) return -1;
    if (!m1 && m2) return 1;
    // Rule 5: prefer matching label
    const l1 = lookupTable(a1.dst, LABELS) === lookupTable(s1, LABELS);
    const l2 = lookupTable(a2.dst, LABELS) === lookupTable(s2, LABELS);
    if (l1 && !l2) return -1;
    if (!l1 && l2) return 1;
  }
  // Rule 6: prefer higher precedence
  const p1 = lookupTable(a1.dst, PRECEDENCE);
  const p2 = lookupTable(a2.dst, PRECEDENCE);
  if (p1 !== p2) return p1 > p2 ? -1 : 1;
  // Rule 8: prefer smaller scope
  if (d1Scope !== d2Scope) return d1Scope < d2Scope ? -1 : 1;
  // Rule 9: longest matching prefix
  if (s1 && s2 && a1.dst.family === a2.dst.family) {
    let bit1 = 0;
    let bit2 = 0;
    if (a1.dst.family === 4) {
      const inNet = (d: number, s: Source) => s.prefixlen > 0 && inSubnet(d, s.v4 as number, s.prefixlen);
      if (inNet(a1.dst.v4 as number, s1))
        bit1 = commonBits(((a1.dst.v4 as number) ^ (s1.v4 as number)) >>> 0);
      if (inNet(a2.dst.v4 as number, s2))
        bit2 = commonBits(((a2.dst.v4 as number) ^ (s2.v4 as number)) >>> 0);
    } else {
      const d1 = a1.dst.v6 as IPv6;
      const d2 = a2.dst.v6 as IPv6;
      const w1 = s1.v6 as IPv6;
      const w2 = s2.v6 as IPv6;
      let i = 0;
      while (i < 4 && word(d1, i) === word(w1, i) && word(d2, i) === word(w2, i)) i++;
      if (i < 4) {
        bit1 = commonBits((word(d1, i) ^ word(w1, i)) >>> 0);
        bit2 = commonBits((word(d2, i) ^ word(w2, i)) >>> 0);
      }
    }
    if (bit1 !== bit2) return bit1 > bit2 ? -1 : 1;
  }
  // Rule 10: the order the services gave
  return a1.index - a2.index;
}

/** Sort getaddrinfo's results as glibc does (more than one result only). */
export function rfc3484Sort(world: World, ns: Netns, addrs: AddrInfo[]): AddrInfo[] {
  if (addrs.length < 2) return addrs;
  const entries: Entry[] = addrs.map((dst, index) => ({ dst, src: sourceFor(world, ns, dst), index }));
  entries.sort(compare);
  return entries.map((e) => e.dst);
}
