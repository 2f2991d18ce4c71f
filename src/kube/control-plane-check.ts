/**
 * What happens when a control-plane component starts from its static pod
 * manifest — the troubleshooting labs' favourite failures: a misspelt
 * binary (the container never starts), an unknown flag, a file flag whose
 * path is not in a mounted volume or not on the node, an API server that
 * cannot reach etcd. Each gives the component's real kind of error and
 * exit code; kubelet then restarts it with back-off.
 */
import { parseIPv4 } from '../model/inet.js';
import { FsView } from '../model/vfs.js';
import { getNetns } from '../model/world.js';
import type { Sandbox } from './cluster.js';
import type { KObject, KubeStore } from './store.js';

export interface StartFailure {
  exitCode: number;
  /** containerd's StartError message when the process could not even start. */
  startError?: string;
  logs: string[];
}

const COMMON = [
  'v',
  'vmodule',
  'logtostderr',
  'alsologtostderr',
  'log-dir',
  'log-file',
  'feature-gates',
  'profiling',
  'kubeconfig',
  'master',
  'bind-address',
  'secure-port',
  'leader-elect',
  'authentication-kubeconfig',
  'authorization-kubeconfig',
  'tls-cert-file',
  'tls-private-key-file',
  'client-ca-file',
  'requestheader-client-ca-file',
  'config',
];

const FLAGS: Record<string, string[]> = {
  'kube-apiserver': [
    'advertise-address',
    'allow-privileged',
    'anonymous-auth',
    'audit-log-path',
    'audit-log-maxage',
    'audit-log-maxbackup',
    'audit-log-maxsize',
    'audit-policy-file',
    'authorization-mode',
    'enable-admission-plugins',
    'disable-admission-plugins',
    'enable-bootstrap-token-auth',
    'encryption-provider-config',
    'etcd-cafile',
    'etcd-certfile',
    'etcd-keyfile',
    'etcd-servers',
    'kubelet-client-certificate',
    'kubelet-client-key',
    'kubelet-preferred-address-types',
    'kubelet-certificate-authority',
    'proxy-client-cert-file',
    'proxy-client-key-file',
    'requestheader-allowed-names',
    'requestheader-extra-headers-prefix',
    'requestheader-group-headers',
    'requestheader-username-headers',
    'runtime-config',
    'service-account-issuer',
    'service-account-key-file',
    'service-account-signing-key-file',
    'service-cluster-ip-range',
    'service-node-port-range',
    'token-auth-file',
    'enable-aggregator-routing',
    'oidc-issuer-url',
    'oidc-client-id',
  ],
  'kube-controller-manager': [
    'allocate-node-cidrs',
    'cluster-cidr',
    'cluster-name',
    'cluster-signing-cert-file',
    'cluster-signing-key-file',
    'controllers',
    'node-cidr-mask-size',
    'root-ca-file',
    'service-account-private-key-file',
    'service-cluster-ip-range',
    'use-service-account-credentials',
    'node-monitor-grace-period',
    'pod-eviction-timeout',
    'terminated-pod-gc-threshold',
  ],
  'kube-scheduler': ['policy-config-file', 'scheduler-name'],
  etcd: [
    'advertise-client-urls',
    'cert-file',
    'client-cert-auth',
    'data-dir',
    'experimental-initial-corrupt-check',
    'experimental-watch-progress-notify-interval',
    'initial-advertise-peer-urls',
    'initial-cluster',
    'initial-cluster-state',
    'initial-cluster-token',
    'key-file',
    'listen-client-urls',
    'listen-metrics-urls',
    'listen-peer-urls',
    'name',
    'peer-cert-file',
    'peer-client-cert-auth',
    'peer-key-file',
    'peer-trusted-ca-file',
    'snapshot-count',
    'trusted-ca-file',
  ],
};

/** Flags whose value is a path the component opens at start. */
const FILE_FLAG = /(^|-)(file|kubeconfig|cafile|certfile|keyfile|certificate|key|config)$|^(data-dir)$/;

interface Mount {
  mountPath: string;
  name: string;
}

function klog(now: number, level: 'E' | 'F' | 'W' | 'I', where: string, msg: string): string {
  const d = new Date(now);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const stamp = `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000`;
  return `${level}${stamp}       1 ${where}] ${msg}`;
}

/** The node path behind a container path, through the pod's hostPath volumes; null when no volume covers it. */
function nodePath(pod: KObject, container: { volumeMounts?: Mount[] }, path: string): string | null {
  const vols = (pod.spec?.volumes ?? []) as Array<{ name: string; hostPath?: { path: string } }>;
  let best: { mount: Mount; host: string } | null = null;
  for (const m of container.volumeMounts ?? []) {
    const mp = m.mountPath.replace(/\/$/, '');
    if (path !== mp && !path.startsWith(`${mp}/`)) continue;
    const v = vols.find((x) => x.name === m.name);
    if (!v?.hostPath) continue;
    if (!best || mp.length > best.mount.mountPath.length)
      best = { mount: m, host: v.hostPath.path.replace(/\/$/, '') };
  }
  if (!best) return null;
  return best.host + path.slice(best.mount.mountPath.replace(/\/$/, '').length);
}

function listening(store: KubeStore, sb: Sandbox, url: string): boolean {
  const m = /^https?:\/\/([^:/]+):(\d+)/.exec(url);
  if (!m) return false;
  const ip = parseIPv4(m[1] as string);
  const port = Number(m[2]);
  const ns = getNetns(store.world, sb.netns);
  // the peer port answers TLS too, but not as a client endpoint: the API server's handshake fails there
  return ns.sockets.some(
    (s) =>
      s.proto === 'tcp' && s.port === port && s.config?.etcd === 'client' && (s.addr === 0 || s.addr === ip),
  );
}

/** Check a control-plane container before kubelet starts it; null when it starts fine. */
export function checkControlPlaneStart(
  store: KubeStore,
  sb: Sandbox,
  pod: KObject,
  spec: { name: string; image: string; command?: string[]; args?: string[]; volumeMounts?: Mount[] },
): StartFailure | null {
  const component = pod.metadata.labels?.component as string | undefined;
  if (!component || !(component in FLAGS) || !pod.spec?.hostNetwork) return null;
  const now = store.world.clock.now;
  const argv = [...(spec.command ?? []), ...(spec.args ?? [])];
  const bin = argv[0] ?? '';
  if (bin.replace(/^.*\//, '') !== component) {
    return {
      exitCode: 128,
      startError: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${bin}": executable file not found in $PATH: unknown`,
      logs: [],
    };
  }
  const known = new Set([...COMMON, ...(FLAGS[component] ?? [])]);
  const host = store.world.hosts.get(sb.node);
  const fs = host ? new FsView(host.fs) : null;
  for (const a of argv.slice(1)) {
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) continue;
    const flag = m[1] as string;
    if (!known.has(flag)) {
      if (component === 'etcd')
        return {
          exitCode: 2,
          logs: [`flag provided but not defined: -${flag}`, `Usage:`, '', '  etcd [flags]'],
        };
      return { exitCode: 1, logs: [`Error: unknown flag: --${flag}`] };
    }
    const value = m[2] ?? '';
    if (!FILE_FLAG.test(flag) || !value.startsWith('/')) continue;
    const onNode = nodePath(pod, spec, value);
    const exists = onNode !== null && !!fs?.exists(onNode);
    if (exists) continue;
    if (component === 'etcd') {
      if (flag === 'data-dir') continue; // etcd creates its data directory
      return {
        exitCode: 1,
        logs: [
          `{"level":"fatal","ts":"${new Date(now).toISOString()}","caller":"etcdmain/etcd.go:204","msg":"discovery failed","error":"open ${value}: no such file or directory"}`,
        ],
      };
    }
    const err =
      flag === 'client-ca-file' || flag === 'requestheader-client-ca-file'
        ? `unable to load client CA provider: open ${value}: no such file or directory`
        : flag.endsWith('kubeconfig')
          ? `stat ${value}: no such file or directory`
          : `open ${value}: no such file or directory`;
    return { exitCode: 1, logs: [klog(now, 'E', 'run.go:72', `"command failed" err="${err}"`)] };
  }
  if (component === 'kube-apiserver') {
    const servers = argv.find((a) => a.startsWith('--etcd-servers='))?.slice('--etcd-servers='.length) ?? '';
    const urls = servers.split(',').filter(Boolean);
    if (!urls.some((u) => listening(store, sb, u))) {
      const addr = (urls[0] ?? '').replace(/^https?:\/\//, '');
      return {
        exitCode: 1,
        logs: [
          klog(
            now,
            'I',
            'options.go:238',
            'external host was not specified, using ' + (pod.status?.hostIP ?? ''),
          ),
          klog(
            now + 1000,
            'W',
            'logging.go:55',
            `[core] [Channel #1 SubChannel #2]grpc: addrConn.createTransport failed to connect to {Addr: "${addr}", ServerName: "${addr.replace(/:\d+$/, '')}", }. Err: connection error: desc = "transport: Error while dialing: dial tcp ${addr}: connect: connection refused"`,
          ),
          klog(
            now + 20000,
            'F',
            'instance.go:226',
            'Error creating leases: error creating storage factory: context deadline exceeded',
          ),
        ],
      };
    }
  }
  return null;
}
