/**
 * Running files: a golden `.case` (its own world, every line a fresh
 * `bash -c`) or a script (one shell session in a named world). The result
 * has the shape of the golden transcripts.
 */
import type { World } from './model/types.js';
import { parseCase } from './scenario/case-file.js';
import { buildCaseWorld } from './scenario/case-world.js';
import { splitScriptLines } from './scenario/script.js';
import { defaultRegistry, Session } from './session.js';

export interface Step {
  cmd: string;
  exit: number;
  stdout: string;
  stderr: string;
}

export interface RunResult {
  steps: Step[];
}

export function programPaths(): string[] {
  return defaultRegistry()
    .all()
    .filter((d) => !d.requiresFile)
    .map((d) => d.path);
}

export function runCaseText(text: string, path = 'case'): RunResult {
  const c = parseCase(text, path);
  const world = buildCaseWorld(c.header, { programPaths: programPaths() });
  const session = new Session(world, { mode: 'case', tty: c.header.tty ?? null });
  const steps: Step[] = [];
  for (const cmd of c.commands) {
    const r = session.exec(cmd);
    steps.push({ cmd, exit: r.exitCode, stdout: r.stdout, stderr: r.stderr });
  }
  return { steps };
}

export function runScriptText(text: string, world: World): RunResult {
  const session = new Session(world, { mode: 'script' });
  const steps: Step[] = [];
  // as a script piped to bash: messages count lines from the top of the file
  for (const { cmd, line } of splitScriptLines(text)) {
    if (session.ended) break;
    const r = session.exec(cmd, line);
    steps.push({ cmd, exit: r.exitCode, stdout: r.stdout, stderr: r.stderr });
  }
  return { steps };
}
