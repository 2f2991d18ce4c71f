/**
 * The table-changing commands (-A -I -R -D -C -F -Z -N -X -E -P) applied to
 * a namespace with the nf_tables backend's semantics: which tables they
 * create, what they check first, and the kernel's answers as XtErrors
 * (iptables-legacy words some of them differently).
 */
import type { Netns } from '../../model/types.js';
import { CMD, type ParsedCommand, STANDARD_TARGETS } from './cmdline.js';
import { findMatch, findTarget, paramError, XtError } from './ext.js';
import { ruleKey } from './format.js';
import { findSet } from './ipset.js';
import {
  BUILTIN_CHAINS,
  ensureState,
  ensureTable,
  getTable,
  insertRule,
  isTableName,
  orderedChains,
  referenceCount,
  removeRule,
  touch,
} from './tables.js';
import type { Chain, Rule, Table, TableName } from './types.js';

export type Backend = 'nf_tables' | 'legacy';

export interface OpsEnv {
  backend: Backend;
  /** Called for -Z with -v ("Zeroing chain `X'"). */
  say?: (line: string) => void;
}

const ENOENT = 'No chain/target/match by that name.';

function bare(msg: string): never {
  throw new XtError(msg, 1, 'bare');
}

export function checkTable(name: string): TableName {
  if (!isTableName(name))
    throw new XtError(
      `table '${name}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.`,
      3,
      'version',
    );
  return name;
}

function isBuiltin(table: TableName, chain: string): boolean {
  return (BUILTIN_CHAINS[table] as readonly string[]).includes(chain);
}

/** The chain if it exists (built-in chains of a missing table do not). */
function findChain(ns: Netns, table: TableName, chain: string): Chain | undefined {
  return getTable(ns, table)?.chains.get(chain);
}

/** A chain a rule may be added to: an existing one, or a built-in one (its table is created on commit). */
function writableChain(ns: Netns, table: TableName, chain: string): Chain | 'builtin-new' {
  const c = findChain(ns, table, chain);
  if (c) return c;
  if (isBuiltin(table, chain)) return 'builtin-new';
  bare(ENOENT);
}

function commitChain(ns: Netns, table: TableName, chain: string): Chain {
  return ensureTable(ns, table).chains.get(chain) as Chain;
}

function kernelInvalid(env: OpsEnv, op: string, chain: string): never {
  if (env.backend === 'legacy')
    throw new XtError("Invalid argument. Run `dmesg' for more information.", 1, 'bare');
  throw new XtError(` ${op} failed (Invalid argument): rule in chain ${chain}`, 4, 'version');
}

/** The kernel's checks of a rule's extensions for a table and chain. */
function ruleValid(rule: Rule, table: TableName, chain: string): boolean {
  const c = { proto: rule.protoInv ? -1 : rule.proto, table, chain, builtin: isBuiltin(table, chain) };
  for (const m of rule.matches) if (findMatch(m.mod)?.valid?.(m.data, c) === false) return false;
  if (rule.target.kind === 'ext' && findTarget(rule.target.mod)?.valid?.(rule.target.data, c) === false)
    return false;
  return true;
}

function jumpOf(r: Rule): string | undefined {
  return r.target.kind === 'jump' ? r.target.chain : undefined;
}

/** Chains reachable from `start` through jumps and gotos (start included). */
function reachable(t: Table, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length > 0) {
    const c = t.chains.get(todo.pop() as string);
    for (const r of c?.rules ?? []) {
      const j = jumpOf(r);
      if (j !== undefined && !seen.has(j)) {
        seen.add(j);
        todo.push(j);
      }
    }
  }
  return seen;
}

/**
 * nf_tables validates a table as a whole: a rule in a user chain must suit
 * every base chain (hook) it can be reached from, and a jump brings the
 * target's rules under the hooks of the chain it is in; a jump back into
 * its own path is a loop (ELOOP).
 */
function hookCheck(
  ns: Netns,
  table: TableName,
  chain: string,
  rules: readonly Rule[],
): 'ok' | 'invalid' | 'loop' {
  const t = getTable(ns, table);
  let hooks: string[] | null = null;
  const hooksNow = (): string[] =>
    (hooks ??= isBuiltin(table, chain) ? [chain] : t ? [...hooksOf(t, chain)] : []);
  const fits = (r: Rule) => hooksNow().every((h) => ruleValid(r, table, h));
  for (const r of rules) {
    if (!fits(r)) return 'invalid';
    const j = jumpOf(r);
    if (j === undefined || !t) continue;
    const below = reachable(t, j);
    if (below.has(chain)) return 'loop';
    for (const name of below)
      for (const inner of t.chains.get(name)?.rules ?? []) if (!fits(inner)) return 'invalid';
  }
  return 'ok';
}

/**
 * The hooks each chain is reachable from, per table: built with one walk
 * from every base chain and extended as rules with jumps are appended, so
 * checking a rule does not walk the whole table (kube-proxy appends
 * thousands); anything else that changes the jumps drops it.
 */
const hookCaches = new WeakMap<Table, Map<string, Set<string>>>();

function hooksOf(t: Table, chain: string): ReadonlySet<string> {
  let m = hookCaches.get(t);
  if (!m) {
    m = new Map();
    for (const c of orderedChains(t))
      if (c.builtin)
        for (const name of reachable(t, c.name)) {
          let s = m.get(name);
          if (!s) m.set(name, (s = new Set()));
          s.add(c.name);
        }
    hookCaches.set(t, m);
  }
  return m.get(chain) ?? NO_HOOKS;
}

const NO_HOOKS: ReadonlySet<string> = new Set();

/** Rules were appended to `chain`: their jumps bring the targets under the chain's hooks. */
function extendHooks(t: Table, chain: string, rules: readonly Rule[]): void {
  const m = hookCaches.get(t);
  if (!m) return;
  const from = m.get(chain);
  if (!from?.size) return;
  for (const r of rules) {
    const j = jumpOf(r);
    if (j === undefined) continue;
    for (const name of reachable(t, j)) {
      let s = m.get(name);
      if (!s) m.set(name, (s = new Set()));
      for (const h of from) s.add(h);
    }
  }
}

/** The jumps of a table changed other than by appending: its hook map is built again when next needed. */
export function invalidateHooks(t: Table | undefined): void {
  if (t) hookCaches.delete(t);
}

function hookFail(env: OpsEnv, op: string, chain: string, why: 'invalid' | 'loop'): void {
  if (why === 'invalid') kernelInvalid(env, op, chain);
  // the legacy kernel looks for loops only from the hooks (mark_source_chains)
  if (env.backend === 'legacy') return;
  throw new XtError(` ${op} failed (Too many links): rule in chain ${chain}`, 4, 'version');
}

function noteCt(ns: Netns, rule: Rule): void {
  const usesCt =
    rule.matches.some((m) => findMatch(m.mod)?.usesCt) ||
    (rule.target.kind === 'ext' && findTarget(rule.target.mod)?.usesCt);
  if (usesCt) ensureState(ns).ctEnabled = true;
}

function checkJump(ns: Netns, table: TableName, p: ParsedCommand): void {
  const j = p.jumpChain;
  if (j === undefined || STANDARD_TARGETS.includes(j)) return;
  if (!findChain(ns, table, j) || isBuiltin(table, j)) paramError(`Chain '${j}' does not exist`);
}

function findRule(c: Chain | undefined, rule: Rule): number {
  if (!c) return -1;
  const key = ruleKey(rule);
  return c.rules.findIndex((r) => ruleKey(r) === key);
}

function policyError(p: string | undefined): void {
  if (p !== 'ACCEPT' && p !== 'DROP') bare("Bad policy name. Run `dmesg' for more information.");
}

function userChains(t: Table | undefined): Chain[] {
  return t ? orderedChains(t).filter((c) => !c.builtin) : [];
}

function deleteChainError(env: OpsEnv, t: Table, c: Chain): void {
  const referenced = referenceCount(t, c.name) > 0;
  if (!referenced && c.rules.length === 0) return;
  if (env.backend === 'legacy') bare(referenced ? 'Too many links.' : 'Directory not empty.');
  throw new XtError(` CHAIN_DEL failed (Device or resource busy): chain ${c.name}`, 4, 'version');
}

function zeroChain(c: Chain, env: OpsEnv, verbose: boolean): void {
  if (verbose) env.say?.(`Zeroing chain \`${c.name}'`);
  c.policyCounters = { pkts: 0, bytes: 0 };
  for (const r of c.rules) r.counters = { pkts: 0, bytes: 0 };
}

/** Apply a parsed command that changes tables. Listing commands are the caller's. */
/** Commands that can remove a jump or move rules between chains (the hook map is rebuilt after them). */
const RESHAPING: ReadonlySet<number> = new Set([
  CMD.REPLACE,
  CMD.DELETE,
  CMD.DELETE_NUM,
  CMD.FLUSH,
  CMD.DELETE_CHAIN,
  CMD.RENAME_CHAIN,
]);

export function applyCommand(ns: Netns, p: ParsedCommand, env: OpsEnv): void {
  const table = checkTable(p.table);
  if (RESHAPING.has(p.command)) invalidateHooks(getTable(ns, table));
  // libxt_set looks the set up (by name, in the kernel) while it parses the rule
  for (const r of p.rules)
    for (const m of r.matches)
      if (m.mod === 'set') {
        const name = (m.data as { name: string }).name;
        if (!findSet(ns, name)) paramError(`Set ${name} doesn't exist.\n`);
      }
  const chain = p.chain ?? '';
  const verbose = p.verbose > 0;
  switch (p.command) {
    case CMD.APPEND:
    case CMD.INSERT: {
      checkJump(ns, table, p);
      const c = writableChain(ns, table, chain);
      const len = c === 'builtin-new' ? 0 : c.rules.length;
      let at = len;
      if (p.command === CMD.INSERT) {
        if (p.rulenum - 1 > len) bare('Index of insertion too big.');
        at = p.rulenum - 1;
      }
      const op = p.command === CMD.APPEND ? 'RULE_APPEND' : 'RULE_INSERT';
      for (const r of p.rules) if (!ruleValid(r, table, chain)) kernelInvalid(env, op, chain);
      const hc = hookCheck(ns, table, chain, p.rules);
      if (hc !== 'ok') hookFail(env, op, chain, hc);
      const target = commitChain(ns, table, chain);
      for (const r of p.rules) {
        insertRule(target, at++, r);
        noteCt(ns, r);
      }
      const t = getTable(ns, table);
      if (t) extendHooks(t, chain, p.rules);
      return;
    }
    case CMD.REPLACE: {
      checkJump(ns, table, p);
      const c = findChain(ns, table, chain);
      if (!c) bare(ENOENT);
      if (p.rulenum > c.rules.length) bare('Index of replacement too big.');
      const r = p.rules[0] as Rule;
      if (!ruleValid(r, table, chain)) kernelInvalid(env, 'RULE_REPLACE', chain);
      const hc = hookCheck(ns, table, chain, [r]);
      if (hc !== 'ok') hookFail(env, 'RULE_REPLACE', chain, hc);
      c.rules[p.rulenum - 1] = r;
      touch(c);
      noteCt(ns, r);
      return;
    }
    case CMD.DELETE:
    case CMD.CHECK: {
      checkJump(ns, table, p);
      const c = findChain(ns, table, chain);
      if (!c && !isBuiltin(table, chain) && getTable(ns, table)) bare(ENOENT);
      for (const r of p.rules) {
        const i = findRule(c, r);
        if (i < 0) bare('Bad rule (does a matching rule exist in that chain?).');
        if (p.command === CMD.DELETE && c) removeRule(c, i);
      }
      return;
    }
    case CMD.DELETE_NUM: {
      const c = findChain(ns, table, chain);
      if (!c) bare(ENOENT);
      if (p.rulenum > c.rules.length) bare('Index of deletion too big.');
      removeRule(c, p.rulenum - 1);
      return;
    }
    case CMD.FLUSH: {
      if (p.chain === undefined) {
        for (const c of getTable(ns, table)?.chains.values() ?? []) {
          c.rules = [];
          touch(c);
        }
        return;
      }
      const c = writableChain(ns, table, chain);
      const target = c === 'builtin-new' ? commitChain(ns, table, chain) : c;
      target.rules = [];
      touch(target);
      return;
    }
    case CMD.ZERO: {
      const t = getTable(ns, table);
      if (p.chain === undefined) {
        for (const c of t ? orderedChains(t) : []) zeroChain(c, env, verbose);
        return;
      }
      const c = findChain(ns, table, chain);
      if (!c) bare(ENOENT);
      zeroChain(c, env, verbose);
      return;
    }
    case CMD.ZERO_NUM: {
      const c = findChain(ns, table, chain);
      if (!c) bare('Bad rule (does a matching rule exist in that chain?).');
      const r = c.rules[p.rulenum - 1];
      if (r) r.counters = { pkts: 0, bytes: 0 };
      return;
    }
    case CMD.NEW_CHAIN: {
      if (findChain(ns, table, chain) || isBuiltin(table, chain)) bare('Chain already exists.');
      const t = ensureTable(ns, table);
      t.chains.set(chain, {
        name: chain,
        builtin: false,
        policyCounters: { pkts: 0, bytes: 0 },
        rules: [],
        version: 0,
      });
      return;
    }
    case CMD.DELETE_CHAIN: {
      const t = getTable(ns, table);
      if (p.chain === undefined) {
        const all = userChains(t);
        for (const c of all) deleteChainError(env, t as Table, c);
        for (const c of all) t?.chains.delete(c.name);
        return;
      }
      const c = findChain(ns, table, chain);
      if (c?.builtin && env.backend === 'legacy') bare("Invalid argument. Run `dmesg' for more information.");
      if (!c || c.builtin || !t) bare(ENOENT);
      deleteChainError(env, t, c);
      t.chains.delete(chain);
      return;
    }
    case CMD.RENAME_CHAIN: {
      const t = getTable(ns, table);
      const c = findChain(ns, table, chain);
      if (!c || c.builtin || !t) bare(ENOENT);
      const newname = p.newname ?? '';
      if (t.chains.has(newname) || isBuiltin(table, newname)) bare('File exists.');
      t.chains.delete(chain);
      c.name = newname;
      t.chains.set(newname, c);
      for (const o of t.chains.values())
        for (const r of o.rules)
          if (r.target.kind === 'jump' && r.target.chain === chain) {
            r.target = { ...r.target, chain: newname };
            touch(o);
          }
      return;
    }
    case CMD.SET_POLICY: {
      policyError(p.policy);
      if (!isBuiltin(table, chain)) bare('Bad built-in chain name.');
      const c = commitChain(ns, table, chain);
      c.policy = p.policy as 'ACCEPT' | 'DROP';
      c.policyCounters = { pkts: 0, bytes: 0 };
      c.counting = true;
      return;
    }
    default:
      return;
  }
}
