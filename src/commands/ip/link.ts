/** `ip link add | set | delete | show`. */
import { kerr } from '../../model/errno.js';
import { parseIPv4Loose } from '../../model/inet.js';
import {
  deleteLink,
  reconcileLinks,
  renameLink,
  setLinkUp,
  setMac,
  setMaster,
  setMtu,
} from '../../model/link-ops.js';
import { peerOf } from '../../model/link-state.js';
import { removeRoutes, routeUsesDev } from '../../model/routes.js';
import type { Link, Netns } from '../../model/types.js';
import {
  getNetns,
  linkByName,
  moveLinkTo,
  netnsByName,
  newLink,
  notePeerNamespaces,
} from '../../model/world.js';
import { fail } from '../cli-error.js';
import {
  Args,
  duparg,
  duparg2,
  type IpCtx,
  incomplete,
  invarg,
  macText,
  matches,
  needDev,
  parseLladdr,
  rtnlError,
} from './common.js';
import { IP_LINK_HELP } from './help-texts.js';
import { createIpip } from './link-ipip.js';
import { parseGroup, parseShowFilter, showLinks } from './link-show.js';

interface LinkReq {
  dev?: string;
  name?: string;
  up?: boolean;
  mtu?: number;
  address?: number[];
  master?: string | null;
  netns?: Netns;
  alias?: string;
  txqlen?: number;
  group?: number;
  promisc?: boolean;
  arp?: boolean;
  type?: string;
  typeArgs: string[];
}

const IFNAME_RE = /^[^\s/:]{1,}$/;

function findNetns(ctx: IpCtx, v: string): Netns {
  const byName = netnsByName(ctx.world, ctx.host, v);
  if (byName) return byName;
  if (/^\d+$/.test(v)) {
    const proc = ctx.host.processes.find((p) => p.pid === Number(v));
    if (!proc) return fail('RTNETLINK answers: No such process\n', 2);
    return getNetns(ctx.world, proc.netns);
  }
  return invarg('Invalid "netns" value\n', v);
}

/** iplink_parse(): the shared option loop of add and set. */
function parseLinkArgs(ctx: IpCtx, args: Args): LinkReq {
  const r: LinkReq = { typeArgs: [] };
  while (args.more) {
    const a = args.cur as string;
    if (a === 'up') r.up = true;
    else if (a === 'down') r.up = false;
    else if (a === 'name') {
      const v = args.next();
      if (r.name !== undefined) duparg('name', v);
      if (!IFNAME_RE.test(v) || v.length > 15) invarg('"name" not a valid ifname', v);
      r.name = v;
    } else if (matches(a, 'link')) args.next();
    else if (matches(a, 'address')) r.address = parseLladdr(args.next());
    else if (matches(a, 'broadcast') || a === 'brd') parseLladdr(args.next());
    else if (matches(a, 'txqueuelen') || a === 'qlen' || matches(a, 'txqlen')) {
      const v = args.next();
      if (r.txqlen !== undefined) duparg('txqueuelen', v);
      if (!/^\d+$/.test(v)) invarg('Invalid "txqueuelen" value\n', v);
      r.txqlen = Number(v);
    } else if (a === 'mtu') {
      const v = args.next();
      if (r.mtu !== undefined) duparg('mtu', v);
      if (!/^-?\d+$/.test(v)) invarg('Invalid "mtu" value\n', v);
      r.mtu = Number(v);
    } else if (a === 'netns') {
      const v = args.next();
      if (r.netns) duparg('netns', v);
      r.netns = findNetns(ctx, v);
    } else if (
      a === 'promisc' ||
      a === 'arp' ||
      a === 'multicast' ||
      a === 'allmulticast' ||
      a === 'trailers' ||
      a === 'dynamic'
    ) {
      const v = args.next();
      if (v !== 'on' && v !== 'off')
        return fail(`Error: argument of "${a}" must be "on" or "off", not "${v}"\n`, 255);
      if (a === 'promisc') r.promisc = v === 'on';
      if (a === 'arp') r.arp = v === 'on';
    } else if (matches(a, 'master')) {
      const v = args.next();
      if (!linkByName(ctx.world, ctx.ns, v)) invarg('Device does not exist\n', v);
      r.master = v;
    } else if (matches(a, 'nomaster')) r.master = null;
    else if (matches(a, 'type')) {
      r.type = args.next();
      args.advance();
      r.typeArgs = args.rest();
      args.i = args.a.length;
      break;
    } else if (matches(a, 'alias')) {
      const v = args.next();
      if (v.length >= 256) invarg('alias too long\n', v);
      r.alias = v;
    } else if (a === 'group') {
      const v = args.next();
      if (r.group !== undefined) duparg('group', v);
      const g = parseGroup(v);
      if (g === null) invarg('Invalid "group" value\n', v);
      r.group = g as number;
    } else if (
      a === 'state' ||
      a === 'mode' ||
      a === 'vf' ||
      a === 'xdp' ||
      a === 'index' ||
      a === 'numtxqueues' ||
      a === 'numrxqueues'
    ) {
      args.next();
    } else {
      if (matches(a, 'help')) return fail(linkHelp(), 255);
      let dev = a;
      if (a === 'dev') dev = args.next();
      if (r.dev !== r.name) duparg2('dev', dev);
      if (!IFNAME_RE.test(dev)) invarg('"dev" not a valid ifname', dev);
      r.dev = dev;
    }
    args.advance();
  }
  return r;
}

function linkHelp(): string {
  return IP_LINK_HELP;
}

/** Apply a parsed request to an existing device, in do_setlink's order. */
function applySet(ctx: IpCtx, link: Link, r: LinkReq): void {
  const w = ctx.world;
  if (r.mtu !== undefined) {
    const e = setMtu(w, link, r.mtu);
    if (e) rtnlError(e);
  }
  if (r.address) {
    if (r.address.length !== 6) fail(`Invalid address length ${r.address.length} - must be 6 bytes\n`, 1);
    const e = setMac(w, link, macText(r.address));
    if (e) rtnlError(e);
  }
  if (r.name !== undefined && r.name !== link.name) {
    const e = renameLink(w, link, r.name);
    if (e) rtnlError(e);
  }
  if (r.master !== undefined) {
    const m = r.master === null ? undefined : linkByName(w, ctx.ns, r.master);
    if (m && m.uid === link.uid) rtnlError(kerr('EINVAL', 'Can not enslave a bridge to a bridge'));
    if (m && link.kind === 'bridge') rtnlError(kerr('EINVAL', 'Can not enslave a bridge to a bridge'));
    const e = setMaster(w, link, m);
    if (e) rtnlError(e);
  }
  if (r.alias !== undefined) {
    if (r.alias === '') delete link.alias;
    else link.alias = r.alias;
  }
  if (r.txqlen !== undefined) link.txqlen = r.txqlen;
  if (r.group !== undefined) link.group = r.group;
  if (r.promisc !== undefined) link.promisc = r.promisc ? 1 : 0;
  if (r.up !== undefined) setLinkUp(w, link, r.up);
}

function moveToNetns(ctx: IpCtx, link: Link, target: Netns): void {
  const w = ctx.world;
  if (link.kind === 'loopback' || (link.kind === 'bridge' && false)) rtnlError(kerr('EINVAL'));
  if (linkByName(w, target, link.name)) rtnlError(kerr('EEXIST'));
  const from = getNetns(w, link.netns);
  // dev_close + address teardown before the move
  setLinkUp(w, link, false);
  if (link.master !== undefined) setMaster(w, link, undefined);
  link.addrs4 = [];
  removeRoutes(from, (r) => routeUsesDev(r, link.uid));
  from.neigh = from.neigh.filter((n) => n.dev !== link.uid);
  moveLinkTo(w, link, target);
  const peer = peerOf(w, link);
  reconcileLinks(w, peer ? [link, peer] : [link]);
}

function linkSet(ctx: IpCtx, args: Args): number {
  const r = parseLinkArgs(ctx, args);
  if (r.dev === undefined) return fail('Not enough information: "dev" argument is required.\n', 255);
  const link = needDev(ctx, r.dev);
  if (r.netns) {
    moveToNetns(ctx, link, r.netns);
    const moved: IpCtx = { ...ctx, ns: r.netns };
    applySet(moved, link, { ...r, master: undefined });
    return 0;
  }
  applySet(ctx, link, r);
  return 0;
}

function autoName(ctx: IpCtx, ns: Netns, pattern: string): string {
  for (let i = 0; ; i++) {
    const n = pattern.replace('%d', String(i));
    if (!linkByName(ctx.world, ns, n)) return n;
  }
}

function linkAdd(ctx: IpCtx, args: Args): number {
  const r = parseLinkArgs(ctx, args);
  const name = r.name ?? r.dev;
  if (r.type === undefined) {
    if (args.a.some((x) => matches(x, 'type'))) incomplete();
    return fail('Not enough information: "type" argument is required\n', 1);
  }
  if (name === undefined) return fail('Not enough information: "dev" argument is required.\n', 255);
  const kind = r.type;
  const w = ctx.world;
  const target = r.netns ?? ctx.ns;
  const known = [
    'veth',
    'bridge',
    'vxlan',
    'dummy',
    'macvlan',
    'ifb',
    'vlan',
    'ipvlan',
    'bond',
    'gre',
    'ipip',
    'vrf',
    'wireguard',
  ];
  if (!known.includes(kind) || !w.profile.linkKinds.includes(kind)) {
    if (r.typeArgs.length > 0 && !known.includes(kind)) {
      return fail(`Garbage instead of arguments "${r.typeArgs.join(' ')}". Try "ip link help".\n`, 1);
    }
    return rtnlError(kerr('EOPNOTSUPP', 'Unknown device type'));
  }
  if (name.length > 15) return rtnlError(kerr('EINVAL', 'Attribute failed policy validation'));
  if (linkByName(w, target, name)) return rtnlError(kerr('EEXIST'));
  if (kind === 'veth') return addVeth(ctx, name, target, r);
  if (kind === 'bridge') {
    if (r.typeArgs.length > 0) return fail(bridgeUsage(r.typeArgs[0] as string), 1);
    const l = newLink(w, target, { kind: 'bridge', name });
    finishAdd(ctx, l, r);
    return 0;
  }
  if (kind === 'vxlan') return addVxlan(ctx, name, target, r);
  if (kind === 'ipip') {
    finishAdd(ctx, createIpip(ctx, name, target, r.typeArgs), r);
    return 0;
  }
  const l = newLink(w, target, { kind: kind as Link['kind'], name });
  finishAdd(ctx, l, r);
  return 0;
}

function finishAdd(ctx: IpCtx, l: Link, r: LinkReq): void {
  const sub: IpCtx = { ...ctx, ns: getNetns(ctx.world, l.netns) };
  applySet(sub, l, { ...r, name: undefined, netns: undefined } as LinkReq);
}

function addVeth(ctx: IpCtx, name: string, target: Netns, r: LinkReq): number {
  const w = ctx.world;
  const t = new Args(r.typeArgs);
  let peerReq: LinkReq | null = null;
  if (t.more) {
    if (t.cur !== 'peer')
      return fail(
        "Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n",
        1,
      );
    t.advance();
    peerReq = parseLinkArgs(ctx, t);
  }
  const peerNs = peerReq?.netns ?? ctx.ns;
  const peerName = peerReq?.name ?? peerReq?.dev ?? autoName(ctx, peerNs, 'veth%d');
  if (linkByName(w, peerNs, peerName) || (peerNs === target && peerName === name))
    return rtnlError(kerr('EEXIST'));
  // the peer is registered first and gets the lower ifindex
  const peer = newLink(w, peerNs, { kind: 'veth', name: peerName });
  const dev = newLink(w, target, { kind: 'veth', name });
  dev.peer = peer.uid;
  peer.peer = dev.uid;
  notePeerNamespaces(w, dev);
  // a `master` given for the peer is silently ignored, as the kernel does
  if (peerReq) finishAdd(ctx, peer, { ...peerReq, master: undefined } as LinkReq);
  finishAdd(ctx, dev, r);
  return 0;
}

function addVxlan(ctx: IpCtx, name: string, target: Netns, r: LinkReq): number {
  const w = ctx.world;
  const t = new Args(r.typeArgs);
  let id: number | undefined;
  let dstport: number | undefined;
  let local: number | undefined;
  let remote: number | undefined;
  let group: number | undefined;
  let dev: Link | undefined;
  let learning = true;
  let ttl: number | undefined;
  while (t.more) {
    const a = t.cur as string;
    if (a === 'id' || a === 'vni') {
      const v = t.next();
      if (!/^\d+$/.test(v) || Number(v) >= 1 << 24) invarg('invalid id', v);
      id = Number(v);
    } else if (a === 'dstport') {
      const v = t.next();
      if (!/^\d+$/.test(v) || Number(v) > 65535) invarg('dstport', v);
      dstport = Number(v);
    } else if (a === 'local' || a === 'remote' || a === 'group') {
      const v = t.next();
      const ip = parseIPv4Loose(v);
      if (ip === null) invarg(`invalid ${a} address`, v);
      if (a === 'local') local = ip as number;
      else if (a === 'remote') remote = ip as number;
      else group = ip as number;
    } else if (a === 'dev') {
      const v = t.next();
      dev = linkByName(w, ctx.ns, v);
      if (!dev) invarg('dev', v);
    } else if (a === 'nolearning') learning = false;
    else if (a === 'learning') learning = true;
    else if (a === 'ttl' || a === 'hoplimit') {
      const v = t.next();
      ttl = v === 'auto' || v === 'inherit' ? undefined : Number(v);
    } else if (a === 'port' || a === 'tos' || a === 'ageing' || a === 'maxaddress') t.next();
    else if (
      /^(no)?(udpcsum|udp6zerocsumtx|udp6zerocsumrx|rsc|l2miss|l3miss|proxy|external|gbp|gpe)$/.test(a)
    ) {
      // accepted, not modelled
    } else return fail(`vxlan: unknown command "${a}"?\n`, 1);
    t.advance();
  }
  if (id === undefined)
    return rtnlError(kerr('EINVAL', 'Required attributes not provided to perform the operation'));
  if (dstport === undefined) {
    ctx.p.err(
      "vxlan: destination port not specified\nWill use Linux kernel default (non-standard value)\nUse 'dstport 4789' to get the IANA assigned value\nUse 'dstport 0' to get default and quiet this message\n",
    );
  }
  if (linkByName(w, target, name)) return rtnlError(kerr('EEXIST'));
  const l = newLink(w, target, { kind: 'vxlan', name, mtu: dev ? dev.mtu - 50 : 1500 });
  l.vxlan = {
    id,
    dstport: dstport || 8472,
    learning,
    fdb: new Map(),
    ...(local !== undefined ? { local } : {}),
    ...(remote !== undefined ? { remote } : {}),
    ...(group !== undefined ? { group } : {}),
    ...(dev ? { dev: dev.uid } : {}),
    ...(ttl !== undefined ? { ttl } : {}),
  };
  finishAdd(ctx, l, r);
  return 0;
}

function bridgeUsage(bad: string): string {
  const opts = [
    'fdb_flush ]',
    'forward_delay FORWARD_DELAY ]',
    'hello_time HELLO_TIME ]',
    'max_age MAX_AGE ]',
    'ageing_time AGEING_TIME ]',
    'stp_state STP_STATE ]',
    'priority PRIORITY ]',
    'group_fwd_mask MASK ]',
    'group_address ADDRESS ]',
    'no_linklocal_learn NO_LINKLOCAL_LEARN ]',
    'vlan_filtering VLAN_FILTERING ]',
    'vlan_protocol VLAN_PROTOCOL ]',
    'vlan_default_pvid VLAN_DEFAULT_PVID ]',
    'vlan_stats_enabled VLAN_STATS_ENABLED ]',
    'vlan_stats_per_port VLAN_STATS_PER_PORT ]',
    'mcast_snooping MULTICAST_SNOOPING ]',
    'mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]',
    'mcast_router MULTICAST_ROUTER ]',
    'mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]',
    'mcast_querier MULTICAST_QUERIER ]',
    'mcast_hash_elasticity HASH_ELASTICITY ]',
    'mcast_hash_max HASH_MAX ]',
    'mcast_last_member_count LAST_MEMBER_COUNT ]',
    'mcast_startup_query_count STARTUP_QUERY_COUNT ]',
    'mcast_last_member_interval LAST_MEMBER_INTERVAL ]',
    'mcast_membership_interval MEMBERSHIP_INTERVAL ]',
    'mcast_querier_interval QUERIER_INTERVAL ]',
    'mcast_query_interval QUERY_INTERVAL ]',
    'mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]',
    'mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]',
    'mcast_stats_enabled MCAST_STATS_ENABLED ]',
    'mcast_igmp_version IGMP_VERSION ]',
    'mcast_mld_version MLD_VERSION ]',
    'nf_call_iptables NF_CALL_IPTABLES ]',
    'nf_call_ip6tables NF_CALL_IP6TABLES ]',
    'nf_call_arptables NF_CALL_ARPTABLES ]',
  ];
  return `bridge: unknown command "${bad}"?\nUsage: ... bridge [ ${opts[0]}\n${opts
    .slice(1)
    .map((o) => `\t\t  [ ${o}\n`)
    .join('')}\nWhere: VLAN_PROTOCOL := { 802.1Q | 802.1ad }\n`;
}

function linkDel(ctx: IpCtx, args: Args): number {
  const r = parseLinkArgs(ctx, args);
  if (r.dev === undefined) return fail('Not enough information: "dev" argument is required.\n', 255);
  const link = needDev(ctx, r.dev);
  // ip_tunnel_dellink leaves the module's fallback device (tunl0) in place and reports success
  if (link.ipip?.fallback) return 0;
  const e = deleteLink(ctx.world, link);
  if (e) rtnlError(e);
  return 0;
}

export function doLink(ctx: IpCtx, argv: string[]): number {
  const args = new Args(argv);
  const verb = args.cur;
  if (verb === undefined) return showLinks(ctx, parseShowFilter(ctx, args, false), true);
  args.advance();
  if (matches(verb, 'add') || matches(verb, 'create')) return linkAdd(ctx, args);
  if (matches(verb, 'set') || matches(verb, 'change')) return linkSet(ctx, args);
  if (matches(verb, 'replace')) return linkSet(ctx, args);
  if (matches(verb, 'delete')) return linkDel(ctx, args);
  if (matches(verb, 'show') || matches(verb, 'lst') || matches(verb, 'list'))
    return showLinks(ctx, parseShowFilter(ctx, args, false), true);
  if (matches(verb, 'help')) return fail(linkHelp(), 255);
  return fail(`Command "${verb}" is unknown, try "ip link help".\n`, 255);
}
