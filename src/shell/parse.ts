/**
 * A bash-subset parser: words with quoting and expansions, pipelines,
 * && || ; &, redirections and here-documents, for/while/until/if/case,
 * groups, subshells, functions, and alias substitution at parse time.
 * Incomplete input (an open quote, a pending here-document, a trailing
 * pipe) is reported as such so a REPL can ask for more.
 */
import type {
  AndOr,
  ArithCommand,
  ArithForCommand,
  ArrayElem,
  Assign,
  CaseCommand,
  Command,
  CondCommand,
  ForCommand,
  IfCommand,
  List,
  ParamOp,
  Pipeline,
  Redirect,
  RedirOp,
  SimpleCommand,
  WhileCommand,
  Word,
  WordPart,
} from './ast.js';
import { CondError, type CondLexer, type CondTok, parseCond } from './cond-parse.js';

export type ParseResult =
  | { ok: true; list: List }
  | {
      ok: false;
      incomplete: boolean;
      /** Empty when bash reports nothing (some `[[` errors). */
      message: string;
      line: number;
      /** Further messages (a `[[` error inside parentheses). */
      more?: Array<{ text: string; line: number }>;
      /** The command line fails with the status it had (bash's `[[` errors), not 2. */
      keepStatus?: boolean;
      /** Complete lines before the error, which bash has run by the time it finds it. */
      before?: List;
    };

class SyntaxError_ {
  constructor(
    readonly message: string,
    readonly incomplete: boolean,
    readonly line: number,
    /** A `[[` error: more messages (with their lines), and whether the exit status stays as it was. */
    readonly cond?: { more: Array<{ text: string; line: number }>; keepStatus: boolean },
  ) {}
}

const RESERVED = new Set([
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'for',
  'in',
  'do',
  'done',
  'while',
  'until',
  'case',
  'esac',
  '{',
  '}',
  '!',
]);
const OPERATORS = [
  '&&',
  '||',
  ';;',
  '|&',
  '&>>',
  '&>',
  '<<<',
  '<<-',
  '<<',
  '<&',
  '<>',
  '>>',
  '>&',
  '>|',
  ';',
  '&',
  '|',
  '(',
  ')',
  '<',
  '>',
];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Builtins whose `name=(…)` arguments are array literals, as bash parses them. */
const DECL_BUILTINS = new Set(['declare', 'local', 'typeset', 'export']);

interface PendingHeredoc {
  redir: Redirect;
  delim: string;
  strip: boolean;
}

export class Parser implements CondLexer {
  private pos = 0;
  private line = 1;
  /** Paren depth inside the right side of `=~` (null outside it). */
  private regexDepth: number | null = null;
  /** bash -c sees a newline after the last line: `[[` reports it before the end of input. */
  private virtualNl = false;
  /** The top-level commands read so far, and how many of them ended their line. */
  private committed: AndOr[] = [];
  private committedCount = 0;
  private pending: PendingHeredoc[] = [];
  private aliasDepth = 0;

  constructor(
    private src: string,
    private readonly aliases: ReadonlyMap<string, string> = new Map(),
    /** Line number of the first line (eval and command substitutions count on from their place). */
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  parse(): ParseResult {
    try {
      const list = this.parseList(new Set(), true);
      this.skipSpace(true);
      if (this.pos < this.src.length) {
        const tok = this.peekToken();
        throw this.unexpected(tok);
      }
      if (this.pending.length) {
        throw new SyntaxError_(
          `here-document delimited by end-of-file (wanted \`${this.pending[0]?.delim}')`,
          true,
          this.line,
        );
      }
      return { ok: true, list };
    } catch (e) {
      if (!(e instanceof SyntaxError_)) throw e;
      const done = this.committed.slice(0, this.committedCount);
      return {
        ok: false,
        incomplete: e.incomplete,
        message: e.message,
        line: e.line,
        ...(done.length ? { before: { items: done } } : {}),
        ...(e.cond?.more.length ? { more: e.cond.more } : {}),
        ...(e.cond?.keepStatus ? { keepStatus: true } : {}),
      };
    }
  }

  // ------------------------------------------------------------------ lexing helpers

  private ch(off = 0): string {
    return this.src[this.pos + off] ?? '';
  }

  private eof(): boolean {
    return this.pos >= this.src.length;
  }

  private eofError(): SyntaxError_ {
    return new SyntaxError_('syntax error: unexpected end of file', true, this.line);
  }

  private unexpected(tok: string): SyntaxError_ {
    if (tok === '') return this.eofError();
    return new SyntaxError_(
      `syntax error near unexpected token \`${tok === '\n' ? 'newline' : tok}'`,
      false,
      this.line,
    );
  }

  /** Skip blanks, line continuations and comments; newlines too when asked. */
  private skipSpace(newlines = false): void {
    for (;;) {
      const c = this.ch();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.ch(1) === '\n') {
        this.pos += 2;
        this.line++;
      } else if (c === '#') {
        while (!this.eof() && this.ch() !== '\n') this.pos++;
      } else if (c === '\n' && newlines) {
        this.newline();
      } else return;
    }
  }

  /** Consume a newline and read any here-document bodies that were waiting for it. */
  private newline(): void {
    this.pos++;
    this.line++;
    while (this.pending.length) {
      const h = this.pending.shift() as PendingHeredoc;
      const lines: string[] = [];
      let found = false;
      while (!this.eof()) {
        const end = this.src.indexOf('\n', this.pos);
        const raw = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
        this.pos = end < 0 ? this.src.length : end + 1;
        this.line++;
        const text = h.strip ? raw.replace(/^\t+/, '') : raw;
        if (text === h.delim) {
          found = true;
          break;
        }
        lines.push(`${text}\n`);
      }
      if (!found)
        throw new SyntaxError_(
          `here-document delimited by end-of-file (wanted \`${h.delim}')`,
          true,
          this.line,
        );
      if (h.redir.heredoc) h.redir.heredoc.body = lines.join('');
    }
  }

  private peekOp(): string | null {
    for (const op of OPERATORS) if (this.src.startsWith(op, this.pos)) return op;
    return null;
  }

  private peekToken(): string {
    this.skipSpace();
    if (this.eof()) return '';
    if (this.ch() === '\n') return '\n';
    const op = this.peekOp();
    if (op) return op;
    let i = this.pos;
    while (i < this.src.length && !META.has(this.src[i] as string)) i++;
    return this.src.slice(this.pos, i);
  }

  /** The next word if it is a plain unquoted literal (for reserved-word checks). */
  private peekPlain(): string | null {
    this.skipSpace();
    let i = this.pos;
    while (i < this.src.length && !META.has(this.src[i] as string)) {
      const c = this.src[i] as string;
      if (c === '"' || c === "'" || c === '\\' || c === '$' || c === '`') return null;
      i++;
    }
    return i > this.pos ? this.src.slice(this.pos, i) : null;
  }

  private isReserved(w: string): boolean {
    const p = this.peekPlain();
    return p === w;
  }

  private expectReserved(w: string): void {
    this.skipSpace(true);
    if (this.peekPlain() !== w) {
      const tok = this.peekToken();
      throw this.unexpected(tok);
    }
    this.pos += w.length;
  }

  // ------------------------------------------------------------------ grammar

  /** list := and_or ((; | & | newline) and_or)* ; stops at EOF or a terminator word/token. */
  parseList(terms: ReadonlySet<string>, top = false): List {
    const items: AndOr[] = [];
    if (top) this.committed = items;
    for (;;) {
      const lineBefore = this.line;
      this.skipSpace(true);
      // bash runs each complete line before it reads the next
      if (top && this.line > lineBefore) this.committedCount = items.length;
      if (this.eof()) break;
      const plain = this.peekPlain();
      if (plain !== null && terms.has(plain)) break;
      const tok = this.peekToken();
      if (terms.has(tok)) break;
      if (tok === ')' || tok === ';;' || tok === '}') {
        if (terms.has(tok)) break;
        throw this.unexpected(tok);
      }
      if (tok === ';' || tok === '&' || tok === '|' || tok === '&&' || tok === '||')
        throw this.unexpected(tok);
      const aoStart = this.pos;
      const ao = this.parseAndOr();
      items.push(ao);
      this.skipSpace();
      const sep = this.peekOp();
      if (sep === ';' || sep === '&') {
        if (sep === '&') {
          ao.background = true;
          ao.src = this.src.slice(aoStart, this.pos).trimEnd();
        }
        this.pos++;
        continue;
      }
      if (this.ch() === '\n') continue;
      if (this.eof()) break;
      const next = this.peekToken();
      const nextPlain = this.peekPlain();
      if (terms.has(next) || (nextPlain !== null && terms.has(nextPlain))) break;
      throw this.unexpected(next);
    }
    return { items };
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      this.skipSpace();
      const op = this.peekOp();
      if (op !== '&&' && op !== '||') break;
      this.pos += 2;
      this.skipSpace(true);
      if (this.eof()) throw this.eofError();
      rest.push({ op, p: this.parsePipeline() });
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    let time: 'bash' | 'posix' | undefined;
    this.skipSpace();
    if (this.peekPlain() === 'time') {
      this.pos += 4;
      time = 'bash';
      this.skipSpace();
      if (this.peekPlain() === '-p') {
        this.pos += 2;
        time = 'posix';
        this.skipSpace();
      }
      // a bare `time` times nothing
      const next = this.peekOp();
      if (this.eof() || this.ch() === '\n' || next === ';' || next === '&&' || next === '||' || next === '&')
        return {
          negate,
          cmds: [{ t: 'simple', assigns: [], words: [], redirs: [], line: this.line }],
          stderrToo: [],
          time,
        };
    }
    if (this.peekPlain() === '!') {
      this.pos++;
      negate = true;
    }
    const cmds: Command[] = [this.parseCommand()];
    const stderrToo: boolean[] = [];
    for (;;) {
      this.skipSpace();
      const op = this.peekOp();
      if (op !== '|' && op !== '|&') break;
      this.pos += op.length;
      stderrToo.push(op === '|&');
      this.skipSpace(true);
      if (this.eof()) throw this.eofError();
      cmds.push(this.parseCommand());
    }
    return time ? { negate, cmds, stderrToo, time } : { negate, cmds, stderrToo };
  }

  private parseCommand(): Command {
    this.skipSpace();
    const plain = this.peekPlain();
    const tok = this.peekToken();
    if (tok === '') throw this.eofError();
    let cmd: Command;
    if (plain === 'for') cmd = this.parseFor();
    else if (this.src.startsWith('((', this.pos)) cmd = this.parseArithCommand();
    else if (plain === 'while' || plain === 'until') cmd = this.parseWhile(plain === 'until');
    else if (plain === 'if') cmd = this.parseIf();
    else if (plain === 'case') cmd = this.parseCase();
    else if (plain === '[[') cmd = this.parseCondCommand();
    else if (plain === '{') {
      this.pos++;
      const body = this.parseList(new Set(['}']));
      this.expectReserved('}');
      cmd = { t: 'group', body, redirs: [] };
    } else if (tok === '(') {
      this.pos++;
      const body = this.parseList(new Set([')']));
      this.skipSpace(true);
      if (this.ch() !== ')') throw this.eof() ? this.eofError() : this.unexpected(this.peekToken());
      this.pos++;
      cmd = { t: 'subshell', body, redirs: [] };
    } else if (plain !== null && RESERVED.has(plain) && plain !== '!') {
      throw this.unexpected(plain);
    } else {
      return this.parseSimple();
    }
    this.parseTrailingRedirs(cmd.redirs);
    return cmd;
  }

  private parseCondCommand(): CondCommand {
    const line = this.line;
    this.pos += 2;
    this.virtualNl = false;
    try {
      return { t: 'cond', expr: parseCond(this, line), redirs: [], line };
    } catch (e) {
      if (!(e instanceof CondError)) throw e;
      const [first, ...more] = e.messages;
      // out of input while skipping newlines: a prompt would ask for more
      const incomplete = e.eof;
      const atEnd = e.eof || (this.eof() && this.virtualNl);
      throw new SyntaxError_(first?.text ?? '', incomplete, first?.line ?? this.line, {
        more,
        keepStatus: !atEnd,
      });
    }
  }

  lineNo(): number {
    return this.line;
  }

  condTok(regex = false): CondTok {
    for (;;) {
      const c = this.ch();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.ch(1) === '\n') {
        this.pos += 2;
        this.line++;
      } else break;
    }
    if (this.eof()) {
      if (!this.virtualNl && !this.src.endsWith('\n')) {
        this.virtualNl = true;
        this.line++;
        return { t: 'nl' };
      }
      return { t: 'eof' };
    }
    if (this.ch() === '\n') {
      // the line count moves on once the token is read
      this.pos++;
      const tok: CondTok = { t: 'nl' };
      this.line++;
      if (this.eof()) this.virtualNl = true;
      return tok;
    }
    if (!regex) {
      const op = this.peekOp();
      if (op) {
        this.pos += op.length;
        return { t: 'op', v: op };
      }
    }
    const start = this.pos;
    if (regex) this.regexDepth = 0;
    let w: Word | null;
    try {
      w = this.readWord();
    } finally {
      this.regexDepth = null;
    }
    if (!w) {
      const op = this.peekOp() ?? this.ch();
      this.pos += op.length;
      return { t: 'op', v: op };
    }
    const raw = this.src.slice(start, this.pos);
    if (raw === ']]') return { t: 'end' };
    return { t: 'word', w, raw };
  }

  private parseTrailingRedirs(into: Redirect[]): void {
    for (;;) {
      this.skipSpace();
      const r = this.tryRedirect();
      if (!r) return;
      into.push(r);
    }
  }

  /** `(( expr ))`. */
  private parseArithCommand(): ArithCommand {
    const line = this.line;
    const end = this.findArithEnd(this.pos + 2);
    const src = this.src.slice(this.pos + 2, end);
    this.pos = end + 2;
    return { t: 'arith', src, redirs: [], line };
  }

  /** `for (( init; cond; step )) [;] do list done` (the `((` already seen after `for`). */
  private parseArithFor(line: number): ArithForCommand {
    const end = this.findArithEnd(this.pos + 2);
    const parts = this.src.slice(this.pos + 2, end).split(';');
    if (parts.length !== 3)
      throw new SyntaxError_('syntax error: arithmetic expression required', false, line, {
        more: [{ text: `syntax error: \`${this.src.slice(this.pos, end + 2)}'`, line }],
        keepStatus: false,
      });
    this.pos = end + 2;
    this.skipSpace();
    if (this.ch() === ';') this.pos++;
    this.skipSpace(true);
    const body = this.isReserved('{')
      ? (() => {
          this.pos++;
          const b = this.parseList(new Set(['}']));
          this.expectReserved('}');
          return b;
        })()
      : (() => {
          this.expectReserved('do');
          const b = this.parseList(new Set(['done']));
          this.expectReserved('done');
          return b;
        })();
    const [init, cond, step] = parts as [string, string, string];
    return { t: 'afor', init, cond, step, body, redirs: [], line };
  }

  private parseFor(): ForCommand | ArithForCommand {
    const line = this.line;
    this.pos += 3;
    this.skipSpace();
    if (this.src.startsWith('((', this.pos)) return this.parseArithFor(line);
    const nameWord = this.readWord();
    const name = nameWord ? wordText(nameWord) : null;
    if (name === null || !NAME_RE.test(name))
      throw new SyntaxError_(`\`${name ?? ''}': not a valid identifier`, false, this.line);
    this.skipSpace();
    let items: Word[] | null = null;
    if (this.ch() === '\n') this.skipSpace(true);
    if (this.isReserved('in')) {
      this.pos += 2;
      items = [];
      for (;;) {
        this.skipSpace();
        if (this.ch() === ';' || this.ch() === '\n' || this.eof()) break;
        const w = this.readWord();
        if (!w) throw this.unexpected(this.peekToken());
        items.push(w);
      }
    }
    this.skipSpace();
    if (this.ch() === ';') this.pos++;
    this.expectReserved('do');
    const body = this.parseList(new Set(['done']));
    this.expectReserved('done');
    return { t: 'for', name, items, body, redirs: [] };
  }

  private parseWhile(until: boolean): WhileCommand {
    this.pos += until ? 5 : 5;
    const cond = this.parseList(new Set(['do']));
    this.expectReserved('do');
    const body = this.parseList(new Set(['done']));
    this.expectReserved('done');
    return { t: 'while', until, cond, body, redirs: [] };
  }

  private parseIf(): IfCommand {
    this.pos += 2;
    const branches: IfCommand['branches'] = [];
    let orElse: List | null = null;
    const cond = this.parseList(new Set(['then']));
    this.expectReserved('then');
    const body = this.parseList(new Set(['elif', 'else', 'fi']));
    branches.push({ cond, body });
    for (;;) {
      this.skipSpace(true);
      const p = this.peekPlain();
      if (p === 'elif') {
        this.pos += 4;
        const c = this.parseList(new Set(['then']));
        this.expectReserved('then');
        const b = this.parseList(new Set(['elif', 'else', 'fi']));
        branches.push({ cond: c, body: b });
      } else if (p === 'else') {
        this.pos += 4;
        orElse = this.parseList(new Set(['fi']));
      } else break;
    }
    this.expectReserved('fi');
    return { t: 'if', branches, orElse, redirs: [] };
  }

  private parseCase(): CaseCommand {
    this.pos += 4;
    this.skipSpace();
    const word = this.readWord();
    if (!word) throw this.unexpected(this.peekToken());
    this.expectReserved('in');
    const arms: CaseCommand['arms'] = [];
    for (;;) {
      this.skipSpace(true);
      if (this.eof()) throw this.eofError();
      if (this.peekPlain() === 'esac') {
        this.pos += 4;
        break;
      }
      if (this.ch() === '(') this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        this.skipSpace();
        const w = this.readWord();
        if (!w) throw this.unexpected(this.peekToken());
        patterns.push(w);
        this.skipSpace();
        if (this.ch() === '|') {
          this.pos++;
          continue;
        }
        if (this.ch() === ')') {
          this.pos++;
          break;
        }
        throw this.unexpected(this.peekToken());
      }
      const body = this.parseList(new Set([';;', 'esac']));
      arms.push({ patterns, body });
      this.skipSpace(true);
      if (this.src.startsWith(';;', this.pos)) this.pos += 2;
    }
    return { t: 'case', word, arms, redirs: [] };
  }

  private parseSimple(): Command {
    const cmd: SimpleCommand = { t: 'simple', assigns: [], words: [], redirs: [], line: this.line };
    let aliasCheck = true;
    for (;;) {
      this.skipSpace();
      if (this.eof()) break;
      const c = this.ch();
      if (c === '\n') break;
      const r = this.tryRedirect();
      if (r) {
        cmd.redirs.push(r);
        continue;
      }
      const op = (this.ch() === '<' || this.ch() === '>') && this.ch(1) === '(' ? null : this.peekOp();
      if (op) {
        if (op === '(' && cmd.words.length === 1 && cmd.assigns.length === 0) {
          // only `name ()` may follow one word: bash then wants the `)`
          const save = this.pos;
          this.pos++;
          this.skipSpace();
          if (this.ch() === ')') {
            this.pos = save;
            return this.parseFunction(wordText(cmd.words[0] as Word) ?? '');
          }
          throw this.unexpected(this.eof() ? 'newline' : this.peekToken());
        }
        if (op === '(') throw this.unexpected('(');
        break;
      }
      if (aliasCheck && cmd.words.length === 0) {
        const plain = this.peekPlain();
        if (plain !== null && this.aliases.has(plain) && this.aliasDepth < 16) {
          const value = this.aliases.get(plain) as string;
          this.src = this.src.slice(0, this.pos) + value + this.src.slice(this.pos + plain.length);
          this.aliasDepth++;
          aliasCheck = value.endsWith(' ');
          continue;
        }
      }
      const start = this.pos;
      const w = this.readWord();
      if (!w) break;
      const raw = this.src.slice(start, this.pos);
      const arr = this.ch() === '(' ? /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=$/.exec(raw) : null;
      if (arr) {
        const first = cmd.words[0];
        const decl = first !== undefined && DECL_BUILTINS.has(wordText(first) ?? '');
        if (cmd.words.length === 0 || decl) {
          const name = arr[1] as string;
          const append = arr[2] === '+';
          const elems = this.readArrayLiteral();
          if (decl) cmd.words.push({ parts: w.parts, arrayAssign: { name, append, elems } });
          else cmd.assigns.push({ name, value: { parts: [] }, append, array: elems });
          continue;
        }
      }
      if (cmd.words.length === 0) {
        const a = assignmentOf(raw, w) ?? indexedAssignment(raw, this.aliases);
        if (a) {
          cmd.assigns.push(a);
          continue;
        }
      }
      cmd.words.push(w);
      aliasCheck = false;
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) {
      throw this.unexpected(this.peekToken());
    }
    return cmd;
  }

  /** `(x "y z" [k]=v …)` after `name=`: the elements, newlines and comments allowed. */
  private readArrayLiteral(): ArrayElem[] {
    this.pos++;
    const elems: ArrayElem[] = [];
    for (;;) {
      this.skipSpace(true);
      if (this.eof())
        throw new SyntaxError_("unexpected EOF while looking for matching `)'", true, this.line);
      if (this.ch() === ')') {
        this.pos++;
        return elems;
      }
      const start = this.pos;
      const w = this.readWord();
      if (!w) throw this.unexpected(this.peekToken());
      const raw = this.src.slice(start, this.pos);
      const end = raw.startsWith('[') ? closingBracket(raw, 0) : -1;
      if (end > 0 && raw[end + 1] === '=') {
        elems.push({
          key: subscriptWord(raw.slice(1, end), this.aliases),
          value: new Parser(raw.slice(end + 2), this.aliases).readWord() ?? { parts: [] },
        });
      } else elems.push({ value: w });
    }
  }

  private parseFunction(name: string): Command {
    this.pos++;
    this.skipSpace();
    this.pos++;
    this.skipSpace(true);
    const body = this.parseCommand();
    return { t: 'function', name, body };
  }

  private tryRedirect(): Redirect | null {
    let i = this.pos;
    let fd: number | undefined;
    while (i < this.src.length && /[0-9]/.test(this.src[i] as string)) i++;
    if (i > this.pos && (this.src[i] === '<' || this.src[i] === '>'))
      fd = Number(this.src.slice(this.pos, i));
    else i = this.pos;
    const save = this.pos;
    this.pos = i;
    const op = this.peekOp() as RedirOp | null;
    if ((op === '<' || op === '>') && this.ch(1) === '(' && i === this.pos) {
      // `<(cmd)` is a word (process substitution), not a redirection
      this.pos = save;
      return null;
    }
    const redirOps: RedirOp[] = ['>', '>>', '<', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<', '>|', '<>'];
    if (!op || !redirOps.includes(op)) {
      this.pos = save;
      return null;
    }
    this.pos += op.length;
    const defaultFd = op.startsWith('<') ? 0 : 1;
    this.skipSpace();
    if (op === '<<' || op === '<<-') {
      const start = this.pos;
      const w = this.readWord();
      if (!w) throw this.unexpected(this.peekToken());
      const rawDelim = this.src.slice(start, this.pos);
      const quoted = /['"\\]/.test(rawDelim);
      const delim = wordText(w, true) ?? rawDelim.replace(/['"\\]/g, '');
      const redir: Redirect = { fd: fd ?? 0, op, heredoc: { body: '', expand: !quoted } };
      this.pending.push({ redir, delim, strip: op === '<<-' });
      return redir;
    }
    const target = this.readWord();
    if (!target) {
      const tok = this.peekToken();
      throw this.unexpected(tok === '' ? 'newline' : tok);
    }
    return { fd: fd ?? defaultFd, op, target };
  }

  // ------------------------------------------------------------------ words

  /** Read one word at the current position (no leading blanks). */
  readWord(): Word | null {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ k: 'lit', s: lit });
      lit = '';
    };
    while (!this.eof()) {
      const c = this.ch();
      if ((c === '<' || c === '>') && this.ch(1) === '(' && this.regexDepth === null) {
        flush();
        parts.push(this.readProcSub(c));
        continue;
      }
      if (META.has(c)) {
        // `[[ x =~ (a|b) ]]`: the regex keeps its parentheses, bars and (inside them) blanks
        const d = this.regexDepth;
        if (d === null) break;
        if (c === '(') this.regexDepth = d + 1;
        else if (c === ')' && d > 0) this.regexDepth = d - 1;
        else if (!(c === '|' || (d > 0 && c !== '\n'))) break;
        lit += c;
        this.pos++;
        continue;
      }
      if (c === '\\') {
        const n = this.ch(1);
        if (n === '\n') {
          this.pos += 2;
          this.line++;
          continue;
        }
        if (n === '') {
          this.pos++;
          lit += '\\';
          continue;
        }
        flush();
        parts.push({ k: 'sq', s: n });
        this.pos += 2;
      } else if (c === "'") {
        flush();
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new SyntaxError_("unexpected EOF while looking for matching `''", true, this.line);
        const s = this.src.slice(this.pos + 1, end);
        this.line += countNl(s);
        parts.push({ k: 'sq', s });
        this.pos = end + 1;
      } else if (c === '"') {
        flush();
        this.pos++;
        parts.push({ k: 'dq', parts: this.readDouble() });
      } else if (c === '$') {
        const p = this.readDollar(false);
        if (p) {
          flush();
          parts.push(p);
        } else {
          lit += '$';
          this.pos++;
        }
      } else if (c === '`') {
        flush();
        parts.push(this.readBacktick());
      } else {
        lit += c;
        this.pos++;
      }
    }
    flush();
    return parts.length ? { parts } : null;
  }

  private readProcSub(dir: '<' | '>'): WordPart {
    this.pos += 2;
    const list = this.parseList(new Set([')']));
    this.skipSpace(true);
    if (this.ch() !== ')')
      throw this.eof()
        ? new SyntaxError_("unexpected EOF while looking for matching `)'", true, this.line)
        : this.unexpected(this.peekToken());
    this.pos++;
    return { k: 'procsub', dir, list };
  }

  /** Expand-ready parts of a here-document body (double-quote rules, but `"` is plain text). */
  heredocParts(): WordPart[] {
    return this.readDouble(true);
  }

  private readDouble(heredoc = false): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ k: 'sq', s: lit });
      lit = '';
    };
    for (;;) {
      if (this.eof()) {
        if (heredoc) break;
        throw new SyntaxError_('unexpected EOF while looking for matching `"\'', true, this.line);
      }
      const c = this.ch();
      if (c === '"' && !heredoc) {
        this.pos++;
        break;
      }
      if (c === '\\') {
        const n = this.ch(1);
        if (n === '\n') {
          this.pos += 2;
          this.line++;
          continue;
        }
        if (n === '$' || n === '`' || (n === '"' && !heredoc) || n === '\\') {
          lit += n;
          this.pos += 2;
          continue;
        }
        lit += '\\';
        this.pos++;
        continue;
      }
      if (c === '$') {
        const p = this.readDollar(true);
        if (p) {
          flush();
          parts.push(p);
        } else {
          lit += '$';
          this.pos++;
        }
        continue;
      }
      if (c === '`') {
        flush();
        parts.push(this.readBacktick());
        continue;
      }
      if (c === '\n') this.line++;
      lit += c;
      this.pos++;
    }
    flush();
    return parts;
  }

  private readDollar(inDouble: boolean): WordPart | null {
    const n = this.ch(1);
    if (n === '(' && this.ch(2) === '(') {
      const end = this.findArithEnd(this.pos + 3);
      const src = this.src.slice(this.pos + 3, end);
      this.pos = end + 2;
      return { k: 'arith', src };
    }
    if (n === '(') {
      this.pos += 2;
      const list = this.parseList(new Set([')']));
      this.skipSpace(true);
      if (this.ch() !== ')')
        throw this.eof()
          ? new SyntaxError_("unexpected EOF while looking for matching `)'", true, this.line)
          : this.unexpected(this.peekToken());
      this.pos++;
      return { k: 'cmd', list };
    }
    if (n === '{') return this.readBraced();
    if (/[A-Za-z_]/.test(n)) {
      let i = this.pos + 1;
      while (i < this.src.length && /[A-Za-z0-9_]/.test(this.src[i] as string)) i++;
      const name = this.src.slice(this.pos + 1, i);
      this.pos = i;
      return { k: 'param', name };
    }
    if (/[0-9?$#@*!-]/.test(n) && n !== '') {
      this.pos += 2;
      return { k: 'param', name: n };
    }
    if (n === "'" && !inDouble) {
      // $'...' ANSI-C quoting
      const end = this.findAnsiEnd(this.pos + 2);
      const s = ansiC(this.src.slice(this.pos + 2, end));
      this.pos = end + 1;
      return { k: 'sq', s };
    }
    return null;
  }

  private findAnsiEnd(from: number): number {
    let i = from;
    while (i < this.src.length) {
      if (this.src[i] === '\\') i += 2;
      else if (this.src[i] === "'") return i;
      else i++;
    }
    throw new SyntaxError_("unexpected EOF while looking for matching `''", true, this.line);
  }

  private findArithEnd(from: number): number {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0 && this.src[i + 1] === ')') return i;
        depth--;
      }
    }
    throw new SyntaxError_("unexpected EOF while looking for matching `)'", true, this.line);
  }

  private readBraced(): WordPart {
    const start = this.pos;
    let i = this.pos + 2;
    let depth = 1;
    while (i < this.src.length && depth > 0) {
      const c = this.src[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      if (depth > 0) i++;
    }
    if (depth > 0) throw new SyntaxError_("unexpected EOF while looking for matching `}'", true, this.line);
    const inner = this.src.slice(start + 2, i);
    this.pos = i + 1;
    return parseParamExpr(inner, this.aliases);
  }

  private readBacktick(): WordPart {
    let i = this.pos + 1;
    let body = '';
    while (i < this.src.length && this.src[i] !== '`') {
      if (
        this.src[i] === '\\' &&
        (this.src[i + 1] === '`' || this.src[i + 1] === '\\' || this.src[i + 1] === '$')
      ) {
        body += this.src[i + 1];
        i += 2;
      } else body += this.src[i++];
    }
    if (i >= this.src.length)
      throw new SyntaxError_("unexpected EOF while looking for matching ``'", true, this.line);
    this.pos = i + 1;
    const sub = new Parser(body, this.aliases, this.line).parse();
    if (!sub.ok) throw new SyntaxError_(sub.message, sub.incomplete, this.line);
    return { k: 'cmd', list: sub.list };
  }
}

function countNl(s: string): number {
  let n = 0;
  for (const c of s) if (c === '\n') n++;
  return n;
}

/** The literal text of a word if it has no expansions (quotes removed when allowQuoted). */
export function wordText(w: Word, allowQuoted = false): string | null {
  let s = '';
  for (const p of w.parts) {
    if (p.k === 'lit') s += p.s;
    else if (allowQuoted && p.k === 'sq') s += p.s;
    else if (allowQuoted && p.k === 'dq' && p.parts.every((x) => x.k === 'sq'))
      s += p.parts.map((x) => (x.k === 'sq' ? x.s : '')).join('');
    else return null;
  }
  return s;
}

function assignmentOf(raw: string, w: Word): Assign | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(raw);
  if (!m) return null;
  const first = w.parts[0];
  if (first?.k !== 'lit' || !first.s.startsWith(m[0])) return null;
  const rest = first.s.slice(m[0].length);
  const parts: WordPart[] = rest ? [{ k: 'lit', s: rest }, ...w.parts.slice(1)] : w.parts.slice(1);
  return { name: m[1] as string, value: { parts }, append: m[2] === '+' };
}

function parseWordFrom(text: string, aliases: ReadonlyMap<string, string>): Word {
  // words inside ${...}: quotes and expansions allowed, blanks kept literally
  const p = new Parser(escapeBlanks(text), aliases);
  const w = p.readWord();
  return w ?? { parts: [] };
}

/** Backslash the blanks that are outside quotes, so the text reads as one word. */
function escapeBlanks(text: string): string {
  let out = '';
  let q = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (q === '' && c === '\\') {
      out += c + (text[i + 1] ?? '');
      i++;
    } else if (q === '' && (c === "'" || c === '"')) {
      q = c;
      out += c;
    } else if (q !== '' && c === q) {
      q = '';
      out += c;
    } else if (q === '"' && c === '\\') {
      out += c + (text[i + 1] ?? '');
      i++;
    } else out += q === '' && (c === ' ' || c === '\t') ? `\\${c}` : c;
  }
  return out;
}

/** Index of the `]` closing the `[` at `open` (nested brackets and quotes skipped), or -1. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  let q = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = '';
      else if (c === '\\' && q === '"') i++;
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') q = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

function subscriptWord(text: string, aliases: ReadonlyMap<string, string>): Word {
  return parseWordFrom(text, aliases);
}

/** `name[SUB]=value` / `name[SUB]+=value` */
function indexedAssignment(raw: string, aliases: ReadonlyMap<string, string>): Assign | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[/.exec(raw);
  if (!m) return null;
  const end = closingBracket(raw, m[0].length - 1);
  if (end < 0) return null;
  const am = /^(\+?)=/.exec(raw.slice(end + 1));
  if (!am) return null;
  const valueSrc = raw.slice(end + 1 + am[0].length);
  return {
    name: m[1] as string,
    index: subscriptWord(raw.slice(m[0].length, end), aliases),
    value: new Parser(valueSrc, aliases).readWord() ?? { parts: [] },
    append: am[1] === '+',
  };
}

function parseParamExpr(inner: string, aliases: ReadonlyMap<string, string>): WordPart {
  if (inner.startsWith('#') && /^#[A-Za-z_0-9@*#?]+$/.test(inner))
    return { k: 'param', name: inner.slice(1), op: 'len' };
  const lenSub = /^#([A-Za-z_][A-Za-z0-9_]*)\[/.exec(inner);
  if (lenSub && closingBracket(inner, lenSub[0].length - 1) === inner.length - 1)
    return {
      k: 'param',
      name: lenSub[1] as string,
      op: 'len',
      sub: subscriptWord(inner.slice(lenSub[0].length, -1), aliases),
    };
  let bang = false;
  let body = inner;
  if (/^![A-Za-z_0-9@*#?$-]/.test(inner)) {
    bang = true;
    body = inner.slice(1);
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])(.*)$/s.exec(body);
  if (!m) return { k: 'sq', s: '' };
  const name = m[1] as string;
  let rest = m[2] as string;
  let sub: Word | undefined;
  if (rest.startsWith('[') && /^[A-Za-z_]/.test(name)) {
    const end = closingBracket(rest, 0);
    if (end > 0) {
      sub = subscriptWord(rest.slice(1, end), aliases);
      rest = rest.slice(end + 1);
    }
  }
  const base = { k: 'param' as const, name, ...(sub ? { sub } : {}), ...(bang ? { bang } : {}) };
  if (rest === '') return base;
  const ops: ParamOp[] = [':-', ':=', ':+', ':?', '##', '%%', '//', '-', '=', '+', '?', '#', '%', '/'];
  for (const op of ops) {
    if (rest.startsWith(op)) {
      const argText = rest.slice(op.length);
      if (op === '/' || op === '//') {
        const anchor = op === '/' && (argText[0] === '#' || argText[0] === '%') ? argText[0] : undefined;
        if (anchor) {
          const slash = argText.indexOf('/', 1);
          const pat = slash < 0 ? argText.slice(1) : argText.slice(1, slash);
          const rep = slash < 0 ? '' : argText.slice(slash + 1);
          return { ...base, op, anchor, arg: parseWordFrom(pat, aliases), arg2: parseWordFrom(rep, aliases) };
        }
        const slash = argText.indexOf('/');
        const pat = slash < 0 ? argText : argText.slice(0, slash);
        const rep = slash < 0 ? '' : argText.slice(slash + 1);
        return { ...base, op, arg: parseWordFrom(pat, aliases), arg2: parseWordFrom(rep, aliases) };
      }
      return { ...base, op, arg: parseWordFrom(argText, aliases) };
    }
  }
  if (rest.startsWith(':')) {
    const [off, len] = rest.slice(1).split(':');
    return {
      ...base,
      op: 'substr',
      arg: parseWordFrom((off ?? '0').trim(), aliases),
      ...(len !== undefined ? { arg2: parseWordFrom(len.trim(), aliases) } : {}),
    };
  }
  return { k: 'sq', s: '' };
}

/** Decode $'...' escapes. */
export function ansiC(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'a':
        return '\x07';
      case 'b':
        return '\b';
      case 'e':
      case 'E':
        return '\x1b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'x':
        return String.fromCharCode(Number.parseInt(e.slice(1), 16));
      default:
        if (/[0-7]/.test(e[0] as string)) return String.fromCharCode(Number.parseInt(e, 8));
        return e;
    }
  });
}

export function parseShell(
  src: string,
  aliases: ReadonlyMap<string, string> = new Map(),
  firstLine = 1,
): ParseResult {
  return new Parser(src, aliases, firstLine).parse();
}
