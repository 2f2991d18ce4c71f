/**
 * What calico-node's init containers and daemons leave on a node's disk:
 * install-cni writes /etc/cni/net.d/10-calico.conflist (calico-config's
 * cni_network_config with the node name, veth_mtu and the kubeconfig path
 * filled in, no trailing newline as the ConfigMap's `|-` block has none)
 * and calico-kubeconfig (mode 0600), and copies the calico and calico-ipam
 * plugins into /opt/cni/bin; calico-node records the node name and the
 * detected MTU under /var/lib/calico for the plugin.
 */

import type { Host } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { nthAddress } from '../build/addons.js';
import { clusterOf } from '../cluster.js';
import { isoTime, type KubeStore } from '../store.js';
import type { CalicoIpam } from './calico-ipam.js';

/** calico-config's cni_network_config in the v3.29 manifest (install-cni fills the placeholders). */
export const CALICO_CNI_TEMPLATE = `{
  "name": "k8s-pod-network",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "calico",
      "log_level": "info",
      "log_file_path": "/var/log/calico/cni/cni.log",
      "datastore_type": "kubernetes",
      "nodename": "__KUBERNETES_NODE_NAME__",
      "mtu": __CNI_MTU__,
      "ipam": {
          "type": "calico-ipam"
      },
      "policy": {
          "type": "k8s"
      },
      "kubernetes": {
          "kubeconfig": "__KUBECONFIG_FILEPATH__"
      }
    },
    {
      "type": "portmap",
      "snat": true,
      "capabilities": {"portMappings": true}
    },
    {
      "type": "bandwidth",
      "capabilities": {"bandwidth": true}
    }
  ]
}`;

const KUBECONFIG_PATH = '/etc/cni/net.d/calico-kubeconfig';
const CA = btoa('-----BEGIN CERTIFICATE-----\nknetlab kubernetes CA\n-----END CERTIFICATE-----\n');

/** The kubeconfig calico-node writes for the plugin (token_watch.go's template; no trailing newline). */
function kubeconfig(server: string, token: string): string {
  return `# Kubeconfig file for Calico CNI plugin. Installed by calico/node.
apiVersion: v1
kind: Config
clusters:
- name: local
  cluster:
    server: ${server}
    certificate-authority-data: "${CA}"
users:
- name: calico
  user:
    token: ${token}
contexts:
- name: calico-context
  context:
    cluster: local
    user: calico
current-context: calico-context`;
}

export function calicoNodeFiles(store: KubeStore, host: Host, mtu: number): void {
  const cm = store.get('ConfigMap', 'kube-system', 'calico-config')?.data ?? {};
  const template = String(cm.cni_network_config ?? CALICO_CNI_TEMPLATE);
  const conflist = template
    .replaceAll('__KUBERNETES_NODE_NAME__', host.name)
    .replaceAll('__CNI_MTU__', String(cm.veth_mtu ?? '0'))
    .replaceAll('__KUBECONFIG_FILEPATH__', KUBECONFIG_PATH);
  host.fs.put('/etc/cni/net.d/10-calico.conflist', conflist);
  const svc = clusterOf(store.world)?.config.serviceCidr ?? '10.96.0.0/12';
  const token = `eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.${store.world.rng.hex(48)}`;
  host.fs.put(KUBECONFIG_PATH, kubeconfig(`https://${nthAddress(svc, 1)}:443`, token), 0o600);
  const fs = new FsView(host.fs);
  for (const bin of ['calico', 'calico-ipam'])
    if (!fs.exists(`/opt/cni/bin/${bin}`)) host.fs.put(`/opt/cni/bin/${bin}`, '\x7fELF', 0o755);
  host.fs.put('/var/lib/calico/nodename', host.name);
  host.fs.put('/var/lib/calico/mtu', String(mtu));
}

/** A few of calico-node's start-up lines (representative: the messages are Calico's, the format abbreviated). */
export function calicoStartLogs(now: number, node: string, ipam: CalicoIpam, ip: string): string[] {
  const t = isoTime(now).replace('T', ' ').replace('Z', '.000');
  const p = ipam.pool;
  return [
    `${t} [INFO][9] startup/startup.go: Early log level set to info`,
    `${t} [INFO][9] startup/utils.go: Using NODENAME environment for node name ${node}`,
    `${t} [INFO][9] startup/startup.go: Using IPv4 address from environment: IP=autodetect ${ip}`,
    `${t} [INFO][9] startup/startup.go: Ensure default IPv4 pool is created. IPIP mode: ${p.ipipMode}, VXLAN mode: Never, DisableBGPExport: false`,
    'Calico node started successfully',
  ];
}
