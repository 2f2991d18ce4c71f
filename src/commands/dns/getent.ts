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
import { getopt, type OptDef } from '../getopt.js';
import { getentNetworks, getentProtocols, getentServices } from './getent-db.js';

function env(p: Proc, nssHosts?: string): ResolverEnv {
  return {
    world: p.ctx.world,
    ns: p.ctx.ns,
    fs: p.ctx.fs,
    env: p.ctx.env,
    ...(nssHosts !== undefined ? { nssHosts } : {}),
  };
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
function byAddr(p: Proc, e0: ResolverEnv, key: string): string | null {
  const v4 = parseIPv4(key);
  const v6 = v4 === null ? parseIPv6(key) : null;
  for (const src of nsswitchHosts(p.ctx.fs, e0.nssHosts)) {
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
      const n = dnsReverse(resEnvOf(e0), v4 !== null ? { family: 4, v4 } : { family: 6, v6: v6 as IPv6 });
      if (n) return `${(v4 !== null ? formatIPv4(v4) : formatIPv6(v6 as IPv6)).padEnd(15)} ${n}\n`;
    }
  }
  return null;
}

function hostsKey(p: Proc, e0: ResolverEnv, key: string): boolean {
  if (parseIPv4(key) !== null || (key.includes(':') && parseIPv6(key))) {
    const line = byAddr(p, e0, key);
    if (line) p.out(line);
    return line !== null;
  }
  const six = gethostbyname2(e0, key, 6);
  if (six.ok) {
    p.out(hostLines(six.host, 6));
    return true;
  }
  const four = gethostbyname2(e0, key, 4);
  if (four.ok) {
    p.out(hostLines(four.host, 4));
    return true;
  }
  return false;
}

const SOCKTYPES = ['STREAM', 'DGRAM', 'RAW'];

function ahostsKey(p: Proc, e0: ResolverEnv, key: string, family: 0 | 4 | 6): boolean {
  let r = getaddrinfo(e0, key, family);
  // AI_V4MAPPED: no IPv6 address, so the IPv4 ones come back mapped
  if (!r.ok && family === 6) r = getaddrinfo(e0, key, 4);
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

const HELP = `Usage: getent [OPTION...] database [key ...]
Get entries from administrative database.

  -A, --no-addrconfig        do not filter out unsupported IPv4/IPv6 addresses
                             (with ahosts*)
  -i, --no-idn               disable IDN encoding
  -s, --service=CONFIG       Service configuration to be used
  -?, --help                 Give this help list
      --usage                Give a short usage message
  -V, --version              Print program version

Mandatory or optional arguments to long options are also mandatory or optional
for any corresponding short options.

Supported databases:
ahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups
netgroup networks passwd protocols rpc services shadow

For bug reporting instructions, please see:
<http://www.debian.org/Bugs/>.
`;

const USAGE = `Usage: getent [-Ai?V] [-s CONFIG] [--no-addrconfig] [--no-idn]
            [--service=CONFIG] [--help] [--usage] [--version]
            database [key ...]
`;

const VERSION = `getent (Debian GLIBC 2.36-9+deb12u14) 2.36
Copyright (C) 2022 Free Software Foundation, Inc.
This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.
Written by Thorsten Kukuk.
`;

/** getent's argp options (the order argp lists ambiguous long names in). */
const OPTS: OptDef[] = [
  { key: 'service', short: 's', long: 'service', arg: 'required' },
  { key: 'no-idn', short: 'i', long: 'no-idn' },
  { key: 'no-addrconfig', short: 'A', long: 'no-addrconfig' },
  { key: 'help', short: '?', long: 'help' },
  { key: 'usage', long: 'usage' },
  { key: 'version', short: 'V', long: 'version' },
];

/** getent's database table, in the order -s DB:CONFIG compares prefixes against. */
const DATABASES = [
  'ahosts',
  'ahostsv4',
  'ahostsv6',
  'aliases',
  'ethers',
  'group',
  'gshadow',
  'hosts',
  'initgroups',
  'netgroup',
  'networks',
  'passwd',
  'protocols',
  'rpc',
  'services',
  'shadow',
];

export function runGetent(p: Proc): number {
  const parsed = getopt('getent', p.argv.slice(1), OPTS);
  // argp acts on --help/--usage/--version as it meets them
  const info = parsed.opts.find((o) => o.key === 'help' || o.key === 'usage' || o.key === 'version');
  if (info) {
    p.out(info.key === 'help' ? HELP : info.key === 'usage' ? USAGE : VERSION);
    return 0;
  }
  if (!parsed.ok) return fail(`${parsed.error}\n${USAGE_HINT}`, 64);
  let service: string | undefined;
  for (const o of parsed.opts) {
    if (o.key !== 'service') continue;
    const arg = o.value as string;
    const colon = arg.indexOf(':');
    if (colon < 0) service = arg;
    else {
      // strncmp over the table: the first database the given name is a prefix of
      const db = DATABASES.find((d) => d.startsWith(arg.slice(0, colon)));
      if (!db) return fail('getent: Unknown database name\n', 1);
      // only real NSS databases take a configuration (ahosts* use hosts)
      if (db === 'hosts') service = arg.slice(colon + 1);
    }
  }
  const args = parsed.operands;
  const db = args[0];
  if (db === undefined) return fail('getent: wrong number of arguments\n', 1, USAGE_HINT);
  const keys = args.slice(1);
  const rEnv = env(p, service);
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
      for (const k of keys) ok = hostsKey(p, rEnv, k) && ok;
      return ok ? 0 : 2;
    case 'ahosts':
    case 'ahostsv4':
    case 'ahostsv6': {
      if (keys.length === 0) return fail(`Enumeration not supported on ${db}\n`, 1);
      const fam = db === 'ahostsv4' ? 4 : db === 'ahostsv6' ? 6 : 0;
      for (const k of keys) ok = ahostsKey(p, rEnv, k, fam) && ok;
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
