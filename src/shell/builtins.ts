/** Shell builtins: the commands that change or read the shell itself. */
import { normalizePath } from '../model/vfs.js';
import { ArithError, evalArith } from './arith.js';
import { compgenBuiltin, completeBuiltin } from './complete.js';
import { declare, readIntoArray, unset } from './declare.js';
import { errPrefix, exportVar, getVar, setVar } from './frame.js';
import { type Builtin, ExitSignal, type IO } from './interpreter.js';
import { jobsBuiltin, waitBuiltin } from './jobs.js';
import { testCommand } from './test-cmd.js';
import { trapBuiltin } from './trap.js';
import { ARRAY_ARG_MARK } from './vars.js';

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoteAlias(v: string): string {
  return `'${v.replace(/'/g, "'\\''")}'`;
}

const cd: Builtin = (argv, io, f) => {
  const args = argv.slice(1).filter((a, i) => !(i === 0 && a === '--'));
  if (args.length > 1) {
    io.err.write(`${errPrefix(f)}cd: too many arguments\n`);
    return 1;
  }
  let target = args[0] ?? getVar(f, 'HOME') ?? '/';
  if (target === '-') {
    target = getVar(f, 'OLDPWD') ?? '';
    if (!target) {
      io.err.write(`${errPrefix(f)}cd: OLDPWD not set\n`);
      return 1;
    }
    io.out.write(`${target}\n`);
  }
  const abs = normalizePath(target, f.ctx.cwd);
  const st = f.ctx.fs.stat(abs);
  if (!st) {
    io.err.write(`${errPrefix(f)}cd: ${target}: No such file or directory\n`);
    return 1;
  }
  if (st.kind !== 'dir') {
    io.err.write(`${errPrefix(f)}cd: ${target}: Not a directory\n`);
    return 1;
  }
  setVar(f, 'OLDPWD', f.ctx.cwd);
  f.ctx.cwd = abs;
  setVar(f, 'PWD', abs);
  return 0;
};

const pwd: Builtin = (_argv, io, f) => {
  io.out.write(`${f.ctx.cwd}\n`);
  return 0;
};

const exportB: Builtin = (argv, io, f, interp) => {
  const args = argv.slice(1).filter((a) => a !== '-n');
  // `export a=(…)`: bash makes the array (it cannot pass it on)
  const arrays = args.filter((a) => a.startsWith(ARRAY_ARG_MARK));
  if (arrays.length) declare(['declare', '-x', ...arrays], io, f, interp);
  if (args.length === 0 || (args.length === 1 && args[0] === '-p')) {
    for (const [k, v] of [...f.ctx.env].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      io.out.write(`declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n`);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    if (a.startsWith(ARRAY_ARG_MARK)) continue;
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME_RE.test(name)) {
      io.err.write(`${errPrefix(f)}export: \`${a}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    exportVar(f, name, eq < 0 ? undefined : a.slice(eq + 1));
  }
  return status;
};

const alias: Builtin = (argv, io, f) => {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    for (const [k, v] of [...f.state.aliases].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      io.out.write(`alias ${k}=${quoteAlias(v)}\n`);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq < 0) {
      const v = f.state.aliases.get(a);
      if (v === undefined) {
        io.err.write(`${errPrefix(f)}alias: ${a}: not found\n`);
        status = 1;
      } else io.out.write(`alias ${a}=${quoteAlias(v)}\n`);
      continue;
    }
    const name = a.slice(0, eq);
    if (!name || /[\s/$`'"=]/.test(name)) {
      io.err.write(`${errPrefix(f)}alias: \`${name}': invalid alias name\n`);
      status = 1;
      continue;
    }
    f.state.aliases.set(name, a.slice(eq + 1));
  }
  return status;
};

const unalias: Builtin = (argv, io, f) => {
  const args = argv.slice(1);
  if (args.length === 0) {
    io.err.write('unalias: usage: unalias [-a] name [name ...]\n');
    return 2;
  }
  if (args[0] === '-a') {
    f.state.aliases.clear();
    return 0;
  }
  let status = 0;
  for (const a of args) {
    if (!f.state.aliases.delete(a)) {
      io.err.write(`${errPrefix(f)}unalias: ${a}: not found\n`);
      status = 1;
    }
  }
  return status;
};

const history: Builtin = (argv, io, f) => {
  if (argv[1] === '-c') {
    f.state.history.length = 0;
    return 0;
  }
  const n = argv[1] !== undefined ? Number.parseInt(argv[1], 10) : f.state.history.length;
  const start = Math.max(0, f.state.history.length - (Number.isNaN(n) ? 0 : n));
  f.state.history.slice(start).forEach((h, i) => {
    io.out.write(`${String(start + i + 1).padStart(5)}  ${h}\n`);
  });
  return 0;
};

const exit: Builtin = (argv, io, f) => {
  const a = argv[1];
  let code = f.state.lastExit;
  if (a !== undefined) {
    if (!/^[+-]?\d+$/.test(a)) {
      io.err.write(`${errPrefix(f)}exit: ${a}: numeric argument required\n`);
      code = 2;
    } else code = ((Number(a) % 256) + 256) % 256;
  }
  if (f.mode === 'interactive') io.err.write('logout\n'.slice(0, 0));
  throw new ExitSignal(code);
};

const source: Builtin = (argv, io, f, interp) => {
  const file = argv[1];
  if (file === undefined) {
    io.err.write(
      `${errPrefix(f)}${argv[0]}: filename argument required\n${argv[0]}: usage: ${argv[0]} filename [arguments]\n`,
    );
    return 2;
  }
  let text: string;
  try {
    text = f.ctx.fs.readFile(file, f.ctx.cwd);
  } catch {
    io.err.write(`${errPrefix(f)}${file}: No such file or directory\n`);
    return 1;
  }
  return interp.runSource(text, file, f, io);
};

const evalB: Builtin = (argv, io, f, interp) => interp.runEval(argv.slice(1).join(' '), f, io);

const typeB: Builtin = (argv, io, f, interp) => {
  let status = 0;
  for (const name of argv.slice(1)) {
    if (f.state.aliases.has(name)) io.out.write(`${name} is aliased to \`${f.state.aliases.get(name)}'\n`);
    else if (KEYWORDS.has(name)) io.out.write(`${name} is a shell keyword\n`);
    else if (f.state.functions.has(name)) io.out.write(`${name} is a function\n`);
    else if (interp.builtins.has(name)) io.out.write(`${name} is a shell builtin\n`);
    else {
      const def = interp.lookup(name, f.ctx);
      if (def) io.out.write(`${name} is ${def.path}\n`);
      else {
        io.err.write(`${errPrefix(f)}type: ${name}: not found\n`);
        status = 1;
      }
    }
  }
  return status;
};

const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'for',
  'while',
  'until',
  'do',
  'done',
  'case',
  'esac',
  'in',
  '{',
  '}',
  '!',
  '[[',
  ']]',
]);

const which: Builtin = (argv, io, f, interp) => {
  let status = 0;
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (names.length === 0) return 1;
  for (const name of names) {
    const def = interp.lookup(name, f.ctx);
    if (def) io.out.write(`${def.path}\n`);
    else status = 1;
  }
  return status;
};

const read: Builtin = (argv, io, f) => {
  const names: string[] = [];
  let raw = false;
  let arrayName: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-r') raw = true;
    else if (a === '-a') arrayName = argv[++i];
    else if (a === '-p' || a === '-t' || a === '-n' || a === '-d') i++;
    else names.push(a);
  }
  const st = io.stdin.rest();
  const nl = st.indexOf('\n');
  if (st === '') {
    // at end of input bash still empties the variables
    if (arrayName !== undefined) readIntoArray(f, arrayName, []);
    for (const n of names.length ? names : ['REPLY']) setVar(f, n, '');
    return 1;
  }
  let line = nl < 0 ? st : st.slice(0, nl);
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  const fields = line.trim().split(/[ \t]+/);
  if (arrayName !== undefined) {
    readIntoArray(f, arrayName, line.trim() === '' ? [] : fields);
    io.stdin.pos += nl < 0 ? st.length : nl + 1;
    return nl < 0 && line === '' ? 1 : 0;
  }
  const targets = names.length ? names : ['REPLY'];
  targets.forEach((n, i) => {
    const v = i === targets.length - 1 ? fields.slice(i).join(' ') : (fields[i] ?? '');
    setVar(f, n, targets.length === 1 && names.length === 0 ? line : v);
  });
  // consume the line from the shared stdin of this compound command
  io.stdin.pos += nl < 0 ? st.length : nl + 1;
  return nl < 0 && line === '' ? 1 : 0;
};

const shift: Builtin = (argv, io, f) => {
  const n = argv[1] !== undefined ? Number(argv[1]) : 1;
  if (!Number.isInteger(n) || n < 0 || n > f.positional.length) {
    if (argv[1] !== undefined && !Number.isInteger(n))
      io.err.write(`${errPrefix(f)}shift: ${argv[1]}: numeric argument required\n`);
    return 1;
  }
  f.positional = f.positional.slice(n);
  return 0;
};

const loopCtl =
  (cont: boolean): Builtin =>
  (argv, _io, _f, interp) =>
    interp.doBreak(argv[1] !== undefined ? Math.max(1, Number(argv[1]) || 1) : 1, cont);

const returnB: Builtin = (argv, _io, f, interp) =>
  interp.doReturn(argv[1] !== undefined ? Number(argv[1]) & 255 : f.state.lastExit);

const let_: Builtin = (argv, io, f) => {
  let v = 0;
  try {
    for (const e of argv.slice(1))
      v = evalArith(e, { getVar: (n) => getVar(f, n), setVar: (n, x) => setVar(f, n, x) });
  } catch (e) {
    if (e instanceof ArithError) {
      io.err.write(`${errPrefix(f)}let: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  return v === 0 ? 1 : 0;
};

const set: Builtin = (argv, io, f) => {
  if (argv.length === 1) {
    const all = new Map([...f.ctx.env, ...f.locals]);
    for (const [k, v] of [...all].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      io.out.write(`${k}=${/^[\w./:@%+-]*$/.test(v) ? v : quoteAlias(v)}\n`);
    return 0;
  }
  const rest = argv.slice(1);
  if (rest[0] === '--') f.positional = rest.slice(1);
  else if (!rest[0]?.startsWith('-') && !rest[0]?.startsWith('+')) f.positional = rest;
  return 0;
};

const clear: Builtin = (_argv, io, f) => {
  f.state.clearRequested = true;
  if (f.ctx.tty) io.out.write('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};

const noop: Builtin = () => 0;
const trueB: Builtin = () => 0;
const falseB: Builtin = () => 1;

const command: Builtin = (argv, io, f, interp) => {
  const args = argv.slice(1);
  if (args[0] === '-v') {
    const name = args[1];
    if (!name) return 1;
    if (f.state.aliases.has(name))
      io.out.write(`alias ${name}=${quoteAlias(f.state.aliases.get(name) as string)}\n`);
    else if (interp.builtins.has(name) || f.state.functions.has(name)) io.out.write(`${name}\n`);
    else {
      const def = interp.lookup(name, f.ctx);
      if (!def) return 1;
      io.out.write(`${def.path}\n`);
    }
    return 0;
  }
  if (args.length === 0) return 0;
  return interp.runProgram(args, f.ctx, io, f);
};

export function shellBuiltins(): Map<string, Builtin> {
  const testB: Builtin = (argv, io: IO, f) =>
    testCommand(argv, io, (p) => f.ctx.fs.stat(p, f.ctx.cwd), errPrefix(f));
  return new Map<string, Builtin>([
    ['cd', cd],
    ['pwd', pwd],
    ['export', exportB],
    ['unset', unset],
    ['alias', alias],
    ['unalias', unalias],
    ['history', history],
    ['exit', exit],
    ['logout', exit],
    ['source', source],
    ['.', source],
    ['eval', evalB],
    ['type', typeB],
    ['which', which],
    ['read', read],
    ['shift', shift],
    ['break', loopCtl(false)],
    ['continue', loopCtl(true)],
    ['return', returnB],
    ['let', let_],
    ['declare', declare],
    ['local', declare],
    ['typeset', declare],
    ['set', set],
    ['clear', clear],
    [':', noop],
    ['true', trueB],
    ['false', falseB],
    ['wait', waitBuiltin],
    ['jobs', jobsBuiltin],
    ['complete', completeBuiltin],
    ['compgen', compgenBuiltin],
    ['trap', trapBuiltin],
    ['hash', noop],
    ['shopt', noop],
    ['command', command],
    ['test', testB],
    ['[', testB],
  ]);
}
