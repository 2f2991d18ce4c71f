/**
 * The normal form of a rule as `iptables -S` and iptables-save print it:
 * addresses with their prefix, interfaces, protocol, fragments, each match
 * as `-m NAME` with its options, counters, then the target. The same text
 * names rules in traces.
 */
import { formatIPv4, formatIPv6 } from '../../model/inet.js';
import { findMatch, findTarget } from './ext.js';
import { type NameDb, protoToName } from './names.js';
import type { AddrMatch, Counters, Rule } from './types.js';

/** Prefix length of a contiguous mask, or -1. */
export function maskToCidr(mask: number): number {
  const m = mask >>> 0;
  if (m === 0) return 0;
  const inv = ~m >>> 0;
  if ((inv & (inv + 1)) !== 0) return -1;
  return 32 - Math.log2(inv + 1);
}

/** `addr/len` (or `addr/dotted-mask` for a non-contiguous mask). */
export function addrWithMask(a: AddrMatch): string {
  const cidr = maskToCidr(a.mask);
  return `${formatIPv4(a.addr)}/${cidr >= 0 ? cidr : formatIPv4(a.mask)}`;
}

function saveAddr(flag: string, a: AddrMatch | undefined): string {
  if (!a || (a.mask === 0 && a.addr === 0 && !a.inv && !a.prefix6)) return '';
  const text = a.addr6 ? `${formatIPv6(a.addr6)}/${a.prefix6 ?? 128}` : addrWithMask(a);
  return `${a.inv ? ' !' : ''} -${flag} ${text}`;
}

/** A match's `-m` section. */
export function matchSaveText(mod: string, data: unknown): string {
  const m = findMatch(mod);
  return ` -m ${mod}${m ? m.save(data) : ''}`;
}

export function targetSaveText(rule: Rule): string {
  const t = rule.target;
  switch (t.kind) {
    case 'none':
      return '';
    case 'verdict':
      return ` -j ${t.verdict}`;
    case 'jump':
      return ` -${t.goto ? 'g' : 'j'} ${t.chain}`;
    default: {
      const x = findTarget(t.mod);
      return ` -j ${t.mod}${x ? x.save(t.data) : ''}`;
    }
  }
}

/** Everything after `-A CHAIN`, with a leading space (empty for an empty rule). */
export function ruleSpecText(rule: Rule, names: NameDb | null, counters?: Counters): string {
  let s = saveAddr('s', rule.src) + saveAddr('d', rule.dst);
  if (rule.inIf) s += `${rule.inIf.inv ? ' !' : ''} -i ${rule.inIf.name}`;
  if (rule.outIf) s += `${rule.outIf.inv ? ' !' : ''} -o ${rule.outIf.name}`;
  if (rule.proto || rule.protoInv) {
    const name = protoToName(names, rule.proto);
    s += `${rule.protoInv ? ' !' : ''} -p ${name ?? rule.proto}`;
  }
  if (rule.frag) s += `${rule.fragInv ? ' !' : ''} -f`;
  for (const m of rule.matches) s += matchSaveText(m.mod, m.data);
  if (counters) s += ` -c ${counters.pkts} ${counters.bytes}`;
  return s + targetSaveText(rule);
}

/** `-A CHAIN ...` as a human reads it in a trace. */
export function ruleText(chain: string, rule: Rule, names: NameDb | null = null): string {
  return `-A ${chain}${ruleSpecText(rule, names)}`;
}

/** Identity of a rule for -C / -D by specification: its normal form without counters. */
export function ruleKey(rule: Rule): string {
  return ruleSpecText(rule, null);
}
