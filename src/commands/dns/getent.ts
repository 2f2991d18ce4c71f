/**
 * getent (glibc 2.36) for the host databases: `hosts` (gethostbyname2 with
 * AF_INET6 first, then AF_INET — which is why a name that /etc/hosts knows
 * only by IPv4 can print DNS's IPv6 address), `ahosts`, `ahostsv4`,
 * `ahostsv6` (getaddrinfo, one line per socket type). Exit 2 when a key is
 * not found.
 */

import {
  type AddrInfo,
  addrText,
  asInet,
  getaddrinfo,
  gethostbyname2,
  type ResolverEnv,
  resEnvOf,
} from '../../engines/resolver/getaddrinfo.js';
import { nsswitchHosts, readHosts } from '../../engines/resolver/hosts-file.js';
import { dnsReverse, type HostEnt } from '../../engines/resolver/nss-dns.js';
import { formatIPv4, formatIPv6, type IPv6, parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { getentNetworks, getentProtocols, getentServices } from './getent-db.js';

function env(p: Proc): ResolverEnv {
  return { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs, env: p.ctx.env };
}

function hostLines(h: HostEnt, fam: 4 | 6 | 0): string {
  const tail = [h.name, ...h.aliases].join(' ');
  const addrs = [
    ...(fam !== 6 ? h.v4.map((a) => formatIPv4(a)) : []),
    ...(fam !== 4 ? h.v6.map((a) => formatIPv6(a)) : []),
  ];
  return addrs.map((a) => `${a.padEnd(15)} ${tail}\n`).join('');
}

/** gethostbyaddr: /etc/hosts, then a DNS PTR query. */
function byAddr(p: Proc, key: string): string | null {
  const v4 = parseIPv4(key);
  const v6 = v4 === null ? parseIPv6(key) : null;
  for (const src of nsswitchHosts(p.ctx.fs)) {
    if (src.name === 'files') {
      for (const e of readHosts(p.ctx.fs)) {
        const hit =
          v4 !== null
            ? e.family === 4 && e.v4 === v4
            : e.family === 6 && v6 && formatIPv6(e.v6 as IPv6) === formatIPv6(v6);
        if (hit)
          return `${(v4 !== null ? formatIPv4(v4) : formatIPv6(v6 as IPv6)).padEnd(15)} ${e.names.join(' ')}\n`;
      }
    } else if (src.name === 'dns') {
      const n = dnsReverse(resEnvOf(env(p)), v4 !== null ? { family: 4, v4 } : { family: 6, v6: v6 as IPv6 });
      if (n) return `${(v4 !== null ? formatIPv4(v4) : formatIPv6(v6 as IPv6)).padEnd(15)} ${n}\n`;
    }
  }
  return null;
}

function hostsKey(p: Proc, key: string): boolean {
  if (parseIPv4(key) !== null || (key.includes(':') && parseIPv6(key))) {
    const line = byAddr(p, key);
    if (line) p.out(line);
    return line !== null;
  }
  const six = gethostbyname2(env(p), key, 6);
  if (six.ok) {
    p.out(hostLines(six.host, 6));
    return true;
  }
  const four = gethostbyname2(env(p), key, 4);
  if (four.ok) {
    p.out(hostLines(four.host, 4));
    return true;
  }
  return false;
}

const SOCKTYPES = ['STREAM', 'DGRAM', 'RAW'];

function ahostsKey(p: Proc, key: string, family: 0 | 4 | 6): boolean {
  let r = getaddrinfo(env(p), key, family);
  // AI_V4MAPPED: no IPv6 address, so the IPv4 ones come back mapped
  if (!r.ok && family === 6) r = getaddrinfo(env(p), key, 4);
  if (!r.ok) return false;
  let first = true;
  const addrs: AddrInfo[] = family === 6 ? r.addrs.map(v4mapped) : r.addrs;
  for (const a of addrs)
    for (const s of SOCKTYPES) {
      p.out(`${addrText(a).padEnd(15)} ${s.padEnd(6)} ${first ? r.canonical : ''}\n`);
      first = false;
    }
  return true;
}

function v4mapped(a: AddrInfo): AddrInfo {
  if (a.family === 6) return a;
  const b = new Uint8Array(16);
  b[10] = 0xff;
  b[11] = 0xff;
  const v = a.v4 as number;
  b.set([(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255], 12);
  return { family: 6, v6: b };
}

const USAGE_HINT = "Try `getent --help' or `getent --usage' for more information.\n";

export function runGetent(p: Proc): number {
  const args = p.argv.slice(1).filter((a) => a !== '--');
  const db = args[0];
  if (db === undefined) return fail('getent: wrong number of arguments\n', 1, USAGE_HINT);
  const keys = args.slice(1);
  let ok = true;
  switch (db) {
    case 'hosts':
      if (keys.length === 0) {
        // gethostent() reads the file for AF_INET
        for (const raw of readHosts(p.ctx.fs)) {
          const e = asInet(raw);
          if (e) p.out(`${formatIPv4(e.v4 as number).padEnd(15)} ${e.names.join(' ')}\n`);
        }
        return 0;
      }
      for (const k of keys) ok = hostsKey(p, k) && ok;
      return ok ? 0 : 2;
    case 'ahosts':
    case 'ahostsv4':
    case 'ahostsv6': {
      if (keys.length === 0) return fail(`Enumeration not supported on ${db}\n`, 1);
      const fam = db === 'ahostsv4' ? 4 : db === 'ahostsv6' ? 6 : 0;
      for (const k of keys) ok = ahostsKey(p, k, fam) && ok;
      return ok ? 0 : 2;
    }
    case 'networks':
      return getentNetworks(p, keys);
    case 'services':
      return getentServices(p, keys);
    case 'protocols':
      return getentProtocols(p, keys);
    default:
      return fail(`Unknown database: ${db}\n`, 1, USAGE_HINT);
  }
}

export const GETENT_COMMAND: CommandDef = {
  name: 'getent',
  path: '/usr/bin/getent',
  summary: 'get entries from Name Service Switch libraries',
  run: runGetent,
};
