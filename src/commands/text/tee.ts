/** tee: copy stdin to stdout and to files (-a appends). */
import type { CommandDef, Proc } from '../../shell/types.js';
import { parseOpts, quoteIfNeeded, tryFs } from './common.js';

function tee(p: Proc): number {
  const r = parseOpts(
    p,
    'tee',
    [
      { key: 'a', short: 'a', long: 'append' },
      { key: 'i', short: 'i', long: 'ignore-interrupts' },
      { key: 'p', short: 'p' },
      { key: 'output-error', long: 'output-error', arg: 'optional' },
    ],
    1,
  );
  if (typeof r === 'number') return r;
  const append = r.opts.some((o) => o.key === 'a');
  let status = 0;
  for (const f of r.operands) {
    if (f === '/dev/stdout' || f === '/dev/stderr') {
      if (f === '/dev/stdout') p.out(p.stdin);
      else p.err(p.stdin);
      continue;
    }
    const err = tryFs(() => p.ctx.fs.writeFile(f, p.stdin, p.ctx.cwd, append));
    if (err) {
      p.err(`tee: ${quoteIfNeeded(f)}: ${err.text}\n`);
      status = 1;
    }
  }
  p.out(p.stdin);
  return status;
}

export const TEE: CommandDef = {
  name: 'tee',
  path: '/usr/bin/tee',
  run: tee,
  summary: 'read from standard input and write to standard output and files',
};
