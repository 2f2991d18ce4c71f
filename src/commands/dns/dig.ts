/**
 * dig (BIND 9.18.49): one or more lookups against @server or the
 * resolv.conf servers, printed with dig's banner, sections and statistics.
 * Exit 0 whenever a response came back (NXDOMAIN too), 9 when no server
 * answered, 1 for usage errors.
 */

import { clientCookie } from '../../engines/dns/client.js';
import { absolute, type DnsMessage, type Edns, QT } from '../../engines/dns/message.js';
import { reverseName4, reverseName6 } from '../../engines/dns/reverse.js';
import { parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { DIG_HELP } from './bind-help.js';
import { addrText, bindQuery, type DigServer, searchCandidates, sockText } from './bind-query.js';
import { bindSetup, userServer } from './bind-setup.js';
import { type DigArgs, type DigLookup, parseDigArgs } from './dig-args.js';
import { axfrText, receivedLine, sendingText } from './dig-modes.js';
import { type DigDisplay, recordLine, renderResponse, whenText } from './dig-print.js';

export const BIND_VERSION = '9.18.49-1~deb12u3-Debian';

/** The name dig asks for: -x addresses become reverse names. */
function lookupName(l: DigLookup): string {
  if (!l.reverse) return l.name;
  const v4 = parseIPv4(l.name);
  if (v4 !== null) return reverseName4(v4);
  const v6 = parseIPv6(l.name);
  if (v6) return reverseName6(v6);
  // a partial IPv4 address reverses the octets it has ("10.96" -> 96.10.in-addr.arpa.)
  if (/^\d{1,3}(\.\d{1,3}){0,2}$/.test(l.name) && l.name.split('.').every((o) => Number(o) <= 255))
    return `${l.name.split('.').reverse().join('.')}.in-addr.arpa.`;
  return fail(`dig: '${l.name}' is not a legal IPv4 or IPv6 address\n`, 1);
}

/** -4/-6: servers of the other family are skipped; none left means the loopback of that family. */
function byFamily(servers: DigServer[], fam: 4 | 6 | null, port: number): DigServer[] {
  if (fam === null) return servers;
  const kept = servers.filter((s) => s.addr.family === fam);
  if (kept.length) return kept;
  return fam === 4
    ? [{ addr: { family: 4, addr: 0x7f000001 }, port, userarg: '127.0.0.1' }]
    : [{ addr: { family: 6, addr: parseIPv6('::1') as Uint8Array }, port, userarg: '::1' }];
}

function resolveServers(p: Proc, a: DigArgs): { servers: DigServer[]; found: number | null } {
  if (a.servers.length === 0)
    return { servers: byFamily(bindSetup(p, a.port).servers, a.family, a.port), found: null };
  const out: DigServer[] = [];
  for (const s of a.servers) {
    const r = userServer(p, s, a.port);
    if (!r.ok) return fail(`dig: couldn't get address for '${s}': ${r.reason}\n`, 1);
    out.push(...r.servers);
  }
  return { servers: out, found: out.length };
}

export function runDig(p: Proc): number {
  const a = parseDigArgs(p.argv.slice(1));
  for (const w of a.warnings) p.err(w);
  if (a.help) {
    p.out(DIG_HELP);
    return 0;
  }
  if (a.version) {
    p.err(`DiG ${BIND_VERSION}\n`);
    return 0;
  }
  const { servers, found } = resolveServers(p, a);
  const setup = bindSetup(p, a.port);
  const search = a.domain !== null ? [a.domain] : setup.search;
  const ndots = a.ndots ?? setup.ndots;
  const timeoutS = a.timeSet ? a.timeoutS : setup.timeoutS || a.timeoutS;
  const tries = a.triesSet ? a.tries : (setup.attempts ?? a.tries);
  const lookups: DigLookup[] = a.lookups.length
    ? a.lookups
    : [
        {
          name: '.',
          qtype: a.defaultType ?? QT.NS,
          qclass: a.defaultClass,
          reverse: false,
          display: a.display,
        },
      ];
  // the banner text is composed when the first name is parsed (printgreeting), printed with the first output
  let banner = '';
  const g = a.greet;
  if (g?.cmd) {
    banner = `\n; <<>> DiG ${BIND_VERSION} <<>>${p.argv
      .slice(1)
      .map((x) => ` ${x}`)
      .join('')}\n`;
    if (g.servers > 0 && found !== null) banner += `; (${found} server${found === 1 ? '' : 's'} found)\n`;
    banner += `;; global options:${g.short ? ' +short' : ''} +cmd\n`;
  }
  const printBanner = (always: boolean) => {
    if (banner && (always || (a.cmd && !a.display.short))) p.out(banner);
    banner = '';
  };
  let exit = 0;
  const io = { out: (t: string) => p.out(t), err: (t: string) => p.err(t) };
  for (const l of lookups) {
    // +trace starts at the root: its first step asks "." NS without recursion
    const name = a.trace ? '.' : lookupName(l);
    const qtype = a.trace ? QT.NS : a.nssearch ? QT.NS : (l.qtype ?? QT.A);
    const qclass = l.qclass ?? 1;
    const tcp = a.tcpSet ? a.tcp : qtype === QT.ANY || qtype === QT.AXFR;
    const names = a.search && !l.reverse ? searchCandidates(name, search, ndots, true) : [absolute(name)];
    for (let k = 0; k < names.length; k++) {
      const qname = names[k] as string;
      if (a.qr && l.display.comments) {
        printBanner(false);
        p.out(
          sendingText(
            qname,
            qtype,
            qclass,
            a.rd,
            a.edns
              ? {
                  udp: 1232,
                  version: 0,
                  do: false,
                  ...(a.cookie ? { cookie: { client: clientCookie(p.ctx.world) } } : {}),
                }
              : undefined,
          ),
        );
      }
      const r = bindQuery(
        p.ctx.world,
        p.ctx.ns,
        servers,
        {
          proto: tcp ? 'tcp' : 'udp',
          timeoutMs: timeoutS * 1000,
          tries,
          rd: a.rd && !a.trace,
          edns: a.edns,
          cookie: a.cookie,
          servfailStops: true,
          checkRa: false,
        },
        qname,
        qtype,
        qclass,
        io,
      );
      if (!r.ok) {
        if (!r.setup) {
          printBanner(true);
          p.out(';; no servers could be reached\n');
        }
        exit = 9;
        break;
      }
      if (r.msg.rcode === 'NXDOMAIN' && k < names.length - 1 && !a.showsearch) continue;
      printBanner(false);
      if (a.trace) {
        p.out(r.msg.answer.map((x) => `${recordLine(x)}\n`).join('') + receivedLine(r.msg, r.server, r.ms));
        break;
      }
      if (a.nssearch) break;
      if (qtype === QT.AXFR) {
        p.out(axfrText(r.msg, r.server, r.ms, whenText(p.ctx.world.clock.now), l.display.stats));
        break;
      }
      printAnswer(p, a, { ...l.display, short: a.display.short }, r.msg, r.server, r.ms, tcp);
      if (r.msg.rcode !== 'NXDOMAIN' || !a.showsearch) break;
    }
  }
  return exit;
}

function printAnswer(
  p: Proc,
  a: DigArgs,
  display: DigDisplay,
  m: DnsMessage,
  server: DigServer,
  ms: number,
  tcp: boolean,
): void {
  const sent: Edns | undefined = a.edns ? { udp: 1232, version: 0, do: false } : undefined;
  const body = renderResponse(
    m,
    display,
    m.edns?.cookie ? { ...(sent as Edns), cookie: m.edns.cookie } : sent,
  );
  if (display.short) {
    if (display.identify)
      p.out(body.replace(/\n/g, ` from server ${addrText(server.addr)} in ${Math.round(ms)} ms.\n`));
    else p.out(body);
    return;
  }
  p.out(body);
  if (!display.stats && display.identify) p.out(receivedLine(m, server, ms));
  if (display.stats) {
    p.out(`;; Query time: ${Math.round(ms)} msec\n`);
    p.out(`;; SERVER: ${sockText(server)}(${server.userarg}) (${tcp ? 'TCP' : 'UDP'})\n`);
    p.out(`;; WHEN: ${whenText(p.ctx.world.clock.now)}\n`);
    p.out(`;; MSG SIZE  rcvd: ${m.size ?? 0}\n\n`);
  }
}

export const DIG_COMMAND: CommandDef = {
  name: 'dig',
  path: '/usr/bin/dig',
  summary: 'DNS lookup utility (BIND 9.18)',
  run: runDig,
};
