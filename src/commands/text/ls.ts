/** ls: -l -a -A -1 -C -x -d -R -F -h -r -t -S -n -w, GNU layout for terminals and one name per line otherwise. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, quoteName } from './common.js';
import { blocks, colorOf, columns, type Entry, human, longLines } from './ls-format.js';

const DEFS: OptDef[] = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 'A', short: 'A', long: 'almost-all' },
  { key: 'color', long: ['color', 'colour'], arg: 'optional' },
  { key: 'd', short: 'd', long: 'directory' },
  { key: 'F', short: 'F', long: 'classify', arg: 'optional' },
  { key: 'h', short: 'h', long: 'human-readable' },
  { key: 'i', short: 'i', long: 'inode' },
  { key: 'l', short: 'l' },
  { key: 'n', short: 'n', long: 'numeric-uid-gid' },
  { key: 'r', short: 'r', long: 'reverse' },
  { key: 'R', short: 'R', long: 'recursive' },
  { key: 'S', short: 'S' },
  { key: 't', short: 't' },
  { key: 'U', short: 'U' },
  { key: 'w', short: 'w', long: 'width', arg: 'required' },
  { key: 'x', short: 'x' },
  { key: 'C', short: 'C' },
  { key: '1', short: '1' },
  { key: 'time-style', long: 'time-style', arg: 'required' },
  { key: 'group-directories-first', long: 'group-directories-first' },
];

const DEVS: Record<string, { major: number; minor: number }> = {
  null: { major: 1, minor: 3 },
  zero: { major: 1, minor: 5 },
  tty: { major: 5, minor: 0 },
};

interface Opts {
  all: boolean;
  almost: boolean;
  long: boolean;
  dirAsFile: boolean;
  recursive: boolean;
  classify: boolean;
  human: boolean;
  numeric: boolean;
  reverse: boolean;
  sort: 'name' | 'time' | 'size' | 'none';
  format: 'one' | 'columns' | 'across' | 'long';
  width: number;
  timeStyle: string | null;
  color: boolean;
  /** A coloured name was printed (GNU resets the terminal once before the first). */
  colorUsed: boolean;
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function makeEntry(p: Proc, path: string, name: string, follow: boolean): Entry | null {
  const fs = p.ctx.fs;
  const st = follow ? (fs.stat(path, p.ctx.cwd) ?? fs.lstat(path, p.ctx.cwd)) : fs.lstat(path, p.ctx.cwd);
  if (!st) return null;
  let subdirs = 0;
  if (st.kind === 'dir') {
    try {
      for (const c of fs.readdir(path, p.ctx.cwd))
        if (fs.lstat(join(path, c), p.ctx.cwd)?.kind === 'dir') subdirs++;
    } catch {
      // unreadable: keep 0
    }
  }
  const e: Entry = { name, st, target: st.kind === 'link' ? fs.readlink(path, p.ctx.cwd) : null, subdirs };
  if (st.kind === 'dev') {
    try {
      const node = fs.resolve(path, p.ctx.cwd, true).node;
      if (node?.t === 'dev') e.dev = DEVS[node.dev];
    } catch {
      // not a base node
    }
  }
  return e;
}

function sortEntries(list: Entry[], o: Opts): Entry[] {
  if (o.sort === 'none') return list;
  const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const cmp =
    o.sort === 'time'
      ? (a: Entry, b: Entry) => b.st.mtime - a.st.mtime || byName(a, b)
      : o.sort === 'size'
        ? (a: Entry, b: Entry) => b.st.size - a.st.size || byName(a, b)
        : byName;
  const sorted = [...list].sort(cmp);
  return o.reverse ? sorted.reverse() : sorted;
}

function suffix(e: Entry, o: Opts): string {
  if (!o.classify) return '';
  if (e.st.kind === 'dir') return '/';
  if (e.st.kind === 'link') return o.long ? '' : '@';
  if (e.st.kind === 'file' && e.st.mode & 0o111) return '*';
  return '';
}

function render(p: Proc, entries: Entry[], o: Opts, withTotal: boolean): string {
  if (o.format === 'long') {
    const lines = longLines(entries, {
      now: p.ctx.world.clock.now,
      human: o.human,
      numeric: o.numeric,
      timeStyle: o.timeStyle,
      classify: (e) => suffix(e, o),
      paint: (e, name) => paint(e, name, o),
    });
    const total = entries.reduce((n, e) => n + blocks(e), 0);
    const head = withTotal ? `total ${o.human ? human(total * 1024) : total}\n` : '';
    return head + lines.map((l) => `${l}\n`).join('');
  }
  const plain = entries.map((e) => (p.ctx.tty ? shown(e.name) : e.name));
  const names = entries.map((e, i) => paint(e, plain[i] as string, o) + suffix(e, o));
  if (o.format === 'one') return names.map((n) => `${n}\n`).join('');
  const lens = o.color
    ? entries.map((e, i) => [...(plain[i] as string)].length + suffix(e, o).length)
    : undefined;
  return columns(names, o.width, o.format === 'across', lens);
}

/** Terminal types GNU's built-in dircolors database knows as colour-capable. */
const COLOR_TERMS =
  /^(ansi|.*color.*|con[0-9]+x[0-9]+|cons25|console|cygwin|.*direct.*|dtterm|gnome|hurd|jfbterm|konsole|kterm|linux|linux-c|mlterm|putty|rxvt.*|screen.*|st|terminator|tmux.*|vt100|xterm.*)$/;

/** Without LS_COLORS, GNU ls colours only for a known colour terminal (or COLORTERM). */
function terminalHasColors(env: ReadonlyMap<string, string>): boolean {
  if (env.get('LS_COLORS')) return true;
  if (env.get('COLORTERM')) return true;
  return COLOR_TERMS.test(env.get('TERM') ?? '');
}

function paint(e: Entry, name: string, o: Opts): string {
  const code = o.color ? colorOf(e) : null;
  if (code === null) return name;
  const reset = o.colorUsed ? '' : '\x1b[0m';
  o.colorUsed = true;
  return `${reset}\x1b[${code}m${name}\x1b[0m`;
}

/** On a terminal GNU quotes names that need it. */
function shown(name: string): string {
  return /^[A-Za-z0-9._@%+=:,^/-]*$/.test(name) && name !== '' ? name : quoteName(name);
}

function listDir(p: Proc, path: string, o: Opts, out: string[]): Entry[] | null {
  let names: string[];
  try {
    names = p.ctx.fs.readdir(path, p.ctx.cwd);
  } catch {
    return null;
  }
  if (o.all) names = ['.', '..', ...names];
  else if (!o.almost) names = names.filter((n) => !n.startsWith('.'));
  else names = names.filter((n) => n !== '.' && n !== '..');
  const entries: Entry[] = [];
  for (const n of names) {
    const e = makeEntry(p, n === '.' ? path : n === '..' ? join(path, '..') : join(path, n), n, false);
    if (e) entries.push(e);
  }
  const sorted = sortEntries(entries, o);
  out.push(render(p, sorted, o, true));
  return sorted;
}

function ls(p: Proc): number {
  const r = parseOpts(p, 'ls', DEFS, 2);
  if (typeof r === 'number') return r;
  const o: Opts = {
    all: false,
    almost: false,
    long: false,
    dirAsFile: false,
    recursive: false,
    classify: false,
    human: false,
    numeric: false,
    reverse: false,
    sort: 'name',
    format: p.ctx.tty ? 'columns' : 'one',
    width: p.ctx.tty?.cols ?? 80,
    timeStyle: null,
    color: false,
    colorUsed: false,
  };
  const cols = Number(p.ctx.env.get('COLUMNS'));
  if (p.ctx.tty && cols > 0) o.width = cols;
  for (const opt of r.opts) {
    const v = opt.value ?? '';
    switch (opt.key) {
      case 'a':
        o.all = true;
        break;
      case 'A':
        o.almost = true;
        break;
      case 'd':
        o.dirAsFile = true;
        break;
      case 'F':
        o.classify = true;
        break;
      case 'h':
        o.human = true;
        break;
      case 'l':
        o.long = true;
        o.format = 'long';
        break;
      case 'n':
        o.numeric = true;
        o.long = true;
        o.format = 'long';
        break;
      case 'r':
        o.reverse = true;
        break;
      case 'R':
        o.recursive = true;
        break;
      case 'S':
        o.sort = 'size';
        break;
      case 't':
        o.sort = 'time';
        break;
      case 'U':
        o.sort = 'none';
        break;
      case '1':
        o.format = 'one';
        break;
      case 'C':
        o.format = 'columns';
        break;
      case 'x':
        o.format = 'across';
        break;
      case 'color':
        o.color =
          opt.value === undefined ||
          ['always', 'yes', 'force'].includes(v) ||
          (['auto', 'tty', 'if-tty'].includes(v) && p.ctx.tty !== null);
        if (
          opt.value !== undefined &&
          !['always', 'yes', 'force', 'never', 'no', 'none', 'auto', 'tty', 'if-tty'].includes(v)
        ) {
          p.err(
            `ls: invalid argument ${lq(v)} for ‘--color’\nValid arguments are:\n  - ‘always’, ‘yes’, ‘force’\n  - ‘never’, ‘no’, ‘none’\n  - ‘auto’, ‘tty’, ‘if-tty’\nTry 'ls --help' for more information.\n`,
          );
          return 1;
        }
        break;
      case 'w':
        if (!/^[0-9]+$/.test(v)) {
          p.err(`ls: invalid line width: ${lq(v)}\n`);
          return 2;
        }
        o.width = Number(v) || Number.POSITIVE_INFINITY;
        break;
      case 'time-style':
        o.timeStyle = v.replace(/^\+/, '');
        break;
      default:
        break;
    }
  }
  if (o.all) o.almost = false;
  if (o.color && !terminalHasColors(p.ctx.env)) o.color = false;
  const operands = r.operands.length ? r.operands : ['.'];
  let status = 0;
  const files: Entry[] = [];
  const dirs: { path: string; e: Entry }[] = [];
  for (const op of operands) {
    // GNU follows command-line symlinks unless -l, -d or -F (or the name ends in '/')
    const follow = op.endsWith('/') || (!o.long && !o.dirAsFile && !o.classify);
    const e = makeEntry(p, op, op, follow);
    if (!e) {
      p.err(`ls: cannot access ${quoteName(op)}: No such file or directory\n`);
      status = 2;
      continue;
    }
    if (e.st.kind === 'dir' && !o.dirAsFile) dirs.push({ path: op, e });
    else files.push(e);
  }
  const out: string[] = [];
  if (files.length) out.push(render(p, sortEntries(files, o), o, false));
  const sortedDirs = sortEntries(
    dirs.map((d) => d.e),
    o,
  ).map((e) => dirs.find((d) => d.e === e) as { path: string; e: Entry });
  const showHeaders = operands.length > 1 || o.recursive || files.length > 0 || status !== 0;
  const queue = sortedDirs.map((d) => d.path);
  let first = files.length === 0;
  while (queue.length) {
    const path = queue.shift() as string;
    if (!first) out.push('\n');
    first = false;
    if (showHeaders) out.push(`${path}:\n`);
    const listed = listDir(p, path, o, out);
    if (!listed) {
      p.err(`ls: cannot open directory ${quoteName(path)}: Permission denied\n`);
      status = 2;
      continue;
    }
    if (o.recursive) {
      const subs = listed
        .filter((e) => e.st.kind === 'dir' && e.name !== '.' && e.name !== '..')
        .map((e) => join(path, e.name));
      queue.unshift(...subs);
    }
  }
  p.out(out.join(''));
  return status;
}

export const LS: CommandDef = {
  name: 'ls',
  path: '/usr/bin/ls',
  run: ls,
  summary: 'list directory contents',
};
