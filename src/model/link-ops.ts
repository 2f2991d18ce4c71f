/**
 * What the kernel does when a device changes: admin up/down, enslaving to a
 * bridge, renaming, deleting, namespace teardown. Each operation validates
 * first and only then changes the world.
 */
import { insertAddr6 } from './addr-ops.js';
import { type KernelError, kerr } from './errno.js';
import { linkLocalFromMac } from './inet.js';
import { carrierOf, peerOf, portsOf } from './link-state.js';
import { addKernelRoutes, RT_SCOPE, RTPROT, removeRoutes, routeUsesDev } from './routes.js';
import { sysctlForgetInterface, sysctlGet } from './sysctl.js';
import type { Link, Netns, World } from './types.js';
import { forgetLink, getHost, getNetns, linkByName, moveLinkTo } from './world.js';

const LOOPBACK_V6 = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);

/** Links whose derived state may change when `link` changes. */
function related(world: World, link: Link): Link[] {
  const out = new Set<Link>([link]);
  const peer = peerOf(world, link);
  if (peer) out.add(peer);
  for (const l of [...out]) {
    if (l.master !== undefined) {
      const m = world.links.get(l.master);
      if (m) out.add(m);
    }
  }
  for (const l of [...out]) if (l.kind === 'bridge') for (const p of portsOf(world, l)) out.add(p);
  return [...out];
}

/** Carrier-driven consequences: IPv6 link-local addresses appear once a link is up with carrier. */
export function reconcileLinks(world: World, links: readonly Link[]): void {
  for (const l of links) {
    if (!world.links.has(l.uid)) continue;
    if (l.kind === 'bridge') recomputeBridgeMac(world, l);
  }
  for (const l of links) {
    if (!world.links.has(l.uid) || !l.adminUp) continue;
    // an ipip tunnel has no EUI-64 interface id: no link-local address
    if (l.kind === 'loopback' || l.kind === 'ipip') continue;
    if (!carrierOf(world, l) || l.ipv6Ready) continue;
    l.ipv6Ready = true;
    for (const a of l.addrs6) delete a.tentative;
    const ns = getNetns(world, l.netns);
    if (sysctlGet(world, ns, `net.ipv6.conf.${l.name}.disable_ipv6`) === '1') continue;
    if (!l.addrs6.some((a) => a.scope === RT_SCOPE.link && a.auto)) {
      insertAddr6(l, { addr: linkLocalFromMac(l.mac), prefix: 64, scope: RT_SCOPE.link, auto: true });
    }
  }
}

export function recomputeBridgeMac(world: World, br: Link): void {
  if (!br.bridge || br.bridge.macFixed || !br.bridge.carrierTouched) return;
  const ports = portsOf(world, br);
  if (ports.length === 0) {
    br.mac = '00:00:00:00:00:00';
    return;
  }
  br.mac = ports.map((p) => p.mac).sort()[0] as string;
}

export function setLinkUp(world: World, link: Link, up: boolean): void {
  if (link.adminUp === up) return;
  const ns = getNetns(world, link.netns);
  if (up) {
    link.adminUp = true;
    link.qdiscAttached = true;
    if (link.kind === 'loopback') {
      if (!link.addrs4.some((a) => a.addr === 0x7f000001 && a.prefix === 8)) {
        link.addrs4.unshift({
          addr: 0x7f000001,
          prefix: 8,
          label: link.name,
          scope: RT_SCOPE.host,
          secondary: false,
        });
      }
      if (!link.addrs6.some((a) => a.auto))
        insertAddr6(link, { addr: LOOPBACK_V6, prefix: 128, scope: RT_SCOPE.host, auto: true });
    }
    for (const a of link.addrs4) addKernelRoutes(ns, link, a);
  } else {
    link.adminUp = false;
    const own = new Set(link.addrs4.map((a) => a.addr));
    removeRoutes(
      ns,
      (r) =>
        routeUsesDev(r, link.uid) &&
        !(
          r.type === 'local' &&
          r.prefix === 32 &&
          r.proto === RTPROT.kernel &&
          own.has(r.dst) &&
          link.kind !== 'loopback'
        ),
    );
    link.addrs6 = [];
    link.ipv6Ready = false;
    ns.neigh = ns.neigh.filter((n) => n.dev !== link.uid);
  }
  reconcileLinks(world, related(world, link));
}

export function setMaster(world: World, link: Link, master: Link | undefined): KernelError | null {
  if (master && master.kind !== 'bridge') return kerr('EOPNOTSUPP');
  if (master && master.uid === link.uid) return kerr('ELOOP');
  if (master && link.kind === 'bridge') return kerr('ELOOP');
  if (master && master.netns !== link.netns) return kerr('ENODEV');
  if (link.master === master?.uid) return null;
  const old = link.master === undefined ? undefined : world.links.get(link.master);
  if (old?.bridge) {
    for (const [mac, e] of old.bridge.fdb) if (e.port === link.uid) old.bridge.fdb.delete(mac);
  }
  if (master) {
    link.master = master.uid;
    if (master.bridge) {
      master.bridge.carrierTouched = true;
      master.bridge.fdb.set(link.mac, {
        mac: link.mac,
        port: link.uid,
        local: true,
        updated: world.clock.now,
      });
    }
  } else {
    delete link.master;
    delete link.brport;
  }
  const touched = related(world, link);
  if (old) touched.push(old, ...portsOf(world, old));
  reconcileLinks(world, touched);
  return null;
}

export function renameLink(world: World, link: Link, name: string): KernelError | null {
  const ns = getNetns(world, link.netns);
  const other = linkByName(world, ns, name);
  if (other && other.uid !== link.uid) return kerr('EEXIST');
  sysctlForgetInterface(ns, link.name);
  for (const a of link.addrs4)
    if (a.label === link.name || a.label.startsWith(`${link.name}:`))
      a.label = name + a.label.slice(link.name.length);
  link.name = name;
  return null;
}

/** Remove a link's traces from its namespace: routes, neighbours, bridge membership. */
function detach(world: World, link: Link): void {
  const ns = getNetns(world, link.netns);
  removeRoutes(ns, (r) => routeUsesDev(r, link.uid));
  const gone = new Set(link.addrs4.map((a) => a.addr));
  removeRoutes(ns, (r) => r.prefsrc !== undefined && gone.has(r.prefsrc));
  ns.neigh = ns.neigh.filter((n) => n.dev !== link.uid);
  sysctlForgetInterface(ns, link.name);
  if (link.master !== undefined) setMaster(world, link, undefined);
  if (link.kind === 'bridge') for (const p of portsOf(world, link)) setMaster(world, p, undefined);
}

export function deleteLink(world: World, link: Link): KernelError | null {
  if (link.kind === 'loopback') return kerr('EOPNOTSUPP');
  const victims = [link];
  const peer = peerOf(world, link);
  if (peer) victims.push(peer);
  for (const v of victims) detach(world, v);
  for (const v of victims) forgetLink(world, v);
  return null;
}

/** Namespace teardown: virtual devices die (with their veth peers), physical ones return to the host. */
export function destroyNetns(world: World, ns: Netns): void {
  const host = getHost(world, ns.host);
  const root = getNetns(world, host.rootNetns);
  for (const uid of [...ns.byIndex.values()]) {
    const link = world.links.get(uid);
    if (!link) continue;
    if (link.kind === 'ether' && root.uid !== ns.uid) {
      setLinkUp(world, link, false);
      detach(world, link);
      link.addrs4 = [];
      moveLinkTo(world, link, root);
      continue;
    }
    const peer = peerOf(world, link);
    detach(world, link);
    if (peer && world.links.has(peer.uid)) {
      detach(world, peer);
      forgetLink(world, peer);
    }
    forgetLink(world, link);
  }
  ns.alive = false;
  world.netns.delete(ns.uid);
  for (const other of world.netns.values()) other.nsids.delete(ns.uid);
}

export function setMtu(world: World, link: Link, mtu: number): KernelError | null {
  if (link.kind === 'vxlan') {
    const lower = link.vxlan?.dev !== undefined ? world.links.get(link.vxlan.dev) : undefined;
    if (mtu < link.minMtu || mtu > (lower ? lower.mtu - 50 : link.maxMtu)) return kerr('EINVAL');
  }
  if (link.kind !== 'loopback') {
    if (mtu < link.minMtu) return kerr('EINVAL', 'mtu less than device minimum');
    // dev_validate_mtu: a max_mtu of 0 (the ipip fallback tunl0) sets no upper bound
    if (link.maxMtu > 0 && mtu > link.maxMtu) return kerr('EINVAL', 'mtu greater than device maximum');
  }
  link.mtu = mtu;
  void world;
  return null;
}

export function setMac(world: World, link: Link, mac: string): KernelError | null {
  if (Number.parseInt(mac.slice(0, 2), 16) & 1) return kerr('EADDRNOTAVAIL');
  if (link.kind === 'loopback') return kerr('EOPNOTSUPP');
  const oldMac = link.mac;
  link.mac = mac;
  if (link.bridge) link.bridge.macFixed = true;
  if (link.master !== undefined) {
    const br = world.links.get(link.master);
    if (br?.bridge) {
      br.bridge.fdb.delete(oldMac);
      br.bridge.fdb.set(mac, { mac, port: link.uid, local: true, updated: world.clock.now });
      recomputeBridgeMac(world, br);
    }
  }
  return null;
}
