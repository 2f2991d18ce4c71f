/**
 * Session.exec(line) is the only way in: the REPL, the file runner, the
 * grader and the tests all call it. A session is a stack of shells (one per
 * `ssh` hop) over one world.
 */
import { allCommands } from './commands/index.js';
import { Registry } from './commands/registry.js';
import type { World } from './model/types.js';
import { pruneProcesses, settleWorld } from './model/world.js';
import { shellBuiltins } from './shell/builtins.js';
import { hostContext } from './shell/context.js';
import { type Frame, newShellState, type ShellMode } from './shell/frame.js';
import { BufferSink, ExitSignal, Input, Interpreter } from './shell/interpreter.js';
import { parseShell } from './shell/parse.js';
import type { ExecContext } from './shell/types.js';

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface SessionOptions {
  mode?: ShellMode;
  host?: string;
  tty?: ExecContext['tty'];
  /** Virtual milliseconds the clock moves after each command line (scripts and cases). */
  tickMs?: number;
}

let sharedRegistry: Registry | null = null;

export function defaultRegistry(): Registry {
  sharedRegistry ??= new Registry(allCommands());
  return sharedRegistry;
}

export class Session {
  readonly world: World;
  readonly mode: ShellMode;
  private readonly tty: ExecContext['tty'];
  private readonly tickMs: number;
  private readonly interp: Interpreter;
  private frames: Frame[] = [];
  private base: Frame;
  /** The outermost shell exited. */
  ended = false;

  constructor(world: World, opts: SessionOptions = {}) {
    this.world = world;
    this.mode = opts.mode ?? 'script';
    this.tty = opts.tty ?? null;
    this.tickMs = opts.tickMs ?? (this.mode === 'interactive' ? 0 : 100);
    this.interp = new Interpreter(defaultRegistry(), shellBuiltins());
    this.base = this.loginFrame(opts.host ?? world.defaultHost);
    this.frames = [this.base];
  }

  private loginFrame(host: string): Frame {
    return {
      ctx: hostContext(this.world, host, this.tty),
      locals: new Map(),
      positional: [],
      state: newShellState(),
      mode: this.mode,
      argv0: 'bash',
    };
  }

  /** The shell commands currently run in. */
  get frame(): Frame {
    return this.frames[this.frames.length - 1] as Frame;
  }

  get hostName(): string {
    return this.frame.ctx.host.name;
  }

  /** True when `text` is an unfinished command (open quote, here-document, trailing pipe ...). */
  needsMore(text: string): boolean {
    const r = parseShell(text, this.frame.state.aliases);
    return !r.ok && r.incomplete;
  }

  /** The prompt a KodeKloud-style lab terminal shows. */
  prompt(): string {
    const f = this.frame;
    const home = f.ctx.env.get('HOME') ?? '/root';
    const dir =
      f.ctx.cwd === home
        ? '~'
        : f.ctx.cwd.startsWith(`${home}/`)
          ? `~${f.ctx.cwd.slice(home.length)}`
          : f.ctx.cwd;
    return `${f.ctx.host.name} ${dir} ➜  `;
  }

  /** Run a command line; `firstLine` numbers its lines as in a script piped to bash (default 1, as `bash -c`). */
  exec(line: string, firstLine = 1): ExecResult {
    if (this.mode === 'case') {
      // every step of a .case file is a fresh `bash -c` in /root
      const host = this.frame.ctx.host.name;
      this.frames = [this.loginFrame(host)];
    }
    const frame = this.frame;
    const out = new BufferSink();
    const err = new BufferSink();
    let exitCode: number;
    if (line.trim() !== '' && this.mode !== 'case') frame.state.history.push(line.replace(/\n$/, ''));
    try {
      exitCode = this.interp.runLine(line, frame, { stdin: new Input(''), out, err }, firstLine);
    } catch (e) {
      if (e instanceof ExitSignal) exitCode = e.code;
      else {
        const msg = e instanceof Error ? e.message : String(e);
        err.write(`knetlab: internal error: ${msg}\n`);
        exitCode = 1;
      }
    }
    frame.state.lastExit = exitCode;
    this.afterCommand(frame, out, err);
    this.world.clock.now += this.tickMs;
    settleWorld(this.world);
    pruneProcesses(this.world);
    return { stdout: out.text, stderr: err.text, exitCode };
  }

  private afterCommand(frame: Frame, out: BufferSink, err: BufferSink): void {
    if (frame.state.loginRequest) {
      const host = frame.state.loginRequest;
      frame.state.loginRequest = null;
      this.frames.push(this.loginFrame(host));
      return;
    }
    if (frame.state.exitRequested !== null) {
      const code = frame.state.exitRequested;
      frame.state.exitRequested = null;
      if (this.frames.length > 1) this.leaveHop(code, out, err);
      else if (this.mode !== 'case') this.ended = true;
    }
  }

  /**
   * The remote login shell of an `ssh` hop ended (exit, logout, Ctrl-D): with
   * a terminal, bash's exit_builtin says `logout` (through the pty, so on
   * ssh's stdout) and ssh's client_loop says `Connection to HOST closed.` on
   * its stderr; ssh's status is the remote shell's.
   */
  private leaveHop(code: number, out: BufferSink, err: BufferSink): void {
    const remote = this.frames.pop() as Frame;
    if (this.mode === 'interactive') {
      out.write('logout\n');
      err.write(`Connection to ${remote.ctx.host.name} closed.\n`);
    }
    this.frame.state.lastExit = code;
  }

  /** End of input (Ctrl-D at an empty prompt): leaves an ssh hop, or ends the session. */
  endOfInput(): ExecResult {
    const out = new BufferSink();
    const err = new BufferSink();
    if (this.frames.length > 1) {
      const code = this.frame.state.lastExit;
      this.leaveHop(code, out, err);
      return { stdout: out.text, stderr: err.text, exitCode: code };
    }
    this.ended = true;
    return { stdout: 'logout\n', stderr: '', exitCode: this.frame.state.lastExit };
  }

  /** Move the virtual clock (the REPL passes wall time through here). */
  advanceClock(ms: number): void {
    this.world.clock.now += Math.max(0, Math.round(ms));
    settleWorld(this.world);
  }
}
