/**
 * Runs the syntax tree: and-or lists, pipelines (sequential, text between
 * stages), redirections (files through the process's filesystem view),
 * compound commands with a loop budget, functions, and command lookup
 * (functions, shell builtins, registered programs).
 */
import { CliError } from '../commands/cli-error.js';
import { FsError } from '../model/vfs.js';
import { settleWorld } from '../model/world.js';
import { ArithError, evalArith } from './arith.js';
import type { AndOr, Assign, Command, List, Pipeline, Redirect, SimpleCommand, Word } from './ast.js';
import { evalCond } from './cond-eval.js';
import { Expander, type ExpandHost, globToRegExp } from './expand.js';
import { errPrefix, type Frame, getVar, type ShellFunction, setVar, shellName, subshell } from './frame.js';
import { globPaths } from './glob.js';
import { reapJobs, startJob } from './jobs.js';
import { Parser, parseShell } from './parse.js';
import { closePipeline, openPipeline, type RunningPipeline, stageArgv } from './pipeline-peers.js';
import { FdScope } from './proc-subst.js';
import type { CommandDef, ExecContext, Proc } from './types.js';
import {
  assignArray,
  getArray,
  getElement,
  restoreScope,
  type SavedVar,
  setElement,
  splitElementName,
} from './vars.js';

export interface Sink {
  write(s: string): void;
}

/** Standard input shared by the commands of a compound command; `read` consumes it line by line. */
export class Input {
  constructor(
    public text: string,
    public pos = 0,
  ) {}
  rest(): string {
    return this.pos === 0 ? this.text : this.text.slice(this.pos);
  }
}

export const NO_INPUT_TEXT = '';

export interface IO {
  stdin: Input;
  out: Sink;
  err: Sink;
  /** Standard output goes into a pipe or a file, not the terminal (commands see `ctx.tty` null). */
  notTty?: boolean;
}

export type Builtin = (argv: string[], io: IO, frame: Frame, interp: Interpreter) => number;

export interface CommandLookup {
  get(name: string): CommandDef | undefined;
  getByPath(path: string): CommandDef | undefined;
  /** Every registered program (compgen -c lists those found in PATH). */
  all?(): CommandDef[];
}

export const LOOP_LIMIT = 10000;

export class ExitSignal {
  constructor(readonly code: number) {}
}
class BreakSignal {
  constructor(
    readonly levels: number,
    readonly cont: boolean,
  ) {}
}
class ReturnSignal {
  constructor(readonly code: number) {}
}
export class AbortSignal_ {
  constructor(readonly code: number) {}
}

export class BufferSink implements Sink {
  text = '';
  write(s: string): void {
    this.text += s;
  }
}

/** Commands registered as programs that bash runs as its own builtins (no child to wait for). */
const BASH_BUILTIN_PROGRAMS = new Set(['echo', 'printf', 'kill', 'pwd']);

export class Interpreter {
  private loops = 0;
  /** Status of the last command substitution of the command being expanded (a bare `x=$(cmd)` returns it). */
  private substStatus: number | null = null;
  /** The process substitutions of the command running now. */
  private fdScope: FdScope | null = null;

  constructor(
    readonly commands: CommandLookup,
    readonly builtins: ReadonlyMap<string, Builtin>,
  ) {}

  /** Parse and run a command line in `frame`. Syntax errors are reported bash-style. */
  /** Run one input line (or several); `firstLine` is its line number in a script read from stdin. */
  runLine(line: string, frame: Frame, io: IO, firstLine = 1): number {
    const parsed = parseShell(line, frame.state.aliases, firstLine);
    if (!parsed.ok) {
      if (parsed.before) {
        this.runTop(parsed.before, frame, io);
        if (frame.state.exitRequested !== null) return frame.state.lastExit;
      }
      return this.syntaxError(frame, io, parsed, line, '-c', firstLine);
    }
    return this.runTop(parsed.list, frame, io);
  }

  /**
   * Report a failed parse; the status is 2, or for bash's `[[` errors the
   * status the shell already had (those messages may be none or several).
   */
  syntaxError(
    frame: Frame,
    io: IO,
    parsed: Extract<ReturnType<typeof parseShell>, { ok: false }>,
    src: string,
    origin = '-c',
    firstLine = 1,
  ): number {
    const msgs = [{ text: parsed.message, line: parsed.line }, ...(parsed.more ?? [])];
    for (const m of msgs)
      if (m.text) io.err.write(this.syntaxMessage(frame, m.text, m.line, src, origin, firstLine));
    return parsed.keepStatus ? frame.state.lastExit : 2;
  }

  /**
   * bash's report of a syntax error: one line at a prompt; under -c the
   * place (`-c`, `eval`, a sourced file) and line, and for an unexpected
   * token the offending line again.
   */
  syntaxMessage(
    frame: Frame,
    message: string,
    line: number,
    src: string,
    origin = '-c',
    firstLine = 1,
  ): string {
    const shell = shellName(frame);
    const file = origin !== '-c' && origin !== 'eval';
    if (frame.mode === 'interactive' && !file) return `${shell}: ${message}\n`;
    const where =
      file && frame.mode !== 'interactive'
        ? `${origin}: line ${line}: `
        : `${shell}: ${origin}: line ${line}: `;
    const tokenErr = message.startsWith('syntax error near');
    const srcLine = src.split('\n')[line - firstLine] ?? '';
    return `${where}${message}\n${tokenErr ? `${where}\`${srcLine}'\n` : ''}`;
  }

  /** `source FILE`: run its text in this shell; messages name the file, `return` leaves it. */
  runSource(text: string, file: string, frame: Frame, io: IO): number {
    const parsed = parseShell(text, frame.state.aliases);
    if (!parsed.ok) return this.syntaxError(frame, io, parsed, text, file);
    const st = frame.state;
    const saved = { name: st.errName, line: st.lineno };
    st.errName = file;
    try {
      return this.runList(parsed.list, frame, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.code;
      throw e;
    } finally {
      st.errName = saved.name;
      st.lineno = saved.line;
    }
  }

  /** `eval TEXT`: parse and run it here; its lines count from the eval's own line. */
  runEval(text: string, frame: Frame, io: IO): number {
    const base = frame.state.lineno;
    const parsed = new Parser(text, frame.state.aliases, base).parse();
    if (!parsed.ok) return this.syntaxError(frame, io, parsed, text, 'eval', base);
    return this.runList(parsed.list, frame, io);
  }

  runTop(list: List, frame: Frame, io: IO): number {
    this.loops = 0;
    try {
      return this.runList(list, frame, io);
    } catch (e) {
      if (e instanceof ExitSignal) {
        frame.state.exitRequested = e.code;
        frame.state.lastExit = e.code;
        return e.code;
      }
      if (e instanceof AbortSignal_) {
        if (e instanceof LoopLimit)
          io.err.write(`bash: loop stopped after ${LOOP_LIMIT} iterations (knetlab bounds loops)\n`);
        frame.state.lastExit = e.code;
        return e.code;
      }
      if (e instanceof BreakSignal || e instanceof ReturnSignal) return frame.state.lastExit;
      throw e;
    }
  }

  runList(list: List, frame: Frame, io: IO): number {
    let status = frame.state.lastExit;
    for (const item of list.items) {
      status = this.runAndOr(item, frame, io);
      frame.state.lastExit = status;
      if (frame.state.exitRequested !== null) throw new ExitSignal(frame.state.exitRequested);
    }
    return status;
  }

  private runAndOr(ao: AndOr, frame: Frame, io: IO): number {
    if (ao.background) {
      // a background job does not hold up the shell: its time does not pass for us
      // (and the world's controllers do not run ahead into the job's future)
      const world = frame.ctx.world;
      const clock = world.clock;
      const saved = clock.now;
      const settling = world.ext.settling;
      world.ext.settling = true;
      const quiet = { ...io, stdin: new Input('') };
      const loops = this.loops;
      const host = frame.ctx.host;
      const pidsFrom = host.nextPid;
      try {
        this.runAndOr({ ...ao, background: false }, subshell(frame), quiet);
      } catch (e) {
        // an endless background loop (a server's `while true … done &`) just keeps running out of sight
        if (!(e instanceof LoopLimit)) throw e;
      } finally {
        this.loops = loops;
        // what the job started in its own future (a loop's later sleeps) has not happened yet
        for (const host of world.hosts.values())
          if (host.processes.some((p) => p.start !== undefined && p.start > saved && p.until !== undefined))
            host.processes = host.processes.filter(
              (p) => !(p.start !== undefined && p.start > saved && p.until !== undefined),
            );
        clock.now = saved;
        world.ext.settling = settling;
      }
      startJob(frame, io, ao.src ?? '', pidsFrom);
      return 0;
    }
    let status = this.runPipeline(ao.first, frame, io);
    frame.state.lastExit = status;
    for (const { op, p } of ao.rest) {
      if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
      status = this.runPipeline(p, frame, io);
      frame.state.lastExit = status;
    }
    return status;
  }

  private runPipeline(p: Pipeline, frame: Frame, io: IO): number {
    if (p.time) return this.timed(p, frame, io);
    if (p.cmds.length < 2) return this.runStages(p, frame, io, null);
    // the later stages are already running as far as ps can tell
    const rec = openPipeline(frame.ctx, p.cmds.length, (i) =>
      stageArgv(
        p.cmds[i] as Command,
        (words) => this.expander(frame, io).words(words),
        (name) => this.builtins.has(name) || frame.state.functions.has(name),
      ),
    );
    try {
      return this.runStages(p, frame, io, rec);
    } finally {
      closePipeline(frame.ctx.world, rec);
    }
  }

  private runStages(p: Pipeline, frame: Frame, io: IO, rec: RunningPipeline | null): number {
    let stdin = io.stdin;
    let status = 0;
    p.cmds.forEach((cmd, i) => {
      if (rec) rec.current = i;
      const last = i === p.cmds.length - 1;
      if (last) {
        status = this.runCommand(cmd, p.cmds.length > 1 ? subshellIfNeeded(frame, cmd) : frame, {
          ...io,
          stdin,
        });
        return;
      }
      const buf = new BufferSink();
      const err = p.stderrToo[i] ? buf : io.err;
      this.runCommand(cmd, subshellIfNeeded(frame, cmd), { stdin, out: buf, err, notTty: true });
      stdin = new Input(buf.text);
    });
    return p.negate ? (status === 0 ? 1 : 0) : status;
  }

  private tick(): void {
    if (++this.loops > LOOP_LIMIT) throw new LoopLimit();
  }

  runCommand(cmd: Command, frame: Frame, io: IO): number {
    const outer = this.fdScope;
    const scope = new FdScope();
    this.fdScope = scope;
    try {
      return this.runCommandIn(cmd, frame, io);
    } finally {
      this.fdScope = outer;
      if (scope.restore) this.endProcSubs(scope, frame, io);
    }
  }

  /** `<(…)`/`>(…)` in a word of the running command: its /dev/fd path, with /dev/fd mounted for the command. */
  private procSub(dir: '<' | '>', list: List, frame: Frame, io: IO): string {
    const scope = this.fdScope ?? new FdScope();
    let fd: number;
    if (dir === '<') {
      const out = new BufferSink();
      const sub = subshell(frame);
      try {
        this.runList(list, sub, { stdin: new Input(''), out, err: io.err, notTty: true });
      } catch (e) {
        if (!(e instanceof ExitSignal || isAbort(e))) throw e;
      }
      fd = scope.add({ data: out.text });
    } else fd = scope.add({ data: '', sink: list });
    if (!scope.restore) {
      const before = frame.ctx.fs;
      frame.ctx.fs = before.with({ mounts: [{ at: '/dev/fd', provider: scope.provider() }] });
      scope.restore = () => {
        frame.ctx.fs = before;
      };
    }
    return `/dev/fd/${fd}`;
  }

  /** The command is done: `>(…)` lists read what it wrote; /dev/fd goes away. */
  private endProcSubs(scope: FdScope, frame: Frame, io: IO): void {
    scope.restore?.();
    for (const e of scope.fds.values()) {
      if (!e.sink) continue;
      const sub = subshell(frame);
      try {
        this.runList(e.sink, sub, { stdin: new Input(e.data), out: io.out, err: io.err });
      } catch (err) {
        if (!(err instanceof ExitSignal || isAbort(err))) throw err;
      }
    }
  }

  private runCommandIn(cmd: Command, frame: Frame, io: IO): number {
    if (cmd.t === 'simple') return this.runSimple(cmd, frame, io);
    if (cmd.t === 'function') {
      const fn: ShellFunction = { body: cmd.body, file: frame.state.errName };
      frame.state.functions.set(cmd.name, fn);
      return 0;
    }
    const rio = this.applyRedirs(cmd.redirs, frame, io);
    if (typeof rio === 'number') return rio;
    try {
      return this.runCompound(cmd, frame, rio.io);
    } finally {
      rio.flush();
    }
  }

  private runCompound(
    cmd: Exclude<Command, SimpleCommand | { t: 'function' }>,
    frame: Frame,
    io: IO,
  ): number {
    const ex = this.expander(frame, io);
    switch (cmd.t) {
      case 'group':
        return this.runList(cmd.body, frame, io);
      case 'subshell': {
        const sub = subshell(frame);
        try {
          return this.runList(cmd.body, sub, io);
        } catch (e) {
          if (e instanceof ExitSignal || isAbort(e)) return e.code;
          throw e;
        }
      }
      case 'for': {
        const items = cmd.items ? ex.words(cmd.items) : [...frame.positional];
        let status = 0;
        for (const item of items) {
          this.tick();
          setVar(frame, cmd.name, item);
          const r = this.loopBody(cmd.body, frame, io);
          status = r.status;
          if (r.brk) break;
        }
        return status;
      }
      case 'while': {
        let status = 0;
        for (;;) {
          this.tick();
          const c = this.runList(cmd.cond, frame, io);
          if (cmd.until ? c === 0 : c !== 0) break;
          const r = this.loopBody(cmd.body, frame, io);
          status = r.status;
          if (r.brk) break;
        }
        return status;
      }
      case 'if': {
        for (const b of cmd.branches) {
          if (this.runList(b.cond, frame, io) === 0) return this.runList(b.body, frame, io);
        }
        return cmd.orElse ? this.runList(cmd.orElse, frame, io) : 0;
      }
      case 'cond':
        frame.state.lineno = cmd.line;
        return evalCond(cmd.expr, ex, frame, io, this);
      case 'arith':
        frame.state.lineno = cmd.line;
        return this.arithCommand(cmd.src, ex, frame, io);
      case 'afor': {
        frame.state.lineno = cmd.line;
        if (cmd.init.trim()) this.arithCommand(cmd.init, ex, frame, io);
        let status = 0;
        for (;;) {
          this.tick();
          if (cmd.cond.trim() && this.arithCommand(cmd.cond, ex, frame, io) !== 0) break;
          const r = this.loopBody(cmd.body, frame, io);
          status = r.status;
          if (r.brk) break;
          if (cmd.step.trim()) this.arithCommand(cmd.step, ex, frame, io);
        }
        return status;
      }
      case 'case': {
        const value = ex.single(cmd.word);
        for (const arm of cmd.arms) {
          for (const pw of arm.patterns) {
            const pat = ex.pattern(pw);
            if (globToRegExp(pat.text, pat.isPattern).test(value)) return this.runList(arm.body, frame, io);
          }
        }
        return 0;
      }
    }
  }

  private loopBody(body: List, frame: Frame, io: IO): { status: number; brk: boolean } {
    try {
      return { status: this.runList(body, frame, io), brk: false };
    } catch (e) {
      if (e instanceof BreakSignal) {
        if (e.levels > 1) throw new BreakSignal(e.levels - 1, e.cont);
        return { status: 0, brk: !e.cont };
      }
      throw e;
    }
  }

  expander(frame: Frame, io: IO): Expander {
    const index = (sub: string): number => this.arith(sub, frame, io);
    const host: ExpandHost = {
      getVar: (n) => {
        const el = splitElementName(n);
        return el ? getElement(frame, el.name, el.sub, index) : getVar(frame, n);
      },
      setVar: (n, v) => {
        const el = splitElementName(n);
        if (el) setElement(frame, el.name, el.sub, v, index);
        else setVar(frame, n, v);
      },
      array: (n) => getArray(frame, n),
      index,
      warn: (message) => io.err.write(`${errPrefix(frame)}${message}\n`),
      procSub: (dir, list) => this.procSub(dir, list, frame, io),
      positional: () => frame.positional,
      special: (n) => {
        switch (n) {
          case '?':
            return String(frame.state.lastExit);
          case '$':
            return '4242';
          case '!':
            return frame.state.lastBgPid === undefined ? '' : String(frame.state.lastBgPid);
          case '0':
            return frame.argv0;
          case '-':
            return frame.mode === 'interactive' ? 'himBHs' : 'hBc';
          case 'RANDOM':
            return String(frame.ctx.world.rng.int(0, 32768));
          case 'LINENO':
            return String(frame.state.lineno);
          default:
            return undefined;
        }
      },
      runSubst: (list) => {
        const out = new BufferSink();
        const sub = subshell(frame);
        try {
          this.runList(list, sub, { stdin: new Input(''), out, err: io.err, notTty: true });
        } catch (e) {
          if (e instanceof ExitSignal || isAbort(e)) sub.state.lastExit = e.code;
          else throw e;
        }
        frame.state.lastExit = sub.state.lastExit;
        this.substStatus = sub.state.lastExit;
        return out.text;
      },
      glob: (pattern, isPattern) => globPaths(frame.ctx.fs, frame.ctx.cwd, pattern, isPattern),
      home: () => getVar(frame, 'HOME') ?? '/root',
      fail: (message, kind) => {
        // a non-interactive bash exits (127 for an unset ${x:?}); at a prompt the line stops with 1
        io.err.write(`${errPrefix(frame)}${message}\n`);
        throw new AbortSignal_(kind === 'unset' && frame.mode !== 'interactive' ? 127 : 1);
      },
    };
    return new Expander(host);
  }

  /**
   * Shell arithmetic over this frame's variables (array elements too);
   * an error is reported bash-style and aborts the command line.
   */
  arith(src: string, frame: Frame, io: IO, what = ''): number {
    const v = this.arithOrNull(src, frame, io, (msg) => {
      io.err.write(`${errPrefix(frame)}${what}${msg}\n`);
      throw new AbortSignal_(1);
    });
    return v as number;
  }

  /**
   * `time pipeline`: the pipeline, then bash's TIMEFORMAT report on the shell's stderr. Real time is
   * the virtual clock's (at least the millisecond a command takes); the simulation spends no CPU.
   */
  private timed(p: Pipeline, frame: Frame, io: IO): number {
    const clock = frame.ctx.world.clock;
    const t0 = clock.now;
    const { time: _, ...inner } = p;
    try {
      return this.runPipeline(inner, frame, io);
    } finally {
      const real = Math.max(1, clock.now - t0) / 1000;
      if (p.time === 'posix') io.err.write(`real ${real.toFixed(2)}\nuser 0.00\nsys 0.00\n`);
      else {
        const m = Math.floor(real / 60);
        const fmt = (s: number) => `${Math.floor(s / 60)}m${(s - Math.floor(s / 60) * 60).toFixed(3)}s`;
        io.err.write(`\nreal\t${m}m${(real - m * 60).toFixed(3)}s\nuser\t${fmt(0)}\nsys\t${fmt(0)}\n`);
      }
    }
  }

  /** Shell arithmetic whose error goes to `onError` (which may throw); null after an error. */
  arithOrNull(src: string, frame: Frame, io: IO, onError: (message: string) => void): number | null {
    const what = '';
    const vars = {
      getVar: (n: string) => {
        const el = splitElementName(n);
        return el
          ? getElement(frame, el.name, el.sub, (x) => this.arith(x, frame, io, what))
          : getVar(frame, n);
      },
      setVar: (n: string, v: string) => {
        const el = splitElementName(n);
        if (el) setElement(frame, el.name, el.sub, v, (x) => this.arith(x, frame, io, what));
        else setVar(frame, n, v);
      },
    };
    try {
      return evalArith(src, vars);
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      onError(e.message);
      return null;
    }
  }

  /** `(( expr ))` after the shell's expansions: bash reports an error as `((: …` and the status is 1 (the line goes on). */
  private arithCommand(src: string, ex: Expander, frame: Frame, io: IO): number {
    const v = this.arithOrNull(ex.arithText(src), frame, io, (msg) =>
      io.err.write(`${errPrefix(frame)}((: ${msg}\n`),
    );
    return v === null ? 1 : v !== 0 ? 0 : 1;
  }

  /** Perform one assignment word (`x=v`, `x+=v`, `a[i]=v`, `a=(…)`). */
  private assign(a: Assign, frame: Frame, io: IO, ex: Expander): void {
    const index = (sub: string) => this.arith(sub, frame, io);
    if (a.array) {
      const arr = getArray(frame, a.name);
      const elems = a.array.flatMap((e) =>
        e.key
          ? [{ key: ex.single(e.key), value: ex.single(e.value) }]
          : ex.words([e.value]).map((value) => ({ value })),
      );
      assignArray(frame, a.name, elems, a.append, arr?.assoc, index);
      return;
    }
    const v = ex.single(a.value);
    if (a.index) {
      const sub = ex.single(a.index);
      const old = a.append ? (getElement(frame, a.name, sub, index) ?? '') : '';
      if (!setElement(frame, a.name, sub, old + v, index)) {
        io.err.write(`${errPrefix(frame)}${a.name}[${sub}]: bad array subscript\n`);
        throw new AbortSignal_(1);
      }
      return;
    }
    setVar(frame, a.name, a.append ? (getVar(frame, a.name) ?? '') + v : v);
  }

  private runSimple(cmd: SimpleCommand, frame: Frame, io: IO): number {
    frame.state.lineno = cmd.line;
    this.substStatus = null;
    const ex = this.expander(frame, io);
    const argv = ex.words(cmd.words);
    if (argv.length === 0) {
      for (const a of cmd.assigns) this.assign(a, frame, io, ex);
      const status = this.substStatus ?? 0;
      const rio = this.applyRedirs(cmd.redirs, frame, io);
      if (typeof rio === 'number') return rio;
      rio.flush();
      return status;
    }
    const assigns = cmd.assigns
      .filter((a) => !a.array && !a.index)
      .map((a) => {
        const v = ex.single(a.value);
        return { name: a.name, value: a.append ? (getVar(frame, a.name) ?? '') + v : v };
      });
    const rio = this.applyRedirs(cmd.redirs, frame, io, argv[0]);
    if (typeof rio === 'number') return rio;
    try {
      let runFrame = frame;
      if (assigns.length) {
        runFrame = { ...frame, ctx: { ...frame.ctx, env: new Map(frame.ctx.env) } };
        for (const a of assigns) runFrame.ctx.env.set(a.name, a.value);
      }
      return this.invoke(argv, runFrame, rio.io);
    } finally {
      rio.flush();
    }
  }

  /** Run argv: function, builtin, or program. */
  invoke(argv: string[], frame: Frame, io: IO): number {
    const name = argv[0] as string;
    const fn = frame.state.functions.get(name) as ShellFunction | undefined;
    if (fn) {
      const saved = frame.positional;
      const savedName = frame.state.errName;
      frame.positional = argv.slice(1);
      frame.state.errName = fn.file ?? 'environment';
      const scope = new Map<string, SavedVar>();
      if (!frame.scopes) frame.scopes = [];
      frame.scopes.push(scope);
      try {
        return this.runCommand(fn.body as Command, frame, io);
      } catch (e) {
        if (e instanceof ReturnSignal) return e.code;
        throw e;
      } finally {
        frame.scopes.pop();
        restoreScope(frame, scope);
        frame.positional = saved;
        frame.state.errName = savedName;
      }
    }
    const b = this.builtins.get(name);
    if (b) return b(argv, io, frame, this);
    return this.runProgram(argv, frame.ctx, io, frame);
  }

  /** Look a program up and run it with a Proc bound to `ctx`. */
  runProgram(argv: string[], ctx: ExecContext, io: IO, frame: Frame): number {
    const name = argv[0] as string;
    const def = this.lookup(name, ctx);
    if (!def) {
      const where = errPrefix(frame);
      if (name.includes('/')) {
        const st = ctx.fs.stat(name, ctx.cwd);
        if (!st) io.err.write(`${where}${name}: No such file or directory\n`);
        else if (st.kind === 'dir') {
          io.err.write(`${where}${name}: Is a directory\n`);
          return 126;
        } else {
          io.err.write(`${where}${name}: Permission denied\n`);
          return 126;
        }
        return 127;
      }
      io.err.write(
        ctx.userland.flavour === 'busybox'
          ? `sh: ${name}: not found\n`
          : `${where}${name}: command not found\n`,
      );
      return 127;
    }
    const proc = this.makeProc(argv, ctx, io, frame);
    try {
      const status = def.run(proc);
      // bash waited for a program (not one of its own builtins): the jobs a signal ended are reaped
      if (!BASH_BUILTIN_PROGRAMS.has(def.name)) reapJobs(frame, io);
      return status;
    } catch (e) {
      if (e instanceof CliError) {
        if (e.stdout) io.out.write(e.stdout);
        io.err.write(e.stderr);
        return e.exit;
      }
      throw e;
    }
  }

  lookup(name: string, ctx: ExecContext): CommandDef | undefined {
    let def: CommandDef | undefined;
    if (name.includes('/')) {
      const abs = name.startsWith('/') ? name : `${ctx.cwd.replace(/\/$/, '')}/${name}`;
      def = this.commands.getByPath(abs.replace(/\/+/g, '/'));
      if (def && !ctx.fs.exists(abs)) {
        // the program file must exist in this filesystem (containers have their own)
        const exists = ctx.fs.stat(abs);
        if (!exists) def = undefined;
      }
    } else {
      def = this.commands.get(name);
      if (def?.requiresFile && !ctx.fs.exists(def.path)) def = undefined;
    }
    if (def && ctx.userland.commands && !ctx.userland.commands.has(def.name)) return undefined;
    return def;
  }

  makeProc(argv: string[], ctxIn: ExecContext, io: IO, frame: Frame): Proc {
    const interp = this;
    const ctx = io.notTty && ctxIn.tty ? { ...ctxIn, tty: null } : ctxIn;
    const derive = (over?: Partial<ExecContext>): Frame => {
      const sub = subshell(frame);
      if (over) sub.ctx = { ...sub.ctx, ...over };
      if (over?.env) sub.locals = new Map();
      return sub;
    };
    return {
      argv,
      ctx,
      stdin: io.stdin.rest(),
      out: (s) => io.out.write(s),
      err: (s) => io.err.write(s),
      spawn(argv2, over, stdin) {
        const f = derive(over);
        return interp.invoke(argv2, f, {
          stdin: new Input(stdin ?? io.stdin.rest()),
          out: io.out,
          err: io.err,
          ...(io.notTty ? { notTty: true } : {}),
        });
      },
      shell(line, over, stdin) {
        const f = derive(over);
        f.mode = f.mode === 'interactive' ? 'script' : f.mode;
        const parsed = parseShell(line, f.state.aliases);
        if (!parsed.ok) {
          io.err.write(`${shellName(f)}: -c: line ${parsed.line}: ${parsed.message}\n`);
          return 2;
        }
        try {
          return interp.runList(parsed.list, f, {
            stdin: new Input(stdin ?? io.stdin.rest()),
            out: io.out,
            err: io.err,
            ...(io.notTty ? { notTty: true } : {}),
          });
        } catch (e) {
          if (e instanceof ExitSignal) return e.code;
          throw e;
        }
      },
      capture(line, over, stdin) {
        const out = new BufferSink();
        const err = new BufferSink();
        const f = derive(over);
        let exit: number;
        try {
          exit = interp.runLine(line, f, { stdin: new Input(stdin ?? ''), out, err, notTty: true });
        } catch (e) {
          if (!(e instanceof ExitSignal)) throw e;
          exit = e.code;
        }
        return { stdout: out.text, stderr: err.text, exit };
      },
      which(name, over) {
        const c = over ? { ...ctx, ...over } : ctx;
        return interp.lookup(name, c)?.path ?? null;
      },
      elapse(ms) {
        ctx.world.clock.now += Math.max(0, Math.round(ms));
        settleWorld(ctx.world);
      },
      interactive: frame.mode === 'interactive',
      shellState: frame.state,
      errPrefix: errPrefix(frame),
    };
  }

  /** Set up redirections; returns a number (exit status) when one fails. */
  applyRedirs(
    redirs: readonly Redirect[],
    frame: Frame,
    io: IO,
    who = 'bash',
  ): { io: IO; flush: () => void } | number {
    if (redirs.length === 0) return { io, flush: () => {} };
    const ex = this.expander(frame, io);
    const fds = new Map<number, Sink>([
      [1, io.out],
      [2, io.err],
    ]);
    let stdin = io.stdin;
    const files: Array<{ path: string; sink: BufferSink; append: boolean }> = [];
    const cwd = frame.ctx.cwd;
    const where = errPrefix(frame);
    const fail = (target: string, e: unknown): number => {
      const text = e instanceof FsError ? e.text : 'No such file or directory';
      io.err.write(`${where}${target}: ${text}\n`);
      return 1;
    };
    for (const r of redirs) {
      const target = r.target ? ex.single(r.target) : '';
      if (r.target && target === '' && r.op !== '<<<') return fail('', new FsError('ENOENT', ''));
      switch (r.op) {
        case '>':
        case '>|':
        case '>>':
        case '&>':
        case '&>>': {
          if (r.target && ex.fields(r.target).length !== 1) {
            io.err.write(`${where}${wordSource(r.target)}: ambiguous redirect\n`);
            return 1;
          }
          let sink: Sink;
          if (target === '/dev/null') sink = { write: () => {} };
          else if (target === '/dev/stdout') sink = fds.get(1) as Sink;
          else if (target === '/dev/stderr') sink = fds.get(2) as Sink;
          else {
            const append = r.op === '>>' || r.op === '&>>';
            try {
              const st = frame.ctx.fs.stat(target, cwd);
              if (st?.kind === 'dir') return fail(target, new FsError('EISDIR', target));
              if (!st) frame.ctx.fs.writeFile(target, '', cwd);
            } catch (e) {
              return fail(target, e);
            }
            const b = new BufferSink();
            files.push({ path: target, sink: b, append });
            sink = b;
          }
          if (r.op === '&>' || r.op === '&>>') {
            fds.set(1, sink);
            fds.set(2, sink);
          } else fds.set(r.fd, sink);
          break;
        }
        case '>&':
        case '<&': {
          if (target === '-') {
            fds.set(r.fd, { write: () => {} });
            break;
          }
          const n = Number(target);
          if (!Number.isInteger(n)) {
            if (r.op === '>&') {
              // `>& file` means `&> file`
              const b = new BufferSink();
              files.push({ path: target, sink: b, append: false });
              fds.set(1, b);
              fds.set(2, b);
              break;
            }
            io.err.write(`${where}${target}: ambiguous redirect\n`);
            return 1;
          }
          const src = fds.get(n);
          if (!src) {
            io.err.write(`${where}${n}: Bad file descriptor\n`);
            return 1;
          }
          fds.set(r.fd, src);
          break;
        }
        case '<':
        case '<>':
          try {
            if (r.fd === 0) stdin = new Input(frame.ctx.fs.readFile(target, cwd));
          } catch (e) {
            return fail(target, e);
          }
          break;
        case '<<':
        case '<<-': {
          const h = r.heredoc;
          if (!h) break;
          let body = h.body;
          if (h.expand) {
            const parts = new Parser(body).heredocParts();
            body = ex.single({ parts });
          }
          if (r.fd === 0) stdin = new Input(body);
          break;
        }
        case '<<<':
          if (r.fd === 0) stdin = new Input(`${target}\n`);
          break;
      }
    }
    const out = fds.get(1) as Sink;
    const err = fds.get(2) as Sink;
    const notTty = io.notTty || out !== io.out;
    return {
      io: { stdin, out, err, ...(notTty ? { notTty } : {}) },
      flush: () => {
        for (const f of files) {
          try {
            if (f.append) frame.ctx.fs.writeFile(f.path, f.sink.text, cwd, true);
            else if (f.sink.text !== '' || !isProc(f.path, cwd))
              frame.ctx.fs.writeFile(f.path, f.sink.text, cwd);
          } catch (e) {
            const text = e instanceof FsError ? e.text : 'Input/output error';
            io.err.write(`${where}${who}: write error: ${text}\n`);
            frame.state.lastExit = 1;
            throw new AbortSignal_(1);
          }
        }
      },
    };
  }

  doBreak(levels: number, cont: boolean): never {
    throw new BreakSignal(levels, cont);
  }

  doReturn(code: number): never {
    throw new ReturnSignal(code);
  }
}

export class LoopLimit extends AbortSignal_ {
  constructor() {
    super(1);
  }
}

/** An aborted command line that ends only its own (sub)shell; a runaway loop stops everything. */
function isAbort(e: unknown): e is AbortSignal_ {
  return e instanceof AbortSignal_ && !(e instanceof LoopLimit);
}

function isProc(path: string, cwd: string): boolean {
  const abs = path.startsWith('/') ? path : `${cwd}/${path}`;
  return abs.startsWith('/proc/') || abs.startsWith('/sys/');
}

function wordSource(w: Word): string {
  return w.parts
    .map((p) => (p.k === 'lit' || p.k === 'sq' ? p.s : p.k === 'param' ? `$${p.name}` : ''))
    .join('');
}

function subshellIfNeeded(frame: Frame, _cmd: Command): Frame {
  // bash runs every stage of a multi-command pipeline in a subshell
  return subshell(frame);
}
