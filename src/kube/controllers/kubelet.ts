/**
 * kubelet + containerd on every node: pod sandboxes through CNI (or the
 * node's namespace for hostNetwork pods), containers with their processes,
 * sockets and logs, restarts with back-off, and the pod status they report.
 */
import { formatIPv4 } from '../../model/inet.js';
import { destroyNetns } from '../../model/link-ops.js';
import type { Host } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { createNetns, getHost, getNetns, spawnProcess } from '../../model/world.js';
import { viewFor } from '../../shell/context.js';
import type { ExecContext } from '../../shell/types.js';
import { type ClusterState, type ContainerState, clusterOf, type Sandbox } from '../cluster.js';
import { cniAdd, cniDel, readCniConfig } from '../cni/plugins.js';
import { startContainerProcess } from '../container-process.js';
import { advanceProgram, type ContainerProgram } from '../container-program.js';
import { checkControlPlaneStart } from '../control-plane-check.js';
import { advanceCoredns, isCorednsImage, startCoredns } from '../coredns.js';
import { recordEvent } from '../events.js';
import { imageSpec } from '../images.js';
import { kubeletConnected, kubeletServing } from '../node-services.js';
import { containerEnv, containerFs, fullImage } from '../runtime.js';
import { isoTime, type KObject, type KubeStore } from '../store.js';
import { ensureImage, type PullFailure } from './image-pull.js';
import { isTerminating } from './pod-status.js';
import { advanceTermination, type TerminationHooks } from './pod-termination.js';
import { systemListeners } from './system-pods.js';

const BACKOFF_MS = [10000, 20000, 40000, 80000, 160000, 300000];

function uuid(store: KubeStore): string {
  return store.newUid();
}

function kubeletSrc(node: string) {
  return { component: 'kubelet', host: node };
}

/** Pods whose sandbox died: the attempt and restart counts the new sandbox continues from. */
function sandboxRestarts(store: KubeStore): Map<string, { attempt: number; restarts: Map<string, number> }> {
  const ext = store.world.ext as {
    sandboxRestarts?: Map<string, { attempt: number; restarts: Map<string, number> }>;
  };
  ext.sandboxRestarts ??= new Map();
  return ext.sandboxRestarts;
}

/** containerd starts a shim for the sandbox; the shim runs the pause container (as 65535). */
function sandboxProcesses(store: KubeStore, host: Host, netns: number, id: string, podUid: string) {
  const world = store.world;
  const shimPid = spawnProcess(
    world,
    host,
    host.rootNetns,
    `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${id} -address /run/containerd/containerd.sock`,
    undefined,
    { user: 'root' },
  );
  const pausePid = spawnProcess(world, host, netns, '/pause', undefined, { ppid: shimPid, user: '65535' });
  return {
    shimPid,
    pausePid,
    createdAt: world.clock.now,
    attempt: sandboxRestarts(store).get(podUid)?.attempt ?? 0,
  };
}

/** Kubernetes' $(VAR) references in command and args, from the container's environment ($$ escapes). */
function expandRefs(words: string[] | undefined, env: Map<string, string>): string[] | undefined {
  return words?.map((w) =>
    w.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name?: string) =>
      m === '$$' ? '$' : (env.get(name as string) ?? m),
    ),
  );
}

/** The user a container runs as: securityContext.runAsUser, else the image's USER, else root. */
function containerUser(pod: KObject, name: string, image: string): string {
  const spec = (pod.spec?.containers ?? []).find((c: { name: string }) => c.name === name);
  const uid = spec?.securityContext?.runAsUser ?? pod.spec?.securityContext?.runAsUser;
  if (uid !== undefined && uid !== null) return String(uid) === '0' ? 'root' : String(uid);
  return imageSpec(image).user ?? 'root';
}

function createSandbox(store: KubeStore, _cluster: ClusterState, pod: KObject, host: Host): Sandbox | string {
  const world = store.world;
  const sandboxId = world.rng.hex(32);
  if (pod.spec?.hostNetwork) {
    return {
      id: sandboxId,
      podUid: pod.metadata.uid as string,
      namespace: pod.metadata.namespace as string,
      name: pod.metadata.name,
      node: host.name,
      netns: host.rootNetns,
      hostNetwork: true,
      containers: new Map(),
      ...sandboxProcesses(store, host, host.rootNetns, sandboxId, pod.metadata.uid as string),
    };
  }
  const conf = readCniConfig(host);
  if (!conf) return 'network plugin not ready: cni plugin not initialized';
  const nsName = `cni-${uuid(store)}`;
  const ns = createNetns(world, host.name, nsName);
  host.netnsNames.push(nsName);
  const k8s = { namespace: pod.metadata.namespace as string, name: pod.metadata.name as string };
  const res = cniAdd({ world, host, containerId: sandboxId, netns: ns, ifname: 'eth0', k8s }, conf);
  if (!res.ok) {
    host.netnsNames = host.netnsNames.filter((n) => n !== nsName);
    destroyNetns(world, ns);
    return `failed to setup network for sandbox "${sandboxId}": ${res.error}`;
  }
  return {
    id: sandboxId,
    podUid: pod.metadata.uid as string,
    namespace: pod.metadata.namespace as string,
    name: pod.metadata.name,
    node: host.name,
    netns: ns.uid,
    netnsName: nsName,
    hostNetwork: false,
    ip: formatIPv4(res.ip),
    hostVeth: res.hostVeth,
    containers: new Map(),
    ...sandboxProcesses(store, host, ns.uid, sandboxId, pod.metadata.uid as string),
  };
}

function execCtxFor(
  store: KubeStore,
  sb: Sandbox,
  pod: KObject,
  name: string,
  fsOf: ContainerState['fs'],
  withServiceLinks = true,
): ExecContext {
  const world = store.world;
  const host = getHost(world, sb.node);
  const ns = getNetns(world, sb.netns);
  const image = String(
    (pod.spec?.containers ?? []).find((c: { name: string }) => c.name === name)?.image ?? '',
  );
  const img = imageSpec(image);
  const base = viewFor(world, host, ns);
  return {
    world,
    host,
    ns,
    fs: new FsView(
      fsOf,
      base.mounts.filter((m) => m.at !== '/run/netns'),
    ),
    // service links (O(services)) only matter to a container that runs a command of its own
    env: containerEnv(world, pod, name, withServiceLinks ? Number.POSITIVE_INFINITY : -1),
    cwd: '/',
    tty: null,
    userland: {
      flavour: img.userland === 'busybox' ? 'busybox' : 'gnu',
      ...(img.commands ? { commands: new Set(img.commands) } : {}),
      // the tools' versions follow the image (BusyBox 1.28's nslookup, say)
      image,
    },
    place: `pod ${pod.metadata.namespace}/${pod.metadata.name}`,
    hostname: pod.spec?.hostNetwork ? sb.node : String(pod.spec?.hostname ?? pod.metadata.name),
  };
}

function openSockets(store: KubeStore, sb: Sandbox, pod: KObject, c: ContainerState): void {
  const ns = getNetns(store.world, sb.netns);
  const img = imageSpec(c.image);
  const spec = (
    (pod.spec?.containers ?? []) as Array<{ name: string; command?: string[]; args?: string[] }>
  ).find((x) => x.name === c.name);
  const listeners = sb.hostNetwork
    ? systemListeners(c.name, pod, store)
    : img.listensFor
      ? img.listensFor(
          [...(spec?.command ?? []), ...(spec?.args ?? [])],
          Object.fromEntries(containerEnv(store.world, pod, c.name, c.startRevision)),
        )
      : img.listens;
  for (const l of listeners) {
    const addr = (l as { addr?: number }).addr ?? 0;
    if (
      ns.sockets.some(
        (s) =>
          s.pid === c.pid &&
          s.port === l.port &&
          s.proto === l.proto &&
          s.addr === addr &&
          !!s.v6 === !!(l as { v6?: boolean }).v6,
      )
    )
      continue;
    ns.sockets.push({
      proto: l.proto,
      addr: (l as { addr?: number }).addr ?? 0,
      port: l.port,
      pid: c.pid,
      process: (l as { process?: string }).process ?? img.process.split(' ')[0]?.replace(/:$/, '') ?? c.name,
      app: l.app,
      listen: true,
      ...((l as { v6?: boolean }).v6 ? { v6: true } : {}),
      config: { ...(l.config ?? {}), podUid: sb.podUid, container: c.name },
    });
  }
}

function closeSockets(store: KubeStore, sb: Sandbox, c: ContainerState): void {
  const ns = store.world.netns.get(sb.netns);
  if (ns) ns.sockets = ns.sockets.filter((s) => s.pid !== c.pid);
}

function runContainer(
  store: KubeStore,
  sb: Sandbox,
  pod: KObject,
  spec: { name: string; image: string; command?: string[]; args?: string[] },
  prev?: ContainerState,
): ContainerState {
  const world = store.world;
  const host = getHost(world, sb.node);
  const fs = prev?.fs ?? containerFs(world, pod, spec.name, sb.ip);
  const c: ContainerState = prev ?? {
    id: world.rng.hex(32),
    name: spec.name,
    image: spec.image,
    fs,
    logs: [],
    restartCount: 0,
    startedAt: world.clock.now,
    running: false,
    pid: 0,
  };
  // a restart is a new container instance with its own log
  if (prev) {
    c.previousLogs = c.logs;
    c.logs = [];
  }
  const failed = checkControlPlaneStart(store, sb, pod, spec);
  if (failed) {
    const r = c as RunState;
    c.logs = [...failed.logs];
    c.running = false;
    r.exitCode = failed.exitCode;
    r.startedAt = world.clock.now;
    r.finishedAt = world.clock.now;
    r.startError = failed.startError;
    c.pid = spawnProcess(world, host, sb.netns, (spec.command ?? []).join(' '), 0);
    return c;
  }
  delete (c as RunState).startError;
  const img = imageSpec(spec.image);
  c.startRevision = store.resourceVersion;
  const ctx = execCtxFor(store, sb, pod, spec.name, fs, !!(spec.command?.length || spec.args?.length));
  const outcome = startContainerProcess(
    ctx,
    spec.image,
    expandRefs(spec.command, ctx.env),
    expandRefs(spec.args, ctx.env),
  );
  // an entrypoint that refused to start never got to the daemon's own start lines
  if (!outcome.refused)
    c.logs.push(
      ...img.startLogs(world.clock.now, {
        podName: pod.metadata.name,
        kernel: clusterOf(world)?.config.kernel ?? world.profile.kernel,
      }),
    );
  c.logs.push(...outcome.logs);
  c.pid = spawnProcess(world, host, sb.netns, outcome.cmdline, outcome.running ? undefined : 0, {
    ppid: sb.shimPid ?? 1,
    user: containerUser(pod, spec.name, spec.image),
  });
  c.startedAt = world.clock.now;
  c.running = outcome.running;
  const r = c as RunState;
  r.exitCode = outcome.exitCode;
  if (outcome.program) r.program = outcome.program;
  else delete r.program;
  if (!outcome.running) r.finishedAt = world.clock.now;
  if (c.running) openSockets(store, sb, pod, c);
  if (c.running && isCorednsImage(spec.image)) {
    const crash = startCoredns(store, sb, pod, c);
    if (crash) stopContainer(store, sb, c, crash.exitCode, crash.logs);
  }
  return c;
}

/** A container's main process exits (a daemon's fatal error): sockets close, kubelet restarts it after back-off. */
function stopContainer(
  store: KubeStore,
  sb: Sandbox,
  c: ContainerState,
  exitCode: number,
  logs: string[],
): void {
  const r = c as RunState;
  c.logs.push(...logs);
  c.running = false;
  r.exitCode = exitCode;
  r.finishedAt = store.world.clock.now;
  closeSockets(store, sb, c);
  const host = store.world.hosts.get(sb.node);
  if (host) host.processes = host.processes.filter((p) => p.pid !== c.pid);
}

/** Make a running container of a pod exit with an error (flanneld or kube-proxy failing at start). */
export function crashContainer(
  store: KubeStore,
  podUid: string,
  name: string,
  exitCode: number,
  logs: string[],
): void {
  const sb = clusterOf(store.world)?.sandboxes.get(podUid);
  const c = sb?.containers.get(name);
  if (sb && c?.running) stopContainer(store, sb, c, exitCode, logs);
}

type RunState = ContainerState & {
  exitCode?: number;
  finishedAt?: number;
  startError?: string;
  /** The container's main shell, advanced with the clock. */
  program?: ContainerProgram;
};

/** Advance a container through time: a sleep that ends exits it; restartPolicy brings it back after back-off. */
function advanceContainer(
  store: KubeStore,
  sb: Sandbox,
  pod: KObject,
  c: RunState,
  spec: { name: string; image: string; command?: string[]; args?: string[] },
): void {
  const now = store.world.clock.now;
  for (let guard = 0; guard < 20; guard++) {
    const prog = c.program;
    if (c.running && prog) {
      advanceProgram(prog, now, (lines) => c.logs.push(...lines));
      if (prog.done) {
        stopContainer(store, sb, c, prog.exitCode, []);
        c.finishedAt = prog.time;
      }
    }
    if (c.running) return;
    const policy = pod.spec?.restartPolicy ?? 'Always';
    if (policy === 'Never' || (policy === 'OnFailure' && c.exitCode === 0)) return;
    const wait = BACKOFF_MS[Math.min(c.restartCount, BACKOFF_MS.length - 1)] as number;
    if (now < (c.finishedAt ?? now) + wait) return;
    c.restartCount++;
    const clock = store.world.clock;
    const saved = clock.now;
    clock.now = (c.finishedAt ?? now) + wait;
    runContainer(store, sb, pod, spec, c);
    clock.now = saved;
  }
}

function containerStatus(
  pod: KObject,
  spec: { name: string; image: string },
  c: RunState | undefined,
  waitingReason: string | null,
  now: number,
  pull?: PullFailure,
): Record<string, unknown> {
  const image = fullImage(spec.image);
  if (!c && pull) {
    // never created: the image as the spec gives it, waiting with what the last sync reported
    return {
      image: spec.image,
      imageID: '',
      lastState: {},
      name: spec.name,
      ready: false,
      restartCount: 0,
      started: false,
      state: { waiting: { message: pull.message, reason: pull.reason } },
    };
  }
  if (!c) {
    return {
      image,
      imageID: '',
      lastState: {},
      name: spec.name,
      ready: false,
      restartCount: 0,
      started: false,
      state: { waiting: { reason: waitingReason ?? 'ContainerCreating' } },
    };
  }
  const policy = pod.spec?.restartPolicy ?? 'Always';
  let state: Record<string, unknown>;
  let lastState: Record<string, unknown> = {};
  const terminated = {
    containerID: `containerd://${c.id}`,
    exitCode: c.exitCode ?? 0,
    finishedAt: isoTime(c.finishedAt ?? now),
    reason: c.startError ? 'StartError' : (c.exitCode ?? 0) === 0 ? 'Completed' : 'Error',
    ...(c.startError ? { message: c.startError } : {}),
    startedAt: isoTime(c.startedAt),
  };
  if (c.running) {
    state = { running: { startedAt: isoTime(c.startedAt) } };
    if (c.restartCount > 0) lastState = { terminated: { ...terminated, finishedAt: isoTime(c.startedAt) } };
  } else if (policy !== 'Never' && !(policy === 'OnFailure' && c.exitCode === 0) && c.restartCount > 0) {
    state = {
      waiting: {
        message: `back-off ${(BACKOFF_MS[Math.min(c.restartCount - 1, 5)] as number) / 1000}s restarting failed container=${spec.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
        reason: 'CrashLoopBackOff',
      },
    };
    lastState = { terminated };
  } else state = { terminated };
  return {
    containerID: `containerd://${c.id}`,
    image,
    imageID: `${image.replace(/:[^:/]+$/, '')}@sha256:${fnvHex(image)}`,
    lastState,
    name: spec.name,
    ready: c.running,
    restartCount: c.restartCount,
    started: c.running,
    state,
  };
}

function fnvHex(s: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i) ^ round, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

function updateStatus(store: KubeStore, pod: KObject, sb: Sandbox | undefined, waiting: string | null): void {
  const now = store.world.clock.now;
  const node = store.get('Node', undefined, pod.spec.nodeName);
  const hostIP = node?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address;
  const specs = (pod.spec?.containers ?? []) as Array<{ name: string; image: string }>;
  const statuses = specs.map((s) =>
    containerStatus(
      pod,
      s,
      sb?.containers.get(s.name) as RunState | undefined,
      waiting,
      now,
      sb?.pullFailures?.get(s.name),
    ),
  );
  const running = statuses.filter((s) => (s.state as { running?: unknown }).running).length;
  const allReady = statuses.every((s) => s.ready);
  const terminated = statuses.filter((s) => (s.state as { terminated?: { exitCode: number } }).terminated);
  // getPhase: a container waiting that never ran keeps the pod Pending
  const neverRan = statuses.some(
    (s) =>
      (s.state as { waiting?: unknown }).waiting && !(s.lastState as { terminated?: unknown }).terminated,
  );
  let phase = 'Pending';
  if (sb && neverRan) phase = 'Pending';
  else if (sb && running > 0) phase = 'Running';
  else if (sb && terminated.length === statuses.length && statuses.length > 0) {
    phase = terminated.every(
      (s) => (s.state as { terminated: { exitCode: number } }).terminated.exitCode === 0,
    )
      ? 'Succeeded'
      : 'Failed';
  } else if (sb) phase = 'Running';
  const t = isoTime(now);
  const prev = pod.status ?? {};
  const keep = (type: string, status: string) => {
    const old = (prev.conditions ?? []).find(
      (c: { type: string; status: string }) => c.type === type && c.status === status,
    );
    return { lastProbeTime: null, lastTransitionTime: old?.lastTransitionTime ?? t, status, type };
  };
  const ready = phase === 'Running' && allReady ? 'True' : 'False';
  const done = phase === 'Succeeded' || phase === 'Failed';
  // Ready and ContainersReady: the same status, and why not when they are not
  const readiness = (type: string) => ({
    ...keep(type, ready),
    ...(ready === 'False'
      ? {
          reason: done ? 'PodCompleted' : 'ContainersNotReady',
          ...(done
            ? {}
            : {
                message: `containers with unready status: [${specs
                  .filter((_, i) => !statuses[i]?.ready)
                  .map((s) => s.name)
                  .join(' ')}]`,
              }),
        }
      : {}),
  });
  const conditions = [
    keep('PodReadyToStartContainers', sb ? (done ? 'False' : 'True') : 'False'),
    keep('Initialized', 'True'),
    readiness('Ready'),
    readiness('ContainersReady'),
    keep('PodScheduled', 'True'),
  ];
  const status: Record<string, unknown> = {
    conditions,
    containerStatuses: statuses,
    ...(hostIP ? { hostIP, hostIPs: [{ ip: hostIP }] } : {}),
    phase,
    ...(sb?.ip
      ? { podIP: sb.ip, podIPs: [{ ip: sb.ip }] }
      : sb?.hostNetwork && hostIP
        ? { podIP: hostIP, podIPs: [{ ip: hostIP }] }
        : {}),
    qosClass: prev.qosClass ?? 'BestEffort',
    startTime: prev.startTime ?? t,
  };
  if (JSON.stringify(pod.status) === JSON.stringify(status)) return;
  store.mutate(
    'Pod',
    pod.metadata.namespace,
    pod.metadata.name,
    (p) => {
      p.status = status;
    },
    { statusOnly: true },
  );
}

function teardown(store: KubeStore, cluster: ClusterState, sb: Sandbox): void {
  const world = store.world;
  const host = getHost(world, sb.node);
  for (const c of sb.containers.values()) closeSockets(store, sb, c);
  const pids = new Set([sb.shimPid, sb.pausePid, ...[...sb.containers.values()].map((c) => c.pid)]);
  host.processes = host.processes.filter((p) => !pids.has(p.pid));
  if (!sb.hostNetwork) {
    const ns = world.netns.get(sb.netns);
    cniDel(
      { world, host, containerId: sb.id, netns: ns as never, ifname: 'eth0' },
      readCniConfig(host),
      sb.hostVeth,
    );
    if (sb.netnsName) host.netnsNames = host.netnsNames.filter((n) => n !== sb.netnsName);
    if (ns) destroyNetns(world, ns);
  }
  cluster.sandboxes.delete(sb.podUid);
}

const TERMINATION_HOOKS: TerminationHooks = {
  stopContainer,
  teardown,
  updateStatus: (store, pod, sb) => updateStatus(store, pod, sb, null),
  src: kubeletSrc,
};

export function reconcileKubelets(store: KubeStore): void {
  const cluster = clusterOf(store.world);
  if (!cluster) return;
  const world = store.world;
  const pods = store.list('Pod');
  // whether each node's kubelet and containerd run, looked up once per pass; a kubelet that cannot
  // reach the API server still runs its static pods (from the manifests on disk)
  const serving = perNode((node) => kubeletServing(world, node));
  const connected = perNode((node) => kubeletConnected(world, node));
  const live = new Set(pods.map((p) => p.metadata.uid));
  for (const sb of [...cluster.sandboxes.values()])
    if (!live.has(sb.podUid) && connected(sb.node)) teardown(store, cluster, sb);
  for (const pod of pods) {
    const nodeName = pod.spec?.nodeName;
    if (!nodeName || !world.hosts.has(nodeName)) continue;
    // a stopped kubelet (or container runtime) leaves its pods as they are
    if (!serving(nodeName)) continue;
    if (pod.metadata.annotations?.['kubernetes.io/config.source'] !== 'file' && !connected(nodeName))
      continue;
    const host = getHost(world, nodeName);
    let sb = cluster.sandboxes.get(pod.metadata.uid as string);
    if (isTerminating(pod)) {
      advanceTermination(store, cluster, host, pod, sb, TERMINATION_HOOKS);
      continue;
    }
    const specs = (pod.spec?.containers ?? []) as Array<{
      name: string;
      image: string;
      command?: string[];
      args?: string[];
    }>;
    if (!sb) {
      const made = createSandbox(store, cluster, pod, host);
      if (typeof made === 'string') {
        if (pod.status?.phase !== 'Pending' || !pod.status?.containerStatuses) {
          recordEvent(
            store,
            pod,
            'Warning',
            'FailedCreatePodSandBox',
            `Failed to create pod sandbox: rpc error: code = Unknown desc = ${made}`,
            kubeletSrc(nodeName),
          );
          updateStatus(store, pod, undefined, 'ContainerCreating');
        }
        continue;
      }
      sb = made;
      cluster.sandboxes.set(sb.podUid, sb);
      // the sandbox's first relist (a second later) syncs the pod again
      for (const s of specs) startOrPull(store, sb, pod, s, world.clock.now + 1000);
    } else {
      for (const s of specs) {
        const c = sb.containers.get(s.name) as RunState | undefined;
        if (c) advanceContainer(store, sb, pod, c, s);
        else advancePull(store, sb, pod, s);
        if (c && isCorednsImage(s.image)) advanceCoredns(store, sb, pod, c);
      }
    }
    sandboxRestarts(store).delete(sb.podUid);
    // nothing moved since kubelet last wrote this pod's status: skip the (costly) rebuild
    const key = statusKey(sb);
    if (key === sb.statusKey && pod.metadata.resourceVersion === sb.statusRv) continue;
    updateStatus(store, pod, sb, null);
    sb.statusKey = key;
    sb.statusRv = store.get('Pod', pod.metadata.namespace, pod.metadata.name)?.metadata.resourceVersion;
  }
}

/** A per-node answer computed once per pass. */
function perNode(f: (node: string) => boolean): (node: string) => boolean {
  const seen = new Map<string, boolean>();
  return (node) => {
    let v = seen.get(node);
    if (v === undefined) seen.set(node, (v = f(node)));
    return v;
  };
}

type ContainerSpec = {
  name: string;
  image: string;
  imagePullPolicy?: string;
  command?: string[];
  args?: string[];
};

/** A sync that failed on a container's image runs again after the pod worker's back-off (10–15 s). */
const SYNC_RETRY_MS = 12_000;

/** One sync of a container not yet created: its image (pulled or present), then the container; or why not. */
function startOrPull(store: KubeStore, sb: Sandbox, pod: KObject, s: ContainerSpec, retryAt: number): void {
  const res = ensureImage(store, pod, s, sb.node);
  if (!res.ok) {
    sb.pullFailures ??= new Map();
    sb.pullFailures.set(s.name, {
      image: s.image,
      reason: res.reason,
      message: res.message,
      nextSync: retryAt,
    });
    return;
  }
  sb.pullFailures?.delete(s.name);
  const c = runContainer(store, sb, pod, s);
  c.restartCount = sandboxRestarts(store).get(sb.podUid)?.restarts.get(s.name) ?? c.restartCount;
  sb.containers.set(s.name, c);
  recordEvent(store, pod, 'Normal', 'Created', `Created container ${s.name}`, kubeletSrc(sb.node));
  recordEvent(store, pod, 'Normal', 'Started', `Started container ${s.name}`, kubeletSrc(sb.node));
}

/** The syncs due for a container whose image could not be had, at their own times; a changed image syncs at once. */
function advancePull(store: KubeStore, sb: Sandbox, pod: KObject, s: ContainerSpec): void {
  const clock = store.world.clock;
  const now = clock.now;
  for (let guard = 0; guard < 100; guard++) {
    const f = sb.pullFailures?.get(s.name);
    if (!f) return;
    const at = f.image !== s.image ? now : f.nextSync;
    if (at > now) return;
    clock.now = at;
    startOrPull(store, sb, pod, s, at + SYNC_RETRY_MS);
    clock.now = now;
  }
}

function statusKey(sb: Sandbox): string {
  let k = sb.ip ?? '';
  for (const c of sb.containers.values()) {
    const r = c as RunState;
    k += `|${c.name}:${c.running}:${c.restartCount}:${r.exitCode}:${c.startedAt}:${r.finishedAt}:${r.startError ?? ''}`;
  }
  for (const [name, f] of sb.pullFailures ?? []) k += `|${name}!${f.reason}:${f.message}`;
  return k;
}

/**
 * The pod's sandbox died (its pause process or shim was killed): kubelet
 * stops the containers, tears the sandbox down and makes a new one with the
 * next attempt number; every container starts again with one more restart.
 */
export function killSandbox(store: KubeStore, podUid: string): void {
  const cluster = clusterOf(store.world);
  const sb = cluster?.sandboxes.get(podUid);
  if (!cluster || !sb) return;
  const restarts = new Map([...sb.containers.values()].map((c) => [c.name, c.restartCount + 1]));
  sandboxRestarts(store).set(podUid, { attempt: (sb.attempt ?? 0) + 1, restarts });
  const pod = store.list('Pod').find((p) => p.metadata.uid === podUid);
  if (pod)
    recordEvent(
      store,
      pod,
      'Normal',
      'SandboxChanged',
      'Pod sandbox changed, it will be killed and re-created.',
      kubeletSrc(sb.node),
    );
  teardown(store, cluster, sb);
}
