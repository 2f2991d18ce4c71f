/**
 * The control plane as kubeadm sets it up: static pod manifests (flags per
 * the fact sheet §7.4) and the sockets each system component listens on.
 */
import { parseIPv4 } from '../../model/inet.js';
import type { ClusterConfig, NodeConfig } from '../cluster.js';
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
        { proto: 'tcp', port: 2379, addr: LOCAL, app: 'tls', process: 'etcd' },
        { proto: 'tcp', port: 2379, addr: ip, app: 'tls', process: 'etcd' },
        { proto: 'tcp', port: 2380, addr: ip, app: 'tls', process: 'etcd' },
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

function sortedFlags(flags: Record<string, string>): string[] {
  return Object.keys(flags)
    .sort()
    .map((k) => `--${k}=${flags[k]}`);
}

function staticPod(
  name: string,
  node: string,
  image: string,
  command: string[],
  labels: Record<string, string>,
  annotations: Record<string, string>,
  priority = 2000001000,
): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      annotations,
      labels,
      name: `${name}-${node}`,
      namespace: 'kube-system',
    },
    spec: {
      containers: [
        {
          command,
          image,
          imagePullPolicy: 'IfNotPresent',
          name,
          resources: {
            requests: {
              cpu:
                name === 'etcd'
                  ? '100m'
                  : name === 'kube-apiserver'
                    ? '250m'
                    : name === 'kube-controller-manager'
                      ? '200m'
                      : '100m',
              ...(name === 'etcd' ? { memory: '100Mi' } : {}),
            },
          },
        },
      ],
      hostNetwork: true,
      nodeName: node,
      priority,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
    },
  };
}

/** The four control-plane static pods of a kubeadm control-plane node. */
export function controlPlanePods(c: ClusterConfig, n: NodeConfig): KObject[] {
  const v = c.kubernetesVersion;
  const ip = n.ip;
  const apiserver = sortedFlags({
    'advertise-address': ip,
    'allow-privileged': 'true',
    'authorization-mode': 'Node,RBAC',
    'client-ca-file': '/etc/kubernetes/pki/ca.crt',
    'enable-admission-plugins': 'NodeRestriction',
    'enable-bootstrap-token-auth': 'true',
    'etcd-cafile': '/etc/kubernetes/pki/etcd/ca.crt',
    'etcd-certfile': '/etc/kubernetes/pki/apiserver-etcd-client.crt',
    'etcd-keyfile': '/etc/kubernetes/pki/apiserver-etcd-client.key',
    'etcd-servers': 'https://127.0.0.1:2379',
    'kubelet-client-certificate': '/etc/kubernetes/pki/apiserver-kubelet-client.crt',
    'kubelet-client-key': '/etc/kubernetes/pki/apiserver-kubelet-client.key',
    'kubelet-preferred-address-types': 'InternalIP,ExternalIP,Hostname',
    'proxy-client-cert-file': '/etc/kubernetes/pki/front-proxy-client.crt',
    'proxy-client-key-file': '/etc/kubernetes/pki/front-proxy-client.key',
    'requestheader-allowed-names': 'front-proxy-client',
    'requestheader-client-ca-file': '/etc/kubernetes/pki/front-proxy-ca.crt',
    'requestheader-extra-headers-prefix': 'X-Remote-Extra-',
    'requestheader-group-headers': 'X-Remote-Group',
    'requestheader-username-headers': 'X-Remote-User',
    'secure-port': '6443',
    'service-account-issuer': `https://kubernetes.default.svc.${c.domain}`,
    'service-account-key-file': '/etc/kubernetes/pki/sa.pub',
    'service-account-signing-key-file': '/etc/kubernetes/pki/sa.key',
    'service-cluster-ip-range': c.serviceCidr,
    'tls-cert-file': '/etc/kubernetes/pki/apiserver.crt',
    'tls-private-key-file': '/etc/kubernetes/pki/apiserver.key',
  });
  const kcm = sortedFlags({
    'allocate-node-cidrs': 'true',
    'authentication-kubeconfig': '/etc/kubernetes/controller-manager.conf',
    'authorization-kubeconfig': '/etc/kubernetes/controller-manager.conf',
    'bind-address': '127.0.0.1',
    'client-ca-file': '/etc/kubernetes/pki/ca.crt',
    'cluster-cidr': c.podCidr,
    'cluster-name': c.name,
    'cluster-signing-cert-file': '/etc/kubernetes/pki/ca.crt',
    'cluster-signing-key-file': '/etc/kubernetes/pki/ca.key',
    controllers: '*,bootstrapsigner,tokencleaner',
    kubeconfig: '/etc/kubernetes/controller-manager.conf',
    'leader-elect': 'true',
    'requestheader-client-ca-file': '/etc/kubernetes/pki/front-proxy-ca.crt',
    'root-ca-file': '/etc/kubernetes/pki/ca.crt',
    'service-account-private-key-file': '/etc/kubernetes/pki/sa.key',
    'service-cluster-ip-range': c.serviceCidr,
    'use-service-account-credentials': 'true',
  });
  const sched = sortedFlags({
    'authentication-kubeconfig': '/etc/kubernetes/scheduler.conf',
    'authorization-kubeconfig': '/etc/kubernetes/scheduler.conf',
    'bind-address': '127.0.0.1',
    kubeconfig: '/etc/kubernetes/scheduler.conf',
    'leader-elect': 'true',
  });
  const etcd = sortedFlags({
    'advertise-client-urls': `https://${ip}:2379`,
    'cert-file': '/etc/kubernetes/pki/etcd/server.crt',
    'client-cert-auth': 'true',
    'data-dir': '/var/lib/etcd',
    'experimental-initial-corrupt-check': 'true',
    'experimental-watch-progress-notify-interval': '5s',
    'initial-advertise-peer-urls': `https://${ip}:2380`,
    'initial-cluster': `${n.name}=https://${ip}:2380`,
    'key-file': '/etc/kubernetes/pki/etcd/server.key',
    'listen-client-urls': `https://127.0.0.1:2379,https://${ip}:2379`,
    'listen-metrics-urls': 'http://127.0.0.1:2381',
    'listen-peer-urls': `https://${ip}:2380`,
    name: n.name,
    'peer-cert-file': '/etc/kubernetes/pki/etcd/peer.crt',
    'peer-client-cert-auth': 'true',
    'peer-key-file': '/etc/kubernetes/pki/etcd/peer.key',
    'peer-trusted-ca-file': '/etc/kubernetes/pki/etcd/ca.crt',
    'snapshot-count': '10000',
    'trusted-ca-file': '/etc/kubernetes/pki/etcd/ca.crt',
  });
  return [
    staticPod(
      'etcd',
      n.name,
      'registry.k8s.io/etcd:3.5.16-0',
      ['etcd', ...etcd],
      { component: 'etcd', tier: 'control-plane' },
      { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${ip}:2379` },
    ),
    staticPod(
      'kube-apiserver',
      n.name,
      `registry.k8s.io/kube-apiserver:${v}`,
      ['kube-apiserver', ...apiserver],
      { component: 'kube-apiserver', tier: 'control-plane' },
      { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:6443` },
    ),
    staticPod(
      'kube-controller-manager',
      n.name,
      `registry.k8s.io/kube-controller-manager:${v}`,
      ['kube-controller-manager', ...kcm],
      { component: 'kube-controller-manager', tier: 'control-plane' },
      {},
    ),
    staticPod(
      'kube-scheduler',
      n.name,
      `registry.k8s.io/kube-scheduler:${v}`,
      ['kube-scheduler', ...sched],
      { component: 'kube-scheduler', tier: 'control-plane' },
      {},
    ),
  ];
}
