/** The API server keeps `default/kubernetes` pointing at itself (Endpoints and EndpointSlice, port https 6443). */
import type { KubeStore } from '../store.js';

function advertised(store: KubeStore): string[] {
  const ips: string[] = [];
  for (const p of store.list('Pod', 'kube-system')) {
    if (p.metadata.labels?.component !== 'kube-apiserver' || p.status?.phase !== 'Running') continue;
    const cmd = (p.spec?.containers?.[0]?.command ?? []) as string[];
    const flag = cmd.find((a) => a.startsWith('--advertise-address='));
    const ip = flag?.slice('--advertise-address='.length) ?? p.status?.hostIP;
    if (ip && !ips.includes(ip)) ips.push(ip);
  }
  return ips.length ? ips : [];
}

function securePort(store: KubeStore): number {
  for (const p of store.list('Pod', 'kube-system')) {
    if (p.metadata.labels?.component !== 'kube-apiserver') continue;
    const cmd = (p.spec?.containers?.[0]?.command ?? []) as string[];
    const flag = cmd.find((a) => a.startsWith('--secure-port='));
    if (flag) return Number(flag.slice('--secure-port='.length)) || 6443;
  }
  return 6443;
}

export function reconcileApiserverEndpoints(store: KubeStore): void {
  if (!store.get('Service', 'default', 'kubernetes')) return;
  let ips = advertised(store);
  if (!ips.length) {
    // no static pods (a hosted control plane): keep what the world was built with
    const ep = store.get('Endpoints', 'default', 'kubernetes');
    ips = ((ep?.subsets?.[0]?.addresses ?? []) as Array<{ ip: string }>).map((a) => a.ip);
    if (!ips.length) return;
  }
  const port = securePort(store);
  const subsets = [
    { addresses: ips.map((ip) => ({ ip })), ports: [{ name: 'https', port, protocol: 'TCP' }] },
  ];
  const ep = store.get('Endpoints', 'default', 'kubernetes');
  if (!ep) {
    store.create({
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
      },
      subsets,
    });
  } else if (JSON.stringify(ep.subsets) !== JSON.stringify(subsets)) {
    store.mutate('Endpoints', 'default', 'kubernetes', (e) => {
      e.subsets = subsets;
    });
  }
  const body = {
    addressType: 'IPv4',
    endpoints: ips.map((ip) => ({
      addresses: [ip],
      conditions: { ready: true, serving: true, terminating: false },
    })),
    ports: [{ name: 'https', port, protocol: 'TCP' }],
  };
  const sl = store.get('EndpointSlice', 'default', 'kubernetes');
  if (!sl) {
    store.create({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { 'kubernetes.io/service-name': 'kubernetes' },
      },
      ...body,
    });
  } else if (JSON.stringify([sl.endpoints, sl.ports]) !== JSON.stringify([body.endpoints, body.ports])) {
    store.mutate('EndpointSlice', 'default', 'kubernetes', (s) => {
      s.endpoints = body.endpoints;
      s.ports = body.ports;
    });
  }
}
