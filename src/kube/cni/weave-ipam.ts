/**
 * Weave Net's IPAM: one ring over IPALLOC_RANGE shared by all peers. The
 * first peer owns it all (as two halves); each peer that joins later is
 * donated the upper half of the range with the most free addresses — so with the default
 * 10.32.0.0/12 the second node's pods start at 10.44.0.x and a third's at
 * 10.36.0.x. A peer hands out the lowest free address of its ranges; its
 * `weave` bridge takes the first one.
 */
import { parseCidr4 } from '../../model/inet.js';
import type { World } from '../../model/types.js';
import type { IpamResult } from './host-local.js';

export interface WeaveRange {
  start: number;
  end: number;
  node: string;
}

export interface WeaveRing {
  base: number;
  prefix: number;
  ranges: WeaveRange[];
  /** Address -> owner (container id, or `weave:expose` for a bridge). */
  used: Map<number, string>;
  /** Node -> its weave bridge address. */
  bridgeIp: Map<string, number>;
}

const KEY = 'weave.ring';

export function weaveRingOf(world: World): WeaveRing | undefined {
  return world.ext[KEY] as WeaveRing | undefined;
}

/** The ring for this range (a different range starts a new ring, as a fresh weave DB would). */
export function ensureWeaveRing(world: World, range: string): WeaveRing | null {
  const c = parseCidr4(range);
  if (!c) return null;
  const r = weaveRingOf(world);
  if (r && r.base === c.addr && r.prefix === c.prefix) return r;
  const ring: WeaveRing = {
    base: c.addr,
    prefix: c.prefix,
    ranges: [],
    used: new Map(),
    bridgeIp: new Map(),
  };
  world.ext[KEY] = ring;
  return ring;
}

/** A peer joins the ring: the first gets everything, later ones the upper half of the largest range. */
export function weaveJoin(ring: WeaveRing, node: string): void {
  if (ring.ranges.some((r) => r.node === node)) return;
  const size = 2 ** (32 - ring.prefix);
  if (ring.ranges.length === 0) {
    const half = ring.base + size / 2;
    ring.ranges.push({ start: ring.base, end: half, node }, { start: half, end: ring.base + size, node });
    return;
  }
  const free = (r: WeaveRange) =>
    r.end - r.start - [...ring.used.keys()].filter((a) => a >= r.start && a < r.end).length;
  const largest = ring.ranges.reduce((a, b) => (free(b) > free(a) ? b : a));
  const mid = largest.start + (largest.end - largest.start) / 2;
  ring.ranges.push({ start: mid, end: largest.end, node });
  largest.end = mid;
  ring.ranges.sort((a, b) => a.start - b.start);
}

/** The lowest free address of the node's ranges (never the network or broadcast address of the whole range). */
export function weaveAllocate(ring: WeaveRing, node: string, owner: string): IpamResult | string {
  const last = ring.base + 2 ** (32 - ring.prefix) - 1;
  for (const r of ring.ranges) {
    if (r.node !== node) continue;
    for (let a = r.start; a < r.end; a++) {
      if (a === ring.base || a === last || ring.used.has(a)) continue;
      ring.used.set(a, owner);
      return { ip: a >>> 0, prefix: ring.prefix, gateway: ring.bridgeIp.get(node) ?? 0 };
    }
  }
  return 'unable to allocate IP address: range exhausted';
}

export function weaveRelease(ring: WeaveRing, owner: string): void {
  for (const [a, o] of ring.used) if (o === owner) ring.used.delete(a);
}
