/** `kubectl rollout status|restart|history|undo|pause|resume` for deployments, daemon sets and stateful sets. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { isoTime } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { describePodTemplate } from './describe-pod.js';
import { DescribeWriter } from './describe-writer.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { goQuote } from './klog.js';
import { serverErrorText } from './kube-error.js';
import { nameOf } from './output.js';
import { parseDuration } from './pflag.js';
import { reconcile } from './reconcile.js';
import { describeTable } from './tabwriter.js';
import { findTargets } from './targets.js';

const REV = 'deployment.kubernetes.io/revision';

function targets(k: Kctx) {
  if (k.args.length === 0 && k.f.list('filename').length === 0)
    fail(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
      1,
    );
  const t = findTargets(k, k.args);
  if (t.missing) fail(t.missing, 1);
  return t;
}

type Status = { text: string; done: boolean; error?: string };

/** polymorphichelpers' status viewers: the line for the object's current status, whether it is done, or why it failed. */
function statusLine(o: KObject, revision: number): Status {
  const s = o.status ?? {};
  const name = goQuote(o.metadata.name);
  const want = o.spec?.replicas ?? 1;
  if (o.kind === 'Deployment') {
    if (revision > 0) {
      const running = Number(o.metadata.annotations?.[REV] ?? 0);
      if (running !== revision)
        return {
          text: '',
          done: false,
          error: `desired revision (${revision}) is different from the running revision (${running})`,
        };
    }
    if ((o.metadata.generation ?? 0) > (s.observedGeneration ?? 0))
      return { text: 'Waiting for deployment spec update to be observed...\n', done: false };
    const progressing = (s.conditions ?? []).find((c: { type: string }) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
      return { text: '', done: false, error: `deployment ${name} exceeded its progress deadline` };
    if ((s.updatedReplicas ?? 0) < want)
      return {
        text: `Waiting for deployment ${name} rollout to finish: ${s.updatedReplicas ?? 0} out of ${want} new replicas have been updated...\n`,
        done: false,
      };
    if ((s.replicas ?? 0) > (s.updatedReplicas ?? 0))
      return {
        text: `Waiting for deployment ${name} rollout to finish: ${(s.replicas ?? 0) - (s.updatedReplicas ?? 0)} old replicas are pending termination...\n`,
        done: false,
      };
    if ((s.availableReplicas ?? 0) < (s.updatedReplicas ?? 0))
      return {
        text: `Waiting for deployment ${name} rollout to finish: ${s.availableReplicas ?? 0} of ${s.updatedReplicas ?? 0} updated replicas are available...\n`,
        done: false,
      };
    return { text: `deployment ${name} successfully rolled out\n`, done: true };
  }
  if (o.kind === 'DaemonSet') {
    if ((s.updatedNumberScheduled ?? 0) < (s.desiredNumberScheduled ?? 0))
      return {
        text: `Waiting for daemon set ${name} rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${s.desiredNumberScheduled ?? 0} new pods have been updated...\n`,
        done: false,
      };
    if ((s.numberAvailable ?? 0) < (s.desiredNumberScheduled ?? 0))
      return {
        text: `Waiting for daemon set ${name} rollout to finish: ${s.numberAvailable ?? 0} of ${s.desiredNumberScheduled ?? 0} updated pods are available...\n`,
        done: false,
      };
    return { text: `daemon set ${name} successfully rolled out\n`, done: true };
  }
  if ((s.readyReplicas ?? 0) < want)
    return { text: `Waiting for ${want - (s.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
  return {
    text: `statefulset rolling update complete ${s.currentReplicas ?? want} pods at revision ${s.currentRevision ?? ''}...\n`,
    done: true,
  };
}

/** How long a watch without --timeout is followed in virtual time before giving up (the real one waits until interrupted). */
const WATCH_CAP_MS = 15 * 60 * 1000;

/**
 * The watch of RolloutStatusOptions.Run: the status is printed for the
 * object as listed and again whenever it is modified, until the viewer
 * says done or fails, or --timeout passes.
 */
function runStatus(k: Kctx): number {
  const t = targets(k);
  const revision = k.f.int('revision');
  if (revision < 0) return fail(`error: revision must be a positive integer: ${revision}\n`, 1);
  const timeout = parseDuration(k.f.str('timeout') || '0s');
  const limit = typeof timeout === 'number' && timeout > 0 ? timeout : WATCH_CAP_MS;
  for (const o of t.objects) {
    if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(o.kind))
      return fail(`error: no status viewer has been implemented for ${o.kind}\n`, 1);
    let seen: string | undefined;
    // watch: let the cluster make progress in virtual time, printing the status at each modification
    // (every second at first, then every five: a stalled rollout waits minutes for its deadline)
    for (let waited = 0, step = 1000; ; waited += step) {
      reconcile(k.world);
      const cur = t.store.get(o.kind, o.metadata.namespace, o.metadata.name);
      if (!cur) return fail('error: object has been deleted\n', 1);
      if (cur.metadata.resourceVersion !== seen) {
        seen = cur.metadata.resourceVersion;
        const { text, done, error } = statusLine(cur, revision);
        if (error) return fail(`error: ${error}\n`, 1);
        k.out(text);
        if (done || !k.f.bool('watch')) break;
      }
      if (waited >= limit) return fail('error: timed out waiting for the condition\n', 1);
      step = Math.min(waited < 30_000 ? 1000 : 5000, limit - waited);
      k.p.elapse(step);
    }
  }
  return 0;
}

function owned(store: KubeStore, d: KObject): KObject[] {
  return store
    .list('ReplicaSet', d.metadata.namespace)
    .filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
}

function runHistory(k: Kctx): number {
  const t = targets(k);
  const want = k.f.int('revision');
  for (const o of t.objects) {
    const rss = owned(t.store, o)
      .map((r) => ({ r, rev: Number(r.metadata.annotations?.[REV] ?? 0) }))
      .sort((a, b) => a.rev - b.rev);
    if (want > 0) {
      const hit = rss.find((x) => x.rev === want);
      if (!hit) return fail(`error: unable to find the specified revision\n`, 1);
      k.out(`${nameOf(o)} with revision #${want}\n`);
      const w = new DescribeWriter();
      describePodTemplate(w, hit.r.spec?.template);
      k.out(`${w.toString()}\n`);
      continue;
    }
    let text = 'REVISION\tCHANGE-CAUSE\n';
    for (const x of rss)
      text += `${x.rev}\t${x.r.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>'}\n`;
    k.out(`${nameOf(o)} \n${describeTable(text)}\n`);
  }
  return 0;
}

function updateTemplate(
  k: Kctx,
  verb: string,
  change: (o: KObject, store: KubeStore) => string | null,
): number {
  const t = targets(k);
  for (const o of t.objects) {
    const next: KObject = structuredClone(o);
    const err = change(next, t.store);
    if (err) return fail(err, 1);
    const r = t.store.update(next);
    if (!r.ok) return fail(serverErrorText(r.error), 1);
    reconcile(k.world);
    k.out(`${nameOf(o)} ${verb}\n`);
  }
  return 0;
}

function runRestart(k: Kctx): number {
  return updateTemplate(k, 'restarted', (o) => {
    if (o.kind === 'Deployment' && o.spec?.paused)
      return `error: deployments.apps ${goQuote(o.metadata.name)} can't restart paused deployment (run rollout resume first)\n`;
    o.spec.template.metadata ??= {};
    o.spec.template.metadata.annotations = {
      ...(o.spec.template.metadata.annotations ?? {}),
      'kubectl.kubernetes.io/restartedAt': isoTime(k.world.clock.now),
    };
    return null;
  });
}

function runUndo(k: Kctx): number {
  const to = k.f.int('to-revision');
  return updateTemplate(k, 'rolled back', (o, store) => {
    const rss = owned(store, o)
      .map((r) => ({ r, rev: Number(r.metadata.annotations?.[REV] ?? 0) }))
      .sort((a, b) => b.rev - a.rev);
    const current = Number(o.metadata.annotations?.[REV] ?? rss[0]?.rev ?? 0);
    const target = to > 0 ? rss.find((x) => x.rev === to) : rss.find((x) => x.rev !== current);
    if (!target)
      return to > 0
        ? `error: unable to find specified revision ${to} in history\n`
        : `error: no rollout history found for deployment ${goQuote(o.metadata.name)}\n`;
    const tpl = structuredClone(target.r.spec.template);
    if (tpl.metadata?.labels) delete tpl.metadata.labels['pod-template-hash'];
    o.spec.template = tpl;
    return null;
  });
}

function pauseResume(k: Kctx, pause: boolean): number {
  return updateTemplate(k, pause ? 'paused' : 'resumed', (o) => {
    if (!!o.spec?.paused === pause)
      return `error: deployments.apps ${goQuote(o.metadata.name)} is ${pause ? 'already paused' : 'not paused'}\n`;
    o.spec.paused = pause || undefined;
    if (!pause) delete o.spec.paused;
    return null;
  });
}

export const ROLLOUT: Record<string, CommandImpl> = {
  'rollout status': { run: runStatus },
  'rollout history': { run: runHistory },
  'rollout restart': { run: runRestart },
  'rollout undo': { run: runUndo },
  'rollout pause': { run: (k) => pauseResume(k, true) },
  'rollout resume': { run: (k) => pauseResume(k, false) },
};
