/**
 * IP sets (the kernel's ip_set): named sets per network namespace that
 * iptables' `set` match looks packets up in. Entries are kept as ipset
 * prints them (`10.96.0.1,tcp:443`, `30080`, `10.244.1.2,tcp:80,10.244.1.2`);
 * a lookup builds the same text from the packet for the directions the
 * rule names (src/dst per dimension). Sizes follow what ipset 7.17 reports
 * on a 6.x kernel for small sets (captured).
 */
import { formatIPv4, parseCidr4 } from '../../model/inet.js';
import type { Netns } from '../../model/types.js';
import type { Packet } from '../dataplane/packet.js';

export type SetType =
  | 'hash:ip'
  | 'hash:net'
  | 'hash:ip,port'
  | 'hash:ip,port,ip'
  | 'hash:ip,port,net'
  | 'bitmap:port';

export interface IpSet {
  name: string;
  type: SetType;
  /** Entries in insertion order, as ipset prints them. */
  entries: Set<string>;
  initval: number;
  /** Hash types: `family inet6` (default inet). */
  family?: 'inet' | 'inet6';
  hashsize?: number;
  maxelem?: number;
  /** bitmap:port's range. */
  range?: [number, number];
  /** Default timeout (the set was created with timeout support). */
  timeout?: number;
  counters?: boolean;
  comment?: boolean;
  /** What an entry prints after its element (` nomatch`, ` comment "x"`). */
  extras?: Map<string, string>;
  /** Index in the kernel's set array (a destroyed set's slot is reused); lists go by it. */
  slot?: number;
}

export interface IpSetState {
  sets: Map<string, IpSet>;
}

/** Kernel revision and memory model of each set type (captured with ipset 7.17). */
export const SET_TYPES: Record<SetType, { revision: number; base: number; per: number }> = {
  'hash:ip': { revision: 6, base: 216, per: 40 },
  'hash:net': { revision: 7, base: 456, per: 48 },
  'hash:ip,port': { revision: 7, base: 216, per: 48 },
  'hash:ip,port,ip': { revision: 6, base: 208, per: 56 },
  'hash:ip,port,net': { revision: 8, base: 464, per: 56 },
  'bitmap:port': { revision: 3, base: 8264, per: 0 },
};

export function ipsetsOf(ns: Netns): IpSetState {
  let st = ns.ext.ipset as IpSetState | undefined;
  if (!st) {
    st = { sets: new Map() };
    ns.ext.ipset = st;
  }
  return st;
}

export function findSet(ns: Netns, name: string): IpSet | undefined {
  return (ns.ext.ipset as IpSetState | undefined)?.sets.get(name);
}

/** Create a set if missing (kube-proxy's `ipset create -exist`). */
export function ensureSet(ns: Netns, name: string, type: SetType, initval: number): IpSet {
  const st = ipsetsOf(ns);
  let s = st.sets.get(name);
  if (!s) {
    s = { name, type, entries: new Set(), initval };
    st.sets.set(name, s);
  }
  return s;
}

export function setMemory(s: IpSet): number {
  // bitmap:port: the struct and the bitmap in longs
  if (s.type === 'bitmap:port' && s.range) return 72 + Math.ceil((s.range[1] - s.range[0] + 1) / 64) * 8;
  const t = SET_TYPES[s.type];
  let per = s.family === 'inet6' ? t.per + 32 : t.per;
  // a bucket (32 bytes) with room for two elements; extensions follow the element, 8-aligned
  const ext = (s.timeout !== undefined ? 8 : 0) + (s.counters ? 16 : 0) + (s.comment ? 8 : 0);
  if (ext > 0) per = 32 + 2 * (Math.ceil((per - 32) / 2 / 8) * 8 + ext);
  let comments = 0;
  for (const x of s.extras?.values() ?? []) {
    const m = / comment "(.*)"/.exec(x);
    if (m) comments += 16 + (m[1] as string).length + 1;
  }
  return t.base + per * s.entries.size + comments;
}

/** The sets of a namespace as the kernel's array holds them. */
export function allSets(ns: Netns): IpSet[] {
  const sets = [...((ns.ext.ipset as IpSetState | undefined)?.sets.values() ?? [])];
  return sets
    .map((x, i) => ({ x, k: x.slot ?? i }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.x);
}

function portPart(p: Packet, dir: string): string | null {
  const port = dir === 'src' ? p.sport : p.dport;
  if (p.proto === 'icmp' || port === undefined) return null;
  return `${p.proto}:${port}`;
}

function addrPart(p: Packet, dir: string): string {
  return formatIPv4(dir === 'src' ? p.src : p.dst);
}

/** Whether the packet's fields named by `dirs` (`dst,dst,src`) are in the set. */
export function setContains(s: IpSet, p: Packet, dirs: readonly string[]): boolean {
  const d = (i: number) => dirs[i] ?? dirs[dirs.length - 1] ?? 'dst';
  switch (s.type) {
    case 'hash:ip':
      return s.entries.has(addrPart(p, d(0)));
    case 'hash:net': {
      // entries are CIDRs (Calico's cali40all-ipam-pools): any that contains the address
      // the most specific entry decides: a `nomatch` one excludes the address
      const a = d(0) === 'src' ? p.src : p.dst;
      let best: { prefix: number; e: string } | null = null;
      for (const e of s.entries) {
        const c = parseCidr4(e);
        if (!c || ((a ^ c.addr) & (c.prefix === 0 ? 0 : (0xffffffff << (32 - c.prefix)) >>> 0)) !== 0)
          continue;
        if (!best || c.prefix > best.prefix) best = { prefix: c.prefix, e };
      }
      return !!best && !(s.extras?.get(best.e) ?? '').includes('nomatch');
    }
    case 'bitmap:port': {
      const port = d(0) === 'src' ? p.sport : p.dport;
      return port !== undefined && p.proto !== 'icmp' && s.entries.has(String(port));
    }
    case 'hash:ip,port': {
      const pp = portPart(p, d(1));
      return pp !== null && s.entries.has(`${addrPart(p, d(0))},${pp}`);
    }
    case 'hash:ip,port,ip': {
      const pp = portPart(p, d(1));
      return pp !== null && s.entries.has(`${addrPart(p, d(0))},${pp},${addrPart(p, d(2))}`);
    }
    case 'hash:ip,port,net': {
      const pp = portPart(p, d(1));
      if (pp === null) return false;
      const head = `${addrPart(p, d(0))},${pp},`;
      const third = d(2) === 'src' ? p.src : p.dst;
      for (const e of s.entries) {
        if (!e.startsWith(head)) continue;
        const c = parseCidr4(e.slice(head.length));
        if (c && ((third ^ c.addr) & (c.prefix === 0 ? 0 : (0xffffffff << (32 - c.prefix)) >>> 0)) === 0)
          return true;
      }
      return false;
    }
  }
}
