/** The cluster as the CoreDNS `kubernetes` plugin sees it (engines/dns/kube-source.ts). */
import type {
  KubeDnsSource,
  KubeEndpointSlice,
  KubePod,
  KubeService,
  KubeServicePort,
} from '../engines/dns/kube-source.js';
import type { KubeStore } from './store.js';

type Proto = KubeServicePort['protocol'];

function proto(p: unknown): Proto {
  return p === 'UDP' || p === 'SCTP' ? p : 'TCP';
}

export function storeDnsSource(store: KubeStore): KubeDnsSource {
  return {
    namespaces: () => store.list('Namespace').map((n) => n.metadata.name),
    services: (): KubeService[] =>
      store.list('Service').map((s) => ({
        namespace: s.metadata.namespace as string,
        name: s.metadata.name,
        type: (s.spec?.type ?? 'ClusterIP') as KubeService['type'],
        clusterIPs: (s.spec?.clusterIPs ?? (s.spec?.clusterIP ? [s.spec.clusterIP] : [])) as string[],
        ...(s.spec?.externalName ? { externalName: String(s.spec.externalName) } : {}),
        ports: ((s.spec?.ports ?? []) as Array<{ name?: string; port: number; protocol?: string }>).map(
          (p) => ({
            ...(p.name ? { name: p.name } : {}),
            port: p.port,
            protocol: proto(p.protocol),
          }),
        ),
      })),
    endpointSlices: (): KubeEndpointSlice[] =>
      store.list('EndpointSlice').map((sl) => ({
        namespace: sl.metadata.namespace as string,
        service: sl.metadata.labels?.['kubernetes.io/service-name'] ?? '',
        endpoints: (
          (sl.endpoints ?? []) as Array<{
            addresses?: string[];
            hostname?: string;
            conditions?: { ready?: boolean };
          }>
        ).map((e) => ({
          addresses: e.addresses ?? [],
          ...(e.hostname ? { hostname: e.hostname } : {}),
          ready: e.conditions?.ready ?? true,
        })),
        ports: ((sl.ports ?? []) as Array<{ name?: string; port?: number; protocol?: string }>).map((p) => ({
          ...(p.name ? { name: p.name } : {}),
          port: p.port ?? 0,
          protocol: proto(p.protocol),
        })),
      })),
    pods: (): KubePod[] =>
      store
        .list('Pod')
        .filter((p) => p.status?.podIP && !p.spec?.hostNetwork)
        .map((p) => ({
          namespace: p.metadata.namespace as string,
          name: p.metadata.name,
          ips: ((p.status?.podIPs ?? [{ ip: p.status.podIP }]) as Array<{ ip: string }>).map((x) => x.ip),
        })),
    serial: () => Math.floor(store.lastChange / 1000),
  };
}
