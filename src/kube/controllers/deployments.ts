/**
 * The Deployment controller as kube-controller-manager runs it: the
 * ReplicaSet of the current template (created or found, revisions kept),
 * the RollingUpdate arithmetic (maxSurge rounds up, maxUnavailable rounds
 * down; the new ReplicaSet grows only within desired + maxSurge, old ones
 * shrink only while desired − maxUnavailable pods stay available), Recreate
 * (old pods gone first), history cleanup, and the status with its Available
 * and Progressing conditions (ProgressDeadlineExceeded once no progress was
 * seen for progressDeadlineSeconds).
 */
import { recordEvent } from '../events.js';
import { isoTime, type KObject, type KubeStore, ownerRef } from '../store.js';
import { podTemplateHash } from './workloads.js';

const CM = { component: 'deployment-controller' };
const REV = 'deployment.kubernetes.io/revision';
const DESIRED = 'deployment.kubernetes.io/desired-replicas';
const MAX = 'deployment.kubernetes.io/max-replicas';

type IntOrPercent = number | string | undefined;

/** intstr.GetScaledValueFromIntOrPercent: an int as is, "N%" of total rounded up or down. */
export function scaledValue(v: IntOrPercent, total: number, roundUp: boolean): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number.parseInt(v, 10) || 0;
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

function isRolling(d: KObject): boolean {
  return (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

function desiredOf(d: KObject): number {
  return d.spec?.replicas ?? 1;
}

/** deploymentutil.ResolveFenceposts: both zero becomes maxUnavailable 1. */
function fenceposts(d: KObject): { surge: number; unavailable: number } {
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  const desired = desiredOf(d);
  const surge = scaledValue(ru.maxSurge ?? 0, desired, true);
  let unavailable = scaledValue(ru.maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

export function maxSurge(d: KObject): number {
  return isRolling(d) ? fenceposts(d).surge : 0;
}

export function maxUnavailable(d: KObject): number {
  const desired = desiredOf(d);
  if (!isRolling(d) || desired === 0) return 0;
  return Math.min(fenceposts(d).unavailable, desired);
}

const specReplicas = (rs: KObject): number => rs.spec?.replicas ?? 0;
const available = (rs: KObject): number => rs.status?.availableReplicas ?? 0;
const sum = (rss: KObject[], f: (rs: KObject) => number): number => rss.reduce((n, rs) => n + f(rs), 0);
const revisionOf = (rs: KObject): number => Number(rs.metadata.annotations?.[REV] ?? 0);

/** controller.ReplicaSetsByCreationTimestamp: oldest first, then by name. */
function byCreation(a: KObject, b: KObject): number {
  const ta = String(a.metadata.creationTimestamp ?? '');
  const tb = String(b.metadata.creationTimestamp ?? '');
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : 1;
}

/** scaleReplicaSetAndRecordEvent: the new size and the replicas annotations, with the event when the size moved. */
function scaleRs(store: KubeStore, d: KObject, rs: KObject, to: number): KObject {
  const from = specReplicas(rs);
  const desired = desiredOf(d);
  const max = desired + maxSurge(d);
  const ann = rs.metadata.annotations ?? {};
  if (from === to && ann[DESIRED] === String(desired) && ann[MAX] === String(max)) return rs;
  const res = store.mutate('ReplicaSet', rs.metadata.namespace, rs.metadata.name, (r) => {
    r.spec.replicas = to;
    r.metadata.annotations = {
      ...(r.metadata.annotations ?? {}),
      [DESIRED]: String(desired),
      [MAX]: String(max),
    };
  });
  if (res.ok && from !== to)
    recordEvent(
      store,
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`,
      CM,
    );
  return res.ok ? res.value : rs;
}

/** deploymentutil.NewRSNewReplicas: how far the new ReplicaSet may grow now. */
function newRsReplicas(d: KObject, all: KObject[], current: number): number {
  const desired = desiredOf(d);
  if (!isRolling(d)) return desired;
  const total = sum(all, specReplicas);
  const maxTotal = desired + maxSurge(d);
  if (total >= maxTotal) return current;
  return current + Math.min(maxTotal - total, desired - current);
}

/** reconcileNewReplicaSet: scale the new ReplicaSet towards desired within maxSurge. */
function reconcileNew(store: KubeStore, d: KObject, all: KObject[], rs: KObject): boolean {
  const desired = desiredOf(d);
  const cur = specReplicas(rs);
  if (cur === desired) return false;
  const to = cur > desired ? desired : newRsReplicas(d, all, cur);
  if (to === cur) return false;
  scaleRs(store, d, rs, to);
  return true;
}

/**
 * reconcileOldReplicaSets: first drop the old ReplicaSets' unavailable pods
 * (they do not count towards availability), then scale old ones down, oldest
 * first, only as far as keeps desired − maxUnavailable pods available.
 */
function reconcileOld(store: KubeStore, d: KObject, olds: KObject[], rs: KObject): boolean {
  const active = olds.filter((r) => specReplicas(r) > 0).sort(byCreation);
  if (sum(active, specReplicas) === 0) return false;
  const minAvailable = desiredOf(d) - maxUnavailable(d);
  const all = [...active, rs];
  const newUnavailable = specReplicas(rs) - available(rs);
  const maxScaledDown = sum(all, specReplicas) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  let cleaned = 0;
  for (let i = 0; i < active.length && cleaned < maxScaledDown; i++) {
    const r = active[i] as KObject;
    const unhealthy = specReplicas(r) - available(r);
    if (specReplicas(r) === 0 || unhealthy <= 0) continue;
    const n = Math.min(maxScaledDown - cleaned, unhealthy);
    active[i] = scaleRs(store, d, r, specReplicas(r) - n);
    cleaned += n;
  }
  let scaled = 0;
  const availableNow = sum([...active, rs], available);
  if (availableNow > minAvailable) {
    const budget = availableNow - minAvailable;
    for (const r of active) {
      if (scaled >= budget) break;
      if (specReplicas(r) === 0) continue;
      const n = Math.min(specReplicas(r), budget - scaled);
      scaleRs(store, d, r, specReplicas(r) - n);
      scaled += n;
    }
  }
  return cleaned + scaled > 0;
}

/** Recreate: every old ReplicaSet to 0; the new one grows once no old pod is left. */
function rolloutRecreate(
  store: KubeStore,
  d: KObject,
  olds: KObject[],
  rs: KObject | undefined,
): KObject | undefined {
  let scaled = false;
  for (const r of olds) {
    if (specReplicas(r) === 0) continue;
    scaleRs(store, d, r, 0);
    scaled = true;
  }
  if (scaled) return rs;
  const oldUids = new Set(olds.map((r) => r.metadata.uid));
  const oldPods = store
    .list('Pod', d.metadata.namespace)
    .some(
      (p) =>
        p.metadata.ownerReferences?.some((o) => oldUids.has(o.uid)) &&
        !['Failed', 'Succeeded'].includes(p.status?.phase ?? ''),
    );
  if (oldPods) return rs;
  const made = rs ?? newReplicaSet(store, d, olds, 0);
  if (made && specReplicas(made) !== desiredOf(d)) return scaleRs(store, d, made, desiredOf(d));
  return made;
}

/** getNewReplicaSet's creation: the template's ReplicaSet at the next revision, sized by NewRSNewReplicas. */
function newReplicaSet(store: KubeStore, d: KObject, olds: KObject[], size?: number): KObject | undefined {
  const template = d.spec?.template ?? {};
  const hash = podTemplateHash(template);
  const name = `${d.metadata.name}-${hash}`;
  const maxRev = Math.max(0, ...olds.map(revisionOf));
  const replicas = size ?? newRsReplicas(d, olds, 0);
  const labels = { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash };
  const desired = desiredOf(d);
  const res = store.create({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: d.metadata.namespace,
      labels,
      annotations: {
        [DESIRED]: String(desired),
        [MAX]: String(desired + maxSurge(d)),
        [REV]: String(maxRev + 1),
      },
      ownerReferences: [ownerRef(d)],
    },
    spec: {
      replicas,
      selector: {
        matchLabels: { ...(d.spec?.selector?.matchLabels ?? {}), 'pod-template-hash': hash },
        ...(d.spec?.selector?.matchExpressions ? { matchExpressions: d.spec.selector.matchExpressions } : {}),
      },
      template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
    },
  });
  if (!res.ok) return undefined;
  if (replicas > 0)
    recordEvent(
      store,
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled up replica set ${name} from 0 to ${replicas}`,
      CM,
    );
  setProgressing(store, d, 'True', 'NewReplicaSetCreated', `Created new replica set "${name}"`);
  return res.value;
}

/** An older ReplicaSet matching the template again (rollback): it becomes the newest revision. */
function adoptRevision(store: KubeStore, rs: KObject, maxRev: number): KObject {
  if (revisionOf(rs) >= maxRev) return rs;
  const oldRev = rs.metadata.annotations?.[REV] ?? '';
  const hist = rs.metadata.annotations?.['deployment.kubernetes.io/revision-history'];
  const res = store.mutate('ReplicaSet', rs.metadata.namespace, rs.metadata.name, (r) => {
    r.metadata.annotations = {
      ...(r.metadata.annotations ?? {}),
      [REV]: String(maxRev + 1),
      'deployment.kubernetes.io/revision-history': hist ? `${hist},${oldRev}` : oldRev,
    };
  });
  return res.ok ? res.value : rs;
}

interface Condition {
  lastTransitionTime: string;
  lastUpdateTime: string;
  message: string;
  reason: string;
  status: string;
  type: string;
}

/** deploymentutil.SetDeploymentCondition: same status and reason keeps it; a changed one goes to the end. */
function setCondition(conds: Condition[], c: Condition): Condition[] {
  const cur = conds.find((x) => x.type === c.type);
  if (cur && cur.status === c.status && cur.reason === c.reason) return conds;
  const next = { ...c };
  if (cur && cur.status === c.status) next.lastTransitionTime = cur.lastTransitionTime;
  return [...conds.filter((x) => x.type !== c.type), next];
}

function condition(type: string, status: string, reason: string, message: string, at: number): Condition {
  const t = isoTime(at);
  return { lastTransitionTime: t, lastUpdateTime: t, message, reason, status, type };
}

function setProgressing(store: KubeStore, d: KObject, status: string, reason: string, message: string): void {
  if (d.spec?.progressDeadlineSeconds === undefined || d.spec.progressDeadlineSeconds === null) return;
  store.mutate(
    'Deployment',
    d.metadata.namespace,
    d.metadata.name,
    (x) => {
      x.status ??= {};
      x.status.conditions = setCondition(
        x.status.conditions ?? [],
        condition('Progressing', status, reason, message, store.world.clock.now),
      );
    },
    { statusOnly: true },
  );
}

export function reconcileDeployments(store: KubeStore): void {
  for (const d of store.list('Deployment')) syncDeployment(store, d);
}

function syncDeployment(store: KubeStore, d: KObject): void {
  const hash = podTemplateHash(d.spec?.template ?? {});
  const newName = `${d.metadata.name}-${hash}`;
  const owned = store.ownedBy('ReplicaSet', d);
  const maxRev = Math.max(0, ...owned.map(revisionOf));
  let rs = owned.find((r) => r.metadata.name === newName);
  if (rs) rs = adoptRevision(store, rs, maxRev);
  const olds = owned.filter((r) => r.metadata.name !== newName);
  if (isRolling(d)) {
    rs ??= newReplicaSet(store, d, olds);
    if (rs && !reconcileNew(store, d, [...olds, rs], rs)) reconcileOld(store, d, olds, rs);
  } else rs = rolloutRecreate(store, d, olds, rs);
  cleanupHistory(store, d, newName);
  writeStatus(store, d.metadata.namespace as string, d.metadata.name, newName);
}

/** Keep revisionHistoryLimit old ReplicaSets that have been scaled to nothing. */
function cleanupHistory(store: KubeStore, d: KObject, newName: string): void {
  const history = store
    .ownedBy('ReplicaSet', d)
    .filter((r) => r.metadata.name !== newName && specReplicas(r) === 0 && (r.status?.replicas ?? 0) === 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  const limit = d.spec?.revisionHistoryLimit ?? 10;
  for (const r of history.slice(0, Math.max(0, history.length - limit)))
    store.delete('ReplicaSet', r.metadata.namespace, r.metadata.name);
}

/** calculateStatus + syncRolloutStatus. */
function writeStatus(store: KubeStore, ns: string, name: string, newName: string): void {
  const d = store.get('Deployment', ns, name);
  if (!d) return;
  const now = store.world.clock.now;
  const rss = store.ownedBy('ReplicaSet', d);
  const cur = rss.find((r) => r.metadata.name === newName);
  const desired = desiredOf(d);
  const replicas = sum(rss, (r) => r.status?.replicas ?? 0);
  const updated = cur?.status?.replicas ?? 0;
  const ready = sum(rss, (r) => r.status?.readyReplicas ?? 0);
  const avail = sum(rss, available);
  const unavailable = Math.max(0, sum(rss, specReplicas) - avail);
  const old = d.status ?? {};
  let conds: Condition[] = [...(old.conditions ?? [])];
  conds = setCondition(
    conds,
    avail >= desired - maxUnavailable(d)
      ? condition(
          'Available',
          'True',
          'MinimumReplicasAvailable',
          'Deployment has minimum availability.',
          now,
        )
      : condition(
          'Available',
          'False',
          'MinimumReplicasUnavailable',
          'Deployment does not have minimum availability.',
          now,
        ),
  );
  const deadline = d.spec?.progressDeadlineSeconds;
  const progressing = conds.find((c) => c.type === 'Progressing');
  if (deadline === undefined || deadline === null) conds = conds.filter((c) => c.type !== 'Progressing');
  else if (!(replicas === updated && progressing?.reason === 'NewReplicaSetAvailable')) {
    const rsName = cur ? `ReplicaSet "${newName}"` : `Deployment "${name}"`;
    const complete = updated === desired && replicas === desired && avail === desired;
    const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
    const moved =
      updated > (old.updatedReplicas ?? 0) ||
      replicas - updated < oldOld ||
      ready > (old.readyReplicas ?? 0) ||
      avail > (old.availableReplicas ?? 0);
    if (complete)
      conds = setCondition(
        conds,
        condition(
          'Progressing',
          'True',
          'NewReplicaSetAvailable',
          `${rsName} has successfully progressed.`,
          now,
        ),
      );
    else if (moved) {
      const c = condition('Progressing', 'True', 'ReplicaSetUpdated', `${rsName} is progressing.`, now);
      if (progressing?.status === 'True') c.lastTransitionTime = progressing.lastTransitionTime;
      conds = [...conds.filter((x) => x.type !== 'Progressing'), c];
    } else if (
      progressing &&
      !['NewReplicaSetAvailable', 'ProgressDeadlineExceeded'].includes(progressing.reason)
    ) {
      // no progress for progressDeadlineSeconds since the condition last moved: timed out (at that moment)
      const due = Date.parse(progressing.lastUpdateTime) + deadline * 1000;
      if (due < now)
        conds = setCondition(
          conds,
          condition(
            'Progressing',
            'False',
            'ProgressDeadlineExceeded',
            `${rsName} has timed out progressing.`,
            due,
          ),
        );
    }
  }
  store.mutate(
    'Deployment',
    ns,
    name,
    (x) => {
      x.metadata.annotations = {
        ...(x.metadata.annotations ?? {}),
        [REV]: cur?.metadata.annotations?.[REV] ?? '1',
      };
      const st: Record<string, unknown> = { observedGeneration: x.metadata.generation ?? 1 };
      if (replicas) st.replicas = replicas;
      if (updated) st.updatedReplicas = updated;
      if (ready) st.readyReplicas = ready;
      if (avail) st.availableReplicas = avail;
      if (unavailable) st.unavailableReplicas = unavailable;
      if (old.collisionCount !== undefined) st.collisionCount = old.collisionCount;
      st.conditions = conds;
      x.status = st;
    },
    { statusOnly: true },
  );
}
