/**
 * `trace [--from NS|HOST|CONTAINER] [--format text|json] COMMAND...`: runs
 * the command, prints what it printed, then every packet it sent: where,
 * which route, each netfilter rule that decided, NAT and conntrack, veth
 * and bridge crossings, ARP, and how it ended, in plain words.
 */
import { dockerOf, findContainer } from '../../engines/docker/state.js';
import { netnsByName } from '../../model/world.js';
import { hostContext, netnsExecContext } from '../../shell/context.js';
import type { CommandDef, ExecContext, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { containerContext } from '../docker/exec.js';
import { recordPackets, renderRecord } from './record.js';

const USAGE = `Usage: trace [--from NETNS|HOST|CONTAINER] [--format text|json] COMMAND [ARG...]

Run COMMAND and explain every packet it sent: the namespace and device,
the route chosen, each netfilter hook, rule and verdict, NAT and conntrack,
veth and bridge crossings, ARP, and where the packet ended.

  --from NAME      run COMMAND in a named network namespace of this host,
                   on another host, or in a Docker container
  --format json    print the command's output and the record as JSON
`;

/** Where --from NAME points: a netns of this host, a host, or a container of this host's Docker. */
function placeOf(p: Proc, name: string): Partial<ExecContext> | string {
  const ctx = p.ctx;
  const ns = netnsByName(ctx.world, ctx.host, name);
  if (ns) return { ...netnsExecContext(ctx, ns, name).over, place: `${ctx.place} netns ${name}` };
  const host = ctx.world.hosts.get(name);
  if (host && !host.hidden) {
    const h = hostContext(ctx.world, name);
    return { host: h.host, ns: h.ns, fs: h.fs, env: h.env, cwd: h.cwd, place: h.place, userland: h.userland };
  }
  const e = dockerOf(ctx.world, ctx.host.name);
  const c = e ? findContainer(e, name) : undefined;
  if (e && c) {
    const over = containerContext(ctx.world, e, c);
    if (over) return over;
    return `trace: container ${name} is not running\n`;
  }
  return `trace: ${name}: no such network namespace, host or container\n`;
}

function shellQuote(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

function runTrace(p: Proc): number {
  const args = p.argv.slice(1);
  let format = 'text';
  let from: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-h' || a === '--help') {
      p.out(USAGE);
      return 0;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (name === '--format' || name === '--from') {
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined) return fail(`trace: option '${name}' requires an argument\n${USAGE}`, 2);
      if (name === '--format') format = v;
      else from = v;
      continue;
    }
    if (a.startsWith('-')) return fail(`trace: unknown option '${a}'\n${USAGE}`, 2);
    break;
  }
  const command = args.slice(i);
  if (!command.length) return fail(`trace: missing command\n${USAGE}`, 2);
  if (format !== 'text' && format !== 'json')
    return fail(`trace: unknown format '${format}' (text or json)\n`, 2);
  let over: Partial<ExecContext> = {};
  if (from !== undefined) {
    const place = placeOf(p, from);
    if (typeof place === 'string') return fail(place, 1);
    over = place;
  }
  const world = p.ctx.world;
  if (format === 'text') {
    const { value: code, packets } = recordPackets(world, () => p.spawn(command, over, p.stdin));
    p.out(renderRecord(packets));
    return code;
  }
  const line = command.map(shellQuote).join(' ');
  const { value: r, packets } = recordPackets(world, () => p.capture(line, over, p.stdin));
  p.out(
    `${JSON.stringify(
      { command, from: from ?? null, exit: r.exit, stdout: r.stdout, stderr: r.stderr, packets },
      null,
      2,
    )}\n`,
  );
  return r.exit;
}

export const TRACE_COMMAND: CommandDef = {
  name: 'trace',
  path: '/usr/local/bin/trace',
  summary: 'run a command and explain the path of every packet it sent',
  run: runTrace,
};
