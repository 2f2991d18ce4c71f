/**
 * net-tools 2.10 `netstat` (netstat.c): the Internet connections the
 * namespace's /proc/net/tcp, tcp6, udp and udp6 would list (sockets.ts
 * gives them in that order), the UNIX-socket section (UNIX sockets are not
 * modelled: its header only), the routing table (-r) and the interface
 * table (-i).
 *
 * A TCP socket is a server when it has no peer port (-l shows only those,
 * the default only the others, -a both); a UDP one when it has no peer
 * address. Addresses go through addr_do_one: 23 columns, cut to fit unless
 * -W; IPv4 names from /etc/hosts or DNS unless -n (0.0.0.0 stays),
 * IPv6 sockets print `::`/`[::]` for the wildcard and the bare IPv4 of a
 * mapped address; every port by /etc/services name unless -n.
 */
import { getnameinfo } from '../../engines/resolver/getaddrinfo.js';
import { formatIPv4 } from '../../model/inet.js';
import { lowerUp } from '../../model/link-state.js';
import { linksOf } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { getopt, type OptDef } from '../getopt.js';
import { NETSTAT_AF_LIST, NETSTAT_USAGE, NETSTAT_VERSION } from './netstat-usage.js';
import { printRouteTable } from './nettools-route.js';
import { type SockRow, serviceName, servicesOf, socketOwner, socketRows } from './sockets.js';

const OPTS: OptDef[] = [
  ...'CFMacdeghilnNoprsStuUvVWw2fx64?Z'.split('').map((c) => ({ key: c, short: c })),
  { key: 'A', short: 'A', arg: 'required' },
  ...['ax25', 'ip', 'ipx', 'appletalk', 'netrom', 'inet', 'inet6', 'ddp', 'unix', 'tcpip'].map((long) => ({
    key: `af:${long}`,
    long,
  })),
  ...(
    [
      ['version', 'V'],
      ['interfaces', 'i'],
      ['help', 'h'],
      ['route', 'r'],
      ['masquerade', 'M'],
      ['tcp', 't'],
      ['sctp', 'S'],
      ['udp', 'u'],
      ['udplite', 'U'],
      ['raw', 'w'],
      ['l2cap', '2'],
      ['rfcomm', 'f'],
      ['listening', 'l'],
      ['all', 'a'],
      ['timers', 'o'],
      ['continuous', 'c'],
      ['extend', 'e'],
      ['programs', 'p'],
      ['verbose', 'v'],
      ['statistics', 's'],
      ['wide', 'W'],
      ['numeric', 'n'],
      ['numeric-hosts', 'num-hosts'],
      ['numeric-ports', 'num-ports'],
      ['numeric-users', 'num-users'],
      ['symbolic', 'N'],
      ['cache', 'C'],
      ['fib', 'F'],
      ['groups', 'g'],
      ['context', 'Z'],
    ] as const
  ).map(([long, key]) => ({ key, long })),
  { key: 'A', long: 'protocol', arg: 'required' },
];

/** aftrans: the families -A, -4/-6 and --inet... name. */
const AF_ALIASES: Record<string, string> = {
  inet: 'inet',
  ip: 'inet',
  tcpip: 'inet',
  inet6: 'inet6',
  unix: 'unix',
  ipx: 'ipx',
  ax25: 'ax25',
  netrom: 'netrom',
  appletalk: 'ddp',
  ddp: 'ddp',
  x25: 'x25',
  rose: 'rose',
  econet: 'ec',
  ash: 'ash',
};

interface NetstatFlags {
  all: boolean;
  lst: boolean;
  prg: boolean;
  wide: boolean;
  numHost: boolean;
  numPort: boolean;
  tcp: boolean;
  udp: boolean;
  raw: boolean;
  unix: boolean;
  inet: boolean;
  inet6: boolean;
}

function usage(p: Proc, error: string | null): number {
  if (error === null) {
    p.out(NETSTAT_USAGE);
    p.err(NETSTAT_AF_LIST);
    return 0;
  }
  p.err(`${error}${NETSTAT_USAGE}${NETSTAT_AF_LIST}`);
  return 3;
}

export function runNetstat(p: Proc): number {
  const g = getopt('netstat', p.argv.slice(1), OPTS);
  const f: NetstatFlags = {
    all: false,
    lst: false,
    prg: false,
    wide: false,
    numHost: false,
    numPort: false,
    tcp: false,
    udp: false,
    raw: false,
    unix: false,
    inet: false,
    inet6: false,
  };
  let extend = 0;
  let route = false;
  let iface = false;
  let others = 0;
  let sctp = false;
  let udplite = false;
  const unmodelled: string[] = [];
  const family = (list: string): string | null => {
    for (const name of list.split(',')) {
      const af = AF_ALIASES[name];
      if (!af) return `Unknown address family \`${name}'.\n`;
      if (af === 'inet') f.inet = true;
      else if (af === 'inet6') f.inet6 = true;
      else if (af === 'unix') f.unix = true;
      else unmodelled.push(`-A ${name}`);
    }
    return null;
  };
  for (const o of g.opts) {
    const k = o.key;
    if (k.startsWith('af:') || k === 'A' || k === '4' || k === '6' || k === 'x') {
      const name = k.startsWith('af:')
        ? k.slice(3)
        : k === 'A'
          ? (o.value ?? '')
          : k === '4'
            ? 'inet'
            : k === '6'
              ? 'inet6'
              : 'unix';
      const bad = family(name);
      if (bad) {
        p.err(bad);
        return 1;
      }
    } else if (k === 'a') f.all = true;
    else if (k === 'l') f.lst = true;
    else if (k === 'e') extend++;
    else if (k === 'p') f.prg = true;
    else if (k === 'i') iface = true;
    else if (k === 'W') f.wide = true;
    else if (k === 'n') f.numHost = f.numPort = true;
    else if (k === 'num-hosts') f.numHost = true;
    else if (k === 'num-ports') f.numPort = true;
    else if (k === 'r') route = true;
    else if (k === 't') f.tcp = true;
    else if (k === 'u') f.udp = true;
    else if (k === 'w') f.raw = true;
    else if (k === 'S') sctp = true;
    else if (k === 'U') udplite = true;
    else if (k === 'V') {
      p.out(NETSTAT_VERSION);
      return 0;
    } else if (k === 'Z') {
      p.err('SELinux is not enabled on this machine.\n');
      return 1;
    } else if (k === 'h' || k === '?') return usage(p, null);
    else if (k === 'M' || k === 's') {
      others++;
      unmodelled.push(`-${k}`);
    } else if (k === 'c') unmodelled.push('-c');
    else if (k === 'o') unmodelled.push('-o');
    else if (k === 'g') unmodelled.push('-g');
    else if (k === '2' || k === 'f') unmodelled.push(k === '2' ? '--l2cap' : '--rfcomm');
  }
  if (!g.ok) return usage(p, `${g.error}\n`);
  if (Number(iface) + Number(route) + others > 1) return usage(p, '');
  if (unmodelled.length) {
    p.err(`knetlab: netstat ${unmodelled[0]} is not modelled\n`);
    return 1;
  }
  if (route) return printRouteTable(p, f.numHost, extend === 0 ? 'netstat' : extend === 1 ? 'route' : 'wide');
  if (iface) return printInterfaces(p);
  if (extend > 0) {
    p.err('knetlab: netstat -e (socket owners and inodes) is not modelled\n');
    return 1;
  }
  // -4/-6/-A inet alone mean every internet protocol; a protocol alone means both families
  if ((f.inet || f.inet6) && !(f.tcp || f.udp || f.raw || sctp || udplite)) {
    f.tcp = f.udp = f.raw = true;
    sctp = udplite = true;
  }
  if ((f.tcp || f.udp || f.raw || sctp || udplite) && !(f.inet || f.inet6)) f.inet = f.inet6 = true;
  const anyArg = f.tcp || f.udp || f.raw || sctp || udplite || f.unix;
  if (!anyArg) f.tcp = f.udp = f.raw = f.unix = f.inet = f.inet6 = true;
  const which = f.all ? '(servers and established)' : f.lst ? '(only servers)' : '(w/o servers)';
  const prg = f.prg ? ` ${'PID/Program name'.padEnd(20)}` : '';
  let out = '';
  if (!anyArg || f.tcp || f.udp || f.raw || sctp || udplite) {
    out += `Active Internet connections ${which}\nProto Recv-Q Send-Q Local Address           Foreign Address         State      ${prg}\n`;
    const rows = socketRows(p.ctx.ns);
    for (const proto of ['tcp', 'udp'] as const) {
      if (proto === 'tcp' ? !f.tcp : !f.udp) continue;
      for (const r of rows) {
        if (r.proto !== proto || (r.v6 ? !f.inet6 : !f.inet)) continue;
        const server = proto === 'tcp' ? r.rport === 0 : r.raddr === 0;
        if (!f.all && server !== f.lst) continue;
        out += line(p, f, r);
      }
    }
  }
  if (f.unix) {
    out += `Active UNIX domain sockets ${which}\nProto RefCnt Flags       Type       State         I-Node  ${prg} Path\n`;
  }
  p.out(out);
  return 0;
}

function line(p: Proc, f: NetstatFlags, r: SockRow): string {
  const services = servicesOf(p);
  const host = (a: number): string => {
    if (r.v6) {
      if (a === 0) return f.numHost ? '::' : '[::]';
      return formatIPv4(a);
    }
    if (f.numHost || a === 0) return formatIPv4(a);
    return (
      getnameinfo({ world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs, env: p.ctx.env }, a) ?? formatIPv4(a)
    );
  };
  const port = (n: number): string => {
    if (n === 0) return '*';
    if (f.numPort) return String(n);
    return serviceName(services, n, r.proto) ?? String(n);
  };
  const local = addrDoOne(host(r.laddr), port(r.lport), f.wide);
  const remote = addrDoOne(host(r.raddr), port(r.rport), f.wide);
  const proto = `${r.proto}${r.v6 ? '6' : ''}`;
  const state = r.state === 'ESTAB' ? 'ESTABLISHED' : r.state === 'LISTEN' ? 'LISTEN' : '';
  // /proc/net/tcp counts a listener's queue, not its backlog
  const sendQ = r.state === 'LISTEN' ? 0 : r.sendQ;
  let out = `${proto.padEnd(4)}  ${String(r.recvQ).padStart(6)} ${String(sendQ).padStart(6)} ${local.padEnd(23)} ${remote.padEnd(23)} ${state.padEnd(11)}`;
  if (f.prg) {
    const who = socketOwner(p, r);
    out += ` ${(who ? `${who.pid}/${who.cmdName}`.slice(0, 19) : '-').padEnd(20)}`;
  }
  return `${out}\n`;
}

/** addr_do_one(): "host:port", cut to 22+1 characters unless -W (the port keeps up to 18). */
function addrDoOne(host: string, port: string, wide: boolean): string {
  if (wide || host.length + port.length <= 22) return `${host}:${port}`;
  const portLen = Math.min(port.length, 18);
  return `${host.slice(0, 22 - portLen)}:${port.slice(0, portLen)}`;
}

function printInterfaces(p: Proc): number {
  const links = linksOf(p.ctx.world, p.ctx.ns)
    .filter((l) => l.adminUp)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let out = 'Kernel Interface table\n';
  out += `${'Iface'.padEnd(15)} ${'MTU'.padStart(5)} ${'RX-OK'.padStart(8)} ${'RX-ERR'.padStart(6)} ${'RX-DRP'.padStart(6)} ${'RX-OVR'.padEnd(6)} ${'TX-OK'.padStart(8)} ${'TX-ERR'.padStart(6)} ${'TX-DRP'.padStart(6)} ${'TX-OVR'.padStart(6)} Flg\n`;
  for (const l of links) {
    let flg = '';
    if (l.kind !== 'loopback') flg += 'B';
    if (l.kind === 'loopback') flg += 'L';
    if (l.kind !== 'loopback') flg += 'M';
    if (l.promisc) flg += 'P';
    if (lowerUp(p.ctx.world, l)) flg += 'R';
    flg += 'U';
    const s = l.stats;
    out += `${l.name.padEnd(15)} ${String(l.mtu).padStart(5)} ${String(s.rxPackets).padStart(8)} ${'0'.padStart(6)} ${String(s.rxDropped).padStart(6)} ${'0'.padEnd(6)} ${String(s.txPackets).padStart(8)} ${'0'.padStart(6)} ${String(s.txDropped).padStart(6)} ${'0'.padStart(6)} ${flg}\n`;
  }
  p.out(out);
  return 0;
}
