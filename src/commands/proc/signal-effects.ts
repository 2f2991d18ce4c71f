/**
 * What a signal does to a process of the world.
 *
 * - A container's main process is PID 1 of its PID namespace: from the node,
 *   SIGKILL always ends it (exit 137) and other signals only act when the
 *   program handles them (servers shut down cleanly on TERM/INT/QUIT, exit
 *   0; nginx and CoreDNS reload on HUP); `sleep` or a shell loop ignores
 *   them. From inside the container even SIGKILL is ignored by PID 1. The
 *   container exits through kubelet's crashContainer and kubelet restarts it
 *   with back-off.
 * - The pause process exits on TERM/INT (it handles them) or KILL: the pod
 *   sandbox is gone and kubelet makes a new one (killSandbox).
 * - A daemon run by systemd (kubelet, containerd, systemd-resolved, sshd)
 *   ends and systemd restarts it after RestartSec (node-services).
 * - init (PID 1) ignores everything; the interactive login shell ignores
 *   TERM/INT/QUIT and ends the session on HUP/KILL.
 * - Anything else ends when the signal's default action terminates it.
 */
import { clusterOf } from '../../kube/cluster.js';
import { crashContainer, killSandbox } from '../../kube/controllers/kubelet.js';
import { unitOfPid, unitProcessKilled } from '../../kube/node-services.js';
import { kubeOf } from '../../kube/store.js';
import { signalName, terminates } from '../../model/signals.js';
import { liveProcesses } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { commOf, containerIndex, LOGIN_SHELL_PID, podOfContext } from './procs.js';

export type SignalResult = 'ok' | 'ESRCH' | 'EPERM';

/** Servers that shut down cleanly on TERM/INT/QUIT. */
const GRACEFUL = new Set([
  'nginx',
  'httpd',
  'coredns',
  'etcd',
  'kube-apiserver',
  'kube-controller',
  'kube-scheduler',
  'kube-proxy',
  'flanneld',
  'redis-server',
  'mysqld',
  'postgres',
  'python3',
  'weaver',
]);
const RELOAD_ON_HUP = new Set(['nginx', 'httpd', 'coredns']);
/** Daemons that exit cleanly on TERM (systemd: "Deactivated successfully"). */
const CLEAN_ON_TERM = new Set(['containerd', 'systemd-resolve', 'sshd']);

function containerExit(comm: string, sig: number, fromInside: boolean): number | null {
  if (sig === 0) return null;
  if (sig === 9 || sig === 19) return fromInside || sig === 19 ? null : 137;
  if (GRACEFUL.has(comm)) {
    if (sig === 15 || sig === 2 || sig === 3) return 0;
    return null;
  }
  return null;
}

/** Send `sig` to `pid` as seen from the program's context. */
export function sendSignal(p: Proc, pid: number, sig: number): SignalResult {
  const ctx = p.ctx;
  const world = ctx.world;
  const host = ctx.host;
  const store = kubeOf(world);
  const pod = podOfContext(ctx);
  if (pod) {
    if (pid !== 1 || !pod.c.running) return 'ESRCH';
    const main = liveProcesses(world, host).find((x) => x.pid === pod.c.pid);
    if (!main) return 'ESRCH';
    const comm = commOf(main.command);
    if (sig === 1 && RELOAD_ON_HUP.has(comm)) return 'ok';
    const code = containerExit(comm, sig, true);
    if (code !== null && store) crashContainer(store, pod.sb.podUid, pod.c.name, code, []);
    return 'ok';
  }
  if (pid === LOGIN_SHELL_PID || pid === 4231) {
    if (sig === 9 || sig === 1 || (pid === 4231 && sig === 15)) p.shellState.exitRequested = 128 + sig;
    return 'ok';
  }
  const proc = liveProcesses(world, host).find((x) => x.pid === pid);
  if (!proc) return 'ESRCH';
  if (host.user !== 'root' && proc.user !== host.user) return 'EPERM';
  if (sig === 0 || pid === 1) return 'ok';
  const comm = commOf(proc.command);
  const main = containerIndex(world, host.name).get(pid);
  if (main) {
    if (sig === 1 && RELOAD_ON_HUP.has(comm)) return 'ok';
    const code = containerExit(comm, sig, false);
    if (code !== null && store) crashContainer(store, main.sb.podUid, main.c.name, code, []);
    return 'ok';
  }
  const sandbox = [...(clusterOf(world)?.sandboxes.values() ?? [])].find(
    (sb) => sb.node === host.name && sb.pausePid === pid,
  );
  if (sandbox) {
    if ((sig === 9 || sig === 15 || sig === 2) && store) killSandbox(store, sandbox.podUid);
    return 'ok';
  }
  const unit = unitOfPid(world, host.name, pid);
  if (unit) {
    if (sig === 1 && comm !== 'kubelet') return 'ok';
    if (!terminates(sig)) return 'ok';
    unitProcessKilled(
      world,
      host.name,
      unit,
      signalName(sig) ?? String(sig),
      sig === 15 && CLEAN_ON_TERM.has(comm),
    );
    return 'ok';
  }
  if (comm === 'containerd-shim') {
    if (sig === 9) {
      const sb = [...(clusterOf(world)?.sandboxes.values() ?? [])].find(
        (s) => s.node === host.name && s.shimPid === pid,
      );
      if (sb && store) killSandbox(store, sb.podUid);
      else host.processes = host.processes.filter((x) => x.pid !== pid);
    }
    return 'ok';
  }
  if (terminates(sig)) {
    host.processes = host.processes.filter((x) => x.pid !== pid);
    for (const ns of world.netns.values())
      if (ns.host === host.name) ns.sockets = ns.sockets.filter((s) => s.pid !== pid);
  }
  return 'ok';
}
