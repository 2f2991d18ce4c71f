/**
 * A container's main shell running its script over time. The script is
 * parsed once and stepped statement by statement in one persistent shell
 * frame (variables, functions and the container's files carry over); a
 * top-level `sleep` — in the script, in a loop body, in an if branch —
 * suspends it until the clock reaches the wake time, so `while true; do
 * echo …; sleep 5; done` writes a log line every five seconds, and files it
 * appends to grow as time passes. kubelet advances the program to "now" on
 * each pass. A server, `tail -f`, `sleep infinity` or a `wait` on such a
 * background job parks the script for good; reaching the end (or `exit`)
 * ends the container with the last status.
 */
import type { AndOr, Command, List, WhileCommand } from '../shell/ast.js';
import { type Frame, newShellState, setVar } from '../shell/frame.js';
import { BufferSink, Input, type IO } from '../shell/interpreter.js';
import { parseShell } from '../shell/parse.js';
import { scriptInterpreter } from '../shell/run-script.js';
import type { ExecContext } from '../shell/types.js';

type Cursor =
  | { k: 'list'; items: AndOr[]; i: number }
  | { k: 'while'; node: WhileCommand }
  | { k: 'for'; name: string; items: string[]; i: number; body: List };

export interface ContainerProgram {
  frame: Frame;
  stack: Cursor[];
  /** Program time reached so far. */
  time: number;
  /** A sleep in progress ends here. */
  wakeAt: number | null;
  /** Blocked for good (a server in the foreground, `sleep infinity`, `tail -f`). */
  parked: boolean;
  done: boolean;
  exitCode: number;
  /** Background sleeps still running (their end times); null: one never ends. */
  background: number[] | null;
  /** Output not yet ending in a newline. */
  partial: string;
}

/** Commands that keep running in the foreground until the container is stopped. */
const BLOCKING =
  /^(tail\s+(-\S*f|--follow)|nginx\b|httpd\b|python3?\s+-m\s+http\.server|nc\s+(-\S*l)|sleep\s+(inf|infinity)\b)/;

/** Statement steps a single advance may take without time passing (a loop with no sleep spins here). */
const SPIN_LIMIT = 10000;
/** Loop iterations one advance may run (a day of a one-second loop). */
const STEP_LIMIT = 200000;

export function startProgram(ctx: ExecContext, script: string, now: number): ContainerProgram | string {
  const parsed = parseShell(script);
  if (!parsed.ok) return `sh: syntax error: ${parsed.message}`;
  return {
    frame: {
      ctx,
      locals: new Map(),
      positional: [],
      state: newShellState(),
      mode: 'script',
      argv0: 'sh',
    },
    stack: [{ k: 'list', items: parsed.list.items, i: 0 }],
    time: now,
    wakeAt: null,
    parked: false,
    done: false,
    exitCode: 0,
    background: [],
    partial: '',
  };
}

function sleepMs(text: string): number | null {
  if (/^(inf|infinity)$/.test(text)) return Number.POSITIVE_INFINITY;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text);
  if (!m) return null;
  const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Math.round(Number(m[1]) * mult * 1000);
}

/** The lone command of a list item, when it is one plain command (no pipes, no && ||). */
function single(ao: AndOr): Command | null {
  if (ao.rest.length || ao.first.negate || ao.first.cmds.length !== 1) return null;
  return ao.first.cmds[0] ?? null;
}

/** Names whose statements the program treats itself (expanding other commands' words would run them twice). */
const SPECIAL = new Set([
  'sleep',
  'wait',
  'break',
  'continue',
  'tail',
  'nginx',
  'httpd',
  'python',
  'python3',
  'nc',
]);

/** argv of a plain command whose name is one of SPECIAL, else null. */
function specialArgv(p: ContainerProgram, cmd: Command | null, io: IO): string[] | null {
  if (cmd?.t !== 'simple' || cmd.assigns.length) return null;
  const first = cmd.words[0]?.parts;
  const name = first?.length === 1 && first[0]?.k === 'lit' ? first[0].s : null;
  if (!name || !SPECIAL.has(name)) return null;
  return scriptInterpreter().expander(p.frame, io).words(cmd.words);
}

/** Advance the program to `until`, writing what it prints to `log`. */
export function advanceProgram(p: ContainerProgram, until: number, log: (lines: string[]) => void): void {
  if (p.done || p.parked) return;
  const world = p.frame.ctx.world;
  const saved = world.clock.now;
  const settling = world.ext.settling;
  world.ext.settling = true;
  const out = new BufferSink();
  const io: IO = { stdin: new Input(''), out, err: out, notTty: true };
  const interp = scriptInterpreter();
  let spins = 0;
  let steps = 0;
  const flush = () => {
    if (!out.text) return;
    const text = p.partial + out.text;
    out.text = '';
    const cut = text.lastIndexOf('\n');
    p.partial = text.slice(cut + 1);
    if (cut >= 0) log(text.slice(0, cut).split('\n'));
  };
  try {
    while (!p.done && !p.parked) {
      if (p.wakeAt !== null) {
        if (p.wakeAt > until) break;
        p.time = p.wakeAt;
        p.wakeAt = null;
        spins = 0;
      }
      if (++spins > SPIN_LIMIT || ++steps > STEP_LIMIT) {
        // a loop without a sleep spins at one instant: it stays busy, as a real one would
        p.parked = true;
        break;
      }
      world.clock.now = p.time;
      const top = p.stack[p.stack.length - 1];
      if (!top) {
        p.done = true;
        p.exitCode = p.frame.state.lastExit;
        break;
      }
      if (top.k === 'while') {
        const c = interp.runTop(top.node.cond, p.frame, io);
        if (top.node.until ? c === 0 : c !== 0) p.stack.pop();
        else p.stack.push({ k: 'list', items: top.node.body.items, i: 0 });
        flush();
        continue;
      }
      if (top.k === 'for') {
        if (top.i >= top.items.length) p.stack.pop();
        else {
          setVar(p.frame, top.name, top.items[top.i++] as string);
          p.stack.push({ k: 'list', items: top.body.items, i: 0 });
        }
        continue;
      }
      if (top.i >= top.items.length) {
        p.stack.pop();
        continue;
      }
      const item = top.items[top.i++] as AndOr;
      step(p, item, io);
      flush();
      if (p.frame.state.exitRequested !== null) {
        p.done = true;
        p.exitCode = p.frame.state.exitRequested;
      }
    }
    flush();
    if (p.done && p.partial) {
      log([p.partial]);
      p.partial = '';
    }
  } finally {
    world.clock.now = saved;
    world.ext.settling = settling;
  }
}

function loopControl(p: ContainerProgram, cont: boolean, levels: number): void {
  for (let n = 0; n < levels; n++) {
    // drop the bodies down to the loop cursor
    while (p.stack.length && (p.stack[p.stack.length - 1] as Cursor).k === 'list') p.stack.pop();
    if (n < levels - 1 || !cont) p.stack.pop();
  }
}

function step(p: ContainerProgram, item: AndOr, io: IO): void {
  const interp = scriptInterpreter();
  const cmd = single(item);
  const argv = specialArgv(p, cmd, io);
  const text = argv?.join(' ') ?? '';
  if (item.background) {
    const ms = cmd?.t === 'simple' && /^sleep\s/.test(text) ? sleepMs(text.slice(6).trim()) : null;
    if (ms === Number.POSITIVE_INFINITY || (argv && BLOCKING.test(text)) || cmd?.t === 'while')
      p.background = null;
    else if (ms !== null) p.background?.push(p.time + ms);
    else interp.runTop({ items: [{ ...item, background: false }] }, p.frame, io);
    return;
  }
  if (argv && cmd?.t === 'simple' && cmd.redirs.length === 0) {
    const [name, ...args] = argv;
    if (name === 'sleep' && args.length === 1) {
      const ms = sleepMs(args[0] as string);
      if (ms === Number.POSITIVE_INFINITY) p.parked = true;
      else if (ms !== null) {
        p.wakeAt = p.time + ms;
        p.frame.state.lastExit = 0;
        return;
      }
    }
    if (name === 'wait' && args.length === 0) {
      if (p.background === null) p.parked = true;
      else if (p.background.length) p.wakeAt = Math.max(...p.background);
      p.background = [];
      p.frame.state.lastExit = 0;
      return;
    }
    if (
      (name === 'break' || name === 'continue') &&
      args.length <= 1 &&
      p.stack.some((c) => c.k !== 'list')
    ) {
      loopControl(p, name === 'continue', Number(args[0] ?? 1) || 1);
      return;
    }
    if (BLOCKING.test(text)) {
      p.parked = true;
      return;
    }
  }
  if (cmd && cmd.t !== 'function' && cmd.redirs.length === 0) {
    if (cmd.t === 'while') {
      p.stack.push({ k: 'while', node: cmd });
      return;
    }
    if (cmd.t === 'for') {
      const items = cmd.items ? interp.expander(p.frame, io).words(cmd.items) : [...p.frame.positional];
      p.stack.push({ k: 'for', name: cmd.name, items, i: 0, body: cmd.body });
      return;
    }
    if (cmd.t === 'if') {
      for (const b of cmd.branches) {
        if (interp.runTop(b.cond, p.frame, io) === 0) {
          p.stack.push({ k: 'list', items: b.body.items, i: 0 });
          return;
        }
      }
      if (cmd.orElse) p.stack.push({ k: 'list', items: cmd.orElse.items, i: 0 });
      return;
    }
    if (cmd.t === 'group') {
      p.stack.push({ k: 'list', items: cmd.body.items, i: 0 });
      return;
    }
  }
  interp.runTop({ items: [item] }, p.frame, io);
}
