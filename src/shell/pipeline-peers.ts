/**
 * The other processes of the pipelines running now. bash forks every stage
 * of `ps aux | grep kubelet` before any of them runs, so ps finds grep in
 * the process table; knetlab runs the stages one after the other, and
 * records here, while a pipeline runs, what its later stages will exec,
 * for ps, pgrep and top to list. The argv is worked out only when asked
 * (by expanding the stage's words when that has no side effects).
 */
import type { World } from '../model/types.js';
import type { Command, Word, WordPart } from './ast.js';
import type { ExecContext } from './types.js';

/** One stage: the argv it execs, or null when it stays a copy of the shell (builtin, function, compound). */
export type StageArgv = string[] | null;

export interface RunningPipeline {
  /** Where the pipeline runs (ExecContext.place): only a ps there sees its stages. */
  place: string;
  host: string;
  stages: number;
  /** The stage running now; later ones are waiting on their input. */
  current: number;
  /** The argv of stage `i` (computed on demand). */
  argvOf(i: number): StageArgv;
  /** pids given to waiting stages by the first ps that saw them. */
  pids: Map<number, number>;
}

function stack(world: World): RunningPipeline[] {
  return ((world.ext as Record<string, unknown>).runningPipelines ??= []) as RunningPipeline[];
}

export function openPipeline(
  ctx: ExecContext,
  stages: number,
  argvOf: (i: number) => StageArgv,
): RunningPipeline {
  const rec: RunningPipeline = {
    place: ctx.place,
    host: ctx.host.name,
    stages,
    current: 0,
    argvOf,
    pids: new Map(),
  };
  stack(ctx.world).push(rec);
  return rec;
}

export function closePipeline(world: World, rec: RunningPipeline): void {
  const s = stack(world);
  const i = s.lastIndexOf(rec);
  if (i >= 0) s.splice(i, 1);
}

export interface WaitingStage {
  argv: StageArgv;
  /** The pid it was given (allocated by `alloc` the first time a ps sees it). */
  pid: number;
}

/** The stages still waiting to run in pipelines at `ctx`'s place, outermost pipeline first. */
export function waitingStages(ctx: ExecContext, alloc: () => number): WaitingStage[] {
  const out: WaitingStage[] = [];
  for (const rec of stack(ctx.world)) {
    if (rec.place !== ctx.place || rec.host !== ctx.host.name) continue;
    for (let i = rec.current + 1; i < rec.stages; i++) {
      let pid = rec.pids.get(i);
      if (pid === undefined) {
        pid = alloc();
        rec.pids.set(i, pid);
      }
      out.push({ argv: rec.argvOf(i), pid });
    }
  }
  return out;
}

function safePart(p: WordPart): boolean {
  switch (p.k) {
    case 'lit':
    case 'sq':
      return true;
    case 'dq':
      return p.parts.every(safePart);
    case 'param':
      // assigning (:=) or failing (:?) defaults would act; nested words must be safe too
      if (p.op && [':=', '=', ':?', '?'].includes(p.op)) return false;
      return [p.arg, p.arg2, p.sub].every((w) => w === undefined || safeWord(w));
    default:
      return false;
  }
}

function safeWord(w: Word): boolean {
  return !w.arrayAssign && w.parts.every(safePart);
}

/**
 * A stage's argv as bash would exec it, when expanding its words cannot act
 * (no command substitution, arithmetic or assigning defaults); null for a
 * stage that runs in the forked shell itself; the literal text otherwise.
 */
export function stageArgv(
  cmd: Command,
  expand: (words: readonly Word[]) => string[],
  isShellWord: (name: string) => boolean,
): StageArgv {
  if (cmd.t !== 'simple' || cmd.words.length === 0) return null;
  const argv = cmd.words.every(safeWord)
    ? expand(cmd.words)
    : cmd.words.map((w) => w.parts.map((p) => (p.k === 'lit' || p.k === 'sq' ? p.s : '')).join(''));
  const name = argv[0];
  if (name === undefined || isShellWord(name)) return null;
  return argv;
}
