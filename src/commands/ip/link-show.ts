/**
 * `ip link show` / `ip addr show`: print_linkinfo, print_addrinfo and their
 * brief forms, with iproute2's filters (dev, up, type, master, group,
 * scope, label, to, primary/secondary ...).
 */
import { formatIPv4, formatIPv6 } from '../../model/inet.js';
import { flagNames, lowerUp, operstateOf, peerOf, qdiscOf } from '../../model/link-state.js';
import { SCOPE_NAMES } from '../../model/routes.js';
import type { Addr4, Addr6, Link } from '../../model/types.js';
import { getNetns, linkByIndex, linksOf, netnsDisplayName, nsidOf } from '../../model/world.js';
import { type IpPrinter, PRINT_ANY, PRINT_FP, PRINT_JSON } from '../../render/ip-printer.js';
import { fail } from '../cli-error.js';
import { type Args, duparg2, familyName, type IpCtx, invarg, matches, parsePrefix } from './common.js';
import { IP_ADDR_HELP, IP_LINK_HELP } from './help-texts.js';
import { printLinkDetails } from './link-details.js';
import { printLinkStats } from './link-stats.js';

export interface LinkFilter {
  dev?: string;
  up: boolean;
  kind?: string;
  slaveKind?: string;
  master?: number;
  nomaster: boolean;
  group?: number;
  scope?: number;
  label?: string;
  to?: { addr: number; prefix: number };
  flagPrimary?: boolean;
  flagPermanent?: boolean;
}

const GROUP_NAMES: Record<string, number> = { default: 0 };

function groupText(g: number): string {
  return g === 0 ? 'default' : String(g);
}

export function parseGroup(s: string): number | null {
  if (GROUP_NAMES[s] !== undefined) return GROUP_NAMES[s] as number;
  return /^\d+$/.test(s) ? Number(s) : null;
}

const SCOPE_BY_NAME: Record<string, number> = {
  global: 0,
  universe: 0,
  site: 200,
  link: 253,
  host: 254,
  nowhere: 255,
};

export function parseScope(s: string): number | null {
  if (SCOPE_BY_NAME[s] !== undefined) return SCOPE_BY_NAME[s] as number;
  return /^\d+$/.test(s) && Number(s) < 256 ? Number(s) : null;
}

export function parseShowFilter(ctx: IpCtx, args: Args, forAddr: boolean): LinkFilter {
  const f: LinkFilter = { up: false, nomaster: false };
  while (args.more) {
    const a = args.cur as string;
    if (a === 'to' && forAddr) {
      const v = args.next();
      const p = parsePrefix(v, ctx.opts.family === 6 ? 6 : ctx.opts.family === 4 ? 4 : 0);
      if (p.family === 4) {
        f.to = { addr: p.addr, prefix: p.prefix };
        if (ctx.opts.family === 0) ctx.opts.family = 4;
      }
    } else if (a === 'scope' && forAddr) {
      const v = args.next();
      const s = parseScope(v);
      if (s === null && v !== 'all') invarg('invalid "scope"\n', v);
      if (s !== null) f.scope = s;
    } else if (a === 'up') f.up = true;
    else if (forAddr && (a === 'primary' || a === 'secondary')) f.flagPrimary = a === 'primary';
    else if (forAddr && (a === 'permanent' || a === 'dynamic')) f.flagPermanent = a === 'permanent';
    else if (a === 'label' && forAddr) f.label = args.next();
    else if (a === 'group') {
      const v = args.next();
      const g = parseGroup(v);
      if (g === null) invarg('Invalid "group" value\n', v);
      f.group = g as number;
    } else if (a === 'master') {
      const v = args.next();
      const m = ctx.p.ctx.world && linksOf(ctx.world, ctx.ns).find((l) => l.name === v);
      if (!m) invarg('Device does not exist\n', v);
      f.master = (m as Link).uid;
    } else if (a === 'nomaster') f.nomaster = true;
    else if (a === 'type') {
      const v = args.next();
      if (v.endsWith('_slave') && v.length > 6) f.slaveKind = v.slice(0, -6);
      else f.kind = v;
    } else if (a === 'vrf') {
      const v = args.next();
      invarg('Not a valid VRF name\n', v);
    } else {
      let name = a;
      if (a === 'dev') name = args.next();
      else if (matches(a, 'help')) return fail(helpText(forAddr), 255);
      if (f.dev !== undefined) duparg2('dev', name);
      f.dev = name;
    }
    args.advance();
  }
  return f;
}

function helpText(forAddr: boolean): string {
  return forAddr ? IP_ADDR_HELP : IP_LINK_HELP;
}

/** Does a link pass the link-level part of the filter? */
export function linkPasses(ctx: IpCtx, l: Link, f: LinkFilter): boolean {
  if (f.up && !l.adminUp) return false;
  if (f.kind !== undefined && l.kind !== f.kind) return false;
  if (f.slaveKind !== undefined) {
    const m = l.master === undefined ? undefined : ctx.world.links.get(l.master);
    if (!m || m.kind !== f.slaveKind) return false;
  }
  if (f.master !== undefined && l.master !== f.master) return false;
  if (f.nomaster && l.master !== undefined) return false;
  if (f.group !== undefined && l.group !== f.group) return false;
  return true;
}

export function addr4Passes(a: Addr4, f: LinkFilter): boolean {
  if (f.scope !== undefined && a.scope !== f.scope) return false;
  if (f.label !== undefined && !globMatch(f.label, a.label)) return false;
  if (f.flagPrimary !== undefined && a.secondary === f.flagPrimary) return false;
  if (f.flagPermanent === false) return false;
  if (f.to && ((a.addr ^ f.to.addr) >>> 0) >>> (32 - f.to.prefix) !== 0 && f.to.prefix > 0) return false;
  return true;
}

function addr6Passes(a: Addr6, f: LinkFilter): boolean {
  if (f.scope !== undefined && a.scope !== f.scope) return false;
  if (f.label !== undefined) return false;
  if (f.flagPrimary === false) return false;
  if (f.flagPermanent === true && a.auto && a.scope === 253) return true;
  if (f.to) return false;
  return true;
}

function globMatch(pat: string, s: string): boolean {
  const re = new RegExp(
    `^${pat
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(s);
}

/** dev_get_iflink(): a veth's peer index, an IP tunnel's underlay (0 for none), else the device itself. */
function iflinkOf(ctx: IpCtx, l: Link): number {
  if (l.ipip) {
    const under = l.ipip.dev === undefined ? undefined : ctx.world.links.get(l.ipip.dev);
    return under?.ifindex ?? 0;
  }
  return peerOf(ctx.world, l)?.ifindex ?? l.ifindex;
}

/**
 * The name as an AF_INET6 link dump gives it (inet6_fill_ifinfo): IFLA_LINK
 * only when it differs from the device's own index and never a netnsid, so
 * iproute2 names that index in the current namespace (`h1@eth0`), else `ifN`.
 */
function printV6DumpName(ctx: IpCtx, out: IpPrinter, l: Link, format: string): boolean {
  const iflink = iflinkOf(ctx, l);
  let name = l.name;
  let mdown = false;
  if (iflink !== l.ifindex) {
    if (iflink === 0) {
      if (out.isJson) out.null(PRINT_JSON, 'link', '');
      else name = `${name}@NONE`;
    } else {
      const local = linkByIndex(ctx.world, ctx.ns, iflink);
      const linkName = local?.name ?? `if${iflink}`;
      if (out.isJson) out.string(PRINT_JSON, 'link', '', linkName);
      else name = `${name}@${linkName}`;
      mdown = !!local && !local.adminUp;
    }
  }
  out.colorString(PRINT_ANY, 'ifname', 'ifname', format, name);
  return mdown;
}

/** name or name@peer, and whether the peer (in the same namespace) is down (M-DOWN). */
function printNameAndLink(ctx: IpCtx, out: IpPrinter, l: Link, format: string, v6view: boolean): boolean {
  if (v6view) return printV6DumpName(ctx, out, l, format);
  let name = l.name;
  let mdown = false;
  const peer = peerOf(ctx.world, l);
  // an IP tunnel reports IFLA_LINK: its underlay device, or NONE
  if (l.ipip) {
    const under = l.ipip.dev === undefined ? undefined : ctx.world.links.get(l.ipip.dev);
    if (out.isJson) {
      if (under) out.string(PRINT_JSON, 'link', '', under.name);
      else out.null(PRINT_JSON, 'link', '');
    } else name = `${name}@${under?.name ?? 'NONE'}`;
  }
  if (peer) {
    if (peer.netns !== l.netns) {
      if (out.isJson) out.int(PRINT_JSON, 'link_index', '', peer.ifindex);
      else name = `${name}@if${peer.ifindex}`;
    } else {
      const same = linkByIndex(ctx.world, ctx.ns, peer.ifindex);
      const linkName = same?.name ?? `if${peer.ifindex}`;
      if (out.isJson) out.string(PRINT_JSON, 'link', '', linkName);
      else name = `${name}@${linkName}`;
      mdown = !!same && !same.adminUp;
    }
  }
  out.colorString(PRINT_ANY, 'ifname', 'ifname', format, name);
  return mdown;
}

function printFlags(ctx: IpCtx, out: IpPrinter, l: Link, mdown: boolean): void {
  const names = flagNames(ctx.world, l);
  if (l.adminUp && !lowerUp(ctx.world, l)) names.unshift('NO-CARRIER');
  if (mdown) names.push('M-DOWN');
  if (out.isJson) {
    out.openArray(PRINT_JSON, 'flags');
    for (const n of names) out.string(PRINT_JSON, null, '', n);
    out.closeArray(PRINT_JSON);
  } else out.fp(`<${names.join(',')}> `);
}

function printOperstate(ctx: IpCtx, out: IpPrinter, l: Link): void {
  const st = operstateOf(ctx.world, l);
  const role = st === 'UP' ? 'up' : st === 'DOWN' ? 'down' : 'none';
  if (ctx.opts.brief) {
    out.colorString(PRINT_ANY, role, 'operstate', '%-14s ', st);
  } else {
    out.fp('state ');
    out.colorString(PRINT_ANY, role, 'operstate', '%s ', st);
  }
}

/**
 * print_linkinfo() for one device. `doLink` is true for `ip link`, false for
 * `ip addr`. `v6view`: the link came from an AF_INET6 dump (`ip -6 addr`
 * without a device), which carries no qdisc, master, group, netnsid, broadcast
 * address or link details; with a device iproute2 asks RTM_GETLINK and gets
 * everything.
 */
export function printLinkinfo(ctx: IpCtx, l: Link, doLink: boolean, v6view = false): void {
  const out = ctx.out;
  if (ctx.opts.brief) {
    printNameAndLink(ctx, out, l, '%-16s ', v6view);
    printOperstate(ctx, out, l);
    if (doLink) {
      const peer = peerOf(ctx.world, l);
      const mdown = !!peer && peer.netns === l.netns && !peer.adminUp;
      out.colorString(PRINT_ANY, 'mac', 'address', '%s ', l.mac);
      printFlags(ctx, out, l, mdown);
      out.fp('\n');
    }
    return;
  }
  out.int(PRINT_ANY, 'ifindex', '%i: ', l.ifindex);
  const mdown = printNameAndLink(ctx, out, l, '%s: ', v6view);
  printFlags(ctx, out, l, mdown);
  out.uint(PRINT_ANY, 'mtu', 'mtu %u ', l.mtu);
  if (!v6view) out.string(PRINT_ANY, 'qdisc', 'qdisc %s ', qdiscOf(l));
  if (l.master !== undefined && !v6view) {
    const m = ctx.world.links.get(l.master);
    if (m) out.string(PRINT_ANY, 'master', 'master %s ', m.name);
  }
  printOperstate(ctx, out, l);
  if (doLink) out.string(PRINT_ANY, 'linkmode', 'mode %s ', 'DEFAULT');
  if (!v6view) out.string(PRINT_ANY, 'group', 'group %s ', groupText(l.group));
  // iproute2 leaves a zero queue length out (docker0 and Docker's veths have none)
  if (l.txqlen > 0) out.uint(PRINT_ANY, 'txqlen', 'qlen %u', l.txqlen);
  const peer = peerOf(ctx.world, l);
  const showLinkLayer = doLink || ctx.opts.family === 0 || ctx.opts.details > 0;
  if (v6view && ctx.opts.details > 0) {
    out.nl();
    out.string(PRINT_ANY, 'link_type', '    link/%s ', l.linkType);
    out.colorString(PRINT_ANY, 'mac', 'address', '%s', l.mac);
  } else if (showLinkLayer && !v6view) {
    out.nl();
    out.string(PRINT_ANY, 'link_type', '    link/%s ', l.linkType);
    out.colorString(PRINT_ANY, 'mac', 'address', '%s', l.mac);
    // IFF_POINTOPOINT devices name their peer instead of a broadcast address
    const p2p = !!l.ipip?.remote;
    out.fp(p2p ? ' peer ' : ' brd ');
    if (p2p) out.bool(PRINT_JSON, 'link_pointtopoint', '', true);
    out.colorString(PRINT_ANY, 'mac', 'broadcast', '%s', l.brd);
  }
  if (peer && peer.netns !== l.netns && !v6view) {
    const id = nsidOf(ctx.ns, peer.netns, true) as number;
    if (out.isJson) out.int(PRINT_JSON, 'link_netnsid', '', id);
    else {
      const name = netnsDisplayName(ctx.world, ctx.host.name, getNetns(ctx.world, peer.netns));
      if (name !== undefined) out.string(PRINT_FP, null, ' link-netns %s', name);
      else out.int(PRINT_FP, null, ' link-netnsid %d', id);
    }
  }
  if (ctx.opts.details > 0 && !v6view) printLinkDetails(ctx, l, doLink);
  if ((doLink || ctx.opts.details > 0) && l.alias !== undefined && !v6view) {
    out.nl();
    out.string(PRINT_ANY, 'ifalias', '    alias %s', l.alias);
  }
  if (doLink && ctx.opts.stats > 0) {
    out.nl();
    printLinkStats(ctx, l);
  }
  if (doLink) out.fp('\n');
}

export function printAddr4(ctx: IpCtx, l: Link, a: Addr4): void {
  const out = ctx.out;
  if (ctx.opts.brief) {
    out.openObject(null);
    out.colorString(PRINT_ANY, 'inet', 'local', '%s', formatIPv4(a.addr));
    if (a.peer !== undefined) {
      out.fp(' peer ');
      out.colorString(PRINT_ANY, 'inet', 'address', '%s', formatIPv4(a.peer));
    }
    out.int(PRINT_ANY, 'prefixlen', '/%d ', a.prefix);
    out.closeObject();
    return;
  }
  out.openObject(null);
  if (ctx.opts.oneline) out.fp(`${l.ifindex}: ${l.name}`);
  out.string(PRINT_ANY, 'family', '    %s ', 'inet');
  out.colorString(PRINT_ANY, 'inet', 'local', '%s', formatIPv4(a.addr));
  if (a.peer !== undefined) {
    out.fp(' peer ');
    out.colorString(PRINT_ANY, 'inet', 'address', '%s', formatIPv4(a.peer));
  }
  out.int(PRINT_ANY, 'prefixlen', '/%d ', a.prefix);
  if (a.broadcast !== undefined) {
    out.fp('brd ');
    out.colorString(PRINT_ANY, 'inet', 'broadcast', '%s ', formatIPv4(a.broadcast));
  }
  out.string(PRINT_ANY, 'scope', 'scope %s ', SCOPE_NAMES[a.scope] ?? String(a.scope));
  const now = ctx.world.clock.now;
  const left = (until: number | undefined) =>
    until === undefined ? undefined : Math.max(0, Math.ceil((until - now) / 1000));
  const valid = left(a.validUntil);
  const preferred = left(a.preferredUntil);
  if (a.secondary) out.bool(PRINT_ANY, 'secondary', 'secondary ', true);
  if (preferred === 0) out.bool(PRINT_ANY, 'deprecated', 'deprecated ', true);
  if (valid !== undefined) out.bool(PRINT_ANY, 'dynamic', 'dynamic ', true);
  if (a.noprefixroute) out.bool(PRINT_ANY, 'noprefixroute', 'noprefixroute ', true);
  out.string(PRINT_ANY, 'label', '%s', a.label);
  printLifetimes(ctx, valid, preferred === 0 && valid === undefined ? undefined : preferred);
  out.closeObject();
}

export function printAddr6(ctx: IpCtx, l: Link, a: Addr6): void {
  const out = ctx.out;
  const text = formatIPv6(a.addr);
  out.openObject(null);
  if (ctx.opts.brief) {
    out.colorString(PRINT_ANY, 'inet6', 'local', '%s', text);
    out.int(PRINT_ANY, 'prefixlen', '/%d ', a.prefix);
    out.closeObject();
    return;
  }
  if (ctx.opts.oneline) out.fp(`${l.ifindex}: ${l.name}`);
  out.string(PRINT_ANY, 'family', '    %s ', 'inet6');
  out.colorString(PRINT_ANY, 'inet6', 'local', '%s', text);
  out.int(PRINT_ANY, 'prefixlen', '/%d ', a.prefix);
  out.string(PRINT_ANY, 'scope', 'scope %s ', SCOPE_NAMES[a.scope] ?? String(a.scope));
  if (a.tentative) out.bool(PRINT_ANY, 'tentative', 'tentative ', true);
  printLifetimes(ctx);
  out.closeObject();
}

function printLifetimes(ctx: IpCtx, valid?: number, preferred?: number): void {
  const out = ctx.out;
  out.nl();
  out.fp('       valid_lft ');
  out.uint(PRINT_JSON, 'valid_life_time', '', valid ?? 4294967295);
  out.fp(valid === undefined ? 'forever' : `${valid}sec`);
  out.fp(' preferred_lft ');
  out.uint(PRINT_JSON, 'preferred_life_time', '', preferred ?? 4294967295);
  out.fp(preferred === undefined ? 'forever' : `${preferred}sec`);
  out.fp('\n');
}

/** `ip addr show` / `ip link show` over the current namespace. */
export function showLinks(ctx: IpCtx, f: LinkFilter, doLink: boolean): number {
  const all = linksOf(ctx.world, ctx.ns);
  let links = all;
  if (f.dev !== undefined) {
    const l = all.find((x) => x.name === f.dev);
    if (!l) return fail(`Device "${f.dev}" does not exist.\n`, 1);
    links = [l];
  }
  const v6view = !doLink && ctx.opts.family === 6 && f.dev === undefined;
  // an AF_INET6 dump has no IFLA_LINKINFO or IFLA_MASTER: type and master filters match nothing
  if (v6view && (f.kind !== undefined || f.slaveKind !== undefined || f.master !== undefined)) links = [];
  links = links.filter((l) => linkPasses(ctx, l, f));
  const out = ctx.out;
  out.begin();
  for (const l of links) {
    if (doLink) {
      out.openObject(null);
      printLinkinfo(ctx, l, true);
      out.closeObject();
      continue;
    }
    const fam = ctx.opts.family;
    const v4 = fam === 6 ? [] : l.addrs4.filter((a) => addr4Passes(a, f));
    const v6 = fam === 4 ? [] : l.addrs6.filter((a) => addr6Passes(a, f));
    const hasAny = l.addrs4.length + l.addrs6.length > 0;
    const filtered =
      fam !== 0 ||
      f.scope !== undefined ||
      f.label !== undefined ||
      f.to !== undefined ||
      f.flagPrimary !== undefined;
    if (v4.length + v6.length === 0 && (hasAny || filtered)) {
      if (hasAny || fam !== 0) continue;
    }
    out.openObject(null);
    const noLink = (ctx.opts.oneline || f.label !== undefined) && !ctx.opts.brief;
    if (!noLink) printLinkinfo(ctx, l, false, v6view);
    if (ctx.opts.brief) {
      out.openArray(PRINT_JSON, 'addr_info');
      for (const a of v4) printAddr4(ctx, l, a);
      for (const a of v6) printAddr6(ctx, l, a);
      out.closeArray(PRINT_JSON);
      out.fp('\n');
    } else {
      if (!noLink) out.fp('\n');
      out.openArray(PRINT_JSON, 'addr_info');
      for (const a of v4) printAddr4(ctx, l, a);
      for (const a of v6) printAddr6(ctx, l, a);
      out.closeArray(PRINT_JSON);
    }
    out.closeObject();
  }
  out.end();
  ctx.p.out(out.output());
  return 0;
}

export { familyName };
