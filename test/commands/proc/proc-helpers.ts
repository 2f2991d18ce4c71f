/** Worlds and helpers for the process and runtime tool tests. */
import { buildClusterWorld } from '../../../src/kube/build/cluster-world.js';
import { type ContainerState, clusterOf, type Sandbox } from '../../../src/kube/cluster.js';
import type { Host, Process } from '../../../src/model/types.js';
import { Session } from '../../../src/session.js';
import { type Ran, run } from '../../helpers.js';

export { type Ran, run };

/** The default kubeadm world (controlplane + node01), 17 minutes after `kubeadm init`. */
export function cluster(opts: { tty?: number } = {}): Session {
  return new Session(buildClusterWorld(), {
    mode: 'script',
    ...(opts.tty ? { tty: { cols: opts.tty, rows: 40 } } : {}),
  });
}

export function host(s: Session, name: string): Host {
  const h = s.world.hosts.get(name);
  if (!h) throw new Error(`no host ${name}`);
  return h;
}

/** The (first) process of a host whose command line matches. */
export function proc(s: Session, hostName: string, re: RegExp): Process {
  const p = host(s, hostName).processes.find((x) => re.test(x.command));
  if (!p) throw new Error(`no process ${re} on ${hostName}`);
  return p;
}

/** The sandbox of the pod whose name starts with `prefix`. */
export function sandbox(s: Session, prefix: string, node?: string): Sandbox {
  const sb = [...(clusterOf(s.world)?.sandboxes.values() ?? [])].find(
    (x) => x.name.startsWith(prefix) && (node === undefined || x.node === node),
  );
  if (!sb) throw new Error(`no sandbox ${prefix}`);
  return sb;
}

export function container(s: Session, podPrefix: string, name?: string, node?: string): ContainerState {
  const sb = sandbox(s, podPrefix, node);
  const c = name ? sb.containers.get(name) : [...sb.containers.values()][0];
  if (!c) throw new Error(`no container in ${podPrefix}`);
  return c;
}

/** Right-align like printf %*d. */
export const r = (v: number | string, w: number): string => String(v).padStart(w, ' ');
/** Left-align like printf %-*s. */
export const l = (v: number | string, w: number): string => String(v).padEnd(w, ' ');

/** Run a line and fail loudly unless it exits 0; return stdout. */
export function ok(s: Session, line: string): string {
  const res = run(s, line);
  if (res.exit !== 0) throw new Error(`${line} failed (${res.exit}): ${res.err}`);
  return res.out;
}
