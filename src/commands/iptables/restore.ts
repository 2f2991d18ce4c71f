/** `iptables-restore` / `ip6tables-restore`: read rules from stdin or a file and apply them. */
import { restoreRules } from '../../engines/netfilter/restore.js';
import type { Proc } from '../../shell/types.js';
import { getopt } from '../getopt.js';
import { namesFor, stateNs, toolFor } from './common.js';

function usage(prog: string): string {
  return (
    `Usage: ${prog} [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]\n` +
    '\t   [ --counters ]\n' +
    '\t   [ --verbose ]\n' +
    '\t   [ --version]\n' +
    '\t   [ --test ]\n' +
    '\t   [ --help ]\n' +
    '\t   [ --noflush ]\n' +
    '\t   [ --table=<TABLE> ]\n' +
    '\t   [ --modprobe=<command> ]\n' +
    '\t   [ --ipv4 ]\n' +
    '\t   [ --ipv6 ]\n'
  );
}

const OPTS = [
  { key: 'c', short: 'c', long: 'counters' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 't', short: 't', long: 'test' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'n', short: 'n', long: 'noflush' },
  { key: 'T', short: 'T', long: 'table', arg: 'required' as const },
  { key: 'M', short: 'M', long: 'modprobe', arg: 'required' as const },
  { key: 'w', short: 'w', long: 'wait', arg: 'optional' as const },
  { key: 'W', short: 'W', long: 'wait-interval', arg: 'optional' as const },
  { key: '4', short: '4', long: 'ipv4' },
  { key: '6', short: '6', long: 'ipv6' },
];

export function runIptablesRestore(p: Proc): number {
  const name = (p.argv[0] ?? 'iptables-restore').replace(/^.*\//, '');
  const tool = toolFor(p, name);
  const prog = `${tool.prog}-restore`;
  const g = getopt(prog, p.argv.slice(1), OPTS);
  if (!g.ok) {
    p.err(`${g.error}\nTry \`${prog} -h' for more information.\n`);
    return 1;
  }
  const o = { counters: false, test: false, noflush: false, table: undefined as string | undefined };
  for (const opt of g.opts) {
    if (opt.key === 'c') o.counters = true;
    else if (opt.key === 't') o.test = true;
    else if (opt.key === 'n') o.noflush = true;
    else if (opt.key === 'T') o.table = opt.value;
    else if (opt.key === 'h') {
      p.out(usage(prog));
      return 0;
    } else if (opt.key === 'V') {
      p.out(`${prog} v${tool.version} (${tool.backend === 'legacy' ? 'legacy' : 'nf_tables'})\n`);
      return 0;
    }
  }
  if (g.operands.length > 1) {
    p.err('Unknown arguments found on commandline\n');
    return 1;
  }
  let text = p.stdin;
  const file = g.operands[0];
  if (file !== undefined) {
    try {
      text = p.ctx.fs.readFile(file, p.ctx.cwd);
    } catch {
      p.err(`Can't open ${file}: No such file or directory\n`);
      return 1;
    }
  }
  const r = restoreRules(stateNs(p.ctx.ns, tool, p.ctx.world.profile.iptablesBackend), text, {
    ...o,
    ...(o.table !== undefined ? { table: o.table } : {}),
    backend: tool.backend,
    names: namesFor(p),
    prog,
    version: tool.version,
  });
  if (r.stderr) p.err(r.stderr);
  return r.exit;
}
