/**
 * The processes a program sees, as /proc would show them: on a host, every
 * live process of the host (containers included: they share the node's PID
 * namespace) plus the user's login shell and the program itself; inside a
 * pod, only that container's processes with its main process as PID 1.
 * Rows carry what ps, pgrep, pidof and top print, computed from the world:
 * start times from the clock, CPU time and memory from program-stats.
 */

import { type ContainerState, clusterOf, type Sandbox } from '../../kube/cluster.js';
import { imageSpec } from '../../kube/images.js';
import type { Host, Process, World } from '../../model/types.js';
import { liveProcesses } from '../../model/world.js';
import { waitingStages } from '../../shell/pipeline-peers.js';
import type { ExecContext } from '../../shell/types.js';
import { busyboxStats, NODE_MEM_TOTAL_KB, programStats } from './program-stats.js';

/** $$ of the user's login shell (the interpreter answers 4242). */
export const LOGIN_SHELL_PID = 4242;
const SSHD_SESSION_PID = 4231;

export interface ProcRow {
  pid: number;
  ppid: number;
  uid: number;
  /** User name from the viewer's passwd, or the uid as text. */
  user: string;
  /** Kernel command name (15 characters at most). */
  comm: string;
  /** The full command line. */
  args: string;
  /** argv[0] (pidof and BusyBox pgrep match it). */
  argv0: string;
  /** '?' or 'pts/0'. */
  tty: string;
  state: 'R' | 'S';
  sessionLeader: boolean;
  foreground: boolean;
  threads: number;
  startMs: number;
  /** CPU time in clock ticks (USER_HZ 100). */
  cpuTicks: number;
  vszKb: number;
  rssKb: number;
  wchan: string;
  /** The process in the world (absent for the program itself and the login session). */
  proc?: Process;
  self: boolean;
}

export interface ProcView {
  rows: ProcRow[];
  self: ProcRow;
  nowMs: number;
  bootMs: number;
  memTotalKb: number;
  /** Width of PID columns (digits of pid_max - 1, at least 5). */
  pidDigits: number;
  /** Inside a container's PID namespace. */
  inPod: boolean;
  /** The host the processes run on. */
  host: Host;
}

/** Users of an Ubuntu node (/etc/passwd), and of a Debian host. */
const NODE_USERS: ReadonlyArray<readonly [number, string]> = [
  [0, 'root'],
  [1, 'daemon'],
  [100, 'systemd-network'],
  [101, 'systemd-resolve'],
  [102, 'messagebus'],
  [103, 'systemd-timesync'],
  [104, 'syslog'],
  [65534, 'nobody'],
];

const CONTAINER_USERS: ReadonlyArray<readonly [number, string]> = [
  [0, 'root'],
  [1, 'daemon'],
  [65534, 'nobody'],
];

export function uidOf(user: string): number {
  if (/^\d+$/.test(user)) return Number(user);
  for (const [uid, name] of NODE_USERS) if (name === user) return uid;
  return 1000;
}

function userName(uid: number, users: ReadonlyArray<readonly [number, string]>, host: Host): string {
  for (const [u, name] of users) if (u === uid) return name;
  if (uid === 1000 && host.user !== 'root') return host.user;
  return String(uid);
}

/** The kernel's comm: the executable's base name, 15 characters. */
export function commOf(command: string): string {
  const first = command.trim().split(/\s+/)[0] ?? '';
  let name: string;
  if (first === '/sbin/init' || first === '/lib/systemd/systemd') name = 'systemd';
  else if (first.startsWith('-')) name = first.slice(1);
  else name = first.replace(/:$/, '').split('/').pop() ?? first;
  return name.slice(0, 15);
}

function argv0Of(command: string): string {
  return command.trim().split(/\s+/)[0] ?? '';
}

interface SessionState {
  start: number;
}

function sessionOf(world: World, host: Host): SessionState {
  const all = (world.ext.procSessions ??= Object.create(null)) as Record<string, SessionState>;
  all[host.name] ??= { start: world.clock.now };
  return all[host.name] as SessionState;
}

/** A pid for a program the user runs now (above the login shell's). */
export function allocPid(host: Host): number {
  if (host.nextPid <= LOGIN_SHELL_PID) host.nextPid = LOGIN_SHELL_PID + 1;
  return host.nextPid++;
}

function cpuTicks(stats: { cpuPercent: number }, startMs: number, nowMs: number): number {
  const elapsed = Math.max(0, Math.floor((nowMs - startMs) / 1000));
  return Math.floor(elapsed * stats.cpuPercent);
}

export function bootTime(host: Host): number {
  return host.processes.find((p) => p.pid === 1)?.start ?? 0;
}

/** Which container of which sandbox a process is the main process of, by host pid. */
export function containerIndex(
  world: World,
  hostName: string,
): Map<number, { sb: Sandbox; c: ContainerState }> {
  const out = new Map<number, { sb: Sandbox; c: ContainerState }>();
  for (const sb of clusterOf(world)?.sandboxes.values() ?? [])
    if (sb.node === hostName)
      for (const c of sb.containers.values()) if (c.running) out.set(c.pid, { sb, c });
  return out;
}

function pidDigitsOf(world: World, host: Host): number {
  const ns = world.netns.get(host.rootNetns);
  const set = ns?.sysctl.get('kernel.pid_max');
  const raw = Number(set ?? world.profile.bootSysctl['kernel.pid_max'] ?? 32768);
  if (!Number.isFinite(raw) || raw < 42) return 5;
  return Math.max(5, String(raw - 1).length);
}

/** The pod and container a context runs in (kubectl exec, crictl exec), if any. */
export function podOfContext(ctx: ExecContext): { sb: Sandbox; c: ContainerState } | undefined {
  const m = /^pod ([^/]+)\/(.+)$/.exec(ctx.place);
  if (!m) return undefined;
  const cluster = clusterOf(ctx.world);
  for (const sb of cluster?.sandboxes.values() ?? []) {
    if (sb.namespace !== m[1] || sb.name !== m[2]) continue;
    const cs = [...sb.containers.values()];
    const c = cs.find((x) => x.fs === ctx.fs.base) ?? cs[0];
    if (c) return { sb, c };
  }
  return undefined;
}

function row(
  p: Process,
  over: Partial<ProcRow>,
  host: Host,
  nowMs: number,
  users: ReadonlyArray<readonly [number, string]>,
  busybox = false,
): ProcRow {
  const comm = commOf(p.command);
  // in a BusyBox image every program is the one small busybox binary
  const stats = busybox && programStats(comm).vszKb < 20_000 ? busyboxStats() : programStats(comm);
  const start = p.start ?? bootTime(host);
  const uid = uidOf(p.user);
  return {
    pid: p.pid,
    ppid: p.ppid,
    uid,
    user: userName(uid, users, host),
    comm,
    args: p.command,
    argv0: argv0Of(p.command),
    tty: '?',
    state: 'S',
    sessionLeader: true,
    foreground: false,
    threads: stats.threads,
    startMs: start,
    cpuTicks: cpuTicks(stats, start, nowMs),
    vszKb: stats.vszKb,
    rssKb: stats.rssKb,
    wchan: stats.wchan,
    proc: p,
    self: false,
    ...over,
  };
}

function selfRow(
  pid: number,
  ppid: number,
  argv: string[],
  tty: string,
  nowMs: number,
  busybox: boolean,
  uid = 0,
  user = 'root',
): ProcRow {
  const command = argv.join(' ');
  const comm = commOf(command);
  const stats = busybox ? busyboxStats() : programStats(comm);
  return {
    pid,
    ppid,
    uid,
    user,
    comm,
    args: command,
    argv0: argv[0] ?? '',
    tty,
    state: 'R',
    sessionLeader: false,
    foreground: tty !== '?',
    threads: 1,
    startMs: nowMs,
    cpuTicks: 0,
    vszKb: stats.vszKb,
    rssKb: stats.rssKb,
    wchan: '-',
    self: true,
  };
}

/** The process table as seen from `ctx`, with `argv` as the program looking at it (`selfPid`: keep a pid across refreshes). */
export function processView(ctx: ExecContext, argv: string[], selfPid?: number): ProcView {
  const world = ctx.world;
  const host = ctx.host;
  const nowMs = world.clock.now;
  const busybox = ctx.userland.flavour === 'busybox';
  const pod = podOfContext(ctx);
  if (pod) return podView(ctx, argv, pod, busybox, selfPid);
  const live = liveProcesses(world, host);
  const containers = containerIndex(world, host.name);
  const shimPids = new Set(live.filter((p) => commOf(p.command) === 'containerd-shim').map((p) => p.pid));
  const rows: ProcRow[] = [];
  for (const p of live) {
    const comm = commOf(p.command);
    const over: Partial<ProcRow> = {};
    if (shimPids.has(p.pid)) over.sessionLeader = false;
    // `sleep N &` from the user's shell: a child of the login shell on its terminal
    if (p.until !== undefined && !containers.has(p.pid) && comm === 'sleep' && p.ppid === 1) {
      Object.assign(over, { ppid: LOGIN_SHELL_PID, tty: 'pts/0', sessionLeader: false });
    }
    const owner = containers.get(p.pid);
    rows.push(row(p, over, host, nowMs, NODE_USERS, owner ? isBusyboxImage(owner.c.image) : false));
  }
  const session = sessionOf(world, host);
  const sshd = live.find((p) => p.command.startsWith('sshd: /usr/sbin/sshd'));
  const shellPpid = sshd ? SSHD_SESSION_PID : 1;
  if (sshd) {
    const sess: Process = {
      pid: SSHD_SESSION_PID,
      ppid: sshd.pid,
      user: 'root',
      command: 'sshd: root@pts/0',
      netns: host.rootNetns,
      start: session.start,
    };
    rows.push(
      row(sess, { proc: undefined, threads: 1, vszKb: 17060, rssKb: 10880 }, host, nowMs, NODE_USERS),
    );
  }
  const shellUser = host.user;
  const shell: Process = {
    pid: LOGIN_SHELL_PID,
    ppid: shellPpid,
    user: shellUser,
    command: '-bash',
    netns: host.rootNetns,
    start: session.start,
  };
  rows.push(row(shell, { proc: undefined, tty: 'pts/0' }, host, nowMs, NODE_USERS));
  const shellUid = uidOf(shellUser);
  const self = selfRow(
    selfPid ?? allocPid(host),
    LOGIN_SHELL_PID,
    argv,
    'pts/0',
    nowMs,
    false,
    shellUid,
    userName(shellUid, NODE_USERS, host),
  );
  rows.push(self);
  // the later stages of the pipeline ps runs in (`ps aux | grep kubelet`): the shell forked them first
  for (const w of waitingStages(ctx, () => allocPid(host)))
    rows.push(stageRow(self, w.pid, LOGIN_SHELL_PID, w.argv ?? ['-bash'], false));
  rows.sort((a, b) => a.pid - b.pid);
  return {
    rows,
    self,
    nowMs,
    bootMs: bootTime(host),
    memTotalKb: NODE_MEM_TOTAL_KB,
    pidDigits: pidDigitsOf(world, host),
    inPod: false,
    host,
  };
}

/** A pipeline stage waiting on its input: a sibling of ps, sleeping in the foreground. */
function stageRow(self: ProcRow, pid: number, ppid: number, argv: string[], busybox: boolean): ProcRow {
  const r = selfRow(pid, ppid, argv, self.tty, self.startMs, busybox, self.uid, self.user);
  return { ...r, state: 'S', self: false, wchan: 'pipe_r' };
}

function podView(
  ctx: ExecContext,
  argv: string[],
  pod: { sb: Sandbox; c: ContainerState },
  busybox: boolean,
  selfPid?: number,
): ProcView {
  const world = ctx.world;
  const host = ctx.host;
  const nowMs = world.clock.now;
  const rows: ProcRow[] = [];
  const main = liveProcesses(world, host).find((p) => p.pid === pod.c.pid);
  if (main && pod.c.running) {
    rows.push(
      row(
        main,
        { pid: 1, ppid: 0, proc: main, startMs: main.start ?? pod.c.startedAt },
        host,
        nowMs,
        CONTAINER_USERS,
        isBusyboxImage(pod.c.image),
      ),
    );
  }
  const counters = (world.ext.procPodPids ??= Object.create(null)) as Record<string, number>;
  const next = counters[pod.c.id] ?? 7;
  if (selfPid === undefined) counters[pod.c.id] = next + 6;
  const pid = selfPid ?? next;
  const tty = ctx.tty ? 'pts/0' : '?';
  const self = selfRow(pid, 0, argv, tty, nowMs, busybox);
  self.sessionLeader = true;
  rows.push(self);
  // pids a little above ps's own (the counter leaves room for a pipeline)
  let stagePid = pid;
  for (const w of waitingStages(ctx, () => ++stagePid))
    rows.push(stageRow(self, w.pid, 0, w.argv ?? [self.argv0], busybox));
  return {
    rows,
    self,
    nowMs,
    bootMs: bootTime(host),
    memTotalKb: NODE_MEM_TOTAL_KB,
    pidDigits: pidDigitsOf(world, host),
    inPod: true,
    host,
  };
}

function isBusyboxImage(image: string): boolean {
  return imageSpec(image).userland === 'busybox';
}

/** Seconds a row has been running. */
export function elapsedSeconds(view: ProcView, r: ProcRow): number {
  return Math.max(0, Math.floor((view.nowMs - r.startMs) / 1000));
}

/** BSD STAT: state, session leader, multi-threaded, foreground. */
export function statOf(r: ProcRow): string {
  return `${r.state}${r.sessionLeader ? 's' : ''}${r.threads > 1 ? 'l' : ''}${r.foreground ? '+' : ''}`;
}
