/** icmp, multiport, comment and mark matches. */
import { defineMatch, hex, type MatchModule, noInvert, paramError, strtoui } from '../ext.js';
import { protoToName } from '../names.js';
import { parsePort, portText } from './ports.js';

/** iptables' ICMP type table: name, type, code range. */
export const ICMP_CODES: ReadonlyArray<[string, number, number, number]> = [
  ['any', 0xff, 0, 0xff],
  ['echo-reply', 0, 0, 0xff],
  ['pong', 0, 0, 0xff],
  ['destination-unreachable', 3, 0, 0xff],
  ['network-unreachable', 3, 0, 0],
  ['host-unreachable', 3, 1, 1],
  ['protocol-unreachable', 3, 2, 2],
  ['port-unreachable', 3, 3, 3],
  ['fragmentation-needed', 3, 4, 4],
  ['source-route-failed', 3, 5, 5],
  ['network-unknown', 3, 6, 6],
  ['host-unknown', 3, 7, 7],
  ['network-prohibited', 3, 9, 9],
  ['host-prohibited', 3, 10, 10],
  ['TOS-network-unreachable', 3, 11, 11],
  ['TOS-host-unreachable', 3, 12, 12],
  ['communication-prohibited', 3, 13, 13],
  ['host-precedence-violation', 3, 14, 14],
  ['precedence-cutoff', 3, 15, 15],
  ['source-quench', 4, 0, 0xff],
  ['redirect', 5, 0, 0xff],
  ['network-redirect', 5, 0, 0],
  ['host-redirect', 5, 1, 1],
  ['TOS-network-redirect', 5, 2, 2],
  ['TOS-host-redirect', 5, 3, 3],
  ['echo-request', 8, 0, 0xff],
  ['ping', 8, 0, 0xff],
  ['router-advertisement', 9, 0, 0xff],
  ['router-solicitation', 10, 0, 0xff],
  ['time-exceeded', 11, 0, 0xff],
  ['ttl-exceeded', 11, 0, 0xff],
  ['ttl-zero-during-transit', 11, 0, 0],
  ['ttl-zero-during-reassembly', 11, 1, 1],
  ['parameter-problem', 12, 0, 0xff],
  ['ip-header-bad', 12, 0, 0],
  ['required-option-missing', 12, 1, 1],
  ['timestamp-request', 13, 0, 0xff],
  ['timestamp-reply', 14, 0, 0xff],
  ['address-mask-request', 17, 0, 0xff],
  ['address-mask-reply', 18, 0, 0xff],
];

export interface IcmpMatch {
  type: number;
  codeMin: number;
  codeMax: number;
  inv: boolean;
}

function parseIcmpType(s: string): Omit<IcmpMatch, 'inv'> {
  let found: (typeof ICMP_CODES)[number] | undefined;
  for (const e of ICMP_CODES) {
    if (!e[0].toLowerCase().startsWith(s.toLowerCase())) continue;
    if (found && (found[1] !== e[1] || found[2] !== e[2] || found[3] !== e[3]))
      paramError(`Ambiguous ICMP type \`${s}': \`${found[0]}' or \`${e[0]}'?`);
    found ??= e;
  }
  if (found && s !== '') return { type: found[1], codeMin: found[2], codeMax: found[3] };
  const [t, c] = s.split('/', 2);
  const type = strtoui(t ?? '', 0, 255);
  if (type === null) paramError(`Unknown ICMP type \`${s}'`);
  if (c === undefined) return { type, codeMin: 0, codeMax: 0xff };
  const code = strtoui(c, 0, 255);
  if (code === null) paramError(`Unknown ICMP code \`${s}'`);
  return { type, codeMin: code, codeMax: code };
}

export const ICMP_MATCH: MatchModule<IcmpMatch> = defineMatch<IcmpMatch>({
  name: 'icmp',
  family: 4,
  opts: [{ name: 'icmp-type', arg: true, inv: true }],
  init: () => ({ type: 0xff, codeMin: 0, codeMax: 0xff, inv: false }),
  parse(d, _opt, arg, inv) {
    Object.assign(d, parseIcmpType(arg), { inv });
  },
  print(d, numeric) {
    if (!numeric) {
      const e = ICMP_CODES.find((c) => c[1] === d.type && c[2] === d.codeMin && c[3] === d.codeMax);
      if (e) return ` icmp ${d.inv ? '!' : ''}${e[0]}`;
    }
    let s = ` icmp${d.inv ? ' !' : ''}type ${d.type}`;
    if (d.codeMin === d.codeMax) s += ` code ${d.codeMin}`;
    else if (d.codeMin !== 0 || d.codeMax !== 0xff) s += ` codes ${d.codeMin}-${d.codeMax}`;
    return s;
  },
  save(d) {
    const inv = d.inv ? ' !' : '';
    if (d.type === 0xff && d.codeMin === 0 && d.codeMax === 0xff) return `${inv} --icmp-type any`;
    const code = d.codeMin !== 0 || d.codeMax !== 0xff ? `/${d.codeMin}` : '';
    return `${inv} --icmp-type ${d.type}${code}`;
  },
  valid: (_d, c) => c.proto === 1,
  match(d, p) {
    const h = p.packet.icmp;
    if (p.packet.proto !== 'icmp' || !h) return false;
    const hit = d.type === 0xff || (h.type === d.type && h.code >= d.codeMin && h.code <= d.codeMax);
    return hit !== d.inv;
  },
});

export interface MultiportMatch {
  dir?: 'sports' | 'dports' | 'ports';
  /** [lo, hi] pairs. */
  ports: Array<[number, number]>;
  inv: boolean;
}

const MULTIPORT_PROTOS = [6, 17, 136, 132, 33];

export const MULTIPORT_MATCH: MatchModule<MultiportMatch> = defineMatch<MultiportMatch>({
  name: 'multiport',
  opts: [
    { name: 'source-ports', arg: true, inv: true },
    { name: 'sports', arg: true, inv: true },
    { name: 'destination-ports', arg: true, inv: true },
    { name: 'dports', arg: true, inv: true },
    { name: 'ports', arg: true, inv: true },
  ],
  init: () => ({ ports: [], inv: false }),
  parse(d, opt, arg, inv, ctx) {
    const dir = opt.startsWith('s') ? 'sports' : opt.startsWith('d') ? 'dports' : 'ports';
    const long = { sports: 'source-ports', dports: 'destination-ports', ports: 'ports' };
    if (d.dir)
      paramError(`multiport: option "--${long[d.dir]}" cannot be used together with "--${long[dir]}".\n`);
    d.dir = dir;
    const proto = protoToName(ctx.names, ctx.proto) ?? 'tcp';
    let count = 0;
    for (const item of arg.split(',')) {
      const colon = item.indexOf(':');
      const a = colon < 0 ? item : item.slice(0, colon);
      const b = colon < 0 ? undefined : item.slice(colon + 1);
      const lo = parsePort(a ?? '', proto, ctx.names);
      const hi = b !== undefined ? parsePort(b, proto, ctx.names) : lo;
      if (lo > hi) paramError('invalid portrange specified');
      count += b !== undefined ? 2 : 1;
      if (count > 15) paramError('too many ports specified');
      d.ports.push([lo, hi]);
    }
    d.inv = inv;
  },
  final(d, ctx) {
    if (!MULTIPORT_PROTOS.includes(ctx.proto) || ctx.protoInv)
      paramError("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
    if (!d.dir) paramError('multiport expects an option');
  },
  print(d, numeric, ctx) {
    const proto = protoToName(null, ctx.proto) ?? '';
    const names = numeric ? null : ctx.names;
    const list = d.ports
      .map(([lo, hi]) =>
        lo === hi
          ? portText(lo, proto, names)
          : `${portText(lo, proto, names)}:${portText(hi, proto, names)}`,
      )
      .join(',');
    return ` multiport ${d.dir} ${d.inv ? ' !' : ''}${list}`;
  },
  save(d) {
    const list = d.ports.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}:${hi}`)).join(',');
    return `${d.inv ? ' !' : ''} --${d.dir} ${list}`;
  },
  match(d, p) {
    const { sport, dport } = p.packet;
    if (sport === undefined || dport === undefined) return false;
    const has = (v: number) => d.ports.some(([lo, hi]) => v >= lo && v <= hi);
    const hit = d.dir === 'sports' ? has(sport) : d.dir === 'dports' ? has(dport) : has(sport) || has(dport);
    return hit !== d.inv;
  },
});

/** xtables_save_string: bare when only [A-Za-z0-9_-], else double-quoted with escapes. */
export function saveString(v: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(v)) return ` ${v}`;
  return ` "${v.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}

export const COMMENT_MATCH: MatchModule<{ text?: string }> = defineMatch<{ text?: string }>({
  name: 'comment',
  opts: [{ name: 'comment', arg: true }],
  init: () => ({}),
  parse(d, opt, arg, inv) {
    noInvert('comment', opt, inv);
    if (arg.length > 255) paramError(`comment: option "--comment" must be less than 256 characters long.\n`);
    d.text = arg;
  },
  final(d) {
    if (d.text === undefined) paramError('comment: option "--comment" must be specified\n');
  },
  print: (d) => ` /* ${d.text ?? ''} */`,
  save: (d) => ` --comment${saveString(d.text ?? '')}`,
  match: () => true,
});

export interface MarkMatch {
  mark: number;
  mask: number;
  inv: boolean;
  given: boolean;
}

/** value[/mask] as xtables_parse_mark_mask reads it. */
export function parseMarkMask(s: string, what: string): { mark: number; mask: number } {
  const [a, b] = s.split('/', 2);
  const mark = strtoui(a ?? '', 0, 0xffffffff);
  const mask = b === undefined ? 0xffffffff : strtoui(b, 0, 0xffffffff);
  if (mark === null || mask === null)
    paramError(
      `${what}: bad integer value for option "--${what === 'mark' ? 'mark' : 'set-mark'}", or out of range.\n`,
    );
  return { mark, mask };
}

export const MARK_MATCH: MatchModule<MarkMatch> = defineMatch<MarkMatch>({
  name: 'mark',
  opts: [{ name: 'mark', arg: true, inv: true }],
  init: () => ({ mark: 0, mask: 0xffffffff, inv: false, given: false }),
  parse(d, _opt, arg, inv) {
    Object.assign(d, parseMarkMask(arg, 'mark'), { inv, given: true });
  },
  final(d) {
    if (!d.given) paramError('mark: option "--mark" must be specified\n');
  },
  print: (d) =>
    ` mark match${d.inv ? ' !' : ''} ${hex(d.mark)}${d.mask !== 0xffffffff ? `/${hex(d.mask)}` : ''}`,
  save: (d) => `${d.inv ? ' !' : ''} --mark ${hex(d.mark)}${d.mask !== 0xffffffff ? `/${hex(d.mask)}` : ''}`,
  match: (d, p) => ((p.packet.mark & d.mask) === d.mark) !== d.inv,
});
