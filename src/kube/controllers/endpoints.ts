/**
 * Endpoints and EndpointSlice controllers: the pods behind each Service
 * with a selector (Endpoints without terminating pods; EndpointSlices mark
 * them ready: false, terminating: true).
 */
import { matchesMap } from '../labels.js';
import { isoTime, type KObject, type KubeStore, ownerRef } from '../store.js';
import { isPodReady, isTerminating } from './pod-status.js';

interface ResolvedPort {
  name?: string;
  port: number;
  protocol: string;
}

/** A service port's targetPort for one pod (named ports resolve through the pod's container ports). */
export function resolveTargetPort(
  svcPort: { name?: string; port: number; targetPort?: number | string; protocol?: string },
  pod: KObject,
): ResolvedPort | null {
  const tp = svcPort.targetPort ?? svcPort.port;
  let port: number | undefined;
  if (typeof tp === 'number') port = tp;
  else if (/^\d+$/.test(tp)) port = Number(tp);
  else {
    for (const c of pod.spec?.containers ?? []) {
      const hit = (c.ports ?? []).find((p: { name?: string }) => p.name === tp);
      if (hit) port = hit.containerPort;
    }
  }
  if (port === undefined) return null;
  return { ...(svcPort.name ? { name: svcPort.name } : {}), port, protocol: svcPort.protocol ?? 'TCP' };
}

function podIp(p: KObject): string | undefined {
  return p.status?.podIP;
}

interface EndpointsCache {
  pods: number;
  /** Service key -> resourceVersion it was computed for. */
  done: Map<string, string>;
}

/** Pods by namespace and label, so a selector looks at the pods of its smallest label set only. */
function labelIndex(store: KubeStore): Map<string, KObject[]> {
  const idx = new Map<string, KObject[]>();
  for (const p of store.list('Pod')) {
    for (const [k, v] of Object.entries(p.metadata.labels ?? {})) {
      const key = `${p.metadata.namespace}\0${k}\0${v}`;
      const list = idx.get(key);
      if (list) list.push(p);
      else idx.set(key, [p]);
    }
  }
  return idx;
}

export function reconcileEndpoints(store: KubeStore): void {
  // only services that changed, or all of them when pods changed
  const podGen = store.kindGeneration('Pod');
  const cache = (store.world.ext.endpointsCache ??= { pods: -1, done: new Map() }) as EndpointsCache;
  if (cache.pods !== podGen) {
    cache.pods = podGen;
    cache.done.clear();
  }
  let index: Map<string, KObject[]> | null = null;
  for (const svc of store.list('Service')) {
    if (
      !svc.spec?.selector ||
      Object.keys(svc.spec.selector).length === 0 ||
      svc.spec.type === 'ExternalName'
    )
      continue;
    const ns = svc.metadata.namespace as string;
    const svcKey = `${ns}/${svc.metadata.name}`;
    if (cache.done.get(svcKey) === svc.metadata.resourceVersion) continue;
    index ??= labelIndex(store);
    let candidates: KObject[] | null = null;
    for (const [k, v] of Object.entries(svc.spec.selector as Record<string, string>)) {
      const list = index.get(`${ns}\0${k}\0${v}`) ?? [];
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    const pods = (candidates ?? []).filter(
      (p) =>
        matchesMap(p.metadata.labels, svc.spec.selector) &&
        podIp(p) &&
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed',
    );
    const ports = (svc.spec.ports ?? []) as Array<{
      name?: string;
      port: number;
      targetPort?: number | string;
      protocol?: string;
    }>;
    // Endpoints: pods grouped by their resolved port set
    const subsets = new Map<
      string,
      { addresses: unknown[]; notReadyAddresses: unknown[]; ports: ResolvedPort[] }
    >();
    for (const p of pods) {
      // Endpoints leave terminating pods out; EndpointSlices keep them with terminating: true
      if (isTerminating(p)) continue;
      const resolved = ports
        .map((sp) => resolveTargetPort(sp, p))
        .filter((x): x is ResolvedPort => x !== null);
      if (resolved.length === 0) continue;
      const key = JSON.stringify(resolved);
      let sub = subsets.get(key);
      if (!sub) {
        sub = { addresses: [], notReadyAddresses: [], ports: resolved };
        subsets.set(key, sub);
      }
      const addr = {
        ip: podIp(p),
        ...(p.spec?.hostname && p.spec?.subdomain === svc.metadata.name ? { hostname: p.spec.hostname } : {}),
        nodeName: p.spec?.nodeName,
        targetRef: { kind: 'Pod', name: p.metadata.name, namespace: ns, uid: p.metadata.uid },
      };
      (isPodReady(p) ? sub.addresses : sub.notReadyAddresses).push(addr);
    }
    const subsetList = [...subsets.values()].map((s) => {
      const out: Record<string, unknown> = {};
      if (s.addresses.length) out.addresses = s.addresses;
      if (s.notReadyAddresses.length) out.notReadyAddresses = s.notReadyAddresses;
      out.ports = s.ports;
      return out;
    });
    const labels = {
      ...(svc.metadata.labels ?? {}),
      ...(svc.spec.clusterIP === 'None' ? { 'service.kubernetes.io/headless': '' } : {}),
    };
    const existing = store.get('Endpoints', ns, svc.metadata.name);
    const body = subsetList.length ? { subsets: subsetList } : {};
    if (!existing) {
      store.create({
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: {
          name: svc.metadata.name,
          namespace: ns,
          labels,
          annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': isoTime(store.world.clock.now) },
        },
        ...body,
      });
    } else if (JSON.stringify(existing.subsets ?? null) !== JSON.stringify(body.subsets ?? null)) {
      store.mutate('Endpoints', ns, svc.metadata.name, (e) => {
        if (body.subsets) e.subsets = body.subsets;
        else delete e.subsets;
        e.metadata.labels = labels;
        e.metadata.annotations = {
          ...(e.metadata.annotations ?? {}),
          'endpoints.kubernetes.io/last-change-trigger-time': isoTime(store.world.clock.now),
        };
      });
    }
    reconcileSlice(store, svc, pods, ports);
    cache.done.set(svcKey, svc.metadata.resourceVersion as string);
  }
  // Endpoints of services that are gone (or lost their selector) go too
  for (const ep of store.list('Endpoints')) {
    const svc = store.get('Service', ep.metadata.namespace, ep.metadata.name);
    if (!svc && ep.metadata.name !== 'kubernetes')
      store.delete('Endpoints', ep.metadata.namespace, ep.metadata.name);
  }
  for (const sl of store.list('EndpointSlice')) {
    const name = sl.metadata.labels?.['kubernetes.io/service-name'];
    if (name && name !== 'kubernetes' && !store.get('Service', sl.metadata.namespace, name))
      store.delete('EndpointSlice', sl.metadata.namespace, sl.metadata.name);
  }
}

interface SliceIndex {
  members: number;
  map: Map<string, string>;
}

/** EndpointSlices by `ns/service`, rebuilt when slices were created or deleted by someone else. */
function sliceIndex(store: KubeStore): SliceIndex {
  const w = store.world.ext as { sliceIndex?: SliceIndex };
  const members = store.memberGeneration('EndpointSlice');
  if (!w.sliceIndex || w.sliceIndex.members !== members) {
    const map = new Map<string, string>();
    for (const s of store.list('EndpointSlice')) {
      const svc = s.metadata.labels?.['kubernetes.io/service-name'];
      const k = `${s.metadata.namespace}/${svc}`;
      if (svc && !map.has(k)) map.set(k, s.metadata.name);
    }
    w.sliceIndex = { members, map };
  }
  return w.sliceIndex;
}

function reconcileSlice(
  store: KubeStore,
  svc: KObject,
  pods: KObject[],
  ports: Array<{ name?: string; port: number; targetPort?: number | string; protocol?: string }>,
): void {
  const ns = svc.metadata.namespace as string;
  const endpoints = pods.map((p) => ({
    addresses: [podIp(p)],
    conditions: isTerminating(p)
      ? { ready: false, serving: isPodReady(p), terminating: true }
      : { ready: isPodReady(p), serving: isPodReady(p), terminating: false },
    ...(p.spec?.hostname && p.spec?.subdomain === svc.metadata.name ? { hostname: p.spec.hostname } : {}),
    nodeName: p.spec?.nodeName,
    targetRef: { kind: 'Pod', name: p.metadata.name, namespace: ns, uid: p.metadata.uid },
  }));
  const first = pods[0];
  const slicePorts = first
    ? ports
        .map((sp) => resolveTargetPort(sp, first))
        .filter((x): x is ResolvedPort => x !== null)
        .map((x) => ({ name: x.name ?? '', port: x.port, protocol: x.protocol }))
    : [];
  const labels = {
    ...(svc.metadata.labels ?? {}),
    'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    'kubernetes.io/service-name': svc.metadata.name,
    ...(svc.spec.clusterIP === 'None' ? { 'service.kubernetes.io/headless': '' } : {}),
  };
  const slices = sliceIndex(store);
  const existingName = slices.map.get(`${ns}/${svc.metadata.name}`);
  const existing = existingName ? store.get('EndpointSlice', ns, existingName) : undefined;
  const body = {
    addressType: 'IPv4',
    endpoints: endpoints.length ? endpoints : null,
    ports: slicePorts.length ? slicePorts : null,
  };
  if (!existing) {
    const made = store.create({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: '',
        generateName: `${svc.metadata.name}-`,
        namespace: ns,
        labels,
        ownerReferences: [ownerRef(svc)],
        annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': isoTime(store.world.clock.now) },
      },
      ...body,
    });
    if (made.ok) {
      slices.map.set(`${ns}/${svc.metadata.name}`, made.value.metadata.name);
      slices.members = store.memberGeneration('EndpointSlice');
    }
  } else if (
    JSON.stringify([existing.endpoints, existing.ports]) !== JSON.stringify([body.endpoints, body.ports])
  ) {
    store.mutate('EndpointSlice', ns, existing.metadata.name, (s) => {
      s.endpoints = body.endpoints;
      s.ports = body.ports;
      s.metadata.labels = labels;
    });
  }
}
