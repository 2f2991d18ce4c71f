/**
 * kubelet stopping a pod the API server marked for deletion: each running
 * container gets its preStop hook, then the stop signal; a main process that
 * handles it exits shortly after, one that ignores it (a shell or `sleep`
 * as PID 1, the classic busybox pod) is killed when the grace period ends
 * (kubelet gives at least 2 s). When every container has stopped, kubelet
 * tears the sandbox down and removes the pod object. A node whose kubelet
 * is down leaves its pods Terminating.
 */
import type { Host } from '../../model/types.js';
import type { ClusterState, ContainerState, Sandbox } from '../cluster.js';
import { recordEvent } from '../events.js';
import { imageSpec } from '../images.js';
import type { KObject, KubeStore } from '../store.js';

/** kubelet's minimumGracePeriodInSeconds for killing a container. */
const MIN_KILL_GRACE_MS = 2000;
/** A process that handles the stop signal is gone, and seen gone by the next relist, within this. */
const HANDLED_STOP_MS = 1000;

interface StopPlan {
  /** When kubelet first acted on the deletion. */
  since: number;
}

type Stoppable = ContainerState & { exitCode?: number; finishedAt?: number };

export interface TerminationHooks {
  stopContainer(store: KubeStore, sb: Sandbox, c: ContainerState, exitCode: number, logs: string[]): void;
  teardown(store: KubeStore, cluster: ClusterState, sb: Sandbox): void;
  updateStatus(store: KubeStore, pod: KObject, sb: Sandbox): void;
  src(node: string): { component: string; host: string };
}

const IGNORES_TERM = new Set(['sh', 'ash', 'bash', 'dash', 'sleep', 'tail', 'cat', 'pause']);

/** Does the container's main process exit on SIGTERM? A shell or sleep as PID 1 has no handler, unless it traps TERM. */
export function handlesStopSignal(command: string): boolean {
  const words = command.trim().split(/\s+/);
  const main = (words[0] ?? '').split('/').pop() ?? '';
  if (!IGNORES_TERM.has(main)) return true;
  return /\btrap\b[^;]*\b(TERM|SIGTERM|15)\b/.test(command);
}

/** Seconds a preStop hook keeps the container before the stop signal (a `sleep N` exec or the sleep action). */
export function preStopMs(spec: {
  lifecycle?: { preStop?: { exec?: { command?: string[] }; sleep?: { seconds?: number } } };
}): number {
  const pre = spec.lifecycle?.preStop;
  if (!pre) return 0;
  if (pre.sleep?.seconds !== undefined) return Math.max(0, pre.sleep.seconds) * 1000;
  const m = /(?:^|[\s;&|])sleep\s+(\d+(?:\.\d+)?)\b/.exec((pre.exec?.command ?? []).join(' '));
  return m ? Number(m[1]) * 1000 : 0;
}

function plans(store: KubeStore): Map<string, StopPlan> {
  const ext = store.world.ext as { podStopPlans?: Map<string, StopPlan> };
  ext.podStopPlans ??= new Map();
  return ext.podStopPlans;
}

/**
 * One kubelet pass over a terminating pod. Returns true when the pod is
 * gone (its object removed).
 */
export function advanceTermination(
  store: KubeStore,
  cluster: ClusterState,
  host: Host,
  pod: KObject,
  sb: Sandbox | undefined,
  hooks: TerminationHooks,
): boolean {
  const uid = pod.metadata.uid as string;
  const now = store.world.clock.now;
  if (!sb) {
    plans(store).delete(uid);
    store.delete('Pod', pod.metadata.namespace, pod.metadata.name);
    return true;
  }
  let plan = plans(store).get(uid);
  const specs = (pod.spec?.containers ?? []) as Array<{ name: string; lifecycle?: never }>;
  if (!plan) {
    plan = { since: now };
    plans(store).set(uid, plan);
    for (const s of specs)
      if (sb.containers.get(s.name)?.running)
        recordEvent(store, pod, 'Normal', 'Killing', `Stopping container ${s.name}`, hooks.src(sb.node));
  }
  const grace =
    ((pod.metadata as { deletionGracePeriodSeconds?: number }).deletionGracePeriodSeconds ?? 30) * 1000;
  const killAt = plan.since + Math.max(grace, MIN_KILL_GRACE_MS);
  let changed = false;
  for (const s of specs) {
    const c = sb.containers.get(s.name) as Stoppable | undefined;
    if (!c?.running) continue;
    const command = host.processes.find((p) => p.pid === c.pid)?.command ?? imageSpec(c.image).process;
    const stopMs = imageSpec(c.image).stopMs ?? HANDLED_STOP_MS;
    const exitAt = handlesStopSignal(command) ? plan.since + preStopMs(s) + stopMs : Number.POSITIVE_INFINITY;
    const at = Math.min(exitAt, killAt);
    if (now < at) continue;
    hooks.stopContainer(store, sb, c, at === exitAt ? 0 : 137, []);
    c.finishedAt = at;
    changed = true;
  }
  if ([...sb.containers.values()].every((c) => !c.running)) {
    plans(store).delete(uid);
    hooks.teardown(store, cluster, sb);
    store.delete('Pod', pod.metadata.namespace, pod.metadata.name);
    return true;
  }
  if (changed) hooks.updateStatus(store, pod, sb);
  return false;
}
