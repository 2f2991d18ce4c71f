/**
 * BusyBox `ip` building blocks (libiproute/utils.c, ll_map.c): keyword
 * matching with index_in_strings / index_in_substrings, get_prefix and
 * get_addr with their quirks, and the die() wordings. The context is an
 * iproute2 IpCtx, so the shared name tables and address renderers apply.
 */
import { type KernelError, STRERROR } from '../../model/errno.js';
import type { IPv6 } from '../../model/inet.js';
import { parseIPv6 } from '../../model/inet.js';
import type { Link } from '../../model/types.js';
import { linkByName } from '../../model/world.js';
import { IpPrinter } from '../../render/ip-printer.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import type { IpCtx, IpOptions } from '../ip/common.js';

export interface BbIpCtx extends IpCtx {
  /** preferred_family: 0, 4, 6 or 'link' (AF_PACKET). */
  family: 0 | 4 | 6 | 'link';
  oneline: boolean;
  /** xfunc_error_retval: `ip link` dies with 2, the rest with 1. */
  dieExit: number;
}

export function bbIpCtx(p: Proc, family: BbIpCtx['family'], oneline: boolean): BbIpCtx {
  const opts: IpOptions = {
    family: family === 'link' ? 'link' : family,
    brief: false,
    oneline,
    json: false,
    pretty: false,
    color: false,
    stats: 0,
    details: 0,
    resolve: false,
    all: false,
    numeric: false,
  };
  return {
    p,
    world: p.ctx.world,
    host: p.ctx.host,
    ns: p.ctx.ns,
    opts,
    out: new IpPrinter({ json: false, pretty: false, oneline, color: false, darkBackground: false }),
    family,
    oneline,
    dieExit: 1,
  };
}

export function ipDie(ctx: BbIpCtx, msg: string): never {
  return fail(`ip: ${msg}\n`, ctx.dieExit);
}

/** index_in_strings(): exact match. */
export function indexInStrings(words: readonly string[], key: string): number {
  return words.indexOf(key);
}

/** index_in_substrings(): an exact match, else the only word the key is a prefix of. */
export function indexInSubstrings(words: readonly string[], key: string): number {
  if (key === '') return -1;
  let hit = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!w.startsWith(key)) continue;
    if (w.length === key.length) return i;
    if (hit >= 0) return -1;
    hit = i;
  }
  return hit;
}

export function invarg(ctx: BbIpCtx, arg: string, opt: string): never {
  return ipDie(ctx, `invalid argument '${arg}' to '${opt}'`);
}

export function duparg(ctx: BbIpCtx, key: string, arg: string): never {
  return ipDie(ctx, `duplicate "${key}": "${arg}" is the second value`);
}

export function duparg2(ctx: BbIpCtx, key: string, arg: string): never {
  return ipDie(ctx, `either "${key}" is duplicate, or "${arg}" is garbage`);
}

/** Argument cursor with NEXT_ARG(). */
export class BbArgs {
  i = 0;
  constructor(
    private readonly ctx: BbIpCtx,
    readonly a: readonly string[],
  ) {}
  get cur(): string | undefined {
    return this.a[this.i];
  }
  get more(): boolean {
    return this.i < this.a.length;
  }
  next(): string {
    this.i++;
    if (this.i >= this.a.length) ipDie(this.ctx, 'command line is not complete, try "help"');
    return this.a[this.i] as string;
  }
  advance(): void {
    this.i++;
  }
}

/** inet_prefix: family 0 (unset, e.g. "default" or garbage), 4 or 6; bitlen -1 for a bare address. */
export interface BbPrefix {
  family: 0 | 4 | 6;
  v4: number;
  v6?: IPv6;
  bytelen: number;
  bitlen: number;
}

/** get_addr_1(): "default/all/any", IPv6 with a colon, else dotted digits (with 10.10 allowed). */
export function getAddr1(name: string, family: 0 | 4 | 6): BbPrefix | null {
  if (name === 'default' || name === 'all' || name === 'any') {
    return { family, v4: 0, bytelen: family === 6 ? 16 : 4, bitlen: -1 };
  }
  if (name.includes(':')) {
    if (family !== 0 && family !== 6) return null;
    const v6 = parseIPv6(name);
    if (!v6) return null;
    return { family: 6, v4: 0, v6, bytelen: 16, bitlen: -1 };
  }
  if (family !== 0 && family !== 4) return null;
  const bytes = [0, 0, 0, 0];
  let i = 0;
  let n = 0;
  for (const ch of name) {
    if (ch >= '0' && ch <= '9') {
      n = n * 10 + (ch.charCodeAt(0) - 48);
      if (n >= 256) return null;
      bytes[i] = n;
      continue;
    }
    if (ch === '.' && ++i <= 3) {
      n = 0;
      continue;
    }
    return null;
  }
  const v4 =
    ((bytes[0] as number) * 2 ** 24 +
      (bytes[1] as number) * 65536 +
      (bytes[2] as number) * 256 +
      (bytes[3] as number)) >>>
    0;
  return { family: 4, v4, bytelen: 4, bitlen: -1 };
}

/**
 * get_prefix(): like get_addr_1 plus "/len" or "/netmask". An address it
 * cannot parse leaves a zeroed prefix (family unset, length 0) without
 * complaint, as busybox does; only a bad length is an error.
 */
export function getPrefix(ctx: BbIpCtx, arg: string, family: BbIpCtx['family']): BbPrefix {
  if (family === 'link') ipDie(ctx, `"${arg}" may be inet prefix, but it is not allowed in this context`);
  const fam = family;
  if (arg === 'default' || arg === 'all' || arg === 'any')
    return { family: fam, v4: 0, bytelen: 0, bitlen: 0 };
  const slash = arg.indexOf('/');
  const a = slash < 0 ? arg : arg.slice(0, slash);
  const d = getAddr1(a, fam);
  if (!d) return { family: 0, v4: 0, bytelen: 0, bitlen: 0 };
  const max = d.family === 6 ? 128 : 32;
  d.bitlen = max;
  if (slash >= 0) {
    const l = arg.slice(slash + 1);
    let plen = /^\d+$/.test(l) ? Number(l) : Number.NaN;
    if (Number.isNaN(plen) || plen > max) {
      const m = getAddr1(l, fam);
      if (!m) ipDie(ctx, `an inet prefix is expected rather than "${arg}"`);
      const mm = m as BbPrefix;
      if (mm.family === 4) {
        const host = ~mm.v4 >>> 0;
        if ((host & (host + 1)) >>> 0 !== 0) ipDie(ctx, `an inet prefix is expected rather than "${arg}"`);
        plen = 32 - Math.log2(host + 1);
        if (plen > max) ipDie(ctx, `an inet prefix is expected rather than "${arg}"`);
      } else plen = max;
    }
    d.bitlen = plen;
  }
  return d;
}

/** get_addr(): an address of the family or die. */
export function getAddr(ctx: BbIpCtx, arg: string, family: BbIpCtx['family']): BbPrefix {
  if (family === 'link') ipDie(ctx, `"${arg}" may be inet address, but it is not allowed in this context`);
  const d = getAddr1(arg, family);
  if (!d) return ipDie(ctx, `an inet address is expected rather than "${arg}"`);
  return d;
}

/** xll_name_to_index(): the device or "can't find device". */
export function needDevice(ctx: BbIpCtx, name: string): Link {
  const l = linkByName(ctx.world, ctx.ns, name);
  if (!l) ipDie(ctx, `can't find device '${name}'`);
  return l as Link;
}

/** rtnl_talk() failed: "ip: RTNETLINK answers: ...", exit 2 (extended acks are not printed). */
export function rtnlAnswer(e: KernelError): never {
  return fail(`ip: RTNETLINK answers: ${STRERROR[e.errno]}\n`, 2);
}

/** Does `addr` fall inside prefix `pfx` (inet_addr_match over bitlen bits)? */
export function prefixMatch(addr: number, pfx: BbPrefix, bits: number): boolean {
  if (bits <= 0) return true;
  const mask = bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
  return ((addr ^ pfx.v4) & mask) >>> 0 === 0;
}

/** strtoul(s, &end, base 0): leading blanks, a sign, 0x/0 prefixes; the value and what follows. */
export function cStrtoul(s: string): { value: number; rest: string; digits: boolean } {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(.*)$/s.exec(s);
  if (!m) return { value: 0, rest: s, digits: false };
  const body = m[2] as string;
  let v =
    body.startsWith('0x') || body.startsWith('0X')
      ? Number.parseInt(body, 16)
      : body.length > 1 && body.startsWith('0')
        ? Number.parseInt(body, 8)
        : Number(body);
  if (m[1] === '-') v = v === 0 ? 0 : 2 ** 64 - v;
  return { value: v, rest: m[3] as string, digits: true };
}

/** get_unsigned() / get_u32(): the whole argument must be a number. */
export function getU32(ctx: BbIpCtx, arg: string, what: string): number {
  const r = cStrtoul(arg);
  if (arg !== '' && r.digits && r.rest === '' && r.value <= 0xffffffff) return r.value;
  return invarg(ctx, arg, what);
}

type TabName = 'tables' | 'scopes' | 'protos';

const BUILTIN: Record<TabName, Record<number, string>> = {
  tables: { 0: 'unspec', 253: 'default', 254: 'main', 255: 'local' },
  scopes: { 0: 'global', 200: 'site', 253: 'link', 254: 'host', 255: 'nowhere' },
  protos: {
    0: 'none',
    1: 'redirect',
    2: 'kernel',
    3: 'boot',
    4: 'static',
    8: 'gated',
    9: 'ra',
    10: 'mrt',
    11: 'zebra',
    12: 'bird',
  },
};

const FILES: Record<TabName, string> = {
  tables: '/etc/iproute2/rt_tables',
  scopes: '/etc/iproute2/rt_scopes',
  protos: '/etc/iproute2/rt_protos',
};

/** rtnl_tab_initialize(): the built-in names, then CONFIG_FEATURE_IP_ROUTE_DIR's file (ids up to 1023). */
function rtnlTab(ctx: BbIpCtx, name: TabName): Map<number, string> {
  const tab = new Map<number, string>(Object.entries(BUILTIN[name]).map(([k, v]) => [Number(k), v]));
  let text = '';
  try {
    text = ctx.p.ctx.fs.readFile(FILES[name]);
  } catch {
    return tab;
  }
  for (const line of text.split('\n')) {
    const m = /^\s*(0x[0-9a-fA-F]+|\d+)\s+([^\s#]+)/.exec(line);
    if (!m) continue;
    const id = Number(m[1]);
    if (id <= 1023) tab.set(id, m[2] as string);
  }
  return tab;
}

/** rtnl_a2n(): a name from the table, else a number up to 1023 (bb_strtou, base 0). */
export function rtnlA2n(ctx: BbIpCtx, name: TabName, arg: string): number | null {
  for (const [id, n] of rtnlTab(ctx, name)) if (n === arg) return id;
  if (!/^[0-9a-zA-Z]/.test(arg)) return null;
  const r = cStrtoul(arg);
  if (!r.digits) return null;
  if (r.rest !== '' && /^[0-9a-zA-Z]/.test(r.rest)) return null;
  return r.value > 1023 ? null : r.value;
}

export function rtnlN2a(ctx: BbIpCtx, name: TabName, id: number): string {
  return rtnlTab(ctx, name).get(id) ?? String(id);
}
