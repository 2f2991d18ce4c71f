/**
 * What a node daemon does with its command line when systemd starts it:
 * kubelet 1.32 parses its flags (unknown ones end it: `failed to parse
 * kubelet flag: unknown flag: --x`, logged by component-base's run.go as
 * `"command failed"`), loads its --config file, the client CA file that
 * config names and its kubeconfig (or bootstrap kubeconfig), and exits 1
 * when one of them fails, which systemd restarts every RestartSec. A
 * kubelet that starts but whose kubeconfig points at no API server keeps
 * running without registering or posting status.
 */
import { parse } from 'yaml';
import type { Host, World } from '../model/types.js';
import { FsView } from '../model/vfs.js';
import { clusterOf } from './cluster.js';

/** kube-apiserver's --secure-port on a kubeadm control plane. */
const API_PORT = 6443;

export type StartCheck = { ok: true; logs: string[] } | { ok: false; status: number; logs: string[] };

const two = (n: number) => String(n).padStart(2, '0');

/** A klog line: `L1121 09:00:00.123456     110 file.go:N] msg`. */
export function klogLine(
  level: 'I' | 'E' | 'W',
  t: number,
  pid: number,
  seq: number,
  where: string,
  msg: string,
): string {
  const d = new Date(t);
  const micros = String(((pid * 7919) % 400_000) + seq * 41_203).padStart(6, '0');
  const stamp = `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros}`;
  return `${level}${stamp} ${String(pid).padStart(7, ' ')} ${where}] ${msg}`;
}

/** klog's quoting of a structured value (strconv.Quote). */
function q(s: string): string {
  return JSON.stringify(s);
}

/** kubelet 1.32's flags: true when the flag takes a value. */
const KUBELET_FLAGS: Record<string, boolean> = {
  'add-dir-header': false,
  address: true,
  'allowed-unsafe-sysctls': true,
  alsologtostderr: false,
  'anonymous-auth': false,
  'authentication-token-webhook': false,
  'authentication-token-webhook-cache-ttl': true,
  'authorization-mode': true,
  'authorization-webhook-cache-authorized-ttl': true,
  'authorization-webhook-cache-unauthorized-ttl': true,
  'boot-id-file': true,
  'bootstrap-kubeconfig': true,
  'cert-dir': true,
  'cgroup-driver': true,
  'cgroup-root': true,
  'cgroups-per-qos': false,
  'client-ca-file': true,
  'cloud-config': true,
  'cloud-provider': true,
  'cluster-dns': true,
  'cluster-domain': true,
  config: true,
  'config-dir': true,
  'container-log-max-files': true,
  'container-log-max-size': true,
  'container-runtime-endpoint': true,
  'contention-profiling': false,
  'cpu-cfs-quota': false,
  'cpu-cfs-quota-period': true,
  'cpu-manager-policy': true,
  'cpu-manager-policy-options': true,
  'cpu-manager-reconcile-period': true,
  'enable-controller-attach-detach': false,
  'enable-debugging-handlers': false,
  'enable-server': false,
  'enforce-node-allocatable': true,
  'event-burst': true,
  'event-qps': true,
  'eviction-hard': true,
  'eviction-max-pod-grace-period': true,
  'eviction-minimum-reclaim': true,
  'eviction-pressure-transition-period': true,
  'eviction-soft': true,
  'eviction-soft-grace-period': true,
  'exit-on-lock-contention': false,
  'experimental-allocatable-ignore-eviction': false,
  'experimental-mounter-path': true,
  'fail-swap-on': false,
  'feature-gates': true,
  'file-check-frequency': true,
  'hairpin-mode': true,
  'healthz-bind-address': true,
  'healthz-port': true,
  help: false,
  'hostname-override': true,
  'http-check-frequency': true,
  'image-credential-provider-bin-dir': true,
  'image-credential-provider-config': true,
  'image-gc-high-threshold': true,
  'image-gc-low-threshold': true,
  'image-service-endpoint': true,
  'kernel-memcg-notification': false,
  'kube-api-burst': true,
  'kube-api-content-type': true,
  'kube-api-qps': true,
  'kube-reserved': true,
  'kube-reserved-cgroup': true,
  kubeconfig: true,
  'kubelet-cgroups': true,
  'local-storage-capacity-isolation': false,
  'lock-file': true,
  'log-backtrace-at': true,
  'log-dir': true,
  'log-file': true,
  'log-file-max-size': true,
  'log-flush-frequency': true,
  'log-json-info-buffer-size': true,
  'log-json-split-stream': false,
  'log-text-info-buffer-size': true,
  'log-text-split-stream': false,
  'logging-format': true,
  logtostderr: false,
  'make-iptables-util-chains': false,
  'manifest-url': true,
  'manifest-url-header': true,
  'max-open-files': true,
  'max-pods': true,
  'maximum-dead-containers': true,
  'maximum-dead-containers-per-container': true,
  'memory-manager-policy': true,
  'minimum-container-ttl-duration': true,
  'minimum-image-ttl-duration': true,
  'node-ip': true,
  'node-labels': true,
  'node-status-max-images': true,
  'node-status-update-frequency': true,
  'oom-score-adj': true,
  'one-output': false,
  'pod-cidr': true,
  'pod-infra-container-image': true,
  'pod-manifest-path': true,
  'pod-max-pids': true,
  'pods-per-core': true,
  port: true,
  'protect-kernel-defaults': false,
  'provider-id': true,
  'qos-reserved': true,
  'read-only-port': true,
  'register-node': false,
  'register-schedulable': false,
  'register-with-taints': true,
  'registry-burst': true,
  'registry-qps': true,
  'reserved-cpus': true,
  'reserved-memory': true,
  'resolv-conf': true,
  'root-dir': true,
  'rotate-certificates': false,
  'rotate-server-certificates': false,
  runonce: false,
  'runtime-cgroups': true,
  'runtime-request-timeout': true,
  'seccomp-default': false,
  'serialize-image-pulls': false,
  'skip-headers': false,
  'skip-log-headers': false,
  stderrthreshold: true,
  'storage-driver-buffer-duration': true,
  'storage-driver-db': true,
  'storage-driver-host': true,
  'storage-driver-password': true,
  'storage-driver-secure': false,
  'storage-driver-table': true,
  'storage-driver-user': true,
  'streaming-connection-idle-timeout': true,
  'sync-frequency': true,
  'system-cgroups': true,
  'system-reserved': true,
  'system-reserved-cgroup': true,
  'tls-cert-file': true,
  'tls-cipher-suites': true,
  'tls-min-version': true,
  'tls-private-key-file': true,
  'topology-manager-policy': true,
  'topology-manager-policy-options': true,
  'topology-manager-scope': true,
  v: true,
  version: true,
  vmodule: true,
  'volume-plugin-dir': true,
  'volume-stats-agg-period': true,
};

const VIA_CONFIG =
  "This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.";

/** Deprecated flags kubeadm nodes pass, with the warning pflag prints when one is set. */
const DEPRECATED: Record<string, string> = {
  'container-runtime-endpoint': VIA_CONFIG,
  'pod-infra-container-image':
    'will be removed in 1.35. Image garbage collector will get sandbox image information from CRI.',
  'cgroup-driver': VIA_CONFIG,
  'client-ca-file': VIA_CONFIG,
  'cluster-dns': VIA_CONFIG,
  'cluster-domain': VIA_CONFIG,
  'fail-swap-on': VIA_CONFIG,
  'max-pods': VIA_CONFIG,
  'resolv-conf': VIA_CONFIG,
  'pod-manifest-path': VIA_CONFIG,
  'read-only-port': VIA_CONFIG,
  address: VIA_CONFIG,
  port: VIA_CONFIG,
};

interface ParsedFlags {
  values: Map<string, string>;
  warnings: string[];
  error?: string;
}

/** pflag over kubelet's flag set (flag names normalise `_` to `-`). */
function parseKubeletFlags(args: readonly string[]): ParsedFlags {
  const values = new Map<string, string>();
  const warnings: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') return { values, warnings, error: `unknown command ${a}` };
    const long = a.startsWith('--');
    const body = a.slice(long ? 2 : 1);
    const eq = body.indexOf('=');
    const rawName = eq < 0 ? body : body.slice(0, eq);
    const name = rawName.replace(/_/g, '-');
    if (!long && name !== 'v' && name !== 'h')
      return { values, warnings, error: `unknown shorthand flag: '${name[0] ?? ''}' in ${a}` };
    const flag = name === 'h' ? 'help' : name;
    const takesValue = KUBELET_FLAGS[flag];
    if (takesValue === undefined) return { values, warnings, error: `unknown flag: --${rawName}` };
    let value = eq < 0 ? undefined : body.slice(eq + 1);
    if (value === undefined && takesValue) {
      if (i + 1 >= args.length) return { values, warnings, error: `flag needs an argument: ${a}` };
      value = args[++i] as string;
    }
    values.set(flag, value ?? 'true');
    const dep = DEPRECATED[flag];
    if (dep) warnings.push(`Flag --${flag} has been deprecated, ${dep}`);
  }
  return { values, warnings };
}

function fileError(fs: FsView, path: string): string | null {
  const st = fs.stat(path);
  if (!st) return `open ${path}: no such file or directory`;
  if (st.kind === 'dir') return `read ${path}: is a directory`;
  return null;
}

/** The kubelet of 1.32 starting with `argv` on `host` at `t` as process `pid`. */
export function checkKubeletStart(host: Host, argv: readonly string[], t: number, pid: number): StartCheck {
  const fs = new FsView(host.fs);
  const f = parseKubeletFlags(argv.slice(1));
  const logs = [...f.warnings];
  let seq = 1;
  const fail = (err: string): StartCheck => {
    logs.push(klogLine('E', t, pid, seq++, 'run.go:72', `"command failed" err=${q(err)}`));
    return { ok: false, status: 1, logs };
  };
  if (f.error) return fail(`failed to parse kubelet flag: ${f.error}`);
  const configPath = f.values.get('config');
  let config: Record<string, unknown> = {};
  if (configPath) {
    const bad = fileError(fs, configPath);
    if (bad)
      return fail(
        `failed to load kubelet config file, path: ${configPath}, error: failed to load Kubelet config file ${configPath}, error failed to read kubelet config file ${q(configPath)}, error: ${bad}`,
      );
    try {
      const doc = parse(fs.readFile(configPath));
      if (doc && typeof doc === 'object') config = doc as Record<string, unknown>;
    } catch (e) {
      return fail(
        `failed to load kubelet config file, path: ${configPath}, error: failed to load Kubelet config file ${configPath}, error failed to decode: ${(e as Error).message.split('\n')[0]}`,
      );
    }
  }
  logs.push(klogLine('I', t, pid, seq++, 'server.go:520', '"Kubelet version" kubeletVersion="v1.32.0"'));
  logs.push(
    klogLine('I', t, pid, seq++, 'server.go:522', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'),
  );
  const kubeconfig = f.values.get('kubeconfig');
  const bootstrap = f.values.get('bootstrap-kubeconfig');
  if (kubeconfig && fileError(fs, kubeconfig)) {
    if (!bootstrap || fileError(fs, bootstrap))
      return fail(
        `failed to run Kubelet: unable to load bootstrap kubeconfig: stat ${bootstrap ?? ''}: no such file or directory`,
      );
  }
  if (kubeconfig)
    logs.push(
      klogLine('I', t, pid, seq++, 'server.go:954', '"Client rotation is on, will bootstrap in background"'),
    );
  const x509 = ((config.authentication as Record<string, unknown> | undefined)?.x509 ?? {}) as Record<
    string,
    unknown
  >;
  const ca =
    (typeof x509.clientCAFile === 'string' ? x509.clientCAFile : undefined) ?? f.values.get('client-ca-file');
  if (ca) {
    const bad = fileError(fs, ca);
    if (bad)
      return fail(`failed to construct kubelet dependencies: unable to load client CA file ${ca}: ${bad}`);
  }
  return { ok: true, logs };
}

/** The API server a running kubelet talks to: its kubeconfig's cluster server. */
export function kubeletServer(host: Host, command: string): { host: string; port: number } | null {
  const m = / --kubeconfig(?:=|\s+)(\S+)/.exec(` ${command}`);
  if (!m) return null;
  let text: string;
  try {
    text = new FsView(host.fs).readFile(m[1] as string);
  } catch {
    return null;
  }
  const s = /^\s*server:\s*["']?https?:\/\/(\[[^\]]+\]|[^:/\s"']+)(?::(\d+))?/m.exec(text);
  if (!s) return null;
  return { host: (s[1] as string).replace(/^\[|\]$/g, ''), port: s[2] ? Number(s[2]) : 443 };
}

/** The error a kubelet logs when it cannot register with that server, or null when it can. */
export function apiUnreachable(
  world: World,
  from: Host,
  server: { host: string; port: number },
): string | null {
  const fs = new FsView(from.fs);
  let ip = server.host;
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) {
    const hosts = (() => {
      try {
        return fs.readFile('/etc/hosts');
      } catch {
        return '';
      }
    })();
    const hit = hosts
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
      .find((w) => w.slice(1).includes(server.host));
    if (!hit?.[0]) return `dial tcp: lookup ${server.host} on 127.0.0.53:53: server misbehaving`;
    ip = hit[0];
  }
  const url = `https://${ip}:${server.port}`;
  // the control plane's advertised endpoints (whether the API server is up is the control plane's own story)
  const cluster = clusterOf(world);
  if (cluster?.config.nodes.some((n) => n.controlPlane && n.ip === ip) && server.port === API_PORT)
    return null;
  const known = [...world.hosts.values()].some((h) =>
    [...world.links.values()].some(
      (l) => l.netns === h.rootNetns && l.addrs4.some((a) => formatIp(a.addr) === ip),
    ),
  );
  return known
    ? `Post ${q(`${url}/api/v1/nodes`)}: dial tcp ${ip}:${server.port}: connect: connection refused`
    : `Post ${q(`${url}/api/v1/nodes`)}: dial tcp ${ip}:${server.port}: i/o timeout`;
}

function formatIp(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}
