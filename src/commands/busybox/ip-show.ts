/**
 * BusyBox `ip addr show|flush` and `ip link show` (ipaddress.c): the link
 * line differs from iproute2 (no state/mode/group, `qlen` from an ioctl at
 * the end, the veth peer looked up by index in the *current* namespace,
 * hence `eth0@if7` with M-DOWN in pods, no link-netnsid); the address
 * lines are iproute2's, so the shared renderer prints them.
 */
import { removeAddr4 } from '../../model/addr-ops.js';
import { lowerUp, peerOf, qdiscOf } from '../../model/link-state.js';
import type { Addr4, Addr6, Link } from '../../model/types.js';
import { linkByIndex, linksOf } from '../../model/world.js';
import { parseScope, printAddr4, printAddr6 } from '../ip/link-show.js';
import {
  BbArgs,
  type BbIpCtx,
  type BbPrefix,
  duparg2,
  getPrefix,
  indexInStrings,
  invarg,
  ipDie,
  needDevice,
  prefixMatch,
} from './ip-common.js';

interface Filter {
  family: 0 | 4 | 6 | 'link';
  pfx?: BbPrefix;
  scope?: number;
  up: boolean;
  label?: string;
  dev?: Link;
}

const SHOW_OPTIONS = ['to', 'scope', 'up', 'label', 'dev'];

/** fnmatch() with the shell wildcards * ? and [...]. */
export function fnmatch(pat: string, s: string): boolean {
  let re = '^';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pat.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = pat
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`${re}$`).test(s);
}

function parseFilter(ctx: BbIpCtx, argv: readonly string[]): Filter {
  const f: Filter = { family: ctx.family, up: false };
  const args = new BbArgs(ctx, argv);
  let devName: string | undefined;
  while (args.more) {
    const a = args.cur as string;
    const key = indexInStrings(SHOW_OPTIONS, a);
    if (key === 0) {
      f.pfx = getPrefix(ctx, args.next(), f.family);
      if (f.family === 0) f.family = f.pfx.family;
    } else if (key === 1) {
      const v = args.next();
      const s = parseScope(v);
      if (s === null && v !== 'all') invarg(ctx, v, 'scope');
      if (s !== null) f.scope = s;
    } else if (key === 2) f.up = true;
    else if (key === 3) f.label = args.next();
    else {
      const v = key === 4 ? args.next() : a;
      if (devName !== undefined) duparg2(ctx, 'dev', v);
      devName = v;
    }
    args.advance();
  }
  if (devName !== undefined) f.dev = needDevice(ctx, devName);
  return f;
}

const FLAG_BITS: Record<string, number> = {
  LOOPBACK: 0x8,
  BROADCAST: 0x2,
  POINTOPOINT: 0x10,
  MULTICAST: 0x1000,
  NOARP: 0x80,
  PROMISC: 0x100,
  UP: 0x1,
  LOWER_UP: 0x10000,
};
const LABELLED = ['LOOPBACK', 'BROADCAST', 'POINTOPOINT', 'MULTICAST', 'NOARP', 'UP', 'LOWER_UP'];

/** print_link_flags(): the known flags by name, the rest as hex right after them. */
function flagsText(ctx: BbIpCtx, l: Link, mdown: boolean): string {
  let bits = 0;
  for (const n of linkFlagNames(ctx, l)) bits |= FLAG_BITS[n] ?? 0;
  let s = '<';
  if (l.adminUp && !lowerUp(ctx.world, l)) s += 'NO-CARRIER,';
  const names = LABELLED.filter((n) => bits & (FLAG_BITS[n] as number));
  for (const n of names) bits &= ~(FLAG_BITS[n] as number);
  s += names.join(',');
  if (bits) s += bits.toString(16);
  if (mdown) s += ',M-DOWN';
  return `${s}> `;
}

function linkFlagNames(ctx: BbIpCtx, l: Link): string[] {
  const f: string[] = [];
  if (l.kind === 'loopback') f.push('LOOPBACK');
  else if (l.kind === 'dummy') f.push('BROADCAST', 'NOARP');
  else f.push('BROADCAST', 'MULTICAST');
  if (l.promisc > 0) f.push('PROMISC');
  if (l.adminUp) f.push('UP');
  if (lowerUp(ctx.world, l)) f.push('LOWER_UP');
  return f;
}

/** print_linkinfo() for one device (the `family` decides what the kernel's dump carries). */
export function linkLine(ctx: BbIpCtx, l: Link, family: Filter['family']): string {
  let s = `${l.ifindex}: ${l.name}`;
  const peer = peerOf(ctx.world, l);
  let mdown = false;
  if (peer) {
    // IFLA_LINK is an index; busybox resolves it in its own namespace
    const same = linkByIndex(ctx.world, ctx.ns, peer.ifindex);
    s += `@${same?.name ?? `if${peer.ifindex}`}: `;
    mdown = !same?.adminUp;
  } else s += ': ';
  s += flagsText(ctx, l, mdown);
  s += `mtu ${l.mtu} `;
  const v6dump = family === 6;
  if (!v6dump) s += `qdisc ${qdiscOf(l)} `;
  if (!v6dump && l.master !== undefined) {
    const m = ctx.world.links.get(l.master);
    if (m) s += `master ${linkByIndex(ctx.world, ctx.ns, m.ifindex)?.name ?? `if${m.ifindex}`} `;
  }
  if (l.txqlen) s += `qlen ${l.txqlen}`;
  if (family === 0 || family === 'link') {
    s += `${ctx.oneline ? '\\' : '\n'}    link/${l.linkType} `;
    if (l.linkType !== 'none') s += `${l.mac} brd ${l.brd}`;
  }
  return `${s}\n`;
}

function addr4Passes(l: Link, a: Addr4, f: Filter): boolean {
  if (f.scope !== undefined && a.scope !== f.scope) return false;
  if (f.label !== undefined && !fnmatch(f.label, a.label || l.name)) return false;
  if (f.pfx && f.pfx.family === 4 && !prefixMatch(a.addr, f.pfx, f.pfx.bitlen)) return false;
  return true;
}

function addr6Passes(l: Link, a: Addr6, f: Filter): boolean {
  if (f.scope !== undefined && a.scope !== f.scope) return false;
  if (f.label !== undefined && !fnmatch(f.label, l.name)) return false;
  if (f.pfx && f.pfx.family === 4) return false;
  return true;
}

function selected(l: Link, f: Filter): { v4: Addr4[]; v6: Addr6[] } {
  if (f.dev && f.dev.uid !== l.uid) return { v4: [], v6: [] };
  return {
    v4: f.family === 6 || f.family === 'link' ? [] : l.addrs4.filter((a) => addr4Passes(l, a, f)),
    v6: f.family === 4 || f.family === 'link' ? [] : l.addrs6.filter((a) => addr6Passes(l, a, f)),
  };
}

/** ipaddr_list_or_flush(): `ip addr show`, `ip link show` (family 'link') and `ip addr flush`. */
export function listOrFlush(ctx: BbIpCtx, argv: readonly string[], flush: boolean): number {
  if (flush) {
    if (argv.length === 0) ipDie(ctx, 'flush requires an argument');
    if (ctx.family === 'link') ipDie(ctx, "can't flush link addresses");
  }
  const f = parseFilter(ctx, argv);
  if (flush) {
    for (const l of linksOf(ctx.world, ctx.ns)) {
      const { v4, v6 } = selected(l, f);
      for (const a of v4) if (l.addrs4.includes(a)) removeAddr4(ctx.world, l, a);
      l.addrs6 = l.addrs6.filter((a) => !v6.includes(a));
    }
    return 0;
  }
  const out = ctx.out;
  for (const l of linksOf(ctx.world, ctx.ns)) {
    const { v4, v6 } = selected(l, f);
    if (f.family !== 0 && f.family !== 'link' && v4.length + v6.length === 0) continue;
    // print_linkinfo() skips (returning 0) for the dev/up/label filters; the addresses still follow
    const skipHead =
      (f.dev !== undefined && f.dev.uid !== l.uid) ||
      (f.up && !l.adminUp) ||
      (f.label !== undefined && (f.family === 0 || f.family === 'link') && !fnmatch(f.label, l.name));
    if (!(ctx.oneline && f.family !== 'link') && !skipHead) out.fp(linkLine(ctx, l, f.family));
    if (f.family === 'link') continue;
    for (const a of v4) printAddr4(ctx, l, a);
    for (const a of v6) printAddr6(ctx, l, a);
  }
  ctx.p.out(out.output());
  return 0;
}
