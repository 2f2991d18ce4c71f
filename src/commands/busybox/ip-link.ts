/**
 * BusyBox `ip link` (iplink.c): show through ipaddr_list_or_flush with the
 * link family, `set` through ioctls (SIOCSIFNAME, SIOCSIFMTU, SIOCSIFFLAGS
 * ... so errors are "ip: SIOCxxx: <strerror>"), `delete` over netlink.
 * Every failure exits 2 (iplink sets xfunc_error_retval).
 */
import { STRERROR } from '../../model/errno.js';
import { deleteLink, renameLink, setLinkUp, setMac, setMaster, setMtu } from '../../model/link-ops.js';
import type { Link } from '../../model/types.js';
import { linkByName } from '../../model/world.js';
import { fail } from '../cli-error.js';
import { macText, parseLladdr } from '../ip/common.js';
import {
  BbArgs,
  type BbIpCtx,
  duparg,
  duparg2,
  getU32,
  indexInStrings,
  indexInSubstrings,
  invarg,
  ipDie,
  needDevice,
  rtnlAnswer,
} from './ip-common.js';
import { listOrFlush } from './ip-show.js';

const SET_WORDS = [
  'up',
  'down',
  'name',
  'mtu',
  'qlen',
  'multicast',
  'arp',
  'promisc',
  'address',
  'netns',
  'master',
  'nomaster',
  'dev',
];

function ioctlDie(ctx: BbIpCtx, what: string, errno: keyof typeof STRERROR): never {
  return ipDie(ctx, `${what}: ${STRERROR[errno]}`);
}

/** The device for an ioctl by name (SIOCGIFxxx fails with ENODEV). */
function ioctlDev(ctx: BbIpCtx, name: string, what: string): Link {
  const l = linkByName(ctx.world, ctx.ns, name);
  if (!l) ioctlDie(ctx, what, 'ENODEV');
  return l as Link;
}

function doSet(ctx: BbIpCtx, argv: readonly string[]): number {
  let dev: string | undefined;
  let up: boolean | undefined;
  let promisc: boolean | undefined;
  let qlen: number | undefined;
  let mtu: number | undefined;
  let master: Link | null | undefined;
  let netns: number | undefined;
  let newaddr: string | undefined;
  let newname: string | undefined;
  const args = new BbArgs(ctx, argv);
  while (args.more) {
    const key = indexInSubstrings(SET_WORDS, args.cur as string);
    if (key === 0) up = true;
    else if (key === 1) up = false;
    else if (key === 2) newname = args.next();
    else if (key === 3) {
      const v = args.next();
      if (mtu !== undefined) duparg(ctx, 'mtu', v);
      mtu = getU32(ctx, v, 'mtu');
    } else if (key === 4) {
      const v = args.next();
      if (qlen !== undefined) duparg(ctx, 'qlen', v);
      qlen = getU32(ctx, v, 'qlen');
    } else if (key === 8) newaddr = args.next();
    else if (key === 10) master = needDevice(ctx, args.next());
    else if (key === 11) master = null;
    else if (key === 9) netns = getU32(ctx, args.next(), 'netns');
    else if (key >= 12 || key < 0) {
      const v = key === 12 ? args.next() : (args.cur as string);
      if (dev !== undefined) duparg2(ctx, 'dev', v);
      dev = v;
    } else {
      const name = SET_WORDS[key] as string;
      const param = indexInStrings(['on', 'off'], args.next());
      if (param < 0) ipDie(ctx, `argument of "${name}" must be "on" or "off"`);
      if (key === 7) promisc = param === 0;
    }
    args.advance();
  }
  if (dev === undefined) return ipDie(ctx, '"dev" requires an argument');
  if (newaddr !== undefined) {
    const l = ioctlDev(ctx, dev, 'SIOCGIFINDEX');
    let bytes: number[];
    try {
      bytes = parseLladdr(newaddr);
    } catch {
      return fail(`ip: "${newaddr}" is invalid lladdr\n`, 1);
    }
    if (bytes.length !== 6) ipDie(ctx, `wrong address (${newaddr}) length: expected 6 bytes`);
    const e = setMac(ctx.world, l, macText(bytes));
    if (e) ioctlDie(ctx, 'SIOCSIFHWADDR', e.errno);
  }
  if (newname !== undefined && newname !== dev) {
    const l = ioctlDev(ctx, dev, 'SIOCSIFNAME');
    const e = renameLink(ctx.world, l, newname);
    if (e) ioctlDie(ctx, 'SIOCSIFNAME', e.errno);
    dev = newname;
  }
  if (qlen !== undefined) ioctlDev(ctx, dev, 'SIOCSIFTXQLEN').txqlen = qlen;
  if (mtu !== undefined) {
    const e = setMtu(ctx.world, ioctlDev(ctx, dev, 'SIOCSIFMTU'), mtu);
    if (e) ioctlDie(ctx, 'SIOCSIFMTU', e.errno);
  }
  if (master !== undefined) {
    const e = setMaster(ctx.world, needDevice(ctx, dev), master ?? undefined);
    if (e) rtnlAnswer(e);
  }
  if (netns !== undefined) {
    needDevice(ctx, dev);
    return fail('knetlab: moving a device to another namespace by PID is not modelled\n', 2);
  }
  if (up !== undefined || promisc !== undefined) {
    const l = ioctlDev(ctx, dev, 'SIOCGIFFLAGS');
    if (promisc !== undefined) l.promisc = promisc ? 1 : 0;
    if (up !== undefined && up !== l.adminUp) setLinkUp(ctx.world, l, up);
  }
  return 0;
}

function doDelete(ctx: BbIpCtx, argv: readonly string[]): number {
  const words = ['link', 'name', 'type', 'dev', 'address'];
  let name: string | undefined;
  let dev: string | undefined;
  const args = new BbArgs(ctx, argv);
  while (args.more) {
    const k = indexInSubstrings(words, args.cur as string);
    if (k === 2) {
      args.next();
      break;
    }
    if (k === 0 || k === 4) args.next();
    else if (k === 1) name = args.next();
    else {
      if (k === 3) {
        if (dev !== undefined) duparg(ctx, args.cur as string, 'dev');
        args.next();
      }
      dev = args.cur as string;
    }
    args.advance();
  }
  const target = dev ?? name;
  if (target === undefined) return 1;
  const l = needDevice(ctx, target);
  if (name !== undefined && (name.length < 1 || name.length > 15)) invarg(ctx, name, 'name');
  const e = deleteLink(ctx.world, l);
  if (e) rtnlAnswer(e);
  return 0;
}

export function doLink(ctx: BbIpCtx, argv: readonly string[]): number {
  ctx.dieExit = 2;
  const verb = argv[0];
  if (verb !== undefined) {
    const key = indexInSubstrings(['add', 'delete', 'set', 'show', 'lst', 'list'], verb);
    if (key < 0) invarg(ctx, verb, 'ip');
    const rest = argv.slice(1);
    if (key === 0)
      return fail('knetlab: `ip link add` is not modelled for BusyBox ip; create links from the node\n', 2);
    if (key === 1) return doDelete(ctx, rest);
    if (key === 2) return doSet(ctx, rest);
    ctx.family = 'link';
    return listOrFlush(ctx, rest, false);
  }
  ctx.family = 'link';
  return listOrFlush(ctx, [], false);
}
