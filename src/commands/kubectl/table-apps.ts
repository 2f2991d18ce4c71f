/** Tables for workload kinds: deployments, replicasets, daemonsets, statefulsets, jobs, cronjobs, HPAs. */
import type { KObject } from '../../kube/store.js';
import { ageOf, humanDuration, parseTime } from './human-duration.js';
import {
  age,
  boolPtr,
  type Column,
  containerCells,
  formatLabelSelector,
  formatMap,
  num,
  type RowCtx,
  type TableDef,
} from './table-types.js';

// biome-ignore lint/suspicious/noExplicitAny: conditions are open JSON
type Any = any;

/** NAME, the kind's own columns, AGE, then the wide CONTAINERS, IMAGES and SELECTOR. */
function workloadColumns(...own: string[]): Column[] {
  return [
    { name: 'NAME' },
    ...own.map((name) => ({ name })),
    { name: 'AGE' },
    { name: 'CONTAINERS', wide: true },
    { name: 'IMAGES', wide: true },
    { name: 'SELECTOR', wide: true },
  ];
}

/** A row under workloadColumns: the pod template's containers and images, and the selector, go last. */
function workloadRow(o: KObject, ctx: RowCtx, own: string[], podSpec: unknown, selector: string): string[] {
  const [n, i] = containerCells(podSpec);
  return [o.metadata.name, ...own, age(o, ctx), n, i, selector];
}

/** ReplicaSet's and ReplicationController's DESIRED, CURRENT, READY. */
function replicaCells(o: KObject): string[] {
  return [String(o.spec?.replicas ?? 1), num(o.status?.replicas), num(o.status?.readyReplicas)];
}

function jobStatus(o: KObject): string {
  const has = (t: string) =>
    (o.status?.conditions ?? []).some((c: Any) => c.type === t && c.status === 'True');
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (o.metadata.deletionTimestamp) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  if (has('SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

function jobRow(o: KObject, ctx: RowCtx): string[] {
  const s = o.spec ?? {};
  const succeeded = o.status?.succeeded ?? 0;
  let completions: string;
  if (typeof s.completions === 'number') completions = `${succeeded}/${s.completions}`;
  else completions = (s.parallelism ?? 0) > 1 ? `${succeeded}/1 of ${s.parallelism}` : `${succeeded}/1`;
  const start = parseTime(o.status?.startTime);
  const end = parseTime(o.status?.completionTime);
  const duration = start === null ? '' : humanDuration((end ?? ctx.now) - start);
  return workloadRow(
    o,
    ctx,
    [jobStatus(o), completions, duration],
    s.template?.spec,
    formatLabelSelector(s.selector),
  );
}

function cronJobRow(o: KObject, ctx: RowCtx): string[] {
  const s = o.spec ?? {};
  const last = o.status?.lastScheduleTime ? ageOf(o.status.lastScheduleTime, ctx.now) : '<none>';
  return workloadRow(
    o,
    ctx,
    [
      s.schedule ?? '',
      s.timeZone ?? '<none>',
      boolPtr(s.suspend),
      String((o.status?.active ?? []).length),
      last,
    ],
    s.jobTemplate?.spec?.template?.spec,
    formatLabelSelector(s.jobTemplate?.spec?.selector),
  );
}

function hpaTargets(o: KObject): string {
  const metrics: Any[] = o.spec?.metrics ?? [];
  if (!metrics.length) return '<none>';
  const current: Any[] = o.status?.currentMetrics ?? [];
  return metrics
    .map((m, i) => {
      if (m.type !== 'Resource') return '<unknown>';
      const t = m.resource?.target ?? {};
      const cur = current[i]?.resource?.current;
      if (t.type === 'Utilization') {
        const c = cur?.averageUtilization !== undefined ? `${cur.averageUtilization}%` : '<unknown>';
        return `${m.resource.name}: ${c}/${t.averageUtilization}%`;
      }
      const c = cur?.averageValue ?? '<unknown>';
      return `${m.resource.name}: ${c}/${t.averageValue ?? t.value}`;
    })
    .join(', ');
}

export const APPS_TABLES: Record<string, TableDef> = {
  Deployment: {
    columns: workloadColumns('READY', 'UP-TO-DATE', 'AVAILABLE'),
    row: (o, c) => {
      const s = o.status ?? {};
      const own = [
        `${s.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`,
        num(s.updatedReplicas),
        num(s.availableReplicas),
      ];
      return workloadRow(o, c, own, o.spec?.template?.spec, formatLabelSelector(o.spec?.selector));
    },
  },
  ReplicaSet: {
    columns: workloadColumns('DESIRED', 'CURRENT', 'READY'),
    row: (o, c) =>
      workloadRow(o, c, replicaCells(o), o.spec?.template?.spec, formatLabelSelector(o.spec?.selector)),
  },
  ReplicationController: {
    columns: workloadColumns('DESIRED', 'CURRENT', 'READY'),
    row: (o, c) => workloadRow(o, c, replicaCells(o), o.spec?.template?.spec, formatMap(o.spec?.selector)),
  },
  DaemonSet: {
    columns: workloadColumns('DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR'),
    row: (o, c) => {
      const s = o.status ?? {};
      const own = [
        num(s.desiredNumberScheduled),
        num(s.currentNumberScheduled),
        num(s.numberReady),
        num(s.updatedNumberScheduled),
        num(s.numberAvailable),
        formatMap(o.spec?.template?.spec?.nodeSelector),
      ];
      return workloadRow(o, c, own, o.spec?.template?.spec, formatLabelSelector(o.spec?.selector));
    },
  },
  StatefulSet: {
    columns: [
      { name: 'NAME' },
      { name: 'READY' },
      { name: 'AGE' },
      { name: 'CONTAINERS', wide: true },
      { name: 'IMAGES', wide: true },
    ],
    row: (o, c) => {
      const [n, i] = containerCells(o.spec?.template?.spec);
      return [o.metadata.name, `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`, age(o, c), n, i];
    },
  },
  Job: {
    columns: workloadColumns('STATUS', 'COMPLETIONS', 'DURATION'),
    row: jobRow,
  },
  CronJob: {
    columns: workloadColumns('SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE'),
    row: cronJobRow,
  },
  HorizontalPodAutoscaler: {
    columns: [
      { name: 'NAME' },
      { name: 'REFERENCE' },
      { name: 'TARGETS' },
      { name: 'MINPODS' },
      { name: 'MAXPODS' },
      { name: 'REPLICAS' },
      { name: 'AGE' },
    ],
    row: (o, c) => [
      o.metadata.name,
      `${o.spec?.scaleTargetRef?.kind}/${o.spec?.scaleTargetRef?.name}`,
      hpaTargets(o),
      String(o.spec?.minReplicas ?? 1),
      String(o.spec?.maxReplicas ?? 0),
      num(o.status?.currentReplicas),
      age(o, c),
    ],
  },
  ControllerRevision: {
    columns: [{ name: 'NAME' }, { name: 'CONTROLLER' }, { name: 'REVISION' }, { name: 'AGE' }],
    row: (o, c) => {
      const ref = (o.metadata.ownerReferences ?? []).find((r) => r.controller);
      const ctl = ref ? `${ref.kind.toLowerCase()}.${ref.apiVersion.split('/')[0]}/${ref.name}` : '<none>';
      return [o.metadata.name, ctl, String(o.revision ?? 0), age(o, c)];
    },
  },
};
