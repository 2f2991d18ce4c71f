/**
 * `kubectl` v1.32.4: cobra/pflag command dispatch over the command data,
 * help screens, flag errors, required flags, then the verb's handler.
 */
import type { CommandDef, Proc } from '../../shell/types.js';
import { CliError } from '../cli-error.js';
import { childrenOf } from './command-tree.js';
import { findCommand, flagSetFor, unknownCommandText } from './dispatch.js';
import { docFor } from './docs/index.js';
import { HANDLERS } from './handlers.js';
import { renderHelp } from './help.js';
import type { Kctx } from './kctx.js';
import { commandFailed, klogLine } from './klog.js';
import { Flags, parseFlags } from './pflag.js';

/** Group commands whose bare form prints help to stdout (others print to stderr), and their exit status. */
const GROUP_HELP: Record<string, { stream: 'out' | 'err'; exit: number }> = {
  rollout: { stream: 'out', exit: 1 },
  certificate: { stream: 'out', exit: 0 },
};

function helpEnv(p: Proc) {
  return { tty: p.ctx.tty, home: p.ctx.env.get('HOME') ?? '/root' };
}

function runKubectl(p: Proc): number {
  const argv = p.argv.slice(1);
  const found = findCommand(argv);
  const { doc } = found;
  if (found.unknown !== undefined) {
    if (found.unknown === 'help') {
      const at = found.args.indexOf('help');
      return runHelp(p, [...found.args.slice(0, at), ...found.args.slice(at + 1)]);
    }
    const first = argv[0] as string;
    if (first.startsWith('-') && first !== found.unknown) {
      p.err(`Error: flags cannot be placed before plugin name: ${first}\n`);
      return 1;
    }
    p.err(unknownCommandText(found.unknown));
    return 1;
  }
  const parsed = parseFlags(found.args, flagSetFor(doc));
  const where = doc.path === '' ? 'kubectl' : `kubectl ${doc.path}`;
  if (!parsed.ok) {
    p.err(`Error: ${parsed.error}\nSee '${where} --help' for usage.\n`);
    return 1;
  }
  const f = new Flags(parsed.flags);
  if (doc.path === 'options' && f.bool('help')) return 0;
  if (f.bool('help') || (doc.path === '' && f.args.length === 0) || doc.path === 'options') {
    p.out(renderHelp(doc, helpEnv(p)));
    return 0;
  }
  const impl = HANDLERS[doc.path];
  if (!impl) {
    if (childrenOf(doc.path).length > 0) {
      if (f.args.length > 0) {
        p.err(
          `error: unknown command ${JSON.stringify(f.args.join(' '))}\nSee '${where} -h' for help and examples\n`,
        );
        return 1;
      }
      const g = GROUP_HELP[doc.path] ?? { stream: 'err', exit: 1 };
      (g.stream === 'out' ? p.out : p.err).call(p, renderHelp(doc, helpEnv(p)));
      return g.exit;
    }
    p.err(`knetlab: \`kubectl ${doc.path}\` is not modelled in this world\n`);
    return 1;
  }
  const missing = (impl.required ?? []).filter((r) => !f.changed(r));
  if (missing.length) {
    p.err(commandFailed(p.ctx.world, `required flag(s) ${missing.map((m) => `"${m}"`).join(', ')} not set`));
    return 1;
  }
  const k: Kctx = {
    p,
    world: p.ctx.world,
    path: doc.path,
    f,
    args: f.args,
    out: (t) => p.out(t),
    err: (t) => p.err(t),
    home: p.ctx.env.get('HOME') ?? '/root',
  };
  if (f.changed('dry-run') && f.str('dry-run') === 'unchanged')
    p.err(
      klogLine(
        p.ctx.world,
        'W',
        'helpers.go:702',
        '--dry-run is deprecated and can be replaced with --dry-run=client.',
      ),
    );
  return impl.run(k);
}

/** `kubectl help [command...]` */
function runHelp(p: Proc, args: string[]): number {
  const words = args.filter((a) => !a.startsWith('-'));
  const found = findCommand(words);
  if (found.unknown !== undefined || words.length === 0) {
    if (found.unknown === undefined) {
      p.out(renderHelp(found.doc, helpEnv(p)));
      return 0;
    }
    const root = docFor('');
    if (root)
      p.out(
        `Unknown help topic [\`${found.unknown}\`]\n${renderHelp({ ...root, long: '' }, helpEnv(p)).replace(/^\n*/, '\n\n')}`,
      );
    return 0;
  }
  p.out(renderHelp(found.doc, helpEnv(p)));
  return 0;
}

export const KUBECTL_COMMAND: CommandDef = {
  name: 'kubectl',
  path: '/usr/bin/kubectl',
  summary: 'Kubernetes command-line client',
  run: (p) => {
    try {
      return runKubectl(p);
    } catch (e) {
      if (e instanceof CliError) {
        if (e.stdout) p.out(e.stdout);
        p.err(e.stderr);
        return e.exit;
      }
      throw e;
    }
  },
};
