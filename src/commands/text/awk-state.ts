/** awk runtime state: variables, arrays, the current record and its fields, the main input. */
import type { Proc } from '../../shell/types.js';
import type { Expr, Program } from './awk-ast.js';
import { AwkStreams, awkRegex, RecordStream } from './awk-io.js';
import { unescapeAwk } from './awk-lexer.js';
import { AwkFatal, fromInput, toNum, toStr, UNINIT, type Val } from './awk-values.js';
import type { PosixRegex } from './regex.js';

export type AwkArray = Map<string, Val>;
/** An untyped argument: becomes the caller's array if the callee uses it as one. */
export class Pending {
  constructor(
    readonly scope: Map<string, Cell>,
    readonly name: string,
  ) {}
}
/** A local that has not been used yet (it may still become an array). */
export const UNTYPED = new Pending(new Map(), '');
export type Cell = Val | AwkArray | Pending;

export abstract class AwkState {
  readonly globals = new Map<string, Cell>();
  protected frames: Map<string, Cell>[] = [];
  private rec = '';
  private flds: Val[] = [];
  private nf = 0;
  private splitDone = true;
  private recDirty = false;
  readonly streams: AwkStreams;
  protected main: { stream: RecordStream | null; operands: string[]; idx: number };
  exitCode = 0;
  inMain = false;
  randState: number[] | null = null;
  seed = 0;

  constructor(
    readonly prog: Program,
    readonly p: Proc,
    operands: string[],
  ) {
    this.streams = new AwkStreams(p, (m) => this.fatal(m));
    this.main = { stream: null, operands, idx: 0 };
    const defaults: [string, Val][] = [
      ['FS', ' '],
      ['OFS', ' '],
      ['ORS', '\n'],
      ['RS', '\n'],
      ['SUBSEP', '\x1c'],
      ['CONVFMT', '%.6g'],
      ['OFMT', '%.6g'],
      ['NR', 0],
      ['FNR', 0],
      ['RSTART', 0],
      ['RLENGTH', -1],
      ['FILENAME', ''],
      ['RT', ''],
    ];
    for (const [k, v] of defaults) this.globals.set(k, v);
    const env: AwkArray = new Map();
    for (const [k, v] of p.ctx.env) env.set(k, fromInput(v));
    this.globals.set('ENVIRON', env);
  }

  fatal(msg: string): never {
    throw new AwkFatal(msg);
  }

  warn(msg: string): void {
    this.p.err(`awk: cmd. line:1: warning: ${msg}\n`);
  }

  str(name: string): string {
    return toStr(this.getVar(name), this.convfmt);
  }

  get convfmt(): string {
    const v = this.globals.get('CONVFMT');
    return typeof v === 'string' ? v : '%.6g';
  }

  // ---- variables ----

  protected scopeOf(name: string): Map<string, Cell> {
    const f = this.frames[this.frames.length - 1];
    return f?.has(name) ? f : this.globals;
  }

  getVar(name: string): Val {
    if (name === 'NF') {
      this.ensureSplit();
      return this.nf;
    }
    const scope = this.scopeOf(name);
    const c = scope.get(name);
    if (c === undefined || c instanceof Pending) {
      // a reference makes an untyped variable a scalar
      scope.set(name, UNINIT);
      return UNINIT;
    }
    if (c instanceof Map) this.fatal(`attempt to use array \`${name}' in a scalar context`);
    return c;
  }

  setVar(name: string, v: Val): void {
    if (name === 'NF') {
      this.setNF(Math.trunc(toNum(v)));
      return;
    }
    const scope = this.scopeOf(name);
    if (scope.get(name) instanceof Map) this.fatal(`attempt to use array \`${name}' in a scalar context`);
    scope.set(name, v);
  }

  getArray(name: string): AwkArray {
    const scope = this.scopeOf(name);
    const c = scope.get(name);
    if (c instanceof Map) return c;
    if (c === undefined || c instanceof Pending) {
      const arr: AwkArray = new Map();
      scope.set(name, arr);
      if (c instanceof Pending && c !== UNTYPED) c.scope.set(c.name, arr);
      return arr;
    }
    return this.fatal(`attempt to use scalar \`${name}' as an array`);
  }

  isArray(name: string): boolean {
    return this.scopeOf(name).get(name) instanceof Map;
  }

  subKey(subs: Expr[]): string {
    if (subs.length === 1) return toStr(this.evalExpr(subs[0] as Expr), this.convfmt);
    return subs.map((e) => toStr(this.evalExpr(e), this.convfmt)).join(this.str('SUBSEP'));
  }

  // ---- records and fields ----

  setRecord(text: string): void {
    this.rec = text;
    this.splitDone = false;
    this.recDirty = false;
  }

  private ensureSplit(): void {
    if (this.splitDone) return;
    const parts = this.splitWith(this.rec, this.str('FS'), this.str('RS') === '');
    this.flds = parts.map(fromInput);
    this.nf = parts.length;
    this.splitDone = true;
  }

  splitWith(s: string, fs: string, paragraph = false): string[] {
    if (fs === ' ') {
      const t = s.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
      return t === '' ? [] : t.split(/[ \t\n]+/);
    }
    if (s === '') return [];
    if (fs === '') return [...s];
    if (fs.length === 1 && fs !== '\\' && !paragraph) return s.split(fs);
    const src = fs.length === 1 ? (/[\\^$.[\]|()*+?{}]/.test(fs) ? `\\${fs}` : fs) : fs;
    const re = this.regex(paragraph ? `(${src})|\n` : src);
    const out: string[] = [];
    let start = 0;
    let from = 0;
    while (from <= s.length) {
      const m = re.exec(s, from);
      if (!m) break;
      if (m.text === '') {
        from = m.index + 1;
        continue;
      }
      out.push(s.slice(start, m.index));
      start = m.index + m.text.length;
      from = start;
    }
    out.push(s.slice(start));
    return out;
  }

  getField(i: number): Val {
    if (i < 0) this.fatal(`attempt to access field ${i}`);
    if (i === 0) {
      if (this.recDirty) this.rebuild();
      return fromInput(this.rec);
    }
    this.ensureSplit();
    return i <= this.nf ? (this.flds[i - 1] as Val) : UNINIT;
  }

  setField(i: number, v: Val): void {
    if (i < 0) this.fatal(`attempt to access field ${i}`);
    if (i === 0) {
      this.setRecord(toStr(v, this.convfmt));
      return;
    }
    this.ensureSplit();
    while (this.nf < i) {
      this.flds.push('');
      this.nf++;
    }
    this.flds[i - 1] = typeof v === 'number' ? toStr(v, this.convfmt) : v;
    this.recDirty = true;
  }

  private setNF(n: number): void {
    this.ensureSplit();
    if (n < 0) this.fatal(`NF set to negative value`);
    while (this.nf < n) {
      this.flds.push('');
      this.nf++;
    }
    this.flds.length = n;
    this.nf = n;
    this.recDirty = true;
  }

  private rebuild(): void {
    this.rec = this.flds.map((f) => toStr(f, this.convfmt)).join(this.str('OFS'));
    this.recDirty = false;
  }

  regex(src: string): PosixRegex {
    const r = awkRegex(src);
    if (typeof r === 'string') this.fatal(`${r}: /${src}/`);
    return r;
  }

  regexOf(e: Expr): PosixRegex {
    return this.regex(e.t === 're' ? e.src : toStr(this.evalExpr(e), this.convfmt));
  }

  // ---- input ----

  /** The next record of the main input (operands, assignments, stdin). */
  nextMainRecord(): string | null {
    for (;;) {
      const m = this.main;
      if (m.stream) {
        const r = m.stream.next(this.str('RS'), (s) => this.regex(s));
        if (r) {
          this.globals.set('RT', r.rt);
          return r.rec;
        }
        m.stream = null;
      }
      if (m.idx >= m.operands.length) {
        if (m.idx === m.operands.length && !m.operands.some((o) => !isAssignment(o))) {
          m.idx++;
          m.stream = new RecordStream(this.p.stdin);
          this.globals.set('FILENAME', '-');
          this.globals.set('FNR', 0);
          continue;
        }
        return null;
      }
      const op = m.operands[m.idx++] as string;
      if (isAssignment(op)) {
        const eq = op.indexOf('=');
        this.setVar(op.slice(0, eq), fromInput(unescapeAwk(op.slice(eq + 1))));
        continue;
      }
      this.globals.set('FILENAME', op);
      this.globals.set('FNR', 0);
      if (op === '-' || op === '/dev/stdin') {
        m.stream = new RecordStream(this.p.stdin);
        continue;
      }
      const fs = this.p.ctx.fs;
      if (fs.isDir(op, this.p.ctx.cwd)) {
        this.p.err(`awk: warning: command line argument \`${op}' is a directory: skipped\n`);
        continue;
      }
      try {
        m.stream = new RecordStream(fs.readFile(op, this.p.ctx.cwd));
      } catch (e) {
        const text =
          e instanceof Error && 'text' in e
            ? String((e as { text: string }).text)
            : 'No such file or directory';
        throw new AwkFatal(`cannot open file \`${op}' for reading: ${text}`, true);
      }
    }
  }

  skipFile(): void {
    this.main.stream = null;
  }

  bumpNR(): void {
    this.globals.set('NR', toNum(this.getVar('NR')) + 1);
    this.globals.set('FNR', toNum(this.getVar('FNR')) + 1);
  }

  abstract evalExpr(e: Expr): Val;
}

export function isAssignment(op: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(op);
}
