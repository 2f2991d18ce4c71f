/**
 * `ss` from iproute2 6.1 over the namespace's TCP and UDP sockets
 * (listeners, unconnected UDP sockets and established connections; see
 * sockets.ts for their order). Options, table/family/state selection,
 * `state`/`exclude` words and filter expressions follow misc/ss.c; the
 * layout is ss's own (ss-render.ts). UNIX, netlink, packet and the other
 * socket kinds are not modelled: they are counted for the Netid/State
 * column rules but list nothing. -s sums the modelled sockets only.
 */
import { gethostbyname2, getnameinfo, type ResolverEnv } from '../../engines/resolver/getaddrinfo.js';
import { formatIPv4 } from '../../model/inet.js';
import type { Netns } from '../../model/types.js';
import { linkByName, netnsByName } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { getopt, type OptDef } from '../getopt.js';
import {
  ephemeralRange,
  type SockRow,
  serviceName,
  servicePort,
  servicesOf,
  socketOwner,
  socketRows,
} from './sockets.js';
import { type FilterSock, parseFilter, runFilter, type SsExpr } from './ss-filter.js';
import { type Prefix, sockWords, v4Words, v6Words } from './ss-hostcond.js';
import {
  AF,
  afGet,
  afSet,
  DB,
  dbParse,
  dbSet,
  FAMILY_NAMES,
  mergeDefaults,
  newFilter,
  onlyFamily,
  SS,
  SS_ALL,
  SS_CONN_STATES,
  type SsFilter,
  scanState,
  several,
  statesSet,
} from './ss-options.js';
import { COL_EXT, renderSs, ssColumns } from './ss-render.js';
import { SS_USAGE } from './ss-usage.js';

const LONG: ReadonlyArray<readonly [string, string, boolean]> = [
  ['numeric', 'n', false],
  ['resolve', 'r', false],
  ['options', 'o', false],
  ['extended', 'e', false],
  ['memory', 'm', false],
  ['info', 'i', false],
  ['processes', 'p', false],
  ['threads', 'T', false],
  ['bpf', 'b', false],
  ['events', 'E', false],
  ['dccp', 'd', false],
  ['tcp', 't', false],
  ['sctp', 'S', false],
  ['udp', 'u', false],
  ['raw', 'w', false],
  ['unix', 'x', false],
  ['tipc', 'tipc', false],
  ['vsock', 'vsock', false],
  ['all', 'a', false],
  ['listening', 'l', false],
  ['ipv4', '4', false],
  ['ipv6', '6', false],
  ['packet', '0', false],
  ['family', 'f', true],
  ['socket', 'A', true],
  ['query', 'A', true],
  ['summary', 's', false],
  ['diag', 'D', true],
  ['filter', 'F', true],
  ['version', 'V', false],
  ['help', 'h', false],
  ['context', 'Z', false],
  ['contexts', 'z', false],
  ['net', 'N', true],
  ['tipcinfo', 'tipcinfo', false],
  ['tos', 'tos', false],
  ['cgroup', 'cgroup', false],
  ['kill', 'K', false],
  ['no-header', 'H', false],
  ['xdp', 'xdp', false],
  ['mptcp', 'M', false],
  ['oneline', 'O', false],
  ['inet-sockopt', 'inet-sockopt', false],
];

/** getopt_long("dhaletuwxnro460spTbEf:mMiA:D:F:vVzZN:KHSO") with ss.c's long_opts, in their order. */
const OPTS: OptDef[] = [
  ...'dhaletuwxnro460spTbEmMiVvzZKHSO'.split('').map((c) => ({ key: c, short: c })),
  ...'fADFN'.split('').map((c) => ({ key: c, short: c, arg: 'required' as const })),
  ...LONG.map(([long, key, arg]) => ({ key, long, ...(arg ? { arg: 'required' as const } : {}) })),
];

/** Options that print what the model does not hold (timers, inodes, memory, TCP internals ...). */
const NOT_MODELLED: Record<string, string> = {
  o: '-o',
  e: '-e',
  m: '-m',
  i: '-i',
  T: '-T',
  b: '-b',
  E: '-E',
  K: '-K',
  D: '-D',
  F: '-F',
  tipcinfo: '--tipcinfo',
  tos: '--tos',
  cgroup: '--cgroup',
  'inet-sockopt': '--inet-sockopt',
};

interface SsRun {
  numeric: boolean;
  resolve: boolean;
  users: boolean;
  header: boolean;
  summary: boolean;
  ns: Netns;
}

function usage(p: Proc, first = ''): number {
  p.err(first + SS_USAGE);
  return 255;
}

function runSs(p: Proc): number {
  const g = getopt('ss', p.argv.slice(1), OPTS);
  const f = newFilter();
  const o: SsRun = {
    numeric: false,
    resolve: false,
    users: false,
    header: true,
    summary: false,
    ns: p.ctx.ns,
  };
  let stateFilter = 0;
  let sawQuery = false;
  const unmodelled: string[] = [];
  for (const opt of g.opts) {
    const k = opt.key;
    const v = opt.value ?? '';
    if (k === 'n') o.numeric = true;
    else if (k === 'r') o.resolve = true;
    else if (k === 'p') o.users = true;
    else if (k === 'd') dbSet(f, DB.DCCP, true);
    else if (k === 't') dbSet(f, DB.TCP, true);
    else if (k === 'S') dbSet(f, DB.SCTP, true);
    else if (k === 'u') dbSet(f, DB.UDP, true);
    else if (k === 'w') dbSet(f, DB.RAW, true);
    else if (k === 'M') dbSet(f, DB.MPTCP, true);
    else if (k === 'x') afSet(f, AF.UNIX);
    else if (k === 'vsock') afSet(f, AF.VSOCK);
    else if (k === 'tipc') afSet(f, AF.TIPC);
    else if (k === 'xdp') afSet(f, AF.XDP);
    else if (k === '4') afSet(f, AF.INET);
    else if (k === '6') afSet(f, AF.INET6);
    else if (k === '0') afSet(f, AF.PACKET);
    else if (k === 'a') stateFilter = SS_ALL;
    else if (k === 'l') stateFilter = (1 << SS.LISTEN) | (1 << SS.CLOSE);
    else if (k === 'f') {
      if (v === 'help') {
        p.out(SS_USAGE);
        return 0;
      }
      const af = FAMILY_NAMES[v];
      if (af === undefined) return usage(p, `ss: "${v}" is invalid family\n`);
      afSet(f, af);
    } else if (k === 'A') {
      if (!sawQuery) {
        f.dbs = 0;
        stateFilter = stateFilter || SS_CONN_STATES;
        sawQuery = true;
        f.doDefault = false;
      }
      for (const name of v.split(','))
        if (!dbParse(f, name)) return usage(p, `ss: "${name}" is illegal socket table id\n`);
    } else if (k === 's') o.summary = true;
    else if (k === 'v' || k === 'V') {
      p.out('ss utility, iproute2-6.1.0\n');
      return 0;
    } else if (k === 'z' || k === 'Z') {
      p.err('ss: SELinux is not enabled.\n');
      return 1;
    } else if (k === 'N') {
      const ns = netnsByName(p.ctx.world, p.ctx.host, v);
      if (!ns) {
        p.err(`Cannot open network namespace "${v}": No such file or directory\n`);
        return 1;
      }
      o.ns = ns;
    } else if (k === 'H') o.header = false;
    else if (k === 'O') {
      // one line per socket is all ss prints here anyway
    } else if (k === 'h') {
      p.out(SS_USAGE);
      return 0;
    } else if (NOT_MODELLED[k]) unmodelled.push(NOT_MODELLED[k] as string);
  }
  if (!g.ok) return usage(p, `${g.error}\n`);
  if (unmodelled.length) {
    p.err(
      `knetlab: ss ${unmodelled[0]} is not modelled (socket timers, inodes and TCP internals are not part of the world)\n`,
    );
    return 1;
  }
  let args = g.operands;
  if (o.summary) {
    printSummary(p, o.ns);
    if (f.doDefault && args.length === 0) return 0;
  }
  let sawStates = false;
  while (args.length > 0 && (args[0] === 'state' || args[0] === 'exclude' || args[0] === 'excl')) {
    const word = args[0];
    const name = args[1];
    if (name === undefined) {
      p.err('Command line is not complete. Try option "help"\n');
      return 255;
    }
    const mask = scanState(name);
    if (mask === null) {
      p.err(`ss: wrong state name: ${name}\n`);
      return 255;
    }
    if (word === 'state') {
      if (!sawStates) stateFilter = 0;
      stateFilter |= mask;
    } else {
      if (!sawStates) stateFilter = SS_ALL;
      stateFilter &= ~mask;
    }
    sawStates = true;
    args = args.slice(2);
  }
  if (f.doDefault) {
    stateFilter = stateFilter || SS_CONN_STATES;
    dbParse(f, 'all');
  }
  statesSet(f, stateFilter);
  mergeDefaults(f);
  if (f.dbs === 0) {
    p.err('ss: no socket tables to show with such filter.\n');
    return 0;
  }
  if (f.families.size === 0) {
    p.err('ss: no families to show with such filter.\n');
    return 0;
  }
  if (f.states === 0) {
    p.err('ss: no socket states to show with such filter.\n');
    return 0;
  }
  const parsed = parseFilter(args, hostEnv(p, f));
  if (!parsed.ok) {
    p.err(parsed.err);
    if (parsed.exit === 255) p.err(SS_USAGE);
    return parsed.exit;
  }
  const cols = ssColumns();
  (cols[0] as { disabled: boolean }).disabled = !several(f.dbs);
  (cols[1] as { disabled: boolean }).disabled = !several(f.states);
  const rows = listRows(p, o, f, parsed.expr).map((r) => cells(p, o, r));
  p.out(renderSs(cols, o.header, rows, p.ctx.tty?.cols ?? null));
  return 0;
}

function resolverEnv(p: Proc, ns: Netns): ResolverEnv {
  return { world: p.ctx.world, ns, fs: p.ctx.fs, env: p.ctx.env };
}

function hostEnv(p: Proc, f: SsFilter) {
  const services = servicesOf(p);
  const pref = f.preferred === AF.INET ? 4 : f.preferred === AF.INET6 ? 6 : 0;
  return {
    family: pref as 0 | 4 | 6,
    tcp: (f.dbs & (1 << DB.TCP)) !== 0,
    udp: (f.dbs & (1 << DB.UDP)) !== 0,
    servicePort: (name: string, proto: 'tcp' | 'udp') => servicePort(services, name, proto),
    resolve: (name: string, family: 4 | 6): Prefix[] => {
      const r = gethostbyname2(resolverEnv(p, p.ctx.ns), name, family);
      if (!r.ok) return [];
      return family === 4
        ? r.host.v4.map((a) => ({ family: 4 as const, words: v4Words(a), bits: 32 }))
        : r.host.v6.map((a) => ({ family: 6 as const, words: v6Words(a), bits: 128 }));
    },
    ifindex: (name: string) => linkByName(p.ctx.world, p.ctx.ns, name)?.ifindex ?? null,
    familyPrefix: (which: 'inet' | 'inet6' | 'other') =>
      onlyFamily(f, which === 'inet' ? AF.INET : which === 'inet6' ? AF.INET6 : AF.UNIX),
  };
}

const STATE_BIT: Record<SockRow['state'], number> = {
  ESTAB: SS.ESTABLISHED,
  LISTEN: SS.LISTEN,
  UNCONN: SS.CLOSE,
};

/** The rows ss prints, in its order: UDP before TCP, each as inet_show_netlink dumps it (IPv4 then IPv6). */
function listRows(p: Proc, o: SsRun, f: SsFilter, expr: SsExpr | null): SockRow[] {
  const all = socketRows(o.ns);
  const [lo, hi] = ephemeralRange(p);
  const families: boolean[] =
    f.preferred === AF.INET6 ? [true] : f.preferred === AF.INET ? [false] : [false, true];
  const out: SockRow[] = [];
  for (const proto of ['udp', 'tcp'] as const) {
    if (!(f.dbs & (1 << (proto === 'udp' ? DB.UDP : DB.TCP)))) continue;
    if (!afGet(f, AF.INET) && !afGet(f, AF.INET6)) continue;
    for (const v6 of families) {
      if (!afGet(f, v6 ? AF.INET6 : AF.INET)) continue;
      for (const r of all) {
        if (r.proto !== proto || r.v6 !== v6) continue;
        if (!(f.states & (1 << STATE_BIT[r.state]))) continue;
        const fs: FilterSock = {
          v6: r.v6,
          local: sockWords(r.laddr, r.v6),
          remote: sockWords(r.raddr, r.v6),
          lport: r.lport,
          rport: r.rport,
          ephemeral: r.lport >= lo && r.lport <= hi,
        };
        if (expr && !runFilter(expr, fs)) continue;
        out.push(r);
      }
    }
  }
  return out;
}

function cells(p: Proc, o: SsRun, r: SockRow): string[] {
  const services = servicesOf(p);
  const [lo, hi] = ephemeralRange(p);
  const port = (n: number): string => {
    if (n === 0) return '*';
    if (o.numeric || (n >= lo && n <= hi)) return String(n);
    return serviceName(services, n, r.proto) ?? String(n);
  };
  const addr = (a: number): string => {
    if (r.v6 && a === 0) return '*';
    if (o.resolve) {
      const name = getnameinfo(resolverEnv(p, o.ns), a);
      if (name) return name;
    }
    return r.v6 ? `[::ffff:${formatIPv4(a)}]` : formatIPv4(a);
  };
  let ext = '';
  if (o.users) {
    const who = socketOwner(p, r);
    if (who) ext = ` users:(("${who.comm}",pid=${who.pid},fd=${r.fd}))`;
  }
  const state = { ESTAB: 'ESTAB', LISTEN: 'LISTEN', UNCONN: 'UNCONN' }[r.state];
  const out = [
    r.proto,
    state,
    String(r.recvQ).padEnd(6),
    String(r.sendQ).padEnd(6),
    `${addr(r.laddr)}:`,
    port(r.lport),
    `${addr(r.raddr)}:`,
    port(r.rport),
    ext,
    '',
  ];
  return out.slice(0, COL_EXT + 2);
}

/** print_summary over the modelled sockets (/proc/net/sockstat and the snmp CurrEstab counter of the namespace). */
function printSummary(p: Proc, ns: Netns): void {
  const rows = socketRows(ns);
  const count = (pred: (r: SockRow) => boolean) => rows.filter(pred).length;
  const tcp4 = count((r) => r.proto === 'tcp' && !r.v6);
  const tcp6 = count((r) => r.proto === 'tcp' && r.v6);
  const udp4 = count((r) => r.proto === 'udp' && !r.v6);
  const udp6 = count((r) => r.proto === 'udp' && r.v6);
  const estab = count((r) => r.proto === 'tcp' && r.state === 'ESTAB');
  const col = (n: number) => String(n).padEnd(9);
  const line = (name: string, v4: number, v6: number) => `${name}\t  ${col(v4 + v6)} ${col(v4)} ${col(v6)}\n`;
  p.out(
    `Total: ${rows.length}\n` +
      `TCP:   ${tcp4 + tcp6} (estab ${estab}, closed 0, orphaned 0, timewait 0)\n\n` +
      'Transport Total     IP        IPv6\n' +
      line('RAW', 0, 0) +
      line('UDP', udp4, udp6) +
      line('TCP', tcp4, tcp6) +
      line('INET', tcp4 + udp4, tcp6 + udp6) +
      line('FRAG', 0, 0) +
      '\n',
  );
}

export const SS_COMMAND: CommandDef = { name: 'ss', path: '/usr/bin/ss', run: runSs };
