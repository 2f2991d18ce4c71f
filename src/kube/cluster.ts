/**
 * Cluster-wide configuration (CIDRs, domain, CNI, proxy mode, versions) and
 * the runtime state kubelets keep outside the API: pod sandboxes (network
 * namespace, veth, IP) and containers (filesystem, logs, restarts).
 */
import type { World } from '../model/types.js';
import type { Vfs } from '../model/vfs.js';
import type { PullFailure } from './controllers/image-pull.js';

export type CniKind = 'flannel' | 'weave' | 'calico' | 'bridge' | 'none';

export interface NodeConfig {
  name: string;
  ip: string;
  mac: string;
  controlPlane: boolean;
}

export interface ClusterConfig {
  name: string;
  kubernetesVersion: string;
  podCidr: string;
  serviceCidr: string;
  domain: string;
  cni: CniKind;
  /** Weave's IPALLOC_RANGE when the world sets one (weave's default is 10.32.0.0/12). */
  weaveRange?: string;
  proxyMode: 'iptables' | 'ipvs';
  nodes: NodeConfig[];
  lanPrefix: number;
  gateway: string;
  /** Public names the upstream DNS answers ("internet" option); empty: offline. */
  internetRecords: Array<{ name: string; ip: string }>;
  containerRuntime: string;
  osImage: string;
  kernel: string;
  /** The control plane runs as static pods (kubeadm); false: it is just there. */
  staticControlPlane: boolean;
}

export interface ContainerState {
  id: string;
  name: string;
  image: string;
  fs: Vfs;
  /** What the current instance wrote. */
  logs: string[];
  /** What the previous (terminated) instance wrote: `kubectl logs --previous`. */
  previousLogs?: string[];
  restartCount: number;
  startedAt: number;
  /** Store revision when this instance started (its service-link environment is frozen there). */
  startRevision?: number;
  running: boolean;
  pid: number;
}

export interface Sandbox {
  /** The sandbox (pause container) id, also the CNI container id. */
  id: string;
  podUid: string;
  namespace: string;
  name: string;
  node: string;
  /** Network namespace uid (the node's root namespace for hostNetwork pods). */
  netns: number;
  hostNetwork: boolean;
  ip?: string;
  /** Host side of the pod's veth. */
  hostVeth?: string;
  netnsName?: string;
  containers: Map<string, ContainerState>;
  /** Containers not created because their image could not be had (kubelet's last sync of each). */
  pullFailures?: Map<string, PullFailure>;
  pausePid: number;
  /** What kubelet last reported for this sandbox (to skip unchanged status writes). */
  statusKey?: string;
  statusRv?: string;
  /** containerd-shim-runc-v2 serving the sandbox (its containers' parent). */
  shimPid?: number;
  /** When the sandbox was created, and its attempt (a re-created sandbox counts up). */
  createdAt?: number;
  attempt?: number;
}

export interface ClusterState {
  config: ClusterConfig;
  sandboxes: Map<string, Sandbox>;
  /** Node name -> podCIDR handed out by the node IPAM controller. */
  nodePodCidrs: Map<string, string>;
  /** What kube-proxy last programmed, per node. */
  proxy: Map<string, ProxyNodeState>;
  /** Per-node flannel state (lease, what was programmed). */
  flannel: Map<string, { subnet: string; programmed: string }>;
}

export interface ProxyNodeState {
  /** The kube-proxy container instance that programmed the rules (a new one does a full sync). */
  container: string;
  lastSync: number;
  lastFullSync: number;
  /** Store generation of Services + EndpointSlices + the proxy ConfigMap at the last sync. */
  inputs: number;
  /** Per service port key: the chain text written (to skip unchanged services on partial syncs). */
  written: Map<string, string>;
  /** Chains of each written service port (to delete them when the service goes). */
  chains: Map<string, string[]>;
}

export function clusterOf(world: World): ClusterState | undefined {
  return world.ext.cluster as ClusterState | undefined;
}

export const DEFAULT_CLUSTER: ClusterConfig = {
  name: 'kubernetes',
  kubernetesVersion: 'v1.32.0',
  podCidr: '10.244.0.0/16',
  serviceCidr: '10.96.0.0/12',
  domain: 'cluster.local',
  cni: 'flannel',
  proxyMode: 'iptables',
  nodes: [
    { name: 'controlplane', ip: '192.168.121.10', mac: '02:42:c0:a8:79:0a', controlPlane: true },
    { name: 'node01', ip: '192.168.121.11', mac: '02:42:c0:a8:79:0b', controlPlane: false },
  ],
  lanPrefix: 24,
  gateway: '192.168.121.1',
  internetRecords: [],
  containerRuntime: 'containerd://1.7.24',
  osImage: 'Ubuntu 22.04.5 LTS',
  kernel: '5.15.0-1083-gcp',
  staticControlPlane: true,
};
