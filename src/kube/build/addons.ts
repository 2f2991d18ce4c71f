/**
 * The API objects of a fresh kubeadm cluster with flannel: namespaces,
 * Nodes, the `kubernetes` and `kube-dns` Services, CoreDNS, kube-proxy and
 * flannel with their ConfigMaps, and kubeadm's own ConfigMaps (fact sheet
 * §4.1, §7).
 */

import { formatIPv4, parseCidr4 } from '../../model/inet.js';
import type { ClusterConfig, NodeConfig } from '../cluster.js';
import { FLANNEL_CNI_CONFLIST, FLANNEL_NET_CONF } from '../cni/flannel.js';
import type { KObject } from '../store.js';
import { flannelRbac, weaveRbac } from './addon-rbac.js';

export const KUBEADM_COREFILE = (domain: string) => `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes ${domain} in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success ${domain}
       disable denial ${domain}
    }
    loop
    reload
    loadbalance
}
`;

/** The n-th address of a CIDR (kubernetes is the 1st of the service range, kube-dns the 10th). */
export function nthAddress(cidr: string, n: number): string {
  const c = parseCidr4(cidr);
  return c ? formatIPv4((c.addr + n) >>> 0) : '';
}

function ns(name: string, labels: Record<string, string> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'kubernetes.io/metadata.name': name, ...labels } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

/** A Node as kubelet registers it; `ids` gives its machine-id, system UUID and boot id. */
export function nodeObject(
  c: ClusterConfig,
  n: NodeConfig,
  ids: { machineID: string; systemUUID: string; bootID: string } = {
    machineID: '',
    systemUUID: '',
    bootID: '',
  },
): KObject {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': n.name,
    'kubernetes.io/os': 'linux',
  };
  if (n.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: n.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: n.controlPlane
      ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] }
      : {},
    status: {
      addresses: [
        { address: n.ip, type: 'InternalIP' },
        { address: n.name, type: 'Hostname' },
      ],
      allocatable: {
        cpu: '2',
        'ephemeral-storage': '46802423591',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: '3908076Ki',
        pods: '110',
      },
      capacity: {
        cpu: '2',
        'ephemeral-storage': '50783200Ki',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: '4010476Ki',
        pods: '110',
      },
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: ids.bootID,
        containerRuntimeVersion: c.containerRuntime,
        kernelVersion: c.kernel,
        kubeProxyVersion: c.kubernetesVersion,
        kubeletVersion: c.kubernetesVersion,
        machineID: ids.machineID,
        operatingSystem: 'linux',
        osImage: c.osImage,
        systemUUID: ids.systemUUID,
      },
    },
  };
}

function kubeProxyConfig(c: ClusterConfig): string {
  return `apiVersion: kubeproxy.config.k8s.io/v1alpha1
bindAddress: 0.0.0.0
bindAddressHardFail: false
clientConnection:
  acceptContentTypes: ""
  burst: 0
  contentType: ""
  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf
  qps: 0
clusterCIDR: ${c.podCidr}
configSyncPeriod: 0s
conntrack:
  maxPerCore: null
  min: null
  tcpBeLiberal: false
  tcpCloseWaitTimeout: null
  tcpEstablishedTimeout: null
  udpStreamTimeout: 0s
  udpTimeout: 0s
detectLocal:
  bridgeInterface: ""
  interfaceNamePrefix: ""
detectLocalMode: ""
enableProfiling: false
healthzBindAddress: ""
hostnameOverride: ""
iptables:
  localhostNodePorts: null
  masqueradeAll: false
  masqueradeBit: null
  minSyncPeriod: 0s
  syncPeriod: 0s
ipvs:
  excludeCIDRs: null
  minSyncPeriod: 0s
  scheduler: ""
  strictARP: false
  syncPeriod: 0s
  tcpFinTimeout: 0s
  tcpTimeout: 0s
  udpTimeout: 0s
kind: KubeProxyConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
metricsBindAddress: ""
mode: ${c.proxyMode === 'ipvs' ? 'ipvs' : '""'}
nftables:
  masqueradeAll: false
  masqueradeBit: null
  minSyncPeriod: 0s
  syncPeriod: 0s
nodePortAddresses: null
oomScoreAdj: null
portRange: ""
showHiddenMetricsForProbes: ""
winkernel:
  enableDSR: false
  forwardHealthCheckVip: false
  networkName: ""
  rootHnsEndpointName: ""
  sourceVip: ""
`;
}

function kubeadmConfig(c: ClusterConfig): string {
  const cp = c.nodes.find((n) => n.controlPlane);
  return `apiServer: {}
apiVersion: kubeadm.k8s.io/v1beta4
caCertificateValidityPeriod: 87600h0m0s
certificateValidityPeriod: 8760h0m0s
certificatesDir: /etc/kubernetes/pki
clusterName: ${c.name}
controlPlaneEndpoint: ${cp?.ip ?? ''}:6443
controllerManager: {}
dns: {}
encryptionAlgorithm: RSA-2048
etcd:
  local:
    dataDir: /var/lib/etcd
imageRepository: registry.k8s.io
kind: ClusterConfiguration
kubernetesVersion: ${c.kubernetesVersion}
networking:
  dnsDomain: ${c.domain}
  podSubnet: ${c.podCidr}
  serviceSubnet: ${c.serviceCidr}
proxy: {}
scheduler: {}
`;
}

const SYSTEM_TOLERATIONS = [
  { key: 'CriticalAddonsOnly', operator: 'Exists' },
  { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
];

function corednsDeployment(): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
    spec: {
      progressDeadlineSeconds: 600,
      replicas: 2,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        spec: {
          affinity: {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                {
                  podAffinityTerm: {
                    labelSelector: {
                      matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }],
                    },
                    topologyKey: 'kubernetes.io/hostname',
                  },
                  weight: 100,
                },
              ],
            },
          },
          containers: [
            {
              args: ['-conf', '/etc/coredns/Corefile'],
              image: 'registry.k8s.io/coredns/coredns:v1.11.3',
              imagePullPolicy: 'IfNotPresent',
              livenessProbe: {
                failureThreshold: 5,
                httpGet: { path: '/health', port: 8080, scheme: 'HTTP' },
                initialDelaySeconds: 60,
                periodSeconds: 10,
                successThreshold: 1,
                timeoutSeconds: 5,
              },
              name: 'coredns',
              ports: [
                { containerPort: 53, name: 'dns', protocol: 'UDP' },
                { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
                { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
              ],
              readinessProbe: {
                failureThreshold: 3,
                httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' },
                periodSeconds: 10,
                successThreshold: 1,
                timeoutSeconds: 1,
              },
              resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
                readOnlyRootFilesystem: true,
              },
              volumeMounts: [{ mountPath: '/etc/coredns', name: 'config-volume', readOnly: true }],
            },
          ],
          dnsPolicy: 'Default',
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: SYSTEM_TOLERATIONS,
          volumes: [
            {
              configMap: {
                defaultMode: 420,
                items: [{ key: 'Corefile', path: 'Corefile' }],
                name: 'coredns',
              },
              name: 'config-volume',
            },
          ],
        },
      },
    },
  };
}

function kubeProxyDaemonSet(c: ClusterConfig): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-proxy' } },
        spec: {
          containers: [
            {
              command: [
                '/usr/local/bin/kube-proxy',
                '--config=/var/lib/kube-proxy/config.conf',
                '--hostname-override=$(NODE_NAME)',
              ],
              env: [
                {
                  name: 'NODE_NAME',
                  valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } },
                },
              ],
              image: `registry.k8s.io/kube-proxy:${c.kubernetesVersion}`,
              imagePullPolicy: 'IfNotPresent',
              name: 'kube-proxy',
              securityContext: { privileged: true },
              volumeMounts: [
                { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
                { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
              ],
            },
          ],
          dnsPolicy: 'ClusterFirst',
          hostNetwork: true,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'kube-proxy',
          tolerations: [{ operator: 'Exists' }],
          volumes: [
            { configMap: { defaultMode: 420, name: 'kube-proxy' }, name: 'kube-proxy' },
            { hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' }, name: 'xtables-lock' },
            { hostPath: { path: '/lib/modules', type: '' }, name: 'lib-modules' },
          ],
        },
      },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
    },
  };
}

function flannelDaemonSet(): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: {
      name: 'kube-flannel-ds',
      namespace: 'kube-flannel',
      labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' },
    },
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: 'flannel', 'k8s-app': 'flannel' } },
      template: {
        metadata: { labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' } },
        spec: {
          containers: [
            {
              args: ['--ip-masq', '--kube-subnet-mgr'],
              command: ['/opt/bin/flanneld'],
              env: [
                {
                  name: 'POD_NAME',
                  valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } },
                },
                {
                  name: 'POD_NAMESPACE',
                  valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } },
                },
                { name: 'EVENT_QUEUE_DEPTH', value: '5000' },
              ],
              image: 'ghcr.io/flannel-io/flannel:v0.26.4',
              imagePullPolicy: 'IfNotPresent',
              name: 'kube-flannel',
              resources: { requests: { cpu: '100m', memory: '50Mi' } },
              securityContext: { capabilities: { add: ['NET_ADMIN', 'NET_RAW'] }, privileged: false },
              volumeMounts: [
                { mountPath: '/run/flannel', name: 'run' },
                { mountPath: '/etc/kube-flannel/', name: 'flannel-cfg' },
                { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
              ],
            },
          ],
          hostNetwork: true,
          initContainers: [
            {
              args: ['-f', '/flannel', '/opt/cni/bin/flannel'],
              command: ['cp'],
              image: 'ghcr.io/flannel-io/flannel-cni-plugin:v1.6.2-flannel1',
              name: 'install-cni-plugin',
            },
            {
              args: ['-f', '/etc/kube-flannel/cni-conf.json', '/etc/cni/net.d/10-flannel.conflist'],
              command: ['cp'],
              image: 'ghcr.io/flannel-io/flannel:v0.26.4',
              name: 'install-cni',
            },
          ],
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'flannel',
          tolerations: [{ effect: 'NoSchedule', operator: 'Exists' }],
          volumes: [
            { hostPath: { path: '/run/flannel', type: '' }, name: 'run' },
            { hostPath: { path: '/opt/cni/bin', type: '' }, name: 'cni-plugin' },
            { hostPath: { path: '/etc/cni/net.d', type: '' }, name: 'cni' },
            { configMap: { defaultMode: 420, name: 'kube-flannel-cfg' }, name: 'flannel-cfg' },
            { hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' }, name: 'xtables-lock' },
          ],
        },
      },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
    },
  };
}

/** The flannel add-on as `kubectl apply -f kube-flannel.yml` creates it. */
export function flannelObjects(c: ClusterConfig): KObject[] {
  return [
    ns('kube-flannel', { 'k8s-app': 'flannel', 'pod-security.kubernetes.io/enforce': 'privileged' }),
    ...flannelRbac(),
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'flannel', namespace: 'kube-flannel', labels: { 'k8s-app': 'flannel' } },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'kube-flannel-cfg',
        namespace: 'kube-flannel',
        labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' },
      },
      data: { 'cni-conf.json': FLANNEL_CNI_CONFLIST, 'net-conf.json': FLANNEL_NET_CONF(c.podCidr) },
    },
    flannelDaemonSet(),
  ];
}

/** What `kubeadm init` leaves in the API (before any CNI is applied). */
export function kubeadmObjects(
  c: ClusterConfig,
  ids?: (n: NodeConfig) => { machineID: string; systemUUID: string; bootID: string },
): KObject[] {
  const cp = c.nodes.find((n) => n.controlPlane);
  const dnsIp = nthAddress(c.serviceCidr, 10);
  return [
    ns('default'),
    ns('kube-system'),
    ns('kube-public'),
    ns('kube-node-lease'),
    ...c.nodes.map((n) => nodeObject(c, n, ids?.(n))),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
      },
      spec: {
        clusterIP: nthAddress(c.serviceCidr, 1),
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
        sessionAffinity: 'None',
        type: 'ClusterIP',
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
      },
      subsets: [
        { addresses: [{ ip: cp?.ip ?? '' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] },
      ],
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kubeadm-config', namespace: 'kube-system' },
      data: { ClusterConfiguration: kubeadmConfig(c) },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'coredns', namespace: 'kube-system' },
      data: { Corefile: KUBEADM_COREFILE(c.domain) },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { app: 'kube-proxy' } },
      data: {
        'config.conf': kubeProxyConfig(c),
        'kubeconfig.conf': `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://${cp?.ip ?? ''}:6443\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n`,
      },
    },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'coredns', namespace: 'kube-system' } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'kube-proxy', namespace: 'kube-system' } },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kube-dns',
        namespace: 'kube-system',
        labels: {
          'k8s-app': 'kube-dns',
          'kubernetes.io/cluster-service': 'true',
          'kubernetes.io/name': 'CoreDNS',
        },
        annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      },
      spec: {
        clusterIP: dnsIp,
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
        selector: { 'k8s-app': 'kube-dns' },
        sessionAffinity: 'None',
        type: 'ClusterIP',
      },
    },
    corednsDeployment(),
    kubeProxyDaemonSet(c),
  ];
}

/** Weave Net 2.8.1 as `kubectl apply -f weave-daemonset-k8s.yaml` creates it (IPALLOC_RANGE set when `range` is given). */
export function weaveObjects(range?: string): KObject[] {
  const labels = { name: 'weave-net' };
  const hostname = {
    name: 'HOSTNAME',
    valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } },
  };
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'weave-net', namespace: 'kube-system', labels },
    },
    ...weaveRbac(),
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'weave-net', namespace: 'kube-system', labels },
      spec: {
        minReadySeconds: 5,
        revisionHistoryLimit: 10,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                command: ['/home/weave/launch.sh'],
                env: [
                  { name: 'INIT_CONTAINER', value: 'true' },
                  hostname,
                  ...(range ? [{ name: 'IPALLOC_RANGE', value: range }] : []),
                ],
                image: 'weaveworks/weave-kube:2.8.1',
                imagePullPolicy: 'IfNotPresent',
                name: 'weave',
                readinessProbe: {
                  failureThreshold: 3,
                  httpGet: { host: '127.0.0.1', path: '/status', port: 6784, scheme: 'HTTP' },
                  periodSeconds: 10,
                  successThreshold: 1,
                  timeoutSeconds: 1,
                },
                resources: { requests: { cpu: '50m' } },
                securityContext: { privileged: true },
                volumeMounts: [
                  { mountPath: '/weavedb', name: 'weavedb' },
                  { mountPath: '/var/lib/dbus', name: 'dbus', readOnly: true },
                  { mountPath: '/host/etc/machine-id', name: 'cni-machine-id', readOnly: true },
                  { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                ],
              },
              {
                env: [hostname],
                image: 'weaveworks/weave-npc:2.8.1',
                imagePullPolicy: 'IfNotPresent',
                name: 'weave-npc',
                resources: { requests: { cpu: '50m' } },
                securityContext: { privileged: true },
                volumeMounts: [{ mountPath: '/run/xtables.lock', name: 'xtables-lock' }],
              },
            ],
            dnsPolicy: 'ClusterFirstWithHostNet',
            hostNetwork: true,
            hostPID: false,
            initContainers: [
              {
                command: ['/home/weave/init.sh'],
                image: 'weaveworks/weave-kube:2.8.1',
                name: 'weave-init',
                securityContext: { privileged: true },
              },
            ],
            priorityClassName: 'system-node-critical',
            restartPolicy: 'Always',
            securityContext: { seLinuxOptions: {} },
            serviceAccountName: 'weave-net',
            tolerations: [
              { effect: 'NoSchedule', operator: 'Exists' },
              { effect: 'NoExecute', operator: 'Exists' },
            ],
            volumes: [
              { hostPath: { path: '/var/lib/weave', type: '' }, name: 'weavedb' },
              { hostPath: { path: '/opt', type: '' }, name: 'cni-bin' },
              { hostPath: { path: '/home', type: '' }, name: 'cni-bin2' },
              { hostPath: { path: '/etc', type: '' }, name: 'cni-conf' },
              { hostPath: { path: '/var/lib/cni', type: '' }, name: 'cni-cache' },
              { hostPath: { path: '/var/lib/dbus', type: '' }, name: 'dbus' },
              { hostPath: { path: '/etc/machine-id', type: 'FileOrCreate' }, name: 'cni-machine-id' },
              { hostPath: { path: '/lib/modules', type: '' }, name: 'lib-modules' },
              { hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' }, name: 'xtables-lock' },
            ],
          },
        },
        updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
      },
    },
  ];
}
