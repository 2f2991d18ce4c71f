/**
 * What the CoreDNS `kubernetes` plugin needs from the cluster. The cluster
 * model implements this and exposes it as `world.ext.kube` (either the
 * object itself or its `dns` property); tests pass a fake.
 */
import type { World } from '../../model/types.js';

export interface KubeServicePort {
  /** Port name; unnamed ports get no SRV records. */
  name?: string;
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
}

export interface KubeService {
  namespace: string;
  name: string;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  /** spec.clusterIPs; `['None']` (or empty) for a headless service. */
  clusterIPs: string[];
  /** spec.externalName for ExternalName services. */
  externalName?: string;
  ports: KubeServicePort[];
}

export interface KubeEndpoint {
  addresses: string[];
  /** endpoints[].hostname (from pod spec.hostname + subdomain), if any. */
  hostname?: string;
  ready: boolean;
}

/** One EndpointSlice (or the Endpoints object) of a service. */
export interface KubeEndpointSlice {
  namespace: string;
  /** The service it belongs to (label kubernetes.io/service-name). */
  service: string;
  endpoints: KubeEndpoint[];
  ports: KubeServicePort[];
}

export interface KubePod {
  namespace: string;
  name: string;
  ips: string[];
}

export interface KubeDnsSource {
  namespaces(): string[];
  services(): KubeService[];
  endpointSlices(): KubeEndpointSlice[];
  pods(): KubePod[];
  /** Unix time in seconds of the last API change: the SOA serial. */
  serial(): number;
}

function isSource(x: unknown): x is KubeDnsSource {
  const s = x as Partial<KubeDnsSource> | null;
  return (
    !!s &&
    typeof s.services === 'function' &&
    typeof s.pods === 'function' &&
    typeof s.namespaces === 'function' &&
    typeof s.endpointSlices === 'function'
  );
}

/** The cluster's DNS view, when the world has a cluster. */
export function kubeDnsSource(world: World): KubeDnsSource | null {
  const k = world.ext.kube as { dns?: unknown } | undefined;
  if (isSource(k)) return k;
  if (k && isSource(k.dns)) return k.dns;
  return null;
}
