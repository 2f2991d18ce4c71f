/** The awk syntax tree. */

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 're'; src: string }
  | { t: 'var'; name: string }
  | { t: 'field'; e: Expr }
  | { t: 'index'; name: string; subs: Expr[] }
  | { t: 'assign'; op: string; target: LValue; e: Expr }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr }
  | { t: 'or'; a: Expr; b: Expr }
  | { t: 'and'; a: Expr; b: Expr }
  | { t: 'in'; subs: Expr[]; name: string }
  | { t: 'match'; neg: boolean; e: Expr; re: Expr }
  | { t: 'bin'; op: string; a: Expr; b: Expr }
  | { t: 'un'; op: string; e: Expr }
  | { t: 'incdec'; op: '++' | '--'; prefix: boolean; target: LValue }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'builtin'; name: string; args: Expr[]; line: number }
  | { t: 'getline'; kind: 'simple' | 'file' | 'cmd'; target: LValue | null; src: Expr | null }
  | { t: 'grouping'; list: Expr[] };

export type LValue =
  | { t: 'var'; name: string }
  | { t: 'field'; e: Expr }
  | { t: 'index'; name: string; subs: Expr[] };

export interface Redirect {
  kind: '>' | '>>' | '|';
  e: Expr;
}

export type Stmt =
  | { t: 'expr'; e: Expr }
  | { t: 'print'; args: Expr[]; redir: Redirect | null }
  | { t: 'printf'; args: Expr[]; redir: Redirect | null; line: number }
  | { t: 'if'; c: Expr; then: Stmt; else: Stmt | null }
  | { t: 'while'; c: Expr; body: Stmt }
  | { t: 'do'; body: Stmt; c: Expr }
  | { t: 'for'; init: Expr | null; c: Expr | null; step: Expr | null; body: Stmt }
  | { t: 'forin'; v: LValue; arr: string; body: Stmt }
  | { t: 'block'; body: Stmt[] }
  | { t: 'next' }
  | { t: 'nextfile' }
  | { t: 'exit'; e: Expr | null }
  | { t: 'return'; e: Expr | null }
  | { t: 'break' }
  | { t: 'continue' }
  | { t: 'delete'; name: string; subs: Expr[] | null };

export interface Rule {
  pattern: Expr | null;
  range: [Expr, Expr] | null;
  /** null: the default action `{ print }`. */
  body: Stmt[] | null;
}

export interface Func {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  begin: Stmt[][];
  end: Stmt[][];
  rules: Rule[];
  funcs: Map<string, Func>;
}
