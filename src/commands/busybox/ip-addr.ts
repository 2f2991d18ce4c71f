/** BusyBox `ip addr add|change|replace|del` (ipaddr_modify) over the kernel model. */
import { addAddr4, addAddr6, delAddr4, delAddr6 } from '../../model/addr-ops.js';
import { kerr } from '../../model/errno.js';
import type { IPv6 } from '../../model/inet.js';
import { fail } from '../cli-error.js';
import {
  BbArgs,
  type BbIpCtx,
  type BbPrefix,
  duparg,
  duparg2,
  getAddr,
  getPrefix,
  indexInStrings,
  indexInSubstrings,
  invarg,
  ipDie,
  needDevice,
  rtnlA2n,
  rtnlAnswer,
} from './ip-common.js';
import { listOrFlush } from './ip-show.js';

const OPTIONS = [
  'peer',
  'remote',
  'broadcast',
  'brd',
  'anycast',
  'valid_lft',
  'preferred_lft',
  'scope',
  'dev',
  'label',
  'noprefixroute',
  'local',
];

/** set_lifetime(): "forever" or seconds. */
function lifetime(ctx: BbIpCtx, v: string, what: string): number | undefined {
  if (v === 'forever') return undefined;
  if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) return invarg(ctx, v, what);
  return Number(v);
}

function modify(ctx: BbIpCtx, argv: readonly string[], mode: 'add' | 'change' | 'replace' | 'del'): number {
  let fam: 0 | 4 | 6 = ctx.family === 'link' ? 0 : ctx.family;
  let local: BbPrefix | undefined;
  let peer: BbPrefix | undefined;
  let brd: number | '+' | '-' | undefined;
  let scope: number | undefined;
  let dev: string | undefined;
  let label: string | undefined;
  let noprefixroute = false;
  let valid: number | undefined;
  let preferred: number | undefined;
  let validGiven = false;
  let preferredGiven = false;
  let anycast = false;
  const args = new BbArgs(ctx, argv);
  while (args.more) {
    const arg = indexInStrings(OPTIONS, args.cur as string);
    if (arg === 0 || arg === 1) {
      const v = args.next();
      if (peer) duparg(ctx, 'peer', v);
      peer = getPrefix(ctx, v, fam);
      if (fam === 0) fam = peer.family;
    } else if (arg === 2 || arg === 3) {
      const v = args.next();
      if (brd !== undefined) duparg(ctx, 'broadcast', v);
      if (v === '+' || v === '-') brd = v;
      else {
        const a = getAddr(ctx, v, fam);
        if (fam === 0) fam = a.family;
        brd = a.v4;
      }
    } else if (arg === 4) {
      const v = args.next();
      if (anycast) duparg(ctx, 'anycast', v);
      const a = getAddr(ctx, v, fam);
      if (fam === 0) fam = a.family;
      anycast = true;
    } else if (arg === 5) {
      if (validGiven) duparg(ctx, 'valid_lft', args.cur as string);
      valid = lifetime(ctx, args.next(), 'valid_lft');
      validGiven = true;
    } else if (arg === 6) {
      if (preferredGiven) duparg(ctx, 'preferred_lft', args.cur as string);
      preferred = lifetime(ctx, args.next(), 'preferred_lft');
      preferredGiven = true;
    } else if (arg === 7) {
      const v = args.next();
      const s = rtnlA2n(ctx, 'scopes', v);
      if (s === null) invarg(ctx, v, 'scope');
      scope = s as number;
    } else if (arg === 8) dev = args.next();
    else if (arg === 9) label = args.next();
    else if (arg === 10) noprefixroute = true;
    else {
      const v = arg === 11 ? args.next() : (args.cur as string);
      if (local) duparg2(ctx, 'local', v);
      local = getPrefix(ctx, v, fam);
      if (fam === 0) fam = local.family;
    }
    args.advance();
  }
  if (dev === undefined) return ipDie(ctx, 'need "dev IFACE"');
  if (label !== undefined && !label.startsWith(dev))
    ipDie(ctx, `"dev" (${dev}) must match "label" (${label})`);
  if (brd !== undefined && typeof brd === 'string' && mode !== 'del' && fam !== 4)
    ipDie(ctx, 'broadcast can be set only for IPv4 addresses');
  const link = needDevice(ctx, dev);
  if (validGiven || preferredGiven) {
    if (valid === 0) return fail('valid_lft is zero\n', 1);
    if (valid !== undefined && (preferred === undefined || valid < preferred))
      return fail('preferred_lft is greater than valid_lft\n', 1);
  }
  if (!local || local.bytelen === 0) {
    // no IFA_LOCAL: with no family the request has no handler, garbage got an empty attribute
    if (fam === 0) return rtnlAnswer(kerr(local && mode !== 'del' ? 'ERANGE' : 'EOPNOTSUPP'));
    const first = link.addrs4[0];
    if (mode === 'del' && fam === 4 && first) {
      const e = delAddr4(ctx.world, link, { addr: first.addr });
      if (e) rtnlAnswer(e);
      return 0;
    }
    return rtnlAnswer(kerr(mode === 'del' ? 'EADDRNOTAVAIL' : 'EINVAL'));
  }
  if (local.family === 6) {
    const plen = peer?.bitlen ?? local.bitlen;
    if (mode === 'del') {
      const e = delAddr6(link, local.v6 as IPv6);
      if (e) rtnlAnswer(e);
      return 0;
    }
    const e = addAddr6(link, local.v6 as IPv6, plen, scope ?? 0);
    if (e && mode === 'add') rtnlAnswer(e);
    return 0;
  }
  const prefix = peer ? peer.bitlen : local.bitlen;
  if (mode === 'del') {
    const e = delAddr4(ctx.world, link, {
      addr: local.v4,
      prefix,
      ...(label !== undefined ? { label } : {}),
    });
    if (e) rtnlAnswer(e);
    return 0;
  }
  let broadcast: number | undefined;
  if (brd === '+' || brd === '-') {
    const base = peer?.family === 4 ? peer.v4 : local.v4;
    if (prefix <= 30) {
      const host = prefix === 0 ? 0xffffffff : (0xffffffff >>> prefix) >>> 0;
      broadcast = brd === '+' ? (base | host) >>> 0 : (base & ~host) >>> 0;
    }
  } else broadcast = brd;
  const e = addAddr4(
    ctx.world,
    link,
    {
      addr: local.v4,
      prefix,
      ...(broadcast !== undefined ? { broadcast } : {}),
      ...(peer?.family === 4 && peer.v4 !== local.v4 ? { peer: peer.v4 } : {}),
      ...(label !== undefined ? { label } : {}),
      scope: scope ?? (local.v4 >>> 24 === 127 ? 254 : 0),
      noprefixroute,
      ...(valid !== undefined ? { validLft: valid } : {}),
      ...(preferred !== undefined ? { preferredLft: preferred } : {}),
    },
    mode !== 'add',
  );
  if (e) rtnlAnswer(e);
  return 0;
}

const COMMANDS = ['add', 'change', 'chg', 'replace', 'delete', 'list', 'show', 'lst', 'flush'];

export function doAddr(ctx: BbIpCtx, argv: readonly string[]): number {
  const verb = argv[0];
  if (verb === undefined) return listOrFlush(ctx, [], false);
  const cmd = indexInSubstrings(COMMANDS, verb);
  if (cmd < 0) return invarg(ctx, verb, 'ip');
  const rest = argv.slice(1);
  if (cmd === 0) return modify(ctx, rest, 'add');
  if (cmd === 1 || cmd === 2) return modify(ctx, rest, 'change');
  if (cmd === 3) return modify(ctx, rest, 'replace');
  if (cmd === 4) return modify(ctx, rest, 'del');
  return listOrFlush(ctx, rest, cmd === 8);
}
