/**
 * The stub resolver applications use (glibc getaddrinfo, gethostbyname2,
 * getnameinfo): the `hosts:` line of /etc/nsswitch.conf decides the order
 * of /etc/hosts ("files") and DNS ("dns", through the resolv.conf the
 * process sees and real packets in the data plane).
 */
import { formatIPv4, formatIPv6, type IPv6, ipv6Equal, parseIPv4Aton, parseIPv6 } from '../../model/inet.js';
import type { Netns, World } from '../../model/types.js';
import type { FsView } from '../../model/vfs.js';
import type { Trace } from '../dataplane/packet.js';
import { type HostsEntry, type NssStatus, nsswitchHosts, readFileOr, readHosts } from './hosts-file.js';
import { dnsHostLookup, dnsReverse, type HostEnt } from './nss-dns.js';
import type { HErrno } from './res-search.js';
import type { ResEnv } from './res-send.js';
import { applyResolverEnv, parseResolvConf } from './resolv-conf.js';
import { rfc3484Sort } from './rfc3484.js';

export interface ResolverEnv {
  world: World;
  ns: Netns;
  fs: FsView;
  trace?: Trace;
  /** The process environment (LOCALDOMAIN, RES_OPTIONS). */
  env?: ReadonlyMap<string, string>;
  /** A `hosts` service list replacing nsswitch.conf's (getent -s). */
  nssHosts?: string;
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

export function addrText(a: AddrInfo): string {
  return a.family === 4 ? formatIPv4(a.v4 as number) : formatIPv6(a.v6 as IPv6);
}

/** The resolver state a process has: its resolv.conf (re-read on every lookup, like res_init on change). */
export function resEnvOf(env: ResolverEnv): ResEnv {
  const text = readFileOr(env.fs, '/etc/resolv.conf', '');
  const host = env.world.hosts.get(env.ns.host);
  const conf = applyResolverEnv(parseResolvConf(text, host?.name ?? ''), env.env ?? new Map());
  return { world: env.world, ns: env.ns, conf };
}

const LOOPBACK6 = parseIPv6('::1') as IPv6;

type Lookup = { status: NssStatus; host?: HostEnt; herrno?: HErrno };

/** The files module: every matching line (`multi on`), first line's names first. */
function filesLookup(env: ResolverEnv, name: string, family: 0 | 4 | 6): Lookup {
  const want = name.toLowerCase().replace(/\.$/, '');
  let host: HostEnt | null = null;
  for (const raw of readHosts(env.fs)) {
    if (!raw.names.some((n) => n.toLowerCase() === want)) continue;
    const e = family === 4 ? asInet(raw) : raw;
    if (!e || (family !== 0 && e.family !== family)) continue;
    host ??= { name: e.names[0] as string, aliases: e.names.slice(1), v4: [], v6: [] };
    for (const n of e.names) if (n !== host.name && !host.aliases.includes(n)) host.aliases.push(n);
    if (e.family === 4) host.v4.push(e.v4 as number);
    else host.v6.push(e.v6 as IPv6);
  }
  return host ? { status: 'SUCCESS', host } : { status: 'NOTFOUND', herrno: 'HOST_NOT_FOUND' };
}

/** AF_INET lookups in /etc/hosts read `::1` as 127.0.0.1 and skip other IPv6 lines. */
export function asInet(e: HostsEntry): HostsEntry | null {
  if (e.family === 4) return e;
  if (e.v6 && ipv6Equal(e.v6, LOOPBACK6)) return { ...e, family: 4, v4: 0x7f000001, text: '127.0.0.1' };
  return null;
}

function dnsLookup(env: ResolverEnv, name: string, family: 0 | 4 | 6): Lookup {
  const r = dnsHostLookup(resEnvOf(env), name, family);
  if (r.ok) return { status: 'SUCCESS', host: r.host };
  const status: NssStatus =
    r.herrno === 'TRY_AGAIN' ? 'TRYAGAIN' : r.herrno === 'NO_RECOVERY' ? 'UNAVAIL' : 'NOTFOUND';
  return { status, herrno: r.herrno };
}

/** Run the `hosts:` sources in order with their [STATUS=action] items. */
function nssHosts(env: ResolverEnv, name: string, family: 0 | 4 | 6): Lookup {
  let last: Lookup = { status: 'UNAVAIL', herrno: 'HOST_NOT_FOUND' };
  for (const src of nsswitchHosts(env.fs, env.nssHosts)) {
    let r: Lookup;
    if (src.name === 'files') r = filesLookup(env, name, family);
    else if (src.name === 'dns') r = dnsLookup(env, name, family);
    else continue;
    if (r.status === 'SUCCESS') return r;
    last = r;
    if ((src.actions[r.status] ?? 'continue') === 'return') return r;
  }
  return last;
}

function gaiError(l: Lookup): GaiError {
  if (l.status === 'TRYAGAIN') return 'EAI_AGAIN';
  if (l.herrno === 'NO_DATA') return 'EAI_NODATA';
  if (l.status === 'UNAVAIL' && l.herrno === 'NO_RECOVERY') return 'EAI_FAIL';
  return 'EAI_NONAME';
}

/** gethostbyname2(name, AF_INET / AF_INET6). */
export function gethostbyname2(
  env: ResolverEnv,
  name: string,
  family: 4 | 6,
): { ok: true; host: HostEnt } | { ok: false } {
  const r = nssHosts(env, name, family);
  return r.status === 'SUCCESS' && r.host ? { ok: true, host: r.host } : { ok: false };
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
  const r = nssHosts(env, name, family);
  if (r.status !== 'SUCCESS' || !r.host) return { ok: false, error: gaiError(r) };
  const addrs: AddrInfo[] = [
    ...r.host.v4.map((v4): AddrInfo => ({ family: 4, v4 })),
    ...r.host.v6.map((v6): AddrInfo => ({ family: 6, v6 })),
  ];
  if (addrs.length === 0) return { ok: false, error: 'EAI_NODATA' };
  return { ok: true, canonical: r.host.name, addrs: rfc3484Sort(env.world, env.ns, addrs) };
}

function reverse(
  env: ResolverEnv,
  match: (e: HostsEntry) => boolean,
  dns: () => string | null,
): string | null {
  for (const src of nsswitchHosts(env.fs, env.nssHosts)) {
    if (src.name === 'files') {
      for (const e of readHosts(env.fs)) if (match(e)) return e.names[0] as string;
      if (src.actions.NOTFOUND === 'return') return null;
    } else if (src.name === 'dns') {
      const n = dns();
      if (n) return n;
    }
  }
  return null;
}

/** getnameinfo(NI_NAMEREQD) for an IPv4 address: /etc/hosts, then DNS PTR. */
export function getnameinfo(env: ResolverEnv, addr: number): string | null {
  return reverse(
    env,
    (e) => e.family === 4 && e.v4 === addr,
    () => dnsReverse(resEnvOf(env), { family: 4, v4: addr }),
  );
}

export function getnameinfo6(env: ResolverEnv, addr: IPv6): string | null {
  return reverse(
    env,
    (e) => e.family === 6 && ipv6Equal(e.v6 as IPv6, addr),
    () => dnsReverse(resEnvOf(env), { family: 6, v6: addr }),
  );
}
