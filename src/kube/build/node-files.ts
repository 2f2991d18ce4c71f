/**
 * What is on a kubeadm node's disk (fact sheet §7): kubelet configuration,
 * kubeconfigs, PKI file names, the static pod manifests of a control-plane
 * node, the CNI plugin binaries, containerd's config and systemd-resolved's
 * resolv.conf files.
 */
import { stringify } from 'yaml';
import type { Host } from '../../model/types.js';
import type { ClusterConfig, NodeConfig } from '../cluster.js';
import { controlPlanePods } from '../controllers/control-plane.js';
import type { KObject } from '../store.js';

export const CNI_REFERENCE_PLUGINS = [
  'bandwidth',
  'bridge',
  'dhcp',
  'dummy',
  'firewall',
  'host-device',
  'host-local',
  'ipvlan',
  'loopback',
  'macvlan',
  'portmap',
  'ptp',
  'sbr',
  'static',
  'tap',
  'tuning',
  'vlan',
  'vrf',
];

const STUB_RESOLV = `# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).
# Do not edit.
#
# This file might be symlinked as /etc/resolv.conf. If you're looking at
# /etc/resolv.conf and seeing this text, you have followed the symlink.
#
# This is a dynamic resolv.conf file for connecting local clients to the
# internal DNS stub resolver of systemd-resolved. This file lists all
# configured search domains.
#
# Run "resolvectl status" to see details about the uplink DNS servers
# currently in use.
#
# Third party programs should typically not access this file directly, but only
# through the symlink at /etc/resolv.conf. To manage man:resolv.conf(5) in a
# different way, replace this symlink by a static file or a different symlink.
#
# See man:systemd-resolved.service(8) for details about the supported modes of
# operation for /etc/resolv.conf.

nameserver 127.0.0.53
options edns0 trust-ad
search .
`;

function uplinkResolv(upstream: string): string {
  return `# This is /run/systemd/resolve/resolv.conf managed by man:systemd-resolved(8).
# Do not edit.
#
# This file might be symlinked as /etc/resolv.conf. If you're looking at
# /etc/resolv.conf and seeing this text, you have followed the symlink.
#
# This is a dynamic resolv.conf file for connecting local clients directly to
# all known uplink DNS servers. This file lists all configured search domains.
#
# Third party programs should typically not access this file directly, but only
# through the symlink at /etc/resolv.conf. To manage man:resolv.conf(5) in a
# different way, replace this symlink by a static file or a different symlink.
#
# See man:systemd-resolved.service(8) for details about the supported modes of
# operation for /etc/resolv.conf.

nameserver ${upstream}
search .
`;
}

export const UBUNTU_OS_RELEASE = `PRETTY_NAME="Ubuntu 22.04.5 LTS"
NAME="Ubuntu"
VERSION_ID="22.04"
VERSION="22.04.5 LTS (Jammy Jellyfish)"
VERSION_CODENAME=jammy
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=jammy
`;

export function nodeHostsFile(c: ClusterConfig, self: string): string {
  let s = `127.0.0.1\tlocalhost\n127.0.1.1\t${self}\n`;
  s +=
    '\n# The following lines are desirable for IPv6 capable hosts\n::1\tip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';
  for (const n of c.nodes) s += `${n.ip}\t${n.name}\n`;
  return s;
}

function kubeletConfig(c: ClusterConfig, dnsIp: string): string {
  return `apiVersion: kubelet.config.k8s.io/v1beta1
authentication:
  anonymous:
    enabled: false
  webhook:
    cacheTTL: 0s
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
  webhook:
    cacheAuthorizedTTL: 0s
    cacheUnauthorizedTTL: 0s
cgroupDriver: systemd
clusterDNS:
- ${dnsIp}
clusterDomain: ${c.domain}
containerRuntimeEndpoint: ""
cpuManagerReconcilePeriod: 0s
evictionPressureTransitionPeriod: 0s
fileCheckFrequency: 0s
healthzBindAddress: 127.0.0.1
healthzPort: 10248
httpCheckFrequency: 0s
imageMaximumGCAge: 0s
imageMinimumGCAge: 0s
kind: KubeletConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
memorySwap: {}
nodeStatusReportFrequency: 0s
nodeStatusUpdateFrequency: 0s
resolvConf: /run/systemd/resolve/resolv.conf
rotateCertificates: true
runtimeRequestTimeout: 0s
shutdownGracePeriod: 0s
shutdownGracePeriodCriticalPods: 0s
staticPodPath: /etc/kubernetes/manifests
streamingConnectionIdleTimeout: 0s
syncFrequency: 0s
volumeStatsAggPeriod: 0s
`;
}

function b64(s: string): string {
  return btoa(s);
}

/** A kubeconfig as kubeadm writes them (certificate data shortened to a recognisable stand-in). */
export function kubeconfigFile(c: ClusterConfig, server: string, user: string): string {
  const cert = b64(`-----BEGIN CERTIFICATE-----\nknetlab ${user}\n-----END CERTIFICATE-----\n`);
  const ca = b64('-----BEGIN CERTIFICATE-----\nknetlab kubernetes CA\n-----END CERTIFICATE-----\n');
  const key = b64(`-----BEGIN RSA PRIVATE KEY-----\nknetlab ${user}\n-----END RSA PRIVATE KEY-----\n`);
  return `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${ca}
    server: ${server}
  name: ${c.name}
contexts:
- context:
    cluster: ${c.name}
    user: ${user}
  name: ${user}@${c.name}
current-context: ${user}@${c.name}
kind: Config
preferences: {}
users:
- name: ${user}
  user:
    client-certificate-data: ${cert}
    client-key-data: ${key}
`;
}

function manifestYaml(pod: KObject, node: string): string {
  const doc = structuredClone(pod);
  delete doc.spec.nodeName;
  delete doc.spec.tolerations;
  doc.metadata.name = doc.metadata.name.slice(0, -(node.length + 1));
  (doc.metadata as unknown as Record<string, unknown>).creationTimestamp = null;
  doc.status = {};
  // sigs.k8s.io/yaml: keys sorted, sequences not indented
  return stringify(doc, { lineWidth: 0, indentSeq: false, sortMapEntries: true });
}

const PKI = [
  'apiserver.crt',
  'apiserver.key',
  'apiserver-etcd-client.crt',
  'apiserver-etcd-client.key',
  'apiserver-kubelet-client.crt',
  'apiserver-kubelet-client.key',
  'ca.crt',
  'ca.key',
  'front-proxy-ca.crt',
  'front-proxy-ca.key',
  'front-proxy-client.crt',
  'front-proxy-client.key',
  'sa.key',
  'sa.pub',
  'etcd/ca.crt',
  'etcd/ca.key',
  'etcd/healthcheck-client.crt',
  'etcd/healthcheck-client.key',
  'etcd/peer.crt',
  'etcd/peer.key',
  'etcd/server.crt',
  'etcd/server.key',
];

function pem(name: string): string {
  if (name.endsWith('.crt'))
    return `-----BEGIN CERTIFICATE-----\nknetlab ${name}\n-----END CERTIFICATE-----\n`;
  if (name.endsWith('.pub')) return `-----BEGIN PUBLIC KEY-----\nknetlab ${name}\n-----END PUBLIC KEY-----\n`;
  return `-----BEGIN RSA PRIVATE KEY-----\nknetlab ${name}\n-----END RSA PRIVATE KEY-----\n`;
}

export function installNodeFiles(
  host: Host,
  c: ClusterConfig,
  n: NodeConfig,
  opts: { dnsIp: string; upstream: string },
): void {
  const fs = host.fs;
  const cp = c.nodes.find((x) => x.controlPlane) ?? n;
  const server = `https://${cp.ip}:6443`;
  fs.put('/etc/os-release', UBUNTU_OS_RELEASE);
  fs.put('/etc/hosts', nodeHostsFile(c, n.name));
  fs.put('/run/systemd/resolve/stub-resolv.conf', STUB_RESOLV);
  fs.put('/run/systemd/resolve/resolv.conf', uplinkResolv(opts.upstream));
  fs.putLink('/etc/resolv.conf', '../run/systemd/resolve/stub-resolv.conf');
  fs.put('/var/lib/kubelet/config.yaml', kubeletConfig(c, opts.dnsIp));
  fs.put(
    '/var/lib/kubelet/kubeadm-flags.env',
    'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"\n',
  );
  fs.put('/var/lib/kubelet/pki/kubelet.crt', pem('kubelet.crt'));
  fs.put('/var/lib/kubelet/pki/kubelet.key', pem('kubelet.key'));
  fs.put('/etc/kubernetes/kubelet.conf', kubeconfigFile(c, server, `system:node:${n.name}`));
  fs.put('/etc/kubernetes/pki/ca.crt', pem('ca.crt'));
  fs.putDir('/etc/kubernetes/manifests');
  fs.put(
    '/etc/containerd/config.toml',
    'version = 2\n\n[plugins]\n  [plugins."io.containerd.grpc.v1.cri"]\n    sandbox_image = "registry.k8s.io/pause:3.10"\n    [plugins."io.containerd.grpc.v1.cri".cni]\n      bin_dir = "/opt/cni/bin"\n      conf_dir = "/etc/cni/net.d"\n    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]\n      SystemdCgroup = true\n',
  );
  for (const p of CNI_REFERENCE_PLUGINS) fs.put(`/opt/cni/bin/${p}`, '\x7fELF\x02\x01\x01\n', 0o755);
  fs.put('/opt/cni/bin/LICENSE', 'Apache License\nVersion 2.0, January 2004\n');
  fs.put(
    '/opt/cni/bin/README.md',
    'Plugins\nSome CNI network plugins, maintained by the containernetworking team.\n',
  );
  fs.putDir('/etc/cni/net.d');
  fs.putDir('/var/lib/cni/networks');
  if (!n.controlPlane) return;
  for (const name of PKI)
    fs.put(`/etc/kubernetes/pki/${name}`, pem(name), name.endsWith('.key') ? 0o600 : 0o644);
  fs.put('/etc/kubernetes/admin.conf', kubeconfigFile(c, server, 'kubernetes-admin'), 0o600);
  fs.put('/etc/kubernetes/super-admin.conf', kubeconfigFile(c, server, 'kubernetes-super-admin'), 0o600);
  fs.put(
    '/etc/kubernetes/controller-manager.conf',
    kubeconfigFile(c, server, 'system:kube-controller-manager'),
    0o600,
  );
  fs.put('/etc/kubernetes/scheduler.conf', kubeconfigFile(c, server, 'system:kube-scheduler'), 0o600);
  fs.put('/root/.kube/config', kubeconfigFile(c, server, 'kubernetes-admin'), 0o600);
  for (const pod of controlPlanePods(c, n)) {
    const file = pod.metadata.name.slice(0, -(n.name.length + 1));
    fs.put(`/etc/kubernetes/manifests/${file}.yaml`, manifestYaml(pod, n.name), 0o600);
  }
  fs.putDir('/var/lib/etcd/member');
}
