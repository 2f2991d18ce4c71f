/** The awk parser: programs, rules and statements (expressions are in awk-parse-expr.ts). */
import type { Expr, Func, LValue, Program, Redirect, Rule, Stmt } from './awk-ast.js';
import { lex } from './awk-lexer.js';
import { ExprParser } from './awk-parse-expr.js';

class Parser extends ExprParser {
  program(): Program {
    const prog: Program = { begin: [], end: [], rules: [], funcs: new Map() };
    this.skipTerms();
    while (this.tok.kind !== 'eof') {
      if (this.is('BEGIN')) {
        this.pos++;
        this.optNl();
        prog.begin.push(this.block());
      } else if (this.is('END')) {
        this.pos++;
        this.optNl();
        prog.end.push(this.block());
      } else if (this.is('function')) {
        const f = this.func();
        prog.funcs.set(f.name, f);
      } else prog.rules.push(this.rule());
      this.skipTerms();
    }
    return prog;
  }

  private func(): Func {
    this.pos++;
    const nameTok = this.tok;
    if (nameTok.kind !== 'name' && nameTok.kind !== 'funcname') this.fail();
    this.pos++;
    this.expect('(');
    const params: string[] = [];
    while (!this.is(')')) {
      if (this.tok.kind !== 'name') this.fail();
      params.push(this.tok.value);
      this.pos++;
      if (this.is(',')) {
        this.pos++;
        this.optNl();
      } else if (!this.is(')')) this.fail();
    }
    this.pos++;
    this.optNl();
    return { name: nameTok.value, params, body: this.block() };
  }

  private rule(): Rule {
    let pattern: Expr | null = null;
    let range: [Expr, Expr] | null = null;
    if (!this.is('{')) {
      pattern = this.expr();
      if (this.is(',')) {
        this.pos++;
        this.optNl();
        range = [pattern, this.expr()];
        pattern = null;
      }
    }
    if (this.is('{')) return { pattern, range, body: this.block() };
    if (this.tok.kind !== 'nl' && !this.is(';') && this.tok.kind !== 'eof') this.fail();
    return { pattern, range, body: null };
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    this.skipTerms();
    while (!this.is('}')) {
      if (this.tok.kind === 'eof') this.fail();
      body.push(this.stmt());
      this.skipTerms();
    }
    this.pos++;
    return body;
  }

  /** End of a simple statement: ';', newline, or before '}' / EOF. */
  private endSimple(): void {
    if (this.is(';') || this.tok.kind === 'nl') {
      this.pos++;
      return;
    }
    if (this.is('}') || this.tok.kind === 'eof') return;
    this.fail();
  }

  private stmtBody(): Stmt {
    this.optNl();
    if (this.is(';')) {
      this.pos++;
      return { t: 'block', body: [] };
    }
    return this.stmt();
  }

  private stmt(): Stmt {
    const t = this.tok;
    if (this.is('{')) return { t: 'block', body: this.block() };
    if (this.is(';')) {
      this.pos++;
      return { t: 'block', body: [] };
    }
    if (t.kind === 'kw') {
      switch (t.value) {
        case 'if': {
          this.pos++;
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          const then = this.stmtBody();
          const save = this.pos;
          this.skipTerms();
          if (this.is('else')) {
            this.pos++;
            return { t: 'if', c, then, else: this.stmtBody() };
          }
          this.pos = save;
          return { t: 'if', c, then, else: null };
        }
        case 'while': {
          this.pos++;
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          if (this.is(';')) {
            this.pos++;
            return { t: 'while', c, body: { t: 'block', body: [] } };
          }
          return { t: 'while', c, body: this.stmtBody() };
        }
        case 'do': {
          this.pos++;
          const body = this.stmtBody();
          this.skipTerms();
          this.expect('while');
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          this.endSimple();
          return { t: 'do', body, c };
        }
        case 'for':
          return this.forStmt();
        case 'next':
        case 'nextfile':
        case 'break':
        case 'continue':
          this.pos++;
          this.endSimple();
          return { t: t.value } as Stmt;
        case 'exit':
        case 'return': {
          this.pos++;
          const e =
            this.is(';') || this.is('}') || this.tok.kind === 'nl' || this.tok.kind === 'eof'
              ? null
              : this.expr();
          this.endSimple();
          return t.value === 'exit' ? { t: 'exit', e } : { t: 'return', e };
        }
        case 'delete': {
          this.pos++;
          if (this.tok.kind !== 'name') this.fail();
          const name = this.tok.value;
          this.pos++;
          let subs: Expr[] | null = null;
          if (this.is('[')) {
            this.pos++;
            subs = this.exprList(']');
          }
          this.endSimple();
          return { t: 'delete', name, subs };
        }
        case 'print':
        case 'printf':
          return this.printStmt();
        default:
          break;
      }
    }
    const e = this.expr();
    this.endSimple();
    return { t: 'expr', e };
  }

  private forStmt(): Stmt {
    this.pos++;
    this.expect('(');
    if (
      this.tok.kind === 'name' &&
      this.peek().value === 'in' &&
      this.peek().kind === 'kw' &&
      this.peek(2).kind === 'name' &&
      this.peek(3).value === ')'
    ) {
      const v: LValue = { t: 'var', name: this.tok.value };
      const arr = this.peek(2).value;
      this.pos += 4;
      return { t: 'forin', v, arr, body: this.stmtBody() };
    }
    const init = this.is(';') ? null : this.expr();
    this.expect(';');
    this.optNl();
    const c = this.is(';') ? null : this.expr();
    this.expect(';');
    this.optNl();
    const step = this.is(')') ? null : this.expr();
    this.expect(')');
    if (this.is(';')) {
      this.pos++;
      return { t: 'for', init, c, step, body: { t: 'block', body: [] } };
    }
    return { t: 'for', init, c, step, body: this.stmtBody() };
  }

  private printStmt(): Stmt {
    const kw = this.tok;
    this.pos++;
    let args: Expr[] = [];
    const atEnd = () =>
      this.is(';') ||
      this.is('}') ||
      this.is('>') ||
      this.is('>>') ||
      this.is('|') ||
      this.tok.kind === 'nl' ||
      this.tok.kind === 'eof';
    if (!atEnd()) {
      this.noGt++;
      args = [this.expr()];
      while (this.is(',')) {
        this.pos++;
        this.optNl();
        args.push(this.expr());
      }
      this.noGt--;
      const only = args[0];
      if (args.length === 1 && only?.t === 'grouping') args = only.list;
    }
    let redir: Redirect | null = null;
    if (this.is('>') || this.is('>>') || this.is('|')) {
      const kind = this.tok.value as Redirect['kind'];
      this.pos++;
      this.noGt++;
      redir = { kind, e: this.concat() };
      this.noGt--;
    }
    this.endSimple();
    if (kw.value === 'printf') {
      if (args.length === 0) this.fail(kw);
      return { t: 'printf', args, redir, line: kw.line };
    }
    return { t: 'print', args, redir };
  }
}

export function parseAwk(src: string): Program {
  return new Parser(lex(src)).program();
}
