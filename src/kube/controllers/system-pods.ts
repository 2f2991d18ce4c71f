/**
 * The control plane as kubeadm sets it up: static pod manifests (flags per
 * the fact sheet §7.4) and the sockets each system component listens on.
 */
import { parseIPv4 } from '../../model/inet.js';
import type { ImageListener } from '../images.js';
import type { KObject, KubeStore } from '../store.js';

export interface SystemListener extends ImageListener {
  addr?: number;
  v6?: boolean;
  process: string;
}

const LOCAL = 0x7f000001;

/** Sockets of hostNetwork system containers (ports per the fact sheet §7.5). */
export function systemListeners(container: string, pod: KObject, store: KubeStore): SystemListener[] {
  const node = store.get('Node', undefined, pod.spec?.nodeName ?? '');
  const ipText =
    node?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address ?? '0.0.0.0';
  const ip = parseIPv4(ipText) ?? 0;
  switch (container) {
    case 'etcd':
      return [
        { proto: 'tcp', port: 2379, addr: LOCAL, app: 'tls', process: 'etcd', config: { etcd: 'client' } },
        { proto: 'tcp', port: 2379, addr: ip, app: 'tls', process: 'etcd', config: { etcd: 'client' } },
        { proto: 'tcp', port: 2380, addr: ip, app: 'tls', process: 'etcd', config: { etcd: 'peer' } },
        {
          proto: 'tcp',
          port: 2381,
          addr: LOCAL,
          app: 'http',
          process: 'etcd',
          config: { body: '{"health":"true","reason":""}' },
        },
      ];
    case 'kube-apiserver':
      return [{ proto: 'tcp', port: 6443, v6: true, app: 'kube-apiserver', process: 'kube-apiserver' }];
    case 'kube-controller-manager':
      return [{ proto: 'tcp', port: 10257, addr: LOCAL, app: 'tls', process: 'kube-controller' }];
    case 'kube-scheduler':
      return [{ proto: 'tcp', port: 10259, addr: LOCAL, app: 'tls', process: 'kube-scheduler' }];
    case 'kube-proxy':
      return [
        { proto: 'tcp', port: 10249, addr: LOCAL, app: 'http', process: 'kube-proxy', config: { body: '' } },
        {
          proto: 'tcp',
          port: 10256,
          v6: true,
          app: 'http',
          process: 'kube-proxy',
          config: { body: '{"lastUpdated": "", "currentTime": ""}' },
        },
      ];
    case 'weave':
      return [
        { proto: 'tcp', port: 6783, v6: true, app: 'tcp-banner', process: 'weaver', config: { banner: '' } },
        { proto: 'udp', port: 6783, app: 'none', process: 'weaver' },
        { proto: 'udp', port: 6784, app: 'none', process: 'weaver' },
        {
          proto: 'tcp',
          port: 6784,
          addr: LOCAL,
          app: 'http',
          process: 'weaver',
          config: { body: 'ready\n' },
        },
        { proto: 'tcp', port: 6782, v6: true, app: 'http', process: 'weaver', config: { body: '' } },
      ];
    case 'weave-npc':
      return [
        { proto: 'tcp', port: 6781, v6: true, app: 'http', process: 'weave-npc', config: { body: '' } },
      ];
    default:
      return [];
  }
}
