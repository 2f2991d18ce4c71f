/** sed: GNU sed 4.9 over the process's files (-n -e -f -E/-r -i -s), with the classic command set. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { getopt, posixlyCorrect } from '../getopt.js';
import { readInput } from './common.js';
import { type Cmd, type CompileState, compileScript, SedError } from './sed-parse.js';
import { SedRun } from './sed-run.js';
import { SED_HELP, SED_USAGE } from './sed-usage.js';

const DEFS: OptDef[] = [
  { key: 'n', short: 'n', long: ['quiet', 'silent'] },
  { key: 'debug', long: 'debug' },
  { key: 'e', short: 'e', long: 'expression', arg: 'required' },
  { key: 'f', short: 'f', long: 'file', arg: 'required' },
  { key: 'follow-symlinks', long: 'follow-symlinks' },
  { key: 'i', short: 'i', long: 'in-place', arg: 'optional' },
  { key: 'l', short: 'l', long: 'line-length', arg: 'required' },
  { key: 'posix', long: 'posix' },
  { key: 'E', short: 'E', long: 'regexp-extended' },
  { key: 'E', short: 'r' },
  { key: 's', short: 's', long: 'separate' },
  { key: 'sandbox', long: 'sandbox' },
  { key: 'u', short: 'u', long: 'unbuffered' },
  { key: 'z', short: 'z', long: 'null-data' },
  { key: 'help', long: 'help' },
  { key: 'version', long: 'version' },
];

function sed(p: Proc): number {
  const r = getopt('sed', p.argv.slice(1), DEFS, { posix: posixlyCorrect(p.ctx.env) });
  if (!r.ok) {
    p.err(`${r.error}\n${SED_USAGE}`);
    return 1;
  }
  let quiet = false;
  let extended = false;
  let separate = false;
  let inPlace: string | null = null;
  let lineLen = 70;
  let nul = false;
  const scripts: { src: string; where: (n: number) => string }[] = [];
  let exprNo = 0;
  for (const o of r.opts) {
    const v = o.value ?? '';
    if (o.key === 'n') quiet = true;
    else if (o.key === 'E') extended = true;
    else if (o.key === 's') separate = true;
    else if (o.key === 'i') {
      inPlace = v;
      separate = true;
    } else if (o.key === 'z') nul = true;
    else if (o.key === 'l') lineLen = Number(v) || 70;
    else if (o.key === 'e') {
      const n = ++exprNo;
      scripts.push({ src: v, where: () => `-e expression #${n}` });
    } else if (o.key === 'f') {
      const got = readInput(p, v);
      if (!got.ok) {
        p.err(`sed: couldn't open file ${v}: ${got.text}\n`);
        return 4;
      }
      const src = got.data.endsWith('\n') ? got.data.slice(0, -1) : got.data;
      scripts.push({ src, where: () => `file ${v} line 1` });
    } else if (o.key === 'help') {
      p.out(SED_HELP);
      return 0;
    } else if (o.key === 'version') {
      p.out('sed (GNU sed) 4.9\n');
      return 0;
    }
  }
  const operands = [...r.operands];
  if (scripts.length === 0) {
    const first = operands.shift();
    if (first === undefined) {
      p.err(SED_USAGE);
      return 1;
    }
    scripts.push({ src: first, where: () => '-e expression #1' });
  }
  const st: CompileState = { cmds: [], blocks: [], extended, where: '' };
  try {
    for (const s of scripts) {
      st.where = s.where(0);
      compileScript(s.src, st);
    }
    if (st.blocks.length > 0) throw new SedError(`sed: ${st.where}, char 0: unmatched \`{'`);
    checkLabels(st.cmds);
  } catch (e) {
    if (e instanceof SedError) {
      p.err(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  const files = operands.length ? operands : ['-'];
  const run = new SedRun(p, st.cmds, { quiet, lineLen, sep: nul ? '\0' : '\n' });
  if (inPlace !== null) return run.inPlace(files, inPlace);
  return run.streams(files, separate);
}

function checkLabels(cmds: Cmd[]): void {
  const labels = new Set(cmds.filter((c) => c.name === ':').map((c) => c.label));
  for (const c of cmds) {
    if ((c.name === 'b' || c.name === 't' || c.name === 'T') && c.label && !labels.has(c.label)) {
      throw new SedError(`sed: can't find label for jump to \`${c.label}'`, 4);
    }
  }
}

export const SED: CommandDef = {
  name: 'sed',
  path: '/usr/bin/sed',
  run: sed,
  summary: 'stream editor for filtering and transforming text',
};
