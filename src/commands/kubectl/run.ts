/**
 * `kubectl run`: the Pod generator (and --expose's Service), dry-run
 * printing, and attached runs (-i/-t/--attach) that execute the command in
 * the new pod non-interactively, then delete it with --rm.
 */
import { deleteObject } from '../../kube/deletion.js';
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireDiscovery, requireStore } from './api.js';
import { dryRunMode, lastApplied } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { die, serverErrorText, usageError } from './kube-error.js';
import { namespaceOf } from './kubeconfig.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { mergePatch } from './patch-merge.js';
import { parseDuration } from './pflag.js';
import { containerLogs, podExecContext } from './pod-runtime.js';
import { reconcile } from './reconcile.js';
import { waitUntilGone } from './wait-gone.js';

const IMAGE_RE =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

export function parseLabels(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2 || !kv[0]) die(`unexpected label spec: ${part}`);
    out[kv[0] as string] = kv[1] as string;
  }
  return out;
}

function buildPod(k: Kctx, name: string, labels: Record<string, string>): KObject {
  const image = k.f.str('image');
  const extra = k.args.slice(1);
  const container: Record<string, unknown> = { name, image };
  if (extra.length) container[k.f.bool('command') ? 'command' : 'args'] = extra;
  const port = k.f.str('port');
  if (port !== '') {
    if (!/^[+-]?\d+$/.test(port)) die(`strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax`);
    container.ports = [{ containerPort: Number(port) }];
  }
  const env = k.f.list('env').map((e) => {
    const eq = e.indexOf('=');
    if (eq <= 0) die(`invalid env: ${e}`);
    return { name: e.slice(0, eq), value: e.slice(eq + 1) };
  });
  if (env.length) container.env = env;
  container.resources = {};
  if (k.f.str('image-pull-policy')) container.imagePullPolicy = k.f.str('image-pull-policy');
  if (k.f.bool('privileged')) container.securityContext = { privileged: true };
  if (k.f.bool('stdin')) {
    container.stdin = true;
    container.stdinOnce = true;
  }
  if (k.f.bool('tty')) container.tty = true;
  const annotations: Record<string, string> = {};
  for (const a of k.f.list('annotations')) {
    const eq = a.indexOf('=');
    if (eq < 0) die(`invalid annotation spec: ${a}`);
    annotations[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const metadata: Record<string, unknown> = { name };
  if (k.f.str('namespace')) metadata.namespace = k.f.str('namespace');
  metadata.creationTimestamp = null;
  metadata.labels = labels;
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: metadata as unknown as KObject['metadata'],
    spec: { containers: [container], restartPolicy: k.f.str('restart'), dnsPolicy: 'ClusterFirst' },
    status: {},
  };
}

function buildService(
  k: Kctx,
  name: string,
  labels: Record<string, string>,
  explicitLabels: boolean,
): KObject {
  const port = Number(k.f.str('port'));
  const metadata: Record<string, unknown> = { name };
  if (k.f.str('namespace')) metadata.namespace = k.f.str('namespace');
  metadata.creationTimestamp = null;
  if (explicitLabels) metadata.labels = labels;
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: metadata as unknown as KObject['metadata'],
    spec: { ports: [{ protocol: 'TCP', port, targetPort: port }], selector: { ...labels } },
    status: { loadBalancer: {} },
  };
}

function runRun(k: Kctx): number {
  const name = k.args[0];
  if (name === undefined) return usageError('run', 'NAME is required for run');
  const image = k.f.str('image');
  if (!IMAGE_RE.test(image)) die(`Invalid image name ${JSON.stringify(image)}: invalid reference format`);
  const restart = k.f.str('restart');
  if (!['Always', 'OnFailure', 'Never'].includes(restart))
    usageError('run', `invalid restart policy: ${restart}`);
  const attach = k.f.bool('attach') || k.f.bool('stdin') || k.f.bool('tty');
  const dry = dryRunMode(k);
  if (attach && dry !== 'none')
    usageError(
      'run',
      "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
    );
  if (k.f.bool('rm') && !attach) usageError('run', '--rm should only be used for attached containers');
  if (k.f.bool('expose') && k.f.str('port') === '')
    usageError('run', '--port must be set when exposing a service');
  const spec = outputSpec(k);
  requireDiscovery(k, 1);
  const explicit = k.f.str('labels') !== '';
  const labels = explicit ? parseLabels(k.f.str('labels')) : { run: name };
  let pod = buildPod(k, name, labels);
  if (k.f.str('overrides')) {
    let ov: unknown;
    try {
      ov = JSON.parse(k.f.str('overrides'));
    } catch (e) {
      return die(`error parsing --overrides: ${(e as Error).message}`);
    }
    pod = mergePatch(pod, ov) as KObject;
  }
  const objs = k.f.bool('expose') ? [buildService(k, name, labels, explicit), pod] : [pod];
  if (k.f.bool('save-config'))
    for (const o of objs)
      o.metadata.annotations = {
        ...(o.metadata.annotations ?? {}),
        'kubectl.kubernetes.io/last-applied-configuration': lastApplied(o),
      };
  if (dry === 'client') {
    objs.forEach((o, i) => {
      if (printsObjects(spec)) {
        if (i > 0 && spec.kind === 'yaml') k.out('---\n');
        printObject(k, o, spec, { typed: true, index: i, name: nameOf(o) });
      } else k.out(`${nameOf(o)} created (dry run)\n`);
    });
    return 0;
  }
  const store = requireStore(k, 1);
  const ns = namespaceOf(k);
  for (const o of objs) {
    const send = structuredClone(o);
    send.metadata.namespace = ns;
    const r = store.create(send, { dryRun: dry === 'server' });
    if (!r.ok) return fail(serverErrorText(r.error), 1);
    if (dry !== 'server') reconcile(k.world);
    if (attach) continue;
    const created = store.get(r.value.kind, ns, r.value.metadata.name) ?? r.value;
    if (printsObjects(spec)) printObject(k, created, spec, { typed: true, index: 0, name: nameOf(created) });
    else k.out(`${nameOf(created)} created${dry === 'server' ? ' (server dry run)' : ''}\n`);
  }
  if (!attach) return 0;
  return runAttached(k, name, ns);
}

/** An attached run: the container's main process is the command, so its output is what the attach shows. */
function runAttached(k: Kctx, name: string, ns: string): number {
  const store = requireStore(k, 0);
  reconcile(k.world);
  const pod = store.get('Pod', ns, name);
  let code = 0;
  let terminated: { exitCode?: number; reason?: string; message?: string } | undefined;
  if (pod) {
    const st = (pod.status?.containerStatuses ?? [])[0];
    terminated = st?.state?.terminated ?? st?.lastState?.terminated;
    if (st?.state?.running && !terminated) {
      const c = pod.spec?.containers?.[0] ?? {};
      const argv = [...(c.command ?? []), ...(c.args ?? [])] as string[];
      const target = podExecContext(k.world, pod);
      if (target.ok && argv.length && k.p.stdin) code = k.p.spawn(argv, target.over, k.p.stdin);
      else k.out(containerLogs(k.world, pod));
    } else {
      k.out(containerLogs(k.world, pod));
      code = terminated?.exitCode ?? 0;
    }
  }
  if (k.f.bool('rm')) {
    // run's delete flags: --grace-period (else the pod's own), and no waiting unless --wait
    const live = store.get('Pod', ns, name);
    if (live) {
      const grace = k.f.int('grace-period');
      deleteObject(store, 'Pod', ns, name, grace >= 0 ? { gracePeriodSeconds: grace } : {});
      reconcile(k.world);
      k.out(`pod "${name}" ${grace === 0 ? 'force deleted' : 'deleted'}\n`);
      if (k.f.bool('wait')) {
        const t = parseDuration(k.f.str('timeout') || '0s');
        const limit = typeof t === 'number' && t > 0 ? t : 10 * 60 * 1000;
        waitUntilGone(k, store, [{ kind: 'Pod', ns, name, uid: live.metadata.uid as string }], limit);
      }
    }
  }
  if (code !== 0 && k.f.str('restart') === 'Never') {
    const reason = terminated?.reason ?? 'Error';
    k.err(
      `pod ${ns}/${name} terminated (${reason})\n${terminated?.message ? `${terminated.message}\n` : ''}`,
    );
    return code;
  }
  return 0;
}

export const RUN: Record<string, CommandImpl> = { run: { run: runRun, required: ['image'] } };
