/**
 * The add-on manifests a course applies by URL (`kubectl apply -f
 * https://…/kube-flannel.yml`), available offline: the objects the default
 * worlds are built from (build/addons.ts), rendered as the multi-document
 * YAML the URL would serve. Unknown URLs answer null (kubectl then fails as
 * it does when the server has no such file).
 */
import { stringify } from 'yaml';
import { DEFAULT_CLUSTER } from '../cluster.js';
import type { KObject } from '../store.js';
import { flannelObjects, weaveObjects } from './addons.js';
import { calicoObjects } from './calico-objects.js';

const FLANNEL_URLS = [
  'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml',
  'https://raw.githubusercontent.com/flannel-io/flannel/master/Documentation/kube-flannel.yml',
];
const CALICO_URLS = [
  'https://raw.githubusercontent.com/projectcalico/calico/v3.29.1/manifests/calico.yaml',
  'https://docs.projectcalico.org/manifests/calico.yaml',
];
const WEAVE_URLS = [
  'https://github.com/weaveworks/weave/releases/download/v2.8.1/weave-daemonset-k8s.yaml',
  'https://github.com/weaveworks/weave/releases/latest/download/weave-daemonset-k8s.yaml',
];

/** Hosts the bundled manifests come from: other paths there are a 404, other hosts do not resolve. */
export const MANIFEST_HOSTS = [
  'github.com',
  'raw.githubusercontent.com',
  'docs.projectcalico.org',
  'docs.tigera.io',
];

function render(objs: KObject[]): string {
  return objs.map((o) => `---\n${stringify(o, { lineWidth: 0 })}`).join('');
}

function objectsFor(url: string): KObject[] | null {
  const u = url.replace(/^http:\/\//, 'https://');
  if (FLANNEL_URLS.includes(u)) return flannelObjects(DEFAULT_CLUSTER);
  if (WEAVE_URLS.includes(u)) return weaveObjects();
  if (CALICO_URLS.includes(u)) return calicoObjects();
  return null;
}

/** The YAML served at a known add-on URL, or null. */
export function bundledManifest(url: string): string | null {
  const objs = objectsFor(url);
  return objs ? render(objs) : null;
}
