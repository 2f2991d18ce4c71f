/**
 * The RBAC objects of the flannel and Weave Net manifests, as the files
 * define them: kube-flannel.yml (v0.26) binds the `flannel` ClusterRole to
 * its ServiceAccount in kube-flannel; weave-daemonset-k8s.yaml (2.8.1) has a
 * `weave-net` ClusterRole and binding, and a Role and RoleBinding in
 * kube-system for its peer list ConfigMap.
 */
import type { KObject } from '../store.js';

const RBAC = 'rbac.authorization.k8s.io';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}

const rule = (apiGroups: string[], resources: string[], verbs: string[]): Rule => ({
  apiGroups,
  resources,
  verbs,
});

function role(
  kind: 'ClusterRole' | 'Role',
  name: string,
  labels: Record<string, string>,
  rules: Rule[],
  namespace?: string,
): KObject {
  return {
    apiVersion: `${RBAC}/v1`,
    kind,
    metadata: { name, ...(namespace ? { namespace } : {}), labels },
    rules,
  };
}

function binding(
  kind: 'ClusterRoleBinding' | 'RoleBinding',
  name: string,
  labels: Record<string, string>,
  sa: { name: string; namespace: string },
  namespace?: string,
): KObject {
  return {
    apiVersion: `${RBAC}/v1`,
    kind,
    metadata: { name, ...(namespace ? { namespace } : {}), labels },
    roleRef: { apiGroup: RBAC, kind: kind === 'RoleBinding' ? 'Role' : 'ClusterRole', name },
    subjects: [{ kind: 'ServiceAccount', name: sa.name, namespace: sa.namespace }],
  };
}

/** kube-flannel.yml's ClusterRole and ClusterRoleBinding (they come right after the Namespace). */
export function flannelRbac(): KObject[] {
  const labels = { 'k8s-app': 'flannel' };
  return [
    role('ClusterRole', 'flannel', labels, [
      rule([''], ['pods'], ['get']),
      rule([''], ['nodes'], ['get', 'list', 'watch']),
      rule([''], ['nodes/status'], ['patch']),
    ]),
    binding('ClusterRoleBinding', 'flannel', labels, { name: 'flannel', namespace: 'kube-flannel' }),
  ];
}

/** weave-daemonset-k8s.yaml's ClusterRole, ClusterRoleBinding, Role and RoleBinding (after the ServiceAccount). */
export function weaveRbac(): KObject[] {
  const labels = { name: 'weave-net' };
  const sa = { name: 'weave-net', namespace: 'kube-system' };
  return [
    role('ClusterRole', 'weave-net', labels, [
      rule([''], ['pods', 'namespaces', 'nodes'], ['get', 'list', 'watch']),
      rule(['extensions'], ['networkpolicies'], ['get', 'list', 'watch']),
      rule(['networking.k8s.io'], ['networkpolicies'], ['get', 'list', 'watch']),
      rule([''], ['nodes/status'], ['patch', 'update']),
    ]),
    binding('ClusterRoleBinding', 'weave-net', labels, sa),
    role(
      'Role',
      'weave-net',
      labels,
      [
        {
          apiGroups: [''],
          resourceNames: ['weave-net'],
          resources: ['configmaps'],
          verbs: ['get', 'update'],
        },
        rule([''], ['configmaps'], ['create']),
      ],
      'kube-system',
    ),
    binding('RoleBinding', 'weave-net', labels, sa, 'kube-system'),
  ];
}
