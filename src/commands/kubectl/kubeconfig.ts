/** The kubeconfig kubectl loads: --kubeconfig, $KUBECONFIG, or ~/.kube/config; a kubeadm admin.conf when a cluster exists but no file does. */
import { parse } from 'yaml';
import { kubeOf } from '../../kube/store.js';
import type { Kctx } from './kctx.js';

export interface NamedCluster {
  name: string;
  cluster: { server?: string; [k: string]: unknown };
}
export interface NamedContext {
  name: string;
  context: { cluster?: string; user?: string; namespace?: string; [k: string]: unknown };
}
export interface NamedUser {
  name: string;
  user: Record<string, unknown>;
}

export interface KubeConfig {
  apiVersion?: string;
  kind?: string;
  clusters: NamedCluster[] | null;
  contexts: NamedContext[] | null;
  'current-context': string;
  preferences: Record<string, unknown>;
  users: NamedUser[] | null;
}

export interface LoadedConfig {
  /** File the config came from (where `config use-context` writes), or null. */
  path: string | null;
  config: KubeConfig;
  /** Made up for a cluster that has no kubeconfig file. */
  synthetic: boolean;
}

export function emptyConfig(): KubeConfig {
  return { clusters: null, contexts: null, 'current-context': '', preferences: {}, users: null };
}

function adminConfig(server: string): KubeConfig {
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'kubernetes', cluster: { 'certificate-authority-data': 'DATA+OMITTED', server } }],
    contexts: [
      { name: 'kubernetes-admin@kubernetes', context: { cluster: 'kubernetes', user: 'kubernetes-admin' } },
    ],
    'current-context': 'kubernetes-admin@kubernetes',
    preferences: {},
    users: [
      {
        name: 'kubernetes-admin',
        user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' },
      },
    ],
  };
}

export function configPath(k: Kctx): string {
  const flag = k.f.str('kubeconfig');
  if (flag) return flag;
  const env = k.p.ctx.env.get('KUBECONFIG');
  if (env) return env.split(':')[0] as string;
  return `${k.home}/.kube/config`;
}

export function loadConfig(k: Kctx): LoadedConfig {
  const path = configPath(k);
  let text: string | null = null;
  try {
    text = k.p.ctx.fs.readFile(path, k.p.ctx.cwd);
  } catch {
    text = null;
  }
  if (text !== null) {
    const raw = (parse(text) ?? {}) as Partial<KubeConfig>;
    return {
      path,
      synthetic: false,
      config: {
        ...raw,
        clusters: raw.clusters ?? null,
        contexts: raw.contexts ?? null,
        'current-context': raw['current-context'] ?? '',
        preferences: raw.preferences ?? {},
        users: raw.users ?? null,
      },
    };
  }
  const store = kubeOf(k.world);
  if (store) return { path, synthetic: true, config: adminConfig(clusterServer(k)) };
  return { path, synthetic: false, config: emptyConfig() };
}

function clusterServer(k: Kctx): string {
  const cluster = k.world.ext.cluster as
    | { config?: { nodes?: Array<{ ip: string; controlPlane: boolean }> } }
    | undefined;
  const cp = cluster?.config?.nodes?.find((n) => n.controlPlane);
  return `https://${cp?.ip ?? '127.0.0.1'}:6443`;
}

export function currentContext(c: KubeConfig): NamedContext | undefined {
  return (c.contexts ?? []).find((x) => x.name === c['current-context']);
}

/** The API server URL kubectl talks to. */
export function serverUrl(k: Kctx): string {
  const flag = k.f.str('server');
  if (flag) return flag;
  const { config } = loadConfig(k);
  const ctx = currentContext(config);
  const cl = (config.clusters ?? []).find((c) => c.name === (k.f.str('cluster') || ctx?.context.cluster));
  return cl?.cluster.server ?? 'http://localhost:8080';
}

/** The namespace a command works in: -n, else the context's, else default. */
export function namespaceOf(k: Kctx): string {
  const flag = k.f.str('namespace');
  if (flag) return flag;
  const ctx = currentContext(loadConfig(k).config);
  return ctx?.context.namespace || 'default';
}
