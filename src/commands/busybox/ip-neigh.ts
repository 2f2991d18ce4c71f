/**
 * BusyBox `ip neigh show|flush` (ipneigh.c, statistics always on: `ref`,
 * `used`, `probes`) and `ip rule list` (iprule.c).
 */

import { rulesOf } from '../../engines/router/lookup.js';
import { formatIPv4 } from '../../model/inet.js';
import { refreshNeigh } from '../../model/neigh.js';
import type { Neigh, NeighState } from '../../model/types.js';
import { linkByIndex } from '../../model/world.js';
import { fail } from '../cli-error.js';
import {
  BbArgs,
  type BbIpCtx,
  type BbPrefix,
  getPrefix,
  indexInSubstrings,
  invarg,
  ipDie,
  needDevice,
  prefixMatch,
  rtnlN2a,
} from './ip-common.js';

const NUD_BITS: Record<NeighState, number> = {
  INCOMPLETE: 0x01,
  REACHABLE: 0x02,
  STALE: 0x04,
  DELAY: 0x08,
  PROBE: 0x10,
  FAILED: 0x20,
  NOARP: 0x40,
  PERMANENT: 0x80,
};

const NUD_WORDS = [
  'permanent',
  'reachable',
  'noarp',
  'none',
  'stale',
  'incomplete',
  'delay',
  'probe',
  'failed',
];
const NUD_VALUES = [0x80, 0x02, 0x40, 0x00, 0x04, 0x01, 0x08, 0x10, 0x20];

/** nud_state_a2n(): a (sub)string of a state name, else "invalid argument ... to 'nud state'". */
function nudA2n(ctx: BbIpCtx, v: string): number {
  const id = indexInSubstrings(NUD_WORDS, v);
  if (id < 0) invarg(ctx, v, 'nud state');
  return NUD_VALUES[id] as number;
}

/** Timer-driven states hold a reference (the timer's), the rest none. */
function refcnt(n: Neigh): number {
  return n.state === 'INCOMPLETE' || n.state === 'REACHABLE' || n.state === 'DELAY' || n.state === 'PROBE'
    ? 1
    : 0;
}

/** Probes sent for the entry as the kernel counts them: one a second while INCOMPLETE, 6 once FAILED. */
function probes(n: Neigh, now: number): number {
  if (n.state === 'FAILED') return 6;
  if (n.state === 'INCOMPLETE') return Math.min(3, Math.floor((now - n.since) / 1000) + 1);
  if (n.state === 'PERMANENT' || n.state === 'NOARP') return 0;
  return 1;
}

function neighLine(ctx: BbIpCtx, n: Neigh, devFiltered: boolean): string {
  let s = `${formatIPv4(n.ip)} `;
  const dev = ctx.world.links.get(n.dev);
  if (!devFiltered && dev)
    s += `dev ${linkByIndex(ctx.world, ctx.ns, dev.ifindex)?.name ?? `if${dev.ifindex}`} `;
  const valid = n.mac !== undefined && n.state !== 'INCOMPLETE' && n.state !== 'FAILED';
  if (valid) s += `lladdr ${n.mac}`;
  if (n.router) s += ' router';
  if (refcnt(n)) s += ` ref ${refcnt(n)}`;
  const age = Math.max(0, Math.floor((ctx.world.clock.now - n.since) / 1000));
  s += ` used ${age}/${age}/${age}`;
  s += ` probes ${probes(n, ctx.world.clock.now)}`;
  s += ` ${n.state}`;
  return `${s}\n`;
}

function listOrFlush(ctx: BbIpCtx, argv: readonly string[], flush: boolean): number {
  if (flush && argv.length === 0) ipDie(ctx, '"ip neigh flush" requires an argument');
  let fam: 0 | 4 | 6 = ctx.family === 'link' ? 0 : ctx.family;
  let state = flush ? 0xff & ~(NUD_BITS.PERMANENT | NUD_BITS.NOARP) : 0xff & ~NUD_BITS.NOARP;
  let stateGiven = false;
  let devName: string | undefined;
  let pfx: BbPrefix | undefined;
  const args = new BbArgs(ctx, argv);
  while (args.more) {
    const k = indexInSubstrings(['to', 'dev', 'nud'], args.cur as string);
    if (k === 1) devName = args.next();
    else if (k === 2) {
      const v = args.next();
      if (!stateGiven) {
        stateGiven = true;
        state = 0;
      }
      let bits = v === 'all' ? (flush ? ~NUD_BITS.NOARP & 0xff : 0xff) : nudA2n(ctx, v);
      if (bits === 0) bits = 0x100;
      state |= bits;
    } else {
      const v = k === 0 ? args.next() : (args.cur as string);
      pfx = getPrefix(ctx, v, fam);
      if (fam === 0) fam = pfx.family;
    }
    args.advance();
  }
  const dev = devName !== undefined ? needDevice(ctx, devName) : undefined;
  if (fam === 6) return 0;
  if (flush) state &= ~NUD_BITS.FAILED;
  const picked = refreshNeigh(ctx.world, ctx.ns).filter((n) => {
    const d = ctx.world.links.get(n.dev);
    if (!d || d.kind === 'loopback') return false;
    if (dev && n.dev !== dev.uid) return false;
    if (!(state & NUD_BITS[n.state])) return false;
    if (pfx && pfx.family === 4 && !prefixMatch(n.ip, pfx, pfx.bitlen)) return false;
    return true;
  });
  if (flush) {
    if (picked.length === 0) {
      ctx.p.out('Nothing to flush\n');
      return 0;
    }
    ctx.ns.neigh = ctx.ns.neigh.filter((n) => !picked.includes(n));
    ctx.p.out(
      `\n*** Round 1, deleting ${picked.length} entries ***\n*** Flush is complete after 1 round(s) ***\n`,
    );
    return 0;
  }
  ctx.p.out(picked.map((n) => neighLine(ctx, n, dev !== undefined)).join(''));
  return 0;
}

export function doNeigh(ctx: BbIpCtx, argv: readonly string[]): number {
  const verb = argv[0];
  if (verb === undefined) return listOrFlush(ctx, [], false);
  const k = indexInSubstrings(['show', 'flush'], verb);
  if (k < 0) return invarg(ctx, verb, 'ip');
  return listOrFlush(ctx, argv.slice(1), k === 1);
}

function prefixText(p: { addr: number; prefix: number }): string {
  return p.prefix === 32 ? formatIPv4(p.addr) : `${formatIPv4(p.addr)}/${p.prefix}`;
}

export function doRule(ctx: BbIpCtx, argv: readonly string[]): number {
  const verb = argv[0];
  let rest = argv;
  if (verb !== undefined) {
    const k = indexInSubstrings(['add', 'delete', 'list', 'show'], verb);
    if (k < 0) invarg(ctx, verb, 'ip');
    if (k < 2)
      return fail(
        'knetlab: `ip rule add|delete` is not modelled for BusyBox ip; change rules from the node\n',
        2,
      );
    rest = argv.slice(1);
  }
  if (rest.length > 0) {
    ctx.p.err('ip: ignoring all arguments\n');
    return 255;
  }
  let out = '';
  if (ctx.family === 6) {
    out = '0:\tfrom all lookup local \n32766:\tfrom all lookup main \n';
  } else {
    for (const r of rulesOf(ctx.ns)) {
      let s = `${r.pref}:\tfrom ${r.src ? prefixText(r.src) : 'all'} `;
      if (r.dst) s += `to ${prefixText(r.dst)} `;
      if (r.fwmark !== undefined) s += `fwmark 0x${r.fwmark.toString(16)} `;
      if (r.iif !== undefined) s += `iif ${r.iif} `;
      if (!r.action || r.action === 'lookup') s += `lookup ${rtnlN2a(ctx, 'tables', r.table)} `;
      else s += r.action;
      out += `${s}\n`;
    }
  }
  ctx.p.out(out);
  return 0;
}
