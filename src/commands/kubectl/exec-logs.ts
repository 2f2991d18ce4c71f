/** `kubectl exec` (commands run in the container's context) and `kubectl logs`. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { firstPod, podsSelectedBy } from './first-pod.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { usageError } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { parseDuration } from './pflag.js';
import { containerLogs, podExecContext } from './pod-runtime.js';
import { fetch, resourceRequests } from './resource-args.js';
import { labelTest } from './selectors.js';

/**
 * The pod an argument names: `pod`, `pod/x`, or TYPE/NAME's first pod as
 * GetFirstPod picks it (waiting up to --pod-running-timeout for one to exist).
 * `logs` wraps a NotFound with the namespace and says which of several pods it uses.
 */
function podFor(k: Kctx, arg: string, purpose: 'logs' | 'exec'): { store: KubeStore; pod: KObject } {
  const args = arg.includes('/') ? [arg] : ['pods', arg];
  const reqs = resourceRequests(k, args, 4);
  const store = requireStore(k, 0);
  const ns = namespaceOf(k);
  const got = fetch(k, store, reqs[0] as NonNullable<(typeof reqs)[0]>, ns);
  if (got.missing.length) {
    const msg = got.missing.join('');
    if (purpose === 'logs')
      fail(
        `${msg.replace(/^Error from server/, 'error: error from server').replace(/\n$/, '')} in namespace ${JSON.stringify(ns)}\n`,
        1,
      );
    fail(msg, 1);
  }
  const o = got.objects[0] as KObject;
  if (o.kind === 'Pod') return { store, pod: o };
  const timeout = runningTimeout(k, purpose);
  for (let waited = 0; ; waited += 1000) {
    const { pod, count } = firstPod(podsSelectedBy(store, o), purpose);
    if (pod) {
      if (purpose === 'logs' && count > 1) k.err(`Found ${count} pods, using pod/${pod.metadata.name}\n`);
      return { store, pod };
    }
    if (waited >= timeout) return fail('error: timed out waiting for the condition\n', 1);
    k.p.elapse(1000);
  }
}

/** GetPodRunningTimeoutFlag: 20s for logs, 1m for exec; it must be above zero. */
function runningTimeout(k: Kctx, purpose: 'logs' | 'exec'): number {
  const raw = k.f.str('pod-running-timeout') || (purpose === 'logs' ? '20s' : '1m0s');
  const d = parseDuration(raw);
  if (typeof d === 'string' || d <= 0)
    return usageError(purpose, '--pod-running-timeout must be higher than zero');
  return d;
}

/** podcmd.AllContainerNames: containers, then ephemeral `(ephem)`, then init `(init)`. */
function allContainerNames(pod: KObject): string {
  const names = (list: { name: string }[] | undefined, tag: string) =>
    (list ?? []).map((c) => `${c.name}${tag}`);
  return [
    ...names(pod.spec?.containers, ''),
    ...names(pod.spec?.ephemeralContainers, ' (ephem)'),
    ...names(pod.spec?.initContainers, ' (init)'),
  ].join(', ');
}

/** FindContainerByName over containers, init and ephemeral containers. */
function hasContainer(pod: KObject, name: string): boolean {
  return ['containers', 'initContainers', 'ephemeralContainers'].some((f) =>
    (pod.spec?.[f] ?? []).some((c: { name: string }) => c.name === name),
  );
}

/**
 * The container a command targets: -c, else the default-container annotation
 * when it names one, else the first (saying so when there was a choice).
 * logs warns about an annotation naming nothing; exec passes over it silently.
 */
function containerName(k: Kctx, pod: KObject, what: 'exec' | 'logs'): string {
  const given = k.f.str('container');
  if (given) return given;
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated) {
    if (hasContainer(pod, annotated)) return annotated;
    if (what === 'logs')
      k.err(`Default container name ${JSON.stringify(annotated)} not found in pod ${pod.metadata.name}\n`);
  }
  const first = (pod.spec?.containers?.[0]?.name as string | undefined) ?? '';
  const several =
    (pod.spec?.containers ?? []).length > 1 ||
    (pod.spec?.initContainers ?? []).length > 0 ||
    (pod.spec?.ephemeralContainers ?? []).length > 0;
  if (several && !(what === 'exec' && k.f.bool('quiet')))
    k.err(`Defaulted container ${JSON.stringify(first)} out of: ${allContainerNames(pod)}\n`);
  return first;
}

/** ExecOptions.Complete: the resource before `--`, the command after it; the old form is refused. */
function runExec(k: Kctx): number {
  const dash = k.f.dashAt;
  const files = k.f.list('filename');
  if (dash < 0 && (k.args.length > 1 || (k.args.length > 0 && files.length > 0)))
    return usageError(
      'exec',
      'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
    );
  const resource = k.args.length > 0 && dash !== 0 ? (k.args[0] as string) : '';
  const command = dash >= 0 ? k.args.slice(dash) : [];
  if (!resource && files.length === 0)
    return fail('error: pod, type/name or --filename must be specified\n', 1);
  if (command.length === 0)
    return usageError('exec', 'you must specify at least one command for the container');
  runningTimeout(k, 'exec');
  const { pod } = podFor(k, resource, 'exec');
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed')
    return fail(`error: cannot exec into a container in a completed pod; current phase is ${phase}\n`, 1);
  const c = containerName(k, pod, 'exec');
  // StreamOptions.SetupTTY: -t only counts with -i, and only when stdin is a terminal
  if (k.f.bool('tty') && k.f.bool('stdin') && !k.p.interactive && !k.f.bool('quiet'))
    k.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  // the API server's streamLocation, then the node's kubelet
  if (!hasContainer(pod, c))
    return fail(
      `Error from server (BadRequest): container ${c} is not valid for pod ${pod.metadata.name}\n`,
      1,
    );
  if (!pod.spec?.nodeName)
    return fail(
      `Error from server (BadRequest): pod ${pod.metadata.name} does not have a host assigned\n`,
      1,
    );
  const target = podExecContext(k.world, pod, c);
  if (!target.ok) {
    if (target.error.startsWith('container '))
      return fail(`Error from server (BadRequest): ${target.error}\n`, 1);
    return fail(`error: unable to upgrade connection: container not found (${JSON.stringify(c)})\n`, 1);
  }
  const prog = command[0] as string;
  if (!prog.includes('/') && !k.p.which(prog, target.over)) {
    return fail(
      `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${k.world.rng.hex(32)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${prog}": executable file not found in $PATH: unknown\n`,
      1,
    );
  }
  const code = k.p.spawn(command, target.over, k.f.bool('stdin') ? k.p.stdin : '');
  if (code !== 0) {
    k.err(`command terminated with exit code ${code}\n`);
    return code;
  }
  return 0;
}

function tail(text: string, n: number): string {
  if (n < 0) return text;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines
    .slice(Math.max(0, lines.length - n))
    .map((l) => `${l}\n`)
    .join('');
}

/** validateContainerLogStatus's words for the common pending failures. */
const WAITING_WHY: Record<string, string> = {
  ErrImagePull: "image can't be pulled",
  ImagePullBackOff: 'trying and failing to pull image',
};

function logsOf(k: Kctx, pod: KObject, prefix: boolean): void {
  const c = containerName(k, pod, 'logs');
  if (!hasContainer(pod, c)) fail(`error: container ${c} is not valid for pod ${pod.metadata.name}\n`, 1);
  // an unscheduled pod has no log location: the API server streams nothing
  if (!pod.spec?.nodeName) return;
  const st = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find(
    (s: { name: string }) => s.name === c,
  );
  if (k.f.bool('previous')) {
    if (!st?.lastState?.terminated)
      fail(
        `Error from server (BadRequest): previous terminated container ${JSON.stringify(c)} in pod ${JSON.stringify(pod.metadata.name)} not found\n`,
        1,
      );
  }
  const waiting = st?.state?.waiting?.reason ?? (!st ? 'ContainerCreating' : undefined);
  // a crash-looping container shows its last terminated instance's log (kubelet's validateContainerLogStatus)
  if (waiting && !st?.state?.running && !st?.state?.terminated && !st?.lastState?.terminated)
    fail(
      `Error from server (BadRequest): container ${JSON.stringify(c)} in pod ${JSON.stringify(pod.metadata.name)} is waiting to start: ${WAITING_WHY[waiting] ?? waiting}\n`,
      1,
    );
  let text = tail(
    containerLogs(k.world, pod, c, k.f.bool('previous')),
    k.f.changed('tail') ? k.f.int('tail') : -1,
  );
  if (prefix) text = text.replace(/^(?=.)/gm, `[pod/${pod.metadata.name}/${c}] `);
  k.out(text);
}

function runLogs(k: Kctx): number {
  const sel = k.f.str('selector');
  if (k.args.length === 0 && !sel)
    return fail(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
      1,
    );
  if (sel) {
    resourceRequests(k, ['pods'], 4);
    const store = requireStore(k, 0);
    const t = labelTest(sel);
    const pods = store
      .list('Pod', namespaceOf(k))
      .filter((p) => typeof t !== 'string' && t(p.metadata.labels));
    if (pods.length === 0) {
      k.err(`No resources found in ${namespaceOf(k)} namespace.\n`);
      return 0;
    }
    for (const p of pods) logsOf(k, p, k.f.bool('prefix'));
    return 0;
  }
  if (k.args.length === 2 && !k.f.str('container')) k.f.parsed.values.set('container', k.args[1] as string);
  runningTimeout(k, 'logs');
  const { pod } = podFor(k, k.args[0] as string, 'logs');
  logsOf(k, pod, k.f.bool('prefix'));
  return 0;
}

export const EXEC_LOGS: Record<string, CommandImpl> = {
  exec: { run: runExec },
  logs: { run: runLogs },
};
