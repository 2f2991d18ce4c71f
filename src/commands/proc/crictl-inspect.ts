/**
 * crictl inspect / inspectp / inspecti: the CRI status with containerd's
 * verbose info, marshalled the way crictl does (a Go map, so every level's
 * keys come out sorted; two-space indent). The info is containerd 1.7's
 * ContainerInfo/SandboxInfo, trimmed to the fields people read (pid,
 * config, the runtime spec's namespaces and process).
 */
import { stringify } from 'yaml';
import { containerEnv } from '../../kube/runtime.js';
import type { Proc } from '../../shell/types.js';
import { CrictlError, type FlagDef } from './crictl-cli.js';
import {
  type CriContainer,
  type CriSandbox,
  imageOf,
  nodeContainers,
  nodeImages,
  nodeSandboxes,
} from './crictl-data.js';

export const INSPECT_FLAGS: FlagDef[] = [
  {
    name: 'output',
    aliases: ['o'],
    type: 'string',
    usage: 'Output format, One of: json|yaml|go-template|table',
  },
  { name: 'quiet', aliases: ['q'], type: 'bool', usage: 'Do not show verbose information' },
  {
    name: 'template',
    type: 'string',
    usage:
      'The template string is only used when output is go-template; The Template format is golang template',
  },
  { name: 'name', type: 'string', usage: 'Filter by container name regular expression pattern' },
  { name: 'namespace', type: 'string', usage: 'Filter by pod namespace regular expression pattern' },
  { name: 'pod', aliases: ['p'], type: 'string', usage: 'Filter by pod id' },
  { name: 'state', aliases: ['s'], type: 'string', usage: 'Filter by container state' },
  { name: 'all', aliases: ['a'], type: 'bool', usage: 'Show all containers' },
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Go's json.Marshal of a map then json.Indent: sorted keys, <>& escaped. */
export function goJson(v: Json): string {
  const sort = (x: Json): Json => {
    if (Array.isArray(x)) return x.map(sort);
    if (x && typeof x === 'object') {
      const out: { [k: string]: Json } = {};
      for (const k of Object.keys(x).sort()) out[k] = sort(x[k] as Json);
      return out;
    }
    return x;
  };
  return JSON.stringify(sort(v), null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/** RFC3339Nano in UTC with a deterministic sub-second part. */
function rfc3339(ms: number, salt: string): string {
  let h = 0;
  for (const ch of salt) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const nanos = String((ms % 1000) * 1_000_000 + (h % 1_000_000))
    .padStart(9, '0')
    .replace(/0+$/, '');
  return `${new Date(ms).toISOString().slice(0, 19)}${nanos ? `.${nanos}` : ''}Z`;
}

function findOne<T extends { id: string }>(items: T[], id: string, what: string): T {
  const hits = items.filter((x) => x.id.startsWith(id));
  if (hits.length === 1) return hits[0] as T;
  if (hits.length > 1)
    throw new CrictlError(
      `get the status of ${what}s: get ${what} status: rpc error: code = NotFound desc = an error occurred when try to find ${what} "${id}": more than one ${what} matches`,
    );
  throw new CrictlError(
    `get the status of ${what === 'container' ? 'containers' : 'pod sandboxes'}: get ${what === 'container' ? 'container' : 'pod sandbox'} status: rpc error: code = NotFound desc = an error occurred when try to find ${what === 'container' ? 'container' : 'sandbox'} "${id}": not found`,
  );
}

function containerLabels(c: CriContainer): Record<string, string> {
  return {
    'io.kubernetes.container.name': c.name,
    'io.kubernetes.pod.name': c.sandbox.name,
    'io.kubernetes.pod.namespace': c.sandbox.namespace,
    'io.kubernetes.pod.uid': c.sandbox.podUid,
  };
}

function containerAnnotations(c: CriContainer): Record<string, string> {
  return {
    'io.kubernetes.container.hash': imageOf(c.image).id.slice(7, 15),
    'io.kubernetes.container.restartCount': String(c.attempt),
    'io.kubernetes.container.terminationMessagePath': '/dev/termination-log',
    'io.kubernetes.container.terminationMessagePolicy': 'File',
    'io.kubernetes.pod.terminationGracePeriod': String(c.pod?.spec?.terminationGracePeriodSeconds ?? 30),
  };
}

function logPath(c: CriContainer): string {
  return `/var/log/pods/${c.sandbox.namespace}_${c.sandbox.name}_${c.sandbox.podUid}/${c.name}/${c.attempt}.log`;
}

function containerStatus(c: CriContainer): Json {
  const zero = '0001-01-01T00:00:00Z';
  return {
    annotations: containerAnnotations(c),
    createdAt: rfc3339(c.createdAt, `${c.id}c`),
    exitCode: c.state === 'CONTAINER_EXITED' ? c.exitCode : 0,
    finishedAt: c.finishedAt !== undefined ? rfc3339(c.finishedAt, `${c.id}f`) : zero,
    id: c.id,
    image: { annotations: {}, image: c.image, runtimeHandler: '', userSpecifiedImage: '' },
    imageId: '',
    imageRef: `${imageOf(c.image).repo}@${imageOf(c.image).digest}`,
    labels: containerLabels(c),
    logPath: logPath(c),
    message: '',
    metadata: { attempt: c.attempt, name: c.name },
    mounts: [],
    reason: c.state === 'CONTAINER_EXITED' ? (c.exitCode === 0 ? 'Completed' : 'Error') : '',
    resources: {
      linux: {
        cpuPeriod: '100000',
        cpuQuota: '0',
        cpuShares: '2',
        cpusetCpus: '',
        cpusetMems: '',
        hugepageLimits: [],
        memoryLimitInBytes: '0',
        memorySwapLimitInBytes: '0',
        oomScoreAdj: '1000',
        unified: {},
      },
      windows: null,
    },
    startedAt: rfc3339(c.startedAt, `${c.id}s`),
    state: c.state,
    user: { linux: { gid: '0', supplementalGroups: ['0'], uid: '0' } },
  };
}

function containerInfo(p: Proc, c: CriContainer): Json {
  const spec = (c.pod?.spec?.containers ?? []).find((x: { name: string }) => x.name === c.name) ?? {};
  const env = c.pod ? containerEnv(p.ctx.world, c.pod, c.name) : new Map<string, string>();
  const pausePid = c.sandbox.pausePid;
  const proc = p.ctx.host.processes.find((x) => x.pid === c.pid);
  const argv = (proc?.command ?? '').split(' ').filter((x) => x !== '');
  const ns = (type: string, own: boolean): Json =>
    own ? { type } : { path: `/proc/${pausePid}/ns/${type === 'network' ? 'net' : type}`, type };
  return {
    config: {
      annotations: containerAnnotations(c),
      ...(spec.args ? { args: spec.args } : {}),
      ...(spec.command ? { command: spec.command } : {}),
      envs: [...env].filter(([k]) => k !== 'HOME').map(([key, value]) => ({ key, value })),
      image: { image: c.imageId, user_specified_image: spec.image ?? c.image },
      labels: containerLabels(c),
      linux: { resources: { cpu_period: 100000, cpu_shares: 2, oom_score_adj: 1000 }, security_context: {} },
      log_path: `${c.name}/${c.attempt}.log`,
      metadata: { attempt: c.attempt, name: c.name },
    },
    pid: c.pid ?? 0,
    removing: false,
    runtimeOptions: { systemd_cgroup: true },
    runtimeSpec: {
      hostname: c.sandbox.hostNetwork ? c.sandbox.node : c.sandbox.name,
      linux: {
        cgroupsPath: `kubepods-besteffort-pod${c.sandbox.podUid.replace(/-/g, '_')}.slice:cri-containerd:${c.id}`,
        namespaces: [
          ns('pid', true),
          ns('ipc', false),
          ns('uts', false),
          ns('mount', true),
          ...(c.sandbox.hostNetwork ? [] : [ns('network', false)]),
        ],
      },
      ociVersion: '1.1.0',
      process: {
        args: argv,
        cwd: '/',
        env: [...env].map(([k, v]) => `${k}=${v}`),
        user: { gid: 0, uid: 0 },
      },
      root: { path: 'rootfs' },
    },
    runtimeType: 'io.containerd.runc.v2',
    sandboxID: c.sandbox.id,
    snapshotKey: c.id,
    snapshotter: 'overlayfs',
  };
}

function sandboxStatus(s: CriSandbox): Json {
  const labels: Record<string, string> = {
    ...(s.pod?.metadata.labels ?? {}),
    'io.kubernetes.pod.name': s.sb.name,
    'io.kubernetes.pod.namespace': s.sb.namespace,
    'io.kubernetes.pod.uid': s.sb.podUid,
  };
  const src = s.pod?.metadata.annotations?.['kubernetes.io/config.source'] ?? 'api';
  return {
    annotations: {
      ...(s.pod?.metadata.annotations ?? {}),
      'kubernetes.io/config.seen': new Date(s.createdAt).toISOString().replace('Z', '000000Z'),
      'kubernetes.io/config.source': src,
    },
    containersStatuses: [],
    createdAt: rfc3339(s.createdAt, `${s.id}c`),
    id: s.id,
    labels,
    linux: {
      namespaces: {
        options: {
          ipc: 'POD',
          network: s.sb.hostNetwork ? 'NODE' : 'POD',
          pid: 'CONTAINER',
          targetId: '',
          usernsOptions: null,
        },
      },
    },
    metadata: { attempt: s.attempt, name: s.sb.name, namespace: s.sb.namespace, uid: s.sb.podUid },
    network: { additionalIps: [], ip: s.sb.ip ?? '' },
    runtimeHandler: '',
    state: 'SANDBOX_READY',
    timestamp: '0',
  };
}

function sandboxInfo(s: CriSandbox): Json {
  const nsPath = s.sb.netnsName ? `/var/run/netns/${s.sb.netnsName}` : undefined;
  return {
    image: 'registry.k8s.io/pause:3.10',
    netNamespaceClosed: false,
    pid: s.sb.pausePid,
    processStatus: 'running',
    runtimeHandler: '',
    runtimeOptions: { systemd_cgroup: true },
    runtimeSpec: {
      hostname: s.sb.hostNetwork ? s.sb.node : s.sb.name,
      linux: {
        namespaces: [
          { type: 'pid' },
          { type: 'ipc' },
          { type: 'uts' },
          { type: 'mount' },
          ...(nsPath ? [{ path: nsPath, type: 'network' }] : []),
        ],
      },
      ociVersion: '1.1.0',
      process: { args: ['/pause'], cwd: '/', user: { gid: 65535, uid: 65535 } },
      root: { path: 'rootfs', readonly: true },
    },
    runtimeType: 'io.containerd.runc.v2',
    sandboxMode: 'podsandbox',
    snapshotKey: s.id,
    snapshotter: 'overlayfs',
  };
}

function lookupPath(v: Json, path: string[]): Json | undefined {
  let cur: Json | undefined = v;
  for (const k of path) {
    if (cur && typeof cur === 'object' && !Array.isArray(cur)) cur = cur[k];
    else return undefined;
  }
  return cur;
}

/** A go-template of plain field paths: `{{.info.pid}}`. */
function template(tmpl: string, v: Json): string {
  return tmpl.replace(/\{\{\s*\.([\w.]*)\s*\}\}/g, (_m, path: string) => {
    const x = lookupPath(v, path ? path.split('.') : []);
    if (x === undefined || x === null) return '<no value>';
    if (typeof x === 'object') return JSON.stringify(x);
    return String(x);
  });
}

function emit(p: Proc, docs: Json[], output: string, tmpl: string | undefined): number {
  const doc: Json = docs.length === 1 ? (docs[0] as Json) : docs;
  if (output === 'yaml') p.out(`${stringify(JSON.parse(goJson(doc)), { sortMapEntries: true })}\n`);
  else if (output === 'go-template') p.out(`${template(tmpl ?? '', doc)}\n`);
  else if (output === 'json') p.out(`${goJson(doc)}\n`);
  else throw new CrictlError(`unsupported format: "${output}"`);
  return 0;
}

/** What `crictl inspect`, `inspectp` and `inspecti` were asked for. */
export interface InspectRequest {
  ids: string[];
  output: string;
  quiet: boolean;
  template: string | undefined;
  node: string;
}

export function crictlInspect(p: Proc, r: InspectRequest): number {
  const all = nodeContainers(p.ctx.world, r.node);
  const docs: Json[] = [];
  for (const id of r.ids) {
    const c = findOne(all, id, 'container');
    if (r.output === 'table') {
      p.out(`ID: ${c.id}\nName: ${c.name}\n${c.attempt ? `Attempt: ${c.attempt}\n` : ''}State: ${c.state}\n`);
      continue;
    }
    docs.push(
      r.quiet ? { status: containerStatus(c) } : { info: containerInfo(p, c), status: containerStatus(c) },
    );
  }
  return docs.length ? emit(p, docs, r.output, r.template) : 0;
}

export function crictlInspectp(p: Proc, r: InspectRequest): number {
  const all = nodeSandboxes(p.ctx.world, r.node);
  const docs: Json[] = [];
  for (const id of r.ids) {
    const s = findOne(all, id, 'sandbox');
    docs.push(r.quiet ? { status: sandboxStatus(s) } : { info: sandboxInfo(s), status: sandboxStatus(s) });
  }
  return emit(p, docs, r.output, r.template);
}

/** Images have no info section: `quiet` changes nothing. */
export function crictlInspecti(p: Proc, r: InspectRequest): number {
  const images = nodeImages(p.ctx.world, r.node);
  const docs: Json[] = [];
  for (const id of r.ids) {
    const want = imageOf(id);
    const img = images.find(
      (i) => i.id.replace('sha256:', '').startsWith(id.replace('sha256:', '')) || i.ref === want.ref,
    );
    if (!img) throw new CrictlError(`no such image "${id}" present`);
    docs.push({
      status: {
        id: img.id,
        pinned: img.pinned,
        repoDigests: [`${img.repo}@${img.digest}`],
        repoTags: [img.ref],
        size: String(img.size),
        spec: null,
        uid: null,
        username: '',
      },
    });
  }
  return emit(p, docs, r.output, r.template);
}
