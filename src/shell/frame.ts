/** One running shell: its place, variables, positional parameters and state. */
import type { ExecContext, ShellState } from './types.js';
import { copyArrays, type SavedVar, type ShellArray } from './vars.js';

export type ShellMode = 'interactive' | 'script' | 'case';

export interface Frame {
  ctx: ExecContext;
  /** Unexported shell variables (exported ones live in ctx.env). */
  locals: Map<string, string>;
  positional: string[];
  state: ShellState;
  mode: ShellMode;
  /** $0 */
  argv0: string;
  /** Array variables (see vars.ts); absent until the first one. */
  arrays?: Map<string, ShellArray>;
  /** One scope per running function call: what its `local`s shadowed. */
  scopes?: Array<Map<string, SavedVar>>;
}

export function newShellState(): ShellState {
  return {
    aliases: new Map(),
    history: [],
    lastExit: 0,
    exitRequested: null,
    clearRequested: false,
    functions: new Map(),
    loginRequest: null,
    lineno: 1,
    errName: null,
  };
}

/** A defined function and where its text came from (for messages from inside it). */
export interface ShellFunction {
  body: unknown;
  /** null: the -c string (bash then names it `environment`); else a sourced file. */
  file: string | null;
}

/** The shell's name in its own messages: `sh` in BusyBox userlands, else `bash`. */
export function shellName(f: Frame): string {
  return f.ctx.userland.flavour === 'busybox' ? 'sh' : 'bash';
}

/**
 * What bash writes before its own messages (a command not found, a
 * builtin's complaint): `bash: ` at a prompt; under -c `bash: line N: `,
 * `environment: line N: ` inside a function the string defined, and
 * `FILE: line N: ` in a sourced file. BusyBox sh keeps `sh: `.
 */
export function errPrefix(f: Frame): string {
  const name = shellName(f);
  if (f.mode === 'interactive' || name === 'sh') return `${name}: `;
  return `${f.state.errName ?? name}: line ${f.state.lineno}: `;
}

export function getVar(f: Frame, name: string): string | undefined {
  const a = f.arrays?.get(name);
  if (a) return a.items.get('0');
  return f.locals.get(name) ?? f.ctx.env.get(name);
}

export function setVar(f: Frame, name: string, value: string): void {
  const a = f.arrays?.get(name);
  if (a) a.items.set('0', value);
  else if (f.ctx.env.has(name)) f.ctx.env.set(name, value);
  else f.locals.set(name, value);
}

export function exportVar(f: Frame, name: string, value?: string): void {
  const a = f.arrays?.get(name);
  if (a) {
    // bash marks an array exported but cannot pass it on
    if (value !== undefined) a.items.set('0', value);
    a.exported = true;
    return;
  }
  const v = value ?? f.locals.get(name) ?? f.ctx.env.get(name) ?? '';
  f.locals.delete(name);
  f.ctx.env.set(name, v);
}

export function unsetVar(f: Frame, name: string): void {
  f.arrays?.delete(name);
  f.locals.delete(name);
  f.ctx.env.delete(name);
}

/** A subshell: a copy that shares the world but not variables or cwd. */
export function subshell(f: Frame): Frame {
  const arrays = copyArrays(f.arrays);
  return {
    ctx: { ...f.ctx, env: new Map(f.ctx.env) },
    locals: new Map(f.locals),
    ...(arrays ? { arrays } : {}),
    ...(f.scopes ? { scopes: f.scopes.map((s) => new Map(s)) } : {}),
    positional: [...f.positional],
    state: {
      ...f.state,
      aliases: new Map(f.state.aliases),
      functions: new Map(f.state.functions),
      exitRequested: null,
    },
    mode: f.mode,
    argv0: f.argv0,
  };
}
