/**
 * What containerd's CRI plugin on a node reports, computed from kubelet's
 * sandboxes and containers: container and sandbox records with their ids,
 * labels, annotations and times, and the node's image store (what kubeadm
 * pre-pulled plus every image a container on the node has used).
 *
 * Image sizes of the well-known images are plausible values (compressed
 * sizes of the same order as the registry's); image ids are synthesised
 * deterministically from the reference. Repo digests use the same function
 * as the kubelet's pod status imageID, so crictl and kubectl agree.
 */
import { type ContainerState, clusterOf, type Sandbox } from '../../kube/cluster.js';
import { fullImage } from '../../kube/runtime.js';
import { type KObject, kubeOf } from '../../kube/store.js';
import type { World } from '../../model/types.js';

export type CriState = 'CONTAINER_RUNNING' | 'CONTAINER_EXITED' | 'CONTAINER_CREATED';

export interface CriContainer {
  id: string;
  sandbox: Sandbox;
  pod?: KObject;
  name: string;
  attempt: number;
  state: CriState;
  image: string;
  imageId: string;
  createdAt: number;
  startedAt: number;
  finishedAt?: number;
  exitCode: number;
  pid?: number;
  logs: string[];
  c: ContainerState;
  /** The previous (exited) instance of a restarted container. */
  previous: boolean;
}

export interface CriSandbox {
  id: string;
  sb: Sandbox;
  pod?: KObject;
  createdAt: number;
  attempt: number;
}

export interface CriImage {
  ref: string;
  repo: string;
  tag: string;
  id: string;
  digest: string;
  size: number;
  pinned: boolean;
}

/** The kubelet's imageID digest (fnv over the reference, eight rounds). */
export function repoDigestHex(image: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < image.length; i++) h = Math.imul(h ^ image.charCodeAt(i) ^ round, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** A deterministic 64-hex id derived from some text. */
export function derivedId(text: string): string {
  let out = '';
  let h = 0x9e3779b9;
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < text.length; i++)
      h = Math.imul(h ^ text.charCodeAt(i) ^ (round * 131), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

const SIZES: Array<[RegExp, number]> = [
  [/\/pause:/, 320368],
  [/\/etcd:/, 57680541],
  [/\/kube-apiserver:/, 28671624],
  [/\/kube-controller-manager:/, 26258470],
  [/\/kube-scheduler:/, 20657536],
  [/\/kube-proxy:/, 30906462],
  [/coredns/, 18562039],
  [/flannel-cni-plugin/, 4856838],
  [/flannel:/, 32112301],
  [/nginx/, 72195292],
  [/busybox/, 2166802],
  [/alpine/, 3653068],
  [/httpd/, 58149532],
  [/redis/, 45032455],
];

function sizeOf(ref: string): number {
  for (const [re, n] of SIZES) if (re.test(ref)) return n;
  return 5_000_000 + (Number.parseInt(derivedId(ref).slice(0, 6), 16) % 80_000_000);
}

export function imageOf(image: string): CriImage {
  const ref = fullImage(image);
  const at = ref.indexOf('@');
  const base = at >= 0 ? ref.slice(0, at) : ref;
  const colon = base.lastIndexOf(':');
  const repo = colon > base.lastIndexOf('/') ? base.slice(0, colon) : base;
  const tag = colon > base.lastIndexOf('/') ? base.slice(colon + 1) : 'latest';
  return {
    ref,
    repo,
    tag,
    id: `sha256:${derivedId(`image:${ref}`)}`,
    digest: `sha256:${repoDigestHex(ref)}`,
    size: sizeOf(ref),
    pinned: /\/pause:/.test(ref),
  };
}

type RunState = ContainerState & { exitCode?: number; finishedAt?: number; startError?: string };

function podFor(world: World, sb: Sandbox): KObject | undefined {
  return kubeOf(world)
    ?.list('Pod', sb.namespace)
    .find((p) => p.metadata.uid === sb.podUid);
}

/** The sandboxes of a node. */
export function nodeSandboxes(world: World, node: string): CriSandbox[] {
  const out: CriSandbox[] = [];
  for (const sb of clusterOf(world)?.sandboxes.values() ?? []) {
    if (sb.node !== node) continue;
    const pause = world.hosts.get(node)?.processes.find((p) => p.pid === sb.pausePid);
    out.push({
      id: sb.id,
      sb,
      pod: podFor(world, sb),
      createdAt: sb.createdAt ?? pause?.start ?? world.clock.now,
      attempt: sb.attempt ?? 0,
    });
  }
  return out;
}

/** The containers of a node: each container's current instance, and the exited one before it. */
export function nodeContainers(world: World, node: string): CriContainer[] {
  const out: CriContainer[] = [];
  for (const s of nodeSandboxes(world, node)) {
    for (const c of s.sb.containers.values()) {
      const r = c as RunState;
      const img = imageOf(c.image);
      out.push({
        id: c.id,
        sandbox: s.sb,
        pod: s.pod,
        name: c.name,
        attempt: c.restartCount,
        state: c.running ? 'CONTAINER_RUNNING' : r.startError ? 'CONTAINER_CREATED' : 'CONTAINER_EXITED',
        image: img.ref,
        imageId: img.id,
        createdAt: c.startedAt,
        startedAt: c.startedAt,
        ...(c.running ? {} : { finishedAt: r.finishedAt ?? c.startedAt }),
        exitCode: r.exitCode ?? 0,
        ...(c.running ? { pid: c.pid } : {}),
        logs: c.logs,
        c,
        previous: false,
      });
      if (c.restartCount > 0) {
        const prevLogs = (c as ContainerState & { previousLogs?: string[] }).previousLogs ?? [];
        const ended = c.startedAt;
        out.push({
          id: derivedId(`${c.id}/${c.restartCount - 1}`),
          sandbox: s.sb,
          pod: s.pod,
          name: c.name,
          attempt: c.restartCount - 1,
          state: 'CONTAINER_EXITED',
          image: img.ref,
          imageId: img.id,
          createdAt: Math.max(s.createdAt, ended - 10_000),
          startedAt: Math.max(s.createdAt, ended - 10_000),
          finishedAt: ended - 1000 > s.createdAt ? ended - 1000 : ended,
          exitCode: r.exitCode ?? 1,
          logs: prevLogs,
          c,
          previous: true,
        });
      }
    }
  }
  return out;
}

const KUBEADM_IMAGES = (version: string) => [
  `registry.k8s.io/kube-apiserver:${version}`,
  `registry.k8s.io/kube-controller-manager:${version}`,
  `registry.k8s.io/kube-scheduler:${version}`,
  `registry.k8s.io/kube-proxy:${version}`,
  'registry.k8s.io/coredns/coredns:v1.11.3',
  'registry.k8s.io/pause:3.10',
  'registry.k8s.io/etcd:3.5.16-0',
];

/** The node's image store: kubeadm's pre-pulled images and every image its containers ran. */
export function nodeImages(world: World, node: string): CriImage[] {
  const cluster = clusterOf(world);
  const seen = ((world.ext.criImages ??= Object.create(null)) as Record<string, string[]>)[node] ?? [];
  const refs = new Set<string>(seen);
  const nodeCfg = cluster?.config.nodes.find((n) => n.name === node);
  const version = cluster?.config.kubernetesVersion ?? 'v1.32.0';
  if (nodeCfg?.controlPlane) for (const r of KUBEADM_IMAGES(version)) refs.add(r);
  refs.add('registry.k8s.io/pause:3.10');
  for (const s of nodeSandboxes(world, node)) {
    for (const c of s.sb.containers.values()) refs.add(fullImage(c.image));
    for (const ic of (s.pod?.spec?.initContainers ?? []) as Array<{ image?: string }>)
      if (ic.image) refs.add(fullImage(ic.image));
  }
  (world.ext.criImages as Record<string, string[]>)[node] = [...refs];
  return [...refs].map(imageOf).sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

/** docker/go-units HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

/** docker/go-units HumanSizeWithPrecision(size, 3): "18.6MB", "320kB". */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatG(size, 3)}${units[i]}`;
}

/** C's %.Ng. */
function formatG(v: number, precision: number): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(v)));
  if (exp < -4 || exp >= precision) {
    const s = v.toExponential(precision - 1).replace(/\.?0+e/, 'e');
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
  }
  const s = v.toFixed(Math.max(0, precision - 1 - exp));
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
