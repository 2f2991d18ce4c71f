/** kube-scheduler: bind pending pods to a node that fits (nodeName, nodeSelector, affinity, taints, cordon). */
import { recordEvent } from '../events.js';
import type { KObject, KubeStore } from '../store.js';
import { tolerates } from './pod-status.js';

interface Verdict {
  ok: boolean;
  why?: string;
}

function affinityOk(pod: KObject, node: KObject): boolean {
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
    ?.nodeSelectorTerms as
    | Array<{
        matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
        matchFields?: Array<{ key: string; operator: string; values?: string[] }>;
      }>
    | undefined;
  if (!terms || terms.length === 0) return true;
  return terms.some((t) => {
    const exprs = (t.matchExpressions ?? []).every((e) => {
      const v = node.metadata.labels?.[e.key];
      switch (e.operator) {
        case 'In':
          return v !== undefined && (e.values ?? []).includes(v);
        case 'NotIn':
          return v === undefined || !(e.values ?? []).includes(v);
        case 'Exists':
          return v !== undefined;
        case 'DoesNotExist':
          return v === undefined;
        case 'Gt':
          return v !== undefined && Number(v) > Number(e.values?.[0]);
        case 'Lt':
          return v !== undefined && Number(v) < Number(e.values?.[0]);
        default:
          return false;
      }
    });
    const fields = (t.matchFields ?? []).every(
      (f) =>
        f.key === 'metadata.name' &&
        (f.operator === 'In'
          ? (f.values ?? []).includes(node.metadata.name)
          : !(f.values ?? []).includes(node.metadata.name)),
    );
    return exprs && fields;
  });
}

function fits(pod: KObject, node: KObject): Verdict {
  if (node.spec?.unschedulable) return { ok: false, why: '1 node(s) were unschedulable' };
  const sel = (pod.spec?.nodeSelector ?? {}) as Record<string, string>;
  if (!Object.entries(sel).every(([k, v]) => node.metadata.labels?.[k] === v) || !affinityOk(pod, node)) {
    return { ok: false, why: "1 node(s) didn't match Pod's node affinity/selector" };
  }
  for (const t of (node.spec?.taints ?? []) as Array<{ key: string; value?: string; effect: string }>) {
    if (t.effect === 'PreferNoSchedule') continue;
    if (!tolerates(pod, t))
      return { ok: false, why: `1 node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}` };
  }
  return { ok: true };
}

/** "0/2 nodes are available: ..." with the reasons counted the way the scheduler aggregates them. */
function unschedulableMessage(reasons: string[], total: number): string {
  const counts = new Map<string, number>();
  for (const r of reasons) {
    const text = r.replace(/^1 /, '');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const parts = [...counts.entries()].map(([t, n]) => `${n} ${t}`).sort();
  return `0/${total} nodes are available: ${parts.join(', ')}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
}

export function reconcileScheduler(store: KubeStore): void {
  const nodes = store.list('Node');
  const podsOn = new Map<string, number>();
  const all = store.list('Pod');
  if (all.every((p) => p.spec?.nodeName || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed'))
    return;
  for (const p of all)
    if (p.spec?.nodeName) podsOn.set(p.spec.nodeName, (podsOn.get(p.spec.nodeName) ?? 0) + 1);
  for (const pod of all) {
    if (pod.spec?.nodeName || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
    if ((pod.spec?.schedulerName ?? 'default-scheduler') !== 'default-scheduler') continue;
    const verdicts = nodes.map((n) => ({ node: n, v: fits(pod, n) }));
    const ok = verdicts.filter((x) => x.v.ok);
    if (ok.length === 0) {
      const msg =
        nodes.length === 0
          ? 'no nodes available to schedule pods'
          : unschedulableMessage(
              verdicts.map((x) => x.v.why ?? ''),
              nodes.length,
            );
      const already = (pod.status?.conditions ?? []).some(
        (c: { type: string; message?: string }) => c.type === 'PodScheduled' && c.message === msg,
      );
      if (!already) {
        store.mutate(
          'Pod',
          pod.metadata.namespace,
          pod.metadata.name,
          (p) => {
            p.status = {
              ...(p.status ?? {}),
              phase: 'Pending',
              conditions: [
                {
                  lastProbeTime: null,
                  lastTransitionTime: new Date(store.world.clock.now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
                  message: msg,
                  reason: 'Unschedulable',
                  status: 'False',
                  type: 'PodScheduled',
                },
              ],
            };
          },
          { statusOnly: true },
        );
        recordEvent(store, pod, 'Warning', 'FailedScheduling', msg, { component: 'default-scheduler' });
      }
      continue;
    }
    // spread: the node with the fewest pods, then by name
    const load = (n: KObject) => podsOn.get(n.metadata.name) ?? 0;
    const chosen = ok
      .map((x) => x.node)
      .sort((a, b) => load(a) - load(b) || (a.metadata.name < b.metadata.name ? -1 : 1))[0] as KObject;
    store.mutate(
      'Pod',
      pod.metadata.namespace,
      pod.metadata.name,
      (p) => {
        p.spec.nodeName = chosen.metadata.name;
      },
      { statusOnly: true },
    );
    podsOn.set(chosen.metadata.name, load(chosen) + 1);
    const bound = store.get('Pod', pod.metadata.namespace, pod.metadata.name) as KObject;
    recordEvent(
      store,
      bound,
      'Normal',
      'Scheduled',
      `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${chosen.metadata.name}`,
      { component: 'default-scheduler' },
    );
  }
}
