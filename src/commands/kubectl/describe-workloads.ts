/** kubectl describe for deployments, replica sets, daemon sets, stateful sets, jobs and cron jobs. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { describePodTemplate } from './describe-pod.js';
import {
  annotationsMultiline,
  controllerOf,
  DescribeWriter,
  describeEvents,
  describeMeta,
  eventsFor,
  labelsMultiline,
} from './describe-writer.js';
import { humanDuration, parseTime, rfc1123z } from './human-duration.js';
import { labelTest } from './selectors.js';
import { formatLabelSelector, formatMap } from './table-types.js';

// biome-ignore lint/suspicious/noExplicitAny: open JSON
type Any = any;

/** Selector as labels.Selector.String() prints it (empty when it selects everything). */
function selectorString(sel: Any): string {
  const s = formatLabelSelector(sel);
  return s === '<none>' ? '' : s;
}

function podCounts(store: KubeStore, owner: KObject): string {
  const sel = selectorString(owner.spec?.selector);
  const t = labelTest(sel);
  let running = 0;
  let waiting = 0;
  let succeeded = 0;
  let failed = 0;
  for (const p of store.list('Pod', owner.metadata.namespace)) {
    if (typeof t !== 'string' && !t(p.metadata.labels)) continue;
    const ref = (p.metadata.ownerReferences ?? []).find((r) => r.controller);
    if (!ref || ref.uid !== owner.metadata.uid) continue;
    const ph = p.status?.phase;
    if (ph === 'Running') running++;
    else if (ph === 'Pending') waiting++;
    else if (ph === 'Succeeded') succeeded++;
    else if (ph === 'Failed') failed++;
  }
  return `${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed`;
}

function conditions(w: DescribeWriter, conds: Any[] | undefined): void {
  if (!conds?.length) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conds) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

function rsList(rss: KObject[]): string {
  return (
    rss
      .map((r) => `${r.metadata.name} (${r.status?.replicas ?? 0}/${r.spec?.replicas ?? 1} replicas created)`)
      .join(', ') || '<none>'
  );
}

export function describeDeployment(store: KubeStore, d: KObject, now: number): string {
  const w = new DescribeWriter();
  const spec = d.spec ?? {};
  const st = d.status ?? {};
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', d.metadata.labels);
  annotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`);
  w.write(
    0,
    `Replicas:\t${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
  );
  w.write(0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
  w.write(0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
  const ru = spec.strategy?.rollingUpdate;
  if (ru)
    w.write(
      0,
      `RollingUpdateStrategy:\t${ru.maxUnavailable ?? ''} max unavailable, ${ru.maxSurge ?? ''} max surge\n`,
    );
  describePodTemplate(w, spec.template);
  conditions(w, st.conditions);
  const owned = store
    .list('ReplicaSet', d.metadata.namespace)
    .filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid && o.controller));
  if (owned.length) {
    const rev = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
    const tplHash = (r: KObject) =>
      JSON.stringify(stripHash(r.spec?.template)) === JSON.stringify(stripHash(spec.template));
    const newRs = owned
      .filter(
        (r) => tplHash(r) || (rev && r.metadata.annotations?.['deployment.kubernetes.io/revision'] === rev),
      )
      .slice(0, 1);
    const old = owned.filter((r) => !newRs.includes(r));
    w.write(0, `OldReplicaSets:\t${rsList(old)}\n`);
    w.write(0, `NewReplicaSet:\t${rsList(newRs)}\n`);
  }
  describeEvents(w, eventsFor(store, d), now);
  return w.toString();
}

function stripHash(t: Any): Any {
  if (!t) return t;
  const c = structuredClone(t);
  if (c.metadata?.labels) delete c.metadata.labels['pod-template-hash'];
  return c;
}

export function describeReplicaSet(store: KubeStore, rs: KObject, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  labelsMultiline(w, 'Labels', rs.metadata.labels);
  annotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const ctl = controllerOf(rs);
  if (ctl) w.write(0, `Controlled By:\t${ctl}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
  w.write(0, 'Pods Status:\t');
  w.write(0, `${podCounts(store, rs)}\n`);
  describePodTemplate(w, rs.spec?.template);
  conditions(w, rs.status?.conditions);
  describeEvents(w, eventsFor(store, rs), now);
  return w.toString();
}

export function describeDaemonSet(store: KubeStore, ds: KObject, now: number): string {
  const w = new DescribeWriter();
  const st = ds.status ?? {};
  w.write(0, `Name:\t${ds.metadata.name}\n`);
  w.write(0, `Selector:\t${selectorString(ds.spec?.selector)}\n`);
  w.write(0, `Node-Selector:\t${formatMap(ds.spec?.template?.spec?.nodeSelector)}\n`);
  labelsMultiline(w, 'Labels', ds.metadata.labels);
  annotationsMultiline(w, 'Annotations', ds.metadata.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podCounts(store, ds)}\n`);
  describePodTemplate(w, ds.spec?.template);
  describeEvents(w, eventsFor(store, ds), now);
  return w.toString();
}

export function describeStatefulSet(store: KubeStore, ss: KObject, now: number): string {
  const w = new DescribeWriter();
  const spec = ss.spec ?? {};
  w.write(0, `Name:\t${ss.metadata.name}\n`);
  w.write(0, `Namespace:\t${ss.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(ss.metadata.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`);
  labelsMultiline(w, 'Labels', ss.metadata.labels);
  annotationsMultiline(w, 'Annotations', ss.metadata.annotations);
  w.write(0, `Replicas:\t${spec.replicas ?? 1} desired | ${ss.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${spec.updateStrategy?.type ?? ''}\n`);
  const ru = spec.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  w.write(0, `Pods Status:\t${podCounts(store, ss)}\n`);
  describePodTemplate(w, spec.template);
  const vct: Any[] = spec.volumeClaimTemplates ?? [];
  if (!vct.length) w.write(0, 'Volume Claims:\t<none>\n');
  else {
    w.write(0, 'Volume Claims:\n');
    for (const p of vct) {
      w.write(1, `Name:\t${p.metadata?.name}\n`);
      w.write(1, `StorageClass:\t${p.spec?.storageClassName ?? ''}\n`);
      labelsMultiline(w, 'Labels', p.metadata?.labels, '  ');
      labelsMultiline(w, 'Annotations', p.metadata?.annotations, '  ');
      w.write(1, `Capacity:\t${p.spec?.resources?.requests?.storage ?? '<default>'}\n`);
      w.write(1, `Access Modes:\t[${(p.spec?.accessModes ?? []).join(' ')}]\n`);
    }
  }
  describeEvents(w, eventsFor(store, ss), now);
  return w.toString();
}

export function describeJob(store: KubeStore, job: KObject, now: number): string {
  const w = new DescribeWriter();
  const spec = job.spec ?? {};
  const st = job.status ?? {};
  w.write(0, `Name:\t${job.metadata.name}\n`);
  w.write(0, `Namespace:\t${job.metadata.namespace}\n`);
  w.write(0, `Selector:\t${selectorString(spec.selector)}\n`);
  labelsMultiline(w, 'Labels', job.metadata.labels);
  annotationsMultiline(w, 'Annotations', job.metadata.annotations);
  const ctl = controllerOf(job);
  if (ctl) w.write(0, `Controlled By:\t${ctl}\n`);
  if (spec.parallelism !== undefined) w.write(0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(0, `Completions:\t${spec.completions ?? '<unset>'}\n`);
  if (spec.completionMode) w.write(0, `Completion Mode:\t${spec.completionMode}\n`);
  if (spec.suspend !== undefined) w.write(0, `Suspend:\t${spec.suspend}\n`);
  if (spec.backoffLimit !== undefined) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`);
  if (spec.ttlSecondsAfterFinished !== undefined)
    w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  if (st.completionTime) w.write(0, `Completed At:\t${rfc1123z(st.completionTime)}\n`);
  if (st.startTime && st.completionTime)
    w.write(
      0,
      `Duration:\t${humanDuration((parseTime(st.completionTime) ?? 0) - (parseTime(st.startTime) ?? 0))}\n`,
    );
  if (spec.activeDeadlineSeconds !== undefined)
    w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  const counts = `${st.active ?? 0} Active${st.ready !== undefined ? ` (${st.ready} Ready)` : ''} / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed`;
  w.write(0, `Pods Statuses:\t${counts}\n`);
  describePodTemplate(w, spec.template);
  describeEvents(w, eventsFor(store, job), now);
  return w.toString();
}

export function describeCronJob(store: KubeStore, cj: KObject, now: number): string {
  const w = new DescribeWriter();
  const spec = cj.spec ?? {};
  describeMeta(w, cj);
  w.write(0, `Schedule:\t${spec.schedule ?? ''}\n`);
  w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
  w.write(0, `Suspend:\t${spec.suspend === undefined ? '<unset>' : spec.suspend ? 'True' : 'False'}\n`);
  w.write(0, `Successful Job History Limit:\t${spec.successfulJobsHistoryLimit ?? '<unset>'}\n`);
  w.write(0, `Failed Job History Limit:\t${spec.failedJobsHistoryLimit ?? '<unset>'}\n`);
  w.write(
    0,
    `Starting Deadline Seconds:\t${spec.startingDeadlineSeconds !== undefined ? `${spec.startingDeadlineSeconds}s` : '<unset>'}\n`,
  );
  const jt = spec.jobTemplate?.spec ?? {};
  w.write(0, `Selector:\t${jt.selector ? selectorString(jt.selector) : '<unset>'}\n`);
  w.write(0, `Parallelism:\t${jt.parallelism ?? '<unset>'}\n`);
  w.write(0, `Completions:\t${jt.completions ?? '<unset>'}\n`);
  if (jt.activeDeadlineSeconds !== undefined)
    w.write(0, `Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, jt.template);
  w.write(
    0,
    `Last Schedule Time:\t${cj.status?.lastScheduleTime ? rfc1123z(cj.status.lastScheduleTime) : '<unset>'}\n`,
  );
  const active: Any[] = cj.status?.active ?? [];
  w.write(0, 'Active Jobs:\t');
  w.line(active.length ? active.map((j) => j.name).join(', ') : '<none>');
  describeEvents(w, eventsFor(store, cj), now);
  return w.toString();
}
