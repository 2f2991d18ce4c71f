/**
 * What a container's command does when kubelet starts it: an image's own
 * daemon runs until stopped; a command or script runs as the container's
 * main shell (container-program.ts), which kubelet keeps advancing with the
 * clock — its output is the container log, its end the container's exit.
 */
import type { ExecContext } from '../shell/types.js';
import { advanceProgram, type ContainerProgram, startProgram } from './container-program.js';
import { imageSpec } from './images.js';

export interface ProcessOutcome {
  running: boolean;
  exitCode: number;
  logs: string[];
  /** ps-style command line. */
  cmdline: string;
  /** The main shell still to be advanced (absent for an image's own daemon). */
  program?: ContainerProgram;
  /** The image's entrypoint refused to start (e.g. a database without its password variable). */
  refused?: boolean;
}

function quote(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`;
}

export function startContainerProcess(
  ctx: ExecContext,
  image: string,
  command: string[] | undefined,
  args: string[] | undefined,
): ProcessOutcome {
  const img = imageSpec(image);
  const argv = [...(command ?? []), ...(args ?? [])];
  if (argv.length === 0) {
    const refused = img.refuses?.(Object.fromEntries(ctx.env), ctx.world.clock.now);
    if (refused) return { running: false, ...refused, cmdline: img.process || image, refused: true };
    return { running: img.longRunning, exitCode: 0, logs: [], cmdline: img.process || image };
  }
  // images without a shell run their own daemon; the arguments are its flags
  if (img.userland === 'none') {
    const main = command?.length ? command : (img.process.split(' ')[0] ?? image).split(/\s+/);
    return { running: img.longRunning, exitCode: 0, logs: [], cmdline: [...main, ...(args ?? [])].join(' ') };
  }
  // `sh -c SCRIPT [NAME [ARG...]]` runs SCRIPT with $0 NAME; any other argv is a one-line script
  const shell = /^(\/bin\/)?(sh|bash|ash)$/.test(argv[0] ?? '') && argv[1] === '-c';
  const script = shell ? (argv[2] ?? '') : argv.map(quote).join(' ');
  const cmdline = argv.join(' ');
  const logs: string[] = [];
  const program = startProgram(ctx, script, ctx.world.clock.now);
  if (typeof program === 'string') return { running: false, exitCode: 2, logs: [program], cmdline };
  if (shell) {
    if (argv[3] !== undefined) program.frame.argv0 = argv[3];
    program.frame.positional = argv.slice(4);
  }
  advanceProgram(program, ctx.world.clock.now, (lines) => logs.push(...lines));
  return { running: !program.done, exitCode: program.exitCode, logs, cmdline, program };
}
