/**
 * systemd unit files of a kubeadm node, as the kubelet (pkgs.k8s.io) and
 * containerd packages install them, and crictl's configuration pointing at
 * containerd's socket.
 */
import type { Host } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';

export const KUBELET_SERVICE = `[Unit]
Description=kubelet: The Kubernetes Node Agent
Documentation=https://kubernetes.io/docs/
Wants=network-online.target
After=network-online.target

[Service]
ExecStart=/usr/bin/kubelet
Restart=always
StartLimitInterval=0
RestartSec=10

[Install]
WantedBy=multi-user.target
`;

export const KUBEADM_DROPIN = `# Note: This dropin only works with kubeadm and kubelet v1.11+
[Service]
Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
# This is a file that "kubeadm init" and "kubeadm join" generates at runtime, populating the KUBELET_KUBEADM_ARGS variable dynamically
EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
# This is a file that the user can use for overrides of the kubelet args as a last resort. Preferably, the user should use
# the .NodeRegistration.KubeletExtraArgs object in the configuration files instead. KUBELET_EXTRA_ARGS should be sourced from this file.
EnvironmentFile=-/etc/default/kubelet
ExecStart=
ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`;

export const CONTAINERD_SERVICE = `# Copyright The containerd Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

[Unit]
Description=containerd container runtime
Documentation=https://containerd.io
After=network.target local-fs.target

[Service]
ExecStartPre=-/sbin/modprobe overlay
ExecStart=/usr/bin/containerd

Type=notify
Delegate=yes
KillMode=process
Restart=always
RestartSec=5

# Having non-zero Limit*s causes performance problems due to accounting overhead
# in the kernel. We recommend using cgroups to do container-local accounting.
LimitNPROC=infinity
LimitCORE=infinity

# Comment TasksMax if your systemd version does not supports it.
# Only systemd 226 and above support this version.
TasksMax=infinity
OOMScoreAdjust=-999

[Install]
WantedBy=multi-user.target
`;

export const CRICTL_YAML = `runtime-endpoint: unix:///var/run/containerd/containerd.sock
image-endpoint: unix:///var/run/containerd/containerd.sock
timeout: 10
debug: false
`;

/** Where each unit's files live (Ubuntu's merged /usr: /lib is /usr/lib). */
export const UNIT_PATHS = {
  kubelet: '/usr/lib/systemd/system/kubelet.service',
  kubeletDropin: '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf',
  containerd: '/usr/lib/systemd/system/containerd.service',
};

export function installUnitFiles(host: Host): void {
  const fs = host.fs;
  if (!new FsView(fs).exists('/lib')) fs.putLink('/lib', 'usr/lib');
  fs.putDir('/usr/lib/systemd/system/kubelet.service.d');
  fs.put(UNIT_PATHS.kubelet, KUBELET_SERVICE);
  fs.put(UNIT_PATHS.kubeletDropin, KUBEADM_DROPIN);
  fs.put(UNIT_PATHS.containerd, CONTAINERD_SERVICE);
  fs.put('/etc/crictl.yaml', CRICTL_YAML);
  fs.putDir('/etc/default');
  // the daemons' executables, which ExecStart= names (systemd execs the path it finds there)
  for (const bin of NODE_BINARIES) fs.put(bin, '\x7fELF\x02\x01\x01\n', 0o755);
}

/** What the kubelet/kubeadm (pkgs.k8s.io) and containerd (Ubuntu) packages install. */
export const NODE_BINARIES = [
  '/usr/bin/kubelet',
  '/usr/bin/kubeadm',
  '/usr/bin/containerd',
  '/usr/bin/containerd-shim',
  '/usr/bin/containerd-shim-runc-v1',
  '/usr/bin/containerd-shim-runc-v2',
  '/usr/bin/ctr',
  '/usr/sbin/runc',
];
