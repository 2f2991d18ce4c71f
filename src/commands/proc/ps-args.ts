/**
 * procps ps command-line parsing (ps/parser.c): every argument is a UNIX
 * (-e), BSD (aux) or GNU (--pid) option group, or trailing PIDs. Parsing is
 * tried the UNIX way first and, when that fails, again with every option
 * read as BSD ("ps -aux"); if both fail, the first error is reported.
 */

export interface PsOptions {
  /** -e, -A, or BSD a+x. */
  all: boolean;
  bsdA: boolean;
  bsdX: boolean;
  /** -a: all with a terminal except session leaders; -d: all except session leaders. */
  sysvA: boolean;
  sysvD: boolean;
  /** BSD r: only running processes; BSD T: this terminal. */
  running: boolean;
  thisTty: boolean;
  pids: number[];
  quickPids: number[];
  ppids: number[];
  cmds: string[];
  users: string[];
  ttys: string[];
  selected: boolean;
  negate: boolean;
  /** User formats (-o, o, --format), in order. */
  formats: string[];
  unixF: boolean;
  unixL: boolean;
  unixBigF: boolean;
  bsdFormat: 'u' | 'l' | 'j' | 'v' | 's' | null;
  bsdC: boolean;
  forest: boolean;
  headers: 'default' | 'none' | 'multi';
  wide: number;
  cols: number | null;
  sort: string[];
  preferBsd: boolean;
  help: boolean;
  version: boolean;
}

export function emptyOptions(): PsOptions {
  return {
    all: false,
    bsdA: false,
    bsdX: false,
    sysvA: false,
    sysvD: false,
    running: false,
    thisTty: false,
    pids: [],
    quickPids: [],
    ppids: [],
    cmds: [],
    users: [],
    ttys: [],
    selected: false,
    negate: false,
    formats: [],
    unixF: false,
    unixL: false,
    unixBigF: false,
    bsdFormat: null,
    bsdC: false,
    forest: false,
    headers: 'default',
    wide: 0,
    cols: null,
    sort: [],
    preferBsd: false,
    help: false,
    version: false,
  };
}

type ArgType = 'bsd' | 'pid' | 'sess' | 'sysv' | 'pgrp' | 'gnu' | 'end' | 'fail';

function argType(s: string): ArgType {
  const isAlpha = (c: string | undefined) => c !== undefined && /^[a-zA-Z]$/.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && /^[0-9]$/.test(c);
  if (isAlpha(s[0])) return 'bsd';
  if (isDigit(s[0])) return 'pid';
  if (s[0] === '+') return 'sess';
  if (s[0] !== '-') return 'fail';
  if (isAlpha(s[1])) return 'sysv';
  if (isDigit(s[1])) return 'pgrp';
  if (s[1] !== '-') return 'fail';
  if (isAlpha(s[2])) return 'gnu';
  if (s[2] === undefined) return 'end';
  return 'fail';
}

function splitList(arg: string): string[] {
  return arg.split(/[\s,]+/).filter((x) => x !== '');
}

function parsePids(arg: string, into: number[]): string | null {
  const items = splitList(arg);
  if (!items.length) return 'process ID list syntax error';
  for (const item of items) {
    let n: number;
    if (/^0[xX][0-9a-fA-F]+$/.test(item)) n = Number.parseInt(item, 16);
    else if (/^0[0-7]*$/.test(item)) n = Number.parseInt(item, 8);
    else if (/^[1-9][0-9]*$/.test(item)) n = Number(item);
    else return 'process ID list syntax error';
    if (n < 1 || n > 0x7fffffff) return 'process ID out of range';
    into.push(n);
  }
  return null;
}

interface Cursor {
  args: string[];
  i: number;
}

/** The argument of an option: the rest of this word, or the next word. */
function optArg(c: Cursor, rest: string): string | null {
  if (rest) return rest;
  if (c.i + 1 >= c.args.length) return null;
  if ((c.args[c.i + 1] as string) === '') return null;
  c.i++;
  return c.args[c.i] as string;
}

function parseSysv(c: Cursor, o: PsOptions, knownUser: (u: string) => boolean): string | null {
  const word = c.args[c.i] as string;
  for (let k = 1; k < word.length; k++) {
    const ch = word[k] as string;
    const rest = word.slice(k + 1);
    switch (ch) {
      case 'A':
      case 'e':
        o.all = true;
        break;
      case 'a':
        o.sysvA = true;
        break;
      case 'd':
        o.sysvD = true;
        break;
      case 'f':
        o.unixF = true;
        break;
      case 'F':
        o.unixBigF = true;
        o.unixF = true;
        break;
      case 'l':
        o.unixL = true;
        break;
      case 'H':
        o.forest = true;
        break;
      case 'N':
        o.negate = true;
        break;
      case 'w':
        o.wide++;
        break;
      case 'V':
        o.version = true;
        break;
      case 'C': {
        const a = optArg(c, rest);
        if (a === null) return 'list of command names must follow -C';
        o.cmds.push(...splitList(a));
        o.selected = true;
        return null;
      }
      case 'o': {
        const a = optArg(c, rest);
        if (a === null) return 'format specification must follow -o';
        o.formats.push(a);
        return null;
      }
      case 'p': {
        const a = optArg(c, rest);
        if (a === null) return 'list of process IDs must follow -p';
        o.selected = true;
        return parsePids(a, o.pids);
      }
      case 'q': {
        const a = optArg(c, rest);
        if (a === null) return 'List of process IDs must follow -q.';
        o.selected = true;
        return parsePids(a, o.quickPids);
      }
      case 't': {
        const a = optArg(c, rest);
        if (a === null) return 'list of terminals (pty, tty...) must follow -t';
        o.ttys.push(...splitList(a));
        o.selected = true;
        return null;
      }
      case 'u':
      case 'U': {
        const a = optArg(c, rest);
        if (a === null)
          return ch === 'u' ? 'list of users must follow -u' : 'list of real users must follow -U';
        for (const u of splitList(a)) {
          if (!/^\d+$/.test(u) && !knownUser(u) && !o.negate) return 'user name does not exist';
          o.users.push(u);
        }
        o.selected = true;
        return null;
      }
      case '-':
        return "embedded '-' among SysV options makes no sense";
      default:
        return 'unsupported SysV option';
    }
  }
  return null;
}

function parseBsd(c: Cursor, o: PsOptions, knownUser: (u: string) => boolean): string | null {
  const word = c.args[c.i] as string;
  const start = word.startsWith('-') ? 1 : 0;
  for (let k = start; k < word.length; k++) {
    const ch = word[k] as string;
    const rest = word.slice(k + 1);
    switch (ch) {
      case 'a':
        o.bsdA = true;
        break;
      case 'x':
        o.bsdX = true;
        break;
      case 'u':
        o.bsdFormat = 'u';
        break;
      case 'l':
        o.bsdFormat = 'l';
        break;
      case 'j':
        o.bsdFormat = 'j';
        break;
      case 'f':
        o.forest = true;
        break;
      case 'w':
        o.wide++;
        break;
      case 'c':
        o.bsdC = true;
        break;
      case 'e':
        break;
      case 'h':
        if (o.headers !== 'default') return 'only one heading option may be specified';
        o.headers = 'none';
        break;
      case 'r':
        o.running = true;
        break;
      case 'T':
        o.thisTty = true;
        o.selected = true;
        break;
      case 'V':
        o.version = true;
        break;
      case 'o': {
        const a = optArg(c, rest);
        if (a === null) return 'format specification must follow o';
        o.formats.push(a);
        return null;
      }
      case 'p': {
        const a = optArg(c, rest);
        if (a === null) return 'list of process IDs must follow p';
        o.selected = true;
        return parsePids(a, o.pids);
      }
      case 'U': {
        const a = optArg(c, rest);
        if (a === null) return 'list of users must follow U';
        for (const u of splitList(a)) {
          if (!/^\d+$/.test(u) && !knownUser(u)) return 'user name does not exist';
          o.users.push(u);
        }
        o.selected = true;
        return null;
      }
      case 'A':
        return 'option A is reserved';
      case 'C':
        return 'option C is reserved';
      case '-':
        return "embedded '-' among BSD options makes no sense";
      default:
        return 'unsupported option (BSD syntax)';
    }
  }
  return null;
}

const GNU_LONG = [
  'Group',
  'User',
  'cols',
  'columns',
  'context',
  'cumulative',
  'deselect',
  'forest',
  'format',
  'group',
  'header',
  'headers',
  'heading',
  'headings',
  'help',
  'info',
  'lines',
  'no-header',
  'no-headers',
  'no-heading',
  'no-headings',
  'noheader',
  'noheaders',
  'noheading',
  'noheadings',
  'pid',
  'ppid',
  'quick-pid',
  'rows',
  'sid',
  'sort',
  'tty',
  'user',
  'version',
  'width',
];

function parseGnu(c: Cursor, o: PsOptions, knownUser: (u: string) => boolean): string | null {
  const word = (c.args[c.i] as string).slice(2);
  const eq = word.indexOf('=');
  const name = eq >= 0 ? word.slice(0, eq) : word;
  const inline = eq >= 0 ? word.slice(eq + 1) : null;
  if (name.length > 15 || !GNU_LONG.includes(name)) return 'unknown gnu long option';
  const arg = (): string | null => {
    if (inline !== null) return inline === '' ? null : inline;
    if (c.i + 1 >= c.args.length || (c.args[c.i + 1] as string) === '') return null;
    c.i++;
    return c.args[c.i] as string;
  };
  switch (name) {
    case 'help':
      o.help = true;
      return null;
    case 'version':
    case 'info':
      o.version = true;
      return null;
    case 'forest':
      if (inline !== null) return 'option --forest does not take an argument';
      o.forest = true;
      return null;
    case 'deselect':
      if (inline !== null) return 'option --deselect does not take an argument';
      o.negate = true;
      return null;
    case 'cumulative':
    case 'context':
      return null;
    case 'no-header':
    case 'no-headers':
    case 'no-heading':
    case 'no-headings':
    case 'noheader':
    case 'noheaders':
    case 'noheading':
    case 'noheadings':
      if (inline !== null) return 'option --no-heading does not take an argument';
      if (o.headers !== 'default') return 'only one heading option may be specified';
      o.headers = 'none';
      return null;
    case 'header':
    case 'headers':
    case 'heading':
    case 'headings':
      if (inline !== null) return 'option --heading does not take an argument';
      if (o.headers !== 'default') return 'only one heading option may be specified';
      o.headers = 'multi';
      return null;
    case 'format': {
      const a = arg();
      if (a === null) return 'format specification must follow --format';
      o.formats.push(a);
      return null;
    }
    case 'pid':
    case 'quick-pid': {
      const a = arg();
      if (a === null) return 'list of process IDs must follow --pid';
      o.selected = true;
      return parsePids(a, name === 'pid' ? o.pids : o.quickPids);
    }
    case 'ppid': {
      const a = arg();
      if (a === null) return 'list of process IDs must follow --ppid';
      o.selected = true;
      return parsePids(a, o.ppids);
    }
    case 'sort': {
      const a = arg();
      if (a === null) return 'long sort specification must follow --sort';
      o.sort.push(...a.split(',').filter((x) => x !== ''));
      return null;
    }
    case 'user':
    case 'User': {
      const a = arg();
      if (a === null)
        return name === 'user'
          ? 'list of effective users must follow --user'
          : 'list of real users must follow --User';
      for (const u of splitList(a)) {
        if (!/^\d+$/.test(u) && !knownUser(u)) return 'user name does not exist';
        o.users.push(u);
      }
      o.selected = true;
      return null;
    }
    case 'tty': {
      const a = arg();
      if (a === null) return 'list of ttys must follow --tty';
      o.ttys.push(...splitList(a));
      o.selected = true;
      return null;
    }
    case 'cols':
    case 'columns':
    case 'width': {
      const a = arg();
      const n = a === null ? Number.NaN : Number(a);
      if (!Number.isInteger(n) || n < 1) return 'number of columns must follow --cols, --width, or --columns';
      o.cols = n;
      return null;
    }
    case 'rows':
    case 'lines': {
      const a = arg();
      if (a === null || !/^\d+$/.test(a)) return 'number of rows must follow --rows or --lines';
      return null;
    }
    default:
      return 'unknown gnu long option';
  }
}

function parseAll(args: string[], forceBsd: boolean, knownUser: (u: string) => boolean) {
  const o = emptyOptions();
  const c: Cursor = { args, i: 0 };
  for (; c.i < args.length; c.i++) {
    const word = args[c.i] as string;
    let err: string | null;
    switch (argType(word)) {
      case 'gnu':
        err = parseGnu(c, o, knownUser);
        break;
      case 'sysv':
        if (!forceBsd) {
          err = parseSysv(c, o, knownUser);
          break;
        }
        o.preferBsd = true;
        err = parseBsd(c, o, knownUser);
        break;
      case 'bsd':
        o.preferBsd = true;
        err = parseBsd(c, o, knownUser);
        break;
      case 'pid':
        o.preferBsd = true;
        o.selected = true;
        err = parsePids(word, o.pids);
        break;
      default:
        return { ok: false as const, error: 'garbage option' };
    }
    if (err) return { ok: false as const, error: err };
  }
  return { ok: true as const, options: o };
}

export type PsParse = { ok: true; options: PsOptions } | { ok: false; error: string };

export function parsePsArgs(args: string[], knownUser: (u: string) => boolean): PsParse {
  const first = parseAll(args, false, knownUser);
  if (first.ok) return first;
  const second = parseAll(args, true, knownUser);
  if (second.ok) return second;
  return { ok: false, error: first.error };
}
