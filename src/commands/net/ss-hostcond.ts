/**
 * ss's host conditions (parse_hostcond in iproute2 misc/ss.c): what
 * follows `dst`/`src` ([family:]ADDR[/LEN][:PORT], [ADDR]:PORT, *:PORT,
 * names through the resolver) and `dport`/`sport` (a port or service
 * name), with iproute2's error wording. Addresses become 128-bit words the
 * way the kernel reports them: an IPv4 socket's address in the first word,
 * an IPv6 socket's in all four (::ffff:a.b.c.d for one that accepted an
 * IPv4 peer).
 */
import { parseIPv4Loose, parseIPv6, strtoul0 } from '../../model/inet.js';

export type Words = [number, number, number, number];

export interface Prefix {
  family: 4 | 6;
  words: Words;
  bits: number;
}

export interface HostCond {
  /** -1: any port. */
  port: number;
  /** Alternatives (a name with several addresses); empty: any address. */
  addrs: Prefix[];
}

/** What parsing a host condition needs from the world and the command line. */
export interface HostEnv {
  /** The family -4/-6/-f chose (0: none). */
  family: 0 | 4 | 6;
  /** Which of the tcp/udp tables are shown (service names are looked up in those). */
  tcp: boolean;
  udp: boolean;
  servicePort(name: string, proto: 'tcp' | 'udp'): number | null;
  /** gethostbyname2 for a family. */
  resolve(name: string, family: 4 | 6): Prefix[];
  ifindex(name: string): number | null;
  /** A host condition named a family (inet:, inet6:, unix: ...): the filter shows only it. */
  familyPrefix(family: 'inet' | 'inet6' | 'other'): void;
}

export class Fail {
  constructor(
    readonly err: string,
    readonly exit: number,
  ) {}
}

/** strtoul(s, &end, 0) over the whole string. */
export function parseUint(s: string): number | null {
  const [v, used] = strtoul0(s);
  return used > 0 && used === s.length && v <= 0xffffffff ? v : null;
}

export function v4Words(a: number): Words {
  return [a >>> 0, 0, 0, 0];
}

export function v6Words(b: Uint8Array): Words {
  const w = (i: number) =>
    (((b[i] as number) << 24) |
      ((b[i + 1] as number) << 16) |
      ((b[i + 2] as number) << 8) |
      (b[i + 3] as number)) >>>
    0;
  return [w(0), w(4), w(8), w(12)];
}

/** iproute2 get_prefix_1 for the filter: default/any/all, or ADDR[/LEN] of the family. */
function getPrefix(s: string, family: 0 | 4 | 6): Prefix | null {
  if (s === 'default' || s === 'any' || s === 'all')
    return { family: family === 6 ? 6 : 4, words: [0, 0, 0, 0], bits: 0 };
  const slash = s.indexOf('/');
  const addr = slash >= 0 ? s.slice(0, slash) : s;
  let p: Prefix | null = null;
  if (addr.includes(':')) {
    if (family === 4) return null;
    const v6 = parseIPv6(addr);
    if (v6) p = { family: 6, words: v6Words(v6), bits: 128 };
  } else if (family !== 6) {
    const v4 = parseIPv4Loose(addr);
    if (v4 !== null) p = { family: 4, words: v4Words(v4), bits: 32 };
  }
  if (!p) return null;
  if (slash >= 0) {
    const len = parseUint(s.slice(slash + 1));
    if (len === null || len > p.bits) return null;
    p.bits = len;
  }
  return p;
}

/** parse_hostcond(): [family:]ADDR[:PORT], [ADDR]:PORT, *:PORT, or (after dport/sport) a port alone. */
export function parseHostCond(token: string, isPort: boolean, env: HostEnv): HostCond {
  let addr = token;
  let fam = env.family;
  let named: 'inet' | 'inet6' | 'other' | null = null;
  for (const [pre, which] of [
    ['unix:', 'other'],
    ['link:', 'other'],
    ['netlink:', 'other'],
    ['vsock:', 'other'],
    ['inet:', 'inet'],
    ['inet6:', 'inet6'],
  ] as const) {
    if (addr.startsWith(pre)) {
      addr = addr.slice(pre.length);
      named = which;
      break;
    }
  }
  const cond: HostCond = { port: -1, addrs: [] };
  if (named === 'other') {
    // UNIX, packet, netlink and vsock sockets are not modelled: the filter just selects that family
    env.familyPrefix('other');
    return cond;
  }
  if (named === 'inet') fam = 4;
  if (named === 'inet6') fam = 6;
  let port: string | null = null;
  let host = addr;
  if (addr.startsWith('[')) {
    const close = addr.indexOf(']');
    if (close < 0) throw new Fail('Cannot parse dst/src address.\n', 1);
    host = addr.slice(1, close);
    port = addr.slice(close + 1);
  } else if (addr.startsWith('*')) {
    port = addr.slice(1);
  } else {
    const slash = addr.indexOf('/');
    const at = addr.lastIndexOf(':');
    if (at >= 0 && (slash < 0 || at > slash)) {
      port = addr.slice(at);
      host = addr.slice(0, at);
    }
  }
  if (isPort) port = addr;
  if (port?.startsWith(':')) port = port.slice(1);
  if (port && !port.startsWith('*')) cond.port = parseInteger(port) ?? lookupPort(port, env);
  if (!isPort && host && !host.startsWith('*')) {
    const p = getPrefix(host, fam);
    if (p) cond.addrs.push(p);
    else {
      const alts = [...env.resolve(host, fam === 6 ? 6 : 4), ...(fam === 0 ? env.resolve(host, 6) : [])];
      if (alts.length === 0)
        throw new Fail(
          `Error: an inet prefix is expected rather than "${host}".\nCannot parse dst/src address.\n`,
          1,
        );
      cond.addrs.push(...alts);
    }
  }
  if (fam !== 0) env.familyPrefix(fam === 4 ? 'inet' : 'inet6');
  return cond;
}

/** get_integer(&v, s, 0): strtol with base 0 over the whole string. */
function parseInteger(s: string): number | null {
  const neg = s.startsWith('-');
  const v = parseUint(neg ? s.slice(1) : s);
  if (v === null || v > 0x7fffffff) return null;
  return neg ? -v : v;
}

function lookupPort(name: string, env: HostEnv): number {
  const udp = env.udp ? env.servicePort(name, 'udp') : null;
  const tcp = env.tcp ? env.servicePort(name, 'tcp') : null;
  if (udp !== null && tcp !== null && udp !== tcp)
    throw new Fail(`Error: ambiguous port "${name}".\nCannot parse dst/src address.\n`, 1);
  const port = udp ?? tcp;
  if (port === null || port <= 0)
    throw new Fail(`Error: "${name}" does not look like a port.\nCannot parse dst/src address.\n`, 1);
  return port;
}

/** The 128-bit form of a socket address. */
export function sockWords(addr: number, v6: boolean): Words {
  if (!v6) return v4Words(addr);
  return addr === 0 ? [0, 0, 0, 0] : [0, 0, 0xffff, addr >>> 0];
}
