/**
 * kubelet's static pods: every manifest in /etc/kubernetes/manifests on a
 * node becomes a mirror pod `<name>-<node>`; editing a manifest recreates
 * the pod, a broken one takes it away (and with kube-apiserver, the API).
 */
import { parse } from 'yaml';
import { FsView } from '../../model/vfs.js';
import { getHost } from '../../model/world.js';
import { recordEvent } from '../events.js';
import { kubeletServing } from '../node-services.js';
import type { KObject, KubeStore } from '../store.js';

function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

interface Manifest {
  file: string;
  text: string;
  pod: KObject | null;
}

const parsed = new Map<string, KObject | null>();

/** A manifest's pod (parsed once per distinct text; callers get their own copy). */
function parseManifest(text: string): KObject | null {
  let pod = parsed.get(text);
  if (pod === undefined) {
    pod = null;
    try {
      const doc = parse(text) as KObject | null;
      if (doc && doc.kind === 'Pod' && doc.metadata?.name && Array.isArray(doc.spec?.containers)) pod = doc;
    } catch {
      pod = null;
    }
    if (parsed.size > 1000) parsed.clear();
    parsed.set(text, pod);
  }
  return pod ? structuredClone(pod) : null;
}

export function readManifests(store: KubeStore, node: string): Manifest[] {
  const host = store.world.hosts.get(node);
  if (!host) return [];
  const fs = new FsView(host.fs);
  let names: string[] = [];
  try {
    names = fs
      .readdir('/etc/kubernetes/manifests')
      .filter((n) => !n.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
  const out: Manifest[] = [];
  for (const file of names) {
    let text = '';
    try {
      text = fs.readFile(`/etc/kubernetes/manifests/${file}`);
    } catch {
      continue;
    }
    out.push({ file, text, pod: parseManifest(text) });
  }
  return out;
}

export function reconcileStaticPods(store: KubeStore): void {
  for (const node of store.list('Node')) {
    const name = node.metadata.name;
    if (!getHost(store.world, name)) continue;
    // static pods are the node's kubelet's business: nothing changes while it is down
    if (!kubeletServing(store.world, name)) continue;
    const manifests = readManifests(store, name);
    const wanted = new Set<string>();
    for (const m of manifests) {
      if (!m.pod) continue;
      const podName = `${m.pod.metadata.name}-${name}`;
      wanted.add(podName);
      const hash = fnv(m.text);
      const existing = store.get('Pod', m.pod.metadata.namespace ?? 'kube-system', podName);
      if (existing && existing.metadata.annotations?.['kubernetes.io/config.hash'] === hash) continue;
      if (existing) {
        store.delete('Pod', existing.metadata.namespace, existing.metadata.name);
        recordEvent(
          store,
          existing,
          'Normal',
          'Killing',
          `Stopping container ${existing.spec?.containers?.[0]?.name ?? ''}`,
          { component: 'kubelet', host: name },
        );
      }
      const pod = structuredClone(m.pod);
      pod.metadata = {
        ...pod.metadata,
        name: podName,
        namespace: pod.metadata.namespace ?? 'kube-system',
        annotations: {
          ...(pod.metadata.annotations ?? {}),
          'kubernetes.io/config.hash': hash,
          'kubernetes.io/config.mirror': hash,
          'kubernetes.io/config.seen': new Date(store.world.clock.now).toISOString().replace('Z', '000000Z'),
          'kubernetes.io/config.source': 'file',
        },
        ownerReferences: [
          { apiVersion: 'v1', controller: true, kind: 'Node', name, uid: node.metadata.uid as string },
        ],
      };
      delete pod.metadata.creationTimestamp;
      pod.spec.nodeName = name;
      // kubelet lets its static pods run through NoExecute taints
      pod.spec.tolerations ??= [{ effect: 'NoExecute', operator: 'Exists' }];
      delete pod.status;
      store.create(pod);
    }
    for (const p of store.list('Pod', 'kube-system')) {
      if (
        p.spec?.nodeName === name &&
        p.metadata.annotations?.['kubernetes.io/config.source'] === 'file' &&
        !wanted.has(p.metadata.name)
      ) {
        store.delete('Pod', p.metadata.namespace, p.metadata.name);
      }
    }
  }
}

/** Is the API server serving? (its static pod runs on some node) */
export function apiServerUp(store: KubeStore): boolean {
  return store
    .list('Pod', 'kube-system')
    .some((p) => p.metadata.labels?.component === 'kube-apiserver' && p.status?.phase === 'Running');
}
