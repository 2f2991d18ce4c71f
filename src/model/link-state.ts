/**
 * Derived link state, as the kernel reports it: carrier, IFF_* flags,
 * RFC 2863 operstate, qdisc, bridge port state.
 */
import { portPathCost } from './bridge-port.js';
import type { Link, World } from './types.js';
import { getNetns, linkByIndex } from './world.js';

export function peerOf(world: World, link: Link): Link | undefined {
  return link.peer === undefined ? undefined : world.links.get(link.peer);
}

export function portsOf(world: World, bridge: Link): Link[] {
  const ns = getNetns(world, bridge.netns);
  const out: Link[] = [];
  for (const uid of ns.byIndex.values()) {
    const l = world.links.get(uid);
    if (l && l.master === bridge.uid) out.push(l);
  }
  return out.sort((a, b) => a.ifindex - b.ifindex);
}

/** Bridge port STP state (STP off: forwarding or disabled). */
export function portState(world: World, port: Link): 'forwarding' | 'disabled' {
  const br = port.master === undefined ? undefined : world.links.get(port.master);
  if (!br?.adminUp || !port.adminUp || !carrierOf(world, port)) return 'disabled';
  return 'forwarding';
}

export function carrierOf(world: World, link: Link): boolean {
  switch (link.kind) {
    case 'veth': {
      const peer = peerOf(world, link);
      return link.adminUp && !!peer && peer.adminUp;
    }
    case 'bridge': {
      if (!link.bridge?.carrierTouched) return true;
      if (!link.adminUp) return false;
      return portsOf(world, link).some((p) => portState(world, p) === 'forwarding');
    }
    case 'ether':
      if (link.wire !== undefined) return world.links.get(link.wire)?.adminUp ?? false;
      return link.carrier;
    default:
      return true;
  }
}

/** IFF_LOWER_UP: running with carrier. */
export function lowerUp(world: World, link: Link): boolean {
  return link.adminUp && carrierOf(world, link);
}

export type Operstate = 'UP' | 'DOWN' | 'UNKNOWN' | 'LOWERLAYERDOWN' | 'DORMANT' | 'NOTPRESENT';

export function operstateOf(world: World, link: Link): Operstate {
  if (!link.adminUp) return 'DOWN';
  switch (link.kind) {
    case 'loopback':
    case 'vxlan':
    case 'dummy':
    case 'ifb':
    case 'ipip':
      return 'UNKNOWN';
    case 'bridge':
      if (!link.bridge?.carrierTouched) return 'UNKNOWN';
      return carrierOf(world, link) ? 'UP' : 'DOWN';
    default: {
      if (carrierOf(world, link)) return 'UP';
      // default_operstate(): look up dev_get_iflink() in the device's own namespace
      const peer = peerOf(world, link);
      if (!peer) return 'DOWN';
      const same = linkByIndex(world, getNetns(world, link.netns), peer.ifindex);
      if (!same || same.uid === link.uid) return 'DOWN';
      return carrierOf(world, same) ? 'DOWN' : 'LOWERLAYERDOWN';
    }
  }
}

/** IFF_* flag names in iproute2's print order (without NO-CARRIER / M-DOWN). */
export function flagNames(world: World, link: Link): string[] {
  const f: string[] = [];
  if (link.kind === 'loopback') f.push('LOOPBACK');
  else if (link.kind === 'dummy') f.push('BROADCAST', 'NOARP');
  else if (link.kind === 'ipip') f.push(...(link.ipip?.remote ? ['POINTOPOINT'] : []), 'NOARP');
  else f.push('BROADCAST', 'MULTICAST');
  if (link.promisc > 0) f.push('PROMISC');
  if (link.adminUp) f.push('UP');
  if (lowerUp(world, link)) f.push('LOWER_UP');
  return f;
}

export function qdiscOf(link: Link): string {
  return link.qdiscAttached ? link.qdisc : 'noop';
}

/** STP path cost of a bridge port (speed-derived unless set; veth reports 10Gb/s: cost 2). */
export function portCost(link: Link): number {
  return portPathCost(link);
}
