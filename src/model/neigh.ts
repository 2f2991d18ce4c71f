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
  /** ucast_probes: the count a resolution starts from (neigh_event_send). */
  ucastProbes: 3,
} as const;

/** A new entry's confirmed clock starts base_reachable_time * 2 in the past (___neigh_create). */
const NEW_CONFIRMED_AGE = 60000;

/** Solicitations sent by `age` ms into INCOMPLETE or PROBE: one at once, then one per retrans timer. */
function solicitsBy(age: number): number {
  let n = 1;
  for (let k = 1; k < NUD.probes; k++) if (k * NUD.retransMs < age) n++;
  return n;
}

/** NDA_PROBES as the kernel would report it now. */
export function neighProbes(n: Neigh, now: number): number {
  if (n.state === 'INCOMPLETE') return NUD.ucastProbes + solicitsBy(now - n.since);
  if (n.state === 'PROBE') return solicitsBy(now - n.since);
  return n.probes ?? 0;
}

/** The kernel holds a reference for a pending timer (the `ref` of ip -s neigh). */
export function neighRefs(n: Neigh): number {
  return n.state === 'REACHABLE' || n.state === 'DELAY' || n.state === 'PROBE' || n.state === 'INCOMPLETE'
    ? 1
    : 0;
}

function stamp(n: Neigh, at: number): void {
  n.updated = at;
}

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
        stamp(n, n.since);
        continue;
      case 'DELAY':
        if (age < NUD.delayMs) return;
        n.state = 'PROBE';
        n.since += NUD.delayMs;
        stamp(n, n.since);
        continue;
      case 'PROBE':
        if (n.answers) {
          // the first unicast probe is answered at once
          n.state = 'REACHABLE';
          n.probes = 1;
          n.used = n.since;
          n.confirmed = n.since;
          continue;
        }
        if (age < NUD.retransMs * NUD.probes) return;
        n.state = 'FAILED';
        n.since += NUD.retransMs * NUD.probes;
        n.probes = NUD.probes;
        stamp(n, n.since);
        continue;
      case 'INCOMPLETE':
        if (age < NUD.retransMs * NUD.probes) return;
        n.state = 'FAILED';
        delete n.mac;
        n.since += NUD.retransMs * NUD.probes;
        n.probes = NUD.ucastProbes + NUD.probes;
        stamp(n, n.since);
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
    const now = world.clock.now;
    n = {
      ip,
      dev,
      state: 'NOARP',
      since: now,
      answers: true,
      used: now,
      updated: now,
      confirmed: now - NEW_CONFIRMED_AGE,
      probes: 0,
    };
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
  if (n.state !== 'STALE') stamp(n, world.clock.now);
  n.state = 'STALE';
  n.since = world.clock.now;
}

/** An ARP reply (or other confirmation) arrived. */
export function confirm(world: World, ns: Netns, dev: number, ip: number, mac: string): void {
  const n = upsert(world, ns, dev, ip);
  if (n.state === 'PERMANENT') return;
  const now = world.clock.now;
  // a resolution (new, INCOMPLETE or FAILED entry) counts its solicitations on top of ucast_probes
  if (n.state === 'INCOMPLETE') n.probes = neighProbes(n, now);
  else if (n.state === 'NOARP' || n.state === 'FAILED') n.probes = NUD.ucastProbes + 1;
  n.mac = mac;
  n.state = 'REACHABLE';
  n.since = now;
  n.answers = true;
  n.confirmed = now;
  stamp(n, now);
}

/** A packet goes out using an entry: STALE starts the DELAY timer. */
export function touchNeigh(world: World, n: Neigh): void {
  const now = world.clock.now;
  advance(n, now);
  // neigh_resolve_output: only an unconfirmed entry's use is recorded (a REACHABLE one goes by the hh cache)
  if (n.state === 'STALE' || n.state === 'DELAY' || n.state === 'PROBE') n.used = now;
  if (n.state === 'STALE') {
    n.state = 'DELAY';
    n.since = now;
    stamp(n, now);
  }
}

/** Resolution failed: the entry stays INCOMPLETE until its probes run out. */
export function markIncomplete(world: World, ns: Netns, dev: number, ip: number): Neigh {
  const n = upsert(world, ns, dev, ip);
  if (n.state !== 'INCOMPLETE') {
    n.state = 'INCOMPLETE';
    n.since = world.clock.now;
    stamp(n, world.clock.now);
  }
  n.used = world.clock.now;
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
  const now = world.clock.now;
  if (mac !== undefined) n.mac = mac;
  else delete n.mac;
  if (n.state !== state) stamp(n, now);
  // NUD_CONNECTED states are confirmed by the update itself
  if (state === 'PERMANENT' || state === 'REACHABLE' || state === 'NOARP') n.confirmed = now;
  n.state = state;
  n.since = now;
  n.answers = true;
}
