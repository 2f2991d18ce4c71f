/** The shell's syntax tree. */

export type WordPart =
  /** Unquoted text: subject to tilde expansion, field splitting (no) and globbing. */
  | { k: 'lit'; s: string }
  /** Quoted or escaped text: taken literally. */
  | { k: 'sq'; s: string }
  | { k: 'dq'; parts: WordPart[] }
  | {
      k: 'param';
      name: string;
      op?: ParamOp;
      arg?: Word;
      arg2?: Word;
      /** `${a[SUB]}`: the subscript (`@` and `*` as plain text). */
      sub?: Word;
      /** `${!a[@]}` (the keys) or, without sub, `${!name}` (indirection). */
      bang?: boolean;
      /** `${x/#pat/rep}`, `${x/%pat/rep}`: the pattern is anchored at the start or the end. */
      anchor?: '#' | '%';
    }
  | { k: 'cmd'; list: List }
  /** `<(list)` / `>(list)`: a /dev/fd path to the list's output or input. */
  | { k: 'procsub'; dir: '<' | '>'; list: List }
  | { k: 'arith'; src: string };

export type ParamOp =
  | ':-'
  | '-'
  | ':='
  | '='
  | ':+'
  | '+'
  | ':?'
  | '?'
  | '#'
  | '##'
  | '%'
  | '%%'
  | '/'
  | '//'
  | 'len'
  | 'substr';

export interface Word {
  parts: WordPart[];
  /** `declare a=(x y)`: an array literal given to a declaration builtin. */
  arrayAssign?: { name: string; append: boolean; elems: ArrayElem[] };
}

/** One element of `(x [k]=v …)`. */
export interface ArrayElem {
  key?: Word;
  value: Word;
}

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<' | '>|' | '<>';

export interface Redirect {
  fd: number;
  op: RedirOp;
  target?: Word;
  /** Here-document body (after the delimiter line was found). */
  heredoc?: { body: string; expand: boolean };
}

export interface Assign {
  name: string;
  value: Word;
  append: boolean;
  /** `name[SUB]=value` */
  index?: Word;
  /** `name=(…)` */
  array?: ArrayElem[];
}

export interface SimpleCommand {
  t: 'simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redirect[];
  /** Source line number, for messages. */
  line: number;
}

export interface ForCommand {
  t: 'for';
  name: string;
  items: Word[] | null;
  body: List;
  redirs: Redirect[];
}

/** `(( expr ))`: status 0 when the expression is not zero. */
export interface ArithCommand {
  t: 'arith';
  src: string;
  redirs: Redirect[];
  line: number;
}

/** `for (( init; cond; step ))`: an empty cond is true. */
export interface ArithForCommand {
  t: 'afor';
  init: string;
  cond: string;
  step: string;
  body: List;
  redirs: Redirect[];
  line: number;
}

export interface WhileCommand {
  t: 'while';
  until: boolean;
  cond: List;
  body: List;
  redirs: Redirect[];
}

export interface IfCommand {
  t: 'if';
  branches: Array<{ cond: List; body: List }>;
  orElse: List | null;
  redirs: Redirect[];
}

export interface GroupCommand {
  t: 'group' | 'subshell';
  body: List;
  redirs: Redirect[];
}

export interface CaseCommand {
  t: 'case';
  word: Word;
  arms: Array<{ patterns: Word[]; body: List }>;
  redirs: Redirect[];
}

export interface FunctionDef {
  t: 'function';
  name: string;
  body: Command;
}

/** `[[ … ]]` */
export type CondExpr =
  | { k: 'and' | 'or'; l: CondExpr; r: CondExpr }
  | { k: 'not' | 'paren'; e: CondExpr }
  | { k: 'unary'; op: string; w: Word }
  | { k: 'binary'; op: string; l: Word; r: Word };

export interface CondCommand {
  t: 'cond';
  expr: CondExpr;
  redirs: Redirect[];
  line: number;
}

export type Command =
  | SimpleCommand
  | CondCommand
  | ArithCommand
  | ArithForCommand
  | ForCommand
  | WhileCommand
  | IfCommand
  | GroupCommand
  | CaseCommand
  | FunctionDef;

export interface Pipeline {
  negate: boolean;
  cmds: Command[];
  /** `|&` between cmds[i] and cmds[i+1] also pipes stderr. */
  stderrToo: boolean[];
  /** `time [-p] pipeline`: report its elapsed time (POSIX format with -p). */
  time?: 'bash' | 'posix';
}

export interface AndOr {
  first: Pipeline;
  rest: Array<{ op: '&&' | '||'; p: Pipeline }>;
  background: boolean;
  /** The source text (how `jobs` names a background job). */
  src?: string;
}

export interface List {
  items: AndOr[];
}
