/**
 * How systemd (249, Ubuntu 22.04) reads a service's unit file and drop-ins
 * and turns ExecStart= into a command line: the unit file from the first of
 * /etc, /run, /usr/lib (= /lib) that has it, drop-ins `NAME.service.d/*.conf`
 * from all three (a file in /etc hides one of the same name further down)
 * applied in file-name order, `ExecStart=` empty resets the list,
 * `Environment=` assignments and `EnvironmentFile=` files (a leading `-`
 * tolerates a missing one, read at every start), `$VAR` split into words
 * and `${VAR}` kept as one. Pure over the host's files.
 */
import { FsView } from '../model/vfs.js';

const UNIT_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/lib/systemd/system'];

/** What daemon-reload loaded for a service. */
export interface LoadedUnit {
  /** ExecStart= as written (after the last reset), for `systemctl status`; null when none is set. */
  execStart: string | null;
  /** Environment= assignments in order. */
  env: Array<[string, string]>;
  /** EnvironmentFile= paths, `optional` when prefixed with `-`. */
  envFiles: Array<{ path: string; optional: boolean }>;
  /** Restart=always|on-failure… and RestartSec= (ms). */
  restart: string;
  restartMs: number;
  /** The unit file and drop-ins read, for status and cat. */
  fragment: string | null;
  dropins: string[];
  /** The text of all of them: a change on disk since daemon-reload makes systemctl warn. */
  source: string;
}

function readFile(fs: FsView, path: string): string | null {
  try {
    return fs.readFile(path);
  } catch {
    return null;
  }
}

function listDir(fs: FsView, path: string): string[] {
  try {
    return fs.readdir(path);
  } catch {
    return [];
  }
}

/** The unit file and its drop-ins, in the order systemd applies them. */
function unitSources(fs: FsView, name: string): { fragment: string | null; dropins: string[] } {
  const file = `${name}.service`;
  const fragment = UNIT_DIRS.map((d) => `${d}/${file}`).find((p) => readFile(fs, p) !== null) ?? null;
  const byName = new Map<string, string>();
  for (const d of [...UNIT_DIRS].reverse()) {
    const dir = `${d}/${file}.d`;
    for (const n of listDir(fs, dir)) if (n.endsWith('.conf')) byName.set(n, `${dir}/${n}`);
  }
  const dropins = [...byName.keys()].sort().map((n) => byName.get(n) as string);
  return { fragment, dropins };
}

/** Logical lines of a unit file: comments dropped, backslash continuations joined. */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  let buf = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (buf === '' && (line.startsWith('#') || line.startsWith(';'))) continue;
    if (line.endsWith('\\')) {
      buf += `${line.slice(0, -1)} `;
      continue;
    }
    out.push(buf + line);
    buf = '';
  }
  if (buf) out.push(buf);
  return out;
}

/** Split on whitespace honouring double and single quotes (systemd's extract_first_word). */
export function splitQuoted(s: string): string[] {
  const words: string[] = [];
  let cur: string | null = null;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && i + 1 < s.length) cur += s[++i] as string;
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      cur ??= '';
      continue;
    }
    if (/\s/.test(c)) {
      if (cur !== null) words.push(cur);
      cur = null;
      continue;
    }
    if (c === '\\' && i + 1 < s.length) {
      cur = (cur ?? '') + (s[++i] as string);
      continue;
    }
    cur = (cur ?? '') + c;
  }
  if (cur !== null) words.push(cur);
  return words;
}

function parseSeconds(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|min)?$/.exec(v.trim());
  if (!m) return 100;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'min' ? n * 60_000 : n * 1000;
}

/** daemon-reload for one service: undefined when no unit file exists. */
export function loadUnit(
  hostFs: ConstructorParameters<typeof FsView>[0],
  name: string,
): LoadedUnit | undefined {
  const fs = new FsView(hostFs);
  const { fragment, dropins } = unitSources(fs, name);
  if (!fragment) return undefined;
  const unit: LoadedUnit = {
    execStart: null,
    env: [],
    envFiles: [],
    restart: 'no',
    restartMs: 100,
    fragment,
    dropins,
    source: '',
  };
  for (const path of [fragment, ...dropins]) {
    const text = readFile(fs, path) ?? '';
    unit.source += `${path}\n${text}\n`;
    let section = '';
    for (const line of logicalLines(text)) {
      const sec = /^\[(.+)\]$/.exec(line);
      if (sec) {
        section = sec[1] as string;
        continue;
      }
      if (section !== 'Service') continue;
      const eq = line.indexOf('=');
      if (eq < 0) continue;
      const key = line.slice(0, eq).trim();
      const value = line.slice(eq + 1).trim();
      switch (key) {
        case 'ExecStart':
          unit.execStart = value === '' ? null : value;
          break;
        case 'Environment':
          if (value === '') unit.env = [];
          for (const w of splitQuoted(value)) {
            const i = w.indexOf('=');
            if (i > 0) unit.env.push([w.slice(0, i), w.slice(i + 1)]);
          }
          break;
        case 'EnvironmentFile':
          if (value === '') unit.envFiles = [];
          else
            unit.envFiles.push(
              value.startsWith('-')
                ? { path: value.slice(1), optional: true }
                : { path: value, optional: false },
            );
          break;
        case 'Restart':
          unit.restart = value;
          break;
        case 'RestartSec':
          unit.restartMs = parseSeconds(value);
          break;
      }
    }
  }
  return unit;
}

/** An EnvironmentFile's assignments (KEY=VALUE lines, values optionally quoted). */
function parseEnvFile(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = (m[2] as string).trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0] as string)) v = v.slice(1, -1);
    out.push([m[1] as string, v]);
  }
  return out;
}

export type ExecResolution =
  | { ok: true; argv: string[]; path: string }
  | { ok: false; failure: 'no-exec' }
  | { ok: false; failure: 'env-file'; path: string };

/** The command line a start would run now: environment files are read at each start. */
export function resolveExec(
  hostFs: ConstructorParameters<typeof FsView>[0],
  unit: LoadedUnit,
): ExecResolution {
  if (unit.execStart === null) return { ok: false, failure: 'no-exec' };
  const fs = new FsView(hostFs);
  const env = new Map(unit.env);
  for (const f of unit.envFiles) {
    const text = readFile(fs, f.path);
    if (text === null) {
      if (f.optional) continue;
      return { ok: false, failure: 'env-file', path: f.path };
    }
    for (const [k, v] of parseEnvFile(text)) env.set(k, v);
  }
  const argv: string[] = [];
  // ExecStart prefixes: - (ignore failure), @, +, !, !! are not part of the path
  const line = unit.execStart.replace(/^[-@+!:]+/, '');
  for (const word of splitQuoted(line)) {
    const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(word);
    if (whole) {
      argv.push(...(env.get(whole[1] as string) ?? '').split(/\s+/).filter(Boolean));
      continue;
    }
    argv.push(word.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, k: string) => env.get(k) ?? ''));
  }
  if (argv.length === 0) return { ok: false, failure: 'no-exec' };
  return { ok: true, argv, path: argv[0] as string };
}
