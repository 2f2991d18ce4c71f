/** Named starting worlds for `knetlab --world NAME`. */

import { buildDockerWorld } from '../engines/docker/world.js';
import { buildClusterWorld } from '../kube/build/cluster-world.js';
import { DEFAULT_CLUSTER } from '../kube/cluster.js';
import type { World } from '../model/types.js';
import { parseCase } from './case-file.js';
import { buildCaseWorld } from './case-world.js';

export interface WorldPreset {
  name: string;
  summary: string;
  build(programPaths: Iterable<string>): World;
}

const HOST_HEADER =
  '# eth0: 192.168.1.10/24\n# gateway: 192.168.1.1\n# lan-hosts: 192.168.1.1 192.168.1.2 192.168.1.3\n';

export const WORLD_PRESETS: readonly WorldPreset[] = [
  {
    name: 'cluster',
    summary:
      'a kubeadm v1.32 cluster: controlplane 192.168.121.10 and node01 192.168.121.11 (Ubuntu 22.04, containerd), flannel 10.244.0.0/16, kube-proxy (iptables), CoreDNS behind kube-dns 10.96.0.10',
    build: (paths) => buildClusterWorld(undefined, { programPaths: paths }),
  },
  {
    name: 'cluster-weave',
    summary:
      'the same cluster with Weave Net 2.8.1 instead of flannel (IPALLOC_RANGE 10.32.0.0/12, the `weave` bridge)',
    build: (paths) => buildClusterWorld({ ...DEFAULT_CLUSTER, cni: 'weave' }, { programPaths: paths }),
  },
  {
    name: 'cluster-calico',
    summary:
      'the same cluster with Calico v3.29.1 (manifest install, IPIP): pool 10.244.0.0/16 in /26 blocks per node, tunl0, cali* veths, BIRD routes',
    build: (paths) => buildClusterWorld({ ...DEFAULT_CLUSTER, cni: 'calico' }, { programPaths: paths }),
  },
  {
    name: 'cluster-ipvs',
    summary:
      'the default cluster with kube-proxy in IPVS mode (`mode: ipvs`): kube-ipvs0 holds the service addresses, `ipvsadm -Ln` lists virtual servers, iptables matches ipsets',
    build: (paths) => buildClusterWorld({ ...DEFAULT_CLUSTER, proxyMode: 'ipvs' }, { programPaths: paths }),
  },
  {
    name: 'cluster-bridge',
    summary:
      "the cluster without an add-on but containerd's bridge + host-local sample config on every node (10.88.0.0/16 on each node's cni0): pods run, but pods on different nodes cannot reach each other",
    build: (paths) => buildClusterWorld({ ...DEFAULT_CLUSTER, cni: 'bridge' }, { programPaths: paths }),
  },
  {
    name: 'cluster-nocni',
    summary: 'the same cluster before a network add-on is installed: nodes NotReady, CoreDNS Pending',
    build: (paths) => buildClusterWorld({ ...DEFAULT_CLUSTER, cni: 'none' }, { programPaths: paths }),
  },
  {
    name: 'host',
    summary:
      'one Debian host `controlplane` with eth0 192.168.1.10/24 on a LAN (192.168.1.1-3), default route via 192.168.1.1',
    build: (paths) => buildCaseWorld(parseCase(HOST_HEADER).header, { programPaths: paths }),
  },
  {
    name: 'docker',
    summary:
      'a Debian host `docker-host` (192.168.1.10) with Docker installed (docker0, nginx/alpine/busybox pulled) and a LAN machine `client` (192.168.1.20), gateway and DNS 192.168.1.1',
    build: (paths) => buildDockerWorld({ programPaths: paths }),
  },
  {
    name: 'bare',
    summary: 'one Debian host `controlplane` with only lo, as a golden .case starts',
    build: (paths) => buildCaseWorld(parseCase('').header, { programPaths: paths }),
  },
];

export const DEFAULT_WORLD = 'cluster';

export function findPreset(name: string): WorldPreset | undefined {
  return WORLD_PRESETS.find((p) => p.name === name);
}
