/**
 * The example cluster of the spec (§0, §4): services, endpoints and pods as
 * a KubeDnsSource, the way the cluster model will provide them.
 */
import type { KubeDnsSource, KubeEndpointSlice, KubeService } from '../../../src/engines/dns/kube-source.js';

type Svc = [
  string,
  string,
  KubeService['type'],
  string | null,
  Array<[string, 'TCP' | 'UDP', number]>,
  Array<[string, string | null]>,
  string | null,
];

const SERVICES: Svc[] = [
  ['kubernetes', 'default', 'ClusterIP', '10.96.0.1', [['https', 'TCP', 443]], [['172.30.1.2', null]], null],
  [
    'web-service',
    'default',
    'NodePort',
    '10.96.120.15',
    [
      ['http', 'TCP', 80],
      ['https', 'TCP', 443],
    ],
    [
      ['10.244.1.2', null],
      ['10.244.1.3', null],
      ['10.244.1.4', null],
    ],
    null,
  ],
  [
    'web-headless',
    'default',
    'ClusterIP',
    null,
    [['http', 'TCP', 80]],
    [
      ['10.244.1.2', null],
      ['10.244.1.3', null],
      ['10.244.1.4', null],
    ],
    null,
  ],
  ['db-headless', 'default', 'ClusterIP', null, [['redis', 'TCP', 6379]], [['10.244.1.9', 'db-0']], null],
  ['external-db', 'default', 'ExternalName', null, [], [], 'db.example.com'],
  ['lb-svc', 'default', 'LoadBalancer', '10.104.37.201', [['', 'TCP', 80]], [], null],
  [
    'kube-dns',
    'kube-system',
    'ClusterIP',
    '10.96.0.10',
    [
      ['dns', 'UDP', 53],
      ['dns-tcp', 'TCP', 53],
      ['metrics', 'TCP', 9153],
    ],
    [
      ['10.244.0.2', null],
      ['10.244.0.3', null],
    ],
    null,
  ],
  ['mysql', 'payroll', 'ClusterIP', '10.103.170.107', [['', 'TCP', 3306]], [['10.244.1.8', null]], null],
];

export function fakeCluster(): KubeDnsSource {
  const services: KubeService[] = SERVICES.map(([name, namespace, type, ip, ports, , ext]) => ({
    name,
    namespace,
    type,
    clusterIPs: ip ? [ip] : type === 'ExternalName' ? [] : ['None'],
    ...(ext ? { externalName: ext } : {}),
    ports: ports.map(([n, protocol, port]) => ({ ...(n ? { name: n } : {}), protocol, port })),
  }));
  const slices: KubeEndpointSlice[] = SERVICES.filter((s) => s[5].length).map(
    ([name, namespace, , , ports, eps]) => ({
      namespace,
      service: name,
      ports: ports.map(([n, protocol, port]) => ({ ...(n ? { name: n } : {}), protocol, port })),
      endpoints: eps.map(([ip, hn]) => ({ addresses: [ip], ready: true, ...(hn ? { hostname: hn } : {}) })),
    }),
  );
  return {
    namespaces: () => ['default', 'kube-system', 'kube-public', 'kube-node-lease', 'kube-flannel', 'payroll'],
    services: () => services,
    endpointSlices: () => slices,
    pods: () => [{ namespace: 'default', name: 'web-1', ips: ['10.244.1.2'] }],
    serial: () => 1732612345,
  };
}

/** The kubeadm v1.32 Corefile (spec §4.1), verbatim. */
export const KUBEADM_COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;
