/**
 * The knetlab command line: the only code that touches the real process
 * (argv, files, stdout/stderr, exit status). It picks the REPL, the file
 * runner or a one-shot command and hands everything else to Session. Two
 * entries run it: bin/knetlab-entry.ts (the plain bundle) and
 * bin/snapshot-entry.ts (a V8 startup snapshot with the default world
 * already built, which is what bin/knetlab starts when it can).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { World } from '../src/model/types.js';
import { programPaths, type RunResult, runCaseText, runScriptText } from '../src/runner.js';
import { CaseError } from '../src/scenario/case-file.js';
import { DEFAULT_WORLD, findPreset, WORLD_PRESETS } from '../src/scenario/worlds.js';
import { Session } from '../src/session.js';

const VERSION = '0.1.0';

export interface CliHooks {
  /** A world built ahead of time (the snapshot's default world), used once. */
  prebuilt?: { name: string; world: World };
  startRepl(world: World): Promise<number>;
}

let hooks: CliHooks;

function buildWorld(name: string): World {
  const pre = hooks.prebuilt;
  if (pre && pre.name === name) {
    hooks.prebuilt = undefined;
    return pre.world;
  }
  const preset = findPreset(name);
  if (!preset) {
    process.stderr.write(
      `knetlab: unknown world "${name}" (known: ${WORLD_PRESETS.map((p) => p.name).join(', ')})\n`,
    );
    process.exit(2);
  }
  return preset.build(programPaths());
}

function emit(result: RunResult, format: string): number {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ steps: result.steps })}\n`);
  } else {
    for (const s of result.steps) {
      if (s.stdout) process.stdout.write(s.stdout);
      if (s.stderr) process.stderr.write(s.stderr);
    }
  }
  const last = result.steps[result.steps.length - 1];
  return last ? last.exit : 0;
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    process.stderr.write(`knetlab: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    process.exit(2);
  }
}

export async function runCli(argv: string[], h: CliHooks): Promise<number> {
  hooks = h;
  const program = new Command();
  program
    .name('knetlab')
    .description(
      'A terminal emulator of Linux and Kubernetes networking: type ip, iptables, dig, kubectl ... into one simulated world.',
    )
    .version(VERSION, '-V, --version')
    .option('-c, --command <line>', 'run one command line in the world and exit with its status')
    .option(
      '-w, --world <name>',
      `starting world (${WORLD_PRESETS.map((p) => p.name).join(', ')})`,
      DEFAULT_WORLD,
    )
    .showHelpAfterError(false)
    .exitOverride()
    .action(() => {});
  program
    .command('run')
    .description(
      'run the commands of FILE (a golden .case file builds its own world) and print what a terminal would show',
    )
    .argument('<file>', 'a .case file or a script ("-" reads standard input)')
    .option('-w, --world <name>', 'world for scripts (not .case files)')
    .option('-f, --format <format>', 'text, or json for {"steps":[{cmd,exit,stdout,stderr}]}', 'text')
    .action(() => {});
  program
    .command('worlds')
    .description('list the worlds knetlab can start on')
    .action(() => {});

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    throw e;
  }
  const sub = program.args[0];
  const opts = program.opts<{ command?: string; world: string }>();

  if (sub === 'worlds') {
    const width = Math.max(...WORLD_PRESETS.map((p) => p.name.length));
    for (const p of WORLD_PRESETS)
      process.stdout.write(
        `${p.name.padEnd(width)}  ${p.summary}${p.name === DEFAULT_WORLD ? ' (default)' : ''}\n`,
      );
    return 0;
  }
  if (sub === 'run') {
    const runCmd = program.commands.find((c) => c.name() === 'run');
    const ro = runCmd?.opts<{ world?: string; format: string }>() ?? { format: 'text' };
    const file = runCmd?.args[0] as string;
    if (ro.format !== 'text' && ro.format !== 'json') {
      process.stderr.write(`knetlab: unknown format "${ro.format}" (text or json)\n`);
      return 2;
    }
    const text = readInput(file);
    let result: RunResult;
    try {
      result = file.endsWith('.case')
        ? runCaseText(text, file)
        : runScriptText(text, buildWorld(ro.world ?? opts.world));
    } catch (e) {
      // a malformed .case header: say where, run nothing
      if (!(e instanceof CaseError)) throw e;
      process.stderr.write(`knetlab: ${e.message}\n`);
      return 2;
    }
    return emit(result, ro.format);
  }
  if (opts.command !== undefined) {
    const session = new Session(buildWorld(opts.world), { mode: 'script' });
    const r = session.exec(opts.command);
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    return r.exitCode;
  }
  if (!process.stdin.isTTY) {
    const text = readInput('-');
    return emit(runScriptText(text, buildWorld(opts.world)), 'text');
  }
  return hooks.startRepl(buildWorld(opts.world));
}

/** Run the CLI and set the process exit status. */
export function runMain(argv: string[], h: CliHooks): void {
  runCli(argv, h).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`knetlab: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
