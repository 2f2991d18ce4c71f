/**
 * Turning `TYPE[,TYPE] [NAME...]` or `TYPE/NAME ...` arguments into
 * requests against the API, as kubectl's resource builder does, with its
 * errors; and fetching the objects (label and field selectors applied).
 */
import type { ResourceInfo } from '../../kube/resources.js';
import type { KObject, KubeStore } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { discovery, matchResource, qualifiedName, refused } from './api.js';
import { componentStatuses, warnComponentStatus } from './component-status.js';
import type { Kctx } from './kctx.js';
import { labelTest } from './selectors.js';

export interface ResourceRequest {
  info: ResourceInfo;
  /** Named objects, or null for a list. */
  names: string[] | null;
}

export const TYPE_NAME_MIX =
  "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/** Resolve one typed resource (or the `all` category) against discovery. */
export function resolveTypes(k: Kctx, list: readonly ResourceInfo[], typed: string): ResourceInfo[] {
  const cat = list.filter((r) => r.categories?.includes(typed));
  if (cat.length) return cat;
  const info = matchResource(list, typed);
  if (!info) {
    if (!k.world.ext.kube) return refused(k, 3);
    return fail(`error: the server doesn't have a resource type ${JSON.stringify(typed)}\n`, 1);
  }
  return [info];
}

/** Requests for the arguments; `memcache` is how many discovery errors an offline kubectl prints first. */
export function resourceRequests(k: Kctx, args: readonly string[], memcache = 5): ResourceRequest[] {
  const list = discovery(k);
  if (!list) return refused(k, memcache);
  const out: ResourceRequest[] = [];
  if (args.some((a) => a.includes('/'))) {
    for (const a of args) {
      if (!a.includes('/')) fail(`error: ${TYPE_NAME_MIX}\n`, 1);
      const slash = a.indexOf('/');
      const name = a.slice(slash + 1);
      if (name === '')
        fail(`error: arguments in resource/name form must have a single resource and name\n`, 1);
      for (const info of resolveTypes(k, list, a.slice(0, slash))) {
        const prev = out.find((r) => r.info === info);
        if (prev?.names) prev.names.push(name);
        else out.push({ info, names: [name] });
      }
    }
  } else {
    const [types, ...names] = args;
    for (const t of (types ?? '').split(',')) {
      if (t === '') continue;
      for (const info of resolveTypes(k, list, t))
        if (!out.some((r) => r.info === info)) out.push({ info, names: names.length ? [...names] : null });
    }
  }
  return out;
}

/** Field selector terms the API server supports for every kind, and per kind. */
const FIELDS: Record<string, string[]> = {
  Pod: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Secret: ['type'],
  Node: ['spec.unschedulable'],
  Namespace: ['status.phase'],
  ReplicaSet: ['status.replicas'],
  Job: ['status.successful'],
};

function fieldValue(o: KObject, path: string): string {
  let cur: unknown = o;
  for (const p of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[p];
  }
  if (path === 'source') return String((o.source as { component?: string } | undefined)?.component ?? '');
  return cur === undefined || cur === null ? '' : String(cur);
}

export type FieldTest = (o: KObject) => boolean;

export function fieldTest(info: ResourceInfo, text: string, labelText: string): FieldTest {
  const terms: FieldTest[] = [];
  for (const raw of text.split(',')) {
    if (raw === '') continue;
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(raw);
    if (!m) return fail(`error: invalid selector: '${text}'; can't understand '${raw}'\n`, 1);
    const [, key, op, val] = m as unknown as [string, string, string, string];
    const ok =
      key === 'metadata.name' || key === 'metadata.namespace' || (FIELDS[info.kind] ?? []).includes(key);
    if (!ok) {
      const gvr = `${info.group}/${info.version}, Resource=${info.name}`;
      return fail(
        `Error from server (BadRequest): Unable to find ${JSON.stringify(gvr)} that match label selector ${JSON.stringify(labelText)}, field selector ${JSON.stringify(text)}: field label not supported: ${key}\n`,
        1,
      );
    }
    terms.push(op === '!=' ? (o) => fieldValue(o, key) !== val : (o) => fieldValue(o, key) === val);
  }
  return (o) => terms.every((t) => t(o));
}

export interface Fetched {
  req: ResourceRequest;
  objects: KObject[];
  /** NotFound messages for missing names. */
  missing: string[];
}

/** Fetch what a request names, in the namespace (or all with undefined). */
export function fetch(k: Kctx, store: KubeStore, req: ResourceRequest, ns: string | undefined): Fetched {
  const { info } = req;
  const nsArg = info.namespaced ? ns : undefined;
  const labelText = k.f.str('selector');
  const virtual = info.kind === 'ComponentStatus' ? componentStatuses(store) : undefined;
  if (virtual) warnComponentStatus(k);
  const getOne = (n: string) =>
    virtual ? virtual.find((o) => o.metadata.name === n) : store.get(info.kind, nsArg ?? 'default', n);
  if (req.names) {
    const objects: KObject[] = [];
    const missing: string[] = [];
    for (const n of req.names) {
      const o = getOne(n);
      if (o) objects.push(o);
      else
        missing.push(`Error from server (NotFound): ${qualifiedName(info)} ${JSON.stringify(n)} not found\n`);
    }
    return { req, objects, missing };
  }
  let objects = virtual ?? store.list(info.kind, nsArg);
  if (labelText) {
    const t = labelTest(labelText);
    if (typeof t === 'string') return fail(`Error from server (BadRequest): ${t}\n`, 1);
    objects = objects.filter((o) => t(o.metadata.labels));
  }
  const fieldText = k.f.str('field-selector');
  if (fieldText) {
    const t = fieldTest(info, fieldText, labelText);
    objects = objects.filter(t);
  }
  return { req, objects, missing: [] };
}
