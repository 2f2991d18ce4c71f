/**
 * The IPv4 TOS byte in iptables 1.8.9: the `tos` and `dscp` matches and the
 * TOS and DSCP targets of the mangle table (libxt_tos, libxt_dscp,
 * libxt_TOS, libxt_DSCP and tos_values.c): value/mask parsing with the
 * symbolic names, the -L texts (symbolic when the mask is 0x3f, the TOS
 * target's and/or/xor forms) and the -S forms. Packets carry no TOS byte
 * here: packets count as TOS 0, DSCP 0, and the targets change nothing.
 */
import {
  defineMatch,
  defineTarget,
  type MatchModule,
  noInvert,
  paramError,
  strtoui,
  type TargetModule,
} from '../ext.js';

const TOS_SYMBOLS: ReadonlyArray<[number, string]> = [
  [0x10, 'Minimize-Delay'],
  [0x08, 'Maximize-Throughput'],
  [0x04, 'Maximize-Reliability'],
  [0x02, 'Minimize-Cost'],
  [0x00, 'Normal-Service'],
];

const hex2 = (v: number) => `0x${v.toString(16).padStart(2, '0')}`;

/** tos_parse_numeric, then tos_parse_symbolic (mask 0x3f). */
export function parseTos(arg: string): { value: number; mask: number } {
  const [v, m] = arg.split('/', 2);
  const value = strtoui(v ?? '', 0, 0xff);
  const mask = m === undefined ? 0xff : strtoui(m, 0, 0xff);
  if (value !== null && mask !== null) return { value, mask };
  const sym = TOS_SYMBOLS.find(([, name]) => name.toLowerCase() === arg.toLowerCase());
  if (!sym) paramError(`Symbolic name "${arg}" is unknown`);
  return { value: (sym as [number, string])[0], mask: 0x3f };
}

/** tos_try_print_symbolic: ` PREFIXName` when the mask is 0x3f and the value has a name. */
function symbolic(prefix: string, value: number, mask: number): string | null {
  if (mask !== 0x3f) return null;
  const sym = TOS_SYMBOLS.find(([v]) => v === value);
  return sym ? ` ${prefix}${sym[1]}` : null;
}

const DSCP_CLASSES: Record<string, number> = {
  CS0: 0x00,
  CS1: 0x08,
  CS2: 0x10,
  CS3: 0x18,
  CS4: 0x20,
  CS5: 0x28,
  CS6: 0x30,
  CS7: 0x38,
  BE: 0x00,
  AF11: 0x0a,
  AF12: 0x0c,
  AF13: 0x0e,
  AF21: 0x12,
  AF22: 0x14,
  AF23: 0x16,
  AF31: 0x1a,
  AF32: 0x1c,
  AF33: 0x1e,
  AF41: 0x22,
  AF42: 0x24,
  AF43: 0x26,
  EF: 0x2e,
};

function dscpClass(arg: string): number {
  const v = DSCP_CLASSES[arg.toUpperCase()];
  if (v === undefined) paramError(`Invalid DSCP value \`${arg}'`);
  return v as number;
}

export interface TosMatch {
  value: number;
  mask: number;
  inv: boolean;
  set: boolean;
}

export const TOS_MATCH: MatchModule<TosMatch> = defineMatch<TosMatch>({
  name: 'tos',
  opts: [{ name: 'tos', arg: true, inv: true }],
  init: () => ({ value: 0, mask: 0, inv: false, set: false }),
  parse(d, _opt, arg, inv) {
    Object.assign(d, parseTos(arg), { inv, set: true });
  },
  final(d) {
    if (!d.set) paramError('tos: option "--tos" must be specified\n');
  },
  print(d, numeric) {
    const sym = numeric ? null : symbolic('', d.value, d.mask);
    return ` tos match${d.inv ? '!' : ''}${sym ?? `${hex2(d.value)}/${hex2(d.mask)}`}`;
  },
  save: (d) => `${d.inv ? ' !' : ''} --tos ${hex2(d.value)}/${hex2(d.mask)}`,
  match: (d) => ((0 & d.mask) === d.value) !== d.inv,
});

export interface DscpMatch {
  dscp: number;
  inv: boolean;
  set: boolean;
}

export const DSCP_MATCH: MatchModule<DscpMatch> = defineMatch<DscpMatch>({
  name: 'dscp',
  opts: [
    { name: 'dscp', arg: true, inv: true },
    { name: 'dscp-class', arg: true, inv: true },
  ],
  init: () => ({ dscp: 0, inv: false, set: false }),
  parse(d, opt, arg, inv) {
    if (d.set) paramError('DSCP match: Only use --dscp ONCE!');
    if (opt === 'dscp') {
      const v = strtoui(arg, 0, 63);
      if (v === null) paramError('dscp: bad value for option "--dscp", or out of range (0-63).\n');
      d.dscp = v as number;
    } else d.dscp = dscpClass(arg);
    d.inv = inv;
    d.set = true;
  },
  final(d) {
    if (!d.set) paramError('DSCP match: Parameter --dscp is required');
  },
  print: (d) => ` DSCP match ${d.inv ? '!' : ''}${hex2(d.dscp)}`,
  save: (d) => `${d.inv ? ' !' : ''} --dscp ${hex2(d.dscp)}`,
  match: (d) => (d.dscp === 0) !== d.inv,
});

export interface TosTarget {
  value: number;
  mask: number;
  op?: string;
}

export const TOS_TARGET: TargetModule<TosTarget> = defineTarget<TosTarget>({
  name: 'TOS',
  opts: ['set-tos', 'and-tos', 'or-tos', 'xor-tos'].map((name) => ({ name, arg: true, inv: true })),
  init: () => ({ value: 0, mask: 0 }),
  parse(d, opt, arg, inv) {
    noInvert('TOS', opt, inv);
    if (d.op) paramError(`TOS: option "--${d.op}" cannot be used together with "--${opt}".\n`);
    d.op = opt;
    if (opt === 'set-tos') {
      Object.assign(d, parseTos(arg));
      return;
    }
    const v = strtoui(arg, 0, 0xff);
    if (v === null) paramError(`TOS: bad value for option "--${opt}", or out of range (0-255).\n`);
    const n = v as number;
    if (opt === 'and-tos') Object.assign(d, { value: 0, mask: ~n & 0xff });
    else if (opt === 'or-tos') Object.assign(d, { value: n, mask: n });
    else Object.assign(d, { value: n, mask: 0 });
  },
  final(d) {
    if (!d.op) paramError('TOS: An action is required');
  },
  valid: (_d, c) => c.table === 'mangle',
  print(d, numeric) {
    if (numeric) return ` TOS set ${hex2(d.value)}/${hex2(d.mask)}`;
    const sym = symbolic(' TOS set', d.value, d.mask);
    if (sym) return sym;
    if (d.value === 0) return ` TOS and ${hex2(~d.mask & 0xff)}`;
    if (d.value === d.mask) return ` TOS or ${hex2(d.value)}`;
    if (d.mask === 0) return ` TOS xor ${hex2(d.value)}`;
    return ` TOS set ${hex2(d.value)}/${hex2(d.mask)}`;
  },
  save: (d) => ` --set-tos ${hex2(d.value)}/${hex2(d.mask)}`,
  exec: () => ({ kind: 'continue' }),
});

export interface DscpTarget {
  dscp: number;
  set: boolean;
  opt?: string;
}

export const DSCP_TARGET: TargetModule<DscpTarget> = defineTarget<DscpTarget>({
  name: 'DSCP',
  opts: [
    { name: 'set-dscp', arg: true, inv: true },
    { name: 'set-dscp-class', arg: true, inv: true },
  ],
  init: () => ({ dscp: 0, set: false }),
  parse(d, opt, arg, inv) {
    noInvert('DSCP', opt, inv);
    if (d.opt) paramError(`DSCP: option "--${d.opt}" cannot be used together with "--${opt}".\n`);
    d.opt = opt;
    if (opt === 'set-dscp') {
      const v = strtoui(arg, 0, 63);
      if (v === null) paramError('DSCP: bad value for option "--set-dscp", or out of range (0-63).\n');
      d.dscp = v as number;
    } else d.dscp = dscpClass(arg);
    d.set = true;
  },
  final(d) {
    if (!d.set) paramError('DSCP target: Parameter --set-dscp is required');
  },
  valid: (_d, c) => c.table === 'mangle',
  print: (d) => ` DSCP set ${hex2(d.dscp)}`,
  save: (d) => ` --set-dscp ${hex2(d.dscp)}`,
  exec: () => ({ kind: 'continue' }),
});
