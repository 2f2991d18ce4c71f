/**
 * bash 5.2's programmable-completion builtins: `complete` records, prints
 * (-p, in bash's 512-bucket hash order) and removes (-r) completion
 * specifications; `compgen` prints the words a specification generates for
 * a word (-W lists after expansion, -A actions such as command, function,
 * alias, builtin, keyword, variable, file, directory, hostname, user …,
 * -P/-S/-X). The knetlab shell completes on its own, so a specification
 * is only recorded: `source <(… completion bash)` style scripts run.
 */
import { signalName } from '../model/signals.js';
import { globToRegExp } from './expand.js';
import { errPrefix, type Frame, getVar, subshell } from './frame.js';
import { BufferSink, type Builtin, type Interpreter, type IO } from './interpreter.js';

export interface CompSpec {
  /** -o options, in bash's print order. */
  options: Set<string>;
  /** Action names (-A and the one-letter forms). */
  actions: Set<string>;
  globpat?: string;
  words?: string;
  prefix?: string;
  suffix?: string;
  filterpat?: string;
  command?: string;
  funcname?: string;
}

const USAGE =
  'complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]\n';
const COMPGEN_USAGE =
  'compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]\n';

const OPTION_NAMES = [
  'bashdefault',
  'default',
  'dirnames',
  'filenames',
  'noquote',
  'nosort',
  'nospace',
  'plusdirs',
];
/** The one-letter actions, in print order. */
const LETTER_ACTIONS: Array<[string, string]> = [
  ['a', 'alias'],
  ['b', 'builtin'],
  ['c', 'command'],
  ['d', 'directory'],
  ['e', 'export'],
  ['f', 'file'],
  ['g', 'group'],
  ['j', 'job'],
  ['k', 'keyword'],
  ['s', 'service'],
  ['u', 'user'],
  ['v', 'variable'],
];
/** Actions only -A names, in print order. */
const LONG_ACTIONS = [
  'arrayvar',
  'binding',
  'disabled',
  'enabled',
  'function',
  'helptopic',
  'hostname',
  'running',
  'setopt',
  'shopt',
  'signal',
  'stopped',
];
const ALL_ACTIONS = new Set([...LETTER_ACTIONS.map(([, a]) => a), ...LONG_ACTIONS]);

export const BASH_BUILTINS =
  '. : [ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown echo enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type typeset ulimit umask unalias unset wait'.split(
    ' ',
  );
const KEYWORDS =
  'if then else elif fi case esac for select while until do done in function time { } ! [[ ]] coproc'.split(
    ' ',
  );
/** Variables bash itself sets in a non-interactive shell. */
const BASH_VARS =
  'BASH BASHOPTS BASHPID BASH_ALIASES BASH_ARGC BASH_ARGV BASH_ARGV0 BASH_CMDS BASH_COMMAND BASH_EXECUTION_STRING BASH_LINENO BASH_LOADABLES_PATH BASH_SOURCE BASH_SUBSHELL BASH_VERSINFO BASH_VERSION COMP_WORDBREAKS DIRSTACK EPOCHREALTIME EPOCHSECONDS EUID GROUPS HISTCMD HOSTNAME HOSTTYPE IFS LINENO MACHTYPE OPTERR OPTIND OSTYPE PPID PS4 PWD RANDOM SECONDS SHELLOPTS SHLVL SRANDOM UID _'.split(
    ' ',
  );
const SHOPTS =
  'autocd assoc_expand_once cdable_vars cdspell checkhash checkjobs checkwinsize cmdhist compat31 compat32 compat40 compat41 compat42 compat43 compat44 complete_fullquote direxpand dirspell dotglob execfail expand_aliases extdebug extglob extquote failglob force_fignore globasciiranges globskipdots globstar gnu_errfmt histappend histreedit histverify hostcomplete huponexit inherit_errexit interactive_comments lastpipe lithist localvar_inherit localvar_unset login_shell mailwarn no_empty_cmd_completion nocaseglob nocasematch noexpand_translation nullglob patsub_replacement progcomp progcomp_alias promptvars restricted_shell shift_verbose sourcepath varredir_close xpg_echo'.split(
    ' ',
  );
const SETOPTS =
  'allexport braceexpand emacs errexit errtrace functrace hashall histexpand history ignoreeof interactive-comments keyword monitor noclobber noexec noglob nolog notify nounset onecmd physical pipefail posix privileged verbose vi xtrace'.split(
    ' ',
  );
/** complete -D / -E / -I are stored under these names, as bash does. */
const SPECIAL: Record<string, string> = { D: '_DefaultCmD_', E: '_EmptycmD_', I: '_InitialWorD_' };

function signalNames(): string[] {
  const out = ['EXIT'];
  for (let n = 1; n <= 64; n++) {
    if (n === 32 || n === 33) out.push(`SIGJUNK(${n})`);
    else {
      const name = signalName(n);
      out.push(name ? `SIG${name}` : `SIG${n}`);
    }
  }
  return [...out, 'DEBUG', 'ERR', 'RETURN'];
}

function singleQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** bash's hash_string (FNV-1), for the order `complete -p` walks its table in. */
function bucketOf(name: string): number {
  let h = 2166136261;
  for (const b of new TextEncoder().encode(name)) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ b) >>> 0;
  }
  return h & 511;
}

function specs(f: Frame): Map<string, CompSpec> {
  f.state.completions ??= new Map<string, CompSpec>();
  return f.state.completions as Map<string, CompSpec>;
}

/** The names in the order bash lists them: by hash bucket, newest first within one. */
function listed(table: Map<string, CompSpec>): string[] {
  const names = [...table.keys()];
  const order = new Map(names.map((n, i) => [n, i]));
  return names.sort(
    (a, b) => bucketOf(a) - bucketOf(b) || (order.get(b) as number) - (order.get(a) as number),
  );
}

function printSpec(name: string, cs: CompSpec): string {
  let out = 'complete ';
  for (const o of OPTION_NAMES) if (cs.options.has(o)) out += `-o ${o} `;
  for (const [l, a] of LETTER_ACTIONS) if (cs.actions.has(a)) out += `-${l} `;
  for (const a of LONG_ACTIONS) if (cs.actions.has(a)) out += `-A ${a} `;
  if (cs.globpat !== undefined) out += `-G ${singleQuote(cs.globpat)} `;
  if (cs.words !== undefined) out += `-W ${singleQuote(cs.words)} `;
  if (cs.prefix !== undefined) out += `-P ${singleQuote(cs.prefix)} `;
  if (cs.suffix !== undefined) out += `-S ${singleQuote(cs.suffix)} `;
  if (cs.filterpat !== undefined) out += `-X ${singleQuote(cs.filterpat)} `;
  if (cs.command !== undefined) out += `-C ${singleQuote(cs.command)} `;
  if (cs.funcname !== undefined) out += `-F ${cs.funcname} `;
  const special = Object.entries(SPECIAL).find(([, v]) => v === name);
  return `${out}${special ? `-${special[0]}` : name}\n`;
}

interface Parsed {
  cs: CompSpec;
  flags: Set<string>;
  names: string[];
}

/** bash's internal_getopt over complete's/compgen's options; null after printing the complaint. */
function parseArgs(argv: string[], io: IO, f: Frame, prog: 'complete' | 'compgen'): Parsed | number {
  const cs: CompSpec = { options: new Set(), actions: new Set() };
  const flags = new Set<string>();
  const usage = prog === 'complete' ? USAGE : COMPGEN_USAGE;
  const pre = `${errPrefix(f)}${prog}: `;
  const withArg = new Set(['o', 'A', 'G', 'W', 'F', 'C', 'X', 'P', 'S']);
  const plain = new Set([
    ...LETTER_ACTIONS.map(([l]) => l),
    ...(prog === 'complete' ? ['p', 'r', 'D', 'E', 'I'] : []),
  ]);
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let k = 1; k < a.length; k++) {
      const c = a[k] as string;
      if (withArg.has(c)) {
        let v = a.slice(k + 1);
        if (v === '') {
          if (i + 1 >= argv.length) {
            io.err.write(`${pre}-${c}: option requires an argument\n${usage}`);
            return 2;
          }
          v = argv[++i] as string;
        }
        if (c === 'o') {
          if (!OPTION_NAMES.includes(v)) {
            io.err.write(`${pre}${v}: invalid option name\n`);
            return 2;
          }
          cs.options.add(v);
        } else if (c === 'A') {
          if (!ALL_ACTIONS.has(v)) {
            io.err.write(`${pre}${v}: invalid action name\n`);
            return 2;
          }
          cs.actions.add(v);
        } else if (c === 'G') cs.globpat = v;
        else if (c === 'W') cs.words = v;
        else if (c === 'F') cs.funcname = v;
        else if (c === 'C') cs.command = v;
        else if (c === 'X') cs.filterpat = v;
        else if (c === 'P') cs.prefix = v;
        else cs.suffix = v;
        break;
      }
      if (!plain.has(c)) {
        io.err.write(`${pre}-${c}: invalid option\n${usage}`);
        return 2;
      }
      const action = LETTER_ACTIONS.find(([l]) => l === c);
      if (action) cs.actions.add(action[1]);
      else flags.add(c);
    }
  }
  return { cs, flags, names: argv.slice(i) };
}

export const completeBuiltin: Builtin = (argv, io, f) => {
  const r = parseArgs(argv, io, f, 'complete');
  if (typeof r === 'number') return r;
  const table = specs(f);
  const names = [...r.names];
  for (const k of ['D', 'E', 'I']) if (r.flags.has(k)) names.push(SPECIAL[k] as string);
  const specOnly = [...r.flags].filter((x) => x !== 'D' && x !== 'E' && x !== 'I').length === 0;
  if (r.flags.has('p') || (argv.length === 1 && specOnly)) {
    if (names.length === 0) {
      for (const n of listed(table)) io.out.write(printSpec(n, table.get(n) as CompSpec));
      return 0;
    }
    let status = 0;
    for (const n of names) {
      const cs = table.get(n);
      if (cs) io.out.write(printSpec(n, cs));
      else {
        io.err.write(`${errPrefix(f)}complete: ${n}: no completion specification\n`);
        status = 1;
      }
    }
    return status;
  }
  if (r.flags.has('r')) {
    if (names.length === 0) table.clear();
    for (const n of names) table.delete(n);
    return 0;
  }
  if (names.length === 0) {
    io.err.write(USAGE);
    return 2;
  }
  for (const n of names) {
    table.delete(n);
    table.set(n, { ...r.cs, options: new Set(r.cs.options), actions: new Set(r.cs.actions) });
  }
  return 0;
};

/** The -W list as bash sees it: expanded (parameters, command substitution) and split. */
function expandWords(words: string, f: Frame, interp: Interpreter, io: IO): string[] {
  if (!/[$`\\'"]/.test(words)) return words.split(/[ \t\n]+/).filter((w) => w !== '');
  const out = new BufferSink();
  const sub = subshell(f);
  interp.runLine(`printf '%s\\n' ${words}`, sub, { stdin: io.stdin, out, err: io.err });
  const text = out.text;
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

function hostnames(f: Frame): string[] {
  let text = '';
  try {
    text = f.ctx.fs.readFile('/etc/hosts');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const words = line
      .replace(/#.*/, '')
      .split(/[ \t]+/)
      .filter((w) => w !== '');
    // a leading address (starting with a digit) is not a name; '::1' is, to bash
    if (words.length && /^[0-9]/.test(words[0] as string)) words.shift();
    out.push(...words);
  }
  return out;
}

function fileNames(f: Frame, word: string, dirsOnly: boolean): string[] {
  const slash = word.lastIndexOf('/');
  const dir = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = word.slice(slash + 1);
  const fs = f.ctx.fs;
  let entries: string[];
  try {
    entries = fs.readdir(dir === '' ? '.' : dir, f.ctx.cwd);
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.startsWith(base) && (base.startsWith('.') || !e.startsWith('.')))
    .sort()
    .map((e) => `${dir}${e}`)
    .filter((p) => !dirsOnly || fs.isDir(p, f.ctx.cwd));
}

function passwdNames(f: Frame, file: string): string[] {
  try {
    return f.ctx.fs
      .readFile(file)
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(':')[0] as string);
  } catch {
    return [];
  }
}

function variableNames(f: Frame, exportedOnly: boolean): string[] {
  const names = new Set<string>(f.ctx.env.keys());
  if (!exportedOnly) {
    for (const k of f.locals.keys()) names.add(k);
    for (const k of f.arrays?.keys() ?? []) names.add(k);
    for (const k of BASH_VARS) names.add(k);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The candidates one action offers for `word`, in bash's order. */
function actionWords(action: string, word: string, f: Frame, interp: Interpreter): string[] {
  switch (action) {
    case 'alias':
      return [...f.state.aliases.keys()].sort();
    case 'builtin':
    case 'enabled':
      return BASH_BUILTINS;
    case 'disabled':
      return [];
    case 'keyword':
      return KEYWORDS;
    case 'function':
      return [...f.state.functions.keys()].sort();
    case 'variable':
      return variableNames(f, false);
    case 'export':
      return variableNames(f, true);
    case 'arrayvar':
      return [...(f.arrays?.keys() ?? [])].sort();
    case 'command': {
      const out = [
        ...[...f.state.aliases.keys()].sort(),
        ...KEYWORDS,
        ...[...f.state.functions.keys()].sort(),
        ...BASH_BUILTINS,
      ];
      for (const dir of (getVar(f, 'PATH') ?? '').split(':')) out.push(...programsIn(dir, f, interp));
      return out;
    }
    case 'file':
      return fileNames(f, word, false);
    case 'directory':
      return fileNames(f, word, true);
    case 'hostname':
      return hostnames(f);
    case 'user':
      return passwdNames(f, '/etc/passwd');
    case 'group':
      return passwdNames(f, '/etc/group');
    case 'service':
      return [];
    case 'signal':
      return signalNames();
    case 'shopt':
      return SHOPTS;
    case 'setopt':
      return SETOPTS;
    case 'job':
    case 'running':
      return (f.state.jobs ?? []).map((j) => j.cmd.split(/\s+/)[0] as string);
    default:
      return [];
  }
}

/** The programs a PATH directory holds, as the shell would find them there. */
function programsIn(dir: string, f: Frame, interp: Interpreter): string[] {
  if (dir === '') return [];
  const fs = f.ctx.fs;
  const real = (p: string): string | null => {
    try {
      return fs.resolve(p, '/').path;
    } catch {
      return null;
    }
  };
  const here = real(dir);
  if (here === null || !fs.isDir(dir)) return [];
  const names = new Set<string>();
  for (const def of interp.commands.all?.() ?? []) {
    const slash = def.path.lastIndexOf('/');
    if (real(def.path.slice(0, slash) || '/') !== here) continue;
    if (interp.lookup(def.name, f.ctx)) names.add(def.name);
  }
  return [...names].sort();
}

export const compgenBuiltin: Builtin = (argv, io, f, interp) => {
  const r = parseArgs(argv, io, f, 'compgen');
  if (typeof r === 'number') return r;
  if (r.names.length > 1) return 1;
  const word = r.names[0] ?? '';
  const cs = r.cs;
  const pre = errPrefix(f);
  if (cs.funcname !== undefined) {
    io.err.write(`${pre}compgen: warning: -F option may not work as you expect\n`);
    if (!f.state.functions.has(cs.funcname)) {
      io.err.write(`${pre}completion: function \`${cs.funcname}' not found\n`);
      return 1;
    }
  }
  if (cs.command !== undefined)
    io.err.write(`${pre}compgen: warning: -C option may not work as you expect\n`);
  const hasAny = cs.actions.size > 0 || cs.words !== undefined || cs.globpat !== undefined;
  if (!hasAny && cs.funcname === undefined && cs.command === undefined) return 0;
  let out: string[] = [];
  for (const a of [...LETTER_ACTIONS.map(([, x]) => x), ...LONG_ACTIONS]) {
    if (!cs.actions.has(a)) continue;
    const words = actionWords(a, word, f, interp);
    out.push(...(a === 'file' || a === 'directory' ? words : words.filter((w) => w.startsWith(word))));
  }
  if (cs.globpat !== undefined) {
    const re = globToRegExp(cs.globpat);
    out.push(...fileNames(f, '', false).filter((n) => re.test(n)));
  }
  if (cs.words !== undefined)
    out.push(...expandWords(cs.words, f, interp, io).filter((w) => w.startsWith(word)));
  if (cs.filterpat !== undefined) {
    const neg = cs.filterpat.startsWith('!');
    const re = globToRegExp(neg ? cs.filterpat.slice(1) : cs.filterpat);
    out = out.filter((w) => (neg ? re.test(w) : !re.test(w)));
  }
  if (out.length === 0) return 1;
  for (const w of out) io.out.write(`${cs.prefix ?? ''}${w}${cs.suffix ?? ''}\n`);
  return 0;
};
