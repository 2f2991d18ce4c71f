import { serverVersionInfo } from '../../kube/version.js';
import type { AppRequest } from '../dataplane/transport.js';
import { registerApp } from '../dataplane/transport.js';
import { type GoResponse, statusJson, uuidFrom, wantsPretty } from './go-http.js';
import { header } from './http-message.js';
import { serverIds, tlsApp } from './tls-server.js';

/** Build facts of the release (the same the `kubectl version` client reads). */
export function versionInfo(world: AppRequest['world']): Record<string, string> {
  return serverVersionInfo(world);
}

function indentJson(o: Record<string, string>): string {
  return `{\n${Object.entries(o)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n')}\n}`;
}

const VERBS: Record<string, string> = {
  GET: 'get',
  HEAD: 'get',
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

interface ResourceRef {
  group: string;
  resource: string;
  sub?: string;
  name?: string;
  namespace?: string;
}

/** /api/v1/... and /apis/GROUP/VERSION/... paths that name resources. */
function resourceOf(path: string): ResourceRef | null {
  const parts = path.split('/').filter(Boolean);
  let rest: string[];
  let group = '';
  if (parts[0] === 'api' && parts.length >= 3) rest = parts.slice(2);
  else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1] as string;
    rest = parts.slice(3);
  } else return null;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource, name, sub] = rest;
  if (!resource) return null;
  return {
    group,
    resource,
    ...(name !== undefined ? { name } : {}),
    ...(sub !== undefined ? { sub } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
  };
}

function forbidden(method: string, path: string, target: string, ua: string | undefined): GoResponse {
  const pretty = wantsPretty(ua, target);
  const ref = resourceOf(path);
  const user = 'system:anonymous';
  let message: string;
  let details: Record<string, string>;
  if (!ref) {
    message = `forbidden: User "${user}" cannot ${VERBS[method] ?? method.toLowerCase()} path "${path}"`;
    details = {};
  } else {
    const watch = /[?&]watch=(true|1)\b/.test(target);
    const verb =
      method === 'GET' || method === 'HEAD'
        ? ref.name === undefined
          ? watch
            ? 'watch'
            : 'list'
          : 'get'
        : method === 'DELETE' && ref.name === undefined
          ? 'deletecollection'
          : (VERBS[method] ?? method.toLowerCase());
    const what = ref.sub ? `${ref.resource}/${ref.sub}` : ref.resource;
    const scope =
      ref.namespace !== undefined ? `in the namespace "${ref.namespace}"` : 'at the cluster scope';
    const qualified = ref.group ? `${ref.resource}.${ref.group}` : ref.resource;
    const subject = ref.name !== undefined ? `${qualified} "${ref.name}"` : qualified;
    message = `${subject} is forbidden: User "${user}" cannot ${verb} resource "${what}" in API group "${ref.group}" ${scope}`;
    details = {
      ...(ref.name !== undefined ? { name: ref.name } : {}),
      ...(ref.group ? { group: ref.group } : {}),
      kind: ref.resource,
    };
  }
  return {
    status: 403,
    headers: { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' },
    body: statusJson(403, 'Forbidden', message, details, pretty),
  };
}

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

function apiAnswer(req: AppRequest, method: string) {
  return (
    path: string,
    target: string,
    ua: string | undefined,
    headers: Array<[string, string]>,
  ): GoResponse => {
    const ids = serverIds(req);
    const common = {
      'Audit-Id': uuidFrom(req.world.rng.hex(32)),
      'Cache-Control': 'no-cache, private',
      'X-Kubernetes-Pf-Flowschema-Uid': ids.flowSchema,
      'X-Kubernetes-Pf-Prioritylevel-Uid': ids.priorityLevel,
    };
    const authz = header(headers, 'authorization');
    if (authz !== undefined) {
      return {
        status: 401,
        headers: {
          'Audit-Id': common['Audit-Id'],
          'Cache-Control': common['Cache-Control'],
          'Content-Type': 'application/json',
        },
        body: statusJson(401, 'Unauthorized', 'Unauthorized', null, wantsPretty(ua, target)),
      };
    }
    if (HEALTH.has(path))
      return {
        status: 200,
        headers: {
          ...common,
          'Content-Type': 'text/plain; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
        },
        body: 'ok',
      };
    if (path === '/version' || path === '/version/')
      return {
        status: 200,
        headers: { ...common, 'Content-Type': 'application/json' },
        body: indentJson(versionInfo(req.world)),
      };
    const f = forbidden(method, path, target, ua);
    return { ...f, headers: { ...common, ...f.headers } };
  };
}

registerApp(
  'kube-apiserver',
  tlsApp((req) => {
    const p = req.packet.payload as { data?: string };
    const method = /^([A-Z]+) /.exec(p.data ?? '')?.[1] ?? 'GET';
    return apiAnswer(req, method);
  }),
);
