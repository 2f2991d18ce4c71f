import type { Expr, Func, LValue, Stmt } from './awk-ast.js';
import { type AwkRuntime, callBuiltin } from './awk-builtins.js';
import { AwkState, type Cell, Pending, UNTYPED } from './awk-state.js';
import { compare, fromInput, sprintf, toBool, toNum, toStr, UNINIT, type Val } from './awk-values.js';

class Signal {
  constructor(readonly kind: 'next' | 'nextfile' | 'break' | 'continue') {}
}
const NEXT = new Signal('next');
const NEXTFILE = new Signal('nextfile');
const BREAK = new Signal('break');
const CONTINUE = new Signal('continue');
export class ExitSignal {
  constructor(readonly code: number) {}
}
class ReturnSignal {
  constructor(readonly v: Val) {}
}

export const LOOP_LIMIT = 1_000_000;

export class Interp extends AwkState implements AwkRuntime {
  // ---- statements ----

  exec(s: Stmt): void {
    switch (s.t) {
      case 'expr':
        this.evalExpr(s.e);
        return;
      case 'print': {
        const ofmt = this.str('OFMT');
        const parts = s.args.length
          ? s.args.map((a) => {
              const v = this.evalExpr(a);
              return typeof v === 'number' ? toStr(v, ofmt) : toStr(v, this.convfmt);
            })
          : [toStr(this.getField(0), this.convfmt)];
        this.output(`${parts.join(this.str('OFS'))}${this.str('ORS')}`, s.redir);
        return;
      }
      case 'printf': {
        const vals = s.args.map((a) => this.evalExpr(a));
        const fmt = toStr(vals[0] as Val, this.convfmt);
        this.output(sprintf(fmt, vals.slice(1), this.convfmt), s.redir);
        return;
      }
      case 'if':
        if (toBool(this.evalExpr(s.c))) this.exec(s.then);
        else if (s.else) this.exec(s.else);
        return;
      case 'while':
      case 'do':
      case 'for':
        this.loop(s);
        return;
      case 'forin': {
        const arr = this.getArray(s.arr);
        let n = 0;
        for (const k of [...arr.keys()]) {
          if (!arr.has(k)) continue;
          if (++n > LOOP_LIMIT) this.fatal(`loop iteration limit (${LOOP_LIMIT}) exceeded`);
          this.assign(s.v, fromInput(k));
          try {
            this.exec(s.body);
          } catch (e) {
            if (e === BREAK) break;
            if (e !== CONTINUE) throw e;
          }
        }
        return;
      }
      case 'block':
        for (const x of s.body) this.exec(x);
        return;
      case 'next':
        if (!this.inMain) this.fatal("`next' used in BEGIN or END action");
        throw NEXT;
      case 'nextfile':
        throw NEXTFILE;
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'exit':
        throw new ExitSignal(s.e ? Math.trunc(toNum(this.evalExpr(s.e))) & 0xff : this.exitCode);
      case 'return':
        throw new ReturnSignal(s.e ? this.evalExpr(s.e) : UNINIT);
      case 'delete': {
        const arr = this.getArray(s.name);
        if (s.subs) arr.delete(this.subKey(s.subs));
        else arr.clear();
        return;
      }
    }
  }

  private loop(s: Extract<Stmt, { t: 'while' | 'do' | 'for' }>): void {
    let n = 0;
    if (s.t === 'for' && s.init) this.evalExpr(s.init);
    let first = s.t === 'do';
    for (;;) {
      if (!first) {
        const c = s.t === 'for' ? s.c : s.c;
        if (c && !toBool(this.evalExpr(c))) break;
      }
      first = false;
      if (++n > LOOP_LIMIT) this.fatal(`loop iteration limit (${LOOP_LIMIT}) exceeded`);
      try {
        this.exec(s.body);
      } catch (e) {
        if (e === BREAK) break;
        if (e !== CONTINUE) throw e;
      }
      if (s.t === 'for' && s.step) this.evalExpr(s.step);
    }
  }

  output(text: string, redir: { kind: '>' | '>>' | '|'; e: Expr } | null): void {
    if (!redir) {
      this.p.out(text);
      return;
    }
    this.streams.write(redir.kind, toStr(this.evalExpr(redir.e), this.convfmt), text);
  }

  // ---- expressions ----

  assign(t: LValue, v: Val): Val {
    if (t.t === 'var') this.setVar(t.name, v);
    else if (t.t === 'field') this.setField(Math.trunc(toNum(this.evalExpr(t.e))), v);
    else this.getArray(t.name).set(this.subKey(t.subs), v);
    return v;
  }

  evalExpr(e: Expr): Val {
    switch (e.t) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 're':
        return this.regex(e.src).test(toStr(this.getField(0), this.convfmt)) ? 1 : 0;
      case 'var':
        return this.getVar(e.name);
      case 'field':
        return this.getField(Math.trunc(toNum(this.evalExpr(e.e))));
      case 'index': {
        const arr = this.getArray(e.name);
        const k = this.subKey(e.subs);
        const v = arr.get(k);
        if (v === undefined) {
          arr.set(k, UNINIT);
          return UNINIT;
        }
        return v;
      }
      case 'grouping':
        return this.evalExpr(e.list[e.list.length - 1] as Expr);
      case 'assign': {
        if (e.op === '=') {
          return this.assign(e.target, this.evalExpr(e.e));
        }
        const rhs = toNum(this.evalExpr(e.e));
        const cur = toNum(this.evalExpr(e.target));
        return this.assign(e.target, this.arith(e.op.slice(0, -1), cur, rhs));
      }
      case 'cond':
        return toBool(this.evalExpr(e.c)) ? this.evalExpr(e.a) : this.evalExpr(e.b);
      case 'or':
        return toBool(this.evalExpr(e.a)) || toBool(this.evalExpr(e.b)) ? 1 : 0;
      case 'and':
        return toBool(this.evalExpr(e.a)) && toBool(this.evalExpr(e.b)) ? 1 : 0;
      case 'in':
        return this.getArray(e.name).has(this.subKey(e.subs)) ? 1 : 0;
      case 'match': {
        const s = toStr(this.evalExpr(e.e), this.convfmt);
        return this.regexOf(e.re).test(s) !== e.neg ? 1 : 0;
      }
      case 'bin':
        return this.binary(e.op, e.a, e.b);
      case 'un': {
        const v = this.evalExpr(e.e);
        if (e.op === '!') return toBool(v) ? 0 : 1;
        return e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'incdec': {
        const cur = toNum(this.evalExpr(e.target));
        const nv = e.op === '++' ? cur + 1 : cur - 1;
        this.assign(e.target, nv);
        return e.prefix ? nv : cur;
      }
      case 'call':
        return this.call(e.name, e.args);
      case 'builtin':
        return callBuiltin(this, e.name, e.args);
      case 'getline':
        return this.getline(e);
    }
  }

  arith(op: string, a: number, b: number): number {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) this.fatal('division by zero attempted');
        return a / b;
      case '%':
        if (b === 0) this.fatal("division by zero attempted in `%'");
        return a % b;
      default:
        return a ** b;
    }
  }

  private binary(op: string, ae: Expr, be: Expr): Val {
    if (op === 'cat') return toStr(this.evalExpr(ae), this.convfmt) + toStr(this.evalExpr(be), this.convfmt);
    const a = this.evalExpr(ae);
    const b = this.evalExpr(be);
    switch (op) {
      case '<':
        return compare(a, b, this.convfmt) < 0 ? 1 : 0;
      case '<=':
        return compare(a, b, this.convfmt) <= 0 ? 1 : 0;
      case '>':
        return compare(a, b, this.convfmt) > 0 ? 1 : 0;
      case '>=':
        return compare(a, b, this.convfmt) >= 0 ? 1 : 0;
      case '==':
        return compare(a, b, this.convfmt) === 0 ? 1 : 0;
      case '!=':
        return compare(a, b, this.convfmt) !== 0 ? 1 : 0;
      default:
        return this.arith(op, toNum(a), toNum(b));
    }
  }

  private call(name: string, args: Expr[]): Val {
    const f: Func | undefined = this.prog.funcs.get(name);
    if (!f) this.fatal(`function \`${name}' not defined`);
    if (args.length > f.params.length)
      this.fatal(`function \`${name}' called with more arguments than declared`);
    if (this.frames.length > 1000) this.fatal('function call nesting too deep');
    const frame = new Map<string, Cell>();
    f.params.forEach((param, i) => {
      const a = args[i];
      if (!a) {
        frame.set(param, UNTYPED);
        return;
      }
      if (a.t === 'var') {
        const scope = this.scopeOf(a.name);
        const c = scope.get(a.name);
        if (c instanceof Map || c instanceof Pending) {
          frame.set(param, c);
          return;
        }
        if (c === undefined) {
          frame.set(param, new Pending(scope, a.name));
          return;
        }
      }
      frame.set(param, this.evalExpr(a));
    });
    this.frames.push(frame);
    try {
      for (const s of f.body) this.exec(s);
      return UNINIT;
    } catch (e) {
      if (e instanceof ReturnSignal) return e.v;
      throw e;
    } finally {
      this.frames.pop();
    }
  }

  private getline(e: Extract<Expr, { t: 'getline' }>): Val {
    let rec: string | null;
    if (e.kind === 'simple') {
      rec = this.nextMainRecord();
      if (rec === null) return 0;
      this.bumpNR();
    } else {
      const name = toStr(this.evalExpr(e.src as Expr), this.convfmt);
      const src = this.streams.source(e.kind, name);
      if (!src) return -1;
      const r = src.next(this.str('RS'), (s) => this.regex(s));
      if (!r) return 0;
      rec = r.rec;
      if (e.kind === 'cmd') this.globals.set('NR', toNum(this.getVar('NR')) + 1);
    }
    if (e.target) this.assign(e.target, fromInput(rec));
    else this.setRecord(rec);
    return 1;
  }
}

export { BREAK, CONTINUE, NEXT, NEXTFILE };
