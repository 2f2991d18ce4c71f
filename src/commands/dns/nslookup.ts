/**
 * nslookup (BIND 9.18.49): `nslookup [-option ...] [name | -] [server]`.
 * The default lookup asks A through the search list and then AAAA for the
 * name it found; reverse lookups ask PTR and print no server header. A
 * BusyBox userland runs BusyBox's nslookup instead.
 */

import { absolute, bareName, type DnsMessage, parseClass, parseType, QT } from '../../engines/dns/message.js';
import { reverseName4, reverseName6 } from '../../engines/dns/reverse.js';
import { imageSpec } from '../../kube/images.js';
import { parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { bindQuery, type DigServer, type QueryParams, searchCandidates, sockText } from './bind-query.js';
import { bindSetup, userServer } from './bind-setup.js';
import { runBusyboxNslookup } from './busybox-nslookup.js';
import { BIND_VERSION } from './dig.js';
import { chaseCname, nslookupDetails, nslookupSection } from './nslookup-print.js';

interface NsOpts {
  qtype: number;
  qclass: number;
  defaultLookups: boolean;
  timeoutS: number | null;
  tries: number | null;
  port: number;
  tcp: boolean;
  rd: boolean;
  search: boolean;
  domain: string | null;
  ndots: number | null;
  nofail: boolean;
  debug: boolean;
}

/** The BIND release of the tools here: the image's (jessie-dnsutils has 9.9), else Debian 12's. */
function bindVersion(p: Proc): string {
  const image = p.ctx.userland.image;
  return (image ? imageSpec(image).bindVersion : undefined) ?? BIND_VERSION;
}

function setOption(p: Proc, o: NsOpts, opt: string): void {
  const l = opt.length;
  const check = (a: string, n: number) => l >= n && l <= a.length && a.startsWith(opt.toLowerCase());
  const pre = (s: string) => opt.toLowerCase().startsWith(s);
  const val = (s: string) => opt.slice(s.length);
  const setType = (t: string) => {
    const code = parseType(t);
    if (code === null) p.out(`unknown query type: ${t}\n`);
    else {
      o.qtype = code;
      o.defaultLookups = false;
    }
  };
  const uint = (t: string, max: number, what: string): number | null => {
    if (!/^\d+$/.test(t)) {
      p.out(`invalid ${what} '${t}': not a valid number\n`);
      return null;
    }
    if (Number(t) > max) {
      p.out(`invalid ${what} '${t}': out of range\n`);
      return null;
    }
    return Number(t);
  };
  if (pre('class=') || pre('cl=')) {
    const c = parseClass(val(pre('class=') ? 'class=' : 'cl='));
    if (c === null) p.out(`unknown query class: ${val(pre('class=') ? 'class=' : 'cl=')}\n`);
    else o.qclass = c;
  } else if (pre('type=')) setType(val('type='));
  else if (pre('ty=')) setType(val('ty='));
  else if (pre('querytype=')) setType(val('querytype='));
  else if (pre('query=')) setType(val('query='));
  else if (pre('qu=')) setType(val('qu='));
  else if (pre('q=')) setType(val('q='));
  else if (pre('domain=') || pre('do=')) {
    o.domain = val(pre('domain=') ? 'domain=' : 'do=');
    o.search = true;
  } else if (pre('port=') || pre('po='))
    o.port = uint(val(pre('port=') ? 'port=' : 'po='), 65535, 'port') ?? o.port;
  else if (pre('timeout=') || pre('t='))
    o.timeoutS = uint(val(pre('timeout=') ? 'timeout=' : 't='), 0xffffffff, 'timeout') ?? o.timeoutS;
  else if (check('recurse', 3)) o.rd = true;
  else if (check('norecurse', 5)) o.rd = false;
  else if (pre('retry=') || pre('ret='))
    o.tries = uint(val(pre('retry=') ? 'retry=' : 'ret='), 0xffffffff, 'retry') ?? o.tries;
  else if (check('defname', 3) || check('search', 3)) o.search = true;
  else if (check('nodefname', 5) || check('nosearch', 5)) o.search = false;
  else if (check('vc', 2)) o.tcp = true;
  else if (check('novc', 4)) o.tcp = false;
  else if (check('fail', 3)) o.nofail = false;
  else if (check('nofail', 5)) o.nofail = true;
  else if (pre('ndots=')) o.ndots = uint(val('ndots='), 0xffffffff, 'ndots') ?? o.ndots;
  else if (check('debug', 3)) o.debug = true;
  else if (check('nodebug', 5)) o.debug = false;
  else if (check('d2', 2) || check('nod2', 4) || check('sil', 3) || check('all', 3)) {
    // accepted
  } else p.out(`*** Invalid option: ${opt}\n`);
}

/** "1.2.3.4" and IPv6 addresses become reverse lookups with the default type. */
function reverseOf(name: string): string | null {
  const v4 = parseIPv4(name);
  if (v4 !== null) return reverseName4(v4);
  const v6 = name.includes(':') ? parseIPv6(name) : null;
  return v6 ? reverseName6(v6) : null;
}

interface LookupState {
  queryError: boolean;
  printError: boolean;
  aNoAnswer: boolean;
}

export function runNslookup(p: Proc): number {
  if (p.ctx.userland.flavour === 'busybox') return runBusyboxNslookup(p);
  const o: NsOpts = {
    qtype: QT.A,
    qclass: 1,
    defaultLookups: true,
    timeoutS: null,
    tries: null,
    port: 53,
    tcp: false,
    rd: true,
    search: true,
    domain: null,
    ndots: null,
    nofail: true,
    debug: false,
  };
  let name: string | null = null;
  let serverArg: string | null = null;
  for (const arg of p.argv.slice(1)) {
    if (arg.startsWith('-')) {
      if (arg.toLowerCase().startsWith('-ver')) {
        p.err(`nslookup ${bindVersion(p)}\n`);
        return 0;
      }
      if (arg.length > 1) setOption(p, o, arg.slice(1));
    } else if (name === null) name = arg;
    else serverArg = arg;
  }
  const st: LookupState = { queryError: true, printError: false, aNoAnswer: false };
  if (name === null) {
    // interactive mode reading stdin (no prompt: stdin is not a terminal)
    let server = serverArg;
    for (const line of p.stdin.split('\n').slice(0, 1000)) {
      const words = line.trim().split(/\s+/).filter(Boolean);
      const [cmd, arg] = words;
      if (!cmd) continue;
      if (cmd === 'exit') break;
      if (cmd === 'set' && arg) setOption(p, o, arg);
      else if ((cmd === 'server' || cmd === 'lserver') && arg) {
        const r = userServer(p, arg, o.port);
        if (r.ok) {
          server = arg;
          for (const sv of r.servers) p.out(`Default server: ${arg}\nAddress: ${sockText(sv)}\n`);
        } else
          p.out(
            `*** Can't find address for server ${arg}: ${r.reason === 'not found' ? 'NXDOMAIN' : 'SERVFAIL'}\n`,
          );
      } else lookup(p, o, cmd, arg ?? server, st);
    }
    p.out('\n');
    return st.queryError || st.printError ? 1 : 0;
  }
  lookup(p, o, name, serverArg, st);
  p.out('\n');
  return st.queryError || st.printError ? 1 : 0;
}

function lookup(p: Proc, o: NsOpts, name: string, serverArg: string | null, st: LookupState): void {
  const setup = bindSetup(p, o.port);
  let servers: DigServer[] = setup.servers;
  if (serverArg !== null) {
    const r = userServer(p, serverArg, o.port);
    if (!r.ok) {
      p.err(`nslookup: couldn't get address for '${serverArg}': ${r.reason}\n`);
      st.queryError = true;
      return;
    }
    servers = r.servers;
  }
  const params: QueryParams = {
    proto: o.tcp ? 'tcp' : 'udp',
    timeoutMs: (o.timeoutS ?? (setup.timeoutS || 5)) * 1000,
    tries: o.tries ?? setup.attempts ?? 3,
    rd: o.rd,
    edns: false,
    cookie: false,
    servfailStops: !o.nofail,
    // BIND 9.9 (jessie-dnsutils) never says `Got recursion not available`
    checkRa: serverArg === null && !/^9\.(\d|1[0-5])\./.test(bindVersion(p)),
  };
  const io = { out: (t: string) => p.out(t), err: (t: string) => p.err(t) };
  const rev = reverseOf(name);
  const qtype = rev ? QT.PTR : o.qtype;
  const search = o.domain !== null ? [o.domain] : setup.search;
  const names = rev ? [rev] : searchCandidates(name, search, o.ndots ?? setup.ndots, o.search);
  for (let k = 0; k < names.length; k++) {
    const qname = names[k] as string;
    const r = bindQuery(p.ctx.world, p.ctx.ns, servers, params, qname, qtype, o.qclass, io);
    if (!r.ok) {
      if (!r.setup) p.out(';; no servers could be reached\n');
      return;
    }
    if (r.msg.rcode === 'NXDOMAIN' && k < names.length - 1) {
      if (o.debug) printMessage(p, o, st, r.msg, r.server, qname, qtype, rev ?? name);
      continue;
    }
    printMessage(p, o, st, r.msg, r.server, qname, qtype, rev ?? name);
    if (o.defaultLookups && qtype === QT.A && r.msg.rcode === 'NOERROR') {
      const next = absolute(chaseCname(r.msg, qname));
      const r6 = bindQuery(p.ctx.world, p.ctx.ns, servers, params, next, QT.AAAA, o.qclass, io);
      if (!r6.ok) {
        if (!r6.setup) p.out(';; no servers could be reached\n');
        return;
      }
      printMessage(p, o, st, r6.msg, r6.server, next, QT.AAAA, bareName(next));
    }
    return;
  }
}

function printMessage(
  p: Proc,
  o: NsOpts,
  st: LookupState,
  m: DnsMessage,
  s: DigServer,
  qname: string,
  qtype: number,
  textname: string,
) {
  st.queryError = false;
  if (!o.defaultLookups || qtype === QT.A) p.out(`Server:\t\t${s.userarg}\nAddress:\t${sockText(s)}\n\n`);
  if (o.debug) p.out(nslookupDetails(m));
  if (m.rcode !== 'NOERROR') {
    p.out(`** server can't find ${bareName(qname)}: ${m.rcode}\n`);
    st.printError = true;
    return;
  }
  if (!m.aa && (!o.defaultLookups || qtype === QT.A)) p.out('Non-authoritative answer:\n');
  if (m.answer.length) p.out(nslookupSection(m.answer, true));
  else if (o.defaultLookups && qtype === QT.A) st.aNoAnswer = true;
  else if (!o.defaultLookups || (qtype === QT.AAAA && st.aNoAnswer))
    p.out(`*** Can't find ${textname}: No answer\n`);
  if (!m.aa && qtype !== QT.A && qtype !== QT.AAAA) {
    p.out('\nAuthoritative answers can be found from:\n');
    p.out(nslookupSection(m.authority, false));
    p.out(nslookupSection(m.additional, false));
  }
}

export const NSLOOKUP_COMMAND: CommandDef = {
  name: 'nslookup',
  path: '/usr/bin/nslookup',
  summary: 'query Internet name servers (BIND 9.18, or BusyBox in busybox images)',
  run: runNslookup,
};
