/** diff's command line: GNU diffutils 3.8's options (long names in diff.c's table order), their checks and wording. */
import type { Proc } from '../../shell/types.js';
import { getopt, type OptDef, posixlyCorrect } from '../getopt.js';
import { DIFF_HELP } from './diff-help.js';

export type Style = 'normal' | 'unified' | 'context' | 'ed' | 'side';

export interface Settings {
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

export function tryHelp(p: Proc, msg: string): number {
  p.err(`${msg}\ndiff: Try 'diff --help' for more information.\n`);
  return 2;
}

/** quotearg's shell-escape style, as diff quotes names and options in its messages. */
export function shq(s: string): string {
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

export function parseSettings(p: Proc): { s: Settings; operands: string[] } | number {
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
