/** DaemonSet, StatefulSet and Job controllers. */

import { deletePodGracefully } from '../deletion.js';
import { recordEvent } from '../events.js';
import { type KObject, type KubeStore, ownerRef } from '../store.js';
import { isPodReady, isTerminating, podPhase, tolerates } from './pod-status.js';
import { podTemplateHash } from './workloads.js';

const DS_TOLERATIONS = [
  { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
  { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists' },
  { effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', operator: 'Exists' },
  { effect: 'NoSchedule', key: 'node.kubernetes.io/memory-pressure', operator: 'Exists' },
  { effect: 'NoSchedule', key: 'node.kubernetes.io/pid-pressure', operator: 'Exists' },
  { effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable', operator: 'Exists' },
];

function nodeSelectorMatches(node: KObject, sel: Record<string, string> | undefined): boolean {
  return Object.entries(sel ?? {}).every(([k, v]) => node.metadata.labels?.[k] === v);
}

/** Nodes a DaemonSet pod may run on: selector and NoSchedule/NoExecute taints. */
export function daemonNodes(store: KubeStore, ds: KObject): KObject[] {
  const probe: KObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'x' },
    spec: { tolerations: [...(ds.spec?.template?.spec?.tolerations ?? []), ...DS_TOLERATIONS] },
  };
  return store
    .list('Node')
    .filter(
      (n) =>
        nodeSelectorMatches(n, ds.spec?.template?.spec?.nodeSelector) &&
        ((n.spec?.taints ?? []) as Array<{ key: string; value?: string; effect: string }>).every(
          (t) => t.effect === 'PreferNoSchedule' || tolerates(probe, t),
        ),
    );
}

export function reconcileDaemonSets(store: KubeStore): void {
  for (const ds of store.list('DaemonSet')) {
    const src = { component: 'daemonset-controller' };
    const nodes = daemonNodes(store, ds);
    const pods = store.ownedBy('Pod', ds);
    const tpl = ds.spec?.template ?? {};
    const hash = podTemplateHash(tpl).slice(0, 10);
    for (const node of nodes) {
      if (pods.some((p) => p.spec?.nodeName === node.metadata.name)) continue;
      const spec = structuredClone(tpl.spec ?? {});
      spec.tolerations = [
        ...(spec.tolerations ?? []),
        ...DS_TOLERATIONS.filter(
          (t) => !(spec.tolerations ?? []).some((x: { key?: string }) => x.key === t.key),
        ),
      ];
      if (spec.hostNetwork)
        spec.tolerations.push({
          effect: 'NoSchedule',
          key: 'node.kubernetes.io/network-unavailable',
          operator: 'Exists',
        });
      spec.affinity = {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.metadata.name] }] },
            ],
          },
        },
      };
      const res = store.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: '',
          generateName: `${ds.metadata.name}-`,
          namespace: ds.metadata.namespace,
          labels: {
            ...(tpl.metadata?.labels ?? {}),
            'controller-revision-hash': hash,
            'pod-template-generation': String(ds.metadata.generation ?? 1),
          },
          ownerReferences: [ownerRef(ds)],
        },
        spec,
      });
      if (res.ok)
        recordEvent(store, ds, 'Normal', 'SuccessfulCreate', `Created pod: ${res.value.metadata.name}`, src);
    }
    for (const p of pods) {
      if (!isTerminating(p) && !nodes.some((n) => n.metadata.name === p.spec?.nodeName)) {
        deletePodGracefully(store, p);
        recordEvent(store, ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, src);
      }
    }
    // RollingUpdate (maxUnavailable 1): replace one pod of an older template while the rest are ready
    if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
      const all = store.ownedBy('Pod', ds);
      const current = all.filter((p) => !isTerminating(p));
      const old = current.filter((p) => p.metadata.labels?.['controller-revision-hash'] !== hash);
      if (
        old.length &&
        current.length === all.length &&
        current.every((p) => old.includes(p) || isPodReady(p)) &&
        current.filter((p) => !isPodReady(p)).length <= 1
      ) {
        const victim = old[0] as KObject;
        deletePodGracefully(store, victim);
        recordEvent(store, ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${victim.metadata.name}`, src);
      }
    }
    const live = store.ownedBy('Pod', ds).filter((p) => !isTerminating(p));
    const ready = live.filter(isPodReady).length;
    const updated = live.filter((p) => p.metadata.labels?.['controller-revision-hash'] === hash).length;
    store.mutate(
      'DaemonSet',
      ds.metadata.namespace,
      ds.metadata.name,
      (x) => {
        x.metadata.annotations = {
          ...(x.metadata.annotations ?? {}),
          'deprecated.daemonset.template.generation': String(x.metadata.generation ?? 1),
        };
        x.status = {
          currentNumberScheduled: live.length,
          desiredNumberScheduled: nodes.length,
          numberAvailable: ready || undefined,
          numberMisscheduled: 0,
          numberReady: ready,
          observedGeneration: x.metadata.generation ?? 1,
          updatedNumberScheduled: updated || undefined,
          ...(nodes.length - ready > 0 ? { numberUnavailable: nodes.length - ready } : {}),
        };
        for (const k of Object.keys(x.status)) if (x.status[k] === undefined) delete x.status[k];
      },
      { statusOnly: true },
    );
  }
}

export function reconcileStatefulSets(store: KubeStore): void {
  for (const sts of store.list('StatefulSet')) {
    const src = { component: 'statefulset-controller' };
    const want = sts.spec?.replicas ?? 1;
    const tpl = sts.spec?.template ?? {};
    const revision = `${sts.metadata.name}-${podTemplateHash(tpl)}`;
    const ordered = (sts.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
    // OrderedReady does nothing more while one of its pods is terminating
    if (ordered && store.ownedBy('Pod', sts).some(isTerminating)) {
      updateStatefulSetStatus(store, sts);
      continue;
    }
    for (let i = 0; i < want; i++) {
      const name = `${sts.metadata.name}-${i}`;
      if (store.get('Pod', sts.metadata.namespace, name)) continue;
      // OrderedReady: the previous ordinal must be ready first
      if (i > 0 && ordered) {
        const prev = store.get('Pod', sts.metadata.namespace, `${sts.metadata.name}-${i - 1}`);
        if (!prev || !isPodReady(prev)) break;
      }
      const spec = structuredClone(tpl.spec ?? {});
      spec.hostname = name;
      if (sts.spec?.serviceName) spec.subdomain = sts.spec.serviceName;
      const res = store.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name,
          namespace: sts.metadata.namespace,
          labels: {
            ...(tpl.metadata?.labels ?? {}),
            'apps.kubernetes.io/pod-index': String(i),
            'controller-revision-hash': revision,
            'statefulset.kubernetes.io/pod-name': name,
          },
          ownerReferences: [ownerRef(sts)],
        },
        spec,
      });
      if (res.ok)
        recordEvent(
          store,
          sts,
          'Normal',
          'SuccessfulCreate',
          `create Pod ${name} in StatefulSet ${sts.metadata.name} successful`,
          src,
        );
    }
    // scale down from the highest ordinal; OrderedReady one pod at a time
    const extra = store
      .ownedBy('Pod', sts)
      .filter((p) => !isTerminating(p) && Number(p.metadata.name.slice(sts.metadata.name.length + 1)) >= want)
      .sort(
        (a, b) =>
          Number(b.metadata.name.slice(sts.metadata.name.length + 1)) -
          Number(a.metadata.name.slice(sts.metadata.name.length + 1)),
      );
    for (const p of ordered ? extra.slice(0, 1) : extra) {
      deletePodGracefully(store, p);
      recordEvent(
        store,
        sts,
        'Normal',
        'SuccessfulDelete',
        `delete Pod ${p.metadata.name} in StatefulSet ${sts.metadata.name} successful`,
        src,
      );
    }
    updateStatefulSetStatus(store, sts);
  }
}

function updateStatefulSetStatus(store: KubeStore, sts: KObject): void {
  const live = store.ownedBy('Pod', sts).filter((p) => !isTerminating(p));
  const ready = live.filter(isPodReady).length;
  store.mutate(
    'StatefulSet',
    sts.metadata.namespace,
    sts.metadata.name,
    (x) => {
      x.status = {
        availableReplicas: ready,
        collisionCount: 0,
        currentReplicas: live.length,
        observedGeneration: x.metadata.generation ?? 1,
        readyReplicas: ready || undefined,
        replicas: live.length,
        updatedReplicas: live.length,
      };
      if (x.status.readyReplicas === undefined) delete x.status.readyReplicas;
    },
    { statusOnly: true },
  );
}

export function reconcileJobs(store: KubeStore): void {
  for (const job of store.list('Job')) {
    const src = { component: 'job-controller' };
    const completions = job.spec?.completions ?? 1;
    const parallelism = job.spec?.parallelism ?? 1;
    const pods = store.ownedBy('Pod', job);
    const succeeded = pods.filter((p) => podPhase(p) === 'Succeeded').length;
    const failed = pods.filter((p) => podPhase(p) === 'Failed').length;
    const isActive = (p: KObject) =>
      !isTerminating(p) && (podPhase(p) === 'Running' || podPhase(p) === 'Pending');
    const active = pods.filter(isActive).length;
    const backoffLimit = job.spec?.backoffLimit ?? 6;
    const done = succeeded >= completions;
    const gaveUp = failed > backoffLimit;
    if (!done && !gaveUp) {
      const toStart = Math.min(parallelism - active, completions - succeeded - active);
      for (let i = 0; i < toStart; i++) {
        const tpl = job.spec?.template ?? {};
        const res = store.create({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: '',
            generateName: `${job.metadata.name}-`,
            namespace: job.metadata.namespace,
            labels: {
              ...(tpl.metadata?.labels ?? {}),
              'batch.kubernetes.io/controller-uid': job.metadata.uid as string,
              'batch.kubernetes.io/job-name': job.metadata.name,
              'controller-uid': job.metadata.uid as string,
              'job-name': job.metadata.name,
            },
            ownerReferences: [ownerRef(job)],
          },
          spec: structuredClone(tpl.spec ?? {}),
        });
        if (res.ok)
          recordEvent(
            store,
            job,
            'Normal',
            'SuccessfulCreate',
            `Created pod: ${res.value.metadata.name}`,
            src,
          );
      }
    }
    const now = new Date(store.world.clock.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
    store.mutate(
      'Job',
      job.metadata.namespace,
      job.metadata.name,
      (x) => {
        const st: Record<string, unknown> = { ...(x.status ?? {}) };
        st.startTime ??= x.metadata.creationTimestamp;
        st.ready = pods.filter(isPodReady).length;
        st.terminating = pods.filter(isTerminating).length;
        st.uncountedTerminatedPods = {};
        if (succeeded) st.succeeded = succeeded;
        if (failed) st.failed = failed;
        const nowActive = store.ownedBy('Pod', x).filter(isActive).length;
        if (nowActive) st.active = nowActive;
        else delete st.active;
        if (done && !st.completionTime) {
          st.completionTime = now;
          st.conditions = [
            {
              lastProbeTime: now,
              lastTransitionTime: now,
              message: 'Reached expected number of succeeded pods',
              reason: 'CompletionsReached',
              status: 'True',
              type: 'SuccessCriteriaMet',
            },
            {
              lastProbeTime: now,
              lastTransitionTime: now,
              message: 'Reached expected number of succeeded pods',
              reason: 'CompletionsReached',
              status: 'True',
              type: 'Complete',
            },
          ];
          recordEvent(store, x, 'Normal', 'Completed', 'Job completed', src);
        }
        x.status = st;
      },
      { statusOnly: true },
    );
  }
}
