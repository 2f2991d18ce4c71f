/**
 * The ReplicaSet → Pod controller as kube-controller-manager runs it, and
 * the pod-template hash the Deployment controller names ReplicaSets with.
 */
import { deletePodGracefully } from '../deletion.js';
import { recordEvent } from '../events.js';
import { matchesSelector } from '../labels.js';
import { type KObject, type KubeStore, ownerRef } from '../store.js';
import { isPodReady, isTerminating } from './pod-status.js';

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** ComputeHash + rand.SafeEncodeString over the decimal digits, as the deployment controller names ReplicaSets. */
const hashMemo = new Map<string, string>();

export function podTemplateHash(template: unknown, collisionCount = 0): string {
  const key = `${JSON.stringify(template)}#${collisionCount}`;
  const memo = hashMemo.get(key);
  if (memo !== undefined) return memo;
  const digits = String(fnv32a(key));
  let out = '';
  for (const d of digits) out += SAFE[d.charCodeAt(0) % SAFE.length];
  if (hashMemo.size > 10_000) hashMemo.clear();
  hashMemo.set(key, out);
  return out;
}

export function reconcileReplicaSets(store: KubeStore): void {
  for (const rs of store.list('ReplicaSet')) {
    const pods = store
      .list('Pod', rs.metadata.namespace)
      .filter((p) => !isTerminating(p) && p.metadata.ownerReferences?.some((r) => r.uid === rs.metadata.uid));
    const want = rs.spec?.replicas ?? 1;
    const src = { component: 'replicaset-controller' };
    for (let i = pods.length; i < want; i++) {
      const tpl = rs.spec?.template ?? {};
      const res = store.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: '',
          generateName: `${rs.metadata.name}-`,
          namespace: rs.metadata.namespace,
          labels: { ...(tpl.metadata?.labels ?? {}) },
          ...(tpl.metadata?.annotations ? { annotations: { ...tpl.metadata.annotations } } : {}),
          ownerReferences: [ownerRef(rs)],
        },
        spec: structuredClone(tpl.spec ?? {}),
      });
      if (res.ok) {
        pods.push(res.value);
        recordEvent(store, rs, 'Normal', 'SuccessfulCreate', `Created pod: ${res.value.metadata.name}`, src);
      } else {
        recordEvent(store, rs, 'Warning', 'FailedCreate', `Error creating: ${res.error.message}`, src);
        break;
      }
    }
    if (pods.length > want) {
      const newestFirst = (a: KObject, b: KObject) =>
        (a.metadata.creationTimestamp as string) < (b.metadata.creationTimestamp as string) ? 1 : -1;
      const victims = [...pods]
        .sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)) || newestFirst(a, b))
        .slice(0, pods.length - want);
      for (const v of victims) {
        deletePodGracefully(store, v);
        recordEvent(store, rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${v.metadata.name}`, src);
      }
    }
    const live = store
      .list('Pod', rs.metadata.namespace)
      .filter((p) => !isTerminating(p) && p.metadata.ownerReferences?.some((r) => r.uid === rs.metadata.uid));
    const ready = live.filter(isPodReady).length;
    const labeled = live.filter((p) => matchesSelector(p.metadata.labels, rs.spec?.selector)).length;
    store.mutate(
      'ReplicaSet',
      rs.metadata.namespace,
      rs.metadata.name,
      (x) => {
        const st: Record<string, unknown> = {
          fullyLabeledReplicas: labeled,
          observedGeneration: x.metadata.generation ?? 1,
          replicas: live.length,
        };
        if (ready) {
          st.availableReplicas = ready;
          st.readyReplicas = ready;
        }
        if (!labeled) delete st.fullyLabeledReplicas;
        x.status = st;
      },
      { statusOnly: true },
    );
  }
}
