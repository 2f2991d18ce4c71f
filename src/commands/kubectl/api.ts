/**
 * Talking to the API server: the world's KubeStore when the cluster exists;
 * otherwise kubectl with no server, which fails like the real one (klog
 * discovery lines, then "connection refused") unless a discovery cache lets
 * client-side commands resolve resource types offline.
 */

import { componentUp } from '../../kube/controllers/index.js';
import { RESOURCES, type ResourceInfo } from '../../kube/resources.js';
import { type KubeStore, kubeOf } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import type { Kctx } from './kctx.js';
import { klogLine } from './klog.js';
import { serverUrl } from './kubeconfig.js';

const CACHE_DIR = '.kube/cache/discovery/localhost_8080';

function hostPort(k: Kctx): string {
  return serverUrl(k)
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
}

/** The line kubectl prints when nothing listens where it connects. */
export function refusedLine(k: Kctx): string {
  return `The connection to the server ${hostPort(k)} was refused - did you specify the right host or port?\n`;
}

function dialTarget(k: Kctx): string {
  const hp = hostPort(k);
  return hp.startsWith('localhost:') ? `[::1]:${hp.slice('localhost:'.length)}` : hp;
}

/** `dial tcp [::1]:8080: connect: connection refused` */
export function dialError(k: Kctx): string {
  return `dial tcp ${dialTarget(k)}: connect: connection refused`;
}

export function memcacheLine(k: Kctx): string {
  const url = `${serverUrl(k).replace(/\/$/, '')}/api?timeout=32s`;
  const err = `couldn't get current server API group list: Get "${url}": ${dialError(k)}`;
  return klogLine(k.world, 'E', 'memcache.go:265', `"Unhandled Error" err=${JSON.stringify(err)}`);
}

/** Fail as kubectl does when discovery and the request itself are refused. */
export function refused(k: Kctx, memcacheLines: number): never {
  return fail(memcacheLine(k).repeat(memcacheLines) + refusedLine(k), 1);
}

/** The API store when the apiserver answers (its static pod may be down in a broken cluster). */
export function storeOf(k: Kctx): KubeStore | undefined {
  const s = kubeOf(k.world);
  return s && componentUp(s, 'kube-apiserver') ? s : undefined;
}

/** The store, or fail as an unreachable server does (after `memcacheLines` discovery errors when there is no cache). */
export function requireStore(k: Kctx, memcacheLines: number): KubeStore {
  const s = storeOf(k);
  if (s) return s;
  if (kubeOf(k.world)) return refused(k, 0);
  return refused(k, discoveryCache(k) ? 0 : memcacheLines);
}

function readJson(k: Kctx, path: string): unknown {
  try {
    return JSON.parse(k.p.ctx.fs.readFile(path));
  } catch {
    return null;
  }
}

interface CachedResource {
  name: string;
  singularName?: string;
  namespaced: boolean;
  kind: string;
  verbs?: string[];
  shortNames?: string[];
  categories?: string[];
}

/** Resources listed in ~/.kube/cache/discovery/localhost_8080, or null without a cache. */
export function discoveryCache(k: Kctx): ResourceInfo[] | null {
  const base = `${k.home}/${CACHE_DIR}`;
  const groups = readJson(k, `${base}/servergroups.json`) as {
    groups?: Array<{ name: string; preferredVersion?: { groupVersion: string; version: string } }>;
  } | null;
  if (!groups?.groups) return null;
  const out: ResourceInfo[] = [];
  for (const g of groups.groups) {
    const gv = g.preferredVersion?.groupVersion;
    if (!gv) continue;
    const list = readJson(k, `${base}/${gv}/serverresources.json`) as { resources?: CachedResource[] } | null;
    for (const r of list?.resources ?? []) {
      if (r.name.includes('/')) continue;
      out.push({
        name: r.name,
        singular: r.singularName || r.kind.toLowerCase(),
        kind: r.kind,
        group: g.name,
        version: g.preferredVersion?.version ?? 'v1',
        namespaced: r.namespaced,
        shortNames: r.shortNames ?? [],
        verbs: r.verbs ?? [],
        ...(r.categories ? { categories: r.categories } : {}),
      });
    }
  }
  return out;
}

/** What discovery says the server serves: the store's resources, the cache offline, or null. */
export function discovery(k: Kctx): readonly ResourceInfo[] | null {
  if (kubeOf(k.world)) return RESOURCES.filter((r) => r.group !== 'events.k8s.io');
  return discoveryCache(k);
}

/** Discovery, or fail as an unreachable server does. */
export function requireDiscovery(k: Kctx, memcacheLines: number): readonly ResourceInfo[] {
  const d = discovery(k);
  if (d) return d;
  return refused(k, memcacheLines);
}

/**
 * Resolve what the user typed (`po`, `pods`, `Pod`, `deployments.apps`,
 * `deploy.v1.apps`) against discovery, as kubectl's RESTMapper does.
 */
export function matchResource(list: readonly ResourceInfo[], typed: string): ResourceInfo | undefined {
  const dot = typed.indexOf('.');
  const base = (dot < 0 ? typed : typed.slice(0, dot)).toLowerCase();
  let rest = dot < 0 ? '' : typed.slice(dot + 1);
  let version = '';
  const vm = /^(v\d+(?:(?:alpha|beta)\d+)?)(?:\.(.*))?$/.exec(rest);
  if (vm) {
    version = vm[1] as string;
    rest = vm[2] ?? '';
  }
  const group = rest;
  const hits = list.filter(
    (x) =>
      (x.name === base ||
        x.singular === base ||
        x.shortNames.includes(base) ||
        x.kind.toLowerCase() === base) &&
      (dot < 0 || x.group === group || (group !== '' && x.group.startsWith(`${group}.`))) &&
      (version === '' || x.version === version),
  );
  return hits.find((x) => x.name === base) ?? hits.find((x) => x.singular === base) ?? hits[0];
}

export function resourceForKind(
  list: readonly ResourceInfo[],
  kind: string,
  group?: string,
): ResourceInfo | undefined {
  return list.find((r) => r.kind === kind && (group === undefined || r.group === group));
}

/** `pod`, `deployment.apps`: the name printer's prefix. */
export function kindPrefix(r: { kind: string; group: string }): string {
  return r.group ? `${r.kind.toLowerCase()}.${r.group}` : r.kind.toLowerCase();
}

/** `pods`, `deployments.apps`: the form in NotFound messages. */
export function qualifiedName(r: ResourceInfo): string {
  return r.group ? `${r.name}.${r.group}` : r.name;
}
