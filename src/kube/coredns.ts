/**
 * CoreDNS containers: the Corefile comes from the `coredns` ConfigMap
 * (mounted at /etc/coredns/Corefile); the server listens on the ports its
 * server blocks name (plus health 8080, ready 8181, metrics 9153 when
 * those plugins are on); the loop plugin's start-up probe can kill it; and
 * with `reload` an edited ConfigMap takes effect once the kubelet has
 * synced the volume, with CoreDNS's own reload lines in its log.
 */
import { type CorednsConfig, corednsBuild } from '../engines/dns/apps.js';
import { corednsLoopCheck } from '../engines/dns/loop-check.js';
import { sha512Hex } from '../model/hash.js';
import type { Netns, Socket } from '../model/types.js';
import { getNetns } from '../model/world.js';
import type { ContainerState, Sandbox } from './cluster.js';
import { podResolvConf } from './runtime.js';
import type { KObject, KubeStore } from './store.js';

/** How long an edited ConfigMap takes to reach a running CoreDNS (kubelet volume sync, then the reload plugin's check). */
export const COREFILE_PROPAGATION_MS = 60_000;
const COREFILE_PATH = '/etc/coredns/Corefile';

interface CorednsRun {
  corefile: string;
  pending?: { text: string; since: number };
}

const runs = new WeakMap<ContainerState, CorednsRun>();

export function isCorednsImage(image: string): boolean {
  return /(^|\/)coredns(:|$)/.test(image);
}

function corefileOf(store: KubeStore, pod: KObject): string | null {
  const vol = ((pod.spec?.volumes ?? []) as Array<{ configMap?: { name: string } }>).find((v) => v.configMap);
  const cm = store.get('ConfigMap', pod.metadata.namespace, vol?.configMap?.name ?? 'coredns');
  const text = cm?.data?.Corefile;
  return typeof text === 'string' ? text : null;
}

function sockets(
  c: ContainerState,
  sb: Sandbox,
  cfg: CorednsConfig,
  ports: number[],
  plugins: Set<string>,
): Socket[] {
  const base = { addr: 0, pid: c.pid, process: 'coredns', listen: true, v6: true } as const;
  const tag = { podUid: sb.podUid, container: c.name };
  const out: Socket[] = [];
  for (const port of ports) {
    out.push({
      ...base,
      proto: 'udp',
      port,
      app: 'coredns',
      config: cfg as unknown as Record<string, unknown>,
    });
    out.push({
      ...base,
      proto: 'tcp',
      port,
      app: 'coredns',
      config: cfg as unknown as Record<string, unknown>,
    });
  }
  if (plugins.has('health'))
    out.push({ ...base, proto: 'tcp', port: 8080, app: 'http', config: { body: 'OK', ...tag } });
  if (plugins.has('ready'))
    out.push({ ...base, proto: 'tcp', port: 8181, app: 'http', config: { body: 'OK', ...tag } });
  if (plugins.has('prometheus'))
    out.push({
      ...base,
      proto: 'tcp',
      port: 9153,
      app: 'http',
      config: { body: '# HELP coredns_build_info\n', ...tag },
    });
  return out;
}

function configFor(store: KubeStore, pod: KObject, corefile: string): CorednsConfig {
  return { corefile, file: COREFILE_PATH, files: { '/etc/resolv.conf': podResolvConf(store.world, pod) } };
}

function listen(ns: Netns, c: ContainerState, sb: Sandbox, cfg: CorednsConfig): string | null {
  const b = corednsBuild(cfg);
  if (!b.ok) return b.error;
  const ports = [...new Set(b.blocks.map((x) => x.port))];
  const plugins = new Set(b.blocks.flatMap((x) => x.chain.map((p) => p.name)));
  ns.sockets = ns.sockets.filter((s) => s.pid !== c.pid);
  ns.sockets.push(...sockets(c, sb, cfg, ports, plugins));
  return null;
}

function banner(cfg: CorednsConfig): string[] {
  const b = corednsBuild(cfg);
  const keys = b.ok ? [...new Set(b.blocks.flatMap((x) => x.zones.map((z) => `${z}:${x.port}`)))] : [];
  return [
    ...keys,
    `[INFO] plugin/reload: Running configuration SHA512 = ${sha512Hex(cfg.corefile)}`,
    'CoreDNS-1.11.3',
    'linux/amd64, go1.21.11, a6338e9',
  ];
}

/** Start a CoreDNS container: the crash (exit code and log lines) when it cannot run, else null. */
export function startCoredns(
  store: KubeStore,
  sb: Sandbox,
  pod: KObject,
  c: ContainerState,
): { exitCode: number; logs: string[] } | null {
  const world = store.world;
  const corefile = corefileOf(store, pod);
  if (corefile === null) return { exitCode: 1, logs: [`open ${COREFILE_PATH}: no such file or directory`] };
  const cfg = configFor(store, pod, corefile);
  const ns = getNetns(world, sb.netns);
  const err = listen(ns, c, sb, cfg);
  if (err) return { exitCode: 1, logs: [err] };
  c.logs.push(...banner(cfg));
  runs.set(c, { corefile });
  for (const s of ns.sockets) {
    if (s.pid !== c.pid || s.app !== 'coredns' || s.proto !== 'udp') continue;
    const fatal = corednsLoopCheck(world, ns, s);
    if (fatal) {
      ns.sockets = ns.sockets.filter((x) => x.pid !== c.pid);
      return { exitCode: 1, logs: [fatal] };
    }
  }
  return null;
}

/** A running CoreDNS notices an edited Corefile (when its own Corefile has `reload`). */
export function advanceCoredns(store: KubeStore, sb: Sandbox, pod: KObject, c: ContainerState): void {
  const run = runs.get(c);
  if (!run || !c.running) return;
  const now = store.world.clock.now;
  const text = corefileOf(store, pod);
  if (text === null || text === run.corefile) {
    delete run.pending;
    return;
  }
  if (run.pending?.text !== text) run.pending = { text, since: now };
  if (now < run.pending.since + COREFILE_PROPAGATION_MS) return;
  const current = corednsBuild(configFor(store, pod, run.corefile));
  if (!current.ok || !current.blocks.some((b) => b.chain.some((p) => p.name === 'reload'))) return;
  delete run.pending;
  const cfg = configFor(store, pod, text);
  const b = corednsBuild(cfg);
  if (!b.ok) {
    c.logs.push(`[ERROR] Restart failed: ${b.error}`);
    run.corefile = text;
    return;
  }
  c.logs.push('[INFO] Reloading');
  listen(getNetns(store.world, sb.netns), c, sb, cfg);
  run.corefile = text;
  c.logs.push(
    `[INFO] plugin/reload: Running configuration SHA512 = ${sha512Hex(text)}`,
    '[INFO] Reloading complete',
  );
}
