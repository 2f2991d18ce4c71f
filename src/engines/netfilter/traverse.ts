/**
 * The hook engine: at each hook the tables run in priority order (raw,
 * conntrack, mangle, nat, filter, security); chains are walked with jumps,
 * gotos and RETURN, every matching rule counts the packet, NAT is decided
 * on a connection's first packet and replayed from conntrack afterwards,
 * and every step lands in the trace.
 */
import { formatIPv4 } from '../../model/inet.js';
import { IPPROTO, nsLabel, type Packet } from '../dataplane/packet.js';
import { candidateRules } from './chain-index.js';
import { ctAccount, ctApplyNat, ctConfirm, ctLookup, ctTable, packetKey } from './conntrack.js';
import { findMatch, findTarget } from './ext.js';
import { ruleText } from './format.js';
import type { HookContext, HookResult, NfHook, RejectWith } from './hook.js';
import { ifaceMatches } from './matches/simple.js';
import { nfState } from './tables.js';
import type { AddrMatch, Chain, IfaceMatch, PacketCtx, Rule, Table, TableName } from './types.js';
import './matches/index.js';
import './targets/index.js';

const HOOK_TABLES: Readonly<Record<NfHook, readonly TableName[]>> = {
  PREROUTING: ['raw', 'mangle', 'nat'],
  INPUT: ['mangle', 'filter', 'security', 'nat'],
  FORWARD: ['mangle', 'filter', 'security'],
  OUTPUT: ['raw', 'mangle', 'nat', 'filter', 'security'],
  POSTROUTING: ['mangle', 'nat'],
};

type Outcome = { kind: 'accept' } | { kind: 'drop' } | { kind: 'reject'; with: RejectWith };

const MAX_STEPS = 100000;

function addrOk(a: AddrMatch | undefined, v: number): boolean {
  if (!a) return true;
  return ((v & a.mask) >>> 0 === a.addr) !== a.inv;
}

function ifOk(i: IfaceMatch | undefined, name: string | undefined): boolean {
  if (!i) return true;
  return ifaceMatches(i.name, name) !== i.inv;
}

/** Whether every part of a rule matches the packet. */
export function ruleMatches(rule: Rule, p: PacketCtx): boolean {
  const k = p.packet;
  if (!addrOk(rule.src, k.src) || !addrOk(rule.dst, k.dst)) return false;
  if (!ifOk(rule.inIf, p.inDev?.name) || !ifOk(rule.outIf, p.outDev?.name)) return false;
  if (rule.proto && (IPPROTO[k.proto] === rule.proto) === rule.protoInv) return false;
  if (rule.frag && !rule.fragInv) return false;
  for (const m of rule.matches) {
    const mod = findMatch(m.mod);
    if (mod && !mod.match(m.data, p)) return false;
  }
  return true;
}

function note(p: PacketCtx, kind: 'netfilter' | 'nat' | 'conntrack', text: string): void {
  p.trace.events.push({ at: p.at, kind, text });
}

interface Frame {
  chain: Chain;
  list: number[] | null;
  pos: number;
}

function policyOutcome(p: PacketCtx, table: Table, start: Chain): Outcome {
  // nf_tables counts a policy only once -P gave the chain counters; x_tables always does
  if (start.counting || p.world.profile.iptablesBackend === 'legacy') {
    start.policyCounters.pkts++;
    start.policyCounters.bytes += p.packet.len;
  }
  const policy = start.policy ?? 'ACCEPT';
  note(p, 'netfilter', `${table.name} ${start.name}: no rule decided, policy ${policy}`);
  return policy === 'DROP' ? { kind: 'drop' } : { kind: 'accept' };
}

/** Walk one built-in chain of a table for the packet. */
export function runChain(p: PacketCtx, table: Table, start: Chain): Outcome {
  const frames: Frame[] = [{ chain: start, list: candidateRules(start, p.packet), pos: 0 }];
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const f = frames[frames.length - 1];
    if (!f) return policyOutcome(p, table, start);
    const idx = f.list ? f.list[f.pos] : f.pos;
    f.pos++;
    const rule = idx === undefined ? undefined : f.chain.rules[idx];
    if (!rule) {
      frames.pop();
      continue;
    }
    if (!ruleMatches(rule, p)) continue;
    rule.counters.pkts++;
    rule.counters.bytes += p.packet.len;
    const t = rule.target;
    const label = `${table.name} ${f.chain.name} rule ${(idx as number) + 1}: ${ruleText(f.chain.name, rule)}`;
    if (t.kind === 'none') {
      note(p, 'netfilter', `${label} (no target, continue)`);
      continue;
    }
    if (t.kind === 'verdict') {
      note(p, 'netfilter', `${label} -> ${t.verdict}`);
      if (t.verdict === 'ACCEPT') return { kind: 'accept' };
      if (t.verdict === 'RETURN') {
        frames.pop();
        continue;
      }
      return { kind: 'drop' };
    }
    if (t.kind === 'jump') {
      const target = table.chains.get(t.chain);
      note(p, 'netfilter', `${label} -> ${t.goto ? 'goto' : 'jump to'} ${t.chain}`);
      if (!target) continue;
      const frame = { chain: target, list: candidateRules(target, p.packet), pos: 0 };
      if (t.goto) frames[frames.length - 1] = frame;
      else frames.push(frame);
      continue;
    }
    const mod = findTarget(t.mod);
    note(p, 'netfilter', `${label} -> ${t.mod}`);
    const r = mod ? mod.exec(t.data, p) : ({ kind: 'continue' } as const);
    switch (r.kind) {
      case 'continue':
        continue;
      case 'return':
        frames.pop();
        continue;
      case 'reject':
        return { kind: 'reject', with: r.with };
      case 'accept':
        return { kind: 'accept' };
      default:
        return { kind: 'drop' };
    }
  }
  return { kind: 'drop' };
}

function describeCt(p: PacketCtx): string {
  const e = p.ct;
  if (!e) return `${p.ctState} (not tracked)`;
  const dir = p.ctDir === 0 ? 'original' : 'reply';
  return `${p.ctState}, ${dir} direction of connection #${e.id}${e.confirmed ? '' : ' (new)'}`;
}

function attachConntrack(p: PacketCtx, first: boolean): void {
  const st = nfState(p.ns);
  if (!st?.ctEnabled || p.notrack) {
    p.ctState = 'UNTRACKED';
    return;
  }
  const tbl = ctTable(p.ns);
  const key = packetKey(p.packet);
  const t = tbl.transit;
  if (!first && t && t.key === key) {
    p.ct = t.entry;
    p.ctDir = t.dir;
    p.ctState = t.state;
    return;
  }
  tbl.transit = null;
  const a = ctLookup(p.world, p.ns, p.packet);
  p.ctState = a.state;
  p.ctDir = a.dir;
  if (a.entry) {
    p.ct = a.entry;
    if (a.state !== 'RELATED') ctAccount(p.world, p.ns, a.entry, a.dir, p.packet);
  }
  note(p, 'conntrack', describeCt(p));
}

function describeNat(p: PacketCtx, before: Packet, manip: 'src' | 'dst'): string {
  const end = (a: number, port?: number) =>
    `${formatIPv4(a)}${port !== undefined && p.packet.proto !== 'icmp' ? `:${port}` : ''}`;
  const [from, to] =
    manip === 'src'
      ? [end(before.src, before.sport), end(p.packet.src, p.packet.sport)]
      : [end(before.dst, before.dport), end(p.packet.dst, p.packet.dport)];
  const what = p.ctDir === 0 ? (manip === 'src' ? 'SNAT' : 'DNAT') : manip === 'src' ? 'un-DNAT' : 'un-SNAT';
  const of = p.ctState === 'RELATED' ? 'related ICMP error' : p.ctDir === 0 ? 'original' : 'reply';
  return `conntrack ${what} ${from} -> ${to} (${of} of connection #${p.ct?.id})`;
}

function runNat(p: PacketCtx, table: Table | undefined, hook: NfHook): Outcome {
  const manip = hook === 'PREROUTING' || hook === 'OUTPUT' ? 'dst' : 'src';
  const e = p.ct;
  if (!e) return { kind: 'accept' };
  const decided = manip === 'dst' ? e.natDst : e.natSrc;
  if (p.ctDir === 0 && p.ctState !== 'RELATED' && !decided) {
    if (manip === 'dst') e.natDst = true;
    else e.natSrc = true;
    const chain = table?.chains.get(hook);
    if (table && chain) return runChain(p, table, chain);
    return { kind: 'accept' };
  }
  const before = p.packet;
  p.packet = ctApplyNat(e, p.ctDir, p.ctState, p.packet, manip);
  if (p.packet !== before) note(p, 'nat', describeNat(p, before, manip));
  return { kind: 'accept' };
}

/** The netfilter engine the data plane calls at every hook. */
export function netfilterHook(ctx: HookContext): HookResult {
  const st = nfState(ctx.ns);
  if (!st) return { verdict: 'ACCEPT', packet: ctx.packet };
  const p: PacketCtx = {
    world: ctx.world,
    ns: ctx.ns,
    hook: ctx.hook,
    table: 'filter',
    packet: ctx.packet,
    ...(ctx.inDev ? { inDev: ctx.inDev } : {}),
    ...(ctx.outDev ? { outDev: ctx.outDev } : {}),
    ...(ctx.physIn ? { physIn: ctx.physIn } : {}),
    ...(ctx.physOut ? { physOut: ctx.physOut } : {}),
    ctDir: 0,
    ctState: 'UNTRACKED',
    trace: ctx.trace,
    at: nsLabel(ctx.world, ctx.ns),
  };
  const first = ctx.hook === 'PREROUTING' || ctx.hook === 'OUTPUT';
  const tables = HOOK_TABLES[ctx.hook];
  let attached = false;
  for (const name of tables) {
    if (name !== 'raw' && !attached) {
      attachConntrack(p, first);
      attached = true;
    }
    p.table = name;
    const table = st.tables.get(name);
    let out: Outcome;
    if (name === 'nat') out = runNat(p, table, ctx.hook);
    else {
      const chain = table?.chains.get(ctx.hook);
      if (!table || !chain) continue;
      out = runChain(p, table, chain);
    }
    if (out.kind === 'drop') {
      note(p, 'netfilter', `${ctx.hook} hook: DROP in the ${name} table`);
      return { verdict: 'DROP', packet: p.packet };
    }
    if (out.kind === 'reject') {
      note(p, 'netfilter', `${ctx.hook} hook: REJECT in the ${name} table`);
      return { verdict: 'REJECT', packet: p.packet, reject: out.with };
    }
  }
  if (!attached) attachConntrack(p, first);
  const e = p.ct;
  if (e) {
    if (ctx.hook === 'INPUT' || ctx.hook === 'POSTROUTING') ctConfirm(ctx.ns, e);
    ctTable(ctx.ns).transit = { key: packetKey(p.packet), entry: e, dir: p.ctDir, state: p.ctState };
  }
  return { verdict: 'ACCEPT', packet: p.packet };
}
