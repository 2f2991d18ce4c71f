/**
 * iptables-restore input applied to a namespace: `*table` sections flushed
 * unless --noflush, `:CHAIN POLICY [p:b]` declarations (a declared user
 * chain is created or emptied), command lines parsed exactly like the
 * iptables command line, and each section committed atomically at COMMIT.
 * Kube-proxy and docker program their chains through `restoreRules`.
 */
import type { Netns } from '../../model/types.js';
import { CMD, type ParsedCommand, parseIptables } from './cmdline.js';
import { XtError } from './ext.js';
import './matches/index.js';
import './targets/index.js';
import { BUILTIN_NAMES, type NameDb } from './names.js';
import { applyCommand, type Backend, checkTable, invalidateHooks } from './ops.js';
import { ensureState, getTable, isTableName, newChain, newTable } from './tables.js';
import type { Chain, NetfilterState, Table, TableName } from './types.js';

export interface RestoreOptions {
  noflush?: boolean;
  /** --test: parse and check, apply nothing. */
  test?: boolean;
  /** -T: only this table's section. */
  table?: string;
  /** -c: take the counters from the input. */
  counters?: boolean;
  backend?: Backend;
  names?: NameDb;
  /** Program name for messages. */
  prog?: string;
  version?: string;
  /**
   * Reuse the parse of a line seen before (kube-proxy and flannel write the
   * same lines on every node): rules get their own objects and counters,
   * match data is shared, so not for `limit` rules whose buckets live there.
   */
  shareParsed?: boolean;
}

const parseMemo = new Map<string, ParsedCommand>();

function reuse(p: ParsedCommand): ParsedCommand {
  return { ...p, rules: p.rules.map((r) => ({ ...r, counters: { pkts: 0, bytes: 0 } })) };
}

export interface RestoreResult {
  exit: number;
  stderr: string;
}

/** iptables-restore's tokenizer: double quotes group, backslash escapes inside them. */
export function splitRestoreLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote = false;
  let escaped = false;
  for (const ch of line) {
    if (quote) {
      if (escaped) {
        cur += ch;
        escaped = false;
      } else if (ch === '\\') escaped = true;
      else if (ch === '"') {
        quote = false;
        out.push(cur);
        cur = '';
        has = false;
      } else cur += ch;
      continue;
    }
    if (ch === '"') {
      quote = true;
      has = true;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
      continue;
    }
    cur += ch;
  }
  if (cur || has) out.push(cur);
  return out;
}

function cloneTable(t: Table): Table {
  const chains = new Map<string, Chain>();
  for (const [n, c] of t.chains)
    chains.set(n, {
      ...c,
      policyCounters: { ...c.policyCounters },
      rules: c.rules.map((r) => ({ ...r, counters: { ...r.counters } })),
      version: c.version + 1,
    });
  return { name: t.name, chains };
}

class LineError extends Error {
  constructor(
    readonly text: string,
    readonly exit: number,
  ) {
    super(text);
  }
}

function fail(text: string, exit: number): never {
  throw new LineError(text, exit);
}

/** Apply iptables-restore text to a namespace. Never throws; errors come back as text. */
export function restoreRules(ns: Netns, text: string, opts: RestoreOptions = {}): RestoreResult {
  const prog = opts.prog ?? 'iptables-restore';
  const version = opts.version ?? '1.8.9';
  const backend = opts.backend ?? 'nf_tables';
  const prefix = `${prog} v${version}${backend === 'nf_tables' ? ' (nf_tables)' : ' (legacy)'}: `;
  const tryLine = `Try \`${prog} -h' or '${prog} --help' for more information.\n`;
  const names = opts.names ?? BUILTIN_NAMES;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let table: TableName | null = null;
  let skipping = false;
  let scratch: NetfilterState | null = null;
  let scratchNs: Netns | null = null;
  const xtFail = (e: XtError, n: number): never => {
    if (e.style === 'bare')
      return fail(`${prog}: line ${n} failed: ${e.msg.replace(/ Run `dmesg'.*$/, '')}\n`, 1);
    if (e.style === 'version') return fail(`${prefix}\nline ${n}: ${e.msg.trim()}\n`, e.exit);
    if (e.style === 'raw-try') return fail(`${e.msg}\nError occurred at line: ${n}\n${tryLine}`, e.exit);
    return fail(`${prefix}${e.msg}\nError occurred at line: ${n}\n${tryLine}`, e.exit);
  };
  try {
    for (let i = 0; i < lines.length; i++) {
      const n = i + 1;
      const raw = (lines[i] as string).replace(/\r$/, '');
      if (raw.trim() === '' || raw.startsWith('#')) continue;
      if (raw.startsWith('*')) {
        if (table !== null && !skipping)
          fail(`Bad argument \`${raw.trim()}'\nError occurred at line: ${n}\n${tryLine}`, 2);
        const name = raw.slice(1).trim();
        if (!isTableName(name))
          fail(
            `${prefix}${prog}: line ${n} table name '${name}' invalid\nError occurred at line: ${n}\n${tryLine}`,
            2,
          );
        table = name as TableName;
        skipping = opts.table !== undefined && opts.table !== name;
        if (skipping) continue;
        const real = getTable(ns, table);
        scratch = { tables: new Map(), recent: new Map(), nth: new WeakMap(), ctEnabled: false };
        const t = real && opts.noflush ? cloneTable(real) : newTable(table);
        if (real && !opts.noflush)
          for (const c of real.chains.values()) {
            const bc = t.chains.get(c.name);
            if (bc && c.builtin) bc.policy = c.policy;
          }
        scratch.tables.set(table, t);
        scratchNs = { ...ns, netfilter: scratch };
        continue;
      }
      if (skipping) {
        if (raw.trim() === 'COMMIT') {
          skipping = false;
          table = null;
        }
        continue;
      }
      if (table === null || !scratch || !scratchNs) fail(`${prog}: line ${n} failed\n`, 1);
      const t = scratch.tables.get(table) as Table;
      if (raw.trim() === 'COMMIT') {
        for (const c of t.chains.values())
          for (const r of c.rules)
            if (r.target.kind === 'jump' && !t.chains.has(r.target.chain))
              fail(
                `${prefix}Chain '${r.target.chain}' does not exist\nError occurred at line: ${n}\n${tryLine}`,
                2,
              );
        if (!opts.test) {
          const st = ensureState(ns);
          st.tables.set(table, t);
          if (scratch.ctEnabled || table === 'nat') st.ctEnabled = true;
        }
        table = null;
        continue;
      }
      if (raw.startsWith(':')) {
        const m = /^:(\S+)\s+(\S+)(?:\s+\[(\d+):(\d+)\])?/.exec(raw);
        if (!m) fail(`${prog}: line ${n} failed\n`, 1);
        const [, chain, policy, pk, by] = m as unknown as [string, string, string, string?, string?];
        let c = t.chains.get(chain);
        if (c?.builtin) {
          if (policy !== '-') {
            if (policy !== 'ACCEPT' && policy !== 'DROP')
              fail(`${prog}: line ${n} failed: Bad policy name.\n`, 1);
            c.policy = policy as 'ACCEPT' | 'DROP';
          }
          c.counting = true;
        } else {
          if (!c) {
            c = newChain(chain, false);
            t.chains.set(chain, c);
          }
          c.rules = [];
          c.version++;
          invalidateHooks(t);
        }
        if (opts.counters && pk !== undefined) c.policyCounters = { pkts: Number(pk), bytes: Number(by) };
        continue;
      }
      let body = raw;
      let counters: { pkts: number; bytes: number } | undefined;
      const cm = /^\[(\d+):(\d+)\]\s*/.exec(body);
      if (cm) {
        counters = { pkts: Number(cm[1]), bytes: Number(cm[2]) };
        body = body.slice(cm[0].length);
      }
      if (!body.startsWith('-')) fail(`${prog}: line ${n} failed\n`, 1);
      let parsed: ParsedCommand;
      try {
        const memoKey = opts.shareParsed && !counters ? `${table}\0${body}` : null;
        const hit = memoKey ? parseMemo.get(memoKey) : undefined;
        if (hit) parsed = reuse(hit);
        else {
          parsed = parseIptables(splitRestoreLine(body), { names, restore: true });
          if (memoKey) {
            if (parseMemo.size > 100_000) parseMemo.clear();
            parseMemo.set(memoKey, reuse(parsed));
          }
        }
        parsed.table = table as string;
        if (opts.counters && counters) for (const r of parsed.rules) r.counters = { ...counters };
        parsed.jumpChain = undefined;
        if (parsed.command & (CMD.LIST | CMD.LIST_RULES)) continue;
        checkTable(parsed.table);
        applyCommand(scratchNs, parsed, { backend });
      } catch (e) {
        if (e instanceof XtError) xtFail(e, n);
        throw e;
      }
    }
    if (table !== null && !skipping) fail(`${prog}: COMMIT expected at line ${lines.length + 1}\n`, 1);
    return { exit: 0, stderr: '' };
  } catch (e) {
    if (e instanceof LineError) return { exit: e.exit, stderr: e.text };
    throw e;
  }
}
