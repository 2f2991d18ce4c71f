/**
 * What a command sees when it runs: its argv, stdin as text, two output
 * sinks, and the place it runs in (host, network namespace, filesystem
 * view, environment). Commands return their exit status; they never throw
 * for user mistakes and never touch the real process.
 */
import type { Host, Netns, World } from '../model/types.js';
import type { FsView } from '../model/vfs.js';

/** Which flavour of userland a process runs with (a node, a busybox pod, a dnsutils pod ...). */
export interface Userland {
  /** 'gnu' on nodes and Debian/Ubuntu images; 'busybox' in busybox/alpine images. */
  flavour: 'gnu' | 'busybox';
  /** Commands that exist in this userland; undefined means every registered command. */
  commands?: ReadonlySet<string>;
  /** Image name, for messages. */
  image?: string;
}

export interface ExecContext {
  world: World;
  host: Host;
  ns: Netns;
  fs: FsView;
  env: Map<string, string>;
  cwd: string;
  /** stdout is a terminal of this size (the REPL, or a case with `# tty:`). */
  tty: { cols: number; rows: number } | null;
  userland: Userland;
  /** Label of the place for prompts and explanations ("controlplane", "pod default/web"). */
  place: string;
  /** UTS hostname when it differs from the host's name (inside a pod). */
  hostname?: string;
}

export interface Proc {
  argv: string[];
  ctx: ExecContext;
  stdin: string;
  out(text: string): void;
  err(text: string): void;
  /** Run another command (argv[0] looked up in the registry) in a derived context, sharing this process's I/O. */
  spawn(argv: string[], ctx?: Partial<ExecContext>, stdin?: string): number;
  /** Run a shell command line in a derived context (sh -c, ip netns exec ... sh -c, kubectl exec -- sh -c). */
  shell(line: string, ctx?: Partial<ExecContext>, stdin?: string): number;
  /** Run a shell command line and capture what it prints (for xargs-like tools and $(...)). */
  capture(
    line: string,
    ctx?: Partial<ExecContext>,
    stdin?: string,
  ): { stdout: string; stderr: string; exit: number };
  /** Path of the program `name` as exec would find it in the context, or null. */
  which(name: string, ctx?: Partial<ExecContext>): string | null;
  /** Advance the world's virtual clock (sleep, ping intervals). */
  elapse(ms: number): void;
  /** Whether the session is interactive (a person at the REPL) or a script. */
  interactive: boolean;
  /** Aliases, history and other shell state a builtin may need. */
  shellState: ShellState;
  /**
   * What bash writes before a builtin's messages here: `bash: ` at a prompt,
   * `bash: line N: ` under -c (absent: `bash: `).
   */
  errPrefix?: string;
}

export interface ShellState {
  aliases: Map<string, string>;
  history: string[];
  lastExit: number;
  /** `exit` was requested: the session should leave the current shell. */
  exitRequested: number | null;
  /** Clear the screen was requested (the REPL acts on it). */
  clearRequested: boolean;
  functions: Map<string, unknown>;
  /** `ssh HOST` asked the session to log in to another host. */
  loginRequest: string | null;
  /** Line of the command running now ($LINENO, and the `line N: ` of bash's messages under -c). */
  lineno: number;
  /**
   * Where the running code came from, for bash's messages: null for the
   * command string itself, `environment` in a function it defined, or the
   * name of a sourced file.
   */
  errName: string | null;
  /**
   * Background jobs (`cmd &`), oldest first, and `$!`. `signal` is set when a
   * signal ended the job and bash has not reported it yet.
   */
  jobs?: Array<{ n: number; pid: number; cmd: string; signal?: number }>;
  lastBgPid?: number;
  /** Completion specifications recorded by `complete` (shell/complete.ts), by command name. */
  completions?: Map<string, unknown>;
}

export type CommandFn = (p: Proc) => number;

export interface CommandDef {
  name: string;
  run: CommandFn;
  /** Absolute path as `which` prints it. */
  path: string;
  /** One line for `help`-style listings. */
  summary?: string;
  /** Found only where its file exists (a node's kubelet), not installed in every world. */
  requiresFile?: boolean;
}
