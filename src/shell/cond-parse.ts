/**
 * The `[[ … ]]` conditional command's grammar, after bash's parse.y
 * (cond_expr / cond_or / cond_and / cond_term) with its error wording.
 * Words are read by the shell's parser; inside `[[` there is no word
 * splitting or globbing, `<`/`>` compare strings, and the right side of
 * `=~` may hold unquoted parentheses and `|`.
 */
import type { CondExpr, Word } from './ast.js';

export type CondTok =
  | { t: 'word'; w: Word; raw: string }
  | { t: 'op'; v: string }
  | { t: 'nl' }
  | { t: 'eof' }
  | { t: 'end' };

/** What the cond grammar needs from the shell's lexer. */
export interface CondLexer {
  /** The next token; a regex word after `=~`. */
  condTok(regex?: boolean): CondTok;
  lineNo(): number;
}

/** A syntax error inside `[[`: bash's messages (none: bash says nothing) with their lines; eof: it ran out of input. */
export class CondError {
  constructor(
    readonly messages: Array<{ text: string; line: number }>,
    readonly eof: boolean,
  ) {}
}

const UNARY = new Set('abcdefghknoprstuvwxzGLOSNR'.split('').map((c) => `-${c}`));
const BINARY = new Set([
  '=',
  '==',
  '!=',
  '<',
  '>',
  '-nt',
  '-ot',
  '-ef',
  '-eq',
  '-ne',
  '-lt',
  '-le',
  '-gt',
  '-ge',
]);

/** How bash names a token in its messages; null for a word (bash cannot say). */
function tokText(t: CondTok): string | null {
  switch (t.t) {
    case 'op':
      return t.v;
    case 'nl':
      return 'newline';
    case 'eof':
      return 'EOF';
    case 'end':
      return ']]';
    default:
      return null;
  }
}

class CondParser {
  /** The token after the last term (bash's cond_token). */
  private tok: CondTok = { t: 'nl' };
  constructor(
    private readonly lx: CondLexer,
    /** The line of `[[`, where bash reports a badly ended expression. */
    private readonly startLine: number,
  ) {}

  /** Report an error at token `at` (a newline counts on the line it ends). */
  private error(message: string, at: CondTok, atStart = false): never {
    const line = atStart ? this.startLine : this.lx.lineNo() - (at.t === 'nl' ? 1 : 0);
    throw new CondError(message ? [{ text: message, line }] : [], at.t === 'eof');
  }

  private skipNewlines(): CondTok {
    do this.tok = this.lx.condTok();
    while (this.tok.t === 'nl');
    return this.tok;
  }

  parse(): CondExpr {
    const e = this.or();
    if (this.tok.t !== 'end') {
      if (this.tok.t === 'eof') this.error("unexpected EOF while looking for `]]'", this.tok, true);
      const text = tokText(this.tok);
      this.error(
        text === null
          ? 'syntax error in conditional expression'
          : `syntax error in conditional expression: unexpected token \`${text}'`,
        this.tok,
        true,
      );
    }
    return e;
  }

  private or(): CondExpr {
    const l = this.and();
    if (this.tok.t === 'op' && this.tok.v === '||') return { k: 'or', l, r: this.or() };
    return l;
  }

  private and(): CondExpr {
    const l = this.term();
    if (this.tok.t === 'op' && this.tok.v === '&&') return { k: 'and', l, r: this.and() };
    return l;
  }

  private term(): CondExpr {
    const tok = this.skipNewlines();
    const line = this.lx.lineNo();
    if (tok.t === 'end') this.error('', tok);
    if (tok.t === 'op' && tok.v === '(') {
      let e: CondExpr;
      try {
        e = this.or();
      } catch (err) {
        if (!(err instanceof CondError)) throw err;
        // bash goes on to say the `)' is missing
        throw new CondError([...err.messages, { text: "expected `)'", line }], err.eof);
      }
      if (!(this.tok.t === 'op' && this.tok.v === ')')) {
        const text = tokText(this.tok);
        this.error(text === null ? "expected `)'" : `unexpected token \`${text}', expected \`)'`, this.tok);
      }
      this.skipNewlines();
      return { k: 'paren', e };
    }
    if (tok.t === 'word' && tok.raw === '!') return { k: 'not', e: this.term() };
    if (tok.t === 'word' && UNARY.has(tok.raw)) {
      const arg = this.lx.condTok();
      if (arg.t !== 'word') {
        const text = tokText(arg);
        this.error(
          text === null
            ? 'unexpected argument to conditional unary operator'
            : `unexpected argument \`${text}' to conditional unary operator`,
          arg,
        );
      }
      this.skipNewlines();
      return { k: 'unary', op: tok.raw, w: arg.w };
    }
    if (tok.t === 'word') {
      const opTok = this.lx.condTok();
      let op: string;
      if (opTok.t === 'word' && (BINARY.has(opTok.raw) || opTok.raw === '=~')) op = opTok.raw;
      else if (opTok.t === 'op' && (opTok.v === '<' || opTok.v === '>')) op = opTok.v;
      else if (
        opTok.t === 'end' ||
        (opTok.t === 'op' && (opTok.v === '&&' || opTok.v === '||' || opTok.v === ')'))
      ) {
        // [[ x ]] is [[ -n x ]]
        this.tok = opTok;
        return { k: 'unary', op: '-n', w: tok.w };
      } else {
        const text = tokText(opTok);
        this.error(
          text === null
            ? 'conditional binary operator expected'
            : `unexpected token \`${text}', conditional binary operator expected`,
          opTok,
        );
      }
      const rhs = this.lx.condTok(op === '=~');
      if (rhs.t !== 'word') {
        const text = tokText(rhs);
        this.error(
          text === null
            ? 'unexpected argument to conditional binary operator'
            : `unexpected argument \`${text}' to conditional binary operator`,
          rhs,
        );
      }
      this.skipNewlines();
      return { k: 'binary', op, l: tok.w, r: rhs.w };
    }
    const text = tokText(tok) ?? '';
    return this.error(`unexpected token \`${text}' in conditional command`, tok);
  }
}

/** Parse what follows `[[` up to and including `]]`. Throws CondError. */
export function parseCond(lx: CondLexer, startLine: number): CondExpr {
  return new CondParser(lx, startLine).parse();
}
