/**
 * kill as the shell builtin users reach first: bash's (messages prefixed
 * "bash: kill:") and BusyBox ash's ("sh: ..."). Signals go through
 * signal-effects, which decides what each process does with them.
 */

import { bashSignalTable, parseSignal, signalName } from '../../model/signals.js';
import { findJob, type Job, shellJobs } from '../../shell/jobs.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { sendSignal } from './signal-effects.js';

/** Whether a process of the shell's host is still running on the world's clock. */
function running(p: Proc, pid: number): boolean {
  const x = p.ctx.host.processes.find((q) => q.pid === pid);
  return !!x && (x.until === undefined || x.until > p.ctx.world.clock.now);
}

/** A signal that ended a job's process: the job stays in the table, ended, until bash reports it. */
function noteEnded(p: Proc, jobs: readonly Job[], pid: number, sig: number): void {
  if (sig === 0 || running(p, pid)) return;
  for (const j of jobs) if (j.pid === pid && j.signal === undefined) j.signal = sig;
}

const BASH_USAGE =
  'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

function busyboxSignalList(): string {
  let out = '';
  for (let n = 1; n <= 64; n++) {
    const name = signalName(n);
    if (name && !name.startsWith('RT')) out += `${String(n).padStart(2, ' ')}) ${name}\n`;
  }
  return out;
}

function killBusybox(p: Proc): number {
  const args = p.argv.slice(1);
  let sig = 15;
  let i = 0;
  const a0 = args[0];
  if (a0 === '-l') {
    if (args.length === 1) {
      p.out(busyboxSignalList());
      return 0;
    }
    for (const a of args.slice(1)) {
      const n = parseSignal(a);
      if (n === null || n === 0) {
        p.err(`sh: bad signal name '${a}'\n`);
        return 1;
      }
      p.out(/^\d+$/.test(a) ? `${signalName(n)}\n` : `${n}\n`);
    }
    return 0;
  }
  if (a0 === '-s' || a0 === '-n') {
    const spec = args[1];
    if (spec === undefined) {
      p.err('sh: you need to specify whom to kill\n');
      return 1;
    }
    const n = parseSignal(spec);
    if (n === null) {
      p.err(`sh: bad signal name '${spec}'\n`);
      return 1;
    }
    sig = n;
    i = 2;
  } else if (a0?.startsWith('-') && a0 !== '-' && a0 !== '--') {
    const n = parseSignal(a0.slice(1));
    if (n === null) {
      p.err(`sh: bad signal name '${a0.slice(1)}'\n`);
      return 1;
    }
    sig = n;
    i = 1;
  }
  if (args[i] === '--') i++;
  const targets = args.slice(i);
  if (!targets.length) {
    p.err('sh: you need to specify whom to kill\n');
    return 1;
  }
  let status = 0;
  for (const t of targets) {
    if (!/^-?\d+$/.test(t)) {
      p.err(`sh: invalid number '${t}'\n`);
      return 1;
    }
    const r = sendSignal(p, Number(t), sig);
    if (r !== 'ok') {
      p.err(`sh: can't kill pid ${t}: ${r === 'ESRCH' ? 'No such process' : 'Operation not permitted'}\n`);
      status = 1;
    }
  }
  return status;
}

function listSignals(p: Proc, specs: string[], pre: string): number {
  if (!specs.length) {
    p.out(bashSignalTable());
    return 0;
  }
  let status = 0;
  for (const s of specs) {
    if (/^\d+$/.test(s)) {
      let n = Number(s);
      if (n > 128) n -= 128;
      const name = signalName(n);
      if (!name) {
        p.err(`${pre}${s}: invalid signal specification\n`);
        status = 1;
      } else p.out(`${name}\n`);
    } else {
      const n = parseSignal(s);
      if (n === null || n === 0) {
        p.err(`${pre}${s}: invalid signal specification\n`);
        status = 1;
      } else p.out(`${n}\n`);
    }
  }
  return status;
}

function killBash(p: Proc): number {
  // bash's builtin: `bash: kill: ` at a prompt, `bash: line N: kill: ` under -c
  const pre = `${p.errPrefix ?? 'bash: '}kill: `;
  const args = p.argv.slice(1);
  let sig = 15;
  let i = 0;
  while (i < args.length) {
    const a = args[i] as string;
    if (a === '-l' || a === '-L' || a === '--list' || a === '--table')
      return listSignals(p, args.slice(i + 1), pre);
    if (a === '-s' || a === '-n') {
      const spec = args[i + 1];
      if (spec === undefined) {
        p.err(`${pre}${a}: option requires an argument\n`);
        return 1;
      }
      const n = a === '-n' && !/^\d+$/.test(spec) ? null : parseSignal(spec);
      if (n === null) {
        p.err(`${pre}${spec}: invalid signal specification\n`);
        return 1;
      }
      sig = n;
      i += 2;
      continue;
    }
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('-') && a.length > 1) {
      const n = parseSignal(a.slice(1));
      if (n === null) {
        p.err(`${pre}${a.slice(1)}: invalid signal specification\n`);
        return 1;
      }
      sig = n;
      i++;
      continue;
    }
    break;
  }
  const targets = args.slice(i);
  if (!targets.length) {
    p.err(BASH_USAGE);
    return 2;
  }
  let status = 0;
  const jobs = shellJobs(p.shellState, (pid) => running(p, pid));
  for (const t of targets) {
    let pid: number;
    if (t.startsWith('%')) {
      const j = findJob(jobs, t);
      if ('error' in j) {
        p.err(`${pre}${j.error}\n`);
        status = 1;
        continue;
      }
      pid = j.pid;
    } else if (/^-?\d+$/.test(t)) pid = Number(t);
    else {
      p.err(`${pre}${t}: arguments must be process or job IDs\n`);
      status = 1;
      continue;
    }
    // a job's process a signal ended is a zombie until bash reaps it: signals still reach it
    if (jobs.some((j) => j.pid === pid && j.signal !== undefined)) continue;
    const r = sendSignal(p, pid, sig);
    if (r !== 'ok') {
      p.err(
        `${pre}(${t.startsWith('%') ? pid : t}) - ${r === 'ESRCH' ? 'No such process' : 'Operation not permitted'}\n`,
      );
      status = 1;
      continue;
    }
    noteEnded(p, jobs, pid, sig);
  }
  return status;
}

export const KILL_COMMAND: CommandDef = {
  name: 'kill',
  path: '/usr/bin/kill',
  run: (p) => (p.ctx.userland.flavour === 'busybox' ? killBusybox(p) : killBash(p)),
};
