/** The `test` / `[` builtin. */
import type { IO } from './interpreter.js';

export type StatFn = (path: string) => { kind: string; size: number } | null;

class TestError extends Error {}

function isInt(s: string): boolean {
  return /^\s*[+-]?\d+\s*$/.test(s);
}

function evalExpr(args: string[], stat: StatFn): boolean {
  let i = 0;
  const peek = () => args[i];
  const or = (): boolean => {
    let v = and();
    while (peek() === '-o') {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (peek() === '-a') {
      i++;
      const r = not();
      v = v && r;
    }
    return v;
  };
  const not = (): boolean => {
    if (peek() === '!' && args.length - i > 1) {
      i++;
      return !not();
    }
    return prim();
  };
  const prim = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError('argument expected');
    if (a === '(') {
      i++;
      const v = or();
      if (args[i] !== ')') throw new TestError("`)' expected");
      i++;
      return v;
    }
    const b = args[i + 1];
    const c = args[i + 2];
    const binops = ['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge'];
    if (b !== undefined && c !== undefined && binops.includes(b)) {
      i += 3;
      if (b.startsWith('-')) {
        if (!isInt(a)) throw new TestError(`${a}: integer expression expected`);
        if (!isInt(c)) throw new TestError(`${c}: integer expression expected`);
        const x = Number(a);
        const y = Number(c);
        return b === '-eq'
          ? x === y
          : b === '-ne'
            ? x !== y
            : b === '-lt'
              ? x < y
              : b === '-le'
                ? x <= y
                : b === '-gt'
                  ? x > y
                  : x >= y;
      }
      return b === '=' || b === '==' ? a === c : b === '!=' ? a !== c : b === '<' ? a < c : a > c;
    }
    if (/^-[a-zA-Z]$/.test(a) && b !== undefined) {
      i += 2;
      const st = stat(b);
      switch (a) {
        case '-z':
          return b.length === 0;
        case '-n':
          return b.length > 0;
        case '-e':
        case '-a':
          return st !== null;
        case '-f':
          return st?.kind === 'file';
        case '-d':
          return st?.kind === 'dir';
        case '-s':
          return st !== null && st.size > 0;
        case '-r':
        case '-w':
          return st !== null;
        case '-x':
          return st !== null && (st.kind === 'dir' || st.kind === 'file');
        case '-L':
        case '-h':
          return st?.kind === 'link';
        default:
          throw new TestError(`${a}: unary operator expected`);
      }
    }
    i++;
    return a.length > 0;
  };
  const v = or();
  if (i < args.length)
    throw new TestError(
      `${args[i]}: binary operator expected`.replace(/^.*: binary/, `${args[i - 1] ?? ''}: binary`),
    );
  return v;
}

/** `prefix`: what bash puts before its messages (`bash: `, `bash: line 3: `). */
export function testCommand(argv: string[], io: IO, stat: StatFn, prefix = 'bash: '): number {
  let args = argv.slice(1);
  const name = argv[0] as string;
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      io.err.write(`${prefix}[: missing \`]'\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  if (args.length === 0) return 1;
  try {
    return evalExpr(args, stat) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      io.err.write(`${prefix}${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
