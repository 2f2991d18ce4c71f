/**
 * What the API server adds to objects on the way in: defaults (pod spec
 * defaults, service account volumes, service IP and node port allocation)
 * and the validation a CKA candidate runs into most.
 */
import { formatIPv4, maskOf, networkOf, parseCidr4 } from '../model/inet.js';
import { clusterOf } from './cluster.js';
import type { KObject, KubeError, KubeStore } from './store.js';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function invalid(kind: string, name: string, causes: string[]): KubeError {
  return {
    reason: 'Invalid',
    code: 422,
    message: `${kind} "${name}" is invalid: ${causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`}`,
  };
}

function defaultContainer(c: Record<string, unknown>): void {
  const image = String(c.image ?? '');
  const tag = image.includes('@')
    ? 'digest'
    : (image.split('/').pop() ?? '').includes(':')
      ? image.slice(image.lastIndexOf(':') + 1)
      : 'latest';
  c.imagePullPolicy ??= tag === 'latest' ? 'Always' : 'IfNotPresent';
  c.resources ??= {};
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  for (const p of (c.ports as Array<Record<string, unknown>> | undefined) ?? []) p.protocol ??= 'TCP';
}

/** Pod spec defaults, shared by pods and pod templates. */
// biome-ignore lint/suspicious/noExplicitAny: open JSON
export function defaultPodSpec(spec: any, store: KubeStore, forTemplate: boolean): void {
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.restartPolicy ??= 'Always';
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  if (forTemplate) return;
  spec.enableServiceLinks ??= true;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  spec.serviceAccountName ??= spec.serviceAccount ?? 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  spec.tolerations ??= [];
  const tol = spec.tolerations as Array<Record<string, unknown>>;
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!tol.some((t) => t.key === key))
      tol.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
  }
  if (
    !spec.hostNetwork &&
    spec.automountServiceAccountToken !== false &&
    !(spec.volumes ?? []).some((v: { name: string }) => v.name.startsWith('kube-api-access-'))
  ) {
    const vol = `kube-api-access-${store.world.rng.suffix(5)}`;
    spec.volumes = [
      ...(spec.volumes ?? []),
      {
        name: vol,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            {
              downwardAPI: {
                items: [
                  { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' },
                ],
              },
            },
          ],
        },
      },
    ];
    for (const c of spec.containers ?? []) {
      c.volumeMounts = [
        ...(c.volumeMounts ?? []),
        { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: vol, readOnly: true },
      ];
    }
  }
}

function podDefaults(store: KubeStore, o: KObject, old: KObject | undefined): KubeError | null {
  if (old) return null;
  o.spec ??= {};
  const causes: string[] = [];
  if (!Array.isArray(o.spec.containers) || o.spec.containers.length === 0)
    causes.push('spec.containers: Required value');
  for (const [i, c] of (o.spec.containers ?? []).entries()) {
    if (!c.name) causes.push(`spec.containers[${i}].name: Required value`);
    else if (!DNS1123_LABEL.test(c.name))
      causes.push(
        `spec.containers[${i}].name: Invalid value: "${c.name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      );
    if (!c.image) causes.push(`spec.containers[${i}].image: Required value`);
  }
  if (causes.length) return invalid('Pod', o.metadata.name, causes);
  defaultPodSpec(o.spec, store, false);
  // the API server ignores a client's status on create (PrepareForCreate)
  if (!old) o.status = { phase: 'Pending', qosClass: qosClass(o.spec) };
  return null;
}

function qosClass(spec: {
  containers?: Array<{ resources?: { requests?: Record<string, string>; limits?: Record<string, string> } }>;
}): string {
  const cs = spec.containers ?? [];
  const any = cs.some(
    (c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length,
  );
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => {
    const l = c.resources?.limits ?? {};
    const r = c.resources?.requests ?? {};
    return ['cpu', 'memory'].every((k) => l[k] !== undefined && (r[k] === undefined || r[k] === l[k]));
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function templateDefaults(_store: KubeStore, o: KObject, old: KObject | undefined): KubeError | null {
  const tpl = o.kind === 'CronJob' ? o.spec?.jobTemplate?.spec?.template : o.spec?.template;
  if (tpl?.spec) defaultPodSpec(tpl.spec, _store, true);
  tpl?.metadata && (tpl.metadata.creationTimestamp ??= null);
  if (o.kind === 'Deployment') {
    // SetDefaults_Deployment: an empty strategy becomes RollingUpdate 25%/25%
    o.spec.strategy ??= {};
    o.spec.strategy.type ||= 'RollingUpdate';
    if (o.spec.strategy.type === 'RollingUpdate') {
      o.spec.strategy.rollingUpdate ??= {};
      o.spec.strategy.rollingUpdate.maxSurge ??= '25%';
      o.spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
    }
  }
  if (old) return null;
  if (o.kind === 'Deployment') {
    o.spec.replicas ??= 1;
    o.spec.revisionHistoryLimit ??= 10;
    o.spec.progressDeadlineSeconds ??= 600;
    o.status ??= {};
  } else if (o.kind === 'ReplicaSet' || o.kind === 'StatefulSet') {
    o.spec.replicas ??= 1;
    o.status ??= { replicas: 0 };
  } else if (o.kind === 'DaemonSet') {
    o.spec.revisionHistoryLimit ??= 10;
    o.spec.updateStrategy ??= { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' };
    o.status ??= {
      currentNumberScheduled: 0,
      desiredNumberScheduled: 0,
      numberMisscheduled: 0,
      numberReady: 0,
    };
  }
  return null;
}

function randomFree(store: KubeStore, lo: number, hi: number, used: Set<number>): number | null {
  const span = hi - lo + 1;
  if (used.size >= span) return null;
  for (let i = 0; i < 64; i++) {
    const v = lo + store.world.rng.int(0, span);
    if (!used.has(v)) return v;
  }
  for (let v = lo; v <= hi; v++) if (!used.has(v)) return v;
  return null;
}

function serviceDefaults(store: KubeStore, o: KObject, old: KObject | undefined): KubeError | null {
  o.spec ??= {};
  const s = o.spec;
  s.type ??= 'ClusterIP';
  s.sessionAffinity ??= 'None';
  const causes: string[] = [];
  if (s.type !== 'ExternalName' && (!Array.isArray(s.ports) || s.ports.length === 0))
    causes.push('spec.ports: Required value');
  for (const [i, p] of (s.ports ?? []).entries()) {
    p.protocol ??= 'TCP';
    if (typeof p.port !== 'number' || p.port < 1 || p.port > 65535)
      causes.push(
        `spec.ports[${i}].port: Invalid value: ${p.port ?? 0}: must be between 1 and 65535, inclusive`,
      );
    p.targetPort ??= p.port;
  }
  if ((s.ports ?? []).length > 1 && (s.ports as Array<{ name?: string }>).some((p) => !p.name)) {
    (s.ports as Array<{ name?: string }>).forEach((p, i) => {
      if (!p.name) causes.push(`spec.ports[${i}].name: Required value`);
    });
  }
  if (causes.length) return invalid('Service', o.metadata.name, causes);
  if (s.type === 'ExternalName') return null;
  s.internalTrafficPolicy ??= 'Cluster';
  s.ipFamilies ??= ['IPv4'];
  s.ipFamilyPolicy ??= 'SingleStack';
  if (old) {
    s.clusterIP ??= old.spec?.clusterIP;
    s.clusterIPs ??= old.spec?.clusterIPs;
  }
  const cluster = clusterOf(store.world);
  if (s.clusterIP === undefined || s.clusterIP === '') {
    const cidr = parseCidr4(cluster?.config.serviceCidr ?? '10.96.0.0/12') as {
      addr: number;
      prefix: number;
    };
    const base = networkOf(cidr.addr, cidr.prefix);
    const size = 2 ** (32 - cidr.prefix);
    const used = allocations(store, 'ips', (set) => {
      for (const svc of store.list('Service')) {
        const ip = svc.spec?.clusterIP;
        if (typeof ip === 'string' && ip !== 'None')
          set.add(Number(ip.split('.').reduce((a, b) => a * 256 + Number(b), 0)) - base);
      }
    });
    used.add(0);
    used.add(size - 1);
    // the lower part of the range is kept for static IPs (kube-dns, kubernetes) as the allocator does
    const off = randomFree(store, Math.min(size - 2, Math.max(1, Math.floor(size / 16))), size - 2, used);
    if (off === null)
      return {
        reason: 'Invalid',
        code: 422,
        message: `Service "${o.metadata.name}" is invalid: spec.clusterIPs: Internal error: failed to allocate a serviceIP: range is full`,
      };
    s.clusterIP = formatIPv4((base + off) >>> 0);
  }
  if (s.clusterIP !== 'None' && !(maskOf(32) === 0)) s.clusterIPs ??= [s.clusterIP];
  if (s.clusterIP === 'None') s.clusterIPs ??= ['None'];
  if (s.type === 'NodePort' || s.type === 'LoadBalancer') {
    s.externalTrafficPolicy ??= 'Cluster';
    const used = allocations(store, 'nodePorts', (set) => {
      for (const svc of store.list('Service'))
        for (const p of svc.spec?.ports ?? []) if (p.nodePort) set.add(p.nodePort);
    });
    for (const p of s.ports) {
      const prev = old?.spec?.ports?.find((x: { port: number }) => x.port === p.port)?.nodePort;
      if (!p.nodePort && prev) p.nodePort = prev;
      if (p.nodePort && (p.nodePort < 30000 || p.nodePort > 32767)) {
        return invalid('Service', o.metadata.name, [
          `spec.ports[0].nodePort: Invalid value: ${p.nodePort}: provided port is not in the valid range. The range of valid ports is 30000-32767`,
        ]);
      }
      if (p.nodePort && used.has(p.nodePort) && !old)
        return invalid('Service', o.metadata.name, [
          `spec.ports[0].nodePort: Invalid value: ${p.nodePort}: provided port is already allocated`,
        ]);
      if (!p.nodePort) {
        const n = randomFree(store, 30000, 32767, used);
        p.nodePort = n ?? 30000;
        used.add(p.nodePort);
      }
    }
  }
  if (s.type === 'LoadBalancer') {
    s.allocateLoadBalancerNodePorts ??= true;
    o.status ??= { loadBalancer: {} };
  } else o.status ??= { loadBalancer: {} };
  return null;
}

/**
 * Allocated service IPs / node ports. Rebuilt from the Services when they
 * changed since; otherwise reused (and extended by the caller), expecting
 * the create under way to be the next Service write.
 */
function allocations(
  store: KubeStore,
  what: 'ips' | 'nodePorts',
  fill: (s: Set<number>) => void,
): Set<number> {
  const gen = store.kindGeneration('Service');
  const caches = (store.world.ext.serviceAllocations ??= {}) as Record<
    string,
    { gen: number; used: Set<number> }
  >;
  let c = caches[what];
  if (!c || c.gen !== gen) {
    c = { gen, used: new Set() };
    fill(c.used);
    caches[what] = c;
  }
  c.gen = gen + 1;
  return c.used;
}

function nameValidation(_store: KubeStore, o: KObject): KubeError | null {
  const n = o.metadata?.name;
  if (!n)
    return {
      reason: 'Invalid',
      code: 422,
      message: `${o.kind} "" is invalid: metadata.name: Required value: name or generateName is required`,
    };
  const re = o.kind === 'Service' || o.kind === 'Namespace' ? DNS1123_LABEL : DNS1123_SUBDOMAIN;
  if (!re.test(n) || n.length > (re === DNS1123_LABEL ? 63 : 253)) {
    const what =
      re === DNS1123_LABEL
        ? `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`
        : `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;
    return invalid(o.kind, n, [`metadata.name: Invalid value: "${n}": ${what}`]);
  }
  return null;
}

/**
 * The namespace strategy: the name label on every write; on create the phase
 * is Active and the `kubernetes` finalizer is added (PrepareForCreate); an
 * update keeps the stored finalizers and status (only /finalize and /status change them).
 */
function namespaceDefaults(_store: KubeStore, o: KObject, old: KObject | undefined): KubeError | null {
  o.metadata.labels = { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': o.metadata.name };
  if (old) {
    o.spec = { ...(o.spec ?? {}) };
    if (old.spec?.finalizers !== undefined) o.spec.finalizers = old.spec.finalizers;
    else delete o.spec.finalizers;
    o.status = old.status;
    return null;
  }
  const finalizers: string[] = Array.isArray(o.spec?.finalizers) ? [...o.spec.finalizers] : [];
  if (!finalizers.includes('kubernetes')) finalizers.push('kubernetes');
  o.spec = { ...(o.spec ?? {}), finalizers };
  o.status = { phase: 'Active' };
  return null;
}

export function installAdmission(store: KubeStore): void {
  store.addValidator('*', nameValidation);
  store.addDefaulter('Pod', podDefaults);
  for (const k of ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob'])
    store.addDefaulter(k, templateDefaults);
  store.addDefaulter('Service', serviceDefaults);
  store.addDefaulter('Namespace', namespaceDefaults);
}
