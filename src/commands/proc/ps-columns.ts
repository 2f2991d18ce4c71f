/**
 * procps-ng 3.3.17 output columns (a subset of ps/output.c's format_array)
 * and the row writer, a port of show_one_proc(): every column has a width,
 * a justification, and a "max rightward" budget; a column that overflows
 * pushes the rest of the line right and later columns take the slack back.
 */
import { elapsedSeconds, type ProcRow, type ProcView, statOf } from './procs.js';

export type Just = 'LEFT' | 'RIGHT' | 'USER' | 'UNLIMITED';

export interface PrCtx {
  view: ProcView;
  maxRightward: number;
  /** Forest prefix (" \_ " ...) for args/comm. */
  forest: string;
  /** -f: comm shows the command line. */
  unixF: boolean;
  /** BSD c: args shows the command name. */
  bsdC: boolean;
}

export interface ColumnDef {
  header: string;
  width: number;
  just: Just;
  pidmax?: boolean;
  pr: (r: ProcRow, c: PrCtx) => string;
}

const HZ = 100;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const p2 = (n: number) => String(n).padStart(2, '0');

/** ctime(3) in UTC without the newline: "Sat Nov 21 08:43:00 2026". */
export function ctime(ms: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

function cpuSeconds(r: ProcRow): number {
  return Math.floor(r.cpuTicks / HZ);
}

function pcpuPermille(r: ProcRow, c: PrCtx): number {
  const secs = elapsedSeconds(c.view, r);
  return secs ? Math.floor(Math.floor((r.cpuTicks * 1000) / HZ) / secs) : 0;
}

function cut(text: string, cells: number): string {
  return cells <= 0 ? '' : text.length > cells ? text.slice(0, cells) : text;
}

function prArgs(r: ProcRow, c: PrCtx): string {
  const text = c.bsdC ? r.comm : r.args;
  const fh = forestPart(c);
  return fh + cut(text, c.maxRightward - fh.length);
}

function prComm(r: ProcRow, c: PrCtx): string {
  const text = c.unixF ? r.args : r.comm;
  const fh = forestPart(c);
  return fh + cut(text, c.maxRightward - fh.length);
}

function forestPart(c: PrCtx): string {
  let out = '';
  let rightward = c.maxRightward;
  for (const ch of c.forest) {
    if (rightward < 4) break;
    out += ch === ' ' ? '    ' : ch === '|' ? ' |  ' : ' \\_ ';
    rightward -= 4;
  }
  return out;
}

/** do_pr_name: the name if it fits, else cut with '+'. */
function prName(name: string, c: PrCtx): string {
  if (name.length <= c.maxRightward) return name;
  if (c.maxRightward >= 1) return `${name.slice(0, c.maxRightward - 1)}+`;
  return name;
}

function etime(secs: number): string {
  let t = secs;
  const ss = t % 60;
  t = Math.floor(t / 60);
  const mm = t % 60;
  t = Math.floor(t / 60);
  const hh = t % 24;
  const dd = Math.floor(t / 24);
  return `${dd ? `${dd}-` : ''}${dd || hh ? `${p2(hh)}:` : ''}${p2(mm)}:${p2(ss)}`;
}

function cputime(secs: number): string {
  let t = secs;
  const ss = t % 60;
  t = Math.floor(t / 60);
  const mm = t % 60;
  t = Math.floor(t / 60);
  const hh = t % 24;
  const dd = Math.floor(t / 24);
  return `${dd ? `${dd}-` : ''}${p2(hh)}:${p2(mm)}:${p2(ss)}`;
}

/** STIME/START: time today, month+day this year, else the year. */
function stime(r: ProcRow, c: PrCtx): string {
  const now = new Date(c.view.nowMs);
  const t = new Date(r.startMs);
  const dayOf = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (now.getUTCFullYear() !== t.getUTCFullYear()) return String(t.getUTCFullYear());
  if (dayOf(now) !== dayOf(t)) return `${MONTHS[t.getUTCMonth()]}${p2(t.getUTCDate())}`;
  return `${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}`;
}

function pgidOf(r: ProcRow): number {
  return r.sessionLeader || r.self ? r.pid : r.ppid;
}

const COLUMNS: Record<string, ColumnDef> = {
  '%cpu': {
    header: '%CPU',
    width: 4,
    just: 'RIGHT',
    pr: (r, c) => {
      const v = pcpuPermille(r, c);
      return v > 999 ? String(Math.floor(v / 10)) : `${Math.floor(v / 10)}.${v % 10}`;
    },
  },
  '%mem': {
    header: '%MEM',
    width: 4,
    just: 'RIGHT',
    pr: (r, c) => {
      const v = Math.min(999, Math.floor((r.rssKb * 1000) / c.view.memTotalKb));
      return `${String(Math.floor(v / 10)).padStart(2, ' ')}.${v % 10}`;
    },
  },
  args: { header: 'COMMAND', width: 27, just: 'UNLIMITED', pr: prArgs },
  addr_1: { header: 'ADDR', width: 1, just: 'LEFT', pr: () => '-' },
  bsdstart: {
    header: 'START',
    width: 6,
    just: 'RIGHT',
    pr: (r, c) => {
      const s = ctime(r.startMs);
      return (c.view.nowMs - r.startMs > 86400_000 ? s.slice(4) : s.slice(10)).slice(0, 6);
    },
  },
  bsdtime: {
    header: 'TIME',
    width: 6,
    just: 'RIGHT',
    pr: (r) => {
      const u = cpuSeconds(r);
      return `${String(Math.floor(u / 60)).padStart(3, ' ')}:${p2(u % 60)}`;
    },
  },
  c: {
    header: 'C',
    width: 2,
    just: 'RIGHT',
    pr: (r, c) => {
      const secs = elapsedSeconds(c.view, r);
      const v = secs ? Math.min(99, Math.floor(Math.floor((r.cpuTicks * 100) / HZ) / secs)) : 0;
      return String(v).padStart(2, ' ');
    },
  },
  comm: { header: 'COMMAND', width: 15, just: 'UNLIMITED', pr: prComm },
  etime: { header: 'ELAPSED', width: 11, just: 'RIGHT', pr: (r, c) => etime(elapsedSeconds(c.view, r)) },
  etimes: { header: 'ELAPSED', width: 7, just: 'RIGHT', pr: (r, c) => String(elapsedSeconds(c.view, r)) },
  f: { header: 'F', width: 1, just: 'RIGHT', pr: (r) => (r.uid === 0 && !r.self ? '4' : '0') },
  gid: { header: 'GID', width: 5, just: 'RIGHT', pr: (r) => String(r.uid) },
  group: { header: 'GROUP', width: 8, just: 'USER', pr: (r, c) => prName(r.user, c) },
  lstart: { header: 'STARTED', width: 24, just: 'RIGHT', pr: (r) => ctime(r.startMs) },
  ni: { header: 'NI', width: 3, just: 'RIGHT', pr: () => '0' },
  nlwp: { header: 'NLWP', width: 4, just: 'RIGHT', pr: (r) => String(r.threads) },
  opri: { header: 'PRI', width: 3, just: 'RIGHT', pr: () => '80' },
  pgid: { header: 'PGID', width: 5, just: 'RIGHT', pidmax: true, pr: (r) => String(pgidOf(r)) },
  pid: { header: 'PID', width: 5, just: 'RIGHT', pidmax: true, pr: (r) => String(r.pid) },
  ppid: { header: 'PPID', width: 5, just: 'RIGHT', pidmax: true, pr: (r) => String(r.ppid) },
  pri: { header: 'PRI', width: 3, just: 'RIGHT', pr: () => '19' },
  priority: { header: 'PRI', width: 3, just: 'RIGHT', pr: () => '20' },
  psr: { header: 'PSR', width: 3, just: 'RIGHT', pr: (r) => String(r.pid % 2) },
  rss: { header: 'RSS', width: 5, just: 'RIGHT', pr: (r) => String(r.rssKb) },
  s: { header: 'S', width: 1, just: 'LEFT', pr: (r) => r.state },
  sid: {
    header: 'SID',
    width: 5,
    just: 'RIGHT',
    pidmax: true,
    pr: (r) => String(r.sessionLeader ? r.pid : r.ppid),
  },
  start: {
    header: 'STARTED',
    width: 8,
    just: 'RIGHT',
    pr: (r, c) => {
      const s = ctime(r.startMs).replace(/^(.{8}) /, '$10');
      return r.startMs + 86400_000 > c.view.nowMs ? s.slice(11, 19) : `  ${s.slice(4, 10)}`;
    },
  },
  start_time: { header: 'START', width: 5, just: 'RIGHT', pr: stime },
  stat: { header: 'STAT', width: 4, just: 'LEFT', pr: (r) => statOf(r) },
  stime: { header: 'STIME', width: 5, just: 'RIGHT', pr: stime },
  sz: { header: 'SZ', width: 5, just: 'RIGHT', pr: (r) => String(Math.ceil(r.vszKb / 4)) },
  time: { header: 'TIME', width: 8, just: 'RIGHT', pr: (r) => cputime(cpuSeconds(r)) },
  times: { header: 'TIME', width: 8, just: 'RIGHT', pr: (r) => String(cpuSeconds(r)) },
  tname: { header: 'TTY', width: 8, just: 'LEFT', pr: (r) => r.tty },
  tty: { header: 'TT', width: 8, just: 'LEFT', pr: (r) => r.tty },
  uid: { header: 'UID', width: 5, just: 'RIGHT', pr: (r) => String(r.uid) },
  uid_hack: { header: 'UID', width: 8, just: 'USER', pr: (r, c) => prName(r.user, c) },
  user: { header: 'USER', width: 8, just: 'USER', pr: (r, c) => prName(r.user, c) },
  vsz: { header: 'VSZ', width: 6, just: 'RIGHT', pr: (r) => String(r.vszKb) },
  wchan: { header: 'WCHAN', width: 6, just: 'LEFT', pr: (r) => (r.state === 'R' ? '-' : r.wchan) },
};

const ALIASES: Record<string, string> = {
  pcpu: '%cpu',
  pmem: '%mem',
  cmd: 'args',
  command: 'args',
  ucmd: 'comm',
  ucomm: 'comm',
  cputime: 'time',
  tgid: 'pid',
  pgrp: 'pgid',
  sess: 'sid',
  session: 'sid',
  rsz: 'rss',
  vsize: 'vsz',
  state: 's',
  tt: 'tty',
  euid: 'uid',
  euser: 'user',
  uname: 'user',
  ruser: 'user',
  egroup: 'group',
  rgroup: 'group',
  nice: 'ni',
  flag: 'f',
  flags: 'f',
  thcount: 'nlwp',
  lwp: 'pid',
  tid: 'pid',
  spid: 'pid',
};

/** Headers that differ from the aliased column's. */
const ALIAS_HEADERS: Record<string, { header: string; width?: number }> = {
  cmd: { header: 'CMD' },
  ucmd: { header: 'CMD' },
  euid: { header: 'EUID' },
  euser: { header: 'EUSER' },
  ruser: { header: 'RUSER' },
  egroup: { header: 'EGROUP' },
  rgroup: { header: 'RGROUP' },
  tname: { header: 'TTY' },
  pgrp: { header: 'PGRP' },
  sess: { header: 'SESS' },
  session: { header: 'SESS' },
  rsz: { header: 'RSZ' },
  state: { header: 'S' },
  lwp: { header: 'LWP' },
  tid: { header: 'TID' },
  spid: { header: 'SPID' },
  tgid: { header: 'TGID' },
  thcount: { header: 'THCNT', width: 5 },
};

export interface FormatNode {
  key: string;
  header: string;
  width: number;
  def: ColumnDef;
}

/** One format specifier (with an optional `=HEADER`), or null when ps does not know it. */
export function formatNode(spec: string, pidDigits: number, override?: string): FormatNode | null {
  const key = spec.toLowerCase() === spec ? spec : spec;
  const base = ALIASES[key] ?? key;
  const def = COLUMNS[base];
  if (!def) return null;
  const alias = ALIAS_HEADERS[key];
  const header = alias?.header ?? def.header;
  let width = alias?.width ?? def.width;
  if (def.pidmax) width = Math.max(pidDigits, header.length);
  if (override !== undefined) {
    return { key: base, header: override, width: Math.max(width, override.length), def };
  }
  return { key: base, header, width, def };
}

/** The named macro formats ps builds its defaults from. */
export const MACROS: Record<string, string> = {
  DefSysV: 'pid,tname,time,ucmd',
  DefBSD: 'pid,tname,stat,bsdtime,args',
  Std_f: 'uid_hack,pid,ppid,c,stime,tname,time,cmd',
  Std_fl: 'f,s,uid_hack,pid,ppid,c,opri,ni,addr_1,sz,wchan,stime,tname,time,cmd',
  Std_l: 'f,s,uid,pid,ppid,c,opri,ni,addr_1,sz,wchan,tname,time,ucmd',
  Std_F: 'uid_hack,pid,ppid,c,sz,rss,psr,stime,tname,time,cmd',
  OL_u: 'user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args',
  OL_l: 'f,uid,pid,ppid,priority,ni,vsz,rss,wchan,stat,tname,bsdtime,args',
  OL_j: 'ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime,args',
};

/** Width budget: the screen (or unlimited), widened until the columns fit. */
export function activeCols(nodes: FormatNode[], screenCols: number): number {
  let total = 0;
  let wasNormal = 0;
  nodes.forEach((n, i) => {
    if (n.def.just === 'UNLIMITED') total += i < nodes.length - 1 ? n.width : 3;
    else total += n.width;
    total += wasNormal;
    wasNormal = 1;
  });
  let i = 0;
  for (;;) {
    i++;
    const active = screenCols * i;
    if (active >= total || screenCols * i >= 1024 * 128) return active;
  }
}

/** show_one_proc(): one line (the header when `r` is null), without the newline. */
export function renderLine(
  nodes: FormatNode[],
  r: ProcRow | null,
  active: number,
  base: Omit<PrCtx, 'maxRightward'>,
): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const fmt = nodes[i] as FormatNode;
    const last = i === nodes.length - 1;
    let maxRightward: number;
    let tmpspace = 0;
    if (!last) maxRightward = fmt.width;
    else {
      tmpspace = correct - actual;
      if (tmpspace < 1) {
        tmpspace = dospace;
        maxRightward = active - actual - tmpspace;
      } else maxRightward = active - Math.max(correct, actual);
    }
    if (maxRightward <= 0) maxRightward = 0;
    let text = r ? fmt.def.pr(r, { ...base, maxRightward }) : fmt.header;
    let leftpad = 0;
    switch (fmt.def.just) {
      case 'RIGHT':
        leftpad = Math.max(0, fmt.width - text.length);
        break;
      case 'UNLIMITED':
        if (active - actual - tmpspace < 1) text = text.slice(0, 1);
        leftpad = 0;
        break;
      default:
        leftpad = 0;
    }
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    if (space > 144) space = 144;
    out += ' '.repeat(space) + text;
    if (last) break;
    actual += space + text.length;
    correct += fmt.width + 1;
    dospace = 1;
  }
  return out;
}
