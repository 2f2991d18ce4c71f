/**
 * The stub resolver applications use (glibc getaddrinfo / getnameinfo):
 * nsswitch order, /etc/hosts, then DNS through the resolver that reads
 * resolv.conf (search list, ndots) and sends real packets.
 */
import { formatIPv4, formatIPv6, type IPv6, ipv6Equal, parseIPv4Aton, parseIPv6 } from '../../model/inet.js';
import type { Netns, World } from '../../model/types.js';
import type { FsView } from '../../model/vfs.js';
import type { Trace } from '../dataplane/packet.js';
import { nsswitchHosts, readHosts } from './hosts-file.js';

export interface ResolverEnv {
  world: World;
  ns: Netns;
  fs: FsView;
  trace?: Trace;
}

export interface AddrInfo {
  family: 4 | 6;
  v4?: number;
  v6?: IPv6;
}

export type GaiError = 'EAI_NONAME' | 'EAI_AGAIN' | 'EAI_FAIL' | 'EAI_NODATA';

export type GaiResult = { ok: true; canonical: string; addrs: AddrInfo[] } | { ok: false; error: GaiError };

export const GAI_TEXT: Record<GaiError, string> = {
  EAI_NONAME: 'Name or service not known',
  EAI_AGAIN: 'Temporary failure in name resolution',
  EAI_FAIL: 'Non-recoverable failure in name resolution',
  EAI_NODATA: 'No address associated with hostname',
};

/** DNS lookups through resolv.conf; installed by the DNS engine. */
export interface DnsBackend {
  /** Resolve A/AAAA records for `name` with the search list applied. */
  lookup(
    env: ResolverEnv,
    name: string,
    family: 4 | 6,
  ): { ok: true; canonical: string; v4: number[]; v6: IPv6[] } | { ok: false; error: GaiError };
  /** PTR lookup. */
  reverse(env: ResolverEnv, addr: number): string | null;
}

let dns: DnsBackend | null = null;

export function installDnsBackend(b: DnsBackend): void {
  dns = b;
}

export function addrText(a: AddrInfo): string {
  return a.family === 4 ? formatIPv4(a.v4 as number) : formatIPv6(a.v6 as IPv6);
}

const LOOPBACK6 = parseIPv6('::1') as IPv6;

function hasV6Source(env: ResolverEnv, dst: IPv6): boolean {
  for (const uid of env.ns.byIndex.values()) {
    const l = env.world.links.get(uid);
    if (!l?.adminUp) continue;
    for (const a of l.addrs6) {
      if (ipv6Equal(dst, LOOPBACK6)) {
        if (l.kind === 'loopback') return true;
      } else if (a.scope === 0) return true;
    }
  }
  return false;
}

/** RFC 6724 destination ordering, reduced to what matters here: usable IPv6 first, else IPv4. */
function sortAddrs(env: ResolverEnv, addrs: AddrInfo[]): AddrInfo[] {
  const usable6 = (a: AddrInfo) => a.family === 6 && hasV6Source(env, a.v6 as IPv6);
  return [...addrs].sort((a, b) => Number(usable6(b)) - Number(usable6(a)));
}

function filesLookup(env: ResolverEnv, name: string, family: 0 | 4 | 6): AddrInfo[] {
  const want = name.toLowerCase().replace(/\.$/, '');
  const out: AddrInfo[] = [];
  for (const e of readHosts(env.fs)) {
    if (!e.names.some((n) => n.toLowerCase() === want)) continue;
    if (family !== 0 && e.family !== family) continue;
    out.push(e.family === 4 ? { family: 4, v4: e.v4 as number } : { family: 6, v6: e.v6 as IPv6 });
  }
  return out;
}

function canonicalFromFiles(env: ResolverEnv, name: string): string {
  const want = name.toLowerCase();
  for (const e of readHosts(env.fs))
    if (e.names.some((n) => n.toLowerCase() === want)) return e.names[0] as string;
  return name;
}

/** getaddrinfo(name) for a family (0 = either). Numeric hosts are parsed with inet_aton rules. */
export function getaddrinfo(env: ResolverEnv, name: string, family: 0 | 4 | 6 = 0): GaiResult {
  if (family !== 6) {
    const v4 = parseIPv4Aton(name);
    if (v4 !== null) return { ok: true, canonical: name, addrs: [{ family: 4, v4 }] };
  }
  if (family !== 4 && name.includes(':')) {
    const v6 = parseIPv6(name);
    if (v6) return { ok: true, canonical: name, addrs: [{ family: 6, v6 }] };
  }
  if (name === '' || name.length > 253) return { ok: false, error: 'EAI_NONAME' };
  let lastError: GaiError = 'EAI_NONAME';
  for (const src of nsswitchHosts(env.fs)) {
    if (src === 'files') {
      const hits = filesLookup(env, name, family);
      if (hits.length)
        return { ok: true, canonical: canonicalFromFiles(env, name), addrs: sortAddrs(env, hits) };
    } else if (src === 'dns') {
      if (!dns) {
        lastError = 'EAI_AGAIN';
        continue;
      }
      const fams: Array<4 | 6> = family === 0 ? [6, 4] : [family];
      const addrs: AddrInfo[] = [];
      let canonical = name;
      let err: GaiError | null = null;
      for (const f of fams) {
        const r = dns.lookup(env, name, f);
        if (r.ok) {
          canonical = r.canonical;
          for (const a of r.v4) addrs.push({ family: 4, v4: a });
          for (const a of r.v6) addrs.push({ family: 6, v6: a });
        } else if (!err || r.error === 'EAI_AGAIN') err = r.error;
      }
      if (addrs.length) return { ok: true, canonical, addrs: sortAddrs(env, addrs) };
      lastError = err ?? 'EAI_NONAME';
      if (lastError === 'EAI_AGAIN') continue;
    }
  }
  return { ok: false, error: lastError };
}

/** getnameinfo(NI_NAMEREQD) for an IPv4 address: /etc/hosts, then DNS PTR. */
export function getnameinfo(env: ResolverEnv, addr: number): string | null {
  for (const src of nsswitchHosts(env.fs)) {
    if (src === 'files') {
      for (const e of readHosts(env.fs)) if (e.family === 4 && e.v4 === addr) return e.names[0] as string;
    } else if (src === 'dns' && dns) {
      const n = dns.reverse(env, addr);
      if (n) return n;
    }
  }
  return null;
}

export function getnameinfo6(env: ResolverEnv, addr: IPv6): string | null {
  for (const e of readHosts(env.fs))
    if (e.family === 6 && ipv6Equal(e.v6 as IPv6, addr)) return e.names[0] as string;
  return null;
}
