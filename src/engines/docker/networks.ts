/**
 * Docker networks on a host: the daemon's start (docker0 and the three
 * predefined networks), `docker network create` with IPAM from --subnet or
 * the default pools, and removal. Bridge networks get a Linux bridge with
 * the gateway address and their iptables rules.
 */
import { addAddr4 } from '../../model/addr-ops.js';
import { broadcastOf, inSubnet, networkOf } from '../../model/inet.js';
import { deleteLink, setLinkUp } from '../../model/link-ops.js';
import type { Host, Link, Netns, World } from '../../model/types.js';
import { getNetns, linkByName, newLink } from '../../model/world.js';
import { addNetworkRules, daemonStartRules, removeNetworkRules } from './iptables.js';
import { type DockerEngine, type DockerNetwork, setDockerEngine } from './state.js';

/** A Docker MAC: 02:42 and four more bytes. */
export function dockerMac(bytes: number): string {
  const b = [2, 0x42, (bytes >>> 24) & 255, (bytes >>> 16) & 255, (bytes >>> 8) & 255, bytes & 255];
  return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
}

export function newId(world: World): string {
  return world.rng.hex(32);
}

function hostNs(world: World, e: DockerEngine): Netns {
  const h = world.hosts.get(e.host) as Host;
  return getNetns(world, h.rootNetns);
}

export function bridgeOf(world: World, e: DockerEngine, n: DockerNetwork): Link | undefined {
  return n.bridge ? linkByName(world, hostNs(world, e), n.bridge) : undefined;
}

function makeBridge(world: World, ns: Netns, name: string, gw: number, prefix: number): void {
  const br = newLink(world, ns, { kind: 'bridge', name, mac: dockerMac(world.rng.nextU32()), txqlen: 0 });
  if (br.bridge) {
    br.bridge.macFixed = true;
    // no port yet: the bridge has no carrier (NO-CARRIER, state DOWN) until a container attaches
    br.bridge.carrierTouched = true;
  }
  addAddr4(world, br, { addr: gw, prefix, broadcast: broadcastOf(gw, prefix) });
  setLinkUp(world, br, true);
  // dockerd loads br_netfilter and turns bridged traffic through iptables on
  ns.sysctl.set('net.bridge.bridge-nf-call-iptables', '1');
  ns.sysctl.set('net.bridge.bridge-nf-call-ip6tables', '1');
}

function nanos(world: World): number {
  return world.rng.int(0, 1_000_000);
}

/** Install Docker on a host: the daemon starts, makes docker0 and the bridge/host/none networks. */
export function installDocker(world: World, host: Host): DockerEngine {
  const e: DockerEngine = { host: host.name, networks: [], containers: [], images: new Map() };
  setDockerEngine(world, e);
  const ns = getNetns(world, host.rootNetns);
  daemonStartRules(ns);
  const now = world.clock.now;
  const base = { predefined: true, userDefined: false, ipamOptions: false, labels: {} };
  e.networks.push({
    ...base,
    id: newId(world),
    name: 'none',
    driver: 'null',
    created: now,
    createdNs: nanos(world),
    options: {},
  });
  e.networks.push({
    ...base,
    id: newId(world),
    name: 'host',
    driver: 'host',
    created: now,
    createdNs: nanos(world),
    options: {},
  });
  const subnet = 0xac110000;
  makeBridge(world, ns, 'docker0', subnet + 1, 16);
  addNetworkRules(ns, 'docker0', subnet, 16);
  e.networks.push({
    ...base,
    id: newId(world),
    name: 'bridge',
    driver: 'bridge',
    created: now,
    createdNs: nanos(world),
    subnet,
    prefix: 16,
    gateway: subnet + 1,
    bridge: 'docker0',
    options: {
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'docker0',
      'com.docker.network.driver.mtu': '1500',
    },
  });
  return e;
}

/** The default address pools: 172.17-31.0.0/16, then 192.168.0.0/16 in /20s. */
function* defaultPools(): Generator<[number, number]> {
  for (let b = 17; b <= 31; b++) yield [((172 << 24) | (b << 16)) >>> 0, 16];
  for (let c = 0; c < 256; c += 16) yield [((192 << 24) | (168 << 16) | (c << 8)) >>> 0, 20];
}

function overlaps(a: number, ap: number, b: number, bp: number): boolean {
  const p = Math.min(ap, bp);
  return networkOf(a, p) === networkOf(b, p);
}

export type NetCreateResult = { ok: true; net: DockerNetwork } | { ok: false; error: string };

/** `docker network create [--subnet CIDR] [--gateway IP] NAME` with the bridge driver. */
export function createNetwork(
  world: World,
  e: DockerEngine,
  name: string,
  opts: { subnet?: { addr: number; prefix: number }; gateway?: number },
): NetCreateResult {
  if (e.networks.some((n) => n.name === name))
    return { ok: false, error: `network with name ${name} already exists` };
  const used = e.networks.filter((n) => n.subnet !== undefined);
  let subnet: number;
  let prefix: number;
  if (opts.subnet) {
    subnet = networkOf(opts.subnet.addr, opts.subnet.prefix);
    prefix = opts.subnet.prefix;
    if (used.some((n) => overlaps(subnet, prefix, n.subnet as number, n.prefix as number)))
      return { ok: false, error: 'Pool overlaps with other one on this address space' };
  } else {
    const ns = hostNs(world, e);
    const routes = ns.routes.filter((r) => r.table === 254 && r.prefix > 0);
    const free = [...defaultPools()].find(
      ([a, p]) =>
        !used.some((n) => overlaps(a, p, n.subnet as number, n.prefix as number)) &&
        !routes.some((r) => overlaps(a, p, r.dst, r.prefix)),
    );
    if (!free)
      return {
        ok: false,
        error:
          'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
      };
    [subnet, prefix] = free;
  }
  const gateway = opts.gateway ?? subnet + 1;
  if (opts.gateway !== undefined && !inSubnet(opts.gateway, subnet, prefix))
    return { ok: false, error: `no matching subnet for gateway ${opts.gateway}` };
  const id = newId(world);
  const br = `br-${id.slice(0, 12)}`;
  const ns = hostNs(world, e);
  makeBridge(world, ns, br, gateway, prefix);
  addNetworkRules(ns, br, subnet, prefix);
  const net: DockerNetwork = {
    id,
    name,
    driver: 'bridge',
    created: world.clock.now,
    createdNs: nanos(world),
    subnet,
    prefix,
    gateway,
    bridge: br,
    predefined: false,
    userDefined: true,
    ipamOptions: true,
    configGateway: !opts.subnet || opts.gateway !== undefined,
    options: {},
    labels: {},
  };
  e.networks.push(net);
  return { ok: true, net };
}

/** Remove a user-defined network (the caller checks endpoints and predefined networks). */
export function removeNetwork(world: World, e: DockerEngine, net: DockerNetwork): void {
  const ns = hostNs(world, e);
  const br = bridgeOf(world, e, net);
  if (br) deleteLink(world, br);
  if (net.bridge && net.subnet !== undefined && net.prefix !== undefined)
    removeNetworkRules(ns, net.bridge, net.subnet, net.prefix);
  e.networks = e.networks.filter((n) => n.id !== net.id);
}

/** The next free address of a bridge network (gateway and network/broadcast excluded). */
export function allocateIp(e: DockerEngine, net: DockerNetwork): number | null {
  if (net.subnet === undefined || net.prefix === undefined) return null;
  const taken = new Set<number>([net.gateway as number]);
  for (const c of e.containers) for (const ep of c.endpoints) if (ep.networkId === net.id) taken.add(ep.ip);
  const last = broadcastOf(net.subnet, net.prefix);
  for (let a = net.subnet + 1; a < last; a++) if (!taken.has(a)) return a >>> 0;
  return null;
}
