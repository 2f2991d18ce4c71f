/**
 * ps from procps-ng 3.3.17 (Ubuntu 22.04 nodes), and BusyBox ps in BusyBox
 * userlands. Selection, formats, sorting, the forest and line widths
 * follow ps/select.c, sortformat.c, display.c and output.c.
 */
import type { CommandDef, Proc } from '../../shell/types.js';
import { busyboxPs } from './busybox-ps.js';
import { type ProcRow, type ProcView, processView, uidOf } from './procs.js';
import { type PsOptions, parsePsArgs } from './ps-args.js';
import { activeCols, type FormatNode, formatNode, MACROS, renderLine } from './ps-columns.js';

export const PS_USAGE =
  "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

const KNOWN_USERS = new Set([
  'root',
  'daemon',
  'bin',
  'sys',
  'nobody',
  'systemd-network',
  'systemd-resolve',
  'messagebus',
  'systemd-timesync',
  'syslog',
]);

const UNLIMITED_COLS = 131072;

function userMatches(r: ProcRow, u: string): boolean {
  return /^\d+$/.test(u) ? r.uid === Number(u) : r.uid === uidOf(u);
}

function explicitlySelected(o: PsOptions, r: ProcRow): boolean {
  if (o.pids.includes(r.pid)) return true;
  if (o.ppids.includes(r.ppid)) return true;
  if (o.cmds.includes(r.comm)) return true;
  if (o.users.some((u) => userMatches(r, u))) return true;
  if (o.ttys.some((t) => t === r.tty || `/dev/${r.tty}` === t || (t === '-' && r.tty === '?'))) return true;
  return false;
}

/** select.c: which processes the options pick. */
function wanted(o: PsOptions, view: ProcView, r: ProcRow): boolean {
  const me = view.self;
  let yes: boolean;
  if (o.quickPids.length) return o.quickPids.includes(r.pid);
  if (o.all || (o.bsdA && o.bsdX)) yes = true;
  else {
    const anySel = o.selected || o.bsdA || o.bsdX || o.sysvA || o.sysvD;
    yes = false;
    if (o.bsdA && r.tty !== '?') yes = true;
    if (o.bsdX && r.uid === me.uid) yes = true;
    if (o.sysvA && r.tty !== '?' && !r.sessionLeader) yes = true;
    if (o.sysvD && !r.sessionLeader) yes = true;
    if (o.thisTty && r.tty === me.tty && r.tty !== '?') yes = true;
    if (explicitlySelected(o, r)) yes = true;
    if (!anySel) yes = r.uid === me.uid && r.tty === me.tty;
  }
  if (o.running && r.state !== 'R') yes = false;
  return o.negate ? !yes : yes;
}

function defaultFormat(o: PsOptions): string {
  if (o.preferBsd) {
    if (o.bsdFormat === 'u') return MACROS.OL_u as string;
    if (o.bsdFormat === 'l') return MACROS.OL_l as string;
    if (o.bsdFormat === 'j') return MACROS.OL_j as string;
    return o.unixF ? 'pid,tname,stat,bsdtime,cmd' : (MACROS.DefBSD as string);
  }
  if (o.unixBigF) return MACROS.Std_F as string;
  if (o.unixF && o.unixL) return MACROS.Std_fl as string;
  if (o.unixF) return MACROS.Std_f as string;
  if (o.unixL) return MACROS.Std_l as string;
  return MACROS.DefSysV as string;
}

function buildFormat(specs: string[], pidDigits: number): FormatNode[] | string {
  const nodes: FormatNode[] = [];
  for (const spec of specs) {
    for (const raw of spec.split(/[\s,]+/)) {
      if (raw === '') continue;
      const eq = raw.indexOf('=');
      const name = eq >= 0 ? raw.slice(0, eq) : raw;
      const node = formatNode(name, pidDigits, eq >= 0 ? raw.slice(eq + 1) : undefined);
      if (!node) return `unknown user-defined format specifier "${name}"`;
      nodes.push(node);
    }
  }
  return nodes;
}

type SortKey = { key: string; reverse: boolean };

/** The time sort keys measure %CPU against (set per run). */
const NOW = { ms: 0 };

const SORT_KEYS: Record<string, (r: ProcRow) => number | string> = {
  pid: (r) => r.pid,
  ppid: (r) => r.ppid,
  pcpu: (r) => r.cpuTicks / Math.max(1, NOW.ms - r.startMs),
  '%cpu': (r) => r.cpuTicks / Math.max(1, NOW.ms - r.startMs),
  pmem: (r) => r.rssKb,
  '%mem': (r) => r.rssKb,
  rss: (r) => r.rssKb,
  rsz: (r) => r.rssKb,
  vsz: (r) => r.vszKb,
  vsize: (r) => r.vszKb,
  comm: (r) => r.comm,
  ucmd: (r) => r.comm,
  cmd: (r) => r.args,
  args: (r) => r.args,
  command: (r) => r.args,
  user: (r) => r.user,
  euser: (r) => r.user,
  uid: (r) => r.uid,
  start_time: (r) => r.startMs,
  stime: (r) => r.startMs,
  etime: (r) => -r.startMs,
  time: (r) => r.cpuTicks,
  cputime: (r) => r.cpuTicks,
  tty: (r) => r.tty,
  tname: (r) => r.tty,
  nlwp: (r) => r.threads,
  stat: (r) => r.state,
};

function parseSort(specs: string[]): SortKey[] | null {
  const out: SortKey[] = [];
  for (const s of specs) {
    const reverse = s.startsWith('-');
    const key = s.replace(/^[+-]/, '');
    if (!SORT_KEYS[key]) return null;
    out.push({ key, reverse });
  }
  return out;
}

function compare(keys: SortKey[], a: ProcRow, b: ProcRow): number {
  for (const k of keys) {
    const f = SORT_KEYS[k.key] as (r: ProcRow) => number | string;
    const x = f(a);
    const y = f(b);
    const c = x < y ? -1 : x > y ? 1 : 0;
    if (c) return k.reverse ? -c : c;
  }
  return 0;
}

/** display.c show_forest(): trees under every root, children by ppid then start. */
function forestOrder(rows: ProcRow[], keys: SortKey[]): Array<{ r: ProcRow; prefix: string }> {
  const sorted = [...rows].sort(
    (a, b) => a.ppid - b.ppid || (keys.length ? compare(keys, a, b) : a.startMs - b.startMs) || a.pid - b.pid,
  );
  const out: Array<{ r: ProcRow; prefix: string }> = [];
  const prefix: string[] = [];
  const pids = new Set(sorted.map((r) => r.pid));
  const showTree = (self: number, level: number, haveSibling: boolean) => {
    const me = sorted[self] as ProcRow;
    if (level) prefix[level - 1] = haveSibling ? '+' : 'L';
    prefix.length = level;
    out.push({ r: me, prefix: prefix.join('') });
    let i = sorted.findIndex((x) => x.ppid === me.pid);
    if (i < 0) return;
    if (level) prefix[level - 1] = haveSibling ? '|' : ' ';
    prefix.length = level;
    for (;;) {
      if (i >= sorted.length) break;
      const more = i + 1 < sorted.length && (sorted[i + 1] as ProcRow).ppid === me.pid;
      showTree(i++, me.pid === 1 ? level : Math.min(level + 1, 63), more);
      if (!more) break;
    }
    prefix.length = level;
  };
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (pids.has((sorted[i] as ProcRow).ppid)) continue;
    showTree(i, 0, false);
  }
  return out;
}

function usageError(p: Proc, message: string): number {
  p.err(`error: ${message}\n${PS_USAGE}`);
  return 1;
}

export function runPs(p: Proc): number {
  if (p.ctx.userland.flavour === 'busybox') return busyboxPs(p);
  const args = p.argv.slice(1);
  const parsed = parsePsArgs(args, (u) => KNOWN_USERS.has(u));
  if (!parsed.ok) return usageError(p, parsed.error);
  const o = parsed.options;
  if (o.help) {
    p.out(PS_USAGE);
    return 0;
  }
  if (o.version) {
    p.out('ps from procps-ng 3.3.17\n');
    return 0;
  }
  const sortKeys = parseSort(o.sort);
  if (!sortKeys) return usageError(p, 'unknown sort specifier');
  if (o.quickPids.length && (o.forest || o.sort.length || o.negate || o.pids.length || o.cmds.length)) {
    p.err(
      o.forest
        ? 'q/-q/--quick-pid cannot be used together with forest type listings.\n'
        : 'q/-q/--quick-pid cannot be combined with other selection options.\n',
    );
    return 1;
  }
  const view = processView(p.ctx, p.argv);
  NOW.ms = view.nowMs;
  const format = buildFormat(o.formats.length ? o.formats : [defaultFormat(o)], view.pidDigits);
  if (typeof format === 'string') return usageError(p, format);

  let screen: number;
  if (o.cols !== null) screen = o.cols;
  else if (p.ctx.tty) screen = p.ctx.tty.cols;
  else screen = UNLIMITED_COLS;
  if (o.wide === 1 && screen < 132) screen = 132;
  if (o.wide > 1) screen = UNLIMITED_COLS;
  const active = activeCols(format, screen);

  const rows = view.rows.filter((r) => wanted(o, view, r));
  const lines: Array<{ r: ProcRow; prefix: string }> = o.forest
    ? forestOrder(rows, sortKeys)
    : [...rows].sort((a, b) => compare(sortKeys, a, b) || a.pid - b.pid).map((r) => ({ r, prefix: '' }));

  const base = { view, forest: '', unixF: o.unixF, bsdC: o.bsdC };
  const headerWanted = o.headers !== 'none' && format.some((n) => n.header !== '');
  let text = '';
  if (headerWanted) text += `${renderLine(format, null, active, base)}\n`;
  for (const { r, prefix } of lines)
    text += `${renderLine(format, r, active, { ...base, forest: prefix })}\n`;
  p.out(text);
  return lines.length ? 0 : 1;
}

export const PS_COMMAND: CommandDef = { name: 'ps', path: '/usr/bin/ps', run: runPs };
