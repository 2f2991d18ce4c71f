/** `docker exec`: a command in a running container's namespaces and filesystem. */

import type { DockerContainer, DockerEngine } from '../../engines/docker/state.js';
import { findContainer } from '../../engines/docker/state.js';
import { imageSpec } from '../../kube/images.js';
import { procfs, sysfsNet } from '../../model/procfs.js';
import { FsView } from '../../model/vfs.js';
import { getHost } from '../../model/world.js';
import type { ExecContext, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { type FlagDef, flagValue, parseFlags } from './flags.js';

const EXEC_FLAGS: FlagDef[] = [
  { long: 'interactive', short: 'i' },
  { long: 'tty', short: 't' },
  { long: 'detach', short: 'd' },
  { long: 'env', short: 'e', value: true },
  { long: 'user', short: 'u', value: true },
  { long: 'workdir', short: 'w', value: true },
  { long: 'privileged' },
];

const EXEC_USAGE = { path: 'docker exec', usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]' };

export function dockerExec(p: Proc, e: DockerEngine, argv: string[]): number {
  const parsed = parseFlags(argv, EXEC_FLAGS, EXEC_USAGE, false);
  if (parsed.args.length < 2)
    return fail(
      `docker: 'docker exec' requires at least 2 arguments\n\nUsage:  ${EXEC_USAGE.usage}\n\nSee 'docker exec --help' for more information\n`,
      1,
    );
  const [ref = '', ...command] = parsed.args;
  const c = findContainer(e, ref);
  if (!c) return fail(`Error response from daemon: No such container: ${ref}\n`, 1);
  const target = containerContext(p.ctx.world, e, c);
  if (!target) return fail(`Error response from daemon: container ${c.id} is not running\n`, 1);
  const env = new Map(target.env);
  for (const kv of parsed.flags.get('env') ?? []) {
    const i = kv.indexOf('=');
    if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1));
  }
  const wd = flagValue(parsed, 'workdir');
  const over = { ...target, env, ...(wd ? { cwd: wd } : {}) };
  const prog = command[0] as string;
  if (!p.which(prog, over)) {
    p.out(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${prog}": executable file not found in $PATH: unknown\n`,
    );
    return 126;
  }
  return p.spawn(command, over, parsed.flags.has('interactive') ? p.stdin : '');
}

/** The context a container's processes run in (its netns, its filesystem, its userland). */
export function containerContext(
  world: import('../../model/types.js').World,
  e: DockerEngine,
  c: DockerContainer,
): Partial<ExecContext> | null {
  if (c.status !== 'running' || c.netns === undefined) return null;
  const ns = world.netns.get(c.netns);
  if (!ns) return null;
  const host = getHost(world, e.host);
  const img = imageSpec(c.image);
  const fs = new FsView(c.fs, [
    { at: '/proc', provider: procfs(world, ns, host) },
    { at: '/sys/class/net', provider: sysfsNet(world, ns) },
  ]);
  const hostname = c.networkMode === 'host' ? host.name : c.hostname;
  return {
    host,
    ns,
    fs,
    env: new Map([
      ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      ['HOSTNAME', hostname],
      ['HOME', '/root'],
    ]),
    cwd: '/',
    userland: {
      flavour: img.userland === 'busybox' ? 'busybox' : 'gnu',
      ...(img.commands ? { commands: new Set(img.commands) } : {}),
      image: c.image,
    },
    place: `container ${c.name}`,
    hostname,
  };
}
