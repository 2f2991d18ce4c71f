/**
 * pgrep/pkill from procps-ng 3.3.17 and BusyBox, and pidof (procps on
 * Ubuntu nodes, BusyBox in BusyBox userlands). Patterns are extended
 * regular expressions matched against the 15-character command name, or
 * the whole command line with -f.
 */

import { parseSignal } from '../../model/signals.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { getopt, type OptDef } from '../getopt.js';
import { BUSYBOX_BANNER } from './busybox-ps.js';
import { type ProcRow, processView, uidOf } from './procs.js';
import { sendSignal } from './signal-effects.js';

/** procps-ng's usage(): the program's own options, then those pgrep and pkill share. */
function procpsHelp(prog: string, own: string): string {
  return `
Usage:
 ${prog} [options] <pattern>

Options:
${own} -c, --count               count of matching processes
 -f, --full                use full process name to match
 -g, --pgroup <PGID,...>   match listed process group IDs
 -G, --group <GID,...>     match real group IDs
 -i, --ignore-case         match case insensitively
 -n, --newest              select most recently started
 -o, --oldest              select least recently started
 -O, --older <seconds>     select where older than seconds
 -P, --parent <PPID,...>   match only child processes of the given parent
 -s, --session <SID,...>   match session IDs
 -t, --terminal <tty,...>  match by controlling terminal
 -u, --euid <ID,...>       match by effective IDs
 -U, --uid <ID,...>        match by real IDs
 -x, --exact               match exactly with the command name
 -F, --pidfile <file>      read PIDs from file
 -L, --logpidfile          fail if PID file is not locked
 -r, --runstates <state>   match runstates [D,S,Z,...]
 --ns <PID>                match the processes that belong to the same
                           namespace as <pid>
 --nslist <ns,...>         list which namespaces will be considered for
                           the --ns option.
                           Available namespaces: ipc, mnt, net, pid, user, uts

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see ${prog}(1).
`;
}

const PGREP_HELP = procpsHelp(
  'pgrep',
  ` -d, --delimiter <string>  specify output delimiter
 -l, --list-name           list PID and process name
 -a, --list-full           list PID and full command line
 -v, --inverse             negates the matching
 -w, --lightweight         list all TID
`,
);

const PKILL_HELP = procpsHelp(
  'pkill',
  ` -<sig>, --signal <sig>    signal to send (either number or name)
 -q, --queue <value>       integer value to be sent with the signal
 -e, --echo                display what is killed
`,
);

function defs(pkill: boolean): OptDef[] {
  const common: OptDef[] = [
    { key: 'c', short: 'c', long: 'count' },
    { key: 'f', short: 'f', long: 'full' },
    { key: 'g', short: 'g', long: 'pgroup', arg: 'required' },
    { key: 'G', short: 'G', long: 'group', arg: 'required' },
    { key: 'i', short: 'i', long: 'ignore-case' },
    { key: 'n', short: 'n', long: 'newest' },
    { key: 'o', short: 'o', long: 'oldest' },
    { key: 'O', short: 'O', long: 'older', arg: 'required' },
    { key: 'P', short: 'P', long: 'parent', arg: 'required' },
    { key: 's', short: 's', long: 'session', arg: 'required' },
    { key: 't', short: 't', long: 'terminal', arg: 'required' },
    { key: 'u', short: 'u', long: 'euid', arg: 'required' },
    { key: 'U', short: 'U', long: 'uid', arg: 'required' },
    { key: 'x', short: 'x', long: 'exact' },
    { key: 'F', short: 'F', long: 'pidfile', arg: 'required' },
    { key: 'L', short: 'L', long: 'logpidfile' },
    { key: 'r', short: 'r', long: 'runstates', arg: 'required' },
    { key: 'ns', long: 'ns', arg: 'required' },
    { key: 'nslist', long: 'nslist', arg: 'required' },
    { key: 'h', short: 'h', long: 'help' },
    { key: 'V', short: 'V', long: 'version' },
  ];
  if (pkill)
    return [
      { key: 'signal', long: 'signal', arg: 'required' },
      { key: 'e', short: 'e', long: 'echo' },
      { key: 'q', short: 'q', long: 'queue', arg: 'required' },
      ...common,
    ];
  return [
    { key: 'l', short: 'l', long: 'list-name' },
    { key: 'a', short: 'a', long: 'list-full' },
    { key: 'd', short: 'd', long: 'delimiter', arg: 'required' },
    { key: 'v', short: 'v', long: 'inverse' },
    { key: 'w', short: 'w', long: 'lightweight' },
    ...common,
  ];
}

/** POSIX ERE as JavaScript understands it (bracket classes translated), or null. */
export function ereToRegExp(pattern: string, flags: string): RegExp | null {
  const classes: Record<string, string> = {
    alpha: 'a-zA-Z',
    digit: '0-9',
    alnum: 'a-zA-Z0-9',
    upper: 'A-Z',
    lower: 'a-z',
    space: '\\s',
    punct: '!-\\/:-@\\[-`{-~',
    xdigit: '0-9A-Fa-f',
  };
  const src = pattern.replace(/\[:(\w+):\]/g, (m, c: string) => classes[c] ?? m);
  try {
    return new RegExp(src, flags);
  } catch {
    return null;
  }
}

/** pkill's `-SIGNAL` first argument (a name or a number), taken off the arguments when it is one. */
function leadingSignal(pkill: boolean, args: string[]): { sig: number; args: string[] } {
  if (pkill && args[0]?.startsWith('-') && args[0].length > 1) {
    const n = parseSignal(args[0].slice(1));
    if (n !== null) return { sig: n, args: args.slice(1) };
  }
  return { sig: 15, args };
}

function procpsPgrep(p: Proc, pkill: boolean): number {
  const prog = pkill ? 'pkill' : 'pgrep';
  const lead = leadingSignal(pkill, p.argv.slice(1));
  const args = lead.args;
  let sig = lead.sig;
  const r = getopt(prog, args, defs(pkill));
  const usage = pkill ? PKILL_HELP : PGREP_HELP;
  if (!r.ok) {
    p.err(`${r.error}\n${usage}`);
    return 2;
  }
  const has = (k: string) => r.opts.some((o) => o.key === k);
  const val = (k: string) => r.opts.filter((o) => o.key === k).pop()?.value;
  if (has('h')) {
    p.out(usage);
    return 0;
  }
  if (has('V')) {
    p.out(`${prog} from procps-ng 3.3.17\n`);
    return 0;
  }
  const sigName = val('signal');
  if (sigName !== undefined) {
    sig = parseSignal(sigName) ?? -1;
  }
  const criteria = ['g', 'G', 'n', 'o', 'P', 's', 't', 'u', 'U', 'F', 'r', 'ns'].filter(has).length;
  if (r.operands.length > 1) {
    p.err(`${prog}: only one pattern can be provided\nTry \`${prog} --help' for more information.\n`);
    return 2;
  }
  const pattern = r.operands[0];
  if (pattern === undefined && criteria === 0) {
    p.err(`${prog}: no matching criteria specified\nTry \`${prog} --help' for more information.\n`);
    return 2;
  }
  let re: RegExp | null = null;
  if (pattern !== undefined) {
    re = ereToRegExp(has('x') ? `^(${pattern})$` : pattern, has('i') ? 'i' : '');
    if (!re) {
      p.err(`${prog}: regex error\n`);
      return 2;
    }
  }
  const list = (k: string) => (val(k) ?? '').split(',').filter((x) => x !== '');
  const view = processView(p.ctx, p.argv);
  let rows = view.rows.filter((row) => !row.self);
  const full = has('f');
  rows = rows.filter((row) => {
    let ok = true;
    if (re) ok = re.test(full ? row.args : row.comm);
    if (has('P')) ok &&= list('P').map(Number).includes(row.ppid);
    if (has('u')) ok &&= list('u').some((u) => row.uid === uidOf(u));
    if (has('U')) ok &&= list('U').some((u) => row.uid === uidOf(u));
    if (has('t')) ok &&= list('t').some((t) => t === row.tty);
    if (has('r')) ok &&= list('r').some((s) => s === row.state);
    return has('v') ? !ok : ok;
  });
  if (has('n') || has('o')) {
    const sorted = [...rows].sort((a, b) => a.startMs - b.startMs || a.pid - b.pid);
    const pick = has('n') ? sorted[sorted.length - 1] : sorted[0];
    rows = pick ? [pick] : [];
  }
  if (pkill) {
    let killed = 0;
    let out = '';
    for (const row of rows) {
      if (sig < 0) {
        p.err(`pkill: killing pid ${row.pid} failed: Invalid argument\n`);
        continue;
      }
      if (sendSignal(p, row.pid, sig) === 'ok') {
        killed++;
        if (has('e')) out += `${row.comm} killed (pid ${row.pid})\n`;
      }
    }
    if (has('c')) out += `${rows.length}\n`;
    p.out(out);
    return killed ? 0 : 1;
  }
  if (has('c')) {
    p.out(`${rows.length}\n`);
    return rows.length ? 0 : 1;
  }
  if (rows.length) {
    const delim = val('d') ?? '\n';
    const items = rows.map((row: ProcRow) =>
      has('a') ? `${row.pid} ${row.args}` : has('l') ? `${row.pid} ${row.comm}` : String(row.pid),
    );
    p.out(`${items.join(delim)}\n`);
  }
  return rows.length ? 0 : 1;
}

const BB_PGREP_USAGE = `${BUSYBOX_BANNER}\nUsage: pgrep [-flanovx] [-s SID|-P PPID|PATTERN]\n\nDisplay process(es) selected by regex PATTERN\n\n\t-l\tShow command name too\n\t-a\tShow command line too\n\t-f\tMatch against entire command line\n\t-n\tShow the newest process only\n\t-o\tShow the oldest process only\n\t-v\tNegate the match\n\t-x\tMatch whole name (not substring)\n\t-s\tMatch session ID (0 for current)\n\t-P\tMatch parent process ID\n`;
const BB_PKILL_USAGE = `${BUSYBOX_BANNER}\nUsage: pkill [-l|-SIGNAL] [-xfvno] [-s SID|-P PPID|PATTERN]\n\nSend signal to processes selected by regex PATTERN\n\n\t-l\tList all signals\n\t-x\tMatch whole name (not substring)\n\t-f\tMatch against entire command line\n\t-s SID\tMatch session ID (0 for current)\n\t-P PPID\tMatch parent process ID\n\t-v\tNegate the match\n\t-n\tSignal the newest process only\n\t-o\tSignal the oldest process only\n`;

function busyboxPgrep(p: Proc, pkill: boolean): number {
  const { sig, args } = leadingSignal(pkill, p.argv.slice(1));
  const usage = pkill ? BB_PKILL_USAGE : BB_PGREP_USAGE;
  const flags = new Set<string>();
  let ppid: number | undefined;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const ch = a[k] as string;
      if ('vlafxon'.includes(ch)) flags.add(ch);
      else if (ch === 'P' || ch === 's') {
        const v = a.slice(k + 1) || args[++i];
        if (v === undefined) {
          p.err(`${pkill ? 'pkill' : 'pgrep'}: option requires an argument -- '${ch}'\n${usage}`);
          return 1;
        }
        if (ch === 'P') ppid = Number(v);
        break;
      } else {
        p.err(`${pkill ? 'pkill' : 'pgrep'}: invalid option -- '${ch}'\n${usage}`);
        return 1;
      }
    }
  }
  if (pkill && flags.has('l')) {
    p.out('');
    return 0;
  }
  if ((ppid === undefined && operands.length !== 1) || operands.length > 1) {
    p.err(usage);
    return 1;
  }
  const pattern = operands[0];
  const re = pattern === undefined ? null : ereToRegExp(pattern, '');
  const view = processView(p.ctx, p.argv);
  let rows = view.rows.filter((r) => !r.self);
  const matches: Array<{ r: ProcRow; shown: string }> = [];
  for (const r of rows) {
    if (ppid !== undefined && r.ppid !== ppid && !flags.has('v')) continue;
    let cmd = flags.has('f') ? r.args : r.argv0;
    let shown = flags.has('a') && flags.has('f') ? r.args : r.argv0;
    let ok = true;
    if (re) {
      let m = re.exec(cmd);
      if (!m) {
        cmd = r.comm;
        shown = r.comm;
        m = re.exec(cmd);
      }
      ok = !!m && (!flags.has('x') || (m.index === 0 && m[0].length === cmd.length));
    }
    if (ok !== flags.has('v')) matches.push({ r, shown });
  }
  rows = matches.map((m) => m.r);
  let picked = matches;
  if (flags.has('n')) picked = matches.slice(-1);
  if (flags.has('o')) picked = matches.slice(0, 1);
  if (pkill) {
    for (const m of picked) sendSignal(p, m.r.pid, sig);
    return picked.length ? 0 : 1;
  }
  p.out(
    picked
      .map((m) => (flags.has('l') || flags.has('a') ? `${m.r.pid} ${m.shown}\n` : `${m.r.pid}\n`))
      .join(''),
  );
  return picked.length ? 0 : 1;
}

function pidof(p: Proc): number {
  const names = p.argv.slice(1).filter((a) => !a.startsWith('-'));
  const single = p.argv.includes('-s');
  const view = processView(p.ctx, p.argv);
  const found: number[] = [];
  for (const name of names) {
    const hits = view.rows
      .filter((r) => !r.self)
      .filter((r) => {
        const base = r.argv0.split('/').pop() ?? r.argv0;
        return r.argv0 === name || base === name || (name.length >= 15 && r.comm === name.slice(0, 15));
      })
      .map((r) => r.pid)
      .sort((a, b) => b - a);
    found.push(...(single ? hits.slice(0, 1) : hits));
  }
  if (found.length) p.out(`${found.join(' ')}\n`);
  return found.length ? 0 : 1;
}

function pgrepRun(pkill: boolean) {
  return (p: Proc) => (p.ctx.userland.flavour === 'busybox' ? busyboxPgrep(p, pkill) : procpsPgrep(p, pkill));
}

export const PGREP_COMMAND: CommandDef = { name: 'pgrep', path: '/usr/bin/pgrep', run: pgrepRun(false) };
export const PKILL_COMMAND: CommandDef = { name: 'pkill', path: '/usr/bin/pkill', run: pgrepRun(true) };
export const PIDOF_COMMAND: CommandDef = { name: 'pidof', path: '/usr/bin/pidof', run: pidof };
