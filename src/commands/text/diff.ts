/**
 * diff (GNU diffutils 3.8): normal, unified (-u/-U N), context (-c/-C N),
 * ed (-e) and side-by-side (-y) output; -q, -s, -i, -w, -b, -Z, -E, -B,
 * --strip-trailing-cr, -a, -N, -r on directories, -L labels, `-` for
 * stdin and /dev/fd/N paths from process substitution. Exit 0 when the
 * inputs are the same, 1 when they differ, 2 on trouble.
 */
import type { Stat } from '../../model/vfs.js';
import type { CommandDef, Proc } from '../../shell/types.js';
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
import { parseSettings, type Settings, shq, tryHelp } from './diff-options.js';
import { formatEd, formatSideBySide } from './diff-side.js';

class Trouble {
  constructor(readonly msg: string) {}
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
