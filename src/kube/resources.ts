/** The API resources the cluster serves, as discovery describes them (`kubectl api-resources`). */

export interface ResourceInfo {
  /** Plural resource name: pods, services, deployments ... */
  name: string;
  singular: string;
  kind: string;
  /** "" for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  shortNames: string[];
  verbs: string[];
  categories?: string[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function r(
  name: string,
  singular: string,
  kind: string,
  group: string,
  version: string,
  namespaced: boolean,
  shortNames: string[] = [],
  categories?: string[],
): ResourceInfo {
  return {
    name,
    singular,
    kind,
    group,
    version,
    namespaced,
    shortNames,
    verbs: ALL_VERBS,
    ...(categories ? { categories } : {}),
  };
}

/** In the order `kubectl api-resources` lists them (core group first, then by group name). */
export const RESOURCES: readonly ResourceInfo[] = [
  r('bindings', 'binding', 'Binding', '', 'v1', true),
  r('componentstatuses', 'componentstatus', 'ComponentStatus', '', 'v1', false, ['cs']),
  r('configmaps', 'configmap', 'ConfigMap', '', 'v1', true, ['cm']),
  r('endpoints', 'endpoints', 'Endpoints', '', 'v1', true, ['ep']),
  r('events', 'event', 'Event', '', 'v1', true, ['ev']),
  r('limitranges', 'limitrange', 'LimitRange', '', 'v1', true, ['limits']),
  r('namespaces', 'namespace', 'Namespace', '', 'v1', false, ['ns']),
  r('nodes', 'node', 'Node', '', 'v1', false, ['no']),
  r('persistentvolumeclaims', 'persistentvolumeclaim', 'PersistentVolumeClaim', '', 'v1', true, ['pvc']),
  r('persistentvolumes', 'persistentvolume', 'PersistentVolume', '', 'v1', false, ['pv']),
  r('pods', 'pod', 'Pod', '', 'v1', true, ['po'], ['all']),
  r('podtemplates', 'podtemplate', 'PodTemplate', '', 'v1', true),
  r(
    'replicationcontrollers',
    'replicationcontroller',
    'ReplicationController',
    '',
    'v1',
    true,
    ['rc'],
    ['all'],
  ),
  r('resourcequotas', 'resourcequota', 'ResourceQuota', '', 'v1', true, ['quota']),
  r('secrets', 'secret', 'Secret', '', 'v1', true),
  r('serviceaccounts', 'serviceaccount', 'ServiceAccount', '', 'v1', true, ['sa']),
  r('services', 'service', 'Service', '', 'v1', true, ['svc'], ['all']),
  r(
    'customresourcedefinitions',
    'customresourcedefinition',
    'CustomResourceDefinition',
    'apiextensions.k8s.io',
    'v1',
    false,
    ['crd', 'crds'],
  ),
  r('controllerrevisions', 'controllerrevision', 'ControllerRevision', 'apps', 'v1', true),
  r('daemonsets', 'daemonset', 'DaemonSet', 'apps', 'v1', true, ['ds'], ['all']),
  r('deployments', 'deployment', 'Deployment', 'apps', 'v1', true, ['deploy'], ['all']),
  r('replicasets', 'replicaset', 'ReplicaSet', 'apps', 'v1', true, ['rs'], ['all']),
  r('statefulsets', 'statefulset', 'StatefulSet', 'apps', 'v1', true, ['sts'], ['all']),
  r(
    'horizontalpodautoscalers',
    'horizontalpodautoscaler',
    'HorizontalPodAutoscaler',
    'autoscaling',
    'v2',
    true,
    ['hpa'],
    ['all'],
  ),
  r('cronjobs', 'cronjob', 'CronJob', 'batch', 'v1', true, ['cj'], ['all']),
  r('jobs', 'job', 'Job', 'batch', 'v1', true, [], ['all']),
  r('leases', 'lease', 'Lease', 'coordination.k8s.io', 'v1', true),
  r('endpointslices', 'endpointslice', 'EndpointSlice', 'discovery.k8s.io', 'v1', true),
  r('events', 'event', 'Event', 'events.k8s.io', 'v1', true, ['ev']),
  r('ingressclasses', 'ingressclass', 'IngressClass', 'networking.k8s.io', 'v1', false),
  r('ingresses', 'ingress', 'Ingress', 'networking.k8s.io', 'v1', true, ['ing']),
  r('networkpolicies', 'networkpolicy', 'NetworkPolicy', 'networking.k8s.io', 'v1', true, ['netpol']),
  r('poddisruptionbudgets', 'poddisruptionbudget', 'PodDisruptionBudget', 'policy', 'v1', true, ['pdb']),
  r(
    'clusterrolebindings',
    'clusterrolebinding',
    'ClusterRoleBinding',
    'rbac.authorization.k8s.io',
    'v1',
    false,
  ),
  r('clusterroles', 'clusterrole', 'ClusterRole', 'rbac.authorization.k8s.io', 'v1', false),
  r('rolebindings', 'rolebinding', 'RoleBinding', 'rbac.authorization.k8s.io', 'v1', true),
  r('roles', 'role', 'Role', 'rbac.authorization.k8s.io', 'v1', true),
  r('priorityclasses', 'priorityclass', 'PriorityClass', 'scheduling.k8s.io', 'v1', false, ['pc']),
  r('storageclasses', 'storageclass', 'StorageClass', 'storage.k8s.io', 'v1', false, ['sc']),
];

export function apiVersionOf(info: ResourceInfo): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

/** Resolve what a user typed (`po`, `pods`, `pod`, `deployments.apps`, `Deployment`) to a resource. */
export function findResource(typed: string, extra: readonly ResourceInfo[] = []): ResourceInfo | undefined {
  const all = [...RESOURCES.filter((x) => !(x.group === 'events.k8s.io')), ...extra];
  const [base, ...groupParts] = typed.split('.');
  const group = groupParts.join('.');
  const t = (base ?? '').toLowerCase();
  return all.find(
    (x) =>
      (x.name === t || x.singular === t || x.shortNames.includes(t) || x.kind.toLowerCase() === t) &&
      (group === '' || x.group === group || x.group.startsWith(`${group}.`)),
  );
}

export function resourceByKind(kind: string, extra: readonly ResourceInfo[] = []): ResourceInfo | undefined {
  return [...RESOURCES, ...extra].find((x) => x.kind === kind);
}
