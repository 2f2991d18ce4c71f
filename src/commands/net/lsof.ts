/**
 * `lsof -i` (lsof 4.95) over the TCP and UDP sockets of the caller's
 * namespace (sockets.ts): one line per open socket, processes by pid and
 * their sockets by fd. Selection: -i [46][proto][@host][:port,...|name|a-b]
 * (several -i are alternatives), -s TCP:STATE[,...] (^ excludes), and with
 * -a also -p/-c/-u; -n, -P, -l, -t, -T. Columns are sized from the data:
 * COMMAND (9 characters of the name) left, PID, USER, FD (at least 4
 * wide), TYPE, DEVICE, SIZE/OFF and NODE right; NAME shows a wildcard as
 * `*`, an IPv4-mapped address as plain IPv4, `->` to the peer and the TCP
 * state in parentheses. DEVICE is the socket inode, a stand-in (see
 * socketInode). Only sockets are modelled: listing other files (no -i, or
 * -p/-c/-u without -a, or file names) says so.
 */
import { gethostbyname2, getnameinfo } from '../../engines/resolver/getaddrinfo.js';
import { formatIPv4, parseIPv4 } from '../../model/inet.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { uidOf } from '../proc/procs.js';
import { LSOF_HELP, LSOF_USAGE, LSOF_VERSION } from './lsof-usage.js';
import {
  type SockOwner,
  type SockRow,
  serviceName,
  servicePort,
  servicesOf,
  socketInode,
  socketOwner,
  socketRows,
} from './sockets.js';

interface InetSpec {
  family: 0 | 4 | 6;
  proto: 'tcp' | 'udp' | null;
  addrs: number[] | null;
  ports: Array<[number, number]> | null;
}

interface LsofOpts {
  inet: InetSpec[] | null;
  and: boolean;
  numericHost: boolean;
  numericPort: boolean;
  numericUid: boolean;
  terse: boolean;
  noState: boolean;
  tcpStates: { include: Set<string>; exclude: Set<string> } | null;
  pids: { include: Set<number>; exclude: Set<number> } | null;
  commands: string[] | null;
  users: string[] | null;
  names: string[];
}

class LsofError {
  constructor(readonly text: string) {}
}

const TCP_STATES = [
  'CLOSED',
  'ESTABLISHED',
  'SYN_SENT',
  'SYN_RECV',
  'FIN_WAIT1',
  'FIN_WAIT2',
  'TIME_WAIT',
  'CLOSE_WAIT',
  'LAST_ACK',
  'LISTEN',
  'CLOSING',
];

function parseInet(p: Proc, spec: string): InetSpec {
  const bad = (what: string) => new LsofError(`lsof: ${what} in: -i ${spec}\n`);
  const out: InetSpec = { family: 0, proto: null, addrs: null, ports: null };
  let rest = spec;
  if (rest[0] === '4' || rest[0] === '6') {
    out.family = rest[0] === '4' ? 4 : 6;
    rest = rest.slice(1);
  }
  const stop = rest.search(/[@:]/);
  const proto = stop < 0 ? rest : rest.slice(0, stop);
  rest = stop < 0 ? '' : rest.slice(stop);
  if (proto) {
    const lower = proto.toLowerCase();
    if (lower !== 'tcp' && lower !== 'udp') throw bad(`unknown protocol name (${proto})`);
    out.proto = lower;
  }
  if (rest.startsWith('@')) {
    let host: string;
    if (rest.startsWith('@[')) {
      const close = rest.indexOf(']');
      host = close < 0 ? '' : rest.slice(2, close);
      rest = close < 0 ? '' : rest.slice(close + 1);
    } else {
      const colon = rest.indexOf(':');
      host = colon < 0 ? rest.slice(1) : rest.slice(1, colon);
      rest = colon < 0 ? '' : rest.slice(colon);
    }
    if (!host) throw bad('unacceptable Internet address');
    const v4 = parseIPv4(host);
    if (v4 !== null) out.addrs = [v4];
    else if (host.includes(':')) out.addrs = [];
    else {
      const r = gethostbyname2({ world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs }, host, 4);
      if (!r.ok) throw bad(`unknown host name (${host})`);
      out.addrs = r.host.v4;
    }
  }
  if (rest.startsWith(':')) {
    const services = servicesOf(p);
    out.ports = [];
    for (const item of rest.slice(1).split(',')) {
      const range = /^(\d+)-(\d+)$/.exec(item);
      if (range) {
        const [lo, hi] = [Number(range[1]), Number(range[2])];
        if (lo > hi) throw bad('unacceptable port specification');
        out.ports.push([lo, hi]);
      } else if (/^\d+$/.test(item)) out.ports.push([Number(item), Number(item)]);
      else {
        const protos = out.proto ? [out.proto] : (['tcp', 'udp'] as const);
        const ports = protos.map((pr) => servicePort(services, item, pr)).filter((x) => x !== null);
        if (ports.length === 0) throw bad(`unknown service ${item}`);
        for (const n of ports) out.ports.push([n, n]);
      }
    }
  } else if (rest) throw bad('unacceptable Internet address');
  return out;
}

function parseSet<T>(list: string, conv: (s: string) => T): { include: Set<T>; exclude: Set<T> } {
  const include = new Set<T>();
  const exclude = new Set<T>();
  for (const item of list.split(',')) {
    if (item.startsWith('^')) exclude.add(conv(item.slice(1)));
    else include.add(conv(item));
  }
  return { include, exclude };
}

function parseArgs(p: Proc, args: string[]): LsofOpts | number {
  const o: LsofOpts = {
    inet: null,
    and: false,
    numericHost: false,
    numericPort: false,
    numericUid: false,
    terse: false,
    noState: false,
    tcpStates: null,
    pids: null,
    commands: null,
    users: null,
    names: [],
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      o.names.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a.length < 2) {
      o.names.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      const attached = a.slice(j + 1);
      const next = args[i + 1];
      const value = (optional: (v: string) => boolean): string | null => {
        if (attached) {
          j = a.length;
          return attached;
        }
        if (next !== undefined && optional(next)) {
          i++;
          j = a.length;
          return next;
        }
        return null;
      };
      if (c === 'i') {
        const spec = value((v) => !v.startsWith('-'));
        o.inet ??= [];
        if (spec !== null) o.inet.push(parseInet(p, spec));
        else o.inet.push({ family: 0, proto: null, addrs: null, ports: null });
      } else if (c === 's') {
        const spec = value((v) => /^(tcp|udp):/i.test(v));
        if (spec === null) continue;
        const m = /^(tcp|udp):(.*)$/i.exec(spec);
        if (!m || (m[1] as string).toUpperCase() !== 'TCP')
          throw new LsofError(
            `lsof: unknown ${(m?.[1] ?? 'UDP').toUpperCase()} state name: ${m?.[2] ?? spec}\n`,
          );
        const set = parseSet(m[2] as string, (s) => s.toUpperCase());
        for (const st of [...set.include, ...set.exclude])
          if (!TCP_STATES.includes(st)) throw new LsofError(`lsof: unknown TCP state name: ${st}\n`);
        o.tcpStates = set;
      } else if (c === 'p' || c === 'c' || c === 'u') {
        const v = value(() => true);
        if (v === null)
          throw new LsofError(
            `lsof: -${c} not followed by a ${c === 'p' ? 'PID' : c === 'c' ? 'command' : 'UID'} specification\n`,
          );
        if (c === 'p') {
          o.pids = parseSet(v, (s) => {
            if (!/^\d+$/.test(s)) throw new LsofError(`lsof: illegal process ID: ${s}\n`);
            return Number(s);
          });
        } else if (c === 'c') o.commands = v.split(',');
        else o.users = v.split(',');
      } else if (c === 'a') o.and = true;
      else if (c === 'n') o.numericHost = true;
      else if (c === 'P') o.numericPort = true;
      else if (c === 'l') o.numericUid = true;
      else if (c === 't') o.terse = true;
      else if (c === 'T') o.noState = true;
      else if (c === 'w' || c === 'V' || c === 'b' || c === 'O' || c === 'X') {
        // warnings, verbose search, kernel avoidance: nothing to change here
      } else if (c === 'h' || c === '?') {
        p.err(LSOF_HELP);
        return 0;
      } else if (c === 'v') {
        p.err(LSOF_VERSION);
        return 0;
      } else {
        p.err(`knetlab: lsof -${c} is not modelled (only network sockets are)\n`);
        return 1;
      }
    }
  }
  return o;
}

function selected(o: LsofOpts, r: SockRow, who: SockOwner | null): boolean {
  const inet =
    o.inet === null ||
    o.inet.some(
      (s) =>
        (s.family === 0 || (s.family === 6) === r.v6) &&
        (s.proto === null || s.proto === r.proto) &&
        (s.addrs === null || s.addrs.some((a) => a === r.laddr || (r.state === 'ESTAB' && a === r.raddr))) &&
        (s.ports === null ||
          s.ports.some(
            ([lo, hi]) =>
              (r.lport >= lo && r.lport <= hi) || (r.state === 'ESTAB' && r.rport >= lo && r.rport <= hi),
          )),
    );
  if (!inet) return false;
  if (o.tcpStates) {
    if (r.proto !== 'tcp') return false;
    const name = r.state === 'ESTAB' ? 'ESTABLISHED' : 'LISTEN';
    if (o.tcpStates.exclude.has(name)) return false;
    if (o.tcpStates.include.size > 0 && !o.tcpStates.include.has(name)) return false;
  }
  if (o.pids) {
    const pid = who?.pid ?? -1;
    if (o.pids.exclude.has(pid) || (o.pids.include.size > 0 && !o.pids.include.has(pid))) return false;
  }
  if (o.commands && !o.commands.some((c) => (who?.comm ?? '').startsWith(c))) return false;
  if (o.users && !o.users.some((u) => u === who?.user || u === String(uidOf(who?.user ?? 'root'))))
    return false;
  return true;
}

function runLsof(p: Proc): number {
  let o: LsofOpts | number;
  try {
    o = parseArgs(p, p.argv.slice(1));
  } catch (e) {
    if (!(e instanceof LsofError)) throw e;
    p.err(e.text + LSOF_USAGE);
    return 1;
  }
  if (typeof o === 'number') return o;
  const processSel = o.pids || o.commands || o.users;
  if (o.inet === null || o.names.length > 0 || (processSel && !o.and)) {
    p.err('knetlab: lsof lists network sockets only: give -i (and -a to combine it with -p/-c/-u)\n');
    return 1;
  }
  const ns = p.ctx.ns;
  const services = servicesOf(p);
  const rows = socketRows(ns)
    .map((r) => ({ r, who: socketOwner(p, r) }))
    .filter((x): x is { r: SockRow; who: SockOwner } => x.who !== null && selected(o as LsofOpts, x.r, x.who))
    .sort((a, b) => a.who.pid - b.who.pid || a.r.fd - b.r.fd);
  if (rows.length === 0) return 1;
  if (o.terse) {
    p.out([...new Set(rows.map((x) => x.who.pid))].map((pid) => `${pid}\n`).join(''));
    return 0;
  }
  const env = { world: p.ctx.world, ns, fs: p.ctx.fs, env: p.ctx.env };
  const host = (a: number): string => {
    if (a === 0) return '*';
    if (!o.numericHost) {
      const name = getnameinfo(env, a);
      if (name) return name;
    }
    return formatIPv4(a);
  };
  const port = (r: SockRow, n: number): string =>
    (o.numericPort ? null : serviceName(services, n, r.proto)) ?? String(n);
  const lines = rows.map(({ r, who }) => {
    let name = `${host(r.laddr)}:${port(r, r.lport)}`;
    if (r.state === 'ESTAB') name += `->${host(r.raddr)}:${port(r, r.rport)}`;
    if (!o.noState) name += r.proto === 'tcp' ? ` (${r.state === 'ESTAB' ? 'ESTABLISHED' : 'LISTEN'})` : ' ';
    return {
      cmd: who.comm.slice(0, 9),
      pid: String(who.pid),
      user: o.numericUid ? String(uidOf(who.user)) : who.user,
      fd: String(r.fd),
      type: r.v6 ? 'IPv6' : 'IPv4',
      device: String(socketInode(ns, r)),
      size: '0t0',
      node: r.proto.toUpperCase(),
      name,
    };
  });
  const w = (key: keyof (typeof lines)[number], title: string, min = title.length) =>
    Math.max(min, ...lines.map((l) => l[key].length));
  const cw = w('cmd', 'COMMAND');
  const pw = w('pid', 'PID');
  const uw = w('user', 'USER');
  const fw = w('fd', 'FD', 4);
  const tw = w('type', 'TYPE');
  const dw = w('device', 'DEVICE');
  const sw = w('size', 'SIZE/OFF');
  const nw = w('node', 'NODE');
  let out = `${'COMMAND'.padEnd(cw)} ${'PID'.padStart(pw)} ${'USER'.padStart(uw)} ${'FD'.padStart(fw)}   ${'TYPE'.padStart(tw)} ${'DEVICE'.padStart(dw)} ${'SIZE/OFF'.padStart(sw)} ${'NODE'.padStart(nw)} NAME\n`;
  for (const l of lines)
    out += `${l.cmd.padEnd(cw)} ${l.pid.padStart(pw)} ${l.user.padStart(uw)} ${l.fd.padStart(fw)}u  ${l.type.padStart(tw)} ${l.device.padStart(dw)} ${l.size.padStart(sw)} ${l.node.padStart(nw)} ${l.name}\n`;
  p.out(out);
  return 0;
}

export const LSOF_COMMAND: CommandDef = { name: 'lsof', path: '/usr/bin/lsof', run: runLsof };
