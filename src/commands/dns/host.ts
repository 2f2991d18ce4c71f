/**
 * host (BIND 9.18.49): `host [-aCdlrTvw] [-c class] [-N ndots] [-t type]
 * [-W time] [-R number] [-p port] hostname [server]`. By default A, then
 * AAAA and MX for the name the A answer led to; -v/-a print dig-like
 * sections, "Trying" lines and "Received N bytes".
 */

import {
  absolute,
  bareName,
  type DnsMessage,
  parseClass,
  parseType,
  QT,
  rdataCode,
  typeName,
} from '../../engines/dns/message.js';
import { rdataText } from '../../engines/dns/rdata-text.js';
import { reverseName4, reverseName6 } from '../../engines/dns/reverse.js';
import { parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { getopt } from '../getopt.js';
import { HOST_USAGE } from './bind-help.js';
import { bindQuery, type DigServer, type QueryParams, searchCandidates, sockText } from './bind-query.js';
import { bindSetup, userServer } from './bind-setup.js';
import { BIND_VERSION } from './dig.js';
import { axfrText } from './dig-modes.js';
import { flagsLine, grouped, questionLine, recordLine } from './dig-print.js';
import { chaseCname } from './nslookup-print.js';

const RCODE_NUM: Record<string, number> = {
  NOERROR: 0,
  FORMERR: 1,
  SERVFAIL: 2,
  NXDOMAIN: 3,
  NOTIMP: 4,
  REFUSED: 5,
};

const SAY: Record<number, string> = {
  1: 'has address',
  2: 'name server',
  5: 'is an alias for',
  11: 'has well known services',
  12: 'domain name pointer',
  13: 'host information',
  15: 'mail is handled by',
  16: 'descriptive text',
  19: 'x25 address',
  20: 'ISDN address',
  24: 'has signature',
  25: 'has key',
  28: 'has IPv6 address',
  29: 'location',
};

interface HostState {
  verbose: boolean;
  defaultLookups: boolean;
  seenError: boolean;
  answered: boolean;
  listedServer: boolean;
  printedServer: boolean;
}

function usage(): never {
  return fail(HOST_USAGE, 1);
}

export function runHost(p: Proc): number {
  const g = getopt('host', p.argv.slice(1), [
    ...'46aACdilnrsTUvVw'.split('').map((c) => ({ key: c, short: c })),
    ...'cmNRtWp'.split('').map((c) => ({ key: c, short: c, arg: 'required' as const })),
  ]);
  if (!g.ok) return usage();
  let qtype: number = QT.A;
  let qclass = 1;
  let tcp = false;
  let anyViaA = false;
  let rd = true;
  let timeoutS = 5;
  let tries = 2;
  let ndots: number | null = null;
  let port = 53;
  let servfailStops = false;
  let soaCheck = false;
  let list = false;
  const st: HostState = {
    verbose: false,
    defaultLookups: true,
    seenError: false,
    answered: false,
    listedServer: false,
    printedServer: false,
  };
  for (const o of g.opts) {
    const v = o.value ?? '';
    switch (o.key) {
      case 'V':
        p.err(`host ${BIND_VERSION}\n`);
        return 0;
      case 'a':
      case 'A':
        qtype = QT.ANY;
        st.defaultLookups = false;
        st.verbose = true;
        anyViaA = true;
        break;
      case 'd':
      case 'v':
        st.verbose = true;
        break;
      case 't': {
        const t = parseType(v);
        if (t === null) return fail(`host: invalid type: ${v}\n\n`, 2);
        qtype = t;
        st.defaultLookups = false;
        break;
      }
      case 'c': {
        const c = parseClass(v);
        if (c === null) return fail(`host: invalid class: ${v}\n\n`, 2);
        qclass = c;
        break;
      }
      case 'T':
        tcp = true;
        break;
      case 'r':
        rd = false;
        break;
      case 's':
        servfailStops = true;
        break;
      case 'C':
        soaCheck = true;
        break;
      case 'l':
        list = true;
        break;
      case 'W':
        timeoutS = /^\d+$/.test(v) ? Math.max(1, Number(v)) : timeoutS;
        break;
      case 'w':
        timeoutS = 0x7fffffff;
        break;
      case 'R':
        // -R 0 keeps the default of two tries
        if (/^\d+$/.test(v)) tries = Math.max(2, Number(v) + 1);
        break;
      case 'N':
        if (/^\d+$/.test(v)) ndots = Number(v);
        break;
      case 'p':
        if (/^\d+$/.test(v) && Number(v) <= 65535) port = Number(v);
        break;
      default:
        break;
    }
  }
  const [name, serverArg] = g.operands;
  if (name === undefined) return usage();
  const setup = bindSetup(p, port);
  let servers: DigServer[] = setup.servers;
  if (serverArg !== undefined) {
    const r = userServer(p, serverArg, port);
    if (!r.ok) return fail(`host: couldn't get address for '${serverArg}': ${r.reason}\n`, 1);
    servers = r.servers;
    st.listedServer = true;
  }
  const params: QueryParams = {
    proto: tcp || (qtype === QT.ANY && !anyViaA) ? 'tcp' : 'udp',
    timeoutMs: timeoutS * 1000,
    tries,
    rd,
    edns: false,
    cookie: false,
    servfailStops,
    checkRa: false,
  };
  const v4 = parseIPv4(name);
  const v6 = v4 === null && name.includes(':') ? parseIPv6(name) : null;
  const rev = v4 !== null ? reverseName4(v4) : v6 ? reverseName6(v6) : null;
  const first = rev ? QT.PTR : qtype;
  const names = rev ? [rev] : searchCandidates(name, setup.search, ndots ?? setup.ndots, true);
  if (soaCheck) return hostSoaCheck(p, servers, params, names[names.length - 1] as string, qclass);
  if (list) {
    const io = { out: (t: string) => p.out(t), err: (t: string) => p.err(t) };
    const r = bindQuery(
      p.ctx.world,
      p.ctx.ns,
      servers,
      { ...params, proto: 'tcp' },
      absolute(name),
      QT.AXFR,
      qclass,
      io,
    );
    if (!r.ok) return 1;
    p.out(axfrText(r.msg, r.server, r.ms, '', false));
    return 0;
  }
  const ok = lookupOne(p, st, servers, params, names, first, qclass, rev ?? name);
  if (ok && st.defaultLookups && first === QT.A && ok.rcode === 'NOERROR') {
    const next = absolute(chaseCname(ok, ok.question[0]?.name ?? name));
    for (const t of [QT.AAAA, QT.MX]) lookupOne(p, st, servers, params, [next], t, qclass, bareName(next));
  }
  return st.answered && !st.seenError ? 0 : 1;
}

/** -C: the SOA record as each of the zone's nameservers serves it. */
function hostSoaCheck(
  p: Proc,
  servers: readonly DigServer[],
  params: QueryParams,
  name: string,
  qclass: number,
): number {
  const io = { out: (t: string) => p.out(t), err: (t: string) => p.err(t) };
  const ns = bindQuery(p.ctx.world, p.ctx.ns, servers, params, name, QT.NS, qclass, io);
  if (!ns.ok) {
    if (!ns.setup) p.out(';; no servers could be reached\n');
    return 1;
  }
  const names = ns.msg.answer.filter((r) => r.data.type === 'NS');
  if (names.length === 0) return 1;
  const soa = bindQuery(p.ctx.world, p.ctx.ns, servers, params, name, QT.SOA, qclass, io);
  if (!soa.ok) return 1;
  for (const n of names) {
    const target = n.data.type === 'NS' ? bareName(n.data.target) : '';
    for (const r of soa.msg.answer)
      p.out(`Nameserver ${target}:\n\t${bareName(r.name)} has SOA record ${rdataText(r.data)}\n`);
  }
  return 0;
}

function lookupOne(
  p: Proc,
  st: HostState,
  servers: readonly DigServer[],
  params: QueryParams,
  names: readonly string[],
  qtype: number,
  qclass: number,
  textname: string,
): DnsMessage | null {
  const io = { out: (t: string) => p.out(t), err: (t: string) => p.err(t) };
  for (let k = 0; k < names.length; k++) {
    const qname = names[k] as string;
    if (st.verbose) p.out(`Trying "${bareName(qname)}"\n`);
    const r = bindQuery(p.ctx.world, p.ctx.ns, servers, params, qname, qtype, qclass, io);
    if (!r.ok) {
      if (!r.setup) p.out(';; no servers could be reached\n');
      return null;
    }
    if (r.msg.rcode === 'NXDOMAIN' && k < names.length - 1) continue;
    printMessage(p, st, r.msg, r.server, qname, qtype, textname);
    if (st.verbose) {
      const rcv = `Received ${r.msg.size ?? 0} bytes from ${sockText(r.server)} in ${Math.round(r.ms)} ms\n`;
      // an error answer is reported twice (printmessage returns early, received() runs again)
      p.out(r.msg.rcode === 'NOERROR' ? rcv : rcv + rcv);
    }
    return r.msg;
  }
  return null;
}

function printMessage(
  p: Proc,
  st: HostState,
  m: DnsMessage,
  s: DigServer,
  qname: string,
  qtype: number,
  textname: string,
): void {
  st.answered = true;
  if (st.listedServer && !st.printedServer) {
    p.out(`Using domain server:\nName: ${s.userarg}\nAddress: ${sockText(s)}\nAliases: \n\n`);
    st.printedServer = true;
  }
  if (m.rcode !== 'NOERROR') {
    const shown = m.rcode === 'NXDOMAIN' ? textname : bareName(qname);
    p.out(`Host ${shown} not found: ${RCODE_NUM[m.rcode] ?? 0}(${m.rcode})\n`);
    st.seenError = true;
    return;
  }
  if (st.verbose) {
    p.out(`;; ->>HEADER<<- opcode: QUERY, status: ${m.rcode}, id: ${m.id}\n`);
    p.out(flagsLine({ ...m, edns: undefined }));
    if (m.edns) p.out(`;; EDNS: version: ${m.edns.version}, udp=${m.edns.udp}\n`);
    const q = m.question[0];
    if (q) p.out(`\n;; QUESTION SECTION:\n${questionLine(q.name, q.qtype, q.qclass)}\n`);
    const sections: Array<[string, DnsMessage['answer']]> = [
      ['ANSWER', m.answer],
      ['AUTHORITY', m.authority],
      ['ADDITIONAL', m.additional],
    ];
    for (const [title, rrs] of sections)
      if (rrs.length)
        p.out(
          `\n;; ${title} SECTION:\n${grouped(rrs)
            .map((r) => `${recordLine(r)}\n`)
            .join('')}`,
        );
    p.out('\n');
    return;
  }
  for (const r of grouped(m.answer)) {
    const code = rdataCode(r.data);
    p.out(`${bareName(r.name)} ${SAY[code] ?? `has ${typeName(code)} record`} ${rdataText(r.data)}\n`);
  }
  if (!st.defaultLookups && m.answer.length === 0)
    p.out(`${bareName(qname)} has no ${typeName(qtype)} record\n`);
}

export const HOST_COMMAND: CommandDef = {
  name: 'host',
  path: '/usr/bin/host',
  summary: 'DNS lookup utility (BIND 9.18)',
  run: runHost,
};
