/** Test helpers: a one-host world with an API store (namespaces only) and a session to run command lines in. */
import { type KObject, KubeStore } from '../../../src/kube/store.js';
import { installBaseFiles, installPrograms } from '../../../src/model/host-setup.js';
import type { World } from '../../../src/model/types.js';
import { FsView } from '../../../src/model/vfs.js';
import { addHost, createWorld } from '../../../src/model/world.js';
import { programPaths } from '../../../src/runner.js';
import { Session } from '../../../src/session.js';

export const EPOCH = Date.UTC(2026, 10, 22, 12, 0, 0);

export function kubeWorld(opts: { withStore?: boolean } = {}): {
  world: World;
  store: KubeStore | undefined;
} {
  const world = createWorld({ seed: 11, epochMs: EPOCH });
  const host = addHost(world, 'controlplane');
  installBaseFiles(host, {});
  installPrograms(host, programPaths());
  if (opts.withStore === false) return { world, store: undefined };
  const store = new KubeStore(world);
  world.ext.kube = store;
  for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
    const r = store.create({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
    if (!r.ok) throw new Error(r.error.message);
  }
  return { world, store };
}

export interface Out {
  stdout: string;
  stderr: string;
  exit: number;
}

export function session(
  world: World,
  tty: { cols: number; rows: number } | null = null,
): (line: string) => Out {
  const s = new Session(world, { mode: 'script', tickMs: 0, tty });
  return (line) => {
    const r = s.exec(line);
    return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
  };
}

export function put(store: KubeStore, o: KObject): KObject {
  const r = store.create(o);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export function writeFile(world: World, path: string, text: string): void {
  const host = world.hosts.get('controlplane');
  if (!host) throw new Error('no host');
  const view = new FsView(host.fs);
  view.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', '/', true);
  view.writeFile(path, text);
}
