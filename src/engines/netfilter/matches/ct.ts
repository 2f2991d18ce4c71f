/** conntrack and state matches: ctstate/state masks (with SNAT/DNAT status bits) and ctstatus. */
import { defineMatch, type MatchModule, paramError } from '../ext.js';
import type { CtState, PacketCtx } from '../types.js';

const STATE_BITS: ReadonlyArray<[string, number]> = [
  ['INVALID', 1],
  ['NEW', 2],
  ['RELATED', 4],
  ['ESTABLISHED', 8],
  ['UNTRACKED', 16],
  ['SNAT', 32],
  ['DNAT', 64],
];

const STATUS_BITS: ReadonlyArray<[string, number]> = [
  ['EXPECTED', 1],
  ['SEEN_REPLY', 2],
  ['ASSURED', 4],
  ['CONFIRMED', 8],
];

function parseBits(s: string, table: ReadonlyArray<[string, number]>, err: string): number {
  let v = 0;
  for (const w of s.split(',')) {
    const e = table.find(([n]) => n.toLowerCase() === w.toLowerCase());
    if (!e) paramError(`${err} "${w}"`);
    v |= e[1];
  }
  return v;
}

function bitNames(v: number, table: ReadonlyArray<[string, number]>): string {
  return table
    .filter(([, b]) => v & b)
    .map(([n]) => n)
    .join(',');
}

const STATE_OF: Record<CtState, number> = { INVALID: 1, NEW: 2, RELATED: 4, ESTABLISHED: 8, UNTRACKED: 16 };

/** The state bits of the packet being evaluated, with the NAT status bits. */
export function packetStateBits(p: PacketCtx): number {
  let v = STATE_OF[p.ctState];
  if (p.ct?.snat) v |= 32;
  if (p.ct?.dnat) v |= 64;
  return v;
}

export interface ConntrackMatch {
  state?: number;
  stateInv: boolean;
  status?: number;
  statusInv: boolean;
}

export const CONNTRACK_MATCH: MatchModule<ConntrackMatch> = defineMatch<ConntrackMatch>({
  name: 'conntrack',
  opts: [
    { name: 'ctstate', arg: true, inv: true },
    { name: 'ctstatus', arg: true, inv: true },
  ],
  init: () => ({ stateInv: false, statusInv: false }),
  parse(d, opt, arg, inv) {
    if (opt === 'ctstate') {
      d.state = parseBits(arg, STATE_BITS, 'Bad ctstate');
      d.stateInv = inv;
    } else {
      d.status = parseBits(arg, STATUS_BITS, 'Bad ctstatus');
      d.statusInv = inv;
    }
  },
  final(d) {
    if (d.state === undefined && d.status === undefined)
      paramError('conntrack: At least one option is required');
  },
  print(d) {
    let s = '';
    if (d.state !== undefined) s += `${d.stateInv ? ' !' : ''} ctstate ${bitNames(d.state, STATE_BITS)}`;
    if (d.status !== undefined) s += `${d.statusInv ? ' !' : ''} ctstatus ${bitNames(d.status, STATUS_BITS)}`;
    return s;
  },
  save(d) {
    let s = '';
    if (d.state !== undefined) s += `${d.stateInv ? ' !' : ''} --ctstate ${bitNames(d.state, STATE_BITS)}`;
    if (d.status !== undefined)
      s += `${d.statusInv ? ' !' : ''} --ctstatus ${bitNames(d.status, STATUS_BITS)}`;
    return s;
  },
  match(d, p) {
    if (d.state !== undefined && ((d.state & packetStateBits(p)) !== 0) === d.stateInv) return false;
    if (d.status !== undefined) {
      const ct = p.ct;
      let st = 0;
      if (ct) st = (ct.seenReply ? 2 : 0) | (ct.assured ? 4 : 0) | (ct.confirmed ? 8 : 0);
      if (((d.status & st) !== 0) === d.statusInv) return false;
    }
    return true;
  },
  usesCt: true,
});

export interface StateMatch {
  mask: number;
  inv: boolean;
}

const PLAIN_STATES = STATE_BITS.slice(0, 5);

export const STATE_MATCH: MatchModule<StateMatch> = defineMatch<StateMatch>({
  name: 'state',
  opts: [{ name: 'state', arg: true, inv: true }],
  init: () => ({ mask: 0, inv: false }),
  parse(d, _opt, arg, inv) {
    d.mask = parseBits(arg, PLAIN_STATES, 'Bad state');
    d.inv = inv;
  },
  final(d) {
    if (!d.mask) paramError('state: option "--state" must be specified\n');
  },
  print: (d) => `${d.inv ? ' !' : ''} state ${bitNames(d.mask, PLAIN_STATES)}`,
  save: (d) => `${d.inv ? ' !' : ''} --state ${bitNames(d.mask, PLAIN_STATES)}`,
  match: (d, p) => ((d.mask & STATE_OF[p.ctState]) !== 0) !== d.inv,
  usesCt: true,
});
