/** Shell arithmetic ($((...)), let): 64-bit-ish integers with C precedence. */

export interface ArithVars {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
}

/**
 * An arithmetic error. Thrown with bash's message and the text from the
 * offending token on; evalArith turns it into bash's whole wording,
 * `EXPR: MESSAGE (error token is "TOKEN")`.
 */
export class ArithError extends Error {
  constructor(
    message: string,
    readonly token?: string,
  ) {
    super(message);
  }
}

/** Tokens with their offset in the source (`p`), for the error token bash quotes. */
type Tok = ({ t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'op'; v: string }) & { p: number };

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
  ',',
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
    const num = /^(0[xX][0-9a-fA-F]*|[0-9]+)/.exec(src.slice(i));
    if (num) {
      const s = num[1] as string;
      // a constant runs on through letters and digits: `1a`, `08` are bad numbers for bash
      const whole = /^[0-9A-Za-z_]+/.exec(src.slice(i))?.[0] ?? s;
      const octalBad = s.length > 1 && s.startsWith('0') && !/^0[xX]/.test(s) && /[89]/.test(s);
      if (whole.length > s.length || octalBad)
        throw new ArithError(`${whole}: value too great for base (error token is "${whole}")`);
      out.push({
        p: i,
        t: 'num',
        v: /^0[xX]/.test(s)
          ? Number.parseInt(s.slice(2) || '0', 16)
          : s.length > 1 && s.startsWith('0')
            ? Number.parseInt(s, 8)
            : Number(s),
      });
      i += s.length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      let v = id[0];
      if (src[i + v.length] === '[') {
        // an array element: the name with its subscript, resolved by the variables' owner
        let depth = 0;
        for (let j = i + v.length; j < src.length; j++) {
          if (src[j] === '[') depth++;
          else if (src[j] === ']' && --depth === 0) {
            v = src.slice(i, j + 1);
            break;
          }
        }
      }
      out.push({ p: i, t: 'id', v });
      i += v.length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ArithError('syntax error: invalid arithmetic operator', src.slice(i));
    out.push({ p: i, t: 'op', v: op });
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
    private src: string,
  ) {}

  peek(): Tok | undefined {
    return this.toks[this.i];
  }

  /** The source from the current token on (from the last one at the end), as bash quotes it. */
  here(): string {
    const t = this.toks[this.i] ?? this.toks[this.i - 1];
    return t ? this.src.slice(t.p) : '';
  }

  /** Division by zero names the divisor's text on. */
  div(op: string, a: number, b: number, at: number): number {
    if (b === 0) throw new ArithError('division by 0', this.src.slice(this.toks[at]?.p ?? this.src.length));
    return op === '/' ? Math.trunc(a / b) : a % b;
  }

  val(name: string): number {
    const v = this.vars.getVar(name);
    if (v === undefined || v === '') return 0;
    const n = Number.parseInt(v, 10);
    return Number.isNaN(n) ? 0 : n;
  }

  /** The comma operator: each expression in turn, the value of the last. */
  expr(): number {
    let v = this.assign();
    for (let t = this.peek(); t?.t === 'op' && t.v === ','; t = this.peek()) {
      this.i++;
      v = this.assign();
    }
    return v;
  }

  assign(): number {
    const t = this.peek();
    const n = this.toks[this.i + 1];
    if (t?.t === 'id' && n?.t === 'op' && ['=', '+=', '-=', '*=', '/=', '%='].includes(n.v)) {
      this.i += 2;
      const at = this.i;
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
                : this.div(n.v === '/=' ? '/' : '%', cur, rhs, at);
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
      if (colon?.t !== 'op' || colon.v !== ':')
        throw new ArithError("`:' expected for conditional expression", this.here());
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
      const at = this.i;
      const right = this.binary(t.v === '**' ? p : p + 1);
      left = t.v === '/' || t.v === '%' ? this.div(t.v, left, right, at) : apply(t.v, left, right);
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
        if (id?.t !== 'id') throw new ArithError('syntax error in expression', this.here());
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
    if (!t) throw new ArithError('syntax error: operand expected', this.here());
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
      if (c?.t !== 'op' || c.v !== ')') throw new ArithError("missing `)'", this.here());
      this.i++;
      return v;
    }
    this.i--;
    throw new ArithError('syntax error: operand expected', this.here());
  }
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
    case '**':
      return a ** b;
    default:
      throw new ArithError('syntax error in expression', '');
  }
}

export function evalArith(src: string, vars: ArithVars): number {
  try {
    const toks = lex(src);
    if (toks.length === 0) return 0;
    const p = new P(toks, vars, src);
    const v = p.expr();
    if (p.i < toks.length) throw new ArithError('syntax error in expression', p.here());
    return v;
  } catch (e) {
    if (!(e instanceof ArithError) || e.token === undefined) throw e;
    const token = e.token === '' ? '' : ` (error token is "${e.token}")`;
    throw new ArithError(`${src.replace(/^\s+/, '')}: ${e.message}${token}`);
  }
}
