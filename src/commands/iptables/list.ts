/**
 * `iptables -L` and `-S`: chain headers, the column layout of each rule
 * (counters with K/M/G or -x, target, prot, opt, in/out, source,
 * destination, then each extension's words), and the rule normal form.
 */
import { findMatch, findTarget } from '../../engines/netfilter/ext.js';
import { maskToCidr, ruleSpecText } from '../../engines/netfilter/format.js';
import { type NameDb, protoToName } from '../../engines/netfilter/names.js';
import { orderedChains, referenceCount } from '../../engines/netfilter/tables.js';
import type { AddrMatch, Chain, Rule, Table } from '../../engines/netfilter/types.js';
import { formatIPv4, formatIPv6 } from '../../model/inet.js';

export interface ListOptions {
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  /** Name lookups for the non-numeric listing. */
  names: NameDb;
  family: 4 | 6;
  /** iptables 1.8.9 prints the prot column as a number with -n. */
  numericProto: boolean;
}

/** xtables_print_num: right-aligned in a table, K/M/G/T above 99999 unless -x. */
export function fmtNum(n: number, exact: boolean, notable: boolean): string {
  if (exact) return notable ? `${n} ` : `${String(n).padStart(8)} `;
  if (n <= 99999) return notable ? `${n} ` : `${String(n).padStart(5)} `;
  let v = Math.floor((n + 500) / 1000);
  let suffix = 'K';
  for (const next of ['M', 'G', 'T']) {
    if (v <= 9999) break;
    v = Math.floor((v + 500) / 1000);
    suffix = next;
  }
  return notable ? `${v}${suffix} ` : `${String(v).padStart(4)}${suffix} `;
}

export function chainHeader(t: Table, c: Chain, o: ListOptions): string {
  if (!c.builtin) return `Chain ${c.name} (${referenceCount(t, c.name)} references)\n`;
  let s = `Chain ${c.name} (policy ${c.policy}`;
  if (o.verbose)
    s += ` ${fmtNum(c.policyCounters.pkts, o.exact, true)}packets, ${fmtNum(c.policyCounters.bytes, o.exact, true)}bytes`;
  return `${s})\n`;
}

export function columnHeader(o: ListOptions): string {
  let s = o.lineNumbers ? 'num  ' : '';
  if (o.verbose) s += o.exact ? `${'pkts'.padStart(8)} ${'bytes'.padStart(10)} ` : ' pkts bytes ';
  s += 'target     prot opt';
  if (o.verbose) s += ` ${'in'.padEnd(6)} ${'out'.padEnd(6)} `;
  return `${s} ${'source'.padEnd(19)}  ${'destination'.padEnd(19)} \n`;
}

function maskSuffix(mask: number): string {
  const cidr = maskToCidr(mask);
  if (cidr === 32) return '';
  return `/${cidr >= 0 ? cidr : formatIPv4(mask)}`;
}

function addrText6(a: AddrMatch | undefined, o: ListOptions): string {
  const prefix = a?.prefix6 ?? 0;
  if (!a?.addr6 || prefix === 0) return o.numeric ? '::/0' : 'anywhere';
  const name = o.numeric ? null : o.names.hostName6(a.addr6);
  return (name ?? formatIPv6(a.addr6)) + (prefix === 128 ? '' : `/${prefix}`);
}

function addrText(a: AddrMatch | undefined, o: ListOptions, cache: Map<number, string>): string {
  const mask = a?.mask ?? 0;
  if (o.family === 6) return addrText6(a, o);
  if (mask === 0 && !o.numeric) return 'anywhere';
  const addr = a?.addr ?? 0;
  if (o.numeric) return formatIPv4(addr) + maskSuffix(mask);
  let name = cache.get(addr);
  if (name === undefined) {
    name = o.names.hostName(addr) ?? o.names.netName(addr) ?? formatIPv4(addr);
    cache.set(addr, name);
  }
  return name + maskSuffix(mask);
}

export function targetName(r: Rule): string {
  const t = r.target;
  switch (t.kind) {
    case 'none':
      return '';
    case 'verdict':
      return t.verdict;
    case 'jump':
      return t.chain;
    default:
      return findTarget(t.mod)?.listName ?? t.mod;
  }
}

function protoText(r: Rule, o: ListOptions): string {
  if (o.numeric && o.numericProto) return String(r.proto);
  return protoToName(o.numeric ? null : o.names, r.proto) ?? String(r.proto);
}

function ifText(name: string | undefined, inv: boolean | undefined, o: ListOptions): string {
  return (inv ? '!' : '') + (name ?? (o.numeric ? '*' : 'any'));
}

/** One rule row of `iptables -L`. */
export function ruleRow(r: Rule, num: number, o: ListOptions, cache: Map<number, string>): string {
  let s = o.lineNumbers ? `${String(num).padEnd(4)} ` : '';
  if (o.verbose) s += fmtNum(r.counters.pkts, o.exact, false) + fmtNum(r.counters.bytes, o.exact, false);
  s += `${targetName(r).padEnd(9)} ${r.protoInv ? '!' : ' '}${protoText(r, o).padEnd(4)} `;
  s += `${r.fragInv ? '!' : '-'}${r.frag ? 'f' : '-'} `;
  if (o.verbose)
    s += ` ${ifText(r.inIf?.name, r.inIf?.inv, o).padEnd(6)} ${ifText(r.outIf?.name, r.outIf?.inv, o).padEnd(6)} `;
  s += `${r.src?.inv ? '!' : ' '}${addrText(r.src, o, cache).padEnd(19)} `;
  s += `${r.dst?.inv ? '!' : ' '}${addrText(r.dst, o, cache).padEnd(19)} `;
  if (r.target.kind === 'jump' && r.target.goto) s += '[goto] ';
  const ctx = { names: o.numeric ? null : o.names, proto: r.proto };
  for (const m of r.matches) s += findMatch(m.mod)?.print(m.data, o.numeric, ctx) ?? '';
  if (r.target.kind === 'ext') s += findTarget(r.target.mod)?.print(r.target.data, o.numeric, ctx) ?? '';
  return `${s}\n`;
}

/** `iptables -L [chain [rulenum]]`. */
export function listChains(t: Table, chain: string | undefined, rulenum: number, o: ListOptions): string {
  const cache = new Map<number, string>();
  const chains = chain === undefined ? orderedChains(t) : [t.chains.get(chain) as Chain];
  if (rulenum > 0) {
    const c = chains[0] as Chain;
    const r = c.rules[rulenum - 1];
    return r ? ruleRow(r, rulenum, o, cache) : '';
  }
  const parts = chains.map((c) => {
    let s = chainHeader(t, c, o) + columnHeader(o);
    c.rules.forEach((r, i) => {
      s += ruleRow(r, i + 1, o, cache);
    });
    return s;
  });
  return parts.join('\n');
}

/** `iptables -S [chain [rulenum]]`. */
export function listRules(
  t: Table,
  chain: string | undefined,
  rulenum: number,
  verbose: boolean,
  names: NameDb,
): string {
  const chains = chain === undefined ? orderedChains(t) : [t.chains.get(chain) as Chain];
  const rule = (c: Chain, r: Rule) =>
    `-A ${c.name}${ruleSpecText(r, names, verbose ? r.counters : undefined)}\n`;
  if (rulenum > 0) {
    const c = chains[0] as Chain;
    const r = c.rules[rulenum - 1];
    return r ? rule(c, r) : '';
  }
  let s = '';
  for (const c of chains) {
    if (c.builtin) {
      s += `-P ${c.name} ${c.policy}`;
      if (verbose) s += ` -c ${c.policyCounters.pkts} ${c.policyCounters.bytes}`;
      s += '\n';
    } else s += `-N ${c.name}\n`;
  }
  for (const c of chains) for (const r of c.rules) s += rule(c, r);
  return s;
}
