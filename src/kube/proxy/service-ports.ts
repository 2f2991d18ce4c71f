/**
 * kube-proxy's view of the API: every service port with its cluster IP,
 * node port, external IPs, traffic policies and ready endpoints (from the
 * EndpointSlices, sorted by address as kube-proxy's slice cache does).
 */
import type { KObject, KubeStore } from '../store.js';
import { servicePortName } from './chain-names.js';

export interface ProxyEndpoint {
  ip: string;
  port: number;
  node?: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface ProxyServicePort {
  namespace: string;
  service: string;
  /** `ns/svc[:port]`. */
  spn: string;
  proto: 'tcp' | 'udp' | 'sctp';
  clusterIP: string;
  port: number;
  nodePort?: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  /** ClientIP affinity timeout in seconds, or null. */
  affinity: number | null;
  externalLocal: boolean;
  internalLocal: boolean;
  healthCheckNodePort?: number;
  endpoints: ProxyEndpoint[];
}

interface SlicePort {
  name?: string;
  port?: number;
  protocol?: string;
}

interface SliceEndpoint {
  addresses?: string[];
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  nodeName?: string;
}

/** Endpoints of one service port, gathered over the service's slices. */
function endpointsFor(slices: KObject[], portName: string, proto: string): ProxyEndpoint[] {
  const out: ProxyEndpoint[] = [];
  for (const sl of slices) {
    const sp = ((sl.ports ?? []) as SlicePort[]).find(
      (p) => (p.name ?? '') === portName && (p.protocol ?? 'TCP').toLowerCase() === proto,
    );
    if (!sp || sp.port === undefined) continue;
    const eps = ((sl.endpoints ?? []) as SliceEndpoint[]).slice();
    eps.sort((a, b) => {
      const x = a.addresses?.[0] ?? '';
      const y = b.addresses?.[0] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    for (const e of eps) {
      const ip = e.addresses?.[0];
      if (!ip) continue;
      const ready = e.conditions?.ready ?? true;
      out.push({
        ip,
        port: sp.port,
        ...(e.nodeName ? { node: e.nodeName } : {}),
        ready,
        serving: e.conditions?.serving ?? ready,
        terminating: e.conditions?.terminating ?? false,
      });
    }
  }
  return out;
}

/** Service ports kube-proxy programs (not headless, not ExternalName), in a stable order. */
export function proxyServicePorts(store: KubeStore): ProxyServicePort[] {
  const slicesBySvc = new Map<string, KObject[]>();
  for (const sl of store.list('EndpointSlice')) {
    const svc = sl.metadata.labels?.['kubernetes.io/service-name'];
    if (!svc) continue;
    const k = `${sl.metadata.namespace}/${svc}`;
    const list = slicesBySvc.get(k);
    if (list) list.push(sl);
    else slicesBySvc.set(k, [sl]);
  }
  const out: ProxyServicePort[] = [];
  for (const svc of store.listByAge('Service')) {
    const spec = svc.spec ?? {};
    if (spec.type === 'ExternalName') continue;
    if (!spec.clusterIP || spec.clusterIP === 'None') continue;
    const ns = svc.metadata.namespace as string;
    const slices = slicesBySvc.get(`${ns}/${svc.metadata.name}`) ?? [];
    for (const p of (spec.ports ?? []) as Array<{
      name?: string;
      port: number;
      protocol?: string;
      nodePort?: number;
    }>) {
      const proto = (p.protocol ?? 'TCP').toLowerCase() as ProxyServicePort['proto'];
      const lbIPs = ((svc.status?.loadBalancer?.ingress ?? []) as Array<{ ip?: string }>)
        .map((i) => i.ip)
        .filter((x): x is string => !!x);
      out.push({
        namespace: ns,
        service: svc.metadata.name,
        spn: servicePortName(ns, svc.metadata.name, p.name),
        proto,
        clusterIP: spec.clusterIP,
        port: p.port,
        ...(p.nodePort && (spec.type === 'NodePort' || spec.type === 'LoadBalancer')
          ? { nodePort: p.nodePort }
          : {}),
        externalIPs: (spec.externalIPs ?? []) as string[],
        loadBalancerIPs: lbIPs,
        affinity:
          spec.sessionAffinity === 'ClientIP'
            ? Number(spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800)
            : null,
        externalLocal:
          spec.externalTrafficPolicy === 'Local' &&
          (spec.type === 'NodePort' || spec.type === 'LoadBalancer'),
        internalLocal: spec.internalTrafficPolicy === 'Local',
        ...(spec.healthCheckNodePort ? { healthCheckNodePort: Number(spec.healthCheckNodePort) } : {}),
        endpoints: endpointsFor(slices, p.name ?? '', proto),
      });
    }
  }
  return out;
}
