/**
 * The query engine BIND's dig, host and nslookup share (dighost.c): a lookup
 * goes to the first server up to `tries` times, then to each further server
 * once; every failure prints its `;; communications error ...` line; the
 * search list and ndots pick the names to try.
 */

import { type IcmpErrno, icmpErrConvert } from '../../engines/dataplane/icmp-errors.js';
import type { SendErrno } from '../../engines/dataplane/walk.js';
import {
  type Attempt,
  clientCookie,
  queryId,
  type ServerAddr,
  sendDnsQuery,
} from '../../engines/dns/client.js';
import { absolute, type DnsMessage, type Edns, newQuery } from '../../engines/dns/message.js';
import { formatIPv4, formatIPv6 } from '../../model/inet.js';
import type { Netns, World } from '../../model/types.js';

export interface DigServer {
  addr: ServerAddr;
  port: number;
  /** The server as the user named it (`@dns1`, or the address from resolv.conf). */
  userarg: string;
}

export interface QueryParams {
  proto: 'udp' | 'tcp';
  timeoutMs: number;
  tries: number;
  rd: boolean;
  edns: boolean;
  /** Send a client cookie (dig's +cookie, on by default). */
  cookie: boolean;
  /** A SERVFAIL ends the lookup (dig) instead of moving to the next server (host, nslookup). */
  servfailStops: boolean;
  /** Print `;; Got recursion not available from ...` (nslookup). */
  checkRa: boolean;
}

export interface QueryIO {
  /** stdout lines (communications errors). */
  out(line: string): void;
  /** stderr lines. */
  err(line: string): void;
}

export type QueryOutcome =
  | { ok: true; msg: DnsMessage; server: DigServer; ms: number }
  | { ok: false; setup: boolean };

export function addrText(a: ServerAddr): string {
  return a.family === 4 ? formatIPv4(a.addr) : formatIPv6(a.addr);
}

/** `10.0.0.1#53` as isc_sockaddr_format prints it. */
export function sockText(s: DigServer): string {
  return `${addrText(s.addr)}#${s.port}`;
}

const ERRNO_TEXT: Record<SendErrno, string> = {
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  EACCES: 'permission denied',
  EINVAL: 'invalid argument',
  EPERM: 'operation not permitted',
};

/** isc_result_totext of the result BIND's network manager makes of an ICMP error's errno. */
const ICMP_TEXT: Record<IcmpErrno, string> = {
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  ENOPROTOOPT: 'invalid protocol',
  ECONNREFUSED: 'connection refused',
  EMSGSIZE: 'unexpected error',
  EOPNOTSUPP: 'unexpected error',
  EHOSTDOWN: 'host down',
  ENONET: 'unexpected error',
};

function commError(a: Exclude<Attempt, { kind: 'answer' }>): string {
  switch (a.kind) {
    case 'refused':
      return 'connection refused';
    case 'unreachable':
      return ICMP_TEXT[icmpErrConvert(a.code).errno];
    case 'timeout':
      return 'timed out';
    case 'send-error':
      return ERRNO_TEXT[a.errno];
  }
}

/** One lookup of `qname`/`qtype` over the server list. */
export function bindQuery(
  world: World,
  ns: Netns,
  servers: readonly DigServer[],
  p: QueryParams,
  qname: string,
  qtype: number,
  qclass: number,
  io: QueryIO,
): QueryOutcome {
  let retries = Math.max(1, p.tries);
  let i = 0;
  let lastSetup = false;
  const shown = absolute(qname) === '.' ? '.' : absolute(qname).slice(0, -1);
  for (let guard = 0; guard < 64 && i < servers.length; guard++) {
    const s = servers[i] as DigServer;
    const edns: Edns | undefined = p.edns
      ? { udp: 1232, version: 0, do: false, ...(p.cookie ? { cookie: { client: clientCookie(world) } } : {}) }
      : undefined;
    const q = newQuery(qname, qtype, { id: queryId(world), rd: p.rd, ...(edns ? { edns } : {}) });
    if (q.question[0]) q.question[0].qclass = qclass;
    let a = sendDnsQuery(world, ns, s.addr, q, { proto: p.proto, timeoutMs: p.timeoutMs, port: s.port });
    // a send that netfilter refuses (EPERM) looks like silence to BIND's network manager
    if (a.kind === 'send-error' && a.errno === 'EPERM') {
      world.clock.now += p.timeoutMs;
      a = { kind: 'timeout', ms: p.timeoutMs };
    }
    const more = i + 1 < servers.length;
    if (a.kind === 'answer') {
      const m = a.msg;
      const servfail = m.rcode === 'SERVFAIL' && !p.servfailStops;
      const noRa = p.checkRa && p.rd && !m.ra;
      if (servfail || noRa) {
        const what = servfail ? 'SERVFAIL reply' : 'recursion not available';
        if (more) {
          io.err(`;; Got ${what} from ${addrText(s.addr)}, trying next server\n`);
          i++;
          continue;
        }
        io.err(`;; Got ${what} from ${addrText(s.addr)}\n`);
      }
      return { ok: true, msg: m, server: s, ms: a.ms };
    }
    const tcpFailed = p.proto === 'tcp' && (a.kind === 'refused' || a.kind === 'unreachable');
    if (a.kind === 'send-error' || tcpFailed) {
      // connect() failed: the attempt ends at once, each with its own "no servers" line
      lastSetup = true;
      if (a.kind !== 'send-error')
        io.out(
          `;; Connection to ${sockText(s)}(${addrText(s.addr)}) for ${shown} failed: ${commError(a)}.\n`,
        );
      else {
        const proto = p.proto === 'tcp' ? 'TCP' : 'UDP';
        io.out(
          `;; ${proto} setup with ${sockText(s)}(${addrText(s.addr)}) for ${shown} failed: ${ERRNO_TEXT[a.errno]}.\n`,
        );
      }
      if (retries > 1 || !more) io.out(';; no servers could be reached\n');
    } else {
      lastSetup = false;
      io.out(`;; communications error to ${sockText(s)}: ${commError(a)}\n`);
    }
    if (retries > 1) retries--;
    else i++;
  }
  return { ok: false, setup: lastSetup };
}

/** The names a search lookup tries (dighost's origin handling): search domains first when the name is short. */
export function searchCandidates(
  name: string,
  search: readonly string[],
  ndots: number,
  usesearch: boolean,
): string[] {
  if (name.endsWith('.')) return [name];
  if (!usesearch) return [`${name}.`];
  const dots = name.split('.').length - 1;
  if (dots >= ndots) return [`${name}.`];
  return [...search.map((s) => `${name}.${s.replace(/\.$/, '')}.`), `${name}.`];
}
