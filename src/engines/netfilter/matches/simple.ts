/** physdev, limit, iprange, mac, ttl, length, owner and pkttype matches. */
import { formatIPv4, parseIPv4 } from '../../../model/inet.js';
import { peerOf } from '../../../model/link-state.js';
import { defineMatch, type MatchModule, paramError, strtoui } from '../ext.js';

/** Interface name test with iptables' `+` wildcard. */
export function ifaceMatches(pattern: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  if (pattern.endsWith('+')) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

export interface PhysdevMatch {
  in?: string;
  out?: string;
  isIn: boolean;
  isOut: boolean;
  bridged: boolean;
  inv: Set<string>;
}

export const PHYSDEV_MATCH: MatchModule<PhysdevMatch> = defineMatch<PhysdevMatch>({
  name: 'physdev',
  opts: [
    { name: 'physdev-in', arg: true, inv: true },
    { name: 'physdev-out', arg: true, inv: true },
    { name: 'physdev-is-in', arg: false, inv: true },
    { name: 'physdev-is-out', arg: false, inv: true },
    { name: 'physdev-is-bridged', arg: false, inv: true },
  ],
  init: () => ({ isIn: false, isOut: false, bridged: false, inv: new Set() }),
  parse(d, opt, arg, inv) {
    if (opt === 'physdev-in') d.in = arg;
    else if (opt === 'physdev-out') d.out = arg;
    else if (opt === 'physdev-is-in') d.isIn = true;
    else if (opt === 'physdev-is-out') d.isOut = true;
    else d.bridged = true;
    if (inv) d.inv.add(opt);
  },
  final(d) {
    if (d.in === undefined && d.out === undefined && !d.isIn && !d.isOut && !d.bridged)
      paramError('PHYSDEV: no physdev option specified');
  },
  print(d) {
    return ` PHYSDEV match${PHYSDEV_MATCH.save(d)}`;
  },
  save(d) {
    const i = (o: string) => (d.inv.has(o) ? ' !' : '');
    let s = '';
    if (d.isIn) s += `${i('physdev-is-in')} --physdev-is-in`;
    if (d.in !== undefined) s += `${i('physdev-in')} --physdev-in ${d.in}`;
    if (d.isOut) s += `${i('physdev-is-out')} --physdev-is-out`;
    if (d.out !== undefined) s += `${i('physdev-out')} --physdev-out ${d.out}`;
    if (d.bridged) s += `${i('physdev-is-bridged')} --physdev-is-bridged`;
    return s;
  },
  match(d, p) {
    const test = (opt: string, hit: boolean) => hit !== d.inv.has(opt);
    if (d.isIn && !test('physdev-is-in', !!p.physIn)) return false;
    if (d.isOut && !test('physdev-is-out', !!p.physOut)) return false;
    if (d.bridged && !test('physdev-is-bridged', !!p.physOut)) return false;
    if (d.in !== undefined && !test('physdev-in', ifaceMatches(d.in, p.physIn?.name))) return false;
    if (d.out !== undefined && !test('physdev-out', ifaceMatches(d.out, p.physOut?.name))) return false;
    return true;
  },
});

const SCALE = 10000;
const RATES: ReadonlyArray<[string, number]> = [
  ['day', SCALE * 86400],
  ['hour', SCALE * 3600],
  ['min', SCALE * 60],
  ['sec', SCALE],
];

export interface LimitMatch {
  /** Average period per packet in 1/10000 s. */
  avg: number;
  burst: number;
}

function rateText(period: number): string {
  let i = 1;
  for (; i < RATES.length; i++) {
    const mult = (RATES[i] as [string, number])[1];
    if (period > mult || Math.floor(mult / period) < mult % period) break;
  }
  const [name, mult] = RATES[i - 1] as [string, number];
  return `${Math.floor(mult / period)}/${name}`;
}

const buckets = new WeakMap<object, { credit: number; last: number }>();

export const LIMIT_MATCH: MatchModule<LimitMatch> = defineMatch<LimitMatch>({
  name: 'limit',
  opts: [
    { name: 'limit', arg: true },
    { name: 'limit-burst', arg: true },
  ],
  init: () => ({ avg: (SCALE * 3600) / 3, burst: 5 }),
  parse(d, opt, arg) {
    if (opt === 'limit') {
      const m = /^(\d+)(?:\/(second|sec|s|minute|min|m|hour|h|day|d)\w*)?$/.exec(arg);
      if (!m) paramError(`bad rate "${arg}"'`);
      const unit = (m[2] ?? 'sec')[0] as string;
      const mult = { s: SCALE, m: SCALE * 60, h: SCALE * 3600, d: SCALE * 86400 }[unit] as number;
      const r = Number(m[1]);
      if (!r || mult / r < 1) paramError(`Rate too fast "${arg}"\n`);
      d.avg = Math.floor(mult / r);
    } else {
      const b = strtoui(arg, 0, 10000);
      if (b === null) paramError('limit: bad value for option "--limit-burst", or out of range (0-10000).\n');
      d.burst = b;
    }
  },
  print: (d) => ` limit: avg ${rateText(d.avg)} burst ${d.burst}`,
  save: (d) => ` --limit ${rateText(d.avg)}${d.burst !== 5 ? ` --limit-burst ${d.burst}` : ''}`,
  match(d, p) {
    const now = p.world.clock.now;
    const b = buckets.get(d) ?? { credit: d.burst, last: now };
    b.credit = Math.min(d.burst, b.credit + (now - b.last) / (d.avg / 10));
    b.last = now;
    buckets.set(d, b);
    if (b.credit >= 1) {
      b.credit -= 1;
      return true;
    }
    return false;
  },
});

export interface IprangeMatch {
  src?: [number, number];
  dst?: [number, number];
  srcInv: boolean;
  dstInv: boolean;
}

function parseRange(s: string): [number, number] {
  const [a, b] = s.split('-', 2);
  const lo = parseIPv4(a ?? '');
  const hi = b === undefined ? lo : parseIPv4(b);
  if (lo === null || hi === null) paramError(`iprange: could not parse IPv4 address in "${s}"`);
  return [lo, hi];
}

const rangeText = (r: [number, number]) => `${formatIPv4(r[0])}-${formatIPv4(r[1])}`;

export const IPRANGE_MATCH: MatchModule<IprangeMatch> = defineMatch<IprangeMatch>({
  name: 'iprange',
  opts: [
    { name: 'src-range', arg: true, inv: true },
    { name: 'dst-range', arg: true, inv: true },
  ],
  init: () => ({ srcInv: false, dstInv: false }),
  parse(d, opt, arg, inv) {
    if (opt === 'src-range') {
      d.src = parseRange(arg);
      d.srcInv = inv;
    } else {
      d.dst = parseRange(arg);
      d.dstInv = inv;
    }
  },
  final(d) {
    if (!d.src && !d.dst) paramError("iprange match: You must specify `--src-range' or `--dst-range'");
  },
  print(d) {
    let s = '';
    if (d.src) s += ` source IP range${d.srcInv ? ' !' : ''} ${rangeText(d.src)}`;
    if (d.dst) s += ` destination IP range${d.dstInv ? ' !' : ''} ${rangeText(d.dst)}`;
    return s;
  },
  save(d) {
    let s = '';
    if (d.src) s += `${d.srcInv ? ' !' : ''} --src-range ${rangeText(d.src)}`;
    if (d.dst) s += `${d.dstInv ? ' !' : ''} --dst-range ${rangeText(d.dst)}`;
    return s;
  },
  match(d, p) {
    const inR = (r: [number, number], v: number) => v >= r[0] && v <= r[1];
    if (d.src && inR(d.src, p.packet.src) === d.srcInv) return false;
    if (d.dst && inR(d.dst, p.packet.dst) === d.dstInv) return false;
    return true;
  },
});

export const MAC_MATCH: MatchModule<{ mac: string; inv: boolean }> = defineMatch<{
  mac: string;
  inv: boolean;
}>({
  name: 'mac',
  opts: [{ name: 'mac-source', arg: true, inv: true }],
  init: () => ({ mac: '', inv: false }),
  parse(d, _opt, arg, inv) {
    if (!/^([0-9a-fA-F]{1,2}:){5}[0-9a-fA-F]{1,2}$/.test(arg)) paramError(`Bad mac address "${arg}"`);
    d.mac = arg
      .split(':')
      .map((b) => b.toLowerCase().padStart(2, '0'))
      .join(':');
    d.inv = inv;
  },
  final(d) {
    if (!d.mac) paramError('mac: option "--mac-source" must be specified\n');
  },
  print: (d) => ` MAC${d.inv ? ' !' : ''} ${d.mac}`,
  save: (d) => `${d.inv ? ' !' : ''} --mac-source ${d.mac}`,
  match(d, p) {
    const peer = p.inDev ? peerOf(p.world, p.inDev) : undefined;
    return (peer?.mac === d.mac) !== d.inv;
  },
});

export interface TtlMatch {
  op: 'eq' | 'lt' | 'gt';
  value: number;
  inv: boolean;
}

export const TTL_MATCH: MatchModule<TtlMatch> = defineMatch<TtlMatch>({
  name: 'ttl',
  opts: [
    { name: 'ttl-eq', arg: true, inv: true },
    { name: 'ttl-lt', arg: true },
    { name: 'ttl-gt', arg: true },
  ],
  init: () => ({ op: 'eq', value: -1, inv: false }),
  final(d) {
    if (d.value < 0) paramError("TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt");
  },
  parse(d, opt, arg, inv) {
    const v = strtoui(arg, 0, 255);
    if (v === null) paramError(`ttl: bad value for option "--${opt}", or out of range (0-255).\n`);
    d.op = opt.slice(4) as TtlMatch['op'];
    d.value = v;
    d.inv = inv;
  },
  print: (d) =>
    ` TTL match TTL ${d.op === 'eq' ? (d.inv ? '!=' : '==') : d.op === 'lt' ? '<' : '>'} ${d.value}`,
  save: (d) => `${d.inv ? ' !' : ''} --ttl-${d.op} ${d.value}`,
  match(d, p) {
    const t = p.packet.ttl;
    if (d.op === 'eq') return (t === d.value) !== d.inv;
    return d.op === 'lt' ? t < d.value : t > d.value;
  },
});

export const LENGTH_MATCH: MatchModule<{ lo: number; hi: number; inv: boolean }> = defineMatch<{
  lo: number;
  hi: number;
  inv: boolean;
}>({
  name: 'length',
  opts: [{ name: 'length', arg: true, inv: true }],
  init: () => ({ lo: -1, hi: 0xffff, inv: false }),
  final(d) {
    if (d.lo < 0) paramError('length: option "--length" must be specified\n');
  },
  parse(d, _opt, arg, inv) {
    const [a, b] = arg.split(':', 2);
    const lo = a ? strtoui(a, 0, 0xffff) : 0;
    const hi = b === undefined ? lo : b ? strtoui(b, 0, 0xffff) : 0xffff;
    if (lo === null || hi === null) paramError(`length: bad value for option "--length", or out of range.\n`);
    Object.assign(d, { lo, hi, inv });
  },
  print: (d) => ` length ${d.inv ? '!' : ''}${d.lo === d.hi ? d.lo : `${d.lo}:${d.hi}`}`,
  save: (d) => `${d.inv ? ' !' : ''} --length ${d.lo === d.hi ? d.lo : `${d.lo}:${d.hi}`}`,
  match: (d, p) => (p.packet.len >= d.lo && p.packet.len <= d.hi) !== d.inv,
});

export interface OwnerMatch {
  uid?: [number, number];
  gid?: [number, number];
  uidInv?: boolean;
  gidInv?: boolean;
  socket?: boolean;
  socketInv?: boolean;
}

/** xt_owner is registered for LOCAL_OUT and POST_ROUTING only. */
const OWNER_HOOKS = ['OUTPUT', 'POSTROUTING'];

function ownerRange(opt: string, arg: string): [number, number] {
  const bad = (): never => paramError(`owner: Bad value for "--${opt}" option: "${arg}"`);
  if (arg === 'root') return [0, 0];
  const m = /^(\d+)(?:-(\d+))?$/.exec(arg);
  if (!m) return bad();
  const lo = strtoui(m[1] as string, 0, 0xfffffffe);
  const hi = m[2] === undefined ? lo : strtoui(m[2], 0, 0xfffffffe);
  if (lo === null || hi === null) return bad();
  return [lo, hi];
}

export const OWNER_MATCH: MatchModule<OwnerMatch> = defineMatch<OwnerMatch>({
  name: 'owner',
  opts: [
    { name: 'uid-owner', arg: true, inv: true },
    { name: 'gid-owner', arg: true, inv: true },
    { name: 'socket-exists', arg: false, inv: true },
  ],
  init: () => ({}),
  final(d) {
    if (d.uid === undefined && d.gid === undefined && d.socket === undefined)
      paramError('owner: At least one of --uid-owner, --gid-owner or --socket-exists is required');
  },
  parse(d, opt, arg, inv) {
    const once = (seen: unknown) => {
      if (seen !== undefined) paramError(`owner: option "--${opt}" can only be used once.\n`);
    };
    if (opt === 'socket-exists') {
      once(d.socket);
      d.socket = true;
      d.socketInv = inv;
    } else if (opt === 'uid-owner') {
      once(d.uid);
      d.uid = ownerRange(opt, arg);
      d.uidInv = inv;
    } else {
      once(d.gid);
      d.gid = ownerRange(opt, arg);
      d.gidInv = inv;
    }
  },
  print(d, numeric) {
    const id = (r: [number, number]) =>
      r[0] !== r[1] ? `${r[0]}-${r[1]}` : !numeric && r[0] === 0 ? 'root' : String(r[0]);
    let s = '';
    if (d.socket) s += ` ${d.socketInv ? '! ' : ''}owner socket exists`;
    if (d.uid) s += ` ${d.uidInv ? '! ' : ''}owner UID match ${id(d.uid)}`;
    if (d.gid) s += ` ${d.gidInv ? '! ' : ''}owner GID match ${id(d.gid)}`;
    return s;
  },
  save(d) {
    const id = (r: [number, number]) => (r[0] !== r[1] ? `${r[0]}-${r[1]}` : String(r[0]));
    let s = '';
    if (d.socket) s += `${d.socketInv ? ' !' : ''} --socket-exists`;
    if (d.uid) s += `${d.uidInv ? ' !' : ''} --uid-owner ${id(d.uid)}`;
    if (d.gid) s += `${d.gidInv ? ' !' : ''} --gid-owner ${id(d.gid)}`;
    return s;
  },
  // the kernel refuses the match outside OUTPUT/POSTROUTING, and an inverted range
  valid: (d, c) =>
    (!c.builtin || OWNER_HOOKS.includes(c.chain)) &&
    !(d.uid && d.uid[0] > d.uid[1]) &&
    !(d.gid && d.gid[0] > d.gid[1]),
  // locally generated packets belong to root's sockets here
  match: (d, p) => {
    // a forwarded packet has no socket: only an all-inverted match passes
    if (p.hook !== 'OUTPUT' && !(p.hook === 'POSTROUTING' && !p.inDev))
      return (!d.socket || !!d.socketInv) && (!d.uid || !!d.uidInv) && (!d.gid || !!d.gidInv);
    if (d.socket && d.socketInv) return false;
    // ICMP replies and errors leave from the kernel's own socket, which has no file (no uid/gid)
    const icmp = p.packet.proto === 'icmp' ? p.packet.icmp : undefined;
    if (icmp && icmp.type !== 8) return (!d.uid || !!d.uidInv) && (!d.gid || !!d.gidInv);
    const inR = (r: [number, number]) => r[0] <= 0 && 0 <= r[1];
    if (d.uid && inR(d.uid) === !!d.uidInv) return false;
    if (d.gid && inR(d.gid) === !!d.gidInv) return false;
    return true;
  },
});

const PKT_TYPES = ['unicast', 'broadcast', 'multicast', 'host', 'otherhost'];

export const PKTTYPE_MATCH: MatchModule<{ type: string; inv: boolean }> = defineMatch<{
  type: string;
  inv: boolean;
}>({
  name: 'pkttype',
  opts: [{ name: 'pkt-type', arg: true, inv: true }],
  init: () => ({ type: '', inv: false }),
  final(d) {
    if (!d.type) paramError('pkttype: option "--pkt-type" must be specified\n');
  },
  parse(d, _opt, arg, inv) {
    if (!PKT_TYPES.includes(arg.toLowerCase())) paramError(`Bad packet type '${arg}'`);
    d.type = arg.toLowerCase();
    d.inv = inv;
  },
  print: (d) => ` PKTTYPE ${d.inv ? '!=' : '='} ${d.type}`,
  save: (d) => `${d.inv ? ' !' : ''} --pkt-type ${d.type}`,
  match(d, p) {
    const dst = p.packet.dst;
    const t = dst === 0xffffffff ? 'broadcast' : dst >>> 28 === 14 ? 'multicast' : 'unicast';
    return (t === d.type || (d.type === 'host' && t === 'unicast')) !== d.inv;
  },
});
