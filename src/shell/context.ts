/**
 * Building the place a process runs in: a host's filesystem with /proc,
 * /sys/class/net and /run/netns for its network namespace, and what
 * `ip netns exec` adds (the /etc/netns/NAME bind mounts).
 */
import { procfs, runNetns, sysfsNet } from '../model/procfs.js';
import type { Host, Netns, World } from '../model/types.js';
import { FsView } from '../model/vfs.js';
import { getHost, getNetns } from '../model/world.js';
import type { ExecContext, Userland } from './types.js';

export const GNU_USERLAND: Userland = { flavour: 'gnu' };

export function defaultEnv(host: Host): Map<string, string> {
  const home = host.user === 'root' ? '/root' : `/home/${host.user}`;
  return new Map([
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['HOME', home],
    ['USER', host.user],
    ['LOGNAME', host.user],
    ['SHELL', '/bin/bash'],
    ['TERM', 'xterm'],
    ['LANG', 'C.UTF-8'],
    ['TZ', 'UTC'],
    ['HOSTNAME', host.name],
    ['PWD', home],
  ]);
}

/** The filesystem as a process in `ns` on `host` sees it. */
export function viewFor(world: World, host: Host, ns: Netns, binds?: ReadonlyMap<string, string>): FsView {
  return new FsView(
    host.fs,
    [
      { at: '/proc', provider: procfs(world, ns, host) },
      { at: '/sys/class/net', provider: sysfsNet(world, ns) },
      { at: '/run/netns', provider: runNetns(host) },
    ],
    binds ?? new Map(),
  );
}

export function hostContext(world: World, hostName: string, tty: ExecContext['tty'] = null): ExecContext {
  const host = getHost(world, hostName);
  const ns = getNetns(world, host.rootNetns);
  const env = defaultEnv(host);
  return {
    world,
    host,
    ns,
    fs: viewFor(world, host, ns),
    env,
    cwd: env.get('HOME') ?? '/root',
    tty,
    userland: GNU_USERLAND,
    place: host.name,
  };
}

/**
 * What `ip netns exec NAME` changes: the network namespace, /proc and /sys
 * for it, and every file of /etc/netns/NAME bind-mounted over /etc.
 * Returns the warnings iproute2 prints for files it cannot bind.
 */
export function netnsExecContext(
  ctx: ExecContext,
  ns: Netns,
  name: string,
): { over: Partial<ExecContext>; warnings: string[] } {
  const binds = new Map<string, string>();
  const warnings: string[] = [];
  const dir = `/etc/netns/${name}`;
  const base = viewFor(ctx.world, ctx.host, ns);
  if (base.isDir(dir)) {
    for (const entry of base.readdir(dir)) {
      const target = `/etc/${entry}`;
      if (!base.exists(target)) {
        warnings.push(`Bind ${dir}/${entry} -> ${target} failed: No such file or directory\n`);
        continue;
      }
      binds.set(target, `${dir}/${entry}`);
    }
  }
  return { over: { ns, fs: viewFor(ctx.world, ctx.host, ns, binds) }, warnings };
}
