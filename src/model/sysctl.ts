/**
 * sysctls: kernel defaults (measured from the capture kernel), distribution
 * boot settings (profile), and per-namespace values. net.* keys belong to a
 * network namespace; everything else to the host (its root namespace).
 */
import { GLOBAL_SYSCTLS, IFACE_SYSCTLS, LOOPBACK_SYSCTLS } from './sysctl-data.js';
import type { Netns, World } from './types.js';
import { getHost, getNetns, linksOf } from './world.js';

interface Defaults {
  global: Map<string, string>;
  iface: Array<[string, string]>;
  loopback: Array<[string, string]>;
}

let cache: Defaults | null = null;

function parse(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    const i = line.indexOf(' = ');
    if (i > 0) out.push([line.slice(0, i), line.slice(i + 3)]);
  }
  return out;
}

function defaults(): Defaults {
  if (!cache) {
    cache = {
      global: new Map(parse(GLOBAL_SYSCTLS)),
      iface: parse(IFACE_SYSCTLS),
      loopback: parse(LOOPBACK_SYSCTLS),
    };
  }
  return cache;
}

/** Namespace that holds a key's value for a process in `ns`. */
function ownerOf(world: World, ns: Netns, key: string): Netns {
  if (key.startsWith('net.')) return ns;
  return getNetns(world, getHost(world, ns.host).rootNetns);
}

function defaultFor(world: World, ns: Netns, key: string): string | undefined {
  const d = defaults();
  const host = getHost(world, ns.host);
  const isRoot = host.rootNetns === ns.uid;
  if (isRoot && world.profile.bootSysctl[key] !== undefined) return world.profile.bootSysctl[key];
  // the UTS name: the machine's own, not the capture machine's
  if (key === 'kernel.hostname') return host.name;
  if (key === 'kernel.osrelease') return world.profile.kernel;
  if (key === 'kernel.version') return world.profile.kernelBuild;
  const g = d.global.get(key);
  if (g !== undefined) return g;
  const m = /^(net\.ipv[46]\.(?:conf|neigh))\.([^.]+)\.(.+)$/.exec(key);
  if (!m) return undefined;
  const link = linksOf(world, ns).find((l) => l.name === m[2]);
  if (!link) return undefined;
  const tmpl = `${m[1]}.{if}.${m[3]}`;
  const table = link.kind === 'loopback' ? d.loopback : d.iface;
  const hit = table.find(([k]) => k === tmpl);
  if (!hit) return undefined;
  // new interfaces inherit conf.default values
  const inherited = ns.sysctl.get(`${m[1]}.default.${m[3]}`);
  return inherited ?? hit[1];
}

export function sysctlGet(world: World, ns: Netns, key: string): string | undefined {
  const owner = ownerOf(world, ns, key);
  return owner.sysctl.get(key) ?? defaultFor(world, owner, key);
}

export function sysctlInt(world: World, ns: Netns, key: string, fallback = 0): number {
  const v = sysctlGet(world, ns, key);
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isNaN(n) ? fallback : n;
}

/** Every key visible from `ns`, sorted as `sysctl -a` prints them. */
export function sysctlKeys(world: World, ns: Netns): string[] {
  const d = defaults();
  const keys = new Set(d.global.keys());
  for (const link of linksOf(world, ns)) {
    for (const [k] of link.kind === 'loopback' ? d.loopback : d.iface) keys.add(k.replace('{if}', link.name));
  }
  return [...keys].sort();
}

const BOOLEAN_KEYS = /^net\.ipv4\.(ip_forward|conf\.[^.]+\.forwarding)$/;

/** Set a value; returns an errno name on failure. */
export function sysctlSet(world: World, ns: Netns, key: string, value: string): 'EINVAL' | 'ENOENT' | null {
  const current = sysctlGet(world, ns, key);
  if (current === undefined) return 'ENOENT';
  const v = value.trim().replace(/\s+/g, '\t');
  const numeric = /^-?\d+(\t-?\d+)*$/.test(current);
  if (numeric && !/^-?\d+(\t-?\d+)*$/.test(v)) return 'EINVAL';
  if (BOOLEAN_KEYS.test(key) && v !== '0' && v !== '1') return 'EINVAL';
  const owner = ownerOf(world, ns, key);
  owner.sysctl.set(key, v);
  // devinet_sysctl_forward: ip_forward and conf.all.forwarding move every interface with them
  if (key === 'net.ipv4.ip_forward' || key === 'net.ipv4.conf.all.forwarding') {
    owner.sysctl.set('net.ipv4.ip_forward', v);
    owner.sysctl.set('net.ipv4.conf.all.forwarding', v);
    owner.sysctl.set('net.ipv4.conf.default.forwarding', v);
    for (const link of linksOf(world, owner)) owner.sysctl.set(`net.ipv4.conf.${link.name}.forwarding`, v);
  }
  return null;
}

/** Drop per-interface values of a device that left the namespace or was renamed. */
export function sysctlForgetInterface(ns: Netns, name: string): void {
  for (const k of [...ns.sysctl.keys()]) {
    if (k.includes(`.${name}.`) && /^net\.ipv[46]\.(conf|neigh)\./.test(k)) ns.sysctl.delete(k);
  }
}

export function ipForwarding(world: World, ns: Netns): boolean {
  return sysctlGet(world, ns, 'net.ipv4.ip_forward') === '1';
}
