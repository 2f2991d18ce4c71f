/** `ip address add | del | replace | change | flush | show`. */
import { addAddr4, addAddr6, delAddr4, delAddr6, removeAddr4 } from '../../model/addr-ops.js';
import { kerr } from '../../model/errno.js';
import { broadcastOf, networkOf } from '../../model/inet.js';
import type { Link } from '../../model/types.js';
import { fail } from '../cli-error.js';
import {
  Args,
  duparg,
  duparg2,
  type IpCtx,
  invarg,
  matches,
  needDev,
  parseAddr4,
  parsePrefix,
  rtnlError,
} from './common.js';
import { IP_ADDR_HELP } from './help-texts.js';
import { addr4Passes, linkPasses, parseScope, parseShowFilter, showLinks } from './link-show.js';

interface AddrReq {
  local?: ReturnType<typeof parsePrefix>;
  localText?: string;
  peer?: number;
  brd?: number | '+' | '-';
  label?: string;
  scope?: number;
  dev?: string;
  noprefixroute: boolean;
  validLft?: number;
  preferredLft?: number;
}

function parseLft(v: string, key: string): number | undefined {
  if (v === 'forever') return undefined;
  if (!/^\d+$/.test(v)) return invarg(`${key} value is invalid\n`.replace(/^(\w+)/, '"$1"'), v);
  return Number(v);
}

function parseAddrArgs(ctx: IpCtx, args: Args): AddrReq {
  const r: AddrReq = { noprefixroute: false };
  const fam = ctx.opts.family === 4 ? 4 : ctx.opts.family === 6 ? 6 : 0;
  while (args.more) {
    const a = args.cur as string;
    if (a === 'peer' || a === 'remote') {
      const v = args.next();
      r.peer = parsePrefix(v, fam).family === 4 ? (parsePrefix(v, fam) as { addr: number }).addr : undefined;
    } else if (matches(a, 'broadcast') || a === 'brd') {
      const v = args.next();
      if (r.brd !== undefined) duparg('broadcast', v);
      if (v === '+' || v === '-') r.brd = v;
      else r.brd = parseAddr4(v, 4);
    } else if (matches(a, 'anycast')) args.next();
    else if (a === 'scope') {
      const v = args.next();
      const s = parseScope(v);
      if (s === null) invarg('invalid scope value.', v);
      r.scope = s as number;
    } else if (a === 'dev') {
      const v = args.next();
      if (r.dev !== undefined) duparg('dev', v);
      r.dev = v;
    } else if (a === 'label') r.label = args.next();
    else if (matches(a, 'valid_lft')) {
      const v = parseLft(args.next(), 'valid_lft');
      if (v === undefined) delete r.validLft;
      else r.validLft = v;
    } else if (matches(a, 'preferred_lft')) {
      const v = parseLft(args.next(), 'preferred_lft');
      if (v === undefined) delete r.preferredLft;
      else r.preferredLft = v;
    } else if (a === 'noprefixroute') r.noprefixroute = true;
    else if (a === 'home' || a === 'nodad' || a === 'optimistic' || a === 'mngtmpaddr' || a === 'autojoin') {
      // IPv6 flags, accepted
    } else if (a === 'metric' || a === 'priority' || a === 'proto') args.next();
    else {
      let v = a;
      if (a === 'local') v = args.next();
      else if (matches(a, 'help')) return fail(addrUsage(), 255);
      if (r.local) duparg2('local', v);
      r.local = parsePrefix(v, fam);
      r.localText = v;
    }
    args.advance();
  }
  return r;
}

function addrUsage(): string {
  return IP_ADDR_HELP;
}

function addrModify(ctx: IpCtx, args: Args, mode: 'add' | 'replace' | 'change'): number {
  const r = parseAddrArgs(ctx, args);
  if (r.dev === undefined) return fail('Not enough information: "dev" argument is required.\n', 1);
  if (r.label !== undefined && r.dev !== undefined && !r.label.startsWith(r.dev)) {
    return fail(`"dev" (${r.dev}) must match "label" (${r.label}).\n`, 1);
  }
  const link = needDev(ctx, r.dev);
  if (!r.local) return rtnlError(kerr('EOPNOTSUPP'));
  if (r.local.family === 6) {
    const e = addAddr6(link, r.local.addr6, r.local.explicitLen ? r.local.prefix : 128, r.scope ?? 0);
    if (e && mode === 'add') rtnlError(e);
    return 0;
  }
  const local = r.local;
  const prefix = r.peer !== undefined && !local.explicitLen ? 32 : local.prefix;
  let brd: number | undefined;
  if (r.brd === '+') brd = broadcastOf(local.addr, prefix);
  else if (r.brd === '-') brd = networkOf(local.addr, prefix);
  else brd = r.brd;
  if (r.scope !== undefined) {
    const prim = link.addrs4.find(
      (a) =>
        !a.secondary && a.prefix === prefix && networkOf(a.addr, a.prefix) === networkOf(local.addr, prefix),
    );
    if (prim && prim.scope !== r.scope && prim.addr !== local.addr) return rtnlError(kerr('EINVAL'));
  }
  const e = addAddr4(
    ctx.world,
    link,
    {
      addr: local.addr,
      prefix,
      ...(brd !== undefined ? { broadcast: brd } : {}),
      ...(r.peer !== undefined ? { peer: r.peer } : {}),
      ...(r.label !== undefined ? { label: r.label } : {}),
      ...(r.scope !== undefined ? { scope: r.scope } : {}),
      noprefixroute: r.noprefixroute,
      ...(r.validLft !== undefined ? { validLft: r.validLft } : {}),
      ...(r.preferredLft !== undefined ? { preferredLft: r.preferredLft } : {}),
    },
    mode !== 'add',
  );
  if (e) rtnlError(e);
  return 0;
}

function addrDel(ctx: IpCtx, args: Args): number {
  const r = parseAddrArgs(ctx, args);
  if (r.dev === undefined) return fail('Not enough information: "dev" argument is required.\n', 1);
  const link = needDev(ctx, r.dev);
  if (!r.local) {
    // no address: delete the first one
    const first = link.addrs4[0];
    if (!first) return rtnlError(kerr('EADDRNOTAVAIL', 'ipv4: Address not found'));
    removeAddr4(ctx.world, link, first);
    return 0;
  }
  if (r.local.family === 6) {
    const e = delAddr6(link, r.local.addr6);
    if (e) rtnlError(e);
    return 0;
  }
  if (!r.local.explicitLen && r.peer === undefined) {
    ctx.p.err(
      `Warning: Executing wildcard deletion to stay compatible with old scripts.\n         Explicitly specify the prefix length (${r.localText}/32) to avoid this warning.\n         This special behaviour is likely to disappear in further releases,\n         fix your scripts!\n`,
    );
  }
  const e = delAddr4(ctx.world, link, {
    addr: r.local.addr,
    ...(r.local.explicitLen ? { prefix: r.local.prefix } : {}),
    ...(r.label !== undefined ? { label: r.label } : {}),
  });
  if (e) rtnlError(e);
  return 0;
}

function addrFlush(ctx: IpCtx, args: Args): number {
  if (!args.more) return fail('Flush requires arguments.\n', 1);
  const f = parseShowFilter(ctx, args, true);
  let links: Link[] = [];
  for (const uid of ctx.ns.byIndex.values()) {
    const l = ctx.world.links.get(uid);
    if (l) links.push(l);
  }
  links.sort((a, b) => a.ifindex - b.ifindex);
  if (f.dev !== undefined) {
    const l = links.find((x) => x.name === f.dev);
    if (!l) return fail(`Device "${f.dev}" does not exist.\n`, 1);
    links = [l];
  }
  for (const l of links) {
    if (!linkPasses(ctx, l, f)) continue;
    if (ctx.opts.family !== 6) {
      for (;;) {
        const victim = l.addrs4.find((a) => addr4Passes(a, f));
        if (!victim) break;
        removeAddr4(ctx.world, l, victim);
      }
    }
    if (ctx.opts.family !== 4 && f.label === undefined && f.to === undefined) {
      l.addrs6 = l.addrs6.filter((a) => f.scope !== undefined && a.scope !== f.scope);
    }
  }
  return 0;
}

export function doAddr(ctx: IpCtx, argv: string[]): number {
  const args = new Args(argv);
  const verb = args.cur;
  if (verb === undefined) return showLinks(ctx, parseShowFilter(ctx, args, true), false);
  args.advance();
  if (matches(verb, 'add')) return addrModify(ctx, args, 'add');
  if (matches(verb, 'change') || verb === 'chg') return addrModify(ctx, args, 'change');
  if (matches(verb, 'replace')) return addrModify(ctx, args, 'replace');
  if (matches(verb, 'delete')) return addrDel(ctx, args);
  if (matches(verb, 'list') || matches(verb, 'show') || matches(verb, 'lst'))
    return showLinks(ctx, parseShowFilter(ctx, args, true), false);
  if (matches(verb, 'flush')) return addrFlush(ctx, args);
  if (matches(verb, 'help')) return fail(addrUsage(), 255);
  return fail(`Command "${verb}" is unknown, try "ip address help".\n`, 255);
}
