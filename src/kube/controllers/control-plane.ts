/**
 * The static pod manifests `kubeadm init` writes to /etc/kubernetes/manifests
 * (v1.32, fact sheet §7.4): flags sorted, probes on the components' health
 * ports, hostPath volumes, system-node-critical priority.
 */
import type { ClusterConfig, NodeConfig } from '../cluster.js';
import type { KObject } from '../store.js';

function sortedFlags(flags: Record<string, string>): string[] {
  return Object.keys(flags)
    .sort()
    .map((k) => `--${k}=${flags[k]}`);
}

interface HostVol {
  name: string;
  path: string;
  type: 'DirectoryOrCreate' | 'FileOrCreate';
  readOnly?: boolean;
}

function probe(
  host: string,
  path: string,
  port: number,
  scheme: 'HTTP' | 'HTTPS',
  extra: Record<string, number>,
) {
  return { ...extra, httpGet: { host, path, port, scheme } };
}

interface StaticSpec {
  name: string;
  image: string;
  command: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  requests: Record<string, string>;
  probes: Record<string, unknown>;
  volumes: HostVol[];
}

function staticPod(node: string, p: StaticSpec): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(Object.keys(p.annotations).length ? { annotations: p.annotations } : {}),
      labels: p.labels,
      name: `${p.name}-${node}`,
      namespace: 'kube-system',
    },
    spec: {
      containers: [
        {
          command: p.command,
          image: p.image,
          imagePullPolicy: 'IfNotPresent',
          ...p.probes,
          name: p.name,
          resources: { requests: p.requests },
          volumeMounts: p.volumes.map((v) => ({
            mountPath: v.path,
            name: v.name,
            ...(v.readOnly ? { readOnly: true } : {}),
          })),
        },
      ],
      hostNetwork: true,
      nodeName: node,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
      volumes: p.volumes.map((v) => ({ hostPath: { path: v.path, type: v.type }, name: v.name })),
    },
  };
}

const CA_VOLUMES: HostVol[] = [
  { name: 'ca-certs', path: '/etc/ssl/certs', type: 'DirectoryOrCreate', readOnly: true },
  { name: 'etc-ca-certificates', path: '/etc/ca-certificates', type: 'DirectoryOrCreate', readOnly: true },
];
const USR_CA_VOLUMES: HostVol[] = [
  {
    name: 'usr-local-share-ca-certificates',
    path: '/usr/local/share/ca-certificates',
    type: 'DirectoryOrCreate',
    readOnly: true,
  },
  {
    name: 'usr-share-ca-certificates',
    path: '/usr/share/ca-certificates',
    type: 'DirectoryOrCreate',
    readOnly: true,
  },
];

function healthProbes(
  host: string,
  port: number,
  scheme: 'HTTP' | 'HTTPS',
  live: string,
  ready: string | null,
) {
  const t = { initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 15 };
  return {
    livenessProbe: probe(host, live, port, scheme, { failureThreshold: 8, ...t }),
    ...(ready
      ? {
          readinessProbe: probe(host, ready, port, scheme, {
            failureThreshold: 3,
            periodSeconds: 1,
            timeoutSeconds: 15,
          }),
        }
      : {}),
    startupProbe: probe(host, live, port, scheme, { failureThreshold: 24, ...t }),
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
  const cp = { tier: 'control-plane' };
  return [
    staticPod(n.name, {
      name: 'etcd',
      image: 'registry.k8s.io/etcd:3.5.16-0',
      command: ['etcd', ...etcd],
      labels: { component: 'etcd', ...cp },
      annotations: { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${ip}:2379` },
      requests: { cpu: '100m', memory: '100Mi' },
      probes: {
        livenessProbe: probe('127.0.0.1', '/livez', 2381, 'HTTP', {
          failureThreshold: 8,
          initialDelaySeconds: 10,
          periodSeconds: 10,
          timeoutSeconds: 15,
        }),
        readinessProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', {
          failureThreshold: 3,
          periodSeconds: 1,
          timeoutSeconds: 15,
        }),
        startupProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', {
          failureThreshold: 24,
          initialDelaySeconds: 10,
          periodSeconds: 10,
          timeoutSeconds: 15,
        }),
      },
      volumes: [
        { name: 'etcd-certs', path: '/etc/kubernetes/pki/etcd', type: 'DirectoryOrCreate' },
        { name: 'etcd-data', path: '/var/lib/etcd', type: 'DirectoryOrCreate' },
      ],
    }),
    staticPod(n.name, {
      name: 'kube-apiserver',
      image: `registry.k8s.io/kube-apiserver:${v}`,
      command: ['kube-apiserver', ...apiserver],
      labels: { component: 'kube-apiserver', ...cp },
      annotations: { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:6443` },
      requests: { cpu: '250m' },
      probes: healthProbes(ip, 6443, 'HTTPS', '/livez', '/readyz'),
      volumes: [
        ...CA_VOLUMES,
        { name: 'k8s-certs', path: '/etc/kubernetes/pki', type: 'DirectoryOrCreate', readOnly: true },
        ...USR_CA_VOLUMES,
      ],
    }),
    staticPod(n.name, {
      name: 'kube-controller-manager',
      image: `registry.k8s.io/kube-controller-manager:${v}`,
      command: ['kube-controller-manager', ...kcm],
      labels: { component: 'kube-controller-manager', ...cp },
      annotations: {},
      requests: { cpu: '200m' },
      probes: healthProbes('127.0.0.1', 10257, 'HTTPS', '/healthz', null),
      volumes: [
        ...CA_VOLUMES,
        {
          name: 'flexvolume-dir',
          path: '/usr/libexec/kubernetes/kubelet-plugins/volume/exec',
          type: 'DirectoryOrCreate',
        },
        { name: 'k8s-certs', path: '/etc/kubernetes/pki', type: 'DirectoryOrCreate', readOnly: true },
        {
          name: 'kubeconfig',
          path: '/etc/kubernetes/controller-manager.conf',
          type: 'FileOrCreate',
          readOnly: true,
        },
        ...USR_CA_VOLUMES,
      ],
    }),
    staticPod(n.name, {
      name: 'kube-scheduler',
      image: `registry.k8s.io/kube-scheduler:${v}`,
      command: ['kube-scheduler', ...sched],
      labels: { component: 'kube-scheduler', ...cp },
      annotations: {},
      requests: { cpu: '100m' },
      probes: healthProbes('127.0.0.1', 10259, 'HTTPS', '/healthz', null),
      volumes: [
        { name: 'kubeconfig', path: '/etc/kubernetes/scheduler.conf', type: 'FileOrCreate', readOnly: true },
      ],
    }),
  ];
}
