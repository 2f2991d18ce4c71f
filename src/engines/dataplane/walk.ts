/**
 * Layer 3: a packet leaves a namespace (route lookup, OUTPUT/POSTROUTING),
 * crosses links (l2.ts), is received (PREROUTING, local delivery or
 * forwarding with ip_forward and TTL), and ICMP errors travel back the same
 * way. Every step is recorded in the trace.
 */
import { portFlag } from '../../model/bridge-port.js';
import { formatIPv4 } from '../../model/inet.js';
import { findNeigh } from '../../model/neigh.js';
import { ipForwarding, sysctlGet } from '../../model/sysctl.js';
import type { Link, Netns, World } from '../../model/types.js';
import { getNetns } from '../../model/world.js';
import { type HookResult, type NfHook, runHook } from '../netfilter/hook.js';
import { isLocalAddress, lookupRoute, type RouteDecision } from '../router/lookup.js';
import { type IpvsVerdict, ipvsConfirmLocal, ipvsLocalIn } from './ipvs.js';
import { BROADCAST_MAC, type L2Sink, resolveNeighbour, transmitFrame } from './l2.js';
import { packetObserver } from './observe.js';
import { describePacket, ICMP, nsLabel, type Packet, type Trace, UNREACH } from './packet.js';

export type SendErrno = 'ENETUNREACH' | 'EHOSTUNREACH' | 'EACCES' | 'EINVAL' | 'EPERM';

export type SendResult =
  | { kind: 'error'; errno: SendErrno; trace: Trace }
  | {
      kind: 'delivered';
      ns: Netns;
      dev: Link;
      packet: Packet;
      ms: number;
      trace: Trace;
      /** The send itself also failed (REJECT in OUTPUT: the ICMP error arrives and sendmsg gets EPERM). */
      sendErrno?: SendErrno;
    }
  | { kind: 'lost'; ms: number; reason: string; trace: Trace };

/** Per-hop latency of the virtual wire, in milliseconds. */
export const HOP_MS = 0.025;
/** How long ARP takes to give up (3 probes, 1 s apart). */
export const ARP_FAIL_MS = 3000;
const MAX_STEPS = 256;

interface Walk {
  world: World;
  trace: Trace;
  steps: number;
}

function ip(v: number): string {
  return formatIPv4(v);
}

function note(w: Walk, ns: Netns, kind: Trace['events'][number]['kind'], text: string): void {
  w.trace.events.push({ at: nsLabel(w.world, ns), kind, text });
}

function hook(w: Walk, ns: Netns, h: NfHook, packet: Packet, inDev?: Link, outDev?: Link): HookResult {
  return runHook({
    world: w.world,
    ns,
    hook: h,
    packet,
    trace: w.trace,
    ...(inDev ? { inDev } : {}),
    ...(outDev ? { outDev } : {}),
  });
}

/** The errno a socket sees for a route decision that cannot carry the packet. */
export function routeErrno(d: RouteDecision): SendErrno | null {
  switch (d.kind) {
    case 'none':
      return 'ENETUNREACH';
    case 'unreachable':
      return 'EHOSTUNREACH';
    case 'prohibit':
      return 'EACCES';
    case 'blackhole':
      return 'EINVAL';
    default:
      return null;
  }
}

export interface SendOptions {
  /** Bind to this device (ping -I). */
  oif?: Link;
  trace?: Trace;
}

/** Send a locally generated packet from `ns`. `packet.src === 0` lets the route choose the source. */
export function sendPacket(world: World, ns: Netns, packet: Packet, opts: SendOptions = {}): SendResult {
  const w: Walk = { world, trace: opts.trace ?? { events: [] }, steps: 0 };
  const obs = packetObserver(world);
  const token = obs?.begin(ns, packet, w.trace);
  const r = sendFrom(w, ns, packet, opts.oif, 0);
  if (obs && token !== undefined) obs.end(token, r);
  return r;
}

function sendFrom(w: Walk, ns: Netns, packet: Packet, oif: Link | undefined, ms: number): SendResult {
  const d = lookupRoute(w.world, ns, packet.dst, {
    ...(oif ? { oif: oif.uid } : {}),
    ...(packet.src ? { src: packet.src } : {}),
  });
  const err = routeErrno(d);
  if (err) {
    note(
      w,
      ns,
      'route',
      d.kind === 'none'
        ? `no route to ${ip(packet.dst)} (nothing in the routing table matches it and there is no default route)`
        : `route to ${ip(packet.dst)} is ${d.kind}`,
    );
    return { kind: 'error', errno: err, trace: w.trace };
  }
  let p: Packet = { ...packet };
  if (!p.src) {
    const src =
      d.kind === 'unicast' || d.kind === 'broadcast' ? d.src : d.kind === 'local' ? d.src : undefined;
    if (src === undefined) {
      note(w, ns, 'route', `no source address for ${ip(packet.dst)}`);
      return { kind: 'error', errno: 'EINVAL', trace: w.trace };
    }
    p.src = src;
  }
  note(w, ns, 'route', describeDecision(d, p));
  const out = hook(w, ns, 'OUTPUT', p, undefined, d.kind === 'unicast' ? d.dev : undefined);
  if (out.verdict !== 'ACCEPT') return rejected(w, ns, p, out, ms, true);
  p = out.packet;
  if (p.dst !== packet.dst) {
    // DNAT in OUTPUT: route again
    const d2 = lookupRoute(w.world, ns, p.dst, { src: p.src });
    if (routeErrno(d2)) return { kind: 'error', errno: routeErrno(d2) as SendErrno, trace: w.trace };
    return afterRouting(w, ns, p, d2, ms);
  }
  return afterRouting(w, ns, p, d, ms);
}

function describeDecision(d: RouteDecision, p: Packet): string {
  switch (d.kind) {
    case 'local':
      return `${ip(p.dst)} is a local address`;
    case 'unicast': {
      const r = d.route;
      const dst = r.prefix === 0 ? 'default' : `${ip(r.dst)}/${r.prefix}`;
      return `route ${dst}${d.gateway !== undefined ? ` via ${ip(d.gateway)}` : ''} dev ${d.dev.name} (src ${p.src ? ip(p.src) : '?'})`;
    }
    case 'broadcast':
      return `${ip(p.dst)} is a broadcast address on ${d.dev.name}`;
    default:
      return d.kind;
  }
}

function afterRouting(w: Walk, ns: Netns, p: Packet, d: RouteDecision, ms: number): SendResult {
  if (d.kind === 'local') {
    const lo = [...ns.byIndex.values()]
      .map((u) => w.world.links.get(u))
      .find((l) => l?.kind === 'loopback') as Link;
    const post = hook(w, ns, 'POSTROUTING', p, undefined, lo);
    if (post.verdict !== 'ACCEPT') return rejected(w, ns, p, post, ms, true);
    // local traffic crosses lo: out and back in
    lo.stats.txPackets++;
    lo.stats.txBytes += post.packet.len;
    lo.stats.rxPackets++;
    lo.stats.rxBytes += post.packet.len;
    return receive(w, ns, lo, post.packet, ms + HOP_MS);
  }
  if (d.kind !== 'unicast' && d.kind !== 'broadcast')
    return { kind: 'lost', ms, reason: d.kind, trace: w.trace };
  const post = hook(w, ns, 'POSTROUTING', p, undefined, d.dev);
  if (post.verdict !== 'ACCEPT') return rejected(w, ns, p, post, ms, true);
  const nexthop = d.kind === 'unicast' ? (d.gateway ?? p.dst) : 0xffffffff;
  return output(w, ns, d.dev, nexthop, post.packet, ms, true);
}

/** Put a routed packet on the wire of `dev` towards `nexthop`. */
function output(
  w: Walk,
  ns: Netns,
  dev: Link,
  nexthop: number,
  p: Packet,
  ms: number,
  local: boolean,
): SendResult {
  if (++w.steps > MAX_STEPS) return { kind: 'lost', ms, reason: 'too many steps', trace: w.trace };
  // an ipip tunnel has no link layer (NOARP): the packet is encapsulated for the next hop
  if (dev.kind === 'ipip') return ipipEncap(w, ns, dev, nexthop, p, ms);
  const arp = resolveNeighbour(w.world, ns, dev, nexthop, local ? p.src : undefined, w.trace);
  if (!arp.ok) {
    note(w, ns, 'drop', `cannot resolve ${ip(nexthop)} on ${dev.name}: Destination Host Unreachable`);
    return icmpError(w, ns, p, ICMP.DEST_UNREACH, UNREACH.HOST, ms + ARP_FAIL_MS, undefined, !local);
  }
  note(
    w,
    ns,
    'xmit',
    `${describePacket(p)} out ${dev.name} to ${arp.mac === BROADCAST_MAC ? 'broadcast' : arp.mac}`,
  );
  if (dev.kind === 'vxlan') return vxlanEncap(w, ns, dev, arp.mac, p, ms);
  const sink: L2Sink = {};
  const receptions = transmitFrame(w.world, dev, { srcMac: dev.mac, dstMac: arp.mac, ip: p }, w.trace, sink);
  // a bridge also takes frames addressed to any of its ports' own MACs (their local FDB entries)
  const rx = receptions.find(
    (r) =>
      r.frame.dstMac === BROADCAST_MAC ||
      r.dev.mac === arp.mac ||
      r.dev.kind === 'loopback' ||
      !!r.dev.bridge?.fdb.get(arp.mac)?.local,
  );
  // br_netfilter REJECT: the bridge's namespace answers the sender
  if (!rx && sink.rejected) return rejected(w, sink.rejected.ns, p, sink.rejected.result, ms + HOP_MS, false);
  if (!rx) {
    const dropNote = w.trace.events.findLast((e) => e.kind === 'drop');
    return {
      kind: 'lost',
      ms,
      reason: dropNote?.text ?? `nothing received the frame sent out of ${dev.name}`,
      trace: w.trace,
    };
  }
  // br_netfilter may have translated a bridged packet (conntrack NAT of a reply)
  return receive(w, getNetns(w.world, rx.dev.netns), rx.dev, rx.frame.ip ?? p, ms + HOP_MS, rx.port);
}

/**
 * br_netfilter's "bridged DNAT": a packet a bridge took up to its stack,
 * DNATed in PREROUTING to an address behind the same bridge, is bridged
 * back out rather than routed — so it may not leave by the port it came in
 * on unless that port is in hairpin mode. Returns the reason to drop it.
 */
function bridgedDnatDrop(
  w: Walk,
  ns: Netns,
  dev: Link,
  port: Link,
  before: Packet,
  after: Packet,
): string | null {
  if (!dev.bridge || before.dst === after.dst) return null;
  if (sysctlGet(w.world, ns, 'net.bridge.bridge-nf-call-iptables') !== '1') return null;
  const d = lookupRoute(w.world, ns, after.dst);
  if (d.kind !== 'unicast' || d.dev.uid !== dev.uid) return null;
  const mac = findNeigh(ns, dev.uid, d.gateway ?? after.dst)?.mac;
  const egress = mac ? dev.bridge.fdb.get(mac) : undefined;
  if (egress?.port !== port.uid || portFlag(port, 'hairpin')) return null;
  return `dropped: ${ip(after.dst)} is behind ${port.name}, the port the packet came in on, and hairpin is off (bridged DNAT in ${nsLabel(w.world, ns)})`;
}

/** IP input in `ns` on `dev` (`port`: the bridge port it came in on, when `dev` is a bridge). */
function receive(w: Walk, ns: Netns, dev: Link, packet: Packet, ms: number, port?: Link): SendResult {
  if (++w.steps > MAX_STEPS) return { kind: 'lost', ms, reason: 'too many steps', trace: w.trace };
  const pre = hook(w, ns, 'PREROUTING', packet, dev);
  if (pre.verdict !== 'ACCEPT') return rejected(w, ns, packet, pre, ms, false);
  const p = pre.packet;
  const hairpinDrop = port ? bridgedDnatDrop(w, ns, dev, port, packet, p) : null;
  if (hairpinDrop) {
    note(w, ns, 'drop', hairpinDrop);
    return { kind: 'lost', ms, reason: hairpinDrop, trace: w.trace };
  }
  if (isLocalAddress(w.world, ns, p.dst) || p.dst === 0xffffffff) {
    const inp = hook(w, ns, 'INPUT', p, dev);
    if (inp.verdict !== 'ACCEPT') return rejected(w, ns, p, inp, ms, false);
    const decap = vxlanDecap(w, ns, inp.packet, ms) ?? ipipDecap(w, ns, inp.packet, ms);
    if (decap) return decap;
    const vs = ipvsLocalIn(w.world, ns, inp.packet);
    if (vs.kind !== 'none') return ipvsXmit(w, ns, dev, inp.packet, vs, ms);
    note(w, ns, 'deliver', `${describePacket(inp.packet)} delivered on ${dev.name}`);
    return { kind: 'delivered', ns, dev, packet: inp.packet, ms, trace: w.trace };
  }
  if (!ipForwarding(w.world, ns)) {
    note(
      w,
      ns,
      'drop',
      `dropped: ${ip(p.dst)} is not local and net.ipv4.ip_forward=0 in ${nsLabel(w.world, ns)}`,
    );
    return { kind: 'lost', ms, reason: `ip_forward is 0 in ${nsLabel(w.world, ns)}`, trace: w.trace };
  }
  const d = lookupRoute(w.world, ns, p.dst);
  switch (d.kind) {
    case 'none':
      note(w, ns, 'drop', `no route to ${ip(p.dst)} in ${nsLabel(w.world, ns)}`);
      return icmpError(w, ns, p, ICMP.DEST_UNREACH, UNREACH.NET, ms, dev);
    case 'unreachable':
      return icmpError(w, ns, p, ICMP.DEST_UNREACH, UNREACH.HOST, ms, dev);
    case 'prohibit':
      return icmpError(w, ns, p, ICMP.DEST_UNREACH, UNREACH.ADMIN_PROHIB, ms, dev);
    case 'blackhole':
      note(w, ns, 'drop', `blackhole route for ${ip(p.dst)}`);
      return { kind: 'lost', ms, reason: 'blackhole route', trace: w.trace };
    case 'local':
      return { kind: 'delivered', ns, dev, packet: p, ms, trace: w.trace };
    case 'broadcast':
      return { kind: 'delivered', ns, dev, packet: p, ms, trace: w.trace };
    default:
      break;
  }
  if (p.ttl <= 1) {
    note(w, ns, 'drop', `TTL exceeded in transit at ${nsLabel(w.world, ns)}`);
    return icmpError(w, ns, p, ICMP.TIME_EXCEEDED, 0, ms, dev);
  }
  const fwd = hook(w, ns, 'FORWARD', p, dev, d.dev);
  if (fwd.verdict !== 'ACCEPT') return rejected(w, ns, p, fwd, ms, false);
  const q: Packet = { ...fwd.packet, ttl: fwd.packet.ttl - 1 };
  note(
    w,
    ns,
    'forward',
    `forwarded ${dev.name} -> ${d.dev.name}${d.gateway !== undefined ? ` via ${ip(d.gateway)}` : ''}`,
  );
  const post = hook(w, ns, 'POSTROUTING', q, dev, d.dev);
  if (post.verdict !== 'ACCEPT') return rejected(w, ns, q, post, ms, false);
  return output(w, ns, d.dev, d.gateway ?? q.dst, post.packet, ms, false);
}

/** IPVS took a local packet (ipvs.ts): answer for a service without servers, or send it on to the real server. */
function ipvsXmit(w: Walk, ns: Netns, dev: Link, p: Packet, vs: IpvsVerdict, ms: number): SendResult {
  if (vs.kind === 'none') return { kind: 'lost', ms, reason: 'not a virtual service', trace: w.trace };
  if (vs.kind === 'unreachable') {
    note(w, ns, 'drop', vs.text);
    return icmpError(w, ns, p, ICMP.DEST_UNREACH, UNREACH.PORT, ms, dev);
  }
  note(w, ns, 'nat', vs.text);
  const q = vs.packet;
  const d = lookupRoute(w.world, ns, q.dst);
  if (d.kind === 'local') {
    ipvsConfirmLocal(ns);
    note(w, ns, 'deliver', `${describePacket(q)} delivered on ${dev.name}`);
    return { kind: 'delivered', ns, dev, packet: q, ms, trace: w.trace };
  }
  if (d.kind !== 'unicast')
    return { kind: 'lost', ms, reason: `no route to real server ${ip(q.dst)}`, trace: w.trace };
  const post = hook(w, ns, 'POSTROUTING', q, undefined, d.dev);
  if (post.verdict !== 'ACCEPT') return rejected(w, ns, q, post, ms, false);
  return output(w, ns, d.dev, d.gateway ?? post.packet.dst, post.packet, ms, false);
}

function rejected(w: Walk, ns: Netns, p: Packet, r: HookResult, ms: number, local: boolean): SendResult {
  if (r.verdict === 'DROP') {
    // iptables-legacy's DROP in OUTPUT fails sendmsg with EPERM; an nf_tables drop is silent
    if (local && w.world.profile.iptablesBackend === 'legacy')
      return { kind: 'error', errno: 'EPERM', trace: w.trace };
    return { kind: 'lost', ms, reason: 'dropped by netfilter', trace: w.trace };
  }
  const rw = r.reject;
  if (rw === 'tcp-reset') {
    const rst: Packet = {
      src: p.dst,
      dst: p.src,
      proto: 'tcp',
      ttl: 64,
      len: 40,
      mark: 0,
      tcp: 'RST',
      ...(p.dport !== undefined ? { sport: p.dport } : {}),
      ...(p.sport !== undefined ? { dport: p.sport } : {}),
    };
    return sendFrom(w, ns, rst, undefined, ms);
  }
  const err = icmpError(w, ns, p, rw?.type ?? ICMP.DEST_UNREACH, rw?.code ?? UNREACH.PORT, ms);
  // REJECT of a locally generated packet: the error reaches the socket and the send fails too
  if (local && err.kind === 'delivered' && err.ns.uid === ns.uid) return { ...err, sendErrno: 'EPERM' };
  return err;
}

/** Build an ICMP error about `p` in `ns` and send it back towards p.src (never about another ICMP error). */
export function icmpError(
  w: Walk,
  ns: Netns,
  p: Packet,
  type: number,
  code: number,
  ms: number,
  _inDev?: Link,
  forwarded = false,
): SendResult {
  if (p.proto === 'icmp' && p.icmp && p.icmp.type !== ICMP.ECHO_REQUEST && p.icmp.type !== ICMP.ECHO_REPLY) {
    return { kind: 'lost', ms, reason: 'no ICMP error about an ICMP error', trace: w.trace };
  }
  const err: Packet = {
    src: 0,
    dst: p.src,
    proto: 'icmp',
    ttl: 64,
    len: 56 + 28,
    mark: 0,
    icmp: { type, code },
    inner: p,
  };
  // a forwarded packet SNATed to one of our addresses (MASQUERADE) before it
  // failed: the error goes to that address, conntrack turns it back to the sender
  if (forwarded && isLocalAddress(w.world, ns, p.src)) err.src = p.src;
  else if (isLocalAddress(w.world, ns, p.src)) {
    // the local stack reports to its own socket
    err.src = p.src;
    note(w, ns, 'icmp', `${describePacket(err)} reported locally`);
    const lo = [...ns.byIndex.values()]
      .map((u) => w.world.links.get(u))
      .find((l) => l?.kind === 'loopback') as Link;
    return { kind: 'delivered', ns, dev: lo, packet: err, ms, trace: w.trace };
  }
  note(
    w,
    ns,
    'icmp',
    `sends ICMP ${type === ICMP.TIME_EXCEEDED ? 'time exceeded' : `unreachable code ${code}`} back to ${ip(p.src)}`,
  );
  const r = sendFrom(w, ns, err, undefined, ms);
  if (r.kind === 'error')
    return { kind: 'lost', ms, reason: 'the ICMP error could not be routed back', trace: w.trace };
  return r;
}

/** What a VXLAN UDP datagram carries. */
interface VxlanPayload {
  vxlan: { vni: number; srcMac: string; dstMac: string; inner: Packet };
}

function isVxlan(p: Packet): p is Packet & { payload: VxlanPayload } {
  return (
    p.proto === 'udp' &&
    typeof p.payload === 'object' &&
    p.payload !== null &&
    'vxlan' in (p.payload as object)
  );
}

/** Encapsulate a frame leaving a VXLAN device: the FDB names the remote VTEP, the underlay carries UDP. */
function vxlanEncap(w: Walk, ns: Netns, dev: Link, dstMac: string, p: Packet, ms: number): SendResult {
  const v = dev.vxlan;
  const remote = v?.fdb.get(dstMac) ?? v?.fdb.get('00:00:00:00:00:00') ?? v?.remote;
  if (!v || remote === undefined) {
    note(w, ns, 'drop', `${dev.name}: no VXLAN forwarding entry for ${dstMac}`);
    return { kind: 'lost', ms, reason: `no VTEP for ${dstMac} on ${dev.name}`, trace: w.trace };
  }
  const outer: Packet = {
    src: v.local ?? 0,
    dst: remote,
    proto: 'udp',
    ttl: v.ttl ?? 64,
    len: p.len + 50,
    mark: 0,
    sport: 32768 + (((p.src ^ p.dst) >>> 0) % 28000),
    dport: v.dstport,
    payload: { vxlan: { vni: v.id, srcMac: dev.mac, dstMac, inner: p } } satisfies VxlanPayload,
  };
  note(w, ns, 'vxlan', `${dev.name} encapsulates for VTEP ${ip(remote)} (VNI ${v.id}, udp/${v.dstport})`);
  return sendFrom(w, ns, outer, undefined, ms);
}

/** A VXLAN datagram for a local VTEP: decapsulate and receive the inner frame on the VXLAN device. */
function vxlanDecap(w: Walk, ns: Netns, p: Packet, ms: number): SendResult | null {
  if (!isVxlan(p)) return null;
  const { vni, srcMac, inner } = p.payload.vxlan;
  for (const uid of ns.byIndex.values()) {
    const dev = w.world.links.get(uid);
    if (
      dev?.kind !== 'vxlan' ||
      !dev.vxlan ||
      !dev.adminUp ||
      dev.vxlan.id !== vni ||
      dev.vxlan.dstport !== p.dport
    )
      continue;
    if (dev.vxlan.learning) dev.vxlan.fdb.set(srcMac, p.src);
    note(w, ns, 'vxlan', `${dev.name} decapsulates VNI ${vni} from ${ip(p.src)}`);
    dev.stats.rxPackets++;
    dev.stats.rxBytes += inner.len + 14;
    return receive(w, ns, dev, inner, ms + HOP_MS);
  }
  return null;
}

/** What an IPIP packet (protocol 4) carries: the whole inner IPv4 packet. */
interface IpipPayload {
  ipip: { inner: Packet };
}

function isIpip(p: Packet): p is Packet & { payload: IpipPayload } {
  return (
    p.proto === 'ipip' &&
    typeof p.payload === 'object' &&
    p.payload !== null &&
    'ipip' in (p.payload as object)
  );
}

/**
 * A packet routed out of an ipip device: a new IPv4 header (protocol 4) from
 * the tunnel's local address (or the one the route to the far end picks) to
 * its remote, or, with `remote any` as on Calico's tunl0, to the route's next
 * hop (`via NODEIP dev tunl0 onlink`). TTL inherit copies the inner TTL. The
 * outer packet leaves as a locally generated one (OUTPUT, POSTROUTING).
 */
function ipipEncap(w: Walk, ns: Netns, dev: Link, nexthop: number, p: Packet, ms: number): SendResult {
  const t = dev.ipip;
  const remote = t?.remote || nexthop;
  const under = t ? lookupRoute(w.world, ns, remote, t.local ? { src: t.local } : {}) : null;
  // the kernel refuses to send a tunnel packet back into the same tunnel (recursion)
  if (!t || !remote || (under?.kind === 'unicast' && under.dev.uid === dev.uid)) {
    note(w, ns, 'drop', `${dev.name}: no way to the tunnel endpoint ${ip(remote)}`);
    return { kind: 'lost', ms, reason: `no IPIP endpoint for ${ip(p.dst)} on ${dev.name}`, trace: w.trace };
  }
  dev.stats.txPackets++;
  dev.stats.txBytes += p.len;
  const outer: Packet = {
    src: t.local,
    dst: remote,
    proto: 'ipip',
    ttl: t.ttl || p.ttl,
    len: p.len + 20,
    mark: 0,
    payload: { ipip: { inner: p } } satisfies IpipPayload,
  };
  note(w, ns, 'tunnel', `${dev.name} encapsulates ${ip(p.src)} -> ${ip(p.dst)} in IPIP to ${ip(remote)}`);
  return sendFrom(w, ns, outer, undefined, ms);
}

/** An IPIP packet for a local address: the matching ipip device (up) takes the inner packet in. */
function ipipDecap(w: Walk, ns: Netns, p: Packet, ms: number): SendResult | null {
  if (!isIpip(p)) return null;
  let dev: Link | undefined;
  for (const uid of ns.byIndex.values()) {
    const l = w.world.links.get(uid);
    const t = l?.ipip;
    if (!l || !t || !l.adminUp || (t.local && t.local !== p.dst) || (t.remote && t.remote !== p.src))
      continue;
    // a tunnel with both endpoints set wins over the catch-all fallback (ip_tunnel_lookup)
    if (!dev || (t.remote && !dev.ipip?.remote)) dev = l;
  }
  if (!dev) {
    note(w, ns, 'drop', `no ipip tunnel takes IPIP from ${ip(p.src)}`);
    return { kind: 'lost', ms, reason: 'no ipip tunnel for the packet', trace: w.trace };
  }
  const { inner } = p.payload.ipip;
  note(w, ns, 'tunnel', `${dev.name} decapsulates ${ip(inner.src)} -> ${ip(inner.dst)} from ${ip(p.src)}`);
  dev.stats.rxPackets++;
  dev.stats.rxBytes += inner.len;
  return receive(w, ns, dev, inner, ms + HOP_MS);
}
