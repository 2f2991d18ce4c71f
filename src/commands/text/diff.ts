/**
 * diff (GNU diffutils 3.8): normal, unified (-u/-U N), context (-c/-C N),
 * ed (-e) and side-by-side (-y) output; -q, -s, -i, -w, -b, -Z, -E, -B,
 * --strip-trailing-cr, -a, -N, -r on directories, -L labels, `-` for
 * stdin and /dev/fd/N paths from process substitution. Exit 0 when the
 * inputs are the same, 1 when they differ, 2 on trouble.
 */
import type { Stat } from '../../model/vfs.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { getopt, type OptDef, posixlyCorrect } from '../getopt.js';
import { readInput } from './common.js';
import { strftime } from './date-format.js';
import { type Change, diffLines } from './diff-algo.js';
import {
  changeMatters,
  type FormatOpts,
  formatContext,
  formatNormal,
  formatUnified,
  type Line,
} from './diff-format.js';
import { DIFF_HELP } from './diff-help.js';
import { formatEd, formatSideBySide } from './diff-side.js';

type Style = 'normal' | 'unified' | 'context' | 'ed' | 'side';

interface Settings {
  style: Style;
  styleSet: boolean;
  context: number;
  brief: boolean;
  reportSame: boolean;
  icase: boolean;
  /** Whitespace handling, in GNU's order of strength. */
  ws: 'none' | 'tab' | 'trailing' | 'tab+trailing' | 'change' | 'all';
  ignoreBlank: boolean;
  stripCr: boolean;
  text: boolean;
  newFile: boolean;
  leftNew: boolean;
  recursive: boolean;
  minimal: boolean;
  initialTab: boolean;
  labels: string[];
  width: number;
  leftColumn: boolean;
  suppressCommon: boolean;
  tabsize: number;
  /** --horizon-lines. */
  horizon: number;
  /** The options as typed, for the `diff -r a/x b/x` lines between files of directories. */
  switches: string;
}

const STYLE_LONG = [
  'changed-group-format',
  'new-group-format',
  'old-group-format',
  'unchanged-group-format',
  'line-format',
  'new-line-format',
  'old-line-format',
  'unchanged-line-format',
  'ifdef',
];

const OPTIONS: OptDef[] = [
  { key: 'normal', long: 'normal' },
  { key: 'q', short: 'q', long: 'brief' },
  { key: 's', short: 's', long: 'report-identical-files' },
  { key: 'c', short: 'c' },
  { key: 'C', short: 'C', arg: 'required' },
  { key: 'u', short: 'u' },
  { key: 'U', short: 'U', arg: 'required' },
  { key: 'unified', long: 'unified', arg: 'optional' },
  { key: 'contextlong', long: 'context', arg: 'optional' },
  { key: 'e', short: 'e', long: 'ed' },
  { key: 'n', short: 'n', long: 'rcs' },
  { key: 'f', short: 'f', long: 'forward-ed' },
  { key: 'y', short: 'y', long: 'side-by-side' },
  { key: 'W', short: 'W', long: 'width', arg: 'required' },
  { key: 'left-column', long: 'left-column' },
  { key: 'suppress-common-lines', long: 'suppress-common-lines' },
  { key: 'p', short: 'p', long: 'show-c-function' },
  { key: 'F', short: 'F', long: 'show-function-line', arg: 'required' },
  { key: 'L', short: 'L', long: 'label', arg: 'required' },
  { key: 't', short: 't', long: 'expand-tabs' },
  { key: 'T', short: 'T', long: 'initial-tab' },
  { key: 'tabsize', long: 'tabsize', arg: 'required' },
  { key: 'suppress-blank-empty', long: 'suppress-blank-empty' },
  { key: 'l', short: 'l', long: 'paginate' },
  { key: 'i', short: 'i', long: 'ignore-case' },
  { key: 'E', short: 'E', long: 'ignore-tab-expansion' },
  { key: 'Z', short: 'Z', long: 'ignore-trailing-space' },
  { key: 'b', short: 'b', long: 'ignore-space-change' },
  { key: 'w', short: 'w', long: 'ignore-all-space' },
  { key: 'B', short: 'B', long: 'ignore-blank-lines' },
  { key: 'I', short: 'I', long: 'ignore-matching-lines', arg: 'required' },
  { key: 'a', short: 'a', long: 'text' },
  { key: 'strip-trailing-cr', long: 'strip-trailing-cr' },
  { key: 'r', short: 'r', long: 'recursive' },
  { key: 'no-dereference', long: 'no-dereference' },
  { key: 'N', short: 'N', long: 'new-file' },
  { key: 'unidirectional-new-file', long: 'unidirectional-new-file' },
  { key: 'ignore-file-name-case', long: 'ignore-file-name-case' },
  { key: 'no-ignore-file-name-case', long: 'no-ignore-file-name-case' },
  { key: 'x', short: 'x', long: 'exclude', arg: 'required' },
  { key: 'X', short: 'X', long: 'exclude-from', arg: 'required' },
  { key: 'S', short: 'S', long: 'starting-file', arg: 'required' },
  { key: 'from-file', long: 'from-file', arg: 'required' },
  { key: 'to-file', long: 'to-file', arg: 'required' },
  { key: 'style-format', long: STYLE_LONG, arg: 'required' },
  { key: 'D', short: 'D', arg: 'required' },
  { key: 'd', short: 'd', long: 'minimal' },
  { key: 'horizon-lines', long: 'horizon-lines', arg: 'required' },
  { key: 'H', short: 'H', long: 'speed-large-files' },
  { key: 'color', long: 'color', arg: 'optional' },
  { key: 'palette', long: 'palette', arg: 'required' },
  { key: 'binary', long: 'binary' },
  { key: 'sdiff-merge-assist', long: 'sdiff-merge-assist' },
  { key: 'v', short: 'v', long: 'version' },
  { key: 'help', long: 'help' },
  { key: 'inhibit-hunk-merge', long: 'inhibit-hunk-merge' },
];

/** One definition per long name, in diff.c's (alphabetical) table order: getopt lists ambiguous matches in it. */
const DEFS: OptDef[] = [
  ...OPTIONS.flatMap((d) => (typeof d.long === 'object' ? d.long.map((long) => ({ ...d, long })) : [d]))
    .filter((d) => d.long !== undefined)
    .sort((a, b) => ((a.long as string) < (b.long as string) ? -1 : 1)),
  ...OPTIONS.filter((d) => d.long === undefined),
];

const VERSION = `diff (GNU diffutils) 3.8
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Paul Eggert, Mike Haertel, David Hayes,
Richard Stallman, and Len Tower.
`;

class Trouble {
  constructor(readonly msg: string) {}
}

function tryHelp(p: Proc, msg: string): number {
  p.err(`${msg}\ndiff: Try 'diff --help' for more information.\n`);
  return 2;
}

/** quotearg's shell-escape style, as diff quotes names and options in its messages. */
function shq(s: string): string {
  if (s !== '' && /^[A-Za-z0-9_./@%+:,^-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The option words of argv as given (getopt's permutation keeps their order). */
function switchWords(argv: readonly string[]): string[] {
  const takesArg = new Set(['C', 'U', 'W', 'F', 'L', 'I', 'x', 'X', 'S', 'D']);
  const longArg = new Set<string>();
  for (const d of DEFS) {
    if (d.arg !== 'required' || d.long === undefined) continue;
    for (const n of typeof d.long === 'string' ? [d.long] : d.long) longArg.add(n);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') continue;
    out.push(a);
    if (a.startsWith('--')) {
      if (a.includes('=')) continue;
      const name = a.slice(2);
      const full = [...longArg].filter((n) => n.startsWith(name));
      if (longArg.has(name) || full.length === 1) out.push(argv[++i] ?? '');
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      if (takesArg.has(a[k] as string)) {
        if (k === a.length - 1) out.push(argv[++i] ?? '');
        break;
      }
    }
  }
  return out;
}

function parseSettings(p: Proc): { s: Settings; operands: string[] } | number {
  const res = getopt('diff', p.argv.slice(1), DEFS, { posix: posixlyCorrect(p.ctx.env) });
  if (!res.ok) return tryHelp(p, res.error);
  const s: Settings = {
    style: 'normal',
    styleSet: false,
    context: 3,
    brief: false,
    reportSame: false,
    icase: false,
    ws: 'none',
    ignoreBlank: false,
    stripCr: false,
    text: false,
    newFile: false,
    leftNew: false,
    recursive: false,
    minimal: false,
    initialTab: false,
    labels: [],
    width: 130,
    leftColumn: false,
    suppressCommon: false,
    tabsize: 8,
    horizon: 0,
    switches: switchWords(p.argv.slice(1))
      .map((w) => ` ${shq(w)}`)
      .join(''),
  };
  let contextSet = -1;
  const setStyle = (st: Style): string | null => {
    if (s.styleSet && s.style !== st) return 'diff: conflicting output style options';
    s.style = st;
    s.styleSet = true;
    return null;
  };
  const wsRank = ['none', 'tab', 'trailing', 'tab+trailing', 'change', 'all'] as const;
  const addWs = (w: Settings['ws']) => {
    if (w === 'tab' && s.ws === 'trailing') s.ws = 'tab+trailing';
    else if (w === 'trailing' && s.ws === 'tab') s.ws = 'tab+trailing';
    else if (wsRank.indexOf(w) > wsRank.indexOf(s.ws)) s.ws = w;
  };
  const contextLen = (v: string): number | null => (/^[0-9]+$/.test(v) ? Number(v) : null);
  for (const o of res.opts) {
    const v = o.value;
    let err: string | null = null;
    switch (o.key) {
      case 'help':
        p.out(DIFF_HELP);
        return 0;
      case 'v':
        p.out(VERSION);
        return 0;
      case 'normal':
        err = setStyle('normal');
        break;
      case 'q':
        s.brief = true;
        break;
      case 's':
        s.reportSame = true;
        break;
      case 'c':
      case 'contextlong':
      case 'u':
      case 'unified':
      case 'C':
      case 'U': {
        const unified = o.key === 'u' || o.key === 'U' || o.key === 'unified';
        if (v !== undefined) {
          const n = contextLen(v);
          if (n === null) return tryHelp(p, `diff: invalid context length ${shq1(v)}`);
          contextSet = Math.max(contextSet, n);
        }
        err = setStyle(unified ? 'unified' : 'context');
        break;
      }
      case 'e':
        err = setStyle('ed');
        break;
      case 'y':
        err = setStyle('side');
        break;
      case 'W': {
        if (!/^[0-9]+$/.test(v ?? '') || Number(v) === 0)
          return tryHelp(p, `diff: invalid width ${shq1(v ?? '')}`);
        s.width = Number(v);
        break;
      }
      case 'left-column':
        s.leftColumn = true;
        break;
      case 'suppress-common-lines':
        s.suppressCommon = true;
        break;
      case 'L':
        if (s.labels.length >= 2) return tryHelp(p, 'diff: too many file label options');
        s.labels.push(v ?? '');
        break;
      case 'T':
        s.initialTab = true;
        break;
      case 'tabsize':
        if (!/^[0-9]+$/.test(v ?? '') || Number(v) === 0)
          return tryHelp(p, `diff: invalid tabsize ${shq1(v ?? '')}`);
        s.tabsize = Number(v);
        break;
      case 'i':
        s.icase = true;
        break;
      case 'E':
        addWs('tab');
        break;
      case 'Z':
        addWs('trailing');
        break;
      case 'b':
        addWs('change');
        break;
      case 'w':
        addWs('all');
        break;
      case 'B':
        s.ignoreBlank = true;
        break;
      case 'a':
        s.text = true;
        break;
      case 'strip-trailing-cr':
        s.stripCr = true;
        break;
      case 'r':
        s.recursive = true;
        break;
      case 'N':
        s.newFile = true;
        break;
      case 'unidirectional-new-file':
        s.leftNew = true;
        break;
      case 'd':
        s.minimal = true;
        break;
      case 'color':
        if (v !== undefined && !['never', 'always', 'auto'].includes(v)) {
          return tryHelp(p, `diff: invalid color ${shq1(v)}`);
        }
        break;
      case 'horizon-lines':
        if (!/^[0-9]+$/.test(v ?? '')) return tryHelp(p, `diff: invalid horizon length ${shq1(v ?? '')}`);
        s.horizon = Number(v);
        break;
      default:
        // accepted, no effect on what is printed here (-t, -l, -p, -x …)
        break;
    }
    if (err) return tryHelp(p, err);
  }
  if (contextSet >= 0) s.context = contextSet;
  return { s, operands: res.operands };
}

/** quote() as diff's option errors use it: 'x'. */
function shq1(s: string): string {
  return `'${s}'`;
}

// ---------------------------------------------------------------------------

interface Input {
  name: string;
  /** Missing and treated as empty (-N). */
  absent: boolean;
  stat: Stat | null;
  isStdin: boolean;
}

function splitFile(data: string, stripCr: boolean): Line[] {
  if (data === '') return [];
  let d = data;
  if (stripCr) d = d.replace(/\r\n/g, '\n').replace(/\r$/, '');
  const parts = d.split('\n');
  const nl = d.endsWith('\n');
  if (nl) parts.pop();
  return parts.map((text, i) => ({ text, nl: nl || i < parts.length - 1 }));
}

const SPACE = /[ \t\n\v\f\r]/;

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\t') out += ' '.repeat(tabsize - (out.length % tabsize));
    else out += ch;
  }
  return out;
}

/** The text lines compare by under -i/-E/-Z/-b/-w. */
function lineKey(l: Line, s: Settings): string {
  let t = l.text;
  if (s.ws === 'all') t = [...t].filter((c) => !SPACE.test(c)).join('');
  else if (s.ws === 'change') t = t.replace(/[ \t\v\f\r]+$/, '').replace(/[ \t\v\f\r]+/g, ' ');
  else {
    if (s.ws === 'tab' || s.ws === 'tab+trailing') t = expandTabs(t, s.tabsize);
    if (s.ws === 'trailing' || s.ws === 'tab+trailing') t = t.replace(/[ \t\v\f\r]+$/, '');
  }
  if (s.icase) t = t.replace(/[A-Z]/g, (c) => c.toLowerCase());
  // an incomplete last line matches only another one unless trailing space is ignored
  const looseEnd = s.ws === 'trailing' || s.ws === 'tab+trailing' || s.ws === 'change' || s.ws === 'all';
  return !l.nl && !looseEnd ? `\u0000${t}` : t;
}

class DiffRun {
  status = 0;

  constructor(
    readonly p: Proc,
    readonly s: Settings,
  ) {}

  private read(inp: Input): string {
    if (inp.absent) return '';
    const got = readInput(this.p, inp.name);
    if (!got.ok) throw new Trouble(`diff: ${inp.name}: ${got.text}\n`);
    return got.data;
  }

  private header(inp: Input, label: string | undefined): string {
    if (label !== undefined) return label;
    let ms: number;
    if (inp.absent) ms = 0;
    else if (inp.isStdin || !inp.stat || inp.stat.kind !== 'file' || inp.name.startsWith('/dev/fd/'))
      ms = this.p.ctx.fs.base.time();
    else ms = inp.stat.mtime;
    return `${inp.name}\t${strftime('%Y-%m-%d %H:%M:%S.%N %z', ms)}`;
  }

  /** Compare two regular files (or stdin); returns 0, 1 or 2. */
  files(a: Input, b: Input, inDir: boolean): number {
    const s = this.s;
    let da: string;
    let db: string;
    try {
      da = this.read(a);
      db = a.isStdin && b.isStdin ? da : this.read(b);
    } catch (e) {
      if (e instanceof Trouble) {
        this.p.err(e.msg);
        return 2;
      }
      throw e;
    }
    const la = s.labels[0] ?? a.name;
    const lb = s.labels[1] ?? b.name;
    const binary = !s.text && (da.includes('\u0000') || db.includes('\u0000'));
    const exact = s.ws === 'none' && !s.icase && !s.ignoreBlank && !s.stripCr;
    if (binary || (s.brief && exact)) {
      if (da === db) return this.same(la, lb);
      this.p.out(
        binary && !s.brief ? `Binary files ${la} and ${lb} differ\n` : `Files ${la} and ${lb} differ\n`,
      );
      return 1;
    }
    const A = splitFile(da, s.stripCr);
    const B = splitFile(db, s.stripCr);
    // an ed script cannot say a line lacks its newline: the line is taken as complete and diff complains after
    const incomplete = [A, B].map((ls) => ls.length > 0 && !(ls[ls.length - 1] as Line).nl);
    if (s.style === 'ed') {
      for (const ls of [A, B])
        if (ls.length > 0) ls[ls.length - 1] = { ...(ls[ls.length - 1] as Line), nl: true };
    }
    const ids = new Map<string, number>();
    const classOf = (l: Line) => {
      const k = lineKey(l, s);
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size + 1;
        ids.set(k, id);
      }
      return id;
    };
    const horizon = Math.max(s.horizon, s.style === 'unified' || s.style === 'context' ? s.context : 0);
    const script = diffLines(A.map(classOf), B.map(classOf), s.minimal, horizon, exactKeys(A), exactKeys(B));
    const fo: FormatOpts = {
      context: s.context,
      ignoreBlank: s.ignoreBlank,
      blankAllowsSpace: s.ws !== 'none' && s.ws !== 'tab',
      initialTab: s.initialTab,
    };
    const differs = script.some((c) => changeMatters(c, A, B, fo));
    if (!differs) {
      if (s.style === 'side' && !s.brief && !s.suppressCommon) {
        this.p.out(formatSideBySide(script, A, B, sideOpts(s)));
      }
      return this.same(la, lb);
    }
    if (s.brief) {
      this.p.out(`Files ${la} and ${lb} differ\n`);
      return 1;
    }
    let out = inDir ? `diff${s.switches} ${shq(a.name)} ${shq(b.name)}\n` : '';
    out += this.body(script, A, B, fo, a, b);
    this.p.out(out);
    if (s.style === 'ed' && (incomplete[0] || incomplete[1])) {
      if (incomplete[0]) this.p.err(`diff: ${la}: No newline at end of file\n\n`);
      if (incomplete[1]) this.p.err(`diff: ${lb}: No newline at end of file\n\n`);
      return 2;
    }
    return 1;
  }

  private body(script: Change[], A: Line[], B: Line[], fo: FormatOpts, a: Input, b: Input): string {
    const s = this.s;
    switch (s.style) {
      case 'unified':
        return `--- ${this.header(a, s.labels[0])}\n+++ ${this.header(b, s.labels[1])}\n${formatUnified(script, A, B, fo)}`;
      case 'context':
        return `*** ${this.header(a, s.labels[0])}\n--- ${this.header(b, s.labels[1])}\n${formatContext(script, A, B, fo)}`;
      case 'ed':
        return formatEd(script, A, B, fo);
      case 'side':
        return formatSideBySide(script, A, B, sideOpts(s));
      default:
        return formatNormal(script, A, B, fo);
    }
  }

  private same(la: string, lb: string): number {
    if (this.s.reportSame) this.p.out(`Files ${la} and ${lb} are identical\n`);
    return 0;
  }

  private statOf(name: string): Stat | null {
    return this.p.ctx.fs.stat(name, this.p.ctx.cwd);
  }

  private input(name: string, st: Stat | null, absent = false): Input {
    return { name, absent, stat: st, isStdin: name === '-' };
  }

  /** Compare two operands at the top level or inside directories. */
  compare(n0: string, n1: string, top: boolean): number {
    const s = this.s;
    const st0 = n0 === '-' ? null : this.statOf(n0);
    const st1 = n1 === '-' ? null : this.statOf(n1);
    const missing0 = n0 !== '-' && st0 === null;
    const missing1 = n1 !== '-' && st1 === null;
    if (missing0 || missing1) {
      const new0 = missing0 && (s.newFile || s.leftNew) && !missing1;
      const new1 = missing1 && s.newFile && !missing0;
      if (!new0 && !new1) {
        if (missing0) this.p.err(`diff: ${n0}: No such file or directory\n`);
        if (missing1) this.p.err(`diff: ${n1}: No such file or directory\n`);
        return 2;
      }
      // the absent side takes the other side's kind: a new directory is compared entry by entry
      const other = new0 ? st1 : st0;
      if (other?.kind === 'dir') return this.dirs(n0, n1, new0 ? 0 : 1);
      return this.files(this.input(n0, st0, new0), this.input(n1, st1, new1), !top);
    }
    const dir0 = st0?.kind === 'dir';
    const dir1 = st1?.kind === 'dir';
    if (dir0 && dir1) {
      // one directory given twice: nothing to compare
      const fs = this.p.ctx.fs;
      if (fs.resolve(n0, this.p.ctx.cwd).path === fs.resolve(n1, this.p.ctx.cwd).path) return 0;
      return this.dirs(n0, n1, -1);
    }
    if (dir0 || dir1) {
      if (!top) {
        this.p.out(
          `File ${n0} is a ${dir0 ? 'directory' : 'regular file'} while file ${n1} is a ${dir1 ? 'directory' : 'regular file'}\n`,
        );
        return 1;
      }
      const fileName = dir0 ? n1 : n0;
      if (fileName === '-') {
        this.p.err(`diff: cannot compare '-' to a directory\n`);
        return 2;
      }
      const base = fileName.replace(/\/+$/, '').split('/').pop() as string;
      if (dir0) return this.compare(joinPath(n0, base), n1, true);
      return this.compare(n0, joinPath(n1, base), true);
    }
    return this.files(this.input(n0, st0), this.input(n1, st1), !top);
  }

  /** Compare directories entry by entry, in name order; `absent` is the side that does not exist (-N). */
  dirs(d0: string, d1: string, absent: number): number {
    const list = (d: string, i: number): string[] => {
      if (i === absent) return [];
      try {
        return this.p.ctx.fs.readdir(d, this.p.ctx.cwd);
      } catch {
        return [];
      }
    };
    const e0 = new Set(list(d0, 0));
    const e1 = new Set(list(d1, 1));
    const names = [...new Set([...e0, ...e1])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    let status = 0;
    for (const name of names) {
      const p0 = joinPath(d0, name);
      const p1 = joinPath(d1, name);
      let r: number;
      if (!e0.has(name) || !e1.has(name)) {
        const newOk = this.s.newFile || (this.s.leftNew && !e0.has(name));
        const st = this.statOf(e0.has(name) ? p0 : p1);
        if (newOk && (st?.kind !== 'dir' || this.s.recursive)) r = this.compare(p0, p1, false);
        else {
          this.p.out(`Only in ${e0.has(name) ? d0 : d1}: ${name}\n`);
          r = 1;
        }
      } else {
        const s0 = this.statOf(p0);
        const s1 = this.statOf(p1);
        if (s0?.kind === 'dir' && s1?.kind === 'dir' && !this.s.recursive) {
          this.p.out(`Common subdirectories: ${p0} and ${p1}\n`);
          r = 0;
        } else r = this.compare(p0, p1, false);
      }
      status = Math.max(status, r);
    }
    return status;
  }
}

function exactKeys(lines: readonly Line[]): string[] {
  return lines.map((l) => (l.nl ? `${l.text}\n` : l.text));
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function sideOpts(s: Settings) {
  return {
    width: s.width,
    leftColumn: s.leftColumn,
    suppressCommon: s.suppressCommon,
    tabsize: s.tabsize,
    expandTabs: false,
  };
}

function diff(p: Proc): number {
  const r = parseSettings(p);
  if (typeof r === 'number') return r;
  const { s, operands } = r;
  if (operands.length !== 2) {
    if (operands.length < 2) return tryHelp(p, `diff: missing operand after '${p.argv[p.argv.length - 1]}'`);
    return tryHelp(p, `diff: extra operand '${operands[2]}'`);
  }
  const run = new DiffRun(p, s);
  return run.compare(operands[0] as string, operands[1] as string, true);
}

export const DIFF: CommandDef = {
  name: 'diff',
  path: '/usr/bin/diff',
  run: diff,
  summary: 'compare files line by line',
};
