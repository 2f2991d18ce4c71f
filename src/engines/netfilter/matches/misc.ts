/** addrtype, statistic, recent and physdev: the matches kube-proxy and bridges rely on. */
import { broadcastOf, formatIPv4, parseIPv4 } from '../../../model/inet.js';
import type { Netns, World } from '../../../model/types.js';
import { linksOf } from '../../../model/world.js';
import { isLocalAddress } from '../../router/lookup.js';
import { defineMatch, type MatchModule, paramError, strtoui } from '../ext.js';
import type { NetfilterState, RecentEntry } from '../types.js';

const ADDR_TYPES = [
  'UNSPEC',
  'UNICAST',
  'LOCAL',
  'BROADCAST',
  'ANYCAST',
  'MULTICAST',
  'BLACKHOLE',
  'UNREACHABLE',
  'PROHIBIT',
  'THROW',
  'NAT',
  'XRESOLVE',
];

/** inet_addr_type as seen from a namespace's local table. */
export function addrTypeOf(world: World, ns: Netns, addr: number): string {
  if (addr === 0) return 'UNSPEC';
  if (isLocalAddress(world, ns, addr)) return 'LOCAL';
  if (addr === 0xffffffff) return 'BROADCAST';
  if (addr >>> 28 === 14) return 'MULTICAST';
  for (const l of linksOf(world, ns))
    for (const a of l.addrs4) if (a.prefix < 31 && broadcastOf(a.addr, a.prefix) === addr) return 'BROADCAST';
  return 'UNICAST';
}

export interface AddrtypeMatch {
  src: number;
  srcInv: boolean;
  dst: number;
  dstInv: boolean;
  limitIn: boolean;
  limitOut: boolean;
}

function parseTypes(s: string): number {
  let v = 0;
  for (const w of s.split(',')) {
    const i = ADDR_TYPES.indexOf(w.toUpperCase());
    if (i < 0) paramError(`addrtype: bad type "${w}"`);
    v |= 1 << i;
  }
  return v;
}

function typeNames(v: number): string {
  return ADDR_TYPES.filter((_, i) => v & (1 << i)).join(',');
}

export const ADDRTYPE_MATCH: MatchModule<AddrtypeMatch> = defineMatch<AddrtypeMatch>({
  name: 'addrtype',
  opts: [
    { name: 'src-type', arg: true, inv: true },
    { name: 'dst-type', arg: true, inv: true },
    { name: 'limit-iface-in', arg: false },
    { name: 'limit-iface-out', arg: false },
  ],
  init: () => ({ src: 0, srcInv: false, dst: 0, dstInv: false, limitIn: false, limitOut: false }),
  parse(d, opt, arg, inv) {
    if (opt === 'src-type') {
      d.src = parseTypes(arg);
      d.srcInv = inv;
    } else if (opt === 'dst-type') {
      d.dst = parseTypes(arg);
      d.dstInv = inv;
    } else if (opt === 'limit-iface-in') d.limitIn = true;
    else d.limitOut = true;
  },
  final(d) {
    if (!d.src && !d.dst) paramError('addrtype: you must specify --src-type or --dst-type');
    if (d.limitIn && d.limitOut)
      paramError("addrtype: you can't specify both --limit-iface-in and --limit-iface-out");
  },
  print(d) {
    let s = ' ADDRTYPE match';
    if (d.src) s += ` src-type ${d.srcInv ? '!' : ''}${typeNames(d.src)}`;
    if (d.dst) s += ` dst-type ${d.dstInv ? '!' : ''}${typeNames(d.dst)}`;
    if (d.limitIn) s += ' limit-in';
    if (d.limitOut) s += ' limit-out';
    return s;
  },
  save(d) {
    let s = '';
    if (d.src) s += `${d.srcInv ? ' !' : ''} --src-type ${typeNames(d.src)}`;
    if (d.dst) s += `${d.dstInv ? ' !' : ''} --dst-type ${typeNames(d.dst)}`;
    if (d.limitIn) s += ' --limit-iface-in';
    if (d.limitOut) s += ' --limit-iface-out';
    return s;
  },
  match(d, p) {
    const test = (mask: number, inv: boolean, addr: number) => {
      const bit = 1 << ADDR_TYPES.indexOf(addrTypeOf(p.world, p.ns, addr));
      return ((mask & bit) !== 0) !== inv;
    };
    if (d.src && !test(d.src, d.srcInv, p.packet.src)) return false;
    if (d.dst && !test(d.dst, d.dstInv, p.packet.dst)) return false;
    return true;
  },
});

export interface StatisticMatch {
  mode?: 'random' | 'nth';
  /** Probability as the kernel stores it: a 31-bit fraction. */
  prob?: number;
  every?: number;
  packet?: number;
  inv: boolean;
}

export const STATISTIC_MATCH: MatchModule<StatisticMatch> = defineMatch<StatisticMatch>({
  name: 'statistic',
  opts: [
    { name: 'mode', arg: true },
    { name: 'probability', arg: true, inv: true },
    { name: 'every', arg: true, inv: true },
    { name: 'packet', arg: true },
  ],
  init: () => ({ inv: false }),
  parse(d, opt, arg, inv) {
    if (inv) d.inv = true;
    switch (opt) {
      case 'mode':
        if (arg !== 'random' && arg !== 'nth') paramError(`statistic: Bad mode "${arg}"`);
        d.mode = arg;
        return;
      case 'probability': {
        const v = Number(arg);
        if (arg.trim() === '' || Number.isNaN(v) || v < 0 || v > 1)
          paramError('statistic: bad value for option "--probability", or out of range (0-1).\n');
        d.prob = Math.round(v * 0x80000000);
        return;
      }
      case 'every': {
        const v = strtoui(arg, 1, 0xffffffff);
        if (v === null)
          paramError('statistic: bad value for option "--every", or out of range (1-4294967295).\n');
        d.every = v;
        return;
      }
      default: {
        const v = strtoui(arg, 0, 0xffffffff);
        if (v === null)
          paramError('statistic: bad value for option "--packet", or out of range (0-4294967295).\n');
        d.packet = v;
      }
    }
  },
  final(d) {
    if (d.mode !== 'nth' && d.prob === undefined)
      paramError('--probability must be specified when using random mode');
    d.mode ??= 'random';
    if (d.mode === 'nth' && d.every === undefined)
      paramError('--every and --packet must be specified when using nth mode');
    if (d.packet !== undefined && d.every !== undefined && d.packet > d.every - 1)
      paramError('the --packet p must be 0 <= p <= n-1');
  },
  print(d) {
    if (d.mode === 'random')
      return ` statistic mode random${d.inv ? ' !' : ''} probability ${((d.prob ?? 0) / 0x80000000).toFixed(11)}`;
    return ` statistic mode nth${d.inv ? ' !' : ''} every ${d.every}${d.packet ? ` packet ${d.packet}` : ''}`;
  },
  save(d) {
    if (d.mode === 'random')
      return ` --mode random${d.inv ? ' !' : ''} --probability ${((d.prob ?? 0) / 0x80000000).toFixed(11)}`;
    return ` --mode nth${d.inv ? ' !' : ''} --every ${d.every} --packet ${d.packet ?? 0}`;
  },
  match(d, p) {
    if (d.mode === 'random') return (p.world.rng.nextU32() & 0x7fffffff) < (d.prob ?? 0) !== d.inv;
    const state = (p.ns.netfilter as NetfilterState).nth;
    const count = state.get(d) ?? 0;
    const next = count === (d.every ?? 1) - 1 ? 0 : count + 1;
    state.set(d, next);
    return (next === (d.packet ?? 0)) !== d.inv;
  },
});

export interface RecentMatch {
  cmd?: 'SET' | 'CHECK' | 'UPDATE' | 'REMOVE';
  seconds: number;
  hitcount: number;
  reap: boolean;
  rttl: boolean;
  name: string;
  mask: number;
  side: 'source' | 'dest';
  inv: boolean;
}

const RECENT_SAVE: Record<string, string> = {
  SET: 'set',
  CHECK: 'rcheck',
  UPDATE: 'update',
  REMOVE: 'remove',
};

export const RECENT_MATCH: MatchModule<RecentMatch> = defineMatch<RecentMatch>({
  name: 'recent',
  opts: [
    { name: 'set', arg: false, inv: true },
    { name: 'rcheck', arg: false, inv: true },
    { name: 'update', arg: false, inv: true },
    { name: 'remove', arg: false, inv: true },
    { name: 'seconds', arg: true },
    { name: 'reap', arg: false },
    { name: 'hitcount', arg: true },
    { name: 'rttl', arg: false },
    { name: 'name', arg: true },
    { name: 'rsource', arg: false },
    { name: 'rdest', arg: false },
    { name: 'mask', arg: true },
  ],
  init: () => ({
    seconds: 0,
    hitcount: 0,
    reap: false,
    rttl: false,
    name: 'DEFAULT',
    mask: 0xffffffff,
    side: 'source',
    inv: false,
  }),
  parse(d, opt, arg, inv) {
    const cmd = { set: 'SET', rcheck: 'CHECK', update: 'UPDATE', remove: 'REMOVE' }[
      opt
    ] as RecentMatch['cmd'];
    if (cmd) {
      if (d.cmd) paramError("recent: only one of `--set', `--rcheck' `--update' or `--remove' may be set");
      d.cmd = cmd;
      d.inv = inv;
      return;
    }
    if (opt === 'seconds' || opt === 'hitcount') {
      const v = strtoui(arg, 0, 0xffffffff);
      if (v === null)
        paramError(`recent: bad value for option "--${opt}", or out of range (0-4294967295).\n`);
      if (opt === 'seconds') d.seconds = v;
      else d.hitcount = v;
    } else if (opt === 'reap') d.reap = true;
    else if (opt === 'rttl') d.rttl = true;
    else if (opt === 'name') d.name = arg;
    else if (opt === 'rsource') d.side = 'source';
    else if (opt === 'rdest') d.side = 'dest';
    else {
      const m = parseIPv4(arg);
      if (m === null) paramError(`recent: bad value for option "--mask".\n`);
      d.mask = m;
    }
  },
  final(d) {
    if (!d.cmd) paramError("recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'");
    if (d.reap && !d.seconds) paramError('recent: --reap is only valid with --seconds');
  },
  print(d) {
    let s = `${d.inv ? ' !' : ''} recent: ${d.cmd}`;
    if (d.seconds) s += ` seconds: ${d.seconds}`;
    if (d.reap) s += ' reap';
    if (d.hitcount) s += ` hit_count: ${d.hitcount}`;
    if (d.rttl) s += ' TTL-Match';
    return `${s} name: ${d.name} side: ${d.side} mask: ${formatIPv4(d.mask)}`;
  },
  save(d) {
    let s = `${d.inv ? ' !' : ''} --${RECENT_SAVE[d.cmd ?? 'SET']}`;
    if (d.seconds) s += ` --seconds ${d.seconds}`;
    if (d.reap) s += ' --reap';
    if (d.hitcount) s += ` --hitcount ${d.hitcount}`;
    if (d.rttl) s += ' --rttl';
    return `${s} --name ${d.name} --mask ${formatIPv4(d.mask)} --${d.side === 'source' ? 'rsource' : 'rdest'}`;
  },
  match(d, p) {
    const lists = (p.ns.netfilter as NetfilterState).recent;
    let list = lists.get(d.name);
    if (!list) {
      list = new Map<number, RecentEntry>();
      lists.set(d.name, list);
    }
    const addr = ((d.side === 'source' ? p.packet.src : p.packet.dst) & d.mask) >>> 0;
    const now = p.world.clock.now;
    if (d.cmd === 'SET') {
      const e = list.get(addr) ?? { addr, hits: [], ttl: p.packet.ttl };
      e.hits.push(now);
      list.set(addr, e);
      return !d.inv;
    }
    const e = list.get(addr);
    if (!e) return d.inv;
    if (d.cmd === 'REMOVE') {
      list.delete(addr);
      return !d.inv;
    }
    const since = d.seconds ? now - d.seconds * 1000 : Number.NEGATIVE_INFINITY;
    const recent = e.hits.filter((t) => t >= since).length;
    let hit = d.seconds ? recent > 0 : true;
    if (d.hitcount) hit = recent >= d.hitcount;
    if (d.reap) e.hits = e.hits.filter((t) => t >= since);
    if (hit && d.cmd === 'UPDATE') e.hits.push(now);
    return hit !== d.inv;
  },
});
