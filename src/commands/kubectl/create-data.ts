/** `kubectl create configmap|secret|namespace|serviceaccount|quota|priorityclass|poddisruptionbudget`. */
import type { KObject } from '../../kube/store.js';
import { FsError } from '../../model/vfs.js';
import { b64encode } from './base64.js';
import { type CreateTarget, finishCreate, objectMeta, oneName } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { die } from './kube-error.js';
import { parseSelectorToLabelSelector } from './selectors.js';

const KEY_RE = /^[-._a-zA-Z0-9]+$/;
const KEY_HELP =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

const SECRETS: CreateTarget = { apiPath: 'api/v1', resource: 'secrets', namespaced: true, what: 'secret' };

function readText(k: Kctx, path: string): string {
  try {
    return k.p.ctx.fs.readFile(path, k.p.ctx.cwd);
  } catch (e) {
    if (e instanceof FsError && e.code === 'EISDIR') throw e;
    return die(`error reading ${path}: no such file or directory`);
  }
}

function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? p;
}

/** Collect key/values from --from-literal, --from-file and --from-env-file. */
function collectData(k: Kctx, objName: string, forSecret: boolean): Map<string, string> {
  const data = new Map<string, string>();
  const add = (key: string, value: string) => {
    if (!KEY_RE.test(key)) {
      if (forSecret) die(`${JSON.stringify(key)} is not valid key name for a Secret ${KEY_HELP}`);
      die(`${JSON.stringify(key)} is not a valid key name for a ConfigMap: ${KEY_HELP}`);
    }
    if (data.has(key)) {
      if (forSecret) die(`cannot add key ${key}, another key by that name already exists`);
      die(
        `cannot add key ${JSON.stringify(key)}, another key by that name already exists in Data for ConfigMap ${JSON.stringify(objName)}`,
      );
    }
    data.set(key, value);
  };
  for (const src of k.f.list('from-file')) {
    const eq = src.indexOf('=');
    const key = eq >= 0 ? src.slice(0, eq) : '';
    const path = eq >= 0 ? src.slice(eq + 1) : src;
    if (k.p.ctx.fs.isDir(path, k.p.ctx.cwd)) {
      if (key) die(`cannot give a key name for a directory path`);
      for (const f of k.p.ctx.fs.readdir(path, k.p.ctx.cwd).sort()) {
        const full = `${path.replace(/\/$/, '')}/${f}`;
        if (k.p.ctx.fs.stat(full, k.p.ctx.cwd)?.kind === 'file') add(f, readText(k, full));
      }
      continue;
    }
    add(key || basename(path), readText(k, path));
  }
  for (const lit of k.f.list('from-literal')) {
    const eq = lit.indexOf('=');
    if (eq <= 0) die(`invalid literal source ${lit}, expected key=value`);
    add(lit.slice(0, eq), lit.slice(eq + 1));
  }
  for (const path of k.f.list('from-env-file')) {
    for (const raw of readText(k, path).split('\n')) {
      const line = raw.replace(/^\s+/, '');
      if (line === '' || line.startsWith('#')) continue;
      const eq = line.indexOf('=');
      const key = eq < 0 ? line : line.slice(0, eq);
      add(key, eq < 0 ? (k.p.ctx.env.get(key) ?? '') : line.slice(eq + 1));
    }
  }
  return data;
}

function sortedObject(m: Map<string, string>, f: (v: string) => string = (v) => v): Record<string, string> {
  return Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([a, b]) => [a, f(b)]));
}

function createConfigMap(k: Kctx): number {
  const name = oneName(k);
  const data = collectData(k, name, false);
  const obj: KObject = { kind: 'ConfigMap', apiVersion: 'v1', metadata: objectMeta(k, name) };
  if (data.size) obj.data = sortedObject(data);
  return finishCreate(k, obj, {
    apiPath: 'api/v1',
    resource: 'configmaps',
    namespaced: true,
    what: 'configmap',
  });
}

function createSecretGeneric(k: Kctx): number {
  const name = oneName(k);
  const data = collectData(k, name, true);
  const obj: KObject = { kind: 'Secret', apiVersion: 'v1', metadata: objectMeta(k, name) };
  if (data.size) obj.data = sortedObject(data, b64encode);
  if (k.f.str('type')) obj.type = k.f.str('type');
  return finishCreate(k, obj, SECRETS);
}

function createSecretTls(k: Kctx): number {
  const name = oneName(k);
  const cert = k.f.str('cert');
  const key = k.f.str('key');
  if (!cert || !key) die('key and cert must be specified');
  const c = readText(k, cert);
  const kk = readText(k, key);
  if (!c.includes('-----BEGIN')) die('tls: failed to find any PEM data in certificate input');
  if (!kk.includes('-----BEGIN')) die('tls: failed to find any PEM data in key input');
  const obj: KObject = {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: objectMeta(k, name),
    data: { 'tls.crt': b64encode(c), 'tls.key': b64encode(kk) },
    type: 'kubernetes.io/tls',
  };
  return finishCreate(k, obj, SECRETS);
}

function createSecretDocker(k: Kctx): number {
  const name = oneName(k);
  const server = k.f.str('docker-server');
  const user = k.f.str('docker-username');
  const pass = k.f.str('docker-password');
  const email = k.f.str('docker-email');
  if (k.f.list('from-file').length === 0 && (!user || !pass))
    die(
      'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required',
    );
  const auth = b64encode(`${user}:${pass}`);
  const entry: Record<string, string> = { username: user, password: pass };
  if (email) entry.email = email;
  entry.auth = auth;
  const json = JSON.stringify({ auths: { [server]: entry } });
  const obj: KObject = {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: objectMeta(k, name),
    data: { '.dockerconfigjson': b64encode(json) },
    type: 'kubernetes.io/dockerconfigjson',
  };
  return finishCreate(k, obj, SECRETS);
}

function createNamespace(k: Kctx): number {
  const name = oneName(k);
  const obj: KObject = {
    kind: 'Namespace',
    apiVersion: 'v1',
    metadata: objectMeta(k, name, { namespaced: false }),
    spec: {},
    status: {},
  };
  return finishCreate(k, obj, { apiPath: 'api/v1', resource: 'namespaces', namespaced: false, what: null });
}

function createServiceAccount(k: Kctx): number {
  const name = oneName(k);
  const obj: KObject = { kind: 'ServiceAccount', apiVersion: 'v1', metadata: objectMeta(k, name) };
  return finishCreate(k, obj, {
    apiPath: 'api/v1',
    resource: 'serviceaccounts',
    namespaced: true,
    what: 'serviceaccount',
  });
}

function createQuota(k: Kctx): number {
  const name = oneName(k);
  const spec: Record<string, unknown> = {};
  const hard = k.f.str('hard');
  if (hard) {
    const h: Record<string, string> = {};
    for (const part of hard.split(',')) {
      const eq = part.indexOf('=');
      if (eq < 0) die(`Invalid argument syntax ${part}, expected <resource>=<value>`);
      h[part.slice(0, eq)] = part.slice(eq + 1);
    }
    spec.hard = Object.fromEntries(Object.entries(h).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  const scopes = k.f.str('scopes');
  if (scopes) spec.scopes = scopes.split(',');
  const obj: KObject = {
    kind: 'ResourceQuota',
    apiVersion: 'v1',
    metadata: objectMeta(k, name),
    spec,
    status: {},
  };
  return finishCreate(k, obj, {
    apiPath: 'api/v1',
    resource: 'resourcequotas',
    namespaced: true,
    what: 'quota',
  });
}

function createPriorityClass(k: Kctx): number {
  const name = oneName(k);
  const obj: KObject = {
    kind: 'PriorityClass',
    apiVersion: 'scheduling.k8s.io/v1',
    metadata: objectMeta(k, name, { namespaced: false }),
    value: k.f.int('value'),
  };
  if (k.f.bool('global-default')) obj.globalDefault = true;
  if (k.f.str('description')) obj.description = k.f.str('description');
  obj.preemptionPolicy = k.f.str('preemption-policy') || 'PreemptLowerPriority';
  return finishCreate(k, obj, {
    apiPath: 'apis/scheduling.k8s.io/v1',
    resource: 'priorityclasses',
    namespaced: false,
    what: 'priorityclass',
  });
}

function createPdb(k: Kctx): number {
  const name = oneName(k);
  const min = k.f.str('min-available');
  const max = k.f.str('max-unavailable');
  const sel = k.f.str('selector');
  if (!sel) die('a selector must be specified');
  if (!min && !max) die('one of min-available or max-unavailable must be specified');
  if (min && max) die('min-available and max-unavailable cannot be both specified');
  const selector = parseSelectorToLabelSelector(sel);
  if (typeof selector === 'string') return die(selector);
  const spec: Record<string, unknown> = {};
  const io = (s: string) => (/^\d+$/.test(s) ? Number(s) : s);
  if (min) spec.minAvailable = io(min);
  spec.selector = selector;
  if (max) spec.maxUnavailable = io(max);
  const obj: KObject = {
    kind: 'PodDisruptionBudget',
    apiVersion: 'policy/v1',
    metadata: objectMeta(k, name),
    spec,
    status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
  };
  return finishCreate(k, obj, {
    apiPath: 'apis/policy/v1',
    resource: 'poddisruptionbudgets',
    namespaced: true,
    what: 'poddisruptionbudget',
  });
}

export const CREATE_DATA: Record<string, CommandImpl> = {
  'create configmap': { run: createConfigMap },
  'create secret generic': { run: createSecretGeneric },
  'create secret tls': { run: createSecretTls },
  'create secret docker-registry': { run: createSecretDocker },
  'create namespace': { run: createNamespace },
  'create serviceaccount': { run: createServiceAccount },
  'create quota': { run: createQuota },
  'create priorityclass': { run: createPriorityClass },
  'create poddisruptionbudget': { run: createPdb },
};
