/**
 * The parts of crictl every subcommand shares: urfave/cli flag parsing (Go
 * flag rules: parsing stops at the first operand, `-aq` bundles booleans),
 * logrus messages (coloured "FATA[0000] ..." on a terminal, key=value lines
 * otherwise), /etc/crictl.yaml, and connecting to the runtime endpoint.
 */

import { clusterOf } from '../../kube/cluster.js';
import { serviceActive, unitOf } from '../../kube/node-services.js';
import type { Proc } from '../../shell/types.js';

export interface FlagDef {
  name: string;
  aliases?: string[];
  type: 'bool' | 'string' | 'int' | 'slice';
  usage: string;
}

export interface ParsedFlags {
  values: Map<string, string | boolean | number | string[]>;
  args: string[];
}

export class CrictlError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

function findFlag(defs: FlagDef[], name: string): FlagDef | undefined {
  return defs.find((d) => d.name === name || d.aliases?.includes(name));
}

/** Go's flag.Parse with urfave's short-option bundling. */
export function parseFlags(args: string[], defs: FlagDef[], bundle = true): ParsedFlags {
  const values = new Map<string, string | boolean | number | string[]>();
  const set = (d: FlagDef, raw: string | true, shown: string) => {
    if (d.type === 'bool') {
      if (raw === true || raw === 'true' || raw === '1') values.set(d.name, true);
      else if (raw === 'false' || raw === '0') values.set(d.name, false);
      else throw new CrictlError(`invalid boolean value "${raw}" for -${shown}: parse error`);
    } else if (d.type === 'int') {
      if (!/^-?\d+$/.test(String(raw)))
        throw new CrictlError(`invalid value "${raw}" for flag -${shown}: parse error`);
      values.set(d.name, Number(raw));
    } else if (d.type === 'slice') {
      const prev = (values.get(d.name) as string[] | undefined) ?? [];
      values.set(d.name, [...prev, String(raw)]);
    } else values.set(d.name, String(raw));
  };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const body = a.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    let d = findFlag(defs, name);
    if (!d && bundle && !a.startsWith('--') && eq < 0 && name.length > 1) {
      const letters = [...name];
      if (letters.every((l) => findFlag(defs, l)?.type === 'bool')) {
        for (const l of letters) set(findFlag(defs, l) as FlagDef, true, l);
        continue;
      }
    }
    if (!d) throw new CrictlError(`flag provided but not defined: -${name}`);
    if (eq >= 0) {
      set(d, body.slice(eq + 1), name);
      continue;
    }
    if (d.type === 'bool') {
      set(d, true, name);
      continue;
    }
    if (i + 1 >= args.length) throw new CrictlError(`flag needs an argument: -${name}`);
    set(d, args[++i] as string, name);
    d = undefined;
  }
  return { values, args: args.slice(i) };
}

/** A urfave/cli command help screen. */
export function commandHelp(cmd: string, usage: string, argsUsage: string, defs: FlagDef[]): string {
  const opts = [...defs, { name: 'help', aliases: ['h'], type: 'bool' as const, usage: 'show help' }].map(
    (d) => {
      const names = [d.name, ...(d.aliases ?? [])]
        .map((n) => (n.length === 1 ? `-${n}` : `--${n}`))
        .join(', ');
      const arg = d.type === 'bool' ? '' : d.type === 'int' ? ' value' : ' value';
      const def = d.type === 'bool' && d.name !== 'help' ? ' (default: false)' : '';
      return [`${names}${arg}`, `${d.usage}${def}`];
    },
  );
  const w = Math.max(...opts.map((o) => (o[0] as string).length));
  return `NAME:\n   crictl ${cmd} - ${usage}\n\nUSAGE:\n   crictl ${cmd} [command options]${argsUsage ? ` ${argsUsage}` : ''}\n\nOPTIONS:\n${opts
    .map(([a, b]) => `   ${(a as string).padEnd(w, ' ')}  ${b}`)
    .join('\n')}\n`;
}

function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
}

const LEVELS = {
  fatal: { tag: 'FATA', color: 31 },
  error: { tag: 'ERRO', color: 31 },
  warning: { tag: 'WARN', color: 33 },
  info: { tag: 'INFO', color: 36 },
} as const;

/** A logrus line on stderr, as crictl prints it. */
export function logrus(p: Proc, level: keyof typeof LEVELS, msg: string): void {
  const colored = !!p.ctx.tty && !p.ctx.env.has('NO_COLOR');
  if (colored) {
    const l = LEVELS[level];
    p.err(`\x1b[${l.color}m${l.tag}\x1b[0m[0000] ${msg.padEnd(44, ' ')} \n`);
    return;
  }
  const t = new Date(p.ctx.world.clock.now).toISOString().replace(/\.\d+Z$/, 'Z');
  const needsQuote = !/^[A-Za-z0-9\-._/@^+]+$/.test(msg);
  p.err(`time="${t}" level=${level} msg=${needsQuote ? goQuote(msg) : msg}\n`);
}

export interface CrictlConfig {
  runtimeEndpoint?: string;
  imageEndpoint?: string;
  timeout?: number;
  debug?: boolean;
}

export const DEFAULT_ENDPOINTS = [
  'unix:///run/containerd/containerd.sock',
  'unix:///run/crio/crio.sock',
  'unix:///var/run/cri-dockerd.sock',
];

/** /etc/crictl.yaml (or --config / CRI_CONFIG_FILE); null when there is none. */
export function readConfig(p: Proc, path: string | undefined): CrictlConfig | null {
  const file = path ?? p.ctx.env.get('CRI_CONFIG_FILE') ?? '/etc/crictl.yaml';
  let text: string;
  try {
    text = p.ctx.fs.readFile(file, p.ctx.cwd);
  } catch {
    if (path === undefined) {
      logrus(p, 'warning', `Config "${file}" does not exist, trying next: "/usr/bin/crictl.yaml"`);
      return null;
    }
    throw new CrictlError(`load config file: stat ${file}: no such file or directory`);
  }
  const cfg: CrictlConfig = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([\w-]+)\s*:\s*"?([^"#]*?)"?\s*(#.*)?$/.exec(line);
    if (!m) continue;
    const [, k, v] = m as unknown as [string, string, string];
    if (k === 'runtime-endpoint' && v) cfg.runtimeEndpoint = v;
    if (k === 'image-endpoint' && v) cfg.imageEndpoint = v;
    if (k === 'timeout') cfg.timeout = Number(v);
    if (k === 'debug') cfg.debug = v === 'true';
  }
  return cfg;
}

function socketPath(endpoint: string): string {
  return endpoint.replace(/^unix:\/\//, '');
}

/** Why the endpoint does not answer, or null when containerd serves it. */
function dialError(p: Proc, endpoint: string): string | null {
  const path = socketPath(endpoint).replace(/^\/var\/run\//, '/run/');
  const host = p.ctx.host.name;
  const isNode = !!clusterOf(p.ctx.world)?.config.nodes.some((n) => n.name === host);
  if (path === '/run/containerd/containerd.sock' && isNode && serviceActive(p.ctx.world, host, 'containerd'))
    return null;
  const unit = unitOf(p.ctx.world, host, 'containerd');
  const killed = isNode && unit?.lastExit?.code === 'killed' && path === '/run/containerd/containerd.sock';
  return `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix ${socketPath(endpoint)}: connect: ${killed ? 'connection refused' : 'no such file or directory'}"`;
}

/**
 * Connect to the runtime (or image) service like crictl's getRuntimeService:
 * the configured endpoint, or each default endpoint with warnings.
 */
export function connect(p: Proc, kind: 'runtime' | 'image', endpoint: string | undefined): void {
  const api = kind === 'runtime' ? 'runtime' : 'image';
  if (endpoint) {
    const err = dialError(p, endpoint);
    if (err)
      throw new CrictlError(
        `validate service connection: validate CRI v1 ${api} API for endpoint "${endpoint}": ${err}`,
      );
    return;
  }
  logrus(
    p,
    'warning',
    `${kind} connect using default endpoints: [${DEFAULT_ENDPOINTS.join(' ')}]. As the default settings are now deprecated, you should set the endpoint instead.`,
  );
  let last = '';
  for (const ep of DEFAULT_ENDPOINTS) {
    const err = dialError(p, ep);
    if (!err) return;
    last = `validate service connection: validate CRI v1 ${api} API for endpoint "${ep}": ${err}`;
    logrus(p, 'error', last);
  }
  throw new CrictlError(last);
}
