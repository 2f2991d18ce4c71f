/**
 * BusyBox nslookup, in its two lives (spec §5.2). From 1.29 it sends its
 * own A and AAAA queries, a dotless name once per search domain, and prints
 * every reply (which is why `nslookup kubernetes` exits 1 in busybox pods).
 * 1.28 asks libc (getaddrinfo, so ndots and the search list apply) and
 * prints `%-10s` labels with reverse names.
 */

import { type Attempt, queryId, type ServerAddr, sendDnsQuery } from '../../engines/dns/client.js';
import { bareName, type DnsMessage, newQuery, parseType, QT, type RR } from '../../engines/dns/message.js';
import { quoteString } from '../../engines/dns/rdata-text.js';
import { reverseName4, reverseName6 } from '../../engines/dns/reverse.js';
import {
  addrText as gaiAddrText,
  getaddrinfo,
  getnameinfo,
  getnameinfo6,
} from '../../engines/resolver/getaddrinfo.js';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { addrText } from './bind-query.js';
import { bindSetup, resolverEnv, userServer } from './bind-setup.js';

function isOld(p: Proc): boolean {
  return /busybox:1\.(1\d|2[0-8])\b/.test(p.ctx.userland.image ?? '');
}

const USAGE =
  'BusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n';

function rrLine(r: RR): string {
  const n = bareName(r.name);
  const d = r.data;
  switch (d.type) {
    case 'A':
      return `Name:\t${n}\nAddress: ${formatIPv4(d.addr)}\n`;
    case 'AAAA':
      return `Name:\t${n}\nAddress: ${formatIPv6(d.addr)}\n`;
    case 'NS':
      return `${n}\tnameserver = ${bareName(d.target)}\n`;
    case 'CNAME':
      return `${n}\tcanonical name = ${bareName(d.target)}\n`;
    case 'PTR':
      return `${n}\tname = ${bareName(d.target)}\n`;
    case 'MX':
      return `${n}\tmail exchanger = ${d.pref} ${bareName(d.exchange)}\n`;
    case 'TXT':
      return `${n}\ttext = ${quoteString(d.strings[0] ?? '')}\n`;
    case 'SRV':
      return `${n}\tservice = ${d.priority} ${d.weight} ${d.port} ${bareName(d.target)}\n`;
    case 'SOA':
      return `${n}\n\torigin = ${bareName(d.mname)}\n\tmail addr = ${bareName(d.rname)}\n\tserial = ${d.serial}\n\trefresh = ${d.refresh}\n\tretry = ${d.retry}\n\texpire = ${d.expire}\n\tminimum = ${d.minimum}\n`;
    default:
      return '';
  }
}

function serverText(s: ServerAddr, port: number): string {
  return s.family === 4 ? `${formatIPv4(s.addr)}:${port}` : `[${formatIPv6(s.addr)}]:${port}`;
}

export function runBusyboxNslookup(p: Proc): number {
  let types: number[] = [QT.A, QT.AAAA];
  let timeoutS = 5;
  const rest: string[] = [];
  for (const a of p.argv.slice(1)) {
    const m = /^-(type|query|t|q)=(.*)$/i.exec(a);
    if (m) {
      const t = parseType(m[2] as string);
      if (t === null) return fail(`nslookup: invalid query type "${m[2]}"\n`, 1);
      types = [t];
    } else if (/^-timeout=\d+$/.test(a)) timeoutS = Number(a.slice(9));
    else if (a === '-debug' || /^-retry=\d+$/.test(a)) continue;
    else if (a.startsWith('-')) return fail(USAGE, 1);
    else rest.push(a);
  }
  const [name, serverArg] = rest;
  if (name === undefined) return fail(USAGE, 1);
  if (isOld(p)) return oldNslookup(p, name);
  const setup = bindSetup(p);
  let servers = setup.servers;
  if (serverArg !== undefined) {
    const r = userServer(p, serverArg);
    if (!r.ok) return fail(`nslookup: bad address '${serverArg}'\n`, 1);
    servers = r.servers;
  }
  const server = servers[0];
  if (!server) return 1;
  // reverse lookups of addresses; dotless names go through the search list, others as they are
  let names: string[];
  const rev = reverseOf(name);
  if (rev) {
    names = [rev];
    types = [QT.PTR];
  } else if (!name.includes('.') && setup.search.length) names = setup.search.map((d) => `${name}.${d}`);
  else names = [name];
  const results: Array<{ name: string; msg: DnsMessage }> = [];
  for (const t of types)
    for (const n of names) {
      const q = newQuery(n, t, { id: queryId(p.ctx.world), rd: true });
      const a: Attempt = sendDnsQuery(p.ctx.world, p.ctx.ns, server.addr, q, {
        proto: 'udp',
        timeoutMs: timeoutS * 1000,
      });
      if (a.kind === 'refused') {
        p.err(`nslookup: write to '${addrText(server.addr)}': Connection refused\n`);
        p.out(';; connection timed out; no servers could be reached\n\n');
        return 1;
      }
      if (a.kind !== 'answer') {
        p.out(';; connection timed out; no servers could be reached\n\n');
        return 1;
      }
      results.push({ name: n, msg: a.msg });
    }
  p.out(`Server:\t\t${addrText(server.addr)}\nAddress:\t${serverText(server.addr, server.port)}\n\n`);
  let rc = 0;
  for (const r of results) {
    if (r.msg.rcode !== 'NOERROR') {
      p.out(`** server can't find ${r.name}: ${r.msg.rcode}\n\n`);
      rc = 1;
      continue;
    }
    if (!r.msg.aa) p.out('Non-authoritative answer:\n');
    p.out(r.msg.answer.map(rrLine).join(''));
    p.out('\n');
  }
  return rc;
}

function reverseOf(name: string): string | null {
  const v4 = parseIPv4(name);
  if (v4 !== null) return bareName(reverseName4(v4));
  const v6 = name.includes(':') ? parseIPv6(name) : null;
  return v6 ? bareName(reverseName6(v6)) : null;
}

/** BusyBox 1.28: getaddrinfo and getnameinfo from libc. */
function oldNslookup(p: Proc, name: string): number {
  const env = resolverEnv(p);
  const setup = bindSetup(p);
  const server = setup.servers[0];
  const label = (s: string) => s.padEnd(10);
  if (server) {
    const ip = addrText(server.addr);
    const rn =
      server.addr.family === 4 ? getnameinfo(env, server.addr.addr) : getnameinfo6(env, server.addr.addr);
    p.out(`${label('Server:')} ${ip}\n${label('Address 1:')} ${ip}${rn ? ` ${rn}` : ''}\n\n`);
  }
  const r = getaddrinfo(env, name, 0);
  if (!r.ok) return fail(`nslookup: can't resolve '${name}'\n`, 1);
  p.out(`${label('Name:')} ${name}\n`);
  r.addrs.forEach((a, i) => {
    const rn = a.family === 4 ? getnameinfo(env, a.v4 as number) : getnameinfo6(env, a.v6 as Uint8Array);
    p.out(`${label(`Address ${i + 1}:`)} ${gaiAddrText(a)}${rn ? ` ${rn}` : ''}\n`);
  });
  return 0;
}
