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
import { DEPRECATED, KUBELET_FLAGS } from './kubelet-flags.js';

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

/** What a daemon writes to the journal once it runs (kubelet: after its start checks' lines). */
export function runningLog(
  world: World,
  host: Host,
  unit: string,
  command: string,
  pid: number,
  t: number,
  atBoot = false,
): string[] {
  if (unit === 'kubelet') {
    const lines = [
      klogLine('I', t, pid, 4, 'kubelet.go:2424', '"Starting kubelet main sync loop"'),
      klogLine(
        'I',
        t,
        pid,
        5,
        'kubelet_node_status.go:75',
        `"Attempting to register node" node="${host.name}"`,
      ),
    ];
    // at boot the node registered once the control plane came up
    const server = atBoot ? null : kubeletServer(host, command);
    const err = server ? apiUnreachable(world, host, server) : null;
    lines.push(
      err
        ? klogLine(
            'E',
            t,
            pid,
            6,
            'kubelet_node_status.go:107',
            `"Unable to register node with API server" err=${q(err)} node="${host.name}"`,
          )
        : klogLine(
            'I',
            t,
            pid,
            6,
            'kubelet_node_status.go:78',
            `"Successfully registered node" node="${host.name}"`,
          ),
    );
    return lines;
  }
  if (unit === 'containerd') {
    const d = new Date(t).toISOString().replace('Z', '');
    return [
      `time="${d}000000Z" level=info msg="starting containerd" revision=88bf19b2105c8b17560993bee28a01ddc2f97182 version=1.7.24`,
      `time="${d}000000Z" level=info msg="serving..." address=/run/containerd/containerd.sock`,
      `time="${d}000000Z" level=info msg="containerd successfully booted in 0.052113s"`,
    ];
  }
  return [];
}
