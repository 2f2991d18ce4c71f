/**
 * Layer 2: frames cross veth pairs, bridges learn and forward (flooding
 * unknown and broadcast destinations), bridged IPv4 meets the FORWARD chain
 * when br_netfilter is on, and ARP resolves next hops.
 */

import { portFlag } from '../../model/bridge-port.js';
import { formatIPv4 } from '../../model/inet.js';
import { carrierOf, peerOf, portState, portsOf } from '../../model/link-state.js';
import {
  confirm,
  findNeigh,
  isValidNeigh,
  learnFromRequest,
  markIncomplete,
  touchNeigh,
} from '../../model/neigh.js';
import { sysctlGet } from '../../model/sysctl.js';
import type { Link, Netns, World } from '../../model/types.js';
import { getNetns } from '../../model/world.js';
import { type HookResult, runHook } from '../netfilter/hook.js';
import { isLocalAddress, lookupRoute } from '../router/lookup.js';
import { nsLabel, type Packet, type Trace } from './packet.js';

export const BROADCAST_MAC = 'ff:ff:ff:ff:ff:ff';

export interface Frame {
  srcMac: string;
  dstMac: string;
  /** An IPv4 packet, or an ARP request/reply. */
  ip?: Packet;
  arp?: { op: 'request' | 'reply'; senderIp: number; senderMac: string; targetIp: number };
}

/** A device that took a frame up into its namespace's stack. */
export interface Reception {
  dev: Link;
  frame: Frame;
  /** For a frame a bridge takes up to its own stack: the port it came in on (br_netfilter's physindev). */
  port?: Link;
}

interface L2Walk {
  world: World;
  trace: Trace;
  visited: Set<string>;
  /** Set when br_netfilter dropped the frame. */
  dropped?: string;
  /** Filled when br_netfilter's FORWARD chain rejected the frame (the caller answers with the error). */
  sink?: L2Sink;
}

/** What a caller of transmitFrame learns besides the receptions. */
export interface L2Sink {
  rejected?: { ns: Netns; packet: Packet; result: HookResult };
}

function isGroup(mac: string): boolean {
  return (Number.parseInt(mac.slice(0, 2), 16) & 1) === 1;
}

function countTx(link: Link, frame: Frame): void {
  link.stats.txPackets++;
  link.stats.txBytes += (frame.ip?.len ?? 28) + 14;
}

function countRx(link: Link, frame: Frame): void {
  link.stats.rxPackets++;
  link.stats.rxBytes += (frame.ip?.len ?? 28) + 14;
}

/** Send a frame out of `dev`; returns the devices whose stacks receive it. */
export function transmitFrame(
  world: World,
  dev: Link,
  frame: Frame,
  trace: Trace,
  sink?: L2Sink,
): Reception[] {
  const w: L2Walk = { world, trace, visited: new Set(), ...(sink ? { sink } : {}) };
  return xmit(w, dev, frame);
}

function xmit(w: L2Walk, dev: Link, frame: Frame): Reception[] {
  const key = `${dev.uid}>${frame.dstMac}`;
  if (w.visited.has(key)) return [];
  w.visited.add(key);
  if (!dev.adminUp) return [];
  countTx(dev, frame);
  // a cabled device (a NIC, an overlay port): the frame arrives at the other end
  if (dev.wire !== undefined) {
    const end = w.world.links.get(dev.wire);
    if (!end?.adminUp) return [];
    return receiveFrame(w, end, frame);
  }
  switch (dev.kind) {
    case 'bridge':
      return bridgeForward(w, dev, frame, undefined);
    case 'veth': {
      const peer = peerOf(w.world, dev);
      if (!peer || !carrierOf(w.world, dev)) return [];
      if (peer.netns !== dev.netns) {
        w.trace.events.push({
          at: nsLabel(w.world, getNetns(w.world, dev.netns)),
          kind: 'veth',
          text: `${dev.name} -> veth peer ${peer.name} in ${nsLabel(w.world, getNetns(w.world, peer.netns))}`,
        });
      }
      return receiveFrame(w, peer, frame);
    }
    case 'loopback':
      return [{ dev, frame }];
    default:
      return [];
  }
}

function receiveFrame(w: L2Walk, dev: Link, frame: Frame): Reception[] {
  if (!dev.adminUp) return [];
  countRx(dev, frame);
  if (dev.master !== undefined) {
    const br = w.world.links.get(dev.master);
    if (br?.bridge) {
      if (portState(w.world, dev) !== 'forwarding') return [];
      return bridgeForward(w, br, frame, dev);
    }
  }
  return [{ dev, frame }];
}

function bridgeForward(w: L2Walk, br: Link, frame: Frame, from: Link | undefined): Reception[] {
  if (!br.adminUp || !br.bridge) return [];
  const fdb = br.bridge.fdb;
  if (from && !isGroup(frame.srcMac) && portFlag(from, 'learning')) {
    const e = fdb.get(frame.srcMac);
    if (!e?.local)
      fdb.set(frame.srcMac, { mac: frame.srcMac, port: from.uid, local: false, updated: w.world.clock.now });
  }
  const ns = getNetns(w.world, br.netns);
  const out: Reception[] = [];
  const deliverLocal = () => {
    if (from) {
      countRx(br, frame);
      out.push({ dev: br, frame, port: from });
    }
  };
  // br_netfilter: a bridged IPv4 frame meets PREROUTING once, then FORWARD and POSTROUTING per port
  const brnf = !!(
    from &&
    frame.ip &&
    !br.bridge.odp &&
    sysctlGet(w.world, ns, 'net.bridge.bridge-nf-call-iptables') === '1'
  );
  let pre: HookResult | null = null;
  const nfHook = (hook: 'PREROUTING' | 'FORWARD' | 'POSTROUTING', packet: Packet, port?: Link): HookResult =>
    runHook({
      world: w.world,
      ns,
      hook,
      packet,
      inDev: br,
      ...(hook !== 'PREROUTING' ? { outDev: br } : {}),
      ...(from ? { physIn: from } : {}),
      ...(port ? { physOut: port } : {}),
      trace: w.trace,
    });
  const refused = (r: HookResult, packet: Packet, what: string) => {
    if (r.verdict === 'REJECT' && w.sink) w.sink.rejected = { ns, packet, result: r };
    w.dropped = `dropped by the ${what} chain of ${nsLabel(w.world, ns)} while bridging`;
    w.trace.events.push({ at: nsLabel(w.world, ns), kind: 'drop', text: w.dropped });
  };
  const forwardTo = (port: Link, flooding = false) => {
    // hairpin mode lets a frame out by the port it came in on; isolated ports do not talk to each other
    if (port.uid === from?.uid && !portFlag(port, 'hairpin')) return;
    if (portState(w.world, port) !== 'forwarding') return;
    if (from && portFlag(from, 'isolated') && portFlag(port, 'isolated')) return;
    if (flooding && !portFlag(port, isGroup(frame.dstMac) ? 'bcast_flood' : 'flood')) return;
    let sent = frame;
    if (brnf && from && frame.ip) {
      pre ??= nfHook('PREROUTING', frame.ip);
      if (pre.verdict !== 'ACCEPT') return refused(pre, frame.ip, 'PREROUTING');
      const fwd = nfHook('FORWARD', pre.packet, port);
      if (fwd.verdict !== 'ACCEPT') return refused(fwd, pre.packet, 'FORWARD');
      const post = nfHook('POSTROUTING', fwd.packet, port);
      if (post.verdict !== 'ACCEPT') return refused(post, fwd.packet, 'POSTROUTING');
      sent = { ...frame, ip: post.packet };
    }
    if (from) {
      w.trace.events.push({
        at: nsLabel(w.world, ns),
        kind: 'bridge',
        text: `${br.name} forwards ${from.name} -> ${port.name}`,
      });
    }
    out.push(...xmit(w, port, sent));
  };
  if (isGroup(frame.dstMac)) {
    deliverLocal();
    for (const p of portsOf(w.world, br)) forwardTo(p, true);
    return out;
  }
  if (frame.dstMac === br.mac) {
    deliverLocal();
    return out;
  }
  const e = fdb.get(frame.dstMac);
  if (e?.local) {
    deliverLocal();
    return out;
  }
  if (e) {
    const port = w.world.links.get(e.port);
    if (port && port.master === br.uid) {
      forwardTo(port);
      return out;
    }
  }
  if (from)
    w.trace.events.push({
      at: nsLabel(w.world, ns),
      kind: 'bridge',
      text: `${br.name} floods (unknown ${frame.dstMac})`,
    });
  for (const p of portsOf(w.world, br)) forwardTo(p, true);
  return out;
}

export type ArpResult = { ok: true; mac: string; answeredBy?: Reception } | { ok: false };

/** Would this namespace answer an ARP request for `ip` arriving on `dev`? (arp_ignore=0: any local address.) */
function answersArp(world: World, ns: Netns, dev: Link, ip: number): boolean {
  if (dev.kind === 'loopback') return false;
  const ignore = sysctlGet(world, ns, `net.ipv4.conf.${dev.name}.arp_ignore`) ?? '0';
  if (ignore === '1' || ignore === '2') return dev.addrs4.some((a) => a.addr === ip);
  if (isLocalAddress(world, ns, ip)) return ip >>> 24 !== 127;
  return proxiesArp(world, ns, dev, ip);
}

/**
 * Proxy ARP (arp_process/arp_fwd_proxy): with proxy_arp on the device (or
 * all) and forwarding on, the host answers for an address it routes out of
 * another device, with the receiving device's MAC (Calico's cali* veths
 * answer for 169.254.1.1 this way).
 */
function proxiesArp(world: World, ns: Netns, dev: Link, ip: number): boolean {
  const on = (k: string) => sysctlGet(world, ns, k) === '1';
  if (!on(`net.ipv4.conf.${dev.name}.proxy_arp`) && !on('net.ipv4.conf.all.proxy_arp')) return false;
  if (!on(`net.ipv4.conf.${dev.name}.forwarding`) && !on('net.ipv4.ip_forward')) return false;
  const d = lookupRoute(world, ns, ip);
  return d.kind === 'unicast' && d.dev.uid !== dev.uid;
}

/**
 * Resolve `ip` on `dev` of `ns`: the cache if valid, else an ARP exchange
 * over the wire. Updates both sides' caches as the kernel would.
 */
export function resolveNeighbour(
  world: World,
  ns: Netns,
  dev: Link,
  ip: number,
  srcIp: number | undefined,
  trace: Trace,
): ArpResult {
  if (dev.kind === 'loopback') return { ok: true, mac: '00:00:00:00:00:00' };
  if (ip === 0xffffffff) return { ok: true, mac: BROADCAST_MAC };
  const cached = findNeigh(ns, dev.uid, ip);
  if (cached && isValidNeigh(cached)) {
    touchNeigh(world, cached);
    if (cached.state !== 'FAILED' && cached.mac) return { ok: true, mac: cached.mac };
  }
  const sender = srcIp ?? dev.addrs4.find((a) => !a.secondary)?.addr ?? 0;
  const req: Frame = {
    srcMac: dev.mac,
    dstMac: BROADCAST_MAC,
    arp: { op: 'request', senderIp: sender, senderMac: dev.mac, targetIp: ip },
  };
  const here = nsLabel(world, ns);
  for (const rx of transmitFrame(world, dev, req, { events: [] })) {
    const rns = getNetns(world, rx.dev.netns);
    if (rx.dev.uid === dev.uid) continue;
    if (!answersArp(world, rns, rx.dev, ip)) continue;
    learnFromRequest(world, rns, rx.dev.uid, sender, dev.mac);
    // the unicast reply teaches the bridges on the way where rx.dev lives
    transmitFrame(
      world,
      rx.dev,
      {
        srcMac: rx.dev.mac,
        dstMac: dev.mac,
        arp: { op: 'reply', senderIp: ip, senderMac: rx.dev.mac, targetIp: sender },
      },
      { events: [] },
    );
    confirm(world, ns, dev.uid, ip, rx.dev.mac);
    trace.events.push({
      at: here,
      kind: 'arp',
      text: `${formatIPv4(ip)} is at ${rx.dev.mac} (${rx.dev.name} in ${nsLabel(world, rns)})`,
    });
    return { ok: true, mac: rx.dev.mac, answeredBy: rx };
  }
  markIncomplete(world, ns, dev.uid, ip);
  trace.events.push({
    at: here,
    kind: 'arp',
    text: `no answer to ARP who-has ${formatIPv4(ip)} on ${dev.name}`,
  });
  return { ok: false };
}
