/**
 * The name lookups iptables does through libc: services (/etc/services),
 * protocols (/etc/protocols), networks (/etc/networks) and hosts. Built
 * from file text, so the engine needs no filesystem of its own; without
 * files only the built-in protocol table answers.
 */
import { parseIPv4, parseIPv6 } from '../../model/inet.js';
import { strtoui } from './ext.js';

export interface NameDb {
  /** getservbyport: the first name for port/proto. */
  service(port: number, proto: string): string | null;
  /** getservbyname: port for a name or alias. */
  port(name: string, proto: string): number | null;
  protoName(num: number): string | null;
  protoNum(name: string): number | null;
  /** gethostbyaddr: the canonical name. */
  hostName(addr: number): string | null;
  /** gethostbyaddr for an IPv6 address (files only). */
  hostName6(addr: Uint8Array): string | null;
  /** getnetbyaddr */
  netName(addr: number): string | null;
  /** getnetbyname */
  netAddr(name: string): number | null;
  /** Addresses of a host name (files, with glibc's ::1 -> 127.0.0.1 for AF_INET, then DNS). */
  hostAddrs(name: string): number[];
}

/** iptables' own protocol table, consulted before /etc/protocols when printing. */
export const CHAIN_PROTOS: ReadonlyArray<[string, number]> = [
  ['tcp', 6],
  ['sctp', 132],
  ['udp', 17],
  ['udplite', 136],
  ['icmp', 1],
  ['ipv6-icmp', 58],
  ['icmpv6', 58],
  ['esp', 50],
  ['ah', 51],
  ['ipv6-mh', 135],
  ['mh', 135],
  ['all', 0],
];

export interface NameSources {
  services?: string;
  protocols?: string;
  networks?: string;
  hosts?: string;
  /** DNS: forward and reverse lookups beyond the files. */
  dnsLookup?: (name: string) => number[];
  dnsReverse?: (addr: number) => string | null;
}

function lines(text: string | undefined): string[][] {
  if (!text) return [];
  const out: string[][] = [];
  for (const raw of text.split('\n')) {
    const l = raw.replace(/#.*/, '').trim();
    if (l) out.push(l.split(/\s+/));
  }
  return out;
}

/** Dotted network number as getnetbyname reads it ("127" -> 127.0.0.0). */
function netNumber(s: string): number | null {
  const parts = s.split('.');
  if (parts.length > 4 || parts.some((p) => !/^\d+$/.test(p) || Number(p) > 255)) return null;
  let v = 0;
  for (let i = 0; i < 4; i++) v = v * 256 + Number(parts[i] ?? 0);
  return v >>> 0;
}

export function makeNameDb(src: NameSources): NameDb {
  const services = lines(src.services)
    .map((f) => {
      const m = /^(\d+)\/(\w+)$/.exec(f[1] ?? '');
      return m
        ? { name: f[0] as string, port: Number(m[1]), proto: m[2] as string, aliases: f.slice(2) }
        : null;
    })
    .filter((x) => x !== null);
  const protocols = lines(src.protocols)
    .filter((f) => /^\d+$/.test(f[1] ?? ''))
    .map((f) => ({ name: f[0] as string, num: Number(f[1]), aliases: f.slice(2) }));
  const networks = lines(src.networks)
    .map((f) => ({ name: f[0] as string, addr: netNumber(f[1] ?? ''), aliases: f.slice(2) }))
    .filter((n) => n.addr !== null) as Array<{ name: string; addr: number; aliases: string[] }>;
  const hosts = lines(src.hosts);
  return {
    service(port, proto) {
      return services.find((s) => s.port === port && s.proto === proto)?.name ?? null;
    },
    port(name, proto) {
      const s = services.find((e) => e.proto === proto && (e.name === name || e.aliases.includes(name)));
      return s ? s.port : null;
    },
    protoName(num) {
      return protocols.find((p) => p.num === num)?.name ?? null;
    },
    protoNum(name) {
      const p = protocols.find((e) => e.name === name || e.aliases.includes(name));
      return p ? p.num : null;
    },
    hostName(addr) {
      for (const f of hosts) if (parseIPv4(f[0] as string) === addr && f[1]) return f[1];
      return src.dnsReverse ? src.dnsReverse(addr) : null;
    },
    hostName6(addr) {
      for (const f of hosts) {
        const a = parseIPv6(f[0] as string);
        if (a && f[1] && a.every((b, i) => b === addr[i])) return f[1];
      }
      return null;
    },
    netName(addr) {
      return networks.find((n) => n.addr === addr)?.name ?? null;
    },
    netAddr(name) {
      return networks.find((n) => n.name === name || n.aliases.includes(name))?.addr ?? null;
    },
    hostAddrs(name) {
      const out: number[] = [];
      for (const f of hosts) {
        if (!f.slice(1).includes(name)) continue;
        const v4 = parseIPv4(f[0] as string);
        if (v4 !== null) out.push(v4);
        else if (f[0] === '::1') out.push(0x7f000001);
      }
      if (out.length) return out;
      return src.dnsLookup ? src.dnsLookup(name) : [];
    },
  };
}

/** The built-in tables only (no files): what engine code uses when it has no filesystem. */
export const BUILTIN_NAMES: NameDb = makeNameDb({
  protocols: CHAIN_PROTOS.map(([n, v]) => `${n} ${v}`).join('\n'),
});

/** Protocol number for `-p` (name, alias, number, or iptables' table), or null. */
export function parseProtocol(names: NameDb, s: string): number | null {
  const n = strtoui(s, 0, 255);
  if (n !== null) return n;
  if (s === 'all') return 0;
  const p = names.protoNum(s);
  if (p !== null) return p;
  for (const [n, v] of CHAIN_PROTOS) if (n === s) return v;
  return null;
}

/** proto_to_name: iptables' table, then /etc/protocols. */
export function protoToName(names: NameDb | null, num: number): string | null {
  for (const [n, v] of CHAIN_PROTOS) if (v === num) return n;
  if (num && names) return names.protoName(num);
  return null;
}
