/**
 * A minimal process harness for the text utilities: one host, its
 * filesystem view, and a `spawn` that runs other TEXT_COMMANDS.
 */
import { TEXT_COMMANDS } from '../../../src/commands/text/index.js';
import type { World } from '../../../src/model/types.js';
import { FsView, type Vfs } from '../../../src/model/vfs.js';
import { addHost, createWorld } from '../../../src/model/world.js';
import type { CommandDef, ExecContext, Proc, ShellState } from '../../../src/shell/types.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export interface RunOpts {
  stdin?: string;
  cwd?: string;
  tty?: { cols: number; rows: number } | null;
  env?: Record<string, string>;
}

const REGISTRY = new Map<string, CommandDef>(TEXT_COMMANDS.map((c) => [c.name, c]));

function words(line: string): string[] {
  return line.split(/[ \t\n]+/).filter((w) => w !== '');
}

export class Sandbox {
  readonly world: World;
  readonly fs: Vfs;
  readonly view: FsView;
  readonly ctx: ExecContext;

  /** Files by absolute path ('dir/' makes a directory, 'name -> target' a symlink), optional modes. */
  constructor(files: Record<string, string> = {}, modes: Record<string, number> = {}) {
    this.world = createWorld();
    const host = addHost(this.world, 'node1');
    this.fs = host.fs;
    this.view = new FsView(host.fs);
    const ns = this.world.netns.get(host.rootNetns);
    if (!ns) throw new Error('no netns');
    for (const [path, data] of Object.entries(files)) {
      const link = path.split(' -> ');
      if (link.length === 2) host.fs.putLink(link[0] as string, link[1] as string);
      else if (path.endsWith('/')) host.fs.putDir(path);
      else host.fs.put(path, data);
    }
    for (const [path, mode] of Object.entries(modes)) {
      const node = this.view.resolve(path, '/', true).node;
      if (node && node.t !== 'link' && node.t !== 'dev') node.mode = mode;
    }
    this.ctx = {
      world: this.world,
      host,
      ns,
      fs: this.view,
      env: new Map([['PATH', '/usr/sbin:/usr/bin:/sbin:/bin']]),
      cwd: '/',
      tty: null,
      userland: { flavour: 'gnu' },
      place: 'node1',
    };
  }

  /** Run argv (or a whitespace-split string) and collect its output. */
  run(argv: string[] | string, opts: RunOpts = {}): RunResult {
    const args = typeof argv === 'string' ? argv.split(/\s+/).filter((s) => s !== '') : argv;
    const out: string[] = [];
    const err: string[] = [];
    const env = new Map(this.ctx.env);
    for (const [k, v] of Object.entries(opts.env ?? {})) env.set(k, v);
    const ctx: ExecContext = {
      ...this.ctx,
      env,
      cwd: opts.cwd ?? this.ctx.cwd,
      tty: opts.tty ?? null,
    };
    const exit = this.exec(args, ctx, opts.stdin ?? '', out, err);
    return { stdout: out.join(''), stderr: err.join(''), exit };
  }

  private exec(argv: string[], ctx: ExecContext, stdin: string, out: string[], err: string[]): number {
    const name = argv[0] ?? '';
    const def = REGISTRY.get(name);
    if (!def) {
      err.push(`${name}: command not found\n`);
      return 127;
    }
    // a cast, so that fields other sessions add to ShellState do not break this harness
    const state = {
      aliases: new Map(),
      history: [],
      lastExit: 0,
      exitRequested: null,
      clearRequested: false,
      functions: new Map(),
      loginRequest: null,
      lineno: 1,
      errName: null,
    } as ShellState;
    const p = {
      argv,
      ctx,
      stdin,
      out: (t) => {
        out.push(t);
      },
      err: (t) => {
        err.push(t);
      },
      spawn: (a, c, s) => this.exec(a, { ...ctx, ...(c ?? {}) }, s ?? '', out, err),
      // a tiny stand-in for the shell: words split on blanks, no quoting
      shell: (line: string, c?: Partial<ExecContext>, s?: string) =>
        this.exec(words(line), { ...ctx, ...(c ?? {}) }, s ?? '', out, err),
      capture: (line: string, c?: Partial<ExecContext>, s?: string) => {
        const o: string[] = [];
        const e: string[] = [];
        const exit = this.exec(words(line), { ...ctx, ...(c ?? {}) }, s ?? '', o, e);
        return { stdout: o.join(''), stderr: e.join(''), exit };
      },
      elapse: (ms) => {
        this.world.clock.now += ms;
      },
      which: (n: string) => (REGISTRY.has(n) ? (REGISTRY.get(n)?.path ?? null) : null),
      interactive: false,
      shellState: state,
    } as Proc;
    return def.run(p);
  }
}

/** Run one command in a fresh sandbox with the given files. */
export function run(
  argv: string[] | string,
  files: Record<string, string> = {},
  opts: RunOpts = {},
): RunResult {
  return new Sandbox(files).run(argv, opts);
}
