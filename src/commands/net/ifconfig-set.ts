/**
 * `ifconfig IFACE ARGS...`: the ioctls both ifconfigs (net-tools and
 * BusyBox) issue, with the kernel's answers (devinet_ioctl: a new address
 * gets its classful mask and broadcast, SIOCSIFNETMASK re-derives a derived
 * broadcast). Only the wording differs, so it comes in as a dialect.
 */
import { addAddr4, addAddr6, delAddr6, removeAddr4 } from '../../model/addr-ops.js';
import type { Errno } from '../../model/errno.js';
import { type IPv6, maskOf, parseIPv6 } from '../../model/inet.js';
import { setLinkUp, setMac, setMtu } from '../../model/link-ops.js';
import { operstateOf } from '../../model/link-state.js';
import type { Addr4, Link } from '../../model/types.js';
import { linkByName, linksOf } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';

export interface IfconfigDialect {
  /** An ioctl failed (`SIOCSIFMTU`, ...). */
  ioctl(what: string, errno: Errno): never;
  /** SIOCGIFFLAGS failed before changing a flag. */
  noFlags(name: string): never;
  /** An address argument: the IPv4/IPv6 address it names (and a prefix length, when the dialect takes one). */
  resolve(p: Proc, arg: string): { v4?: number; v6?: IPv6; prefix?: number };
  /** A keyword without its argument, or a repeated netmask. */
  usage(): never;
  /** A keyword that cannot take a '-' prefix. */
  badDash(raw: string): never;
  /** `hw CLASS ADDR` with an address that does not parse. */
  badHw(addr: string): never;
  /** `add|del ADDR/LEN`: the prefix length. */
  prefixLen(text: string): number;
}

export interface Iface {
  name: string;
  link: Link;
  /** A device (in /proc/net/dev), not an alias label: it has statistics. */
  device: boolean;
}

/** The device behind a name or `dev:label` (dev_ioctl cuts the name at ':'). */
export function findIface(p: Proc, name: string): Iface | undefined {
  const base = name.split(':')[0] as string;
  const link = linkByName(p.ctx.world, p.ctx.ns, base);
  if (!link) return undefined;
  return { name, link, device: name === base };
}

/** SIOCGIFADDR: the first address carrying exactly this label. */
export function addrOf(i: Iface): Addr4 | undefined {
  return i.link.addrs4.find((a) => a.label === i.name);
}

/** inet_abc_len(): the classful prefix of a new address (-1 for classes D and E). */
function abcLen(addr: number): number {
  if (addr === 0) return 0;
  const top = addr >>> 24;
  if (top < 128) return 8;
  if (top < 192) return 16;
  if (top < 224) return 24;
  return -1;
}

function hostBitsValid(mask: number): boolean {
  const host = ~mask >>> 0;
  return (host & (host + 1)) >>> 0 === 0;
}

function prefixOfMask(mask: number): number {
  return 32 - Math.log2((~mask >>> 0) + 1);
}

/** SIOCSIFADDR. */
function setAddress(p: Proc, d: IfconfigDialect, i: Iface, addr: number): void {
  const len = abcLen(addr);
  if (len < 0) d.ioctl('SIOCSIFADDR', 'EINVAL');
  const old = addrOf(i);
  if (old?.addr === addr) return;
  if (old) removeAddr4(p.ctx.world, i.link, old);
  if (addr === 0) return;
  const brd = i.link.kind !== 'loopback' && len < 31 ? (addr | ~maskOf(len)) >>> 0 : undefined;
  addAddr4(p.ctx.world, i.link, {
    addr,
    prefix: len,
    label: i.name,
    ...(brd !== undefined ? { broadcast: brd } : {}),
  });
}

/** SIOCSIFNETMASK: a new prefix; a broadcast derived from the old mask follows the new one. */
function setNetmask(p: Proc, d: IfconfigDialect, i: Iface, mask: number): void {
  if (!hostBitsValid(mask)) d.ioctl('SIOCSIFNETMASK', 'EINVAL');
  const ifa = addrOf(i) ?? d.ioctl('SIOCSIFNETMASK', 'EADDRNOTAVAIL');
  const plen = prefixOfMask(mask);
  if (plen === ifa.prefix) return;
  const derived = ifa.broadcast === (ifa.addr | ~maskOf(ifa.prefix)) >>> 0;
  removeAddr4(p.ctx.world, i.link, ifa);
  const brd = derived && plen < 31 ? (ifa.addr | ~mask) >>> 0 : ifa.broadcast;
  addAddr4(p.ctx.world, i.link, {
    addr: ifa.addr,
    prefix: plen,
    label: ifa.label,
    scope: ifa.scope,
    ...(brd !== undefined ? { broadcast: brd } : {}),
  });
}

const ARG_WORDS = new Set([
  'metric',
  'mtu',
  'txqueuelen',
  'dstaddr',
  'netmask',
  'broadcast',
  'hw',
  'pointopoint',
  'keepalive',
  'outfill',
  'mem_start',
  'io_addr',
  'irq',
  'add',
  'del',
]);
const FLAG_WORDS = new Set(['arp', 'trailers', 'promisc', 'multicast', 'allmulti', 'dynamic', 'up', 'down']);
const DASH_OK = new Set([
  'broadcast',
  'pointopoint',
  'arp',
  'trailers',
  'promisc',
  'multicast',
  'allmulti',
  'dynamic',
]);

/** strtoul(s, NULL, 0) without error checks, as ifconfig uses for numbers. */
function loose(s: string): number {
  const m = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return 0;
  const t = m[1] as string;
  return /^0[xX]/.test(t)
    ? Number.parseInt(t, 16)
    : t.length > 1 && t.startsWith('0')
      ? Number.parseInt(t, 8)
      : Number(t);
}

export function configureIface(p: Proc, argv: readonly string[], d: IfconfigDialect): number {
  const name = argv[0] as string;
  const need = (what: string): Iface => findIface(p, name) ?? d.ioctl(what, 'ENODEV');
  let hostname: number | undefined;
  let netmask: number | undefined;
  for (let k = 1; k < argv.length; k++) {
    const raw = argv[k] as string;
    const dash = raw.startsWith('-');
    const word = dash ? raw.slice(1) : raw;
    const isArg = ARG_WORDS.has(word);
    const isFlag = FLAG_WORDS.has(word);
    if ((isArg || isFlag) && dash && !DASH_OK.has(word)) d.badDash(raw);
    if (isFlag || (isArg && dash)) {
      const i = findIface(p, name) ?? d.noFlags(name);
      const clear = word === 'down' || (word === 'arp' ? !dash : dash);
      if (word === 'up' || word === 'down') {
        if (i.link.adminUp === clear) setLinkUp(p.ctx.world, i.link, !clear);
      } else if (word === 'promisc') i.link.promisc = clear ? 0 : 1;
      continue;
    }
    if (isArg) {
      const v = argv[++k];
      if (v === undefined || (word === 'netmask' && netmask !== undefined)) d.usage();
      const val = v as string;
      switch (word) {
        case 'mtu': {
          const e = setMtu(p.ctx.world, need('SIOCSIFMTU').link, loose(val));
          if (e) d.ioctl('SIOCSIFMTU', e.errno);
          break;
        }
        case 'txqueuelen':
          need('SIOCSIFTXQLEN').link.txqlen = loose(val);
          break;
        case 'metric':
          need('SIOCSIFMETRIC');
          d.ioctl('SIOCSIFMETRIC', 'EOPNOTSUPP');
          break;
        case 'netmask': {
          const a = d.resolve(p, val);
          netmask = a.v4 ?? 0;
          setNetmask(p, d, need('SIOCSIFNETMASK'), netmask);
          break;
        }
        case 'broadcast': {
          let b =
            val === '+' && netmask !== undefined && hostname !== undefined ? undefined : d.resolve(p, val).v4;
          if (b === undefined)
            b = (~(netmask as number) | ((hostname as number) & (netmask as number))) >>> 0;
          const i = need('SIOCSIFBRDADDR');
          const ifa = addrOf(i);
          if (!ifa) d.ioctl('SIOCSIFBRDADDR', 'EADDRNOTAVAIL');
          (ifa as Addr4).broadcast = b;
          if (!i.link.adminUp) setLinkUp(p.ctx.world, i.link, true);
          break;
        }
        case 'hw': {
          const mac = argv[++k];
          if (!'ether'.startsWith(val) || val === '' || mac === undefined) d.usage();
          if (!/^([0-9a-fA-F]{1,2}:){5}[0-9a-fA-F]{1,2}$/.test(mac as string)) d.badHw(mac as string);
          const text = (mac as string)
            .split(':')
            .map((x) => x.padStart(2, '0').toLowerCase())
            .join(':');
          const e = setMac(p.ctx.world, need('SIOCSIFHWADDR').link, text);
          if (e) d.ioctl('SIOCSIFHWADDR', e.errno);
          break;
        }
        case 'add':
        case 'del': {
          const slash = val.indexOf('/');
          const plen = slash >= 0 ? d.prefixLen(val.slice(slash + 1)) : 0;
          const v6 = parseIPv6(slash >= 0 ? val.slice(0, slash) : val);
          if (!v6) return fail(`knetlab: \`ifconfig ${word}\` takes IPv6 addresses here\n`, 2);
          const i = need('SIOCGIFINDEX');
          const e = word === 'add' ? addAddr6(i.link, v6, plen || 128, 0) : delAddr6(i.link, v6);
          if (e) d.ioctl(word === 'add' ? 'SIOCSIFADDR' : 'SIOCDIFADDR', e.errno);
          break;
        }
        default:
          return fail(`knetlab: \`ifconfig ${word}\` is not modelled\n`, 2);
      }
      continue;
    }
    if (raw === 'inet') continue;
    // anything else is the address: SIOCSIFADDR, then the interface comes up
    const a = raw === 'default' ? { v4: 0 } : d.resolve(p, raw);
    if (a.v6) {
      const e = addAddr6(need('SIOCGIFINDEX').link, a.v6, a.prefix ?? 128, 0);
      if (e) d.ioctl('SIOCSIFADDR', e.errno);
      continue;
    }
    hostname = a.v4 ?? 0;
    const i = need('SIOCSIFADDR');
    setAddress(p, d, i, hostname);
    if (a.prefix !== undefined) {
      netmask = maskOf(a.prefix);
      setNetmask(p, d, i, netmask);
    }
    if (!i.link.adminUp) setLinkUp(p.ctx.world, i.link, true);
  }
  return 0;
}

export const IFF = {
  UP: 0x1,
  BROADCAST: 0x2,
  DEBUG: 0x4,
  LOOPBACK: 0x8,
  POINTOPOINT: 0x10,
  NOTRAILERS: 0x20,
  RUNNING: 0x40,
  NOARP: 0x80,
  PROMISC: 0x100,
  ALLMULTI: 0x200,
  MASTER: 0x400,
  SLAVE: 0x800,
  MULTICAST: 0x1000,
} as const;

const IFF_BIT_ORDER = Object.keys(IFF) as Array<keyof typeof IFF>;

/** The names of the set IFF_ bits, in the order given: bit order (net-tools' order) unless told otherwise. */
export function iffNames(flags: number, order: ReadonlyArray<keyof typeof IFF> = IFF_BIT_ORDER): string[] {
  return order.filter((name) => flags & IFF[name]);
}

/** SIOCGIFFLAGS: the short flags word (RUNNING when operationally up). */
export function ifFlags(p: Proc, l: Link): number {
  let f = 0;
  if (l.adminUp) f |= IFF.UP;
  if (l.kind === 'loopback') f |= IFF.LOOPBACK;
  else f |= IFF.BROADCAST;
  if (l.kind === 'dummy') f |= IFF.NOARP;
  else if (l.kind !== 'loopback') f |= IFF.MULTICAST;
  if (l.promisc > 0) f |= IFF.PROMISC;
  const op = operstateOf(p.ctx.world, l);
  if (l.adminUp && (op === 'UP' || op === 'UNKNOWN')) f |= IFF.RUNNING;
  return f;
}

/** nstrcmp() of net-tools: digit runs compare as numbers. */
function nstrcmp(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** if_readlist(): /proc/net/dev devices plus SIOCGIFCONF's alias labels, kept sorted (strcmp or nstrcmp). */
export function listInterfaces(p: Proc, natural: boolean): Iface[] {
  const out: Iface[] = [];
  for (const l of linksOf(p.ctx.world, p.ctx.ns)) {
    out.push({ name: l.name, link: l, device: true });
    for (const a of l.addrs4) {
      if (a.label !== l.name && !out.some((x) => x.name === a.label))
        out.push({ name: a.label, link: l, device: false });
    }
  }
  const cmp = natural ? nstrcmp : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.name, b.name));
}
