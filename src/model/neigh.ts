/**
 * The neighbour (ARP) cache with the kernel's NUD state machine, advanced
 * lazily by the virtual clock: REACHABLE ages to STALE, DELAY probes after
 * 5 s, INCOMPLETE fails after 3 probes of 1 s.
 */
import type { Neigh, NeighState, Netns, World } from './types.js';

export const NUD = {
  reachableMs: 30000,
  delayMs: 5000,
  retransMs: 1000,
  probes: 3,
  gcStaleMs: 60000,
} as const;

const VALID: ReadonlySet<NeighState> = new Set([
  'REACHABLE',
  'STALE',
  'DELAY',
  'PROBE',
  'PERMANENT',
  'NOARP',
]);

export function isValidNeigh(n: Neigh): boolean {
  return VALID.has(n.state) && n.mac !== undefined;
}

/** Move one entry's state forward to `now`. */
export function advance(n: Neigh, now: number): void {
  for (let guard = 0; guard < 8; guard++) {
    const age = now - n.since;
    switch (n.state) {
      case 'REACHABLE':
        if (age < NUD.reachableMs) return;
        n.state = 'STALE';
        n.since += NUD.reachableMs;
        continue;
      case 'DELAY':
        if (age < NUD.delayMs) return;
        n.state = 'PROBE';
        n.since += NUD.delayMs;
        continue;
      case 'PROBE':
        if (n.answers) {
          n.state = 'REACHABLE';
          continue;
        }
        if (age < NUD.retransMs * NUD.probes) return;
        n.state = 'FAILED';
        n.since += NUD.retransMs * NUD.probes;
        continue;
      case 'INCOMPLETE':
        if (age < NUD.retransMs * NUD.probes) return;
        n.state = 'FAILED';
        delete n.mac;
        n.since += NUD.retransMs * NUD.probes;
        continue;
      default:
        return;
    }
  }
}

/** Bring every entry of a namespace up to the current time. */
export function refreshNeigh(world: World, ns: Netns): Neigh[] {
  for (const n of ns.neigh) advance(n, world.clock.now);
  return ns.neigh;
}

export function findNeigh(ns: Netns, dev: number, ip: number): Neigh | undefined {
  return ns.neigh.find((n) => n.dev === dev && n.ip === ip);
}

function upsert(world: World, ns: Netns, dev: number, ip: number): Neigh {
  let n = findNeigh(ns, dev, ip);
  if (!n) {
    n = { ip, dev, state: 'NOARP', since: world.clock.now, answers: true };
    ns.neigh.push(n);
  } else advance(n, world.clock.now);
  return n;
}

/** We received an ARP request for one of our addresses from ip/mac (neigh_event_ns). */
export function learnFromRequest(world: World, ns: Netns, dev: number, ip: number, mac: string): void {
  const n = upsert(world, ns, dev, ip);
  if (n.state === 'PERMANENT') return;
  if (n.mac === mac && (n.state === 'REACHABLE' || n.state === 'DELAY' || n.state === 'PROBE')) return;
  n.mac = mac;
  n.state = 'STALE';
  n.since = world.clock.now;
}

/** An ARP reply (or other confirmation) arrived. */
export function confirm(world: World, ns: Netns, dev: number, ip: number, mac: string): void {
  const n = upsert(world, ns, dev, ip);
  if (n.state === 'PERMANENT') return;
  n.mac = mac;
  n.state = 'REACHABLE';
  n.since = world.clock.now;
  n.answers = true;
}

/** A packet goes out using an entry: STALE starts the DELAY timer. */
export function touchNeigh(world: World, n: Neigh): void {
  advance(n, world.clock.now);
  if (n.state === 'STALE') {
    n.state = 'DELAY';
    n.since = world.clock.now;
  }
}

/** Resolution failed: the entry stays INCOMPLETE until its probes run out. */
export function markIncomplete(world: World, ns: Netns, dev: number, ip: number): Neigh {
  const n = upsert(world, ns, dev, ip);
  if (n.state !== 'INCOMPLETE') {
    n.state = 'INCOMPLETE';
    n.since = world.clock.now;
  }
  delete n.mac;
  n.answers = false;
  return n;
}

export function addStatic(
  world: World,
  ns: Netns,
  dev: number,
  ip: number,
  mac: string | undefined,
  state: NeighState,
): void {
  const n = upsert(world, ns, dev, ip);
  if (mac !== undefined) n.mac = mac;
  else delete n.mac;
  n.state = state;
  n.since = world.clock.now;
  n.answers = true;
}
