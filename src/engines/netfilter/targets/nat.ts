/**
 * NAT targets: DNAT, SNAT, MASQUERADE and REDIRECT. They run only for the
 * first packet of a connection (the nat table is consulted for NEW
 * connections); the binding they make lives in the conntrack entry, which
 * translates every later packet and the replies.
 */
import { formatIPv4, inSubnet, parseIPv4 } from '../../../model/inet.js';
import type { Link } from '../../../model/types.js';
import { lookupRoute } from '../../router/lookup.js';
import { ctBindNat, replyTaken } from '../conntrack.js';
import { defineTarget, noInvert, paramError, strtoui, type TargetModule } from '../ext.js';
import type { NfHook } from '../hook.js';
import type { PacketCtx, TargetResult } from '../types.js';

const PORT_PROTOS = [6, 17, 132, 33, 136];

export interface NatRange {
  minIp?: number;
  maxIp?: number;
  minPort?: number;
  maxPort?: number;
  random: boolean;
  fully: boolean;
  persistent: boolean;
  given: boolean;
}

function parsePortSpec(s: string): [number, number] {
  const [a, b] = s.split('-', 2);
  const lo = strtoui(a ?? '', 0, 0xffff);
  const hi = b === undefined ? lo : strtoui(b, 0, 0xffff);
  if (lo === null || !a) paramError(`Port \`${a}' not valid`);
  if (hi === null) paramError(`Port \`${b}' not valid`);
  if (hi < lo) paramError(`Port range \`${b}' funky`);
  return [lo, hi];
}

/** `ip[-ip][:port[-port]]` as the NAT targets read it. */
function parseNatRange(d: NatRange, s: string, proto: number): void {
  const colon = s.indexOf(':');
  const ips = colon >= 0 ? s.slice(0, colon) : s;
  if (colon >= 0) {
    if (!PORT_PROTOS.includes(proto)) paramError('Need TCP, UDP, SCTP or DCCP with port specification');
    [d.minPort, d.maxPort] = parsePortSpec(s.slice(colon + 1));
  }
  if (ips) {
    const [a, b] = ips.split('-', 2);
    const lo = parseIPv4(a ?? '');
    if (lo === null) paramError(`Bad IP address "${a}"`);
    const hi = b === undefined ? lo : parseIPv4(b);
    if (hi === null) paramError(`Bad IP address "${b}"`);
    d.minIp = lo;
    d.maxIp = hi;
  }
  d.given = true;
}

function rangeText(d: NatRange): string {
  let s = '';
  if (d.minIp !== undefined) {
    s += formatIPv4(d.minIp);
    if (d.maxIp !== undefined && d.maxIp !== d.minIp) s += `-${formatIPv4(d.maxIp)}`;
  }
  if (d.minPort !== undefined) {
    s += `:${d.minPort}`;
    if (d.maxPort !== d.minPort) s += `-${d.maxPort}`;
  }
  return s;
}

function flagsText(d: NatRange, save: boolean): string {
  const p = save ? ' --' : ' ';
  return (
    (d.random ? `${p}random` : '') +
    (d.fully ? `${p}random-fully` : '') +
    (d.persistent ? `${p}persistent` : '')
  );
}

const init = (): NatRange => ({ random: false, fully: false, persistent: false, given: false });

/** Pick an address/port from a range, deterministically per connection (as the kernel hashes). */
function pick(lo: number, hi: number, seed: number): number {
  if (hi <= lo) return lo;
  return lo + (seed % (hi - lo + 1));
}

function seedOf(p: PacketCtx): number {
  return ((p.packet.src ^ ((p.packet.sport ?? 0) * 2654435761)) >>> 0) % 1000003;
}

/** Choose a source port that keeps the reply tuple unique, as SNAT does. */
function sourcePort(p: PacketCtx, addr: number, d: NatRange): number | undefined {
  const e = p.ct;
  if (!e || e.orig.proto === 1) return undefined;
  const orig = p.packet.sport ?? 0;
  let lo = d.minPort;
  let hi = d.maxPort;
  if (lo === undefined || hi === undefined) {
    if (!d.fully && !d.random) {
      if (!replyTaken(p.ns, { ...e.reply, dst: addr, dport: orig })) return orig;
    }
    lo = 1024;
    hi = 65535;
  }
  let port = d.fully || d.random ? p.world.rng.int(lo, hi + 1) : orig >= lo && orig <= hi ? orig : lo;
  for (let i = 0; i <= hi - lo && replyTaken(p.ns, { ...e.reply, dst: addr, dport: port }); i++)
    port = port >= hi ? lo : port + 1;
  return port;
}

function bind(p: PacketCtx, manip: 'src' | 'dst', addr: number, port: number | undefined): TargetResult {
  const e = p.ct;
  if (!e || p.ctDir !== 0) return { kind: 'accept' };
  const before = manip === 'src' ? p.packet.src : p.packet.dst;
  const beforePort = manip === 'src' ? p.packet.sport : p.packet.dport;
  p.packet = ctBindNat(e, p.packet, manip, addr, port);
  const after = manip === 'src' ? p.packet.src : p.packet.dst;
  const afterPort = manip === 'src' ? p.packet.sport : p.packet.dport;
  const fmt = (a: number, port?: number) => `${formatIPv4(a)}${port !== undefined ? `:${port}` : ''}`;
  p.trace.events.push({
    at: p.at,
    kind: 'nat',
    text: `${manip === 'src' ? 'SNAT' : 'DNAT'} ${fmt(before, beforePort)} -> ${fmt(after, afterPort)}`,
  });
  return { kind: 'accept' };
}

/** The address MASQUERADE uses: the out device's primary address facing the next hop. */
export function masqueradeSource(p: PacketCtx, out: Link | undefined): number | undefined {
  if (!out) return undefined;
  const d = lookupRoute(p.world, p.ns, p.packet.dst);
  const hop = d.kind === 'unicast' ? (d.gateway ?? p.packet.dst) : p.packet.dst;
  const primaries = out.addrs4.filter((a) => !a.secondary && a.scope === 0);
  const own = (primaries.find((a) => inSubnet(hop, a.addr, a.prefix)) ?? primaries[0])?.addr;
  if (own !== undefined) return own;
  // inet_select_addr: a device without a global address (lo) borrows one from another device
  for (const uid of p.ns.byIndex.values()) {
    const a = p.world.links.get(uid)?.addrs4.find((x) => !x.secondary && x.scope === 0);
    if (a) return a.addr;
  }
  return undefined;
}

function natTarget(
  name: string,
  opt: string,
  hooks: readonly NfHook[],
  manip: 'src' | 'dst',
): TargetModule<NatRange> {
  return defineTarget<NatRange>({
    name,
    opts: [
      { name: opt, arg: true },
      { name: 'random', arg: false },
      { name: 'random-fully', arg: false },
      { name: 'persistent', arg: false },
    ],
    init,
    parse(d, o, arg, inv, ctx) {
      noInvert(name, o, inv);
      if (o === opt) {
        if (d.given) paramError(`${name}: option "--${opt}" can only be used once.\n`);
        parseNatRange(d, arg, ctx.proto);
      } else if (o === 'random') d.random = true;
      else if (o === 'random-fully') d.fully = true;
      else d.persistent = true;
    },
    final(d) {
      if (!d.given) paramError(`${name}: option "--${opt}" must be specified\n`);
    },
    valid: (_d, c) => c.table === 'nat' && (!c.builtin || hooks.includes(c.chain as NfHook)),
    print: (d) => ` to:${rangeText(d)}${flagsText(d, false)}`,
    save: (d) => ` --${opt} ${rangeText(d)}${flagsText(d, true)}`,
    exec(d, p) {
      const seed = seedOf(p);
      const addr =
        d.minIp !== undefined
          ? pick(d.minIp, d.maxIp ?? d.minIp, seed)
          : manip === 'src'
            ? p.packet.src
            : p.packet.dst;
      if (manip === 'src') return bind(p, 'src', addr, sourcePort(p, addr, d));
      const port = d.minPort !== undefined ? pick(d.minPort, d.maxPort ?? d.minPort, seed) : undefined;
      return bind(p, 'dst', addr, port);
    },
    usesCt: true,
  });
}

export const DNAT_TARGET = natTarget('DNAT', 'to-destination', ['PREROUTING', 'OUTPUT'], 'dst');
export const SNAT_TARGET = natTarget('SNAT', 'to-source', ['POSTROUTING', 'INPUT'], 'src');

function portsTarget(name: 'MASQUERADE' | 'REDIRECT'): TargetModule<NatRange> {
  const hooks: readonly NfHook[] = name === 'MASQUERADE' ? ['POSTROUTING'] : ['PREROUTING', 'OUTPUT'];
  return defineTarget<NatRange>({
    name,
    opts: [
      { name: 'to-ports', arg: true },
      { name: 'random', arg: false },
      ...(name === 'MASQUERADE' ? [{ name: 'random-fully', arg: false }] : []),
    ],
    init,
    parse(d, o, arg, inv, ctx) {
      noInvert(name, o, inv);
      if (o === 'to-ports') {
        if (!PORT_PROTOS.includes(ctx.proto))
          paramError('Need TCP, UDP, SCTP or DCCP with port specification');
        [d.minPort, d.maxPort] = parsePortSpec(arg);
      } else if (o === 'random') d.random = true;
      else d.fully = true;
    },
    valid: (_d, c) => c.table === 'nat' && (!c.builtin || hooks.includes(c.chain as NfHook)),
    print(d) {
      let s = '';
      if (d.minPort !== undefined)
        s += ` ${name === 'MASQUERADE' ? 'masq ports:' : 'redir ports'} ${d.minPort}${d.maxPort !== d.minPort ? `-${d.maxPort}` : ''}`;
      return s + flagsText(d, false);
    },
    save(d) {
      const ports =
        d.minPort !== undefined
          ? ` --to-ports ${d.minPort}${d.maxPort !== d.minPort ? `-${d.maxPort}` : ''}`
          : '';
      return ports + flagsText(d, true);
    },
    exec(d, p) {
      if (name === 'MASQUERADE') {
        const src = masqueradeSource(p, p.outDev);
        if (src === undefined) return { kind: 'drop' };
        return bind(p, 'src', src, sourcePort(p, src, d));
      }
      const primary = p.inDev?.addrs4.find((a) => !a.secondary)?.addr;
      const dst = p.hook === 'OUTPUT' ? 0x7f000001 : primary;
      if (dst === undefined) return { kind: 'drop' };
      const port = d.minPort !== undefined ? pick(d.minPort, d.maxPort ?? d.minPort, seedOf(p)) : undefined;
      return bind(p, 'dst', dst, port);
    },
    usesCt: true,
  });
}

export const MASQUERADE_TARGET = portsTarget('MASQUERADE');
export const REDIRECT_TARGET = portsTarget('REDIRECT');
