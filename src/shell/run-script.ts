/**
 * Run a shell script in an execution context with no session around it
 * (a container's command started by kubelet). Output is captured.
 */
import { allCommands } from '../commands/index.js';
import { Registry } from '../commands/registry.js';
import { shellBuiltins } from './builtins.js';
import { newShellState } from './frame.js';
import { BufferSink, ExitSignal, Input, Interpreter } from './interpreter.js';
import type { ExecContext } from './types.js';

let interp: Interpreter | null = null;

/** The interpreter scripts without a session share (kubelet's container shells). */
export function scriptInterpreter(): Interpreter {
  interp ??= new Interpreter(new Registry(allCommands()), shellBuiltins());
  return interp;
}

export function runScript(
  ctx: ExecContext,
  script: string,
): { stdout: string; stderr: string; exit: number } {
  const interp = scriptInterpreter();
  const out = new BufferSink();
  const err = new BufferSink();
  const frame = {
    ctx,
    locals: new Map<string, string>(),
    positional: [],
    state: newShellState(),
    mode: 'script' as const,
    argv0: 'sh',
  };
  let exit: number;
  try {
    exit = interp.runLine(script, frame, { stdin: new Input(''), out, err });
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
    exit = e.code;
  }
  return { stdout: out.text, stderr: err.text, exit };
}
