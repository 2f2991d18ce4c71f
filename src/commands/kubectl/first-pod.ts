/**
 * The pod kubectl picks for `logs`/`exec`/`attach`/`port-forward` TYPE/NAME:
 * polymorphichelpers.SelectorsForObject and GetFirstPod, sorted by podutils'
 * ByLogging (logs) or reversed ActivePods (exec and attach).
 */
import { type LabelSelector, matchesMap, matchesSelector } from '../../kube/labels.js';
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';

/** The pods an object selects (SelectorsForObject), or an error in kubectl's words. */
export function podsSelectedBy(store: KubeStore, o: KObject): KObject[] {
  const ns = o.metadata.namespace;
  const pods = store.list('Pod', ns);
  switch (o.kind) {
    case 'Service':
    case 'ReplicationController': {
      const sel = o.spec?.selector as Record<string, string> | undefined;
      if (o.kind === 'Service' && (!sel || Object.keys(sel).length === 0))
        return fail(
          `error: invalid service '${o.metadata.name}': Service is defined without a selector\n`,
          1,
        );
      return pods.filter((p) => matchesMap(p.metadata.labels, sel));
    }
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job': {
      const sel = o.spec?.selector as LabelSelector | undefined;
      return pods.filter((p) => matchesSelector(p.metadata.labels, sel ?? {}));
    }
    default:
      return fail(`error: selector for ${selectorKind(o)} not implemented\n`, 1);
  }
}

function selectorKind(o: KObject): string {
  const gv = String(o.apiVersion ?? 'v1');
  const [group, version] = gv.includes('/') ? gv.split('/') : ['', gv];
  return `${group ? `${group}/` : ''}${version}, Kind=${o.kind}`;
}

function ready(p: KObject): boolean {
  return (p.status?.conditions ?? []).some(
    (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
  );
}

/** The Ready condition's lastTransitionTime in ms, 0 when unknown. */
function readyTime(p: KObject): number {
  const c = (p.status?.conditions ?? []).find((x: { type: string }) => x.type === 'Ready');
  const t = c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : Number.NaN;
  return Number.isNaN(t) ? 0 : t;
}

function created(p: KObject): number {
  const t = p.metadata.creationTimestamp ? Date.parse(p.metadata.creationTimestamp) : Number.NaN;
  return Number.isNaN(t) ? 0 : t;
}

function maxRestarts(p: KObject): number {
  let n = 0;
  for (const s of p.status?.containerStatuses ?? []) n = Math.max(n, Number(s.restartCount ?? 0));
  return n;
}

/** afterOrZero: a zero time counts as after anything. */
function afterOrZero(t1: number, t2: number): boolean {
  if (t1 === 0 || t2 === 0) return t1 === 0;
  return t1 > t2;
}

const assigned = (p: KObject) => Boolean(p.spec?.nodeName);

/** podutils.ByLogging's Less: the best pod to read logs from first. */
function byLoggingLess(a: KObject, b: KObject): boolean {
  if (a.spec?.nodeName !== b.spec?.nodeName && (!assigned(a) || !assigned(b))) return assigned(a);
  const rank: Record<string, number> = { Running: 0, Unknown: 1, Pending: 2 };
  const ra = rank[a.status?.phase] ?? 0;
  const rb = rank[b.status?.phase] ?? 0;
  if (ra !== rb) return ra < rb;
  if (ready(a) !== ready(b)) return ready(a);
  if (ready(a) && ready(b) && readyTime(a) !== readyTime(b)) return afterOrZero(readyTime(b), readyTime(a));
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(b), created(a));
  return false;
}

/** podutils.ActivePods' Less: the pod to delete first (so the reverse is the one to exec into). */
function activePodsLess(a: KObject, b: KObject): boolean {
  if (a.spec?.nodeName !== b.spec?.nodeName && (!assigned(a) || !assigned(b))) return !assigned(a);
  const rank: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
  const ra = rank[a.status?.phase] ?? 0;
  const rb = rank[b.status?.phase] ?? 0;
  if (ra !== rb) return ra < rb;
  if (ready(a) !== ready(b)) return !ready(a);
  if (ready(a) && ready(b) && readyTime(a) !== readyTime(b)) return afterOrZero(readyTime(a), readyTime(b));
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(a), created(b));
  return false;
}

/** Go's sort.Sort on so few pods is an insertion sort: stable, list order among equals. */
function insertionSort(pods: KObject[], less: (a: KObject, b: KObject) => boolean): KObject[] {
  const s = [...pods];
  for (let i = 1; i < s.length; i++)
    for (let j = i; j > 0 && less(s[j] as KObject, s[j - 1] as KObject); j--) {
      const t = s[j] as KObject;
      s[j] = s[j - 1] as KObject;
      s[j - 1] = t;
    }
  return s;
}

/** GetFirstPod: the chosen pod and how many matched. */
export function firstPod(
  pods: KObject[],
  purpose: 'logs' | 'exec',
): { pod: KObject | undefined; count: number } {
  const less = purpose === 'logs' ? byLoggingLess : (a: KObject, b: KObject) => activePodsLess(b, a);
  return { pod: insertionSort(pods, less)[0], count: pods.length };
}
