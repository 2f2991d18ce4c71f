/**
 * Candidate rules of a long chain for one packet, so kube-proxy-shaped
 * chains (thousands of `-d VIP/32 -p tcp --dport N` jumps) are not scanned
 * rule by rule. Rules are bucketed by exact destination address, else by
 * protocol and single destination port; the rest are always candidates.
 * The merged list keeps rule order, so first-match semantics and counters
 * are those of a linear scan.
 */
import type { Packet } from '../dataplane/packet.js';
import { findMatch } from './ext.js';
import type { Chain, Rule } from './types.js';

interface ChainIndex {
  version: number;
  length: number;
  byDst: Map<number, number[]>;
  byPort: Map<string, number[]>;
  rest: number[];
}

/** Chains shorter than this are scanned linearly. */
export const INDEX_MIN_RULES = 16;
let minRules = INDEX_MIN_RULES;

/** Change the threshold (the benchmark compares with plain linear scans). */
export function setIndexMinRules(n: number): void {
  minRules = n;
}

const cache = new WeakMap<Chain, ChainIndex>();
const EMPTY: number[] = [];
const PROTO_NUM: Record<string, number> = { icmp: 1, tcp: 6, udp: 17 };

function portKey(rule: Rule): string | null {
  if (rule.protoInv || (rule.proto !== 6 && rule.proto !== 17)) return null;
  for (const m of rule.matches) {
    const port = findMatch(m.mod)?.dport?.(m.data);
    if (port !== undefined) return `${rule.proto}:${port}`;
  }
  return null;
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function build(chain: Chain): ChainIndex {
  const idx: ChainIndex = {
    version: chain.version,
    length: chain.rules.length,
    byDst: new Map(),
    byPort: new Map(),
    rest: [],
  };
  chain.rules.forEach((r, i) => {
    if (r.dst && !r.dst.inv && r.dst.mask === 0xffffffff) push(idx.byDst, r.dst.addr, i);
    else {
      const k = portKey(r);
      if (k) push(idx.byPort, k, i);
      else idx.rest.push(i);
    }
  });
  cache.set(chain, idx);
  return idx;
}

function merge(a: number[], b: number[], c: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  for (;;) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    const z = c[k] ?? Number.POSITIVE_INFINITY;
    const m = Math.min(x, y, z);
    if (m === Number.POSITIVE_INFINITY) return out;
    out.push(m);
    if (x === m) i++;
    if (y === m) j++;
    if (z === m) k++;
  }
}

/** Rule positions to try, in order, or null to scan every rule. */
export function candidateRules(chain: Chain, packet: Packet): number[] | null {
  if (chain.rules.length < minRules) return null;
  let idx = cache.get(chain);
  if (!idx || idx.version !== chain.version || idx.length !== chain.rules.length) idx = build(chain);
  const byDst = idx.byDst.get(packet.dst) ?? EMPTY;
  const byPort =
    packet.dport !== undefined
      ? (idx.byPort.get(`${PROTO_NUM[packet.proto]}:${packet.dport}`) ?? EMPTY)
      : EMPTY;
  return merge(byDst, byPort, idx.rest);
}
