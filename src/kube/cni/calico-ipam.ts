/**
 * Calico IPAM (calico-ipam, libcalico-go lib/ipam): one IP pool split into
 * blocks (/26 by default) that are affine to a node. A node claims a block
 * the first time it needs an address (calico-node's tunnel address claims
 * the first one); an address is the first entry of the block's unallocated
 * list, and a released address goes to the end of that list, so a fresh
 * block hands out .0, .1, .2 … and a freed address is not reused at once.
 *
 * Blocks are claimed in pool order here. Real Calico starts each host's
 * search at a block chosen by math/rand seeded with the FNV-32 hash of the
 * host name (randomBlockGenerator), so real block addresses look scattered
 * (192.168.194.0/26 …); that generator is not reproduced.
 */
import { formatIPv4, parseCidr4 } from '../../model/inet.js';
import type { World } from '../../model/types.js';

export interface CalicoPool {
  cidr: string;
  base: number;
  prefix: number;
  blockSize: number;
  natOutgoing: boolean;
  ipipMode: 'Always' | 'CrossSubnet' | 'Never';
}

export interface CalicoBlock {
  base: number;
  node: string;
  /** Free ordinals, in the order they will be handed out. */
  unallocated: number[];
  /** Ordinal -> handle (`k8s-pod-network.<containerID>`, `ipip-tunnel-addr-<node>`). */
  owners: Map<number, string>;
}

export interface CalicoIpam {
  pool: CalicoPool;
  blocks: CalicoBlock[];
}

const KEY = 'calico.ipam';

export function calicoIpamOf(world: World): CalicoIpam | undefined {
  return world.ext[KEY] as CalicoIpam | undefined;
}

/** The default pool, created by the first calico-node (later changes to the env have no effect, as in Calico). */
export function ensureCalicoPool(world: World, pool: Omit<CalicoPool, 'base' | 'prefix'>): CalicoIpam | null {
  const have = calicoIpamOf(world);
  if (have) return have;
  const c = parseCidr4(pool.cidr);
  if (!c || pool.blockSize < c.prefix || pool.blockSize > 32) return null;
  const ipam: CalicoIpam = {
    pool: { ...pool, cidr: `${formatIPv4(c.addr)}/${c.prefix}`, base: c.addr >>> 0, prefix: c.prefix },
    blocks: [],
  };
  world.ext[KEY] = ipam;
  return ipam;
}

function blockLen(ipam: CalicoIpam): number {
  return 2 ** (32 - ipam.pool.blockSize);
}

/** The next block of the pool nobody has claimed, now affine to `node`. */
function claimBlock(ipam: CalicoIpam, node: string): CalicoBlock | null {
  const size = blockLen(ipam);
  const count = 2 ** (32 - ipam.pool.prefix) / size;
  const taken = new Set(ipam.blocks.map((b) => b.base));
  for (let i = 0; i < count; i++) {
    const base = (ipam.pool.base + i * size) >>> 0;
    if (taken.has(base)) continue;
    const b: CalicoBlock = {
      base,
      node,
      unallocated: Array.from({ length: size }, (_, k) => k),
      owners: new Map(),
    };
    ipam.blocks.push(b);
    return b;
  }
  return null;
}

export function blocksOf(ipam: CalicoIpam, node: string): CalicoBlock[] {
  return ipam.blocks.filter((b) => b.node === node);
}

export function blockCidr(ipam: CalicoIpam, b: CalicoBlock): string {
  return `${formatIPv4(b.base)}/${ipam.pool.blockSize}`;
}

/** An address for `handle` from the node's blocks (claiming a new block when they are full), or an error. */
export function calicoAllocate(ipam: CalicoIpam, node: string, handle: string): number | string {
  const existing = addressOf(ipam, handle);
  if (existing !== undefined) return existing;
  let block = blocksOf(ipam, node).find((b) => b.unallocated.length > 0) ?? null;
  block ??= claimBlock(ipam, node);
  if (!block) return 'failed to request 1 IPv4 addresses. IPAM allocated only 0';
  const ord = block.unallocated.shift() as number;
  block.owners.set(ord, handle);
  return (block.base + ord) >>> 0;
}

export function addressOf(ipam: CalicoIpam, handle: string): number | undefined {
  for (const b of ipam.blocks) for (const [ord, h] of b.owners) if (h === handle) return (b.base + ord) >>> 0;
  return undefined;
}

/** Release every address of `handle` (its ordinals go to the end of the free list). */
export function calicoRelease(ipam: CalicoIpam, handle: string): void {
  for (const b of ipam.blocks)
    for (const [ord, h] of [...b.owners]) {
      if (h !== handle) continue;
      b.owners.delete(ord);
      b.unallocated.push(ord);
    }
}
