/** `kubectl describe`: resolve arguments (with name-prefix matching), pick each kind's describer, join the texts. */
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { qualifiedName, requireStore } from './api.js';
import {
  describeBinding,
  describeConfigMap,
  describeGeneric,
  describeNamespace,
  describePdb,
  describePriorityClass,
  describeQuota,
  describeRole,
  describeSecret,
  describeServiceAccount,
} from './describe-misc.js';
import {
  describeEndpointSlice,
  describeEndpoints,
  describeIngress,
  describeIngressClass,
  describeNetworkPolicy,
  describeService,
} from './describe-network.js';
import { describeNode } from './describe-node.js';
import { describePod } from './describe-pod.js';
import {
  describeCronJob,
  describeDaemonSet,
  describeDeployment,
  describeJob,
  describeReplicaSet,
  describeStatefulSet,
} from './describe-workloads.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { namespaceOf } from './kubeconfig.js';
import { fetch, resourceRequests } from './resource-args.js';

type Describer = (store: KubeStore, o: KObject, now: number) => string;

const DESCRIBERS: Record<string, Describer> = {
  Pod: describePod,
  Service: describeService,
  Endpoints: describeEndpoints,
  EndpointSlice: describeEndpointSlice,
  Node: describeNode,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
  DaemonSet: describeDaemonSet,
  StatefulSet: describeStatefulSet,
  Job: describeJob,
  CronJob: describeCronJob,
  Namespace: (s, o) => describeNamespace(s, o),
  ConfigMap: describeConfigMap,
  Secret: (_s, o) => describeSecret(o),
  ServiceAccount: describeServiceAccount,
  Ingress: describeIngress,
  IngressClass: describeIngressClass,
  NetworkPolicy: (_s, o) => describeNetworkPolicy(o),
  Role: (_s, o) => describeRole(o),
  ClusterRole: (_s, o) => describeRole(o),
  RoleBinding: (_s, o) => describeBinding(o),
  ClusterRoleBinding: (_s, o) => describeBinding(o),
  PriorityClass: describePriorityClass,
  PodDisruptionBudget: describePdb,
  ResourceQuota: (_s, o) => describeQuota(o),
};

export function describeObject(store: KubeStore, o: KObject, now: number): string {
  return (DESCRIBERS[o.kind] ?? describeGeneric)(store, o, now);
}

function runDescribe(k: Kctx): number {
  if (k.args.length === 0 && k.f.list('filename').length === 0)
    return fail(
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
      1,
    );
  const reqs = resourceRequests(k, k.args);
  const store = requireStore(k, 0);
  const all = k.f.bool('all-namespaces');
  const ns = all ? undefined : namespaceOf(k);
  const now = k.world.clock.now;
  let first = true;
  let errors = '';
  let printedAny = false;
  for (const req of reqs) {
    const got = fetch(k, store, req, ns);
    if (req.names && got.missing.length && k.args.length === 2 && !k.args[0]?.includes('/')) {
      const prefix = req.names[0] as string;
      const matches = store
        .list(req.info.kind, req.info.namespaced ? ns : undefined)
        .filter((o) => o.metadata.name.startsWith(prefix));
      if (matches.length === 0) {
        errors += `Error from server (NotFound): ${qualifiedName(req.info)} ${JSON.stringify(prefix)} not found\n`;
        continue;
      }
      for (const o of matches) k.out(`${describeObject(store, o, now)}\n`);
      printedAny = true;
      continue;
    }
    errors += got.missing.join('');
    for (const o of got.objects) {
      const s = describeObject(store, o, now);
      k.out(first ? s : `\n\n${s}`);
      first = false;
      printedAny = true;
    }
  }
  if (!printedAny && !errors && reqs.every((r) => !r.names)) {
    const namespaced = reqs.some((r) => r.info.namespaced);
    k.err(
      ns !== undefined && namespaced ? `No resources found in ${ns} namespace.\n` : 'No resources found\n',
    );
  }
  if (errors) {
    k.err(errors);
    return 1;
  }
  return 0;
}

export const DESCRIBE: Record<string, CommandImpl> = { describe: { run: runDescribe } };
