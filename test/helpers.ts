/** Test helpers: worlds built like golden cases, and a terse way to run command lines. */

import { buildClusterWorld } from '../src/kube/build/cluster-world.js';
import { programPaths } from '../src/runner.js';
import { parseCase } from '../src/scenario/case-file.js';
import { buildCaseWorld } from '../src/scenario/case-world.js';
import { Session } from '../src/session.js';
import type { ExecContext, Proc } from '../src/shell/types.js';

export interface Ran {
  out: string;
  err: string;
  exit: number;
}

/** A session on a world built from `.case` header lines (each line `key: value`). */
export function caseSession(header: string[] = [], mode: 'case' | 'script' = 'case'): Session {
  const text = header.map((h) => `# ${h}\n`).join('');
  const world = buildCaseWorld(parseCase(text).header, { programPaths: programPaths() });
  return new Session(world, { mode });
}

/** A script-mode session on the default cluster world. */
export function clusterSession(): Session {
  return new Session(buildClusterWorld(), { mode: 'script' });
}

export function run(s: Session, line: string): Ran {
  const r = s.exec(line);
  return { out: r.stdout, err: r.stderr, exit: r.exitCode };
}

/** Run several lines; fail loudly if any of them does not exit 0. */
export function setup(s: Session, lines: string[]): void {
  for (const l of lines) {
    const r = s.exec(l);
    if (r.exitCode !== 0) throw new Error(`setup failed: ${l}\n${r.stderr}`);
  }
}

/** Replace MAC addresses and EUI-64 link-locals as the golden normaliser does. */
export function masked(s: string): string {
  return s
    .replace(/\b(?:[0-9a-f]{2}:){5}[0-9a-f]{2}\b/g, (m) =>
      m === '00:00:00:00:00:00' || m === 'ff:ff:ff:ff:ff:ff' ? m : '<mac>',
    )
    .replace(/fe80::[0-9a-f:]+\/64/g, 'fe80::<ll>/64');
}

/**
 * Run a command function as a process of the session with its context
 * changed by `ctx` (another userland or namespace, say): output captured,
 * and a CLI error's exit and text taken as the shell takes them.
 */
export function runProc(
  s: Session,
  ctx: Partial<ExecContext>,
  argv: string[],
  fn: (p: Proc) => number,
  stdin = '',
): Ran {
  let out = '';
  let err = '';
  const p = {
    argv,
    ctx: { ...s.frame.ctx, ...ctx },
    stdin,
    out: (t: string) => {
      out += t;
    },
    err: (t: string) => {
      err += t;
    },
    elapse: (ms: number) => {
      s.world.clock.now += ms;
    },
    interactive: false,
  } as unknown as Proc;
  let exit: number;
  try {
    exit = fn(p);
  } catch (e) {
    const ce = e as { stderr?: string; exit?: number; stdout?: string };
    if (ce.exit === undefined) throw e;
    out += ce.stdout ?? '';
    err += ce.stderr ?? '';
    exit = ce.exit;
  }
  return { out, err, exit };
}
