/**
 * Tables and chains of a namespace: created lazily as the nf_tables backend
 * does (a table exists once a command touched it), built-in chains with
 * policies, user chains, references and rule positions.
 */
import type { Netns } from '../../model/types.js';
import type { NfHook } from './hook.js';
import type { Chain, NetfilterState, Rule, Table, TableName } from './types.js';

export const BUILTIN_CHAINS: Readonly<Record<TableName, readonly NfHook[]>> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

/** The order iptables-save walks the tables in (nf_tables backend). */
export const SAVE_ORDER: readonly TableName[] = ['mangle', 'security', 'raw', 'filter', 'nat'];

export function isTableName(s: string): s is TableName {
  return Object.hasOwn(BUILTIN_CHAINS, s);
}

export function newChain(name: string, builtin: boolean): Chain {
  return {
    name,
    builtin,
    ...(builtin ? { policy: 'ACCEPT' as const } : {}),
    policyCounters: { pkts: 0, bytes: 0 },
    rules: [],
    version: 0,
  };
}

export function newTable(name: TableName): Table {
  const chains = new Map<string, Chain>();
  for (const c of BUILTIN_CHAINS[name]) chains.set(c, newChain(c, true));
  return { name, chains };
}

/**
 * Daemons that program a namespace's rules (kube-proxy, flannel) may leave
 * their work pending: it runs the first time anything looks at the tables.
 */
export function setPendingSync(ns: Netns, owner: string, sync: (() => void) | undefined): void {
  let m = ns.ext.nfPending as Map<string, () => void> | undefined;
  if (!sync) {
    m?.delete(owner);
    if (m && m.size === 0) delete ns.ext.nfPending;
    return;
  }
  if (!m) {
    m = new Map();
    ns.ext.nfPending = m;
  }
  m.set(owner, sync);
}

/** The namespace's netfilter state, if any command ever created it. */
export function nfState(ns: Netns): NetfilterState | undefined {
  const pending = ns.ext.nfPending as Map<string, () => void> | undefined;
  if (pending) {
    delete ns.ext.nfPending;
    for (const sync of pending.values()) sync();
  }
  return ns.netfilter as NetfilterState | undefined;
}

export function ensureState(ns: Netns): NetfilterState {
  let s = nfState(ns);
  if (!s) {
    s = { tables: new Map(), recent: new Map(), nth: new WeakMap(), ctEnabled: false };
    ns.netfilter = s;
  }
  return s;
}

/** The table if it exists. */
export function getTable(ns: Netns, name: TableName): Table | undefined {
  return nfState(ns)?.tables.get(name);
}

/** The table, created with its built-in chains if it did not exist. */
export function ensureTable(ns: Netns, name: TableName): Table {
  const s = ensureState(ns);
  let t = s.tables.get(name);
  if (!t) {
    t = newTable(name);
    s.tables.set(name, t);
    if (name === 'nat') s.ctEnabled = true;
  }
  return t;
}

/** A table as listings show it: the real one, or an empty stand-in with its built-in chains. */
export function viewTable(ns: Netns, name: TableName): Table {
  return getTable(ns, name) ?? newTable(name);
}

/** Built-in chains in kernel order, then user chains sorted by name (as iptables-nft lists them). */
export function orderedChains(t: Table): Chain[] {
  const builtin: Chain[] = [];
  const user: Chain[] = [];
  for (const c of t.chains.values()) (c.builtin ? builtin : user).push(c);
  const order = BUILTIN_CHAINS[t.name];
  builtin.sort((a, b) => order.indexOf(a.name as NfHook) - order.indexOf(b.name as NfHook));
  user.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...builtin, ...user];
}

/** How many rules jump or go to `chain`. */
export function referenceCount(t: Table, chain: string): number {
  let n = 0;
  for (const c of t.chains.values())
    for (const r of c.rules) if (r.target.kind === 'jump' && r.target.chain === chain) n++;
  return n;
}

export function touch(c: Chain): void {
  c.version++;
}

export function insertRule(c: Chain, at: number, rule: Rule): void {
  c.rules.splice(at, 0, rule);
  touch(c);
}

export function removeRule(c: Chain, at: number): void {
  c.rules.splice(at, 1);
  touch(c);
}
