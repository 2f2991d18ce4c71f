/**
 * Deployment → ReplicaSet → Pod controllers, as kube-controller-manager
 * runs them (instant roll-outs: the new ReplicaSet scales up and the old
 * ones down in one pass).
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

const CM = { component: 'deployment-controller' };

function sumStatus(rss: KObject[], field: string): number {
  return rss.reduce((n, rs) => n + (rs.status?.[field] ?? 0), 0);
}

export function reconcileDeployments(store: KubeStore): void {
  for (const d of store.list('Deployment')) {
    const template = d.spec?.template ?? {};
    const hash = podTemplateHash(template);
    const owned = store.ownedBy('ReplicaSet', d);
    const newName = `${d.metadata.name}-${hash}`;
    let current = owned.find((r) => r.metadata.name === newName);
    const desired = d.spec?.replicas ?? 1;
    const revisions = owned.map((r) =>
      Number(r.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0),
    );
    const maxRev = revisions.length ? Math.max(...revisions) : 0;
    if (!current) {
      const labels = { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash };
      const res = store.create({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: newName,
          namespace: d.metadata.namespace,
          labels,
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(desired),
            'deployment.kubernetes.io/max-replicas': String(desired + Math.ceil(desired / 4)),
            'deployment.kubernetes.io/revision': String(maxRev + 1),
          },
          ownerReferences: [ownerRef(d)],
        },
        spec: {
          replicas: desired,
          selector: {
            matchLabels: { ...(d.spec?.selector?.matchLabels ?? {}), 'pod-template-hash': hash },
            ...(d.spec?.selector?.matchExpressions
              ? { matchExpressions: d.spec.selector.matchExpressions }
              : {}),
          },
          template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
        },
      });
      if (res.ok) {
        current = res.value;
        recordEvent(
          store,
          d,
          'Normal',
          'ScalingReplicaSet',
          `Scaled up replica set ${newName} from 0 to ${desired}`,
          CM,
        );
      }
    } else if (Number(current.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0) < maxRev) {
      // rolling back to an older template: that ReplicaSet becomes the newest revision
      const oldRev = current.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '';
      const hist = current.metadata.annotations?.['deployment.kubernetes.io/revision-history'];
      const res = store.mutate('ReplicaSet', current.metadata.namespace, current.metadata.name, (r) => {
        r.metadata.annotations = {
          ...(r.metadata.annotations ?? {}),
          'deployment.kubernetes.io/revision': String(maxRev + 1),
          'deployment.kubernetes.io/revision-history': hist ? `${hist},${oldRev}` : oldRev,
        };
      });
      if (res.ok) current = res.value;
    }
    if (current && current.spec.replicas !== desired) {
      const from = current.spec.replicas;
      store.mutate('ReplicaSet', current.metadata.namespace, current.metadata.name, (r) => {
        r.spec.replicas = desired;
        r.metadata.annotations = {
          ...(r.metadata.annotations ?? {}),
          'deployment.kubernetes.io/desired-replicas': String(desired),
        };
      });
      recordEvent(
        store,
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${desired > from ? 'up' : 'down'} replica set ${newName} from ${from} to ${desired}`,
        CM,
      );
    }
    for (const old of owned) {
      if (old.metadata.name === newName || (old.spec?.replicas ?? 0) === 0) continue;
      const from = old.spec.replicas;
      store.mutate('ReplicaSet', old.metadata.namespace, old.metadata.name, (r) => {
        r.spec.replicas = 0;
      });
      recordEvent(
        store,
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled down replica set ${old.metadata.name} from ${from} to 0`,
        CM,
      );
    }
    // keep revisionHistoryLimit old ReplicaSets
    const history = store
      .ownedBy('ReplicaSet', d)
      .filter((r) => r.metadata.name !== newName && (r.spec?.replicas ?? 0) === 0)
      .sort(
        (a, b) =>
          Number(a.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0) -
          Number(b.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0),
      );
    const limit = d.spec?.revisionHistoryLimit ?? 10;
    for (const r of history.slice(0, Math.max(0, history.length - limit)))
      store.delete('ReplicaSet', r.metadata.namespace, r.metadata.name);

    const rss = store.ownedBy('ReplicaSet', d);
    const cur = rss.find((r) => r.metadata.name === newName);
    const replicas = sumStatus(rss, 'replicas');
    const ready = sumStatus(rss, 'readyReplicas');
    const updated = cur?.status?.replicas ?? 0;
    const available = sumStatus(rss, 'availableReplicas');
    const rev = cur?.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '1';
    store.mutate(
      'Deployment',
      d.metadata.namespace,
      d.metadata.name,
      (x) => {
        x.metadata.annotations = {
          ...(x.metadata.annotations ?? {}),
          'deployment.kubernetes.io/revision': rev,
        };
        const st: Record<string, unknown> = { observedGeneration: x.metadata.generation ?? 1 };
        if (replicas) st.replicas = replicas;
        if (updated) st.updatedReplicas = updated;
        if (ready) st.readyReplicas = ready;
        if (available) st.availableReplicas = available;
        if (replicas - available > 0) st.unavailableReplicas = replicas - available;
        const prev = (x.status?.conditions ?? []) as Array<Record<string, string>>;
        const cond = (type: string, status: string, reason: string, message: string) => {
          const old = prev.find((c) => c.type === type);
          const t =
            old && old.status === status
              ? old.lastTransitionTime
              : new Date(store.world.clock.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
          return {
            lastTransitionTime: t,
            lastUpdateTime: old && old.status === status && old.reason === reason ? old.lastUpdateTime : t,
            message,
            reason,
            status,
            type,
          };
        };
        const avail = available >= desired - Math.floor(desired / 4);
        st.conditions = [
          cond(
            'Available',
            avail ? 'True' : 'False',
            avail ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
            avail ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
          ),
          cond(
            'Progressing',
            'True',
            updated >= desired && ready >= desired ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
            updated >= desired && ready >= desired
              ? `ReplicaSet "${newName}" has successfully progressed.`
              : `ReplicaSet "${newName}" is progressing.`,
          ),
        ];
        x.status = st;
      },
      { statusOnly: true },
    );
  }
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
