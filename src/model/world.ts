/**
 * World construction and the allocators the kernel would run: ifindexes
 * (cyclic per namespace), nsids (lowest free per viewing namespace), MACs
 * (seeded). Topology changes (create, move, destroy links and namespaces)
 * live here; address/route side effects live in addr.ts and routes.ts.
 */
import { CAPTURE_PROFILE, type Profile } from './profile.js';
import { Rng } from './rng.js';
import type { Host, Link, LinkKind, Netns, World } from './types.js';
import { Vfs } from './vfs.js';

export const DEFAULT_EPOCH = Date.UTC(2026, 10, 21, 9, 0, 0);

export interface WorldOptions {
  seed?: number;
  profile?: Profile;
  epochMs?: number;
}

export function createWorld(opts: WorldOptions = {}): World {
  return {
    profile: opts.profile ?? CAPTURE_PROFILE,
    clock: { now: opts.epochMs ?? DEFAULT_EPOCH },
    rng: new Rng(opts.seed ?? 1),
    hosts: new Map(),
    netns: new Map(),
    links: new Map(),
    nextNetnsUid: 1,
    nextLinkUid: 1,
    defaultHost: '',
    ext: Object.create(null) as Record<string, unknown>,
    dmesg: [],
  };
}

export function getHost(world: World, name: string): Host {
  const h = world.hosts.get(name);
  if (!h) throw new Error(`no host ${name}`);
  return h;
}

export function getNetns(world: World, uid: number): Netns {
  const n = world.netns.get(uid);
  if (!n) throw new Error(`no netns ${uid}`);
  return n;
}

export function getLink(world: World, uid: number): Link {
  const l = world.links.get(uid);
  if (!l) throw new Error(`no link ${uid}`);
  return l;
}

/** Add a host with its root namespace (lo up) and an empty filesystem. */
export function addHost(world: World, name: string, opts: { hidden?: boolean; user?: string } = {}): Host {
  const fs = new Vfs(() => world.clock.now);
  const host: Host = {
    name,
    rootNetns: 0,
    netnsNames: [],
    fs,
    hidden: opts.hidden ?? false,
    processes: [],
    nextPid: 1,
    user: opts.user ?? 'root',
  };
  world.hosts.set(name, host);
  const ns = createNetns(world, name);
  host.rootNetns = ns.uid;
  host.processes.push({
    pid: 1,
    ppid: 0,
    user: 'root',
    command: '/sbin/init',
    netns: ns.uid,
    start: world.clock.now,
  });
  host.nextPid = 100;
  if (!world.defaultHost && !host.hidden) world.defaultHost = name;
  return host;
}

/** A fresh network namespace: only a loopback device, down. */
export function createNetns(world: World, host: string, name?: string): Netns {
  const ns: Netns = {
    uid: world.nextNetnsUid++,
    host,
    ...(name !== undefined ? { name } : {}),
    alive: true,
    ifindexCursor: 0,
    byIndex: new Map(),
    nsids: new Map(),
    routes: [],
    routeSeq: 0,
    neigh: [],
    sysctl: new Map(),
    sockets: [],
    ext: Object.create(null) as Record<string, unknown>,
  };
  world.netns.set(ns.uid, ns);
  newLink(world, ns, {
    kind: 'loopback',
    name: 'lo',
    mac: '00:00:00:00:00:00',
    brd: '00:00:00:00:00:00',
    mtu: 65536,
  });
  if (ipipHosts(world).has(host)) fallbackTunnel(world, ns);
  return ns;
}

function fallbackTunnel(world: World, ns: Netns): void {
  const l = newLink(world, ns, { kind: 'ipip', name: 'tunl0' });
  if (l.ipip) l.ipip.fallback = true;
}

function ipipHosts(world: World): Set<string> {
  return ((world.ext.ipipModule as Set<string> | undefined) ??= new Set<string>());
}

/**
 * `modprobe ipip` on a host: the module's fallback device tunl0 (down, every
 * endpoint any) appears in each of the host's namespaces, and in every
 * namespace created afterwards (pods on a Calico node see it too).
 */
export function loadIpipModule(world: World, host: Host): void {
  const hosts = ipipHosts(world);
  if (hosts.has(host.name)) return;
  hosts.add(host.name);
  for (const ns of world.netns.values())
    if (ns.alive && ns.host === host.name && !linkByName(world, ns, 'tunl0')) fallbackTunnel(world, ns);
}

/** xa_alloc_cyclic over the namespace's ifindex space. */
export function allocIfindex(ns: Netns): number {
  let i = ns.ifindexCursor + 1;
  for (;;) {
    if (i > 0x7fffffff) i = 1;
    if (!ns.byIndex.has(i)) {
      ns.ifindexCursor = i;
      return i;
    }
    i++;
  }
}

export interface NewLinkSpec {
  kind: LinkKind;
  name: string;
  mac?: string;
  brd?: string;
  mtu?: number;
  txqlen?: number;
  ifindex?: number;
}

export function newLink(world: World, ns: Netns, spec: NewLinkSpec): Link {
  const ifindex = spec.ifindex ?? allocIfindex(ns);
  const loop = spec.kind === 'loopback';
  // an IP tunnel's hardware addresses are its endpoints (0.0.0.0: any); the fallback tunl0 reports no MTU range
  const ipip = spec.kind === 'ipip';
  const link: Link = {
    uid: world.nextLinkUid++,
    netns: ns.uid,
    ifindex,
    name: spec.name,
    kind: spec.kind,
    mtu: spec.mtu ?? (ipip ? 1480 : 1500),
    minMtu: loop || ipip ? 0 : 68,
    maxMtu: loop || ipip ? 0 : spec.kind === 'bridge' ? 65535 : 65535,
    mac: spec.mac ?? (ipip ? '0.0.0.0' : world.rng.mac()),
    brd: spec.brd ?? (ipip ? '0.0.0.0' : 'ff:ff:ff:ff:ff:ff'),
    adminUp: false,
    qdiscAttached: false,
    qdisc: spec.kind === 'ether' ? world.profile.defaultQdisc : 'noqueue',
    txqlen: spec.txqlen ?? 1000,
    group: 0,
    carrier: spec.kind !== 'veth',
    addrs4: [],
    addrs6: [],
    stats: { rxBytes: 0, rxPackets: 0, txBytes: 0, txPackets: 0, rxDropped: 0, txDropped: 0 },
    promisc: 0,
    queues: spec.kind === 'veth' ? world.profile.cpus : 1,
    ipv6Ready: false,
    linkType: loop ? 'loopback' : ipip ? 'ipip' : 'ether',
  };
  if (ipip) link.ipip = { local: 0, remote: 0, ttl: 0, pmtudisc: false, proto: 0 };
  if (spec.kind === 'bridge') {
    link.bridge = { fdb: new Map(), carrierTouched: false, stp: false, ageingTime: 30000, macFixed: false };
  }
  world.links.set(link.uid, link);
  ns.byIndex.set(ifindex, link.uid);
  return link;
}

export function linksOf(world: World, ns: Netns): Link[] {
  return [...ns.byIndex.keys()].sort((a, b) => a - b).map((i) => getLink(world, ns.byIndex.get(i) as number));
}

export function linkByName(world: World, ns: Netns, name: string): Link | undefined {
  for (const uid of ns.byIndex.values()) {
    const l = world.links.get(uid);
    if (l && l.name === name) return l;
  }
  return undefined;
}

export function linkByIndex(world: World, ns: Netns, ifindex: number): Link | undefined {
  const uid = ns.byIndex.get(ifindex);
  return uid === undefined ? undefined : world.links.get(uid);
}

/** The nsid `viewer` uses for `other`; allocates the lowest free id when asked. */
export function nsidOf(viewer: Netns, other: number, alloc: boolean): number | undefined {
  if (other === viewer.uid) return undefined;
  const have = viewer.nsids.get(other);
  if (have !== undefined || !alloc) return have;
  const used = new Set(viewer.nsids.values());
  let id = 0;
  while (used.has(id)) id++;
  viewer.nsids.set(other, id);
  return id;
}

/** Give each side of a cross-namespace peer relation an nsid for the other, as notifications do. */
export function notePeerNamespaces(world: World, link: Link): void {
  if (link.peer === undefined) return;
  const peer = world.links.get(link.peer);
  if (!peer || peer.netns === link.netns) return;
  nsidOf(getNetns(world, link.netns), peer.netns, true);
  nsidOf(getNetns(world, peer.netns), link.netns, true);
}

/** Move a device to another namespace, keeping its ifindex unless taken there. */
export function moveLinkTo(world: World, link: Link, target: Netns): void {
  const from = getNetns(world, link.netns);
  if (from.uid === target.uid) return;
  from.byIndex.delete(link.ifindex);
  // the old namespace learns an id for the new one (IFLA_TARGET_NETNSID)
  nsidOf(from, target.uid, true);
  if (target.byIndex.has(link.ifindex)) link.ifindex = allocIfindex(target);
  target.byIndex.set(link.ifindex, link.uid);
  link.netns = target.uid;
  notePeerNamespaces(world, link);
}

/** Drop a link from the world (no side effects on routes; see net-ops). */
export function forgetLink(world: World, link: Link): void {
  const ns = world.netns.get(link.netns);
  ns?.byIndex.delete(link.ifindex);
  world.links.delete(link.uid);
}

export function netnsByName(world: World, host: Host, name: string): Netns | undefined {
  if (!host.netnsNames.includes(name)) return undefined;
  for (const ns of world.netns.values()) if (ns.alive && ns.host === host.name && ns.name === name) return ns;
  return undefined;
}

/** Display name of a namespace as iproute2 resolves it from the viewer's host (`link-netns NAME`). */
export function netnsDisplayName(world: World, viewerHost: string, ns: Netns): string | undefined {
  if (ns.host !== viewerHost || ns.name === undefined) return undefined;
  const host = world.hosts.get(viewerHost);
  return host?.netnsNames.includes(ns.name) ? ns.name : undefined;
}

export function rootNetnsOf(world: World, hostName: string): Netns {
  return getNetns(world, getHost(world, hostName).rootNetns);
}

/** Processes of a host that are still running at the current time. */
export function liveProcesses(world: World, host: Host): Host['processes'] {
  const now = world.clock.now;
  return host.processes.filter((p) => p.until === undefined || p.until > now);
}

/** Forget processes that have ended (the session calls this between commands, when the clock only moves forward). */
export function pruneProcesses(world: World): void {
  const now = world.clock.now;
  for (const host of world.hosts.values())
    if (host.processes.some((p) => p.until !== undefined && p.until <= now))
      host.processes = host.processes.filter((p) => p.until === undefined || p.until > now);
}

/** Start a process on a host (parent init and the host's user unless given). */
export function spawnProcess(
  world: World,
  host: Host,
  netns: number,
  command: string,
  lifetimeMs?: number,
  opts: { ppid?: number; user?: string } = {},
): number {
  const pid = host.nextPid++;
  host.processes.push({
    pid,
    ppid: opts.ppid ?? 1,
    user: opts.user ?? host.user,
    command,
    netns,
    ...(lifetimeMs !== undefined ? { until: world.clock.now + lifetimeMs } : {}),
    start: world.clock.now,
  });
  return pid;
}

/**
 * Let the world's daemons and controllers catch up with a change or with
 * time (the cluster installs its reconcile here; elsewhere a no-op).
 * Re-entrant calls (a controller running a command that sleeps) are ignored.
 */
export function settleWorld(world: World): void {
  const f = world.ext.settle as (() => void) | undefined;
  if (!f || world.ext.settling) return;
  world.ext.settling = true;
  try {
    f();
  } finally {
    world.ext.settling = false;
  }
}
