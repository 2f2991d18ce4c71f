/** `kubectl exec` (commands run in the container's context) and `kubectl logs`. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { klogLine } from './klog.js';
import { usageError } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { containerLogs, podExecContext } from './pod-runtime.js';
import { fetch, resourceRequests } from './resource-args.js';
import { labelTest } from './selectors.js';

/** The pod an argument names: `pod`, `pod/x`, `deploy/x` (its first pod). */
function podFor(k: Kctx, arg: string, memcache: number): { store: KubeStore; pod: KObject } {
  const args = arg.includes('/') ? [arg] : ['pods', arg];
  const reqs = resourceRequests(k, args, memcache);
  const store = requireStore(k, 0);
  const ns = namespaceOf(k);
  const got = fetch(k, store, reqs[0] as NonNullable<(typeof reqs)[0]>, ns);
  if (got.missing.length) fail(got.missing.join(''), 1);
  const o = got.objects[0] as KObject;
  if (o.kind === 'Pod') return { store, pod: o };
  const sel = o.spec?.selector?.matchLabels ?? o.spec?.selector ?? {};
  const pods = store
    .list('Pod', ns)
    .filter((p) => Object.entries(sel).every(([a, b]) => p.metadata.labels?.[a] === b));
  const running = pods.find((p) => p.status?.phase === 'Running') ?? pods[0];
  if (!running)
    return fail(`error: no pods found for ${o.kind.toLowerCase()} ${JSON.stringify(o.metadata.name)}\n`, 1);
  return { store, pod: running };
}

function containerName(k: Kctx, pod: KObject, what: 'exec' | 'logs'): string {
  const given = k.f.str('container');
  if (given) return given;
  const names: string[] = (pod.spec?.containers ?? []).map((c: { name: string }) => c.name);
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  const chosen = annotated && names.includes(annotated) ? annotated : (names[0] ?? '');
  if (names.length > 1 && !annotated)
    k.err(`Defaulted container ${JSON.stringify(chosen)} out of: ${names.join(', ')}\n`);
  void what;
  return chosen;
}

function runExec(k: Kctx): number {
  const dash = k.f.dashAt;
  const before = dash >= 0 ? k.args.slice(0, dash) : k.args;
  let command = dash >= 0 ? k.args.slice(dash) : [];
  if (before.length === 0 && k.f.list('filename').length === 0)
    return fail('error: pod, type/name or --filename must be specified\n', 1);
  if (dash < 0 && before.length > 1) {
    k.err(
      'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n',
    );
    command = before.slice(1);
  } else if (dash >= 0 && before.length > 1)
    return usageError(
      'exec',
      `exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead`,
    );
  if (command.length === 0)
    return usageError('exec', 'you must specify at least one command for the container');
  const { pod } = podFor(k, before[0] as string, 4);
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed')
    return fail(`error: cannot exec into a container in a completed pod; current phase is ${phase}\n`, 1);
  const c = containerName(k, pod, 'exec');
  const target = podExecContext(k.world, pod, c);
  if (!target.ok) {
    if (target.error.startsWith('container '))
      return fail(`Error from server (BadRequest): ${target.error}\n`, 1);
    return fail(`error: ${target.error}\n`, 1);
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
  const st = (pod.status?.containerStatuses ?? []).find((s: { name: string }) => s.name === c);
  if (!(pod.spec?.containers ?? []).some((x: { name: string }) => x.name === c))
    fail(`Error from server (BadRequest): container ${c} is not valid for pod ${pod.metadata.name}\n`, 1);
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
  const arg =
    k.args.length === 2 && !k.args[0]?.includes('/') ? (k.args[0] as string) : (k.args[0] as string);
  if (k.args.length === 2 && !k.f.str('container')) k.f.parsed.values.set('container', k.args[1] as string);
  const { pod } = podFor(k, arg, 4);
  logsOf(k, pod, k.f.bool('prefix'));
  void klogLine;
  return 0;
}

export const EXEC_LOGS: Record<string, CommandImpl> = {
  exec: { run: runExec },
  logs: { run: runLogs },
};
