/**
 * Per-port bridge settings (IFLA_BRPORT_*), as `bridge link set` and
 * `ip link set … type bridge_slave` change them: the kernel's defaults,
 * plus what was set. hairpin lets a frame leave by the port it came in on
 * (a pod reaching itself through its Service); learning, flood and
 * isolated shape forwarding too; the rest are only shown.
 */
import type { Link } from './types.js';

export const PORT_FLAGS = [
  'hairpin',
  'guard',
  'root_block',
  'fastleave',
  'learning',
  'learning_sync',
  'flood',
  'mcast_flood',
  'bcast_flood',
  'mcast_to_unicast',
  'neigh_suppress',
  'vlan_tunnel',
  'isolated',
  'locked',
] as const;

export type PortFlag = (typeof PORT_FLAGS)[number];

const DEFAULTS: Record<PortFlag, boolean> = {
  hairpin: false,
  guard: false,
  root_block: false,
  fastleave: false,
  learning: true,
  learning_sync: false,
  flood: true,
  mcast_flood: true,
  bcast_flood: true,
  mcast_to_unicast: false,
  neigh_suppress: false,
  vlan_tunnel: false,
  isolated: false,
  locked: false,
};

export interface BridgePortOptions {
  flags: Partial<Record<PortFlag, boolean>>;
  cost?: number;
  priority?: number;
}

export function portFlag(link: Link, flag: PortFlag): boolean {
  return link.brport?.flags[flag] ?? DEFAULTS[flag];
}

export function setPortFlag(link: Link, flag: PortFlag, on: boolean): void {
  link.brport ??= { flags: {} };
  link.brport.flags[flag] = on;
}

/** STP port priority (0–63; the port id is priority << 10 | port number). */
export function portPriority(link: Link): number {
  return link.brport?.priority ?? 32;
}

/** Speed-derived STP path cost (veth reports 10Gb/s: cost 2), unless set. */
export function portPathCost(link: Link): number {
  return link.brport?.cost ?? (link.kind === 'veth' ? 2 : link.kind === 'ether' ? 4 : 100);
}

/** Forget a port's settings when it leaves its bridge. */
export function clearPortOptions(link: Link): void {
  delete link.brport;
}
