/** The sed executor: cycles, addresses and ranges, hold space, appends, and in-place editing. */
import type { Proc } from '../../shell/types.js';
import { readInput, tryFs } from './common.js';
import type { PosixRegex } from './regex.js';
import type { Addr, Cmd, SubstSpec } from './sed-types.js';
import { type Line, listLine, Sink, splitInput, substitute } from './sed-util.js';

export const SED_LOOP_LIMIT = 1_000_000;

/** Input lines across files, opening each file only when it is needed (as GNU sed does). */
class SedInput {
  private fi = 0;
  private cur: Line[] = [];
  private ci = 0;
  constructor(
    private readonly files: string[],
    private readonly open: (f: string) => Line[] | null,
  ) {}

  private fill(): boolean {
    while (this.ci >= this.cur.length) {
      const f = this.files[this.fi++];
      if (f === undefined) return false;
      this.cur = this.open(f) ?? [];
      this.ci = 0;
    }
    return true;
  }

  next(): Line | null {
    return this.fill() ? (this.cur[this.ci++] as Line) : null;
  }

  atEnd(): boolean {
    return !this.fill();
  }
}

class Quit {
  constructor(
    readonly code: number,
    readonly print: boolean,
  ) {}
}

class SedFatal extends Error {}

export class SedRun {
  private hold = '';
  private lastRe: PosixRegex | null = null;
  private wfiles = new Map<string, string>();
  private rfiles = new Map<string, string[]>();
  constructor(
    private readonly p: Proc,
    private readonly cmds: Cmd[],
    private readonly opts: { quiet: boolean; lineLen: number; sep: string },
  ) {
    for (const c of cmds) {
      const f = c.name === 'w' || c.name === 'W' ? c.file : c.subst?.wfile;
      if (f && f !== '/dev/stdout' && f !== '/dev/stderr') this.wfiles.set(f, '');
    }
  }

  /** Files as one stream (or separately with -s), opened only when sed gets to them. */
  streams(files: string[], separate: boolean): number {
    const status = { v: 0 };
    const open = (f: string): Line[] | null => {
      const got = readInput(this.p, f);
      if (got.ok) return splitInput(got.data, f, this.opts.sep);
      if (got.code === 'EISDIR') {
        this.p.err(`sed: read error on ${f}: ${got.text}\n`);
        status.v = 4;
      } else {
        this.p.err(`sed: can't read ${f}: ${got.text}\n`);
        status.v = Math.max(status.v, 2);
      }
      return null;
    };
    const sink = new Sink((s) => this.p.out(s), this.opts.sep);
    let code: number | null = null;
    for (const group of separate ? files.map((f) => [f]) : [files]) {
      code = this.process(new SedInput(group, open), sink);
      if (code !== null) break;
    }
    this.flushW();
    return code ?? status.v;
  }

  inPlace(files: string[], suffix: string): number {
    let status = 0;
    const fs = this.p.ctx.fs;
    for (const f of files) {
      const st = fs.stat(f, this.p.ctx.cwd);
      if (!st) {
        this.p.err(`sed: can't read ${f}: No such file or directory\n`);
        status = Math.max(status, 2);
        continue;
      }
      if (st.kind !== 'file') {
        this.p.err(`sed: couldn't edit ${f}: not a regular file\n`);
        status = 4;
        continue;
      }
      const got = readInput(this.p, f);
      if (!got.ok) continue;
      const buf: string[] = [];
      const lines = splitInput(got.data, f, this.opts.sep);
      const code = this.process(new SedInput([f], () => lines), new Sink((s) => buf.push(s), this.opts.sep));
      if (suffix) {
        const base = f.slice(f.lastIndexOf('/') + 1);
        const backup = suffix.includes('*')
          ? f.slice(0, f.length - base.length) + suffix.replace(/\*/g, base)
          : f + suffix;
        tryFs(() => fs.writeFile(backup, got.data, this.p.ctx.cwd));
      }
      const err = tryFs(() => fs.writeFile(f, buf.join(''), this.p.ctx.cwd));
      if (err) {
        this.p.err(`sed: couldn't open file ${f}: ${err.text}\n`);
        status = 4;
      }
      if (code !== null) {
        this.flushW();
        return code;
      }
    }
    this.flushW();
    return status;
  }

  private flushW(): void {
    for (const [f, data] of this.wfiles) tryFs(() => this.p.ctx.fs.writeFile(f, data, this.p.ctx.cwd));
  }

  private regex(re: PosixRegex | null): PosixRegex {
    const r = re ?? this.lastRe;
    if (!r) throw new SedFatal('sed: no previous regular expression');
    this.lastRe = r;
    return r;
  }

  /** Run the script over one input; returns an exit code when q/Q ended it. */
  private process(input: SedInput, sink: Sink): number | null {
    let lineNo = 0;
    // a 0,/re/ range is active before the first line
    for (const c of this.cmds) c.active = c.a1?.k === 'line' && c.a1.n === 0;
    const state = { ps: '', cur: null as Line | null, tflag: false };
    const appendQ: (() => void)[] = [];
    const flushAppends = () => {
      for (const f of appendQ.splice(0)) f();
    };
    const readNext = (): boolean => {
      const l = input.next();
      if (!l) return false;
      lineNo++;
      state.cur = l;
      return true;
    };
    const isLast = () => input.atEnd();
    const printPS = (text: string) => sink.put(text, state.cur?.nl ?? true);
    const matchOne = (a: Addr): boolean => {
      switch (a.k) {
        case 'line':
          return lineNo === a.n;
        case 'last':
          return isLast();
        case 're':
          return this.regex(a.re).test(state.ps);
        case 'step':
          return a.step <= 0 ? lineNo === a.first : lineNo >= a.first && (lineNo - a.first) % a.step === 0;
        default:
          return false;
      }
    };
    const matches = (c: Cmd): boolean => {
      if (!c.a1) return true;
      let hit: boolean;
      if (!c.a2) hit = matchOne(c.a1);
      else if (c.active) {
        hit = true;
        const a2 = c.a2;
        if (a2.k === 're') c.active = !this.regex(a2.re).test(state.ps);
        else if (a2.k === 'last') c.active = !isLast();
        else c.active = lineNo < (c.rangeEnd ?? 0);
      } else {
        hit = matchOne(c.a1);
        if (hit) {
          const a2 = c.a2;
          if (a2.k === 'line') {
            c.active = a2.n > lineNo;
            c.rangeEnd = a2.n;
          } else if (a2.k === 'plus') {
            c.rangeEnd = lineNo + a2.n;
            c.active = a2.n > 0;
          } else if (a2.k === 'mult') {
            c.rangeEnd = a2.n > 0 ? Math.ceil(lineNo / a2.n) * a2.n : lineNo;
            c.active = c.rangeEnd > lineNo;
          } else if (a2.k === 'last') c.active = !isLast();
          else c.active = true;
        }
      }
      return hit !== c.neg;
    };
    const labelIndex = (label: string | undefined): number => {
      if (!label) return this.cmds.length;
      return this.cmds.findIndex((c) => c.name === ':' && c.label === label);
    };
    const fileLines = (f: string): string[] => {
      let q = this.rfiles.get(f);
      if (!q) {
        const got = readInput(this.p, f);
        q = got.ok ? got.data.split('\n') : [];
        if (got.ok && got.data.endsWith('\n')) q.pop();
        this.rfiles.set(f, q);
      }
      return q;
    };
    const writeTo = (f: string, text: string) => {
      if (f === '/dev/stdout') sink.put(text, true);
      else if (f === '/dev/stderr') this.p.err(`${text}\n`);
      else this.wfiles.set(f, `${this.wfiles.get(f) ?? ''}${text}\n`);
    };

    let restart = false;
    let jumps = 0;
    try {
      while (restart || readNext()) {
        if (!restart) state.ps = (state.cur as Line).text;
        if (!restart) state.tflag = false;
        restart = false;
        let pc = 0;
        let autoprint = !this.opts.quiet;
        let endCycle = false;
        while (pc < this.cmds.length && !endCycle) {
          const c = this.cmds[pc] as Cmd;
          if (c.name === '}' || c.name === ':') {
            pc++;
            continue;
          }
          if (!matches(c)) {
            pc = c.name === '{' ? (c.end ?? pc) + 1 : pc + 1;
            continue;
          }
          pc++;
          switch (c.name) {
            case '{':
              break;
            case '=':
              sink.put(String(lineNo), true);
              break;
            case 'a':
              appendQ.push(() => sink.put(c.text ?? '', true));
              break;
            case 'i':
              sink.put(c.text ?? '', true);
              break;
            case 'c':
              if (!c.a2 || c.neg || !c.active) sink.put(c.text ?? '', true);
              autoprint = false;
              endCycle = true;
              break;
            case 'd':
              autoprint = false;
              endCycle = true;
              break;
            case 'D': {
              const nlPos = state.ps.indexOf('\n');
              autoprint = false;
              endCycle = true;
              if (nlPos >= 0) {
                state.ps = state.ps.slice(nlPos + 1);
                restart = true;
              }
              break;
            }
            case 'g':
              state.ps = this.hold;
              break;
            case 'G':
              state.ps += `\n${this.hold}`;
              break;
            case 'h':
              this.hold = state.ps;
              break;
            case 'H':
              this.hold += `\n${state.ps}`;
              break;
            case 'x':
              [state.ps, this.hold] = [this.hold, state.ps];
              break;
            case 'z':
              state.ps = '';
              break;
            case 'l':
              sink.put(listLine(state.ps, c.num ?? this.opts.lineLen), true);
              break;
            case 'n':
              if (isLast()) {
                endCycle = true;
                break;
              }
              if (!this.opts.quiet) printPS(state.ps);
              flushAppends();
              readNext();
              state.ps = (state.cur as Line).text;
              break;
            case 'N':
              if (isLast()) {
                endCycle = true;
                break;
              }
              flushAppends();
              readNext();
              state.ps += `\n${(state.cur as Line).text}`;
              break;
            case 'p':
              printPS(state.ps);
              break;
            case 'P': {
              const nlPos = state.ps.indexOf('\n');
              sink.put(
                nlPos >= 0 ? state.ps.slice(0, nlPos) : state.ps,
                nlPos >= 0 || (state.cur?.nl ?? true),
              );
              break;
            }
            case 'q':
              throw new Quit(c.num ?? 0, true);
            case 'Q':
              throw new Quit(c.num ?? 0, false);
            case 'b':
            case 't':
            case 'T': {
              const take = c.name === 'b' || (c.name === 't' ? state.tflag : !state.tflag);
              if (c.name !== 'b') state.tflag = false;
              if (take) {
                if (++jumps > SED_LOOP_LIMIT)
                  throw new SedFatal(`sed: loop iteration limit (${SED_LOOP_LIMIT}) exceeded`);
                pc = labelIndex(c.label);
              }
              break;
            }
            case 'r':
              appendQ.push(() => {
                const got = readInput(this.p, c.file ?? '');
                if (got.ok && got.data) sink.put(got.data.replace(/\n$/, ''), got.data.endsWith('\n'));
              });
              break;
            case 'R': {
              const next = fileLines(c.file ?? '').shift();
              if (next !== undefined) appendQ.push(() => sink.put(next, true));
              break;
            }
            case 'w':
              writeTo(c.file ?? '', state.ps);
              break;
            case 'W': {
              const nlPos = state.ps.indexOf('\n');
              writeTo(c.file ?? '', nlPos >= 0 ? state.ps.slice(0, nlPos) : state.ps);
              break;
            }
            case 'F':
              sink.put(state.cur?.file ?? '-', true);
              break;
            case 'y':
              state.ps = [...state.ps].map((ch) => c.ymap?.get(ch) ?? ch).join('');
              break;
            case 's':
              if (substitute(this.regex((c.subst as SubstSpec).re), c.subst as SubstSpec, state)) {
                state.tflag = true;
                if (c.subst?.print) printPS(state.ps);
                if (c.subst?.wfile) writeTo(c.subst.wfile, state.ps);
              }
              break;
          }
        }
        if (autoprint) printPS(state.ps);
        flushAppends();
        if (restart && ++jumps > SED_LOOP_LIMIT)
          throw new SedFatal(`sed: loop iteration limit (${SED_LOOP_LIMIT}) exceeded`);
      }
    } catch (e) {
      if (e instanceof Quit) {
        if (e.print && !this.opts.quiet) printPS(state.ps);
        flushAppends();
        return e.code;
      }
      if (e instanceof SedFatal) {
        this.p.err(`${e.message}\n`);
        return 4;
      }
      throw e;
    }
    return null;
  }
}
