/** REJECT, LOG, MARK, CONNMARK, CT and NOTRACK targets. */
import { formatIPv4 } from '../../../model/inet.js';
import { sysctlGet } from '../../../model/sysctl.js';
import { DEFAULT_EPOCH } from '../../../model/world.js';
import { defineTarget, hex, noInvert, paramError, type TargetModule } from '../ext.js';
import type { RejectWith } from '../hook.js';
import { parseMarkMask, saveString } from '../matches/basic.js';
import type { PacketCtx } from '../types.js';

const REJECT_TYPES: ReadonlyArray<[string, string, RejectWith]> = [
  ['icmp-net-unreachable', 'net-unreach', { type: 3, code: 0 }],
  ['icmp-host-unreachable', 'host-unreach', { type: 3, code: 1 }],
  ['icmp-proto-unreachable', 'proto-unreach', { type: 3, code: 2 }],
  ['icmp-port-unreachable', 'port-unreach', { type: 3, code: 3 }],
  ['icmp-net-prohibited', 'net-prohib', { type: 3, code: 9 }],
  ['icmp-host-prohibited', 'host-prohib', { type: 3, code: 10 }],
  ['tcp-reset', 'tcp-rst', 'tcp-reset'],
  ['icmp-admin-prohibited', 'admin-prohib', { type: 3, code: 13 }],
];

/** ip6tables' reject types (the ICMPv6 codes stand in as ICMP unreachable codes for the walk). */
const REJECT6_TYPES: ReadonlyArray<[string, string, RejectWith]> = [
  ['icmp6-no-route', 'no-route', { type: 3, code: 0 }],
  ['icmp6-adm-prohibited', 'adm-prohibited', { type: 3, code: 13 }],
  ['icmp6-addr-unreachable', 'addr-unreach', { type: 3, code: 1 }],
  ['icmp6-port-unreachable', 'port-unreach', { type: 3, code: 3 }],
  ['tcp-reset', 'tcp-reset', 'tcp-reset'],
  ['icmp6-policy-fail', 'policy-fail', { type: 3, code: 13 }],
  ['icmp6-reject-route', 'reject-route', { type: 3, code: 13 }],
];

const rejectTable = (family: 4 | 6) => (family === 6 ? REJECT6_TYPES : REJECT_TYPES);

export interface RejectTarget {
  with: number;
  family: 4 | 6;
}

export const REJECT_TARGET: TargetModule<RejectTarget> = defineTarget<RejectTarget>({
  name: 'REJECT',
  opts: [{ name: 'reject-with', arg: true }],
  init: () => ({ with: -1, family: 4 }),
  parse(d, opt, arg, inv, ctx) {
    noInvert('REJECT', opt, inv);
    const a = arg.toLowerCase();
    d.family = ctx.family;
    const i = rejectTable(d.family).findIndex(([n, alias]) => n.startsWith(a) || alias.startsWith(a));
    if (i < 0 || a === '') paramError(`unknown reject type "${arg}"`);
    d.with = i;
  },
  final(d, ctx) {
    d.family = ctx.family;
    if (d.with < 0) d.with = 3;
  },
  valid: (d, c) => rejectTable(d.family)[d.with]?.[2] !== 'tcp-reset' || c.proto === 6,
  print: (d) => ` reject-with ${rejectTable(d.family)[d.with]?.[0]}`,
  save: (d) => ` --reject-with ${rejectTable(d.family)[d.with]?.[0]}`,
  exec: (d) => ({
    kind: 'reject',
    with: (rejectTable(d.family)[d.with] as (typeof REJECT_TYPES)[number])[2],
  }),
});

const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];
const LEVEL_ALIASES: Record<string, number> = {
  emerg: 0,
  panic: 0,
  alert: 1,
  crit: 2,
  err: 3,
  error: 3,
  warn: 4,
  warning: 4,
  notice: 5,
  info: 6,
  debug: 7,
};
const LOG_FLAGS: ReadonlyArray<[string, string, number]> = [
  ['log-tcp-sequence', 'tcp-sequence', 1],
  ['log-tcp-options', 'tcp-options', 2],
  ['log-ip-options', 'ip-options', 4],
  ['log-uid', 'uid', 8],
  ['log-macdecode', 'macdecode', 32],
];

export interface LogTarget {
  level: number;
  prefix: string;
  flags: number;
}

/** Seconds since boot as the kernel log stamps them. */
function stamp(now: number): string {
  const s = (now - DEFAULT_EPOCH) / 1000 + 42.5;
  return `[${s.toFixed(6).padStart(12)}]`;
}

/** A kernel log line for a packet, in nf_log_syslog's format. */
export function logLine(p: PacketCtx, prefix: string): string {
  const k = p.packet;
  let s = `${stamp(p.world.clock.now)} ${prefix}IN=${p.inDev?.name ?? ''} OUT=${p.outDev?.name ?? ''} `;
  if (p.physIn) s += `PHYSIN=${p.physIn.name} `;
  if (p.physOut) s += `PHYSOUT=${p.physOut.name} `;
  if (p.inDev) s += `MAC=${p.inDev.mac} `;
  s += `SRC=${formatIPv4(k.src)} DST=${formatIPv4(k.dst)} LEN=${k.len} TOS=0x00 PREC=0x00 TTL=${k.ttl} ID=0 DF `;
  if (k.proto === 'icmp') s += `PROTO=ICMP TYPE=${k.icmp?.type ?? 0} CODE=${k.icmp?.code ?? 0} `;
  else if (k.proto === 'udp') s += `PROTO=UDP SPT=${k.sport} DPT=${k.dport} LEN=${k.len - 20} `;
  else s += `PROTO=TCP SPT=${k.sport} DPT=${k.dport} WINDOW=64240 RES=0x00 ${k.tcp ?? 'ACK'} URGP=0 `;
  if (k.proto === 'icmp' && k.icmp?.id !== undefined) s += `ID=${k.icmp.id} SEQ=${k.icmp.seq ?? 0} `;
  return s;
}

/**
 * The kernel logs LOG packets only from the initial namespace unless
 * net.netfilter.nf_log_all_netns=1. A host's own namespace is the initial
 * one, except in the capture worlds, which live in a child namespace.
 */
function logsHere(p: PacketCtx): boolean {
  if (sysctlGet(p.world, p.ns, 'net.netfilter.nf_log_all_netns') === '1') return true;
  const host = p.world.hosts.get(p.ns.host);
  return p.world.profile.id !== 'debian12-capture' && host?.rootNetns === p.ns.uid && !host.hidden;
}

export const LOG_TARGET: TargetModule<LogTarget> = defineTarget<LogTarget>({
  name: 'LOG',
  opts: [
    { name: 'log-level', arg: true },
    { name: 'log-prefix', arg: true },
    ...LOG_FLAGS.map(([name]) => ({ name, arg: false })),
  ],
  init: () => ({ level: 4, prefix: '', flags: 0 }),
  parse(d, opt, arg, inv) {
    noInvert('LOG', opt, inv);
    if (opt === 'log-level') {
      const n = /^\d+$/.test(arg) ? Number(arg) : LEVEL_ALIASES[arg.toLowerCase()];
      if (n === undefined || n > 7) paramError(`log level "${arg}" unknown\n`);
      d.level = n;
    } else if (opt === 'log-prefix') {
      if (arg.includes('\n')) paramError('Newlines not allowed in --log-prefix');
      d.prefix = arg.slice(0, 29);
    } else d.flags |= LOG_FLAGS.find(([n]) => n === opt)?.[2] ?? 0;
  },
  print(d, numeric) {
    let s = ' LOG';
    if (numeric) s += ` flags ${d.flags} level ${d.level}`;
    else {
      s += ` level ${LOG_LEVELS[d.level]}`;
      for (const [, name, bit] of LOG_FLAGS) if (d.flags & bit) s += ` ${name}`;
    }
    return d.prefix ? `${s} prefix "${d.prefix}"` : s;
  },
  save(d) {
    let s = d.prefix ? ` --log-prefix${saveString(d.prefix)}` : '';
    if (d.level !== 4) s += ` --log-level ${d.level}`;
    for (const [name, , bit] of LOG_FLAGS) if (d.flags & bit) s += ` --${name}`;
    return s;
  },
  exec(d, p) {
    if (logsHere(p)) p.world.dmesg.push(logLine(p, d.prefix));
    return { kind: 'continue' };
  },
});

export interface MarkTarget {
  mark: number;
  mask: number;
  op?: string;
}

export const MARK_TARGET: TargetModule<MarkTarget> = defineTarget<MarkTarget>({
  name: 'MARK',
  opts: ['set-xmark', 'set-mark', 'and-mark', 'or-mark', 'xor-mark'].map((name) => ({ name, arg: true })),
  init: () => ({ mark: 0, mask: 0 }),
  parse(d, opt, arg, inv) {
    noInvert('MARK', opt, inv);
    if (d.op) paramError(`MARK: option "--${d.op}" cannot be used together with "--${opt}".\n`);
    d.op = opt;
    if (opt === 'set-xmark' || opt === 'set-mark') {
      const { mark, mask } = parseMarkMask(arg, 'MARK');
      d.mark = mark;
      d.mask = opt === 'set-mark' ? (mask | mark) >>> 0 : mask;
      return;
    }
    const { mark: v } = parseMarkMask(arg, 'MARK');
    if (opt === 'and-mark') Object.assign(d, { mark: 0, mask: ~v >>> 0 });
    else if (opt === 'or-mark') Object.assign(d, { mark: v, mask: v });
    else Object.assign(d, { mark: v, mask: 0 });
  },
  final(d) {
    if (!d.op) paramError('MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required');
  },
  print(d) {
    if (d.mark === 0) return ` MARK and ${hex(~d.mask)}`;
    if (d.mark === d.mask) return ` MARK or ${hex(d.mark)}`;
    if (d.mask === 0) return ` MARK xor ${hex(d.mark)}`;
    if (d.mask === 0xffffffff) return ` MARK set ${hex(d.mark)}`;
    return ` MARK xset ${hex(d.mark)}/${hex(d.mask)}`;
  },
  save: (d) => ` --set-xmark ${hex(d.mark)}/${hex(d.mask)}`,
  exec(d, p) {
    p.packet = { ...p.packet, mark: ((p.packet.mark & ~d.mask) ^ d.mark) >>> 0 };
    return { kind: 'continue' };
  },
});

export interface ConnmarkTarget {
  mode?: 'set' | 'save' | 'restore';
  mark: number;
  mask: number;
  nfmask: number;
  ctmask: number;
}

export const CONNMARK_TARGET: TargetModule<ConnmarkTarget> = defineTarget<ConnmarkTarget>({
  name: 'CONNMARK',
  opts: ['set-xmark', 'set-mark', 'save-mark', 'restore-mark', 'mask', 'nfmask', 'ctmask'].map((name) => ({
    name,
    arg: !name.endsWith('-mark') || name.startsWith('set'),
  })),
  init: () => ({ mark: 0, mask: 0xffffffff, nfmask: 0xffffffff, ctmask: 0xffffffff }),
  parse(d, opt, arg) {
    if (opt === 'set-xmark' || opt === 'set-mark') {
      const { mark, mask } = parseMarkMask(arg, 'CONNMARK');
      Object.assign(d, { mode: 'set', mark, mask: opt === 'set-mark' ? (mask | mark) >>> 0 : mask });
    } else if (opt === 'save-mark') d.mode = 'save';
    else if (opt === 'restore-mark') d.mode = 'restore';
    else {
      const { mark: m } = parseMarkMask(arg, 'CONNMARK');
      if (opt !== 'ctmask') d.nfmask = m;
      if (opt !== 'nfmask') d.ctmask = m;
    }
  },
  final(d) {
    if (!d.mode) paramError('CONNMARK target: No operation specified');
  },
  print(d) {
    if (d.mode === 'set')
      return d.mask === 0xffffffff
        ? ` CONNMARK set ${hex(d.mark)}`
        : ` CONNMARK xset ${hex(d.mark)}/${hex(d.mask)}`;
    const m = d.nfmask === 0xffffffff && d.ctmask === 0xffffffff ? '' : ` mask ${hex(d.nfmask)}`;
    return ` CONNMARK ${d.mode}${m}`;
  },
  save(d) {
    if (d.mode === 'set') return ` --set-xmark ${hex(d.mark)}/${hex(d.mask)}`;
    return ` --${d.mode}-mark --nfmask ${hex(d.nfmask)} --ctmask ${hex(d.ctmask)}`;
  },
  exec(d, p) {
    const ct = p.ct;
    if (!ct) return { kind: 'continue' };
    if (d.mode === 'set') ct.mark = ((ct.mark & ~d.mask) ^ d.mark) >>> 0;
    else if (d.mode === 'save') ct.mark = ((ct.mark & ~d.ctmask) | (p.packet.mark & d.nfmask)) >>> 0;
    else p.packet = { ...p.packet, mark: ((p.packet.mark & ~d.nfmask) | (ct.mark & d.ctmask)) >>> 0 };
    return { kind: 'continue' };
  },
  usesCt: true,
});

export const CT_TARGET: TargetModule<{ notrack: boolean; zone?: number }> = defineTarget<{
  notrack: boolean;
  zone?: number;
}>({
  name: 'CT',
  opts: [
    { name: 'notrack', arg: false },
    { name: 'zone', arg: true },
  ],
  init: () => ({ notrack: false }),
  parse(d, opt, arg) {
    if (opt === 'notrack') d.notrack = true;
    else d.zone = Number(arg);
  },
  valid: (_d, c) => c.table === 'raw',
  print: (d) => (d.notrack ? ' CT notrack' : d.zone !== undefined ? ` CT zone ${d.zone}` : ''),
  save: (d) => (d.notrack ? ' --notrack' : d.zone !== undefined ? ` --zone ${d.zone}` : ''),
  exec(d, p) {
    if (d.notrack) p.notrack = true;
    return { kind: 'continue' };
  },
});

export const NOTRACK_TARGET: TargetModule<Record<string, never>> = defineTarget<Record<string, never>>({
  name: 'NOTRACK',
  opts: [],
  init: () => ({}),
  parse() {},
  valid: (_d, c) => c.table === 'raw',
  listName: 'CT',
  print: () => ' NOTRACK',
  save: () => '',
  exec(_d, p) {
    p.notrack = true;
    return { kind: 'continue' };
  },
});
