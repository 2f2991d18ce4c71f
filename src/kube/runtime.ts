/**
 * The container runtime as kubelet and kubectl see it: container
 * filesystems made from the image, the kubelet-managed /etc files, the
 * environment (service links, env/envFrom), what `kubectl exec` runs in,
 * and the logs.
 */
import { serverKey, serverLog } from '../engines/dns/server-state.js';
import { containerRootFs, DEBIAN_IMAGE_OS_RELEASE } from '../model/container-fs.js';
import { procfs, sysfsNet } from '../model/procfs.js';
import type { Host, World } from '../model/types.js';
import { FsView, type Vfs } from '../model/vfs.js';
import { getHost, getNetns } from '../model/world.js';
import type { ExecContext } from '../shell/types.js';
import { type ContainerState, clusterOf, type Sandbox } from './cluster.js';
import { imageSpec } from './images.js';
import { type KObject, kubeOf } from './store.js';

const IMAGE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Normalise an image reference the way containerd reports it. */
export function fullImage(image: string): string {
  let ref = image;
  const lastSlash = ref.lastIndexOf('/');
  if (!ref.slice(lastSlash + 1).includes(':') && !ref.includes('@')) ref += ':latest';
  const first = ref.split('/')[0] ?? '';
  if (!ref.includes('/')) return `docker.io/library/${ref}`;
  if (!first.includes('.') && !first.includes(':') && first !== 'localhost') return `docker.io/${ref}`;
  return ref;
}

/** /etc/hosts as kubelet writes it into every (non-hostNetwork) pod. */
export function podHostsFile(pod: KObject, ip: string | undefined, domain: string): string {
  let s =
    '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  if (ip) {
    const sub =
      pod.spec?.hostname && pod.spec?.subdomain
        ? `${pod.spec.hostname}.${pod.spec.subdomain}.${pod.metadata.namespace}.svc.${domain}\t${pod.spec.hostname}`
        : (pod.spec?.hostname ?? pod.metadata.name);
    s += `${ip}\t${sub}\n`;
  }
  for (const ha of (pod.spec?.hostAliases ?? []) as Array<{ ip: string; hostnames: string[] }>) {
    s += `\n# Entries added by HostAliases.\n${ha.ip}\t${ha.hostnames.join('\t')}\n`;
  }
  return s;
}

function nodeResolvConf(world: World, nodeName: string): string {
  try {
    return new FsView(getHost(world, nodeName).fs).readFile('/run/systemd/resolve/resolv.conf');
  } catch {
    return '';
  }
}

/** /etc/resolv.conf of a pod from its dnsPolicy and dnsConfig (spec §4.3). */
export function podResolvConf(world: World, pod: KObject): string {
  const cluster = clusterOf(world);
  const domain = cluster?.config.domain ?? 'cluster.local';
  const ns = pod.metadata.namespace ?? 'default';
  let policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
  if (policy === 'ClusterFirst' && pod.spec?.hostNetwork) policy = 'Default';
  const node = nodeResolvConf(world, pod.spec?.nodeName ?? '');
  let nameservers: string[] = [];
  let searches: string[] = [];
  const options = new Map<string, string | undefined>();
  const hostSearch: string[] = [];
  const hostNs: string[] = [];
  for (const line of node.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] === 'nameserver' && f[1]) hostNs.push(f[1]);
    if (f[0] === 'search') hostSearch.push(...f.slice(1).filter((x) => x !== '.'));
  }
  if (policy === 'ClusterFirst' || policy === 'ClusterFirstWithHostNet') {
    nameservers = ['10.96.0.10'];
    const svc = kubeOf(world)?.get('Service', 'kube-system', 'kube-dns');
    if (svc?.spec?.clusterIP) nameservers = [svc.spec.clusterIP];
    searches = [`${ns}.svc.${domain}`, `svc.${domain}`, domain, ...hostSearch];
    options.set('ndots', '5');
  } else if (policy === 'Default') {
    nameservers = hostNs;
    searches = hostSearch;
  }
  const dc = pod.spec?.dnsConfig ?? {};
  for (const n of dc.nameservers ?? []) if (!nameservers.includes(n)) nameservers.push(n);
  for (const s of dc.searches ?? []) if (!searches.includes(s)) searches.push(s);
  for (const o of (dc.options ?? []) as Array<{ name: string; value?: string }>) options.set(o.name, o.value);
  searches = [...new Set(searches)];
  let out = '';
  if (searches.length) out += `search ${searches.join(' ')}\n`;
  for (const n of nameservers.slice(0, 3)) out += `nameserver ${n}\n`;
  if (options.size)
    out += `options ${[...options].map(([k, v]) => (v === undefined ? k : `${k}:${v}`)).join(' ')}\n`;
  return out;
}

/** A container's root filesystem: the image's files plus what kubelet mounts. */
export function containerFs(world: World, pod: KObject, containerName: string, ip: string | undefined): Vfs {
  const fs = containerRootFs(world);
  const spec = (pod.spec?.containers ?? []).find((c: { name: string }) => c.name === containerName);
  const image = String(spec?.image ?? '');
  const img = imageSpec(image);
  const domain = clusterOf(world)?.config.domain ?? 'cluster.local';
  if (!pod.spec?.hostNetwork) {
    fs.put('/etc/hosts', podHostsFile(pod, ip, domain));
    fs.put('/etc/hostname', `${pod.spec?.hostname ?? pod.metadata.name}\n`);
  } else {
    const node = getHost(world, pod.spec.nodeName);
    fs.put('/etc/hosts', new FsView(node.fs).readFile('/etc/hosts'));
    fs.put('/etc/hostname', `${node.name}\n`);
  }
  fs.put('/etc/resolv.conf', podResolvConf(world, pod));
  fs.put('/etc/nsswitch.conf', 'hosts: files dns\n');
  fs.put(
    '/etc/services',
    new FsView(getHost(world, pod.spec.nodeName).fs).exists('/etc/services')
      ? new FsView(getHost(world, pod.spec.nodeName).fs).readFile('/etc/services')
      : '',
  );
  if (img.userland === 'busybox') fs.put('/etc/os-release', 'NAME="BusyBox"\nID=busybox\n');
  else fs.put('/etc/os-release', DEBIAN_IMAGE_OS_RELEASE);
  if (img.name === 'nginx') {
    const body = img.listens[0]?.config?.body as string;
    fs.put('/usr/share/nginx/html/index.html', body);
    fs.put(
      '/etc/nginx/conf.d/default.conf',
      'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n',
    );
  }
  if (!pod.spec?.hostNetwork && pod.spec?.automountServiceAccountToken !== false) {
    fs.put('/var/run/secrets/kubernetes.io/serviceaccount/namespace', pod.metadata.namespace ?? 'default');
    fs.put(
      '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
      '-----BEGIN CERTIFICATE-----\nMIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl\n-----END CERTIFICATE-----\n',
    );
    fs.put(
      '/var/run/secrets/kubernetes.io/serviceaccount/token',
      `eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.${world.rng.hex(48)}`,
    );
  }
  for (const cmd of img.commands ?? []) fs.put(`/bin/${cmd}`, '\x7fELF', 0o755);
  return fs;
}

/** The environment kubelet gives a container: PATH, HOSTNAME, service links, env and envFrom. */
/**
 * A container's environment as kubelet set it when the container started:
 * service links for the Services that existed then (store revision
 * `asOf`), then env/envFrom.
 */
export function containerEnv(
  world: World,
  pod: KObject,
  containerName: string,
  asOf = Number.POSITIVE_INFINITY,
): Map<string, string> {
  const env = new Map<string, string>([
    ['PATH', IMAGE_PATH],
    [
      'HOSTNAME',
      pod.spec?.hostNetwork ? String(pod.spec.nodeName) : String(pod.spec?.hostname ?? pod.metadata.name),
    ],
  ]);
  const store = kubeOf(world);
  const c = (pod.spec?.containers ?? []).find((x: { name: string }) => x.name === containerName) ?? {};
  if (store && pod.spec?.enableServiceLinks !== false && asOf >= 0) {
    const svcs = [
      ...store.list('Service', pod.metadata.namespace),
      ...(pod.metadata.namespace === 'default'
        ? []
        : store.list('Service', 'default').filter((s) => s.metadata.name === 'kubernetes')),
    ];
    for (const s of svcs) {
      if (!s.spec?.clusterIP || s.spec.clusterIP === 'None') continue;
      if ((store.creationRevision('Service', s.metadata.namespace, s.metadata.name) ?? 0) > asOf) continue;
      const base = s.metadata.name.toUpperCase().replace(/-/g, '_');
      const ports = (s.spec.ports ?? []) as Array<{ name?: string; port: number; protocol?: string }>;
      const first = ports[0];
      if (!first) continue;
      env.set(`${base}_SERVICE_HOST`, s.spec.clusterIP);
      env.set(`${base}_SERVICE_PORT`, String(first.port));
      for (const p of ports)
        if (p.name)
          env.set(`${base}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`, String(p.port));
      env.set(
        `${base}_PORT`,
        `${(first.protocol ?? 'TCP').toLowerCase()}://${s.spec.clusterIP}:${first.port}`,
      );
      for (const p of ports) {
        const proto = (p.protocol ?? 'TCP').toUpperCase();
        const k = `${base}_PORT_${p.port}_${proto}`;
        env.set(k, `${proto.toLowerCase()}://${s.spec.clusterIP}:${p.port}`);
        env.set(`${k}_PROTO`, proto.toLowerCase());
        env.set(`${k}_PORT`, String(p.port));
        env.set(`${k}_ADDR`, s.spec.clusterIP);
      }
    }
  }
  for (const src of (c.envFrom ?? []) as Array<{
    configMapRef?: { name: string };
    secretRef?: { name: string };
    prefix?: string;
  }>) {
    const obj = src.configMapRef
      ? store?.get('ConfigMap', pod.metadata.namespace, src.configMapRef.name)
      : src.secretRef
        ? store?.get('Secret', pod.metadata.namespace, src.secretRef.name)
        : undefined;
    for (const [k, v] of Object.entries((obj?.data ?? {}) as Record<string, string>))
      env.set(`${src.prefix ?? ''}${k}`, src.secretRef ? decodeB64(v) : v);
  }
  for (const e of (c.env ?? []) as Array<{
    name: string;
    value?: string;
    valueFrom?: Record<string, { name?: string; key?: string; fieldPath?: string }>;
  }>) {
    if (e.value !== undefined)
      env.set(
        e.name,
        e.value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, n: string) => env.get(n) ?? m),
      );
    else if (e.valueFrom?.configMapKeyRef)
      env.set(
        e.name,
        store?.get('ConfigMap', pod.metadata.namespace, e.valueFrom.configMapKeyRef.name ?? '')?.data?.[
          e.valueFrom.configMapKeyRef.key ?? ''
        ] ?? '',
      );
    else if (e.valueFrom?.secretKeyRef)
      env.set(
        e.name,
        decodeB64(
          store?.get('Secret', pod.metadata.namespace, e.valueFrom.secretKeyRef.name ?? '')?.data?.[
            e.valueFrom.secretKeyRef.key ?? ''
          ] ?? '',
        ),
      );
    else if (e.valueFrom?.fieldRef) env.set(e.name, fieldValue(pod, e.valueFrom.fieldRef.fieldPath ?? ''));
    else env.set(e.name, '');
  }
  env.set('HOME', '/root');
  return env;
}

function fieldValue(pod: KObject, path: string): string {
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata.uid ?? '';
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
    default:
      return '';
  }
}

export function decodeB64(v: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(v), (ch) => ch.charCodeAt(0)));
  } catch {
    return v;
  }
}

function sandboxFor(world: World, pod: KObject): Sandbox | undefined {
  return clusterOf(world)?.sandboxes.get(pod.metadata.uid as string);
}

export type ExecTarget =
  | { ok: true; over: Partial<ExecContext>; container: ContainerState }
  | { ok: false; error: string };

/** Where `kubectl exec POD [-c C] -- CMD` runs: the pod's network namespace and the container's filesystem. */
export function podExecContext(world: World, pod: KObject, containerName?: string): ExecTarget {
  const sb = sandboxFor(world, pod);
  const name = containerName ?? pod.spec?.containers?.[0]?.name;
  const c = sb?.containers.get(name);
  if (!sb || !c?.running) {
    if (
      containerName &&
      !(pod.spec?.containers ?? []).some((x: { name: string }) => x.name === containerName)
    ) {
      return { ok: false, error: `container ${containerName} is not valid for pod ${pod.metadata.name}` };
    }
    return { ok: false, error: 'unable to upgrade connection: container not found' };
  }
  const host: Host = getHost(world, sb.node);
  const ns = getNetns(world, sb.netns);
  const img = imageSpec(c.image);
  const fs = new FsView(c.fs, [
    { at: '/proc', provider: procfs(world, ns, host) },
    { at: '/sys/class/net', provider: sysfsNet(world, ns) },
  ]);
  return {
    ok: true,
    container: c,
    over: {
      host,
      ns,
      fs,
      env: containerEnv(world, pod, name, c.startRevision),
      cwd: '/',
      userland: {
        flavour: img.userland === 'busybox' ? 'busybox' : 'gnu',
        ...(img.commands ? { commands: new Set(img.commands) } : {}),
        image: c.image,
      },
      place: `pod ${pod.metadata.namespace}/${pod.metadata.name}`,
      hostname: pod.spec?.hostNetwork ? sb.node : String(pod.spec?.hostname ?? pod.metadata.name),
    },
  };
}

/** `kubectl logs`: what the container wrote. */
export function containerLogs(world: World, pod: KObject, containerName?: string, previous = false): string {
  const sb = sandboxFor(world, pod);
  const c = sb?.containers.get(containerName ?? pod.spec?.containers?.[0]?.name);
  if (!sb || !c) return '';
  if (previous) return (c.previousLogs ?? []).map((l) => `${l}\n`).join('');
  // a DNS server's query log (CoreDNS `log`) is part of its container's output
  const ns = world.netns.get(sb.netns);
  const dns = ns?.sockets.find((x) => x.pid === c.pid && x.app === 'coredns');
  const queries = ns && dns && c.running ? serverLog(world, serverKey(ns, dns)) : [];
  return [...c.logs, ...queries].map((l) => `${l}\n`).join('');
}

/**
 * A line written by an application running in a container (an access log,
 * a query log): found through the socket's `podUid`/`container` config that
 * kubelet sets. Applications outside pods (a node daemon) have no log here.
 */
export function appendContainerLog(
  world: World,
  socketConfig: Record<string, unknown> | undefined,
  line: string,
): void {
  const podUid = socketConfig?.podUid;
  const name = socketConfig?.container;
  if (typeof podUid !== 'string' || typeof name !== 'string') return;
  const c = clusterOf(world)?.sandboxes.get(podUid)?.containers.get(name);
  if (c && c.logs.length < 100_000) c.logs.push(line);
}
