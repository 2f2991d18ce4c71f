/** Shell arithmetic ($((...)), let): 64-bit-ish integers with C precedence. */

export interface ArithVars {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
}

export class ArithError extends Error {}

type Tok = { t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'op'; v: string };

const OPS = [
  '**',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '!',
  '~',
  '&',
  '|',
  '^',
  '(',
  ')',
  '?',
  ':',
  '=',
];

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0x[0-9a-fA-F]+|[0-9]+)/.exec(src.slice(i));
    if (num) {
      const s = num[1] as string;
      out.push({
        t: 'num',
        v: s.startsWith('0x')
          ? Number.parseInt(s, 16)
          : s.length > 1 && s.startsWith('0')
            ? Number.parseInt(s, 8)
            : Number(s),
      });
      i += s.length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op)
      throw new ArithError(`syntax error: invalid arithmetic operator (error token is "${src.slice(i)}")`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  return out;
}

const BINARY: Array<[string[], number]> = [
  [['||'], 1],
  [['&&'], 2],
  [['|'], 3],
  [['^'], 4],
  [['&'], 5],
  [['==', '!='], 6],
  [['<', '>', '<=', '>='], 7],
  [['<<', '>>'], 8],
  [['+', '-'], 9],
  [['*', '/', '%'], 10],
  [['**'], 11],
];

function prec(op: string): number {
  for (const [ops, p] of BINARY) if (ops.includes(op)) return p;
  return -1;
}

class P {
  i = 0;
  constructor(
    private toks: Tok[],
    private vars: ArithVars,
  ) {}

  peek(): Tok | undefined {
    return this.toks[this.i];
  }

  val(name: string): number {
    const v = this.vars.getVar(name);
    if (v === undefined || v === '') return 0;
    const n = Number.parseInt(v, 10);
    return Number.isNaN(n) ? 0 : n;
  }

  expr(): number {
    return this.assign();
  }

  assign(): number {
    const t = this.peek();
    const n = this.toks[this.i + 1];
    if (t?.t === 'id' && n?.t === 'op' && ['=', '+=', '-=', '*=', '/=', '%='].includes(n.v)) {
      this.i += 2;
      const rhs = this.assign();
      const cur = this.val(t.v);
      const v =
        n.v === '='
          ? rhs
          : n.v === '+='
            ? cur + rhs
            : n.v === '-='
              ? cur - rhs
              : n.v === '*='
                ? cur * rhs
                : n.v === '/='
                  ? div(cur, rhs)
                  : mod(cur, rhs);
      this.vars.setVar(t.v, String(v));
      return v;
    }
    return this.ternary();
  }

  ternary(): number {
    const c = this.binary(1);
    const t = this.peek();
    if (t?.t === 'op' && t.v === '?') {
      this.i++;
      const a = this.assign();
      const colon = this.peek();
      if (colon?.t !== 'op' || colon.v !== ':') throw new ArithError('syntax error in expression');
      this.i++;
      const b = this.assign();
      return c ? a : b;
    }
    return c;
  }

  binary(minPrec: number): number {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t?.t !== 'op') return left;
      const p = prec(t.v);
      if (p < minPrec || p < 0) return left;
      this.i++;
      const right = this.binary(t.v === '**' ? p : p + 1);
      left = apply(t.v, left, right);
    }
  }

  unary(): number {
    const t = this.peek();
    if (t?.t === 'op') {
      if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
        this.i++;
        const v = this.unary();
        return t.v === '-' ? -v : t.v === '+' ? v : t.v === '!' ? (v ? 0 : 1) : ~v;
      }
      if (t.v === '++' || t.v === '--') {
        this.i++;
        const id = this.peek();
        if (id?.t !== 'id') throw new ArithError('syntax error in expression');
        this.i++;
        const v = this.val(id.v) + (t.v === '++' ? 1 : -1);
        this.vars.setVar(id.v, String(v));
        return v;
      }
    }
    return this.postfix();
  }

  postfix(): number {
    const t = this.peek();
    if (!t) throw new ArithError('syntax error: operand expected');
    this.i++;
    if (t.t === 'num') return t.v;
    if (t.t === 'id') {
      const n = this.peek();
      if (n?.t === 'op' && (n.v === '++' || n.v === '--')) {
        this.i++;
        const v = this.val(t.v);
        this.vars.setVar(t.v, String(v + (n.v === '++' ? 1 : -1)));
        return v;
      }
      return this.val(t.v);
    }
    if (t.v === '(') {
      const v = this.expr();
      const c = this.peek();
      if (c?.t !== 'op' || c.v !== ')') throw new ArithError("syntax error: missing `)'");
      this.i++;
      return v;
    }
    throw new ArithError(`syntax error: operand expected (error token is "${t.v}")`);
  }
}

function div(a: number, b: number): number {
  if (b === 0) throw new ArithError('division by 0 (error token is "0")');
  return Math.trunc(a / b);
}

function mod(a: number, b: number): number {
  if (b === 0) throw new ArithError('division by 0 (error token is "0")');
  return a % b;
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '||':
      return a || b ? 1 : 0;
    case '&&':
      return a && b ? 1 : 0;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
    case '<':
      return a < b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '<<':
      return a << b;
    case '>>':
      return a >> b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return div(a, b);
    case '%':
      return mod(a, b);
    case '**':
      return a ** b;
    default:
      throw new ArithError('syntax error in expression');
  }
}

export function evalArith(src: string, vars: ArithVars): number {
  const toks = lex(src);
  if (toks.length === 0) return 0;
  const p = new P(toks, vars);
  const v = p.expr();
  if (p.i < toks.length) {
    const t = toks[p.i] as Tok;
    throw new ArithError(`syntax error in expression (error token is "${String(t.v)}")`);
  }
  return v;
}
