/**
 * Calico v3.29.1 as `kubectl apply -f calico.yaml` (the manifest install,
 * everything in kube-system) creates it, in the manifest's order: the
 * PodDisruptionBudget and ServiceAccounts, the calico-config ConfigMap, the
 * CustomResourceDefinitions (names and scope only: this API server serves
 * no custom resources, so `kubectl get ippools` is not answered), the
 * ClusterRoles (rules abbreviated to what the components use most) and
 * their bindings, the calico-node DaemonSet and the calico-kube-controllers
 * Deployment. CALICO_IPV4POOL_CIDR stays commented out unless `poolCidr`
 * is given (as labs that set 10.244.0.0/16 do); without it calico-node
 * takes kubeadm-config's podSubnet.
 */
import { CALICO_CNI_TEMPLATE } from '../cni/calico-files.js';
import type { KObject } from '../store.js';

const VERSION = 'v3.29.1';
const NS = 'kube-system';

const CRDS: Array<[string, string, string, 'Cluster' | 'Namespaced']> = [
  ['bgpconfigurations', 'BGPConfiguration', 'crd.projectcalico.org', 'Cluster'],
  ['bgpfilters', 'BGPFilter', 'crd.projectcalico.org', 'Cluster'],
  ['bgppeers', 'BGPPeer', 'crd.projectcalico.org', 'Cluster'],
  ['blockaffinities', 'BlockAffinity', 'crd.projectcalico.org', 'Cluster'],
  ['caliconodestatuses', 'CalicoNodeStatus', 'crd.projectcalico.org', 'Cluster'],
  ['clusterinformations', 'ClusterInformation', 'crd.projectcalico.org', 'Cluster'],
  ['felixconfigurations', 'FelixConfiguration', 'crd.projectcalico.org', 'Cluster'],
  ['globalnetworkpolicies', 'GlobalNetworkPolicy', 'crd.projectcalico.org', 'Cluster'],
  ['globalnetworksets', 'GlobalNetworkSet', 'crd.projectcalico.org', 'Cluster'],
  ['hostendpoints', 'HostEndpoint', 'crd.projectcalico.org', 'Cluster'],
  ['ipamblocks', 'IPAMBlock', 'crd.projectcalico.org', 'Cluster'],
  ['ipamconfigs', 'IPAMConfig', 'crd.projectcalico.org', 'Cluster'],
  ['ipamhandles', 'IPAMHandle', 'crd.projectcalico.org', 'Cluster'],
  ['ippools', 'IPPool', 'crd.projectcalico.org', 'Cluster'],
  ['ipreservations', 'IPReservation', 'crd.projectcalico.org', 'Cluster'],
  ['kubecontrollersconfigurations', 'KubeControllersConfiguration', 'crd.projectcalico.org', 'Cluster'],
  ['networkpolicies', 'NetworkPolicy', 'crd.projectcalico.org', 'Namespaced'],
  ['networksets', 'NetworkSet', 'crd.projectcalico.org', 'Namespaced'],
  ['tiers', 'Tier', 'crd.projectcalico.org', 'Cluster'],
  ['adminnetworkpolicies', 'AdminNetworkPolicy', 'policy.networking.k8s.io', 'Cluster'],
  ['baselineadminnetworkpolicies', 'BaselineAdminNetworkPolicy', 'policy.networking.k8s.io', 'Cluster'],
];

function crd([plural, kind, group, scope]: (typeof CRDS)[number]): KObject {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      names: { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase() },
      scope,
      versions: [
        {
          name: group === 'crd.projectcalico.org' ? 'v1' : 'v1alpha1',
          schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          served: true,
          storage: true,
        },
      ],
    },
  };
}

const rule = (apiGroups: string[], resources: string[], verbs: string[]) => ({ apiGroups, resources, verbs });

function clusterRole(name: string, rules: unknown[]): KObject {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules };
}

function binding(name: string): KObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
    subjects: [{ kind: 'ServiceAccount', name, namespace: NS }],
  };
}

const fieldRef = (fieldPath: string) => ({ valueFrom: { fieldRef: { fieldPath } } });
const cmRef = (key: string) => ({ valueFrom: { configMapKeyRef: { name: 'calico-config', key } } });
const SERVICES_ENDPOINT = [{ configMapRef: { name: 'kubernetes-services-endpoint', optional: true } }];

function calicoNodeDaemonSet(poolCidr?: string): KObject {
  const labels = { 'k8s-app': 'calico-node' };
  const env = [
    { name: 'DATASTORE_TYPE', value: 'kubernetes' },
    { name: 'WAIT_FOR_DATASTORE', value: 'true' },
    { name: 'NODENAME', ...fieldRef('spec.nodeName') },
    { name: 'CALICO_NETWORKING_BACKEND', ...cmRef('calico_backend') },
    { name: 'CLUSTER_TYPE', value: 'k8s,bgp' },
    { name: 'IP', value: 'autodetect' },
    { name: 'CALICO_IPV4POOL_IPIP', value: 'Always' },
    { name: 'CALICO_IPV4POOL_VXLAN', value: 'Never' },
    { name: 'CALICO_IPV6POOL_VXLAN', value: 'Never' },
    { name: 'FELIX_IPINIPMTU', ...cmRef('veth_mtu') },
    { name: 'FELIX_VXLANMTU', ...cmRef('veth_mtu') },
    { name: 'FELIX_WIREGUARDMTU', ...cmRef('veth_mtu') },
    ...(poolCidr ? [{ name: 'CALICO_IPV4POOL_CIDR', value: poolCidr }] : []),
    { name: 'CALICO_DISABLE_FILE_LOGGING', value: 'true' },
    { name: 'FELIX_DEFAULTENDPOINTTOHOSTACTION', value: 'ACCEPT' },
    { name: 'FELIX_IPV6SUPPORT', value: 'false' },
    { name: 'FELIX_HEALTHENABLED', value: 'true' },
  ];
  const hostPath = (name: string, path: string, type?: string) => ({
    name,
    hostPath: { path, ...(type ? { type } : {}) },
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'calico-node', namespace: NS, labels },
    spec: {
      selector: { matchLabels: labels },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          hostNetwork: true,
          tolerations: [
            { effect: 'NoSchedule', operator: 'Exists' },
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { effect: 'NoExecute', operator: 'Exists' },
          ],
          serviceAccountName: 'calico-node',
          securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
          terminationGracePeriodSeconds: 0,
          priorityClassName: 'system-node-critical',
          initContainers: [
            {
              name: 'upgrade-ipam',
              image: `docker.io/calico/cni:${VERSION}`,
              imagePullPolicy: 'IfNotPresent',
              command: ['/opt/cni/bin/calico-ipam', '-upgrade'],
              envFrom: SERVICES_ENDPOINT,
              env: [
                { name: 'KUBERNETES_NODE_NAME', ...fieldRef('spec.nodeName') },
                { name: 'CALICO_NETWORKING_BACKEND', ...cmRef('calico_backend') },
              ],
              volumeMounts: [
                { mountPath: '/var/lib/cni/networks', name: 'host-local-net-dir' },
                { mountPath: '/host/opt/cni/bin', name: 'cni-bin-dir' },
              ],
              securityContext: { privileged: true },
            },
            {
              name: 'install-cni',
              image: `docker.io/calico/cni:${VERSION}`,
              imagePullPolicy: 'IfNotPresent',
              command: ['/opt/cni/bin/install'],
              envFrom: SERVICES_ENDPOINT,
              env: [
                { name: 'CNI_CONF_NAME', value: '10-calico.conflist' },
                { name: 'CNI_NETWORK_CONFIG', ...cmRef('cni_network_config') },
                { name: 'KUBERNETES_NODE_NAME', ...fieldRef('spec.nodeName') },
                { name: 'CNI_MTU', ...cmRef('veth_mtu') },
                { name: 'SLEEP', value: 'false' },
              ],
              volumeMounts: [
                { mountPath: '/host/opt/cni/bin', name: 'cni-bin-dir' },
                { mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir' },
              ],
              securityContext: { privileged: true },
            },
            {
              name: 'mount-bpffs',
              image: `docker.io/calico/node:${VERSION}`,
              imagePullPolicy: 'IfNotPresent',
              command: ['calico-node', '-init', '-best-effort'],
              volumeMounts: [
                { mountPath: '/sys/fs', name: 'sys-fs', mountPropagation: 'Bidirectional' },
                { mountPath: '/var/run/calico', name: 'var-run-calico', mountPropagation: 'Bidirectional' },
                { mountPath: '/nodeproc', name: 'nodeproc', readOnly: true },
              ],
              securityContext: { privileged: true },
            },
          ],
          containers: [
            {
              name: 'calico-node',
              image: `docker.io/calico/node:${VERSION}`,
              imagePullPolicy: 'IfNotPresent',
              envFrom: SERVICES_ENDPOINT,
              env,
              securityContext: { privileged: true },
              resources: { requests: { cpu: '250m' } },
              lifecycle: { preStop: { exec: { command: ['/bin/calico-node', '-shutdown'] } } },
              livenessProbe: {
                exec: { command: ['/bin/calico-node', '-felix-live', '-bird-live'] },
                periodSeconds: 10,
                initialDelaySeconds: 10,
                failureThreshold: 6,
                timeoutSeconds: 10,
              },
              readinessProbe: {
                exec: { command: ['/bin/calico-node', '-felix-ready', '-bird-ready'] },
                periodSeconds: 10,
                timeoutSeconds: 10,
              },
              volumeMounts: [
                { mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir', readOnly: false },
                { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
                { mountPath: '/run/xtables.lock', name: 'xtables-lock', readOnly: false },
                { mountPath: '/var/run/calico', name: 'var-run-calico', readOnly: false },
                { mountPath: '/var/lib/calico', name: 'var-lib-calico', readOnly: false },
                { name: 'policysync', mountPath: '/var/run/nodeagent' },
                { name: 'bpffs', mountPath: '/sys/fs/bpf' },
                { name: 'cni-log-dir', mountPath: '/var/log/calico/cni', readOnly: true },
              ],
            },
          ],
          volumes: [
            hostPath('lib-modules', '/lib/modules'),
            hostPath('var-run-calico', '/var/run/calico', 'DirectoryOrCreate'),
            hostPath('var-lib-calico', '/var/lib/calico', 'DirectoryOrCreate'),
            hostPath('xtables-lock', '/run/xtables.lock', 'FileOrCreate'),
            hostPath('sys-fs', '/sys/fs/', 'DirectoryOrCreate'),
            hostPath('bpffs', '/sys/fs/bpf', 'Directory'),
            hostPath('nodeproc', '/proc'),
            hostPath('cni-bin-dir', '/opt/cni/bin', 'DirectoryOrCreate'),
            hostPath('cni-net-dir', '/etc/cni/net.d'),
            hostPath('cni-log-dir', '/var/log/calico/cni'),
            hostPath('host-local-net-dir', '/var/lib/cni/networks'),
            hostPath('policysync', '/var/run/nodeagent', 'DirectoryOrCreate'),
          ],
        },
      },
    },
  };
}

function kubeControllers(): KObject {
  const labels = { 'k8s-app': 'calico-kube-controllers' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'calico-kube-controllers', namespace: NS, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      strategy: { type: 'Recreate' },
      template: {
        metadata: { name: 'calico-kube-controllers', namespace: NS, labels },
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' },
            { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
          ],
          serviceAccountName: 'calico-kube-controllers',
          securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
          priorityClassName: 'system-cluster-critical',
          containers: [
            {
              name: 'calico-kube-controllers',
              image: `docker.io/calico/kube-controllers:${VERSION}`,
              imagePullPolicy: 'IfNotPresent',
              env: [
                { name: 'ENABLED_CONTROLLERS', value: 'node,loadbalancer' },
                { name: 'DATASTORE_TYPE', value: 'kubernetes' },
              ],
              livenessProbe: {
                exec: { command: ['/usr/bin/check-status', '-l'] },
                periodSeconds: 10,
                initialDelaySeconds: 10,
                failureThreshold: 6,
                timeoutSeconds: 10,
              },
              readinessProbe: { exec: { command: ['/usr/bin/check-status', '-r'] }, periodSeconds: 10 },
              securityContext: { runAsNonRoot: true },
            },
          ],
        },
      },
    },
  };
}

/** The objects of calico.yaml v3.29.1, in the manifest's order. */
export function calicoObjects(opts: { poolCidr?: string } = {}): KObject[] {
  const sa = (name: string): KObject => ({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name, namespace: NS },
  });
  const ipam = ['blockaffinities', 'ipamblocks', 'ipamhandles'];
  return [
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: {
        name: 'calico-kube-controllers',
        namespace: NS,
        labels: { 'k8s-app': 'calico-kube-controllers' },
      },
      spec: { maxUnavailable: 1, selector: { matchLabels: { 'k8s-app': 'calico-kube-controllers' } } },
    },
    sa('calico-kube-controllers'),
    sa('calico-node'),
    sa('calico-cni-plugin'),
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'calico-config', namespace: NS },
      data: {
        typha_service_name: 'none',
        calico_backend: 'bird',
        veth_mtu: '0',
        cni_network_config: CALICO_CNI_TEMPLATE,
      },
    },
    ...CRDS.map(crd),
    clusterRole('calico-kube-controllers', [
      rule([''], ['nodes'], ['watch', 'list', 'get']),
      rule([''], ['pods'], ['get', 'list', 'watch']),
      rule(
        ['crd.projectcalico.org'],
        [...ipam, 'ipamconfigs'],
        ['get', 'list', 'create', 'update', 'delete', 'watch'],
      ),
      rule(['crd.projectcalico.org'], ['ippools'], ['list', 'watch']),
    ]),
    clusterRole('calico-node', [
      rule([''], ['pods', 'nodes', 'namespaces'], ['get']),
      rule([''], ['endpoints', 'services'], ['watch', 'list', 'get']),
      rule([''], ['nodes/status'], ['patch', 'update']),
      rule(['networking.k8s.io'], ['networkpolicies'], ['watch', 'list']),
      rule(
        ['crd.projectcalico.org'],
        ['ippools', 'felixconfigurations', 'bgpconfigurations'],
        ['create', 'update'],
      ),
      rule(['crd.projectcalico.org'], ipam, ['get', 'list', 'create', 'update', 'delete']),
    ]),
    clusterRole('calico-cni-plugin', [
      rule([''], ['pods', 'nodes', 'namespaces'], ['get']),
      rule([''], ['pods/status'], ['patch']),
      rule(
        ['crd.projectcalico.org'],
        [...ipam, 'clusterinformations', 'ippools', 'ipreservations', 'ipamconfigs'],
        ['get', 'list', 'create', 'update', 'delete'],
      ),
    ]),
    binding('calico-kube-controllers'),
    binding('calico-node'),
    binding('calico-cni-plugin'),
    calicoNodeDaemonSet(opts.poolCidr),
    kubeControllers(),
  ];
}
