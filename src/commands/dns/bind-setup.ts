/**
 * What BIND's tools read before they query: the nameservers, search list and
 * ndots of /etc/resolv.conf (libirs: no nameserver means ::1 and 127.0.0.1),
 * and servers named on the command line (addresses, or names resolved with
 * getaddrinfo).
 */

import { getaddrinfo } from '../../engines/resolver/getaddrinfo.js';
import { readFileOr } from '../../engines/resolver/hosts-file.js';
import { parseResolvConf } from '../../engines/resolver/resolv-conf.js';
import { type IPv6, parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import type { DigServer } from './bind-query.js';

export interface BindSetup {
  servers: DigServer[];
  search: string[];
  ndots: number;
  /** `options attempts:N` / `timeout:N` when the file sets them (dig and nslookup honour them). */
  attempts: number | null;
  timeoutS: number | null;
}

export function resolverEnv(p: Proc) {
  return { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs, env: p.ctx.env };
}

export function bindSetup(p: Proc, port = 53): BindSetup {
  const conf = parseResolvConf(readFileOr(p.ctx.fs, '/etc/resolv.conf', ''), '', true);
  const servers: DigServer[] = conf.defaulted
    ? [
        { addr: { family: 6, addr: parseIPv6('::1') as IPv6 }, port, userarg: '::1' },
        { addr: { family: 4, addr: 0x7f000001 }, port, userarg: '127.0.0.1' },
      ]
    : conf.nameservers.map((n) => ({
        addr: n.family === 4 ? { family: 4 as const, addr: n.addr } : { family: 6 as const, addr: n.addr },
        port,
        userarg: n.text,
      }));
  return {
    servers,
    search: conf.search,
    ndots: conf.explicit.ndots ?? 1,
    attempts: conf.explicit.attempts ?? null,
    timeoutS: conf.explicit.timeout ?? null,
  };
}

export type UserServer = { ok: true; servers: DigServer[] } | { ok: false; reason: 'failure' | 'not found' };

/** A server given as an argument: an address, or a name looked up through the stub resolver. */
export function userServer(p: Proc, text: string, port = 53): UserServer {
  const v4 = parseIPv4(text);
  if (v4 !== null) return { ok: true, servers: [{ addr: { family: 4, addr: v4 }, port, userarg: text }] };
  const v6 = parseIPv6(text);
  if (v6) return { ok: true, servers: [{ addr: { family: 6, addr: v6 }, port, userarg: text }] };
  const r = getaddrinfo(resolverEnv(p), text, 0);
  if (!r.ok)
    return {
      ok: false,
      reason: r.error === 'EAI_NONAME' || r.error === 'EAI_NODATA' ? 'not found' : 'failure',
    };
  return {
    ok: true,
    servers: r.addrs.map((a) => ({
      addr:
        a.family === 4
          ? { family: 4 as const, addr: a.v4 as number }
          : { family: 6 as const, addr: a.v6 as IPv6 },
      port,
      userarg: text,
    })),
  };
}
