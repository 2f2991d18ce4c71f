/** awk: a gawk-compatible interpreter over the process's files and stdin. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { Program } from './awk-ast.js';
import { ExitSignal, Interp, NEXT, NEXTFILE } from './awk-interp.js';
import { AwkSyntaxError, unescapeAwk } from './awk-lexer.js';
import { parseAwk } from './awk-parser.js';
import { AwkFatal, FormatRanOut, toBool } from './awk-values.js';

export const AWK_USAGE =
  "Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] 'program' file ...\nPOSIX options:\t\tGNU long options: (standard)\n\t-f progfile\t\t--file=progfile\n\t-F fs\t\t\t--field-separator=fs\n\t-v var=val\t\t--assign=var=val\nShort options:\t\tGNU long options: (extensions)\n\t-b\t\t\t--characters-as-bytes\n\t-c\t\t\t--traditional\n\t-C\t\t\t--copyright\n\t-d[file]\t\t--dump-variables[=file]\n\t-D[file]\t\t--debug[=file]\n\t-e 'program-text'\t--source='program-text'\n\t-E file\t\t\t--exec=file\n\t-g\t\t\t--gen-pot\n\t-h\t\t\t--help\n\t-i includefile\t\t--include=includefile\n\t-I\t\t\t--trace\n\t-l library\t\t--load=library\n\t-L[fatal|invalid|no-ext]\t--lint[=fatal|invalid|no-ext]\n\t-M\t\t\t--bignum\n\t-N\t\t\t--use-lc-numeric\n\t-n\t\t\t--non-decimal-data\n\t-o[file]\t\t--pretty-print[=file]\n\t-O\t\t\t--optimize\n\t-p[file]\t\t--profile[=file]\n\t-P\t\t\t--posix\n\t-r\t\t\t--re-interval\n\t-s\t\t\t--no-optimize\n\t-S\t\t\t--sandbox\n\t-t\t\t\t--lint-old\n\t-V\t\t\t--version\n\nTo report bugs, use the `gawkbug' program.\nFor full instructions, see the node `Bugs' in `gawk.info'\nwhich is section `Reporting Problems and Bugs' in the\nprinted version.  This same information may be found at\nhttps://www.gnu.org/software/gawk/manual/html_node/Bugs.html.\nPLEASE do NOT try to report bugs by posting in comp.lang.awk,\nor by using a web forum such as Stack Overflow.\n\ngawk is a pattern scanning and processing language.\nBy default it reads standard input and writes standard output.\n\nExamples:\n\tawk '{ sum += $1 }; END { print sum }' file\n\tawk -F: '{ print $1 }' /etc/passwd\n";

interface Options {
  fs: string | null;
  assigns: [string, string][];
  progFiles: string[];
  rest: string[];
}

/** gawk's own option parsing (its messages differ from glibc's). */
function parseArgs(p: Proc): Options | number {
  const args = p.argv.slice(1);
  const o: Options = { fs: null, assigns: [], progFiles: [], rest: [] };
  let i = 0;
  const need = (flag: string): string | null => {
    const v = args[i + 1];
    if (v === undefined) {
      p.err(`awk: option requires an argument -- ${flag}\n${AWK_USAGE}`);
      return null;
    }
    i++;
    return v;
  };
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    let m: RegExpExecArray | null;
    if ((m = /^--(field-separator|assign|file)(?:=(.*))?$/.exec(a))) {
      let v = m[2];
      if (v === undefined) {
        const next = args[i + 1];
        if (next === undefined) {
          p.err(`awk: option '--${m[1]}' requires an argument\n${AWK_USAGE}`);
          return 1;
        }
        v = next;
        i++;
      }
      if (m[1] === 'field-separator') o.fs = v;
      else if (m[1] === 'file') o.progFiles.push(v);
      else if (!addAssign(p, o, v)) return 1;
      continue;
    }
    if (a === '--version' || a === '-V') {
      p.out('GNU Awk 5.2.1, API 3.2, PMA Avon 8-g1, (GNU MPFR 4.2.0, GNU MP 6.2.1)\n');
      return 0;
    }
    if (a === '--help' || a === '-h') {
      p.out(AWK_USAGE);
      return 0;
    }
    const flag = a[1] as string;
    if (flag === 'F' || flag === 'v' || flag === 'f') {
      const v = a.length > 2 ? a.slice(2) : need(flag);
      if (v === null) return 1;
      if (flag === 'F') o.fs = v;
      else if (flag === 'f') o.progFiles.push(v);
      else if (!addAssign(p, o, v)) return 1;
      continue;
    }
    p.err(AWK_USAGE);
    return 1;
  }
  o.rest = args.slice(i);
  return o;
}

function addAssign(p: Proc, o: Options, v: string): boolean {
  const eq = v.indexOf('=');
  if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.slice(0, eq))) {
    p.err(`awk: \`${v}' argument to \`-v' not in \`var=value' form\n\n${AWK_USAGE}`);
    return false;
  }
  o.assigns.push([v.slice(0, eq), v.slice(eq + 1)]);
  return true;
}

function syntaxError(p: Proc, src: string, e: AwkSyntaxError, eofLine: boolean): void {
  const lines = src.split('\n');
  const shown = lines[e.line - 1] ?? '';
  const label = eofLine ? e.line + 1 : e.line;
  p.err(`awk: cmd. line:${label}: ${shown}\nawk: cmd. line:${label}: ${' '.repeat(e.col)}^ ${e.msg}\n`);
}

function runProgram(ip: Interp, prog: Program): void {
  try {
    for (const b of prog.begin) for (const s of b) ip.exec(s);
    if (prog.rules.length > 0 || prog.end.length > 0) mainLoop(ip, prog);
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
    ip.exitCode = e.code;
  }
  ip.inMain = false;
  try {
    for (const b of prog.end) for (const s of b) ip.exec(s);
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
    ip.exitCode = e.code;
  }
}

function mainLoop(ip: Interp, prog: Program): void {
  const inRange = prog.rules.map(() => false);
  ip.inMain = true;
  for (;;) {
    const rec = ip.nextMainRecord();
    if (rec === null) break;
    ip.bumpNR();
    ip.setRecord(rec);
    try {
      prog.rules.forEach((r, i) => {
        let hit: boolean;
        if (r.range) {
          if (inRange[i]) {
            hit = true;
            if (toBool(ip.evalExpr(r.range[1]))) inRange[i] = false;
          } else if (toBool(ip.evalExpr(r.range[0]))) {
            hit = true;
            inRange[i] = !toBool(ip.evalExpr(r.range[1]));
          } else hit = false;
        } else hit = r.pattern === null || toBool(ip.evalExpr(r.pattern));
        if (!hit) return;
        if (r.body === null) ip.exec({ t: 'print', args: [], redir: null });
        else for (const s of r.body) ip.exec(s);
      });
    } catch (e) {
      if (e === NEXTFILE) ip.skipFile();
      else if (e !== NEXT) throw e;
    }
  }
}

function awk(p: Proc): number {
  const o = parseArgs(p);
  if (typeof o === 'number') return o;
  let src: string;
  let operands: string[];
  if (o.progFiles.length) {
    const parts: string[] = [];
    for (const f of o.progFiles) {
      try {
        parts.push(f === '-' || f === '/dev/stdin' ? p.stdin : p.ctx.fs.readFile(f, p.ctx.cwd));
      } catch {
        p.err(`awk: fatal: cannot open source file \`${f}' for reading: No such file or directory\n`);
        return 2;
      }
    }
    src = parts.join('\n');
    operands = o.rest;
  } else {
    if (o.rest.length === 0) {
      p.err(AWK_USAGE);
      return 1;
    }
    src = o.rest[0] as string;
    operands = o.rest.slice(1);
  }
  let prog: Program;
  try {
    prog = parseAwk(src);
  } catch (e) {
    if (e instanceof AwkSyntaxError && e.col < 0) {
      p.err(`awk: cmd. line:${e.line}: error: ${e.msg}\n`);
      return 1;
    }
    if (e instanceof AwkSyntaxError) {
      const lines = src.split('\n');
      const isNl = e.msg.startsWith('unexpected newline') && e.line < lines.length;
      syntaxError(p, src, e, isNl);
      return 1;
    }
    throw e;
  }
  const ip = new Interp(prog, p, operands);
  if (o.fs !== null) ip.setVar('FS', o.fs === 't' ? 't' : unescapeAwk(o.fs));
  for (const [k, v] of o.assigns) ip.setVar(k, unescapeAwk(v));
  try {
    runProgram(ip, prog);
  } catch (e) {
    ip.streams.closeAll();
    if (e instanceof FormatRanOut) {
      p.err(
        `awk: cmd. line:1: fatal: not enough arguments to satisfy format string\n\t\`${e.fmt}'\n\t${' '.repeat(e.at + 1)}^ ran out for this one\n`,
      );
      return 2;
    }
    if (e instanceof AwkFatal) {
      if (e.noLoc) p.err(`awk: fatal: ${e.message}\n`);
      else {
        const where = ip.inMain ? `(FILENAME=${ip.str('FILENAME') || '-'} FNR=${ip.str('FNR')}) ` : '';
        p.err(`awk: cmd. line:1: ${where}fatal: ${e.message}\n`);
      }
      return 2;
    }
    throw e;
  }
  ip.streams.closeAll();
  return ip.exitCode;
}

export const AWK: CommandDef = {
  name: 'awk',
  path: '/usr/bin/awk',
  run: awk,
  summary: 'pattern scanning and processing language',
};
export const GAWK: CommandDef = {
  name: 'gawk',
  path: '/usr/bin/gawk',
  run: awk,
  summary: 'pattern scanning and processing language',
};
