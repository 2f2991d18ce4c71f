/**
 * Helpers shared by the text utilities: option parsing with GNU's usage
 * hint, reading operands (or stdin for `-`) through the process's
 * filesystem view, and splitting text into lines.
 */

import { FS_ERROR_TEXT, FsError, type FsErrorCode } from '../../model/vfs.js';
import type { Proc } from '../../shell/types.js';
import { type GetoptConfig, type GetoptOk, getopt, type OptDef, posixlyCorrect } from '../getopt.js';
import { HELP } from './help-text.js';

export type ReadResult = { ok: true; data: string } | { ok: false; code: FsErrorCode; text: string };

const stdinUsed = new WeakSet<Proc>();

/** Read an operand through the filesystem view; '-' reads stdin (which is empty once consumed). */
export function readInput(p: Proc, name: string): ReadResult {
  if (name === '-') {
    if (stdinUsed.has(p)) return { ok: true, data: '' };
    stdinUsed.add(p);
    return { ok: true, data: p.stdin };
  }
  try {
    return { ok: true, data: p.ctx.fs.readFile(name, p.ctx.cwd) };
  } catch (e) {
    return fsFailure(e);
  }
}

/** Turn a caught error into a read failure (FsError codes; anything else as EIO-like EINVAL). */
export function fsFailure(e: unknown): { ok: false; code: FsErrorCode; text: string } {
  if (e instanceof FsError) return { ok: false, code: e.code, text: e.text };
  return { ok: false, code: 'EINVAL', text: FS_ERROR_TEXT.EINVAL };
}

/** Run an fs operation, returning null on success or the error. */
export function tryFs(fn: () => void): { code: FsErrorCode; text: string } | null {
  try {
    fn();
    return null;
  } catch (e) {
    const f = fsFailure(e);
    return { code: f.code, text: f.text };
  }
}

/** Print `msg` and GNU's "Try 'PROG --help'" hint; returns the exit status. */
export function usageError(p: Proc, prog: string, msg: string, status: number): number {
  p.err(`${msg}\nTry '${prog} --help' for more information.\n`);
  return status;
}

/** Parse options; on error print it with the usage hint and return the exit status. */
export function parseOpts(
  p: Proc,
  prog: string,
  defs: readonly OptDef[],
  status: number,
  config: GetoptConfig = {},
): GetoptOk | number {
  const all: OptDef[] = [...defs, { key: '__help', long: 'help' }, { key: '__version', long: 'version' }];
  const res = getopt(prog, p.argv.slice(1), all, {
    posix: posixlyCorrect(p.ctx.env),
    ...config,
  });
  if (!res.ok) return usageError(p, prog, res.error, status);
  for (const o of res.opts) {
    if (o.key === '__help') {
      const full = HELP[prog];
      // a complete text carries its own trailer
      if (full?.includes('\nFull documentation <')) {
        p.out(full);
        return 0;
      }
      p.out(
        `${HELP[prog] ?? `Usage: ${prog} [OPTION]...\n`}\nFull documentation <https://www.gnu.org/software/coreutils/${prog}>\n`,
      );
      return 0;
    }
    if (o.key === '__version') {
      p.out(`${prog} (GNU coreutils) 9.1\n`);
      return 0;
    }
  }
  return res;
}

/** Split text into lines; a final newline does not make an extra empty line. */
export function splitLines(data: string): string[] {
  if (data === '') return [];
  const lines = data.split('\n');
  if (data.endsWith('\n')) lines.pop();
  return lines;
}

/** Join lines back with newline terminators. */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Byte length of a string in UTF-8. */
export function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** GNU's shell-escape quoting of a file name in messages ('x', or "x'y"). */
export function quoteName(s: string): string {
  if (s !== '' && /^[A-Za-z0-9_./@%+=:,^-]+$/.test(s)) return `'${s}'`;
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes('"') && !/[$`\\]/.test(s)) return `"${s}"`;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** GNU quotef(): the name as is when it needs no quoting for the shell, else quoted. */
export function quoteIfNeeded(s: string): string {
  return s !== '' && /^[A-Za-z0-9_./@%+=:,^-]+$/.test(s) ? s : quoteName(s);
}

/** Whether s is all digits. */
export function isDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/** GNU quote() in a UTF-8 locale: ‘x’ with C-style escapes for backslashes and control characters. */
export function lq(s: string | undefined): string {
  const esc: Record<string, string> = {
    '\\': '\\\\',
    '\n': '\\n',
    '\t': '\\t',
    '\r': '\\r',
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\v': '\\v',
  };
  let out = '';
  for (const ch of s ?? '') {
    const c = ch.codePointAt(0) as number;
    if (esc[ch] !== undefined) out += esc[ch];
    else if (c < 32 || c === 127) out += `\\${c.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `‘${out}’`;
}
