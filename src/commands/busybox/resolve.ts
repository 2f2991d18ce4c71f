/**
 * libbb's name handling: str2sockaddr() behind xhost_and_af2sockaddr()
 * (numeric IPv4 with inet_aton, numeric IPv6, `host:port`, then
 * getaddrinfo with FEATURE_PREFER_IPV4_ADDRESS), and the reverse lookups
 * (xmalloc_sockaddr2host_noport: a name, else the number).
 */
import {
  getaddrinfo,
  getnameinfo,
  getnameinfo6,
  type ResolverEnv,
} from '../../engines/resolver/getaddrinfo.js';
import { formatIPv4, formatIPv6, type IPv6, parseIPv4Aton, parseIPv6 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { die } from './applet.js';

export type BbAddr = { family: 4; v4: number } | { family: 6; v6: IPv6 };

export function resolverEnv(p: Proc): ResolverEnv {
  return { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs, env: p.ctx.env };
}

export function addrString(a: BbAddr): string {
  return a.family === 4 ? formatIPv4(a.v4) : formatIPv6(a.v6);
}

/** xhost_and_af2sockaddr(): dies with "bad address 'X'" / "bad port 'P'" as libbb does. */
export function hostToAddr(p: Proc, applet: string, org: string, af: 0 | 4 | 6): BbAddr {
  let host = org;
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    if (end < 0 || (host[end + 1] !== ':' && host[end + 1] !== undefined))
      die(applet, `bad address '${org}'`);
    const port = host.slice(end + 2);
    if (host[end + 1] === ':' && !/^\d+$/.test(port)) die(applet, `bad port '${port}'`);
    if (host[end + 1] === ':' && Number(port) > 65535) die(applet, `bad port '${port}'`);
    host = host.slice(1, end);
  } else {
    const first = host.indexOf(':');
    const last = host.lastIndexOf(':');
    if (last >= 0 && first === last) {
      const port = host.slice(last + 1);
      if (!/^\d+$/.test(port) || Number(port) > 65535) die(applet, `bad port '${port}'`);
      host = host.slice(0, last);
    }
  }
  if (af !== 6) {
    const v4 = parseIPv4Aton(host);
    if (v4 !== null) return { family: 4, v4 };
  }
  if (af !== 4) {
    const v6 = host.includes(':') ? parseIPv6(host) : null;
    if (v6) return { family: 6, v6 };
  }
  const r = host === '' ? null : getaddrinfo(resolverEnv(p), host, af);
  if (!r?.ok || r.addrs.length === 0) return die(applet, `bad address '${org}'`);
  const pick = r.addrs.find((a) => a.family === 4) ?? (r.addrs[0] as (typeof r.addrs)[number]);
  return pick.family === 4 ? { family: 4, v4: pick.v4 as number } : { family: 6, v6: pick.v6 as IPv6 };
}

/** xdotted2sockaddr(): numeric addresses only (AI_NUMERICHOST). */
export function dottedToAddr(applet: string, s: string): BbAddr {
  const v4 = /^[0-9.]+$/.test(s) || /^0[xX]/.test(s) ? parseIPv4Aton(s) : null;
  if (v4 !== null) return { family: 4, v4 };
  const v6 = s.includes(':') ? parseIPv6(s) : null;
  if (v6) return { family: 6, v6 };
  return die(applet, `bad address '${s}'`);
}

/** xmalloc_sockaddr2host_noport(): getnameinfo() without NI_NAMEREQD, so the name or the number. */
export function addrToHost(p: Proc, a: BbAddr): string {
  const n = a.family === 4 ? getnameinfo(resolverEnv(p), a.v4) : getnameinfo6(resolverEnv(p), a.v6);
  return n ?? addrString(a);
}
