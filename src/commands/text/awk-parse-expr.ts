/** The awk expression parser: precedence climbing over POSIX awk's expression grammar. */
import type { Expr, LValue } from './awk-ast.js';
import { AwkSyntaxError, type Tok } from './awk-lexer.js';

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=', '**=']);

export class ExprParser {
  protected pos = 0;
  protected noGt = 0;
  constructor(protected readonly toks: Tok[]) {}

  protected get tok(): Tok {
    return this.toks[this.pos] as Tok;
  }
  protected peek(n = 1): Tok {
    return (this.toks[this.pos + n] ?? this.toks[this.toks.length - 1]) as Tok;
  }
  protected is(value: string, kind?: Tok['kind']): boolean {
    const t = this.tok;
    return t.value === value && (kind ? t.kind === kind : t.kind === 'op' || t.kind === 'kw');
  }
  protected fail(t: Tok = this.tok): never {
    if (t.kind === 'eof' || t.kind === 'nl')
      throw new AwkSyntaxError('unexpected newline or end of string', t.line, t.col);
    throw new AwkSyntaxError('syntax error', t.line, t.col);
  }
  protected expect(value: string): Tok {
    if (!this.is(value)) this.fail();
    return this.toks[this.pos++] as Tok;
  }
  protected optNl(): void {
    while (this.tok.kind === 'nl') this.pos++;
  }
  protected skipTerms(): void {
    while (this.tok.kind === 'nl' || this.is(';')) this.pos++;
  }

  protected exprList(close: string): Expr[] {
    const list: Expr[] = [];
    this.optNl();
    while (!this.is(close)) {
      list.push(this.expr());
      this.optNl();
      if (this.is(',')) {
        this.pos++;
        this.optNl();
      } else if (!this.is(close)) this.fail();
    }
    this.pos++;
    return list;
  }

  expr(): Expr {
    const left = this.ternary();
    if (this.tok.kind === 'op' && ASSIGN_OPS.has(this.tok.value)) {
      if (left.t !== 'var' && left.t !== 'field' && left.t !== 'index') this.fail();
      const op = this.tok.value === '**=' ? '^=' : this.tok.value;
      this.pos++;
      this.optNl();
      return { t: 'assign', op, target: left, e: this.expr() };
    }
    return left;
  }

  protected ternary(): Expr {
    const c = this.or();
    if (!this.is('?')) return c;
    this.pos++;
    this.optNl();
    const a = this.expr();
    this.optNl();
    this.expect(':');
    this.optNl();
    return { t: 'cond', c, a, b: this.expr() };
  }

  protected or(): Expr {
    let a = this.and();
    while (this.is('||')) {
      this.pos++;
      this.optNl();
      a = { t: 'or', a, b: this.and() };
    }
    return a;
  }

  protected and(): Expr {
    let a = this.inExpr();
    while (this.is('&&')) {
      this.pos++;
      this.optNl();
      a = { t: 'and', a, b: this.inExpr() };
    }
    return a;
  }

  protected inExpr(): Expr {
    let a = this.matchExpr();
    while (this.is('in')) {
      this.pos++;
      if (this.tok.kind !== 'name') this.fail();
      const name = this.tok.value;
      this.pos++;
      a = { t: 'in', subs: a.t === 'grouping' ? a.list : [a], name };
    }
    return a;
  }

  protected matchExpr(): Expr {
    let a = this.rel();
    while (this.is('~') || this.is('!~')) {
      const neg = this.tok.value === '!~';
      this.pos++;
      a = { t: 'match', neg, e: a, re: this.rel() };
    }
    return a;
  }

  protected rel(): Expr {
    let a = this.concat();
    for (;;) {
      if (this.is('|') && this.peek().value === 'getline' && this.peek().kind === 'kw') {
        this.pos += 2;
        a = { t: 'getline', kind: 'cmd', target: this.optLvalue(), src: a };
        continue;
      }
      const v = this.tok.value;
      if (
        this.tok.kind === 'op' &&
        ['<', '<=', '!=', '==', '>=', '>'].includes(v) &&
        !(v === '>' && this.noGt > 0)
      ) {
        this.pos++;
        a = { t: 'bin', op: v, a, b: this.concat() };
        continue;
      }
      return a;
    }
  }

  protected startsConcat(): boolean {
    const t = this.tok;
    if (
      t.kind === 'num' ||
      t.kind === 'str' ||
      t.kind === 'ere' ||
      t.kind === 'name' ||
      t.kind === 'funcname' ||
      t.kind === 'builtin'
    ) {
      return true;
    }
    if (t.kind === 'kw') return t.value === 'getline';
    return t.kind === 'op' && (t.value === '$' || t.value === '(' || t.value === '++' || t.value === '--');
  }

  concat(): Expr {
    let a = this.additive();
    while (this.startsConcat() && !(this.is('in') && this.tok.kind === 'kw')) {
      a = { t: 'bin', op: 'cat', a, b: this.additive() };
    }
    return a;
  }

  protected additive(): Expr {
    let a = this.mul();
    while (this.is('+') || this.is('-')) {
      const op = this.tok.value;
      this.pos++;
      a = { t: 'bin', op, a, b: this.mul() };
    }
    return a;
  }

  protected mul(): Expr {
    let a = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.tok;
      this.pos++;
      const b = this.unary();
      if (op.value !== '*' && a.t === 'num' && b.t === 'num' && b.v === 0) {
        // gawk folds constants and reports this while parsing
        const what = op.value === '%' ? " in `%'" : '';
        throw new AwkSyntaxError(`division by zero attempted${what}`, op.line, -1);
      }
      a = { t: 'bin', op: op.value, a, b };
    }
    return a;
  }

  protected unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const op = this.tok.value;
      this.pos++;
      return { t: 'un', op, e: this.unary() };
    }
    return this.power();
  }

  protected power(): Expr {
    const base = this.postfix();
    if (this.is('^') || this.is('**')) {
      this.pos++;
      // right associative; the exponent may carry a sign
      const exp = this.is('-') || this.is('+') || this.is('!') ? this.unary() : this.power();
      return { t: 'bin', op: '^', a: base, b: exp };
    }
    return base;
  }

  protected postfix(): Expr {
    const e = this.primary();
    if ((this.is('++') || this.is('--')) && (e.t === 'var' || e.t === 'field' || e.t === 'index')) {
      const op = this.tok.value as '++' | '--';
      this.pos++;
      return { t: 'incdec', op, prefix: false, target: e };
    }
    return e;
  }

  protected optLvalue(): LValue | null {
    if (this.is('$')) {
      this.pos++;
      return { t: 'field', e: this.fieldOperand() };
    }
    if (this.tok.kind === 'name') {
      const name = this.tok.value;
      this.pos++;
      if (this.is('[')) {
        this.pos++;
        return { t: 'index', name, subs: this.exprList(']') };
      }
      return { t: 'var', name };
    }
    return null;
  }

  protected fieldOperand(): Expr {
    if (this.is('++') || this.is('--') || this.is('-') || this.is('+') || this.is('!')) return this.unary();
    return this.primary();
  }

  protected primary(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'num':
        this.pos++;
        return { t: 'num', v: t.num ?? 0 };
      case 'str':
        this.pos++;
        return { t: 'str', v: t.value };
      case 'ere':
        this.pos++;
        return { t: 're', src: t.value };
      case 'funcname': {
        this.pos++;
        this.expect('(');
        return { t: 'call', name: t.value, args: this.exprList(')') };
      }
      case 'builtin': {
        this.pos++;
        if (this.is('(')) {
          this.pos++;
          return { t: 'builtin', name: t.value, args: this.exprList(')'), line: t.line };
        }
        if (t.value !== 'length') this.fail();
        return { t: 'builtin', name: t.value, args: [], line: t.line };
      }
      case 'name': {
        this.pos++;
        if (this.is('[')) {
          this.pos++;
          return { t: 'index', name: t.value, subs: this.exprList(']') };
        }
        return { t: 'var', name: t.value };
      }
      case 'kw':
        if (t.value === 'getline') {
          this.pos++;
          const target = this.optLvalue();
          if (this.is('<')) {
            this.pos++;
            return { t: 'getline', kind: 'file', target, src: this.primary() };
          }
          return { t: 'getline', kind: 'simple', target, src: null };
        }
        return this.fail();
      case 'op':
        break;
      default:
        return this.fail();
    }
    if (t.value === '$') {
      this.pos++;
      return { t: 'field', e: this.fieldOperand() };
    }
    if (t.value === '++' || t.value === '--') {
      this.pos++;
      const target = this.optLvalue();
      if (!target) return this.fail();
      return { t: 'incdec', op: t.value, prefix: true, target };
    }
    if (t.value === '-' || t.value === '+' || t.value === '!') return this.unary();
    if (t.value === '(') {
      this.pos++;
      const saveGt = this.noGt;
      this.noGt = 0;
      this.optNl();
      const list = [this.expr()];
      this.optNl();
      while (this.is(',')) {
        this.pos++;
        this.optNl();
        list.push(this.expr());
        this.optNl();
      }
      this.expect(')');
      this.noGt = saveGt;
      if (list.length > 1) {
        if (!this.is('in') && this.noGt === 0) this.fail();
        return { t: 'grouping', list };
      }
      return list[0] as Expr;
    }
    return this.fail();
  }
}
