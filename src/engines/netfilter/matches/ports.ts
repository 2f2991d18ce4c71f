/**
 * The port matches: tcp (ports, flags, option), udp and sctp, and the
 * shared port printing (`dpt:http`, `spts:1024:65535`, `dpt:!443`).
 */
import { defineMatch, type MatchModule, paramError, strtoui } from '../ext.js';
import type { NameDb } from '../names.js';
import type { PacketCtx } from '../types.js';

export interface PortRange {
  lo: number;
  hi: number;
  inv: boolean;
}

export interface PortMatch {
  sport?: PortRange;
  dport?: PortRange;
  flagsMask?: number;
  flagsCmp?: number;
  flagsInv?: boolean;
  option?: number;
  optionInv?: boolean;
}

const TCP_FLAGS: ReadonlyArray<[string, number]> = [
  ['FIN', 0x01],
  ['SYN', 0x02],
  ['RST', 0x04],
  ['PSH', 0x08],
  ['ACK', 0x10],
  ['URG', 0x20],
  ['ALL', 0x3f],
  ['NONE', 0],
];

/** getservbyport for the listing: a service name, or the number. */
export function portText(port: number, proto: string, names: NameDb | null): string {
  return (names?.service(port, proto) ?? null) || String(port);
}

function printRange(label: string, r: PortRange | undefined, proto: string, names: NameDb | null): string {
  if (!r || (r.lo === 0 && r.hi === 0xffff && !r.inv)) return '';
  const inv = r.inv ? '!' : '';
  if (r.lo === r.hi) return ` ${label}:${inv}${portText(r.lo, proto, names)}`;
  return ` ${label}s:${inv}${portText(r.lo, proto, names)}:${portText(r.hi, proto, names)}`;
}

function saveRange(opt: string, r: PortRange | undefined): string {
  if (!r || (r.lo === 0 && r.hi === 0xffff)) return '';
  const inv = r.inv ? ' !' : '';
  return r.lo === r.hi ? `${inv} --${opt} ${r.lo}` : `${inv} --${opt} ${r.lo}:${r.hi}`;
}

/** xtables_parse_port: a number 0-65535 or a service name for `proto`. */
export function parsePort(s: string, proto: string, names: NameDb): number {
  const n = strtoui(s, 0, 0xffff);
  if (n !== null) return n;
  const p = names.port(s, proto);
  if (p !== null) return p;
  return paramError(`invalid port/service \`${s}' specified`);
}

/** tcp/sctp style ranges: `80`, `80:90`, `:1023`, `3000:`. */
export function parsePortRange(s: string, proto: string, names: NameDb, inv: boolean): PortRange {
  const i = s.indexOf(':');
  if (i < 0) {
    const p = parsePort(s, proto, names);
    return { lo: p, hi: p, inv };
  }
  const a = s.slice(0, i);
  const b = s.slice(i + 1);
  const lo = a ? parsePort(a, proto, names) : 0;
  const hi = b ? parsePort(b, proto, names) : 0xffff;
  if (lo > hi) paramError('invalid portrange (min > max)');
  return { lo, hi, inv };
}

/** getaddrinfo(NULL, name): numbers wrap at 16 bits, names resolve in any protocol. */
function portByName(s: string, names: NameDb): number {
  if (/^\d+$/.test(s)) return Number(BigInt(s) & 0xffffn);
  const p = names.port(s, 'tcp') ?? names.port(s, 'udp') ?? names.port(s, 'sctp');
  if (p === null) paramError(`Port "${s}" does not resolve to anything.\n`);
  return p;
}

/** udp's x6 port range parser: no range check, numbers truncated (1.8.9). */
function parseUdpRange(s: string, names: NameDb, inv: boolean): PortRange {
  const parts = s.split(':');
  if (parts.length > 2) paramError('udp: Too many ports specified\n');
  const lo = parts[0] ? portByName(parts[0], names) : 0;
  if (parts.length === 1) return { lo, hi: lo, inv };
  const hi = parts[1] ? portByName(parts[1], names) : 0xffff;
  return { lo, hi, inv };
}

function inRange(r: PortRange | undefined, v: number | undefined): boolean {
  if (!r) return true;
  const hit = v !== undefined && v >= r.lo && v <= r.hi;
  return hit !== r.inv;
}

function tcpFlagsOf(p: PacketCtx): number {
  switch (p.packet.tcp) {
    case 'SYN':
      return 0x02;
    case 'SYN-ACK':
      return 0x12;
    case 'RST':
      return 0x14;
    case 'FIN':
      return 0x11;
    default:
      return 0x10;
  }
}

function parseFlags(s: string): number {
  let v = 0;
  for (const f of s.split(',')) {
    const e = TCP_FLAGS.find(([n]) => n.toLowerCase() === f.toLowerCase());
    if (!e) paramError(`Unknown TCP flag \`${f}'`);
    v |= e[1];
  }
  return v;
}

function flagNames(v: number): string {
  const out: string[] = [];
  for (const [n, bit] of TCP_FLAGS.slice(0, 6)) if (v & bit) out.push(n);
  return out.length ? out.join(',') : 'NONE';
}

function hex2(v: number): string {
  return `0x${v.toString(16).toUpperCase().padStart(2, '0')}`;
}

function portsMatch(d: PortMatch, p: PacketCtx): boolean {
  if (p.packet.sport === undefined && p.packet.dport === undefined) return false;
  return inRange(d.sport, p.packet.sport) && inRange(d.dport, p.packet.dport);
}

export const TCP_MATCH: MatchModule<PortMatch> = defineMatch<PortMatch>({
  name: 'tcp',
  opts: [
    { name: 'source-port', arg: true, inv: true },
    { name: 'sport', arg: true, inv: true },
    { name: 'destination-port', arg: true, inv: true },
    { name: 'dport', arg: true, inv: true },
    { name: 'syn', arg: false, inv: true },
    { name: 'tcp-flags', arg: true, inv: true },
    { name: 'tcp-option', arg: true, inv: true },
  ],
  init: () => ({}),
  parse(d, opt, arg, inv, ctx) {
    switch (opt) {
      case 'source-port':
      case 'sport':
        if (d.sport) paramError("Only one `--source-port' allowed");
        d.sport = parsePortRange(arg, 'tcp', ctx.names, inv);
        return;
      case 'destination-port':
      case 'dport':
        if (d.dport) paramError("Only one `--destination-port' allowed");
        d.dport = parsePortRange(arg, 'tcp', ctx.names, inv);
        return;
      case 'syn':
      case 'tcp-flags': {
        if (d.flagsMask !== undefined) paramError("Only one of `--syn' or `--tcp-flags'  allowed");
        if (opt === 'syn') {
          d.flagsMask = 0x17;
          d.flagsCmp = 0x02;
        } else {
          const next = ctx.take?.();
          if (next === undefined) paramError('--tcp-flags requires two args.');
          d.flagsMask = parseFlags(arg);
          d.flagsCmp = parseFlags(next);
        }
        d.flagsInv = inv;
        return;
      }
      default: {
        if (d.option !== undefined) paramError("Only one `--tcp-option' allowed");
        const n = strtoui(arg, 1, 255);
        if (n === null) paramError(`Bad TCP option "${arg}"`);
        d.option = n;
        d.optionInv = inv;
      }
    }
  },
  print(d, numeric, ctx) {
    const names = numeric ? null : ctx.names;
    let s = ` tcp${printRange('spt', d.sport, 'tcp', names)}${printRange('dpt', d.dport, 'tcp', names)}`;
    if (d.option !== undefined) s += ` option=${d.optionInv ? '!' : ''}${d.option}`;
    if (d.flagsMask !== undefined || d.flagsInv) {
      const m = d.flagsMask ?? 0;
      const c = d.flagsCmp ?? 0;
      s += ` flags:${d.flagsInv ? '!' : ''}`;
      s += numeric ? `${hex2(m)}/${hex2(c)}` : `${flagNames(m)}/${flagNames(c)}`;
    }
    return s;
  },
  save(d) {
    let s = saveRange('sport', d.sport) + saveRange('dport', d.dport);
    if (d.option !== undefined) s += `${d.optionInv ? ' !' : ''} --tcp-option ${d.option}`;
    if (d.flagsMask !== undefined)
      s += `${d.flagsInv ? ' !' : ''} --tcp-flags ${flagNames(d.flagsMask)} ${flagNames(d.flagsCmp ?? 0)}`;
    return s;
  },
  final(_d, ctx) {
    if (ctx.proto !== 6) paramError("TCP match requires '-p tcp'");
  },
  match(d, p) {
    if (p.packet.proto !== 'tcp' || !portsMatch(d, p)) return false;
    if (d.flagsMask !== undefined) {
      const hit = (tcpFlagsOf(p) & d.flagsMask) === (d.flagsCmp ?? 0);
      if (hit === !!d.flagsInv) return false;
    }
    return true;
  },
  dport: (d) => (d.dport && !d.dport.inv && d.dport.lo === d.dport.hi ? d.dport.lo : undefined),
});

function simplePorts(name: 'udp' | 'sctp'): MatchModule<PortMatch> {
  return defineMatch<PortMatch>({
    name,
    opts: [
      { name: 'source-port', arg: true, inv: true, id: 'sport' },
      { name: 'sport', arg: true, inv: true, id: 'sport' },
      { name: 'destination-port', arg: true, inv: true, id: 'dport' },
      { name: 'dport', arg: true, inv: true, id: 'dport' },
    ],
    init: () => ({}),
    parse(d, opt, arg, inv, ctx) {
      const src = opt === 'source-port' || opt === 'sport';
      if (name === 'udp') {
        if (src ? d.sport : d.dport)
          paramError(`udp: option "--${src ? 'source-port' : 'destination-port'}" can only be used once.\n`);
        const r = parseUdpRange(arg, ctx.names, inv);
        if (src) d.sport = r;
        else d.dport = r;
        return;
      }
      if (src ? d.sport : d.dport) paramError(`Only one \`--${src ? 'source' : 'destination'}-port' allowed`);
      const r = parsePortRange(arg, name, ctx.names, inv);
      if (src) d.sport = r;
      else d.dport = r;
    },
    final(_d, ctx) {
      if (name === 'udp' && ctx.proto !== 17) paramError("UDP match requires '-p udp'");
    },
    valid: (_d, c) => name === 'udp' || c.proto === 132,
    print(d, numeric, ctx) {
      const names = numeric ? null : ctx.names;
      return ` ${name}${printRange('spt', d.sport, name, names)}${printRange('dpt', d.dport, name, names)}`;
    },
    save: (d) => saveRange('sport', d.sport) + saveRange('dport', d.dport),
    match: (d, p) => name === 'udp' && p.packet.proto === 'udp' && portsMatch(d, p),
    dport: (d) => (d.dport && !d.dport.inv && d.dport.lo === d.dport.hi ? d.dport.lo : undefined),
  });
}

export const UDP_MATCH = simplePorts('udp');
export const SCTP_MATCH = simplePorts('sctp');
