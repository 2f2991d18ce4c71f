/**
 * Job control, lite: `cmd &` gets a job number and a pid (`$!`), bash
 * prints `[N] PID` at a prompt only; `jobs` lists the jobs still running
 * (their process alive on the world's clock); `wait` lets the clock run
 * until they end.
 */
import { allocPid } from '../commands/proc/procs.js';
import { settleWorld } from '../model/world.js';
import { errPrefix, type Frame } from './frame.js';
import type { Builtin, IO } from './interpreter.js';

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
  const jobs = (f.state.jobs ??= []).filter((j) => alive(f, j.pid));
  const n = (jobs[jobs.length - 1]?.n ?? 0) + 1;
  jobs.push({ n, pid, cmd });
  f.state.jobs = jobs;
  f.state.lastBgPid = pid;
  if (f.mode === 'interactive') io.err.write(`[${n}] ${pid}\n`);
}

export const jobsBuiltin: Builtin = (_argv, io, f) => {
  const jobs = (f.state.jobs ?? []).filter((j) => alive(f, j.pid));
  f.state.jobs = jobs;
  jobs.forEach((j, i) => {
    const mark = i === jobs.length - 1 ? '+' : i === jobs.length - 2 ? '-' : ' ';
    io.out.write(`[${j.n}]${mark}  ${'Running'.padEnd(24)}${j.cmd} &\n`);
  });
  return 0;
};

export const waitBuiltin: Builtin = (argv, io, f) => {
  const jobs = f.state.jobs ?? [];
  let targets = jobs;
  let status = 0;
  const args = argv.slice(1).filter((a) => a !== '-n' && a !== '-f');
  if (args.length) {
    targets = [];
    for (const a of args) {
      const j = a.startsWith('%') ? jobs.find((x) => `%${x.n}` === a) : jobs.find((x) => String(x.pid) === a);
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
  }
  if (end > f.ctx.world.clock.now) {
    f.ctx.world.clock.now = end;
    settleWorld(f.ctx.world);
  }
  f.state.jobs = jobs.filter((j) => !targets.includes(j) && alive(f, j.pid));
  return status;
};
