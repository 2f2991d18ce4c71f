/**
 * Job control, lite: `cmd &` gets a job number and a pid (`$!`), bash
 * prints `[N] PID` at a prompt only; `jobs` lists the jobs still running
 * (their process alive on the world's clock) and those a signal ended
 * (`kill %1`) that bash has not reported yet; `wait` lets the clock run
 * until they end. Job specs (%N, %%, %+, %-, %name, %?text) resolve as
 * bash's get_job_spec does.
 */
import { allocPid } from '../commands/proc/procs.js';
import { settleWorld } from '../model/world.js';
import { errPrefix, type Frame } from './frame.js';
import type { Builtin, IO } from './interpreter.js';
import type { ShellState } from './types.js';

export type Job = NonNullable<ShellState['jobs']>[number];

/** strsignal() as bash shows a job a signal ended. */
const SIGNAL_TEXT: Record<number, string> = {
  1: 'Hangup',
  2: 'Interrupt',
  3: 'Quit',
  4: 'Illegal instruction',
  5: 'Trace/breakpoint trap',
  6: 'Aborted',
  7: 'Bus error',
  8: 'Floating point exception',
  9: 'Killed',
  10: 'User defined signal 1',
  11: 'Segmentation fault',
  12: 'User defined signal 2',
  13: 'Broken pipe',
  14: 'Alarm clock',
  15: 'Terminated',
  16: 'Stack fault',
  24: 'CPU time limit exceeded',
  25: 'File size limit exceeded',
  26: 'Virtual timer expired',
  27: 'Profiling timer expired',
  29: 'I/O possible',
  30: 'Power failure',
  31: 'Bad system call',
};

function signalText(sig: number): string {
  return SIGNAL_TEXT[sig] ?? `Unknown signal ${sig}`;
}

/** The job's process: alive while it has no end or its end is still ahead. */
function alive(f: Frame, pid: number): { until?: number } | null {
  const p = f.ctx.host.processes.find((x) => x.pid === pid);
  if (!p) return null;
  return p.until === undefined || p.until > f.ctx.world.clock.now ? p : null;
}

/** A background job was started: give it a number and a pid (its first process's, if it made one). */
export function startJob(f: Frame, io: IO, cmd: string, pidsFrom: number): void {
  const host = f.ctx.host;
  const own = host.processes.find((p) => p.pid >= pidsFrom);
  const pid = own ? own.pid : allocPid(host);
  const jobs = known(f);
  const n = (jobs[jobs.length - 1]?.n ?? 0) + 1;
  jobs.push({ n, pid, cmd });
  f.state.jobs = jobs;
  f.state.lastBgPid = pid;
  if (f.mode === 'interactive') io.err.write(`[${n}] ${pid}\n`);
}

/** The jobs bash knows: running ones, and those a signal ended that it has not reported. */
function known(f: Frame): Job[] {
  const jobs = (f.state.jobs ?? []).filter((j) => j.signal !== undefined || alive(f, j.pid));
  f.state.jobs = jobs;
  return jobs;
}

/** `+` marks the newest job, `-` the newest other one still running. */
function marks(jobs: readonly Job[]): Map<Job, string> {
  const m = new Map<Job, string>();
  const cur = jobs[jobs.length - 1];
  if (cur) m.set(cur, '+');
  const prev = [...jobs].reverse().find((j) => j !== cur && j.signal === undefined);
  if (prev) m.set(prev, '-');
  return m;
}

/** Resolve a job spec (`%1`, `%%`, `%+`, `%-`, `%sleep`, `%?text`) as bash does; an error is bash's message tail. */
export function findJob(jobs: readonly Job[], spec: string): Job | { error: string } {
  const rest = spec.slice(1);
  const none = { error: `${spec}: no such job` };
  if (rest === '' || rest === '%' || rest === '+' || rest === '-') {
    const m = marks(jobs);
    const want = rest === '-' ? '-' : '+';
    const j =
      jobs.find((x) => m.get(x) === want) ?? (want === '-' ? jobs.find((x) => m.get(x) === '+') : undefined);
    return j ?? none;
  }
  if (/^\d+$/.test(rest)) return jobs.find((j) => j.n === Number(rest)) ?? none;
  const sub = rest.startsWith('?');
  const text = sub ? rest.slice(1) : rest;
  const hits = jobs.filter((j) => (sub ? j.cmd.includes(text) : j.cmd.startsWith(text)));
  if (hits.length > 1) return { error: `${text}: ambiguous job spec` };
  return hits[0] ?? none;
}

/** The shell's job table as a command sees it (kill's job specs). */
export function shellJobs(state: ShellState, isAlive: (pid: number) => boolean): Job[] {
  const jobs = (state.jobs ?? []).filter((j) => j.signal !== undefined || isAlive(j.pid));
  state.jobs = jobs;
  return jobs;
}

/**
 * The shell has waited for a foreground program: the jobs a signal ended
 * are reaped, and a non-interactive bash reports those not ended by INT,
 * PIPE or TERM as `bash: line N:  PID Killed                  cmd`. (At a
 * prompt bash reports them before the next prompt; here `jobs` does.)
 */
export function reapJobs(f: Frame, io: IO): void {
  if (f.mode === 'interactive') return;
  const jobs = f.state.jobs ?? [];
  if (!jobs.some((j) => j.signal !== undefined)) return;
  for (const j of jobs) {
    if (j.signal === undefined || j.signal === 2 || j.signal === 13 || j.signal === 15) continue;
    io.err.write(`${errPrefix(f)}${String(j.pid).padStart(5)} ${signalText(j.signal).padEnd(24)}${j.cmd}\n`);
  }
  f.state.jobs = jobs.filter((j) => j.signal === undefined);
}

export const jobsBuiltin: Builtin = (_argv, io, f) => {
  const jobs = known(f);
  const m = marks(jobs);
  for (const j of jobs) {
    const state = j.signal === undefined ? 'Running' : signalText(j.signal);
    io.out.write(
      `[${j.n}]${m.get(j) ?? ' '}  ${state.padEnd(24)}${j.cmd}${j.signal === undefined ? ' &' : ''}\n`,
    );
  }
  // what a signal ended has now been reported
  f.state.jobs = jobs.filter((j) => j.signal === undefined);
  return 0;
};

export const waitBuiltin: Builtin = (argv, io, f) => {
  const jobs = known(f);
  let targets = jobs;
  let status = 0;
  const args = argv.slice(1).filter((a) => a !== '-n' && a !== '-f');
  if (args.length) {
    targets = [];
    for (const a of args) {
      const found = a.startsWith('%') ? findJob(jobs, a) : jobs.find((x) => String(x.pid) === a);
      const j = found && !('error' in found) ? found : undefined;
      if (j) targets.push(j);
      else if (a.startsWith('%')) {
        io.err.write(`${errPrefix(f)}wait: ${a}: no such job\n`);
        status = 127;
      } else if (/^\d+$/.test(a)) {
        io.err.write(`${errPrefix(f)}wait: pid ${a} is not a child of this shell\n`);
        status = 127;
      } else {
        io.err.write(`${errPrefix(f)}wait: \`${a}': not a pid or valid job spec\n`);
        status = 2;
      }
    }
  }
  // the shell sleeps until the last of them ends
  let end = f.ctx.world.clock.now;
  for (const j of targets) {
    const p = alive(f, j.pid);
    if (p?.until !== undefined) end = Math.max(end, p.until);
    // a job a signal ended reports 128+N
    if (args.length && j.signal !== undefined) status = 128 + j.signal;
  }
  if (end > f.ctx.world.clock.now) {
    f.ctx.world.clock.now = end;
    settleWorld(f.ctx.world);
  }
  // waiting reaps: the jobs a signal ended are reported as after a program
  reapJobs(f, io);
  f.state.jobs = (f.state.jobs ?? []).filter((j) => !targets.includes(j) && alive(f, j.pid));
  return status;
};
