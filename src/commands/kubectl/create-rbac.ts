/** `kubectl create role|clusterrole|rolebinding|clusterrolebinding`. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { discovery, matchResource, memcacheLine, refused } from './api.js';
import { finishCreate, objectMeta, oneName } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { die } from './kube-error.js';

const VERBS = [
  '*',
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'use',
  'bind',
  'escalate',
  'impersonate',
];
const RBAC = 'rbac.authorization.k8s.io';

function buildRules(k: Kctx): Array<Record<string, unknown>> {
  const verbs = k.f.list('verb');
  const resources = k.f.list('resource');
  const urls = k.f.list('non-resource-url');
  const isCluster = k.path === 'create clusterrole';
  if (verbs.length === 0) die('at least one verb must be specified');
  if (resources.length === 0 && !(isCluster && (urls.length > 0 || k.f.str('aggregation-rule'))))
    die('at least one resource must be specified');
  for (const v of verbs) if (!VERBS.includes(v)) k.err(`Warning: '${v}' is not a standard resource verb\n`);
  const byGroup = new Map<string, string[]>();
  let disc = discovery(k);
  for (const r of resources) {
    const slash = r.indexOf('/');
    const base = slash < 0 ? r : r.slice(0, slash);
    const sub = slash < 0 ? '' : r.slice(slash);
    let group = '';
    let name = base;
    if (base === '*') {
      if (!disc) k.err(memcacheLine(k));
    } else {
      if (!disc) return refused(k, 2);
      const info = matchResource(disc, base);
      if (!info) {
        if (!k.world.ext.kube) return refused(k, 1);
        return die(`the server doesn't have a resource type ${JSON.stringify(base)}`);
      }
      group = info.group;
      name = info.name;
      disc = disc ?? [];
    }
    const list = byGroup.get(group) ?? [];
    if (!list.includes(name + sub)) list.push(name + sub);
    byGroup.set(group, list);
  }
  const names = k.f.list('resource-name');
  const rules: Array<Record<string, unknown>> = [...byGroup.keys()].sort().map((g) => ({
    verbs,
    apiGroups: [g],
    resources: byGroup.get(g),
    ...(names.length ? { resourceNames: names } : {}),
  }));
  if (urls.length) rules.push({ verbs, nonResourceURLs: urls });
  return rules;
}

function createRole(k: Kctx): number {
  const name = oneName(k);
  const isCluster = k.path === 'create clusterrole';
  const rules = buildRules(k);
  const obj: KObject = {
    kind: isCluster ? 'ClusterRole' : 'Role',
    apiVersion: `${RBAC}/v1`,
    metadata: objectMeta(k, name, { namespaced: !isCluster }),
    rules,
  };
  const agg = k.f.str('aggregation-rule');
  if (isCluster && agg) {
    const labels: Record<string, string> = {};
    for (const kv of agg.split(',')) {
      const [a, b] = kv.split('=');
      labels[a as string] = b ?? '';
    }
    obj.aggregationRule = { clusterRoleSelectors: [{ matchLabels: labels }] };
    delete obj.rules;
  }
  return finishCreate(k, obj, {
    apiPath: `apis/${RBAC}/v1`,
    resource: isCluster ? 'clusterroles' : 'roles',
    namespaced: !isCluster,
    what: null,
  });
}

function createBinding(k: Kctx): number {
  const name = oneName(k);
  const isCluster = k.path === 'create clusterrolebinding';
  const role = isCluster ? '' : k.f.str('role');
  const clusterRole = k.f.str('clusterrole');
  if (!isCluster && (role === '') === (clusterRole === ''))
    die('exactly one of clusterrole or role must be specified');
  const subjects: Array<Record<string, string>> = [];
  for (const u of k.f.list('user')) subjects.push({ kind: 'User', apiGroup: RBAC, name: u });
  for (const g of k.f.list('group')) subjects.push({ kind: 'Group', apiGroup: RBAC, name: g });
  for (const sa of k.f.list('serviceaccount')) {
    const parts = sa.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1])
      return fail('error: serviceaccount must be <namespace>:<name>\n', 1);
    subjects.push({ kind: 'ServiceAccount', name: parts[1], namespace: parts[0] });
  }
  const obj: KObject = {
    kind: isCluster ? 'ClusterRoleBinding' : 'RoleBinding',
    apiVersion: `${RBAC}/v1`,
    metadata: objectMeta(k, name, { namespaced: !isCluster }),
  };
  if (subjects.length) obj.subjects = subjects;
  obj.roleRef = { apiGroup: RBAC, kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole };
  return finishCreate(k, obj, {
    apiPath: `apis/${RBAC}/v1`,
    resource: isCluster ? 'clusterrolebindings' : 'rolebindings',
    namespaced: !isCluster,
    what: isCluster ? 'clusterrolebinding' : 'rolebinding',
  });
}

export const CREATE_RBAC: Record<string, CommandImpl> = {
  'create role': { run: createRole },
  'create clusterrole': { run: createRole },
  'create rolebinding': { run: createBinding },
  'create clusterrolebinding': { run: createBinding, required: ['clusterrole'] },
};
