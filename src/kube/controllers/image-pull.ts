/**
 * kubelet's image manager (pkg/kubelet/images, 1.32): whether a container's
 * image must be pulled (pull policy, images already on the node), the pull
 * through the registry model with its events, and the per pod-and-image
 * back-off after a failed pull (10 s doubling to 300 s) during which a sync
 * reports ImagePullBackOff with the last pull's error.
 */
import { recordEvent } from '../events.js';
import { parseReference, pullImage } from '../images.js';
import { fullImage } from '../runtime.js';
import type { KObject, KubeStore } from '../store.js';

const BACKOFF_INITIAL_MS = 10_000;
const BACKOFF_MAX_MS = 300_000;

/** A container kubelet could not start because of its image: what the last sync reported and when the next one runs. */
export interface PullFailure {
  image: string;
  reason: string;
  message: string;
  nextSync: number;
}

export type EnsureResult = { ok: true } | { ok: false; reason: string; message: string };

interface Backoff {
  backoff: number;
  lastUpdate: number;
}

function kubeletSrc(node: string) {
  return { component: 'kubelet', host: node };
}

/** Images a node has pulled (so a second pod with `IfNotPresent` finds it there). */
function pulled(store: KubeStore, node: string): Set<string> {
  const m = (store.world.ext.pulledImages ??= new Map<string, Set<string>>()) as Map<string, Set<string>>;
  let s = m.get(node);
  if (!s) {
    s = new Set();
    m.set(node, s);
  }
  return s;
}

/** flowcontrol.Backoff entries and the last pull error, by `<pod uid>_<image>`. */
function backoffs(store: KubeStore): { entries: Map<string, Backoff>; errors: Map<string, string> } {
  const ext = store.world.ext as {
    imageBackoff?: { entries: Map<string, Backoff>; errors: Map<string, string> };
  };
  ext.imageBackoff ??= { entries: new Map(), errors: new Map() };
  return ext.imageBackoff;
}

/** Backoff.Next: 10 s after a first failure (or one 600 s old), doubling up to 300 s. */
function nextBackoff(store: KubeStore, key: string): void {
  const now = store.world.clock.now;
  const { entries } = backoffs(store);
  const e = entries.get(key);
  if (!e || now - e.lastUpdate > 2 * BACKOFF_MAX_MS)
    entries.set(key, { backoff: BACKOFF_INITIAL_MS, lastUpdate: now });
  else entries.set(key, { backoff: Math.min(e.backoff * 2, BACKOFF_MAX_MS), lastUpdate: now });
}

function inBackoff(store: KubeStore, key: string): boolean {
  const e = backoffs(store).entries.get(key);
  return !!e && store.world.clock.now - e.lastUpdate < e.backoff;
}

/**
 * EnsureImageExists and the "Error: …" event kuberuntime adds when it
 * fails. The control plane's and the add-ons' images were pulled when the
 * cluster was set up; `Always` pulls every time, `IfNotPresent` once per node.
 */
export function ensureImage(
  store: KubeStore,
  pod: KObject,
  s: { name: string; image: string; imagePullPolicy?: string },
  node: string,
): EnsureResult {
  const src = kubeletSrc(node);
  const event = (type: 'Normal' | 'Warning', reason: string, message: string) =>
    recordEvent(store, pod, type, reason, message, src, s.name);
  const failed = (reason: string, message: string): EnsureResult => {
    event('Warning', 'Failed', `Error: ${reason}`);
    return { ok: false, reason, message };
  };
  const ref = parseReference(s.image);
  if (typeof ref === 'string') {
    const msg = `Failed to apply default image tag ${JSON.stringify(s.image)}: couldn't parse image name ${JSON.stringify(s.image)}: ${ref}`;
    event('Warning', 'InspectFailed', msg);
    return failed('InvalidImageName', msg);
  }
  const have = pulled(store, node);
  const policy = s.imagePullPolicy ?? 'IfNotPresent';
  const preloaded = /^(registry\.k8s\.io|ghcr\.io\/flannel-io|(docker\.io\/)?(weaveworks|calico))\//.test(
    s.image,
  );
  // an image no registry has cannot be on the node either
  if (policy === 'Never' && !have.has(s.image) && !preloaded && !pullImage(s.image).ok) {
    const msg = `Container image "${s.image}" is not present with pull policy of Never`;
    event('Warning', 'ErrImageNeverPull', msg);
    return failed('ErrImageNeverPull', msg);
  }
  if (policy === 'Never' || (policy === 'IfNotPresent' && (have.has(s.image) || preloaded))) {
    event('Normal', 'Pulled', `Container image "${s.image}" already present on machine`);
    return { ok: true };
  }
  const key = `${pod.metadata.uid}_${s.image}`;
  const { errors } = backoffs(store);
  if (inBackoff(store, key)) {
    event('Normal', 'BackOff', `Back-off pulling image "${s.image}"`);
    const prev = errors.get(key);
    return failed('ImagePullBackOff', `Back-off pulling image "${s.image}"${prev ? `: ${prev}` : ''}`);
  }
  errors.delete(key);
  event('Normal', 'Pulling', `Pulling image "${s.image}"`);
  const res = pullImage(s.image);
  if (!res.ok) {
    event('Warning', 'Failed', `Failed to pull image "${s.image}": ${res.error}`);
    nextBackoff(store, key);
    errors.set(key, `ErrImagePull: ${res.error}`);
    return failed('ErrImagePull', res.error);
  }
  const ms = store.world.rng.int(400, 2600);
  const secs = ms >= 1000 ? `${(ms / 1000).toFixed(3).replace(/0+$/, '').replace(/\.$/, '')}s` : `${ms}ms`;
  event(
    'Normal',
    'Pulled',
    `Successfully pulled image "${s.image}" in ${secs} (${secs} including waiting). Image size: ${imageSize(fullImage(s.image))} bytes.`,
  );
  backoffs(store).entries.delete(key);
  have.add(s.image);
  return { ok: true };
}

/** A stable, plausible compressed size per image reference. */
function imageSize(ref: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < ref.length; i++) h = Math.imul(h ^ ref.charCodeAt(i), 0x01000193) >>> 0;
  return 2_000_000 + (h % 70_000_000);
}
