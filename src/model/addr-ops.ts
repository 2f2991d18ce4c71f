/** IPv4/IPv6 address changes with the kernel's side effects (secondary flag, kernel routes). */
import { type KernelError, kerr } from './errno.js';
import { type IPv6, ipv6Equal, networkOf } from './inet.js';
import { addKernelRoutes, RT_SCOPE, removeKernelRoutes, removeRoutes, routeUsesDev } from './routes.js';
import { sysctlGet } from './sysctl.js';
import type { Addr4, Addr6, Link, World } from './types.js';
import { getNetns } from './world.js';

export interface AddrSpec {
  addr: number;
  prefix: number;
  broadcast?: number;
  peer?: number;
  label?: string;
  scope?: number;
  noprefixroute?: boolean;
  /** Seconds; undefined = forever. */
  validLft?: number;
  preferredLft?: number;
}

function sameSubnet(a: Addr4, b: { addr: number; prefix: number }): boolean {
  return a.prefix === b.prefix && networkOf(a.addr, a.prefix) === networkOf(b.addr, b.prefix);
}

export function addAddr4(world: World, link: Link, spec: AddrSpec, replace = false): KernelError | null {
  const existing = link.addrs4.find((a) => a.addr === spec.addr && a.prefix === spec.prefix);
  if (existing) {
    if (!replace) return kerr('EEXIST', 'ipv4: Address already assigned');
    setLifetimes(world, existing, spec);
    return null;
  }
  const ns = getNetns(world, link.netns);
  const secondary = link.addrs4.some((a) => !a.secondary && sameSubnet(a, spec));
  const addr: Addr4 = {
    addr: spec.addr,
    prefix: spec.prefix,
    label: spec.label ?? link.name,
    scope: spec.scope ?? (spec.addr >>> 24 === 127 ? RT_SCOPE.host : RT_SCOPE.global),
    secondary,
    ...(spec.broadcast !== undefined ? { broadcast: spec.broadcast } : {}),
    ...(spec.peer !== undefined ? { peer: spec.peer } : {}),
    ...(spec.noprefixroute ? { noprefixroute: true } : {}),
  };
  setLifetimes(world, addr, spec);
  if (secondary) link.addrs4.push(addr);
  else {
    // __inet_insert_ifa: after the last primary whose scope is >= the new one's
    let at = 0;
    link.addrs4.forEach((a, i) => {
      if (!a.secondary && a.scope >= addr.scope) at = i + 1;
    });
    link.addrs4.splice(at, 0, addr);
  }
  addKernelRoutes(ns, link, addr);
  return null;
}

export interface AddrMatch {
  addr: number;
  /** undefined: wildcard deletion (iproute2 sent no IFA_ADDRESS). */
  prefix?: number;
  label?: string;
}

export function delAddr4(world: World, link: Link, m: AddrMatch): KernelError | null {
  const victim = link.addrs4.find(
    (a) =>
      a.addr === m.addr &&
      (m.prefix === undefined || a.prefix === m.prefix) &&
      (m.label === undefined || a.label === m.label),
  );
  if (!victim) return kerr('EADDRNOTAVAIL', 'ipv4: Address not found');
  removeAddr4(world, link, victim);
  return null;
}

/** Delete one address; deleting a primary takes (or promotes) its secondaries. */
export function removeAddr4(world: World, link: Link, victim: Addr4): void {
  const ns = getNetns(world, link.netns);
  const gone: Addr4[] = [victim];
  if (!victim.secondary) {
    const secs = link.addrs4.filter((a) => a.secondary && sameSubnet(a, victim));
    const promote =
      sysctlGet(world, ns, `net.ipv4.conf.${link.name}.promote_secondaries`) === '1' ||
      sysctlGet(world, ns, 'net.ipv4.conf.all.promote_secondaries') === '1';
    if (promote && secs.length) {
      const first = secs[0] as Addr4;
      first.secondary = false;
    } else gone.push(...secs);
  }
  link.addrs4 = link.addrs4.filter((a) => !gone.includes(a));
  for (const a of gone) removeKernelRoutes(world, ns, link, a);
  // a promoted secondary needs the primary's routes again
  for (const a of link.addrs4) addKernelRoutes(ns, link, a);
  if (link.addrs4.length === 0) {
    // last IPv4 address gone: fib_disable_ip flushes every route through the device
    removeRoutes(ns, (r) => routeUsesDev(r, link.uid));
  }
}

export function flushAddrs4(world: World, link: Link, pred: (a: Addr4) => boolean = () => true): number {
  let n = 0;
  for (;;) {
    const victim = link.addrs4.find(pred);
    if (!victim) return n;
    removeAddr4(world, link, victim);
    n++;
  }
}

/** The scope the kernel gives an IPv6 address from its type: ::1 host, fe80::/10 link, fec0::/10 site, else global. */
export function scopeOfAddr6(a: IPv6): number {
  if (a.every((b, i) => b === (i === 15 ? 1 : 0))) return RT_SCOPE.host;
  const top10 = (((a[0] as number) << 8) | (a[1] as number)) & 0xffc0;
  if (top10 === 0xfe80) return RT_SCOPE.link;
  if (top10 === 0xfec0) return 200;
  return RT_SCOPE.universe;
}

/** ipv6_addr_src_scope() of an RT scope: wider scopes compare greater. */
function srcScope(rtScope: number): number {
  return rtScope === RT_SCOPE.host ? 1 : rtScope === RT_SCOPE.link ? 2 : rtScope === 200 ? 5 : 14;
}

/**
 * ipv6_link_dev_addr(): a device's IPv6 list is kept sorted by scope, wider
 * first, and a new address goes before those of its own scope (so the newest
 * global address is listed first and the link-local one last).
 */
export function insertAddr6(link: Link, a: Addr6): void {
  const mine = srcScope(a.scope);
  const at = link.addrs6.findIndex((x) => mine >= srcScope(x.scope));
  if (at < 0) link.addrs6.push(a);
  else link.addrs6.splice(at, 0, a);
}

/** Add an IPv6 address; its scope follows from the address (the kernel ignores a given one). */
export function addAddr6(link: Link, addr: IPv6, prefix: number, _scope?: number): KernelError | null {
  if (link.addrs6.some((a) => ipv6Equal(a.addr, addr))) return kerr('EEXIST');
  const a: Addr6 = { addr, prefix, scope: scopeOfAddr6(addr), auto: false };
  // DAD runs once the link is up with carrier (the loopback device skips it)
  if (link.kind !== 'loopback' && !(link.adminUp && link.ipv6Ready)) a.tentative = true;
  insertAddr6(link, a);
  return null;
}

export function delAddr6(link: Link, addr: IPv6): KernelError | null {
  const i = link.addrs6.findIndex((a) => ipv6Equal(a.addr, addr));
  if (i < 0) return kerr('EADDRNOTAVAIL');
  link.addrs6.splice(i, 1);
  return null;
}

function setLifetimes(world: World, a: Addr4, spec: AddrSpec): void {
  if (spec.validLft !== undefined) a.validUntil = world.clock.now + spec.validLft * 1000;
  else delete a.validUntil;
  if (spec.preferredLft !== undefined) a.preferredUntil = world.clock.now + spec.preferredLft * 1000;
  else delete a.preferredUntil;
}
