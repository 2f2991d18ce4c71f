/** grep: GNU grep 3.8 over the process's filesystem view. */
import type { CommandDef, Proc } from '../../shell/types.js';
import { getopt, type OptDef, type ParsedOpt, posixlyCorrect } from '../getopt.js';
import { lq, readInput, splitLines } from './common.js';
import { buildRegexes, type Ctx, type Settings, searchPath } from './grep-search.js';

const DEFS: OptDef[] = [
  { key: 'G', short: 'G', long: 'basic-regexp' },
  { key: 'E', short: 'E', long: 'extended-regexp' },
  { key: 'F', short: 'F', long: ['fixed-regexp', 'fixed-strings'] },
  { key: 'P', short: 'P', long: 'perl-regexp' },
  { key: 'A', short: 'A', long: 'after-context', arg: 'required' },
  { key: 'B', short: 'B', long: 'before-context', arg: 'required' },
  { key: 'binary-files', long: 'binary-files', arg: 'required' },
  { key: 'b', short: 'b', long: 'byte-offset' },
  { key: 'C', short: 'C', long: 'context', arg: 'required' },
  { key: 'color', long: ['color', 'colour'], arg: 'optional' },
  { key: 'c', short: 'c', long: 'count' },
  { key: 'D', short: 'D', long: 'devices', arg: 'required' },
  { key: 'd', short: 'd', long: 'directories', arg: 'required' },
  { key: 'exclude', long: 'exclude', arg: 'required' },
  { key: 'exclude-from', long: 'exclude-from', arg: 'required' },
  { key: 'exclude-dir', long: 'exclude-dir', arg: 'required' },
  { key: 'f', short: 'f', long: 'file', arg: 'required' },
  { key: 'l', short: 'l', long: 'files-with-matches' },
  { key: 'L', short: 'L', long: 'files-without-match' },
  { key: 'group-separator', long: 'group-separator', arg: 'required' },
  { key: 'help', long: 'help' },
  { key: 'include', long: 'include', arg: 'required' },
  { key: 'i', short: 'i', long: 'ignore-case' },
  { key: 'y', short: 'y' },
  { key: 'no-ignore-case', long: 'no-ignore-case' },
  { key: 'T', short: 'T', long: 'initial-tab' },
  { key: 'label', long: 'label', arg: 'required' },
  { key: 'line-buffered', long: 'line-buffered' },
  { key: 'n', short: 'n', long: 'line-number' },
  { key: 'x', short: 'x', long: 'line-regexp' },
  { key: 'm', short: 'm', long: 'max-count', arg: 'required' },
  { key: 'h', short: 'h', long: 'no-filename' },
  { key: 'no-group-separator', long: 'no-group-separator' },
  { key: 's', short: 's', long: 'no-messages' },
  { key: 'Z', short: 'Z', long: 'null' },
  { key: 'z', short: 'z', long: 'null-data' },
  { key: 'o', short: 'o', long: 'only-matching' },
  { key: 'q', short: 'q', long: ['quiet', 'silent'] },
  { key: 'r', short: 'r', long: 'recursive' },
  { key: 'R', short: 'R', long: 'dereference-recursive' },
  { key: 'e', short: 'e', long: 'regexp', arg: 'required' },
  { key: 'v', short: 'v', long: 'invert-match' },
  { key: 'a', short: 'a', long: 'text' },
  { key: 'I', short: 'I' },
  { key: 'U', short: 'U', long: 'binary' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 'H', short: 'H', long: 'with-filename' },
  { key: 'w', short: 'w', long: 'word-regexp' },
];

const USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...\n';
const TRY = "Try 'grep --help' for more information.\n";

function contextArg(p: Proc, v: string): number | null {
  if (!/^[0-9]+$/.test(v)) {
    p.err(`grep: ${v}: invalid context length argument\n`);
    return null;
  }
  return Number(v);
}

function grep(p: Proc): number {
  const digits = (a: string): ParsedOpt[] | null =>
    /^-[0-9]+$/.test(a) ? [{ key: 'C', name: a, value: a.slice(1) }] : null;
  const r = getopt('grep', p.argv.slice(1), DEFS, { digits, posix: posixlyCorrect(p.ctx.env) });
  if (!r.ok) {
    // grep adds its usage line between the message and the hint
    p.err(`${r.error}\n${USAGE}${TRY}`);
    return 2;
  }
  const s: Settings = {
    invert: false,
    count: false,
    only: false,
    list: null,
    quiet: false,
    silent: false,
    lineNo: false,
    byteOff: false,
    withName: null,
    after: 0,
    before: 0,
    max: Number.POSITIVE_INFINITY,
    recursive: false,
    text: false,
    sep: '--',
    color: false,
    label: '(standard input)',
  };
  let mode = 'G';
  let icase = false;
  let word = false;
  let whole = false;
  let patterns: string[] | null = null;
  const addPatterns = (text: string) => {
    patterns = [...(patterns ?? []), ...text.split('\n')];
  };
  let explicitAfter: number | null = null;
  let explicitBefore: number | null = null;
  let context = 0;
  for (const o of r.opts) {
    const v = o.value ?? '';
    switch (o.key) {
      case 'G':
      case 'E':
      case 'F':
      case 'P':
        mode = o.key;
        break;
      case 'A':
      case 'B':
      case 'C': {
        const n = contextArg(p, v);
        if (n === null) return 2;
        if (o.key === 'A') explicitAfter = n;
        else if (o.key === 'B') explicitBefore = n;
        else context = n;
        break;
      }
      case 'm':
        if (!/^-?[0-9]+$/.test(v)) {
          p.err('grep: invalid max count\n');
          return 2;
        }
        s.max = Number(v) < 0 ? Number.POSITIVE_INFINITY : Number(v);
        break;
      case 'e':
        addPatterns(v);
        break;
      case 'f': {
        const got = readInput(p, v);
        if (!got.ok) {
          p.err(`grep: ${v}: ${got.text}\n`);
          return 2;
        }
        patterns = [...(patterns ?? []), ...splitLines(got.data)];
        break;
      }
      case 'i':
      case 'y':
        icase = true;
        break;
      case 'no-ignore-case':
        icase = false;
        break;
      case 'w':
        word = true;
        break;
      case 'x':
        whole = true;
        break;
      case 'v':
        s.invert = true;
        break;
      case 'c':
        s.count = true;
        break;
      case 'o':
        s.only = true;
        break;
      case 'l':
        s.list = 'l';
        break;
      case 'L':
        s.list = 'L';
        break;
      case 'q':
        s.quiet = true;
        break;
      case 's':
        s.silent = true;
        break;
      case 'n':
        s.lineNo = true;
        break;
      case 'b':
        s.byteOff = true;
        break;
      case 'H':
        s.withName = true;
        break;
      case 'h':
        s.withName = false;
        break;
      case 'r':
      case 'R':
        s.recursive = true;
        break;
      case 'a':
        s.text = true;
        break;
      case 'group-separator':
        s.sep = v;
        break;
      case 'no-group-separator':
        s.sep = null;
        break;
      case 'label':
        s.label = v;
        break;
      case 'color':
        if (o.value === undefined || ['auto', 'tty', 'if-tty'].includes(v)) s.color = p.ctx.tty !== null;
        else if (['always', 'yes', 'force'].includes(v)) s.color = true;
        else if (['never', 'no', 'none'].includes(v)) s.color = false;
        if (
          o.value !== undefined &&
          !['always', 'yes', 'force', 'never', 'no', 'none', 'auto', 'tty', 'if-tty'].includes(v)
        ) {
          p.err(
            `grep: invalid argument ${lq(v)} for ‘--color’\nValid arguments are:\n  - ‘always’, ‘yes’, ‘force’\n  - ‘never’, ‘no’, ‘none’\n  - ‘auto’, ‘tty’, ‘if-tty’\n${USAGE}${TRY}`,
          );
          return 2;
        }
        break;
      case 'help':
        p.out(`${USAGE}Search for PATTERNS in each FILE.\n`);
        return 0;
      case 'V':
        p.out('grep (GNU grep) 3.8\n');
        return 0;
      default:
        break;
    }
  }
  s.after = explicitAfter ?? context;
  s.before = explicitBefore ?? context;
  const operands = [...r.operands];
  if (patterns === null) {
    const first = operands.shift();
    if (first === undefined) {
      p.err(USAGE + TRY);
      return 2;
    }
    addPatterns(first);
  }
  const built = buildRegexes(patterns ?? [], mode, icase, word, whole);
  if ('error' in built) {
    p.err(`grep: ${built.error}\n`);
    return 2;
  }
  for (const w of built.warnings) p.err(`grep: warning: ${w}\n`);
  const files = operands.length ? operands : [s.recursive ? '.' : '-'];
  const implicitDot = operands.length === 0 && s.recursive;
  if (s.withName === null) {
    const single = files.length === 1 && !(s.recursive && p.ctx.fs.isDir(files[0] as string, p.ctx.cwd));
    s.withName = !single;
  }
  const c: Ctx = { p, s, res: built.res, matchedAny: false, error: false, quitNow: false };
  for (const f of files) {
    if (c.quitNow) break;
    if (!s.recursive && f !== '-' && p.ctx.fs.isDir(f, p.ctx.cwd)) {
      if (!s.silent) p.err(`grep: ${f}: Is a directory\n`);
      c.error = true;
      continue;
    }
    searchPath(c, f, implicitDot ? '' : f, true);
  }
  if (s.quiet && c.matchedAny) return 0;
  if (c.error) return 2;
  return c.matchedAny ? 0 : 1;
}

export const GREP: CommandDef = {
  name: 'grep',
  path: '/usr/bin/grep',
  run: grep,
  summary: 'print lines that match patterns',
};
