/**
 * systemd on a node, for the services that matter to a cluster: each unit
 * knows its main process, when it became active or stopped, whether
 * systemd will restart it (Restart=always with RestartSec) and its journal.
 * `systemctl stop kubelet` ends the process and leaves the unit inactive;
 * a killed kubelet or containerd is restarted by systemd after RestartSec.
 * Controllers ask kubeletServing() before a node's kubelet acts.
 */

import { parseSignal } from '../model/signals.js';
import type { Host, Socket, World } from '../model/types.js';
import { FsView } from '../model/vfs.js';
import { getHost, spawnProcess } from '../model/world.js';
import {
  apiUnreachable,
  checkKubeletStart,
  kubeletServer,
  runningLog,
  type StartCheck,
} from './daemon-start.js';
import { type LoadedUnit, loadUnit, resolveExec } from './systemd-unit.js';

export interface JournalEntry {
  t: number;
  /** syslog identifier: "systemd" or the program (kubelet, containerd). */
  ident: string;
  pid: number;
  msg: string;
}

export interface UnitState {
  host: string;
  name: string;
  description: string;
  /** The main process's command line. */
  command: string;
  user: string;
  state: 'active' | 'inactive' | 'failed';
  pid?: number;
  /** When the unit entered its current state. */
  since: number;
  /** When its daemon last stopped running (failed restarts in between do not move it). */
  downSince?: number;
  enabled: boolean;
  /** Restart=always after this many ms (absent: never restarted by systemd). */
  restartMs?: number;
  /** A restart systemd has scheduled. */
  restartAt?: number;
  restarts: number;
  /** How the last main process ended. */
  lastExit?: { pid: number; code: 'exited' | 'killed'; status: number; signal?: string };
  /** systemd's Result= of the last failure: exit-code, signal, resources. */
  result?: string;
  /** When the last main process ran (systemctl shows its CPU time once the unit is down). */
  lastRun?: { start: number; end: number };
  /** The unit as the last daemon-reload read it (units without files on the host keep `command`). */
  loaded?: LoadedUnit;
  /** Listening sockets the daemon opens when it starts (its pid is filled in). */
  sockets: Array<Omit<Socket, 'pid'>>;
  journal: JournalEntry[];
}

type Units = Record<string, Record<string, UnitState>>;

function allUnits(world: World): Units {
  return (world.ext.nodeServices ??= Object.create(null)) as Units;
}

/** The units of a host (empty when the world does not model its systemd). */
export function unitsOf(world: World, host: string): Record<string, UnitState> {
  return allUnits(world)[host] ?? {};
}

export function unitOf(world: World, host: string, name: string): UnitState | undefined {
  const units = unitsOf(world, host);
  return units[name.replace(/\.service$/, '')];
}

export interface UnitSpec {
  name: string;
  description: string;
  pid: number;
  restartMs?: number;
}

/** Put a running daemon under systemd (the world builder calls this after spawning it). */
export function registerUnit(world: World, host: Host, spec: UnitSpec): UnitState {
  const proc = host.processes.find((p) => p.pid === spec.pid);
  const root = world.netns.get(host.rootNetns);
  const sockets = (root?.sockets ?? [])
    .filter((s) => s.pid === spec.pid)
    .map(({ pid: _pid, ...rest }) => rest);
  const start = proc?.start ?? world.clock.now;
  const unit: UnitState = {
    host: host.name,
    name: spec.name,
    description: spec.description,
    command: proc?.command ?? spec.name,
    user: proc?.user ?? 'root',
    state: 'active',
    pid: spec.pid,
    since: start,
    enabled: true,
    ...(spec.restartMs !== undefined ? { restartMs: spec.restartMs } : {}),
    restarts: 0,
    sockets,
    journal: [],
  };
  const loaded = loadUnit(host.fs, spec.name);
  if (loaded) unit.loaded = loaded;
  const units = allUnits(world);
  units[host.name] ??= Object.create(null) as Record<string, UnitState>;
  (units[host.name] as Record<string, UnitState>)[spec.name] = unit;
  unit.journal.push({ t: start, ident: 'systemd', pid: 1, msg: `Started ${spec.description}.` });
  const check = programCheck(host, spec.name, unit.command.split(' '), start, spec.pid);
  for (const m of [...check.logs, ...runningLog(world, host, spec.name, unit.command, spec.pid, start, true)])
    unit.journal.push({ t: start, ident: spec.name, pid: spec.pid, msg: m });
  return unit;
}

function note(unit: UnitState, t: number, msg: string, ident = 'systemd', pid = 1): void {
  unit.journal.push({ t, ident, pid, msg });
}

/** The program's own checks of its command line and files as it starts. */
function programCheck(host: Host, name: string, argv: readonly string[], t: number, pid: number): StartCheck {
  return name === 'kubelet' ? checkKubeletStart(host, argv, t, pid) : { ok: true, logs: [] };
}

const STATUS_NAMES: Record<number, string> = {
  0: 'SUCCESS',
  1: 'FAILURE',
  2: 'INVALIDARGUMENT',
  203: 'EXEC',
};

/** systemd's `status=N/NAME`. */
export function exitStatusText(status: number): string {
  return `${status}/${STATUS_NAMES[status] ?? String(status)}`;
}

/** A start whose main process ended at once: systemd records it and schedules the next try. */
function startFailed(
  host: Host,
  unit: UnitState,
  t: number,
  pid: number,
  status: number,
  lines: Array<{ ident: string; pid: number; msg: string }>,
): void {
  for (const l of lines) note(unit, t, l.msg, l.ident, l.pid);
  note(unit, t, `${unit.name}.service: Main process exited, code=exited, status=${exitStatusText(status)}`);
  note(unit, t, `${unit.name}.service: Failed with result 'exit-code'.`);
  host.processes = host.processes.filter((p) => p.pid !== pid);
  unit.lastRun = { start: t, end: t };
  unit.lastExit = { pid, code: 'exited', status };
  unit.result = 'exit-code';
  unit.downSince ??= t;
  delete unit.pid;
  unit.state = 'failed';
  unit.since = t;
  if (unit.restartMs !== undefined) unit.restartAt = t + unit.restartMs;
  else delete unit.restartAt;
}

function launch(world: World, host: Host, unit: UnitState, t: number): void {
  const clock = world.clock;
  const saved = clock.now;
  clock.now = t;
  try {
    let command = unit.command;
    let argv = command.split(' ');
    const exec = unit.loaded ? resolveExec(host.fs, unit.loaded) : null;
    if (exec?.ok) {
      argv = exec.argv;
      command = argv.join(' ');
    }
    const pid = spawnProcess(world, host, host.rootNetns, command, undefined, { user: unit.user });
    delete unit.restartAt;
    note(unit, t, `Started ${unit.description}.`);
    if (exec && !exec.ok) {
      const why =
        exec.failure === 'env-file'
          ? [
              {
                ident: 'systemd',
                pid: 1,
                msg: `${unit.name}.service: Failed to load environment files: No such file or directory`,
              },
            ]
          : [{ ident: 'systemd', pid: 1, msg: `${unit.name}.service: Service has no ExecStart= setting.` }];
      startFailed(host, unit, t, pid, 1, why);
      return;
    }
    // execve: the path must name an executable file
    const path = argv[0] ?? '';
    const st = new FsView(host.fs).stat(path);
    if (st?.kind !== 'file' || (st.mode & 0o111) === 0) {
      const errno = !st ? 'No such file or directory' : 'Permission denied';
      startFailed(host, unit, t, pid, 203, [
        ...(!st
          ? [
              {
                ident: 'systemd',
                pid,
                msg: `${unit.name}.service: Failed to locate executable ${path}: ${errno}`,
              },
            ]
          : []),
        {
          ident: 'systemd',
          pid,
          msg: `${unit.name}.service: Failed at step EXEC spawning ${path}: ${errno}`,
        },
      ]);
      return;
    }
    const check = programCheck(host, unit.name, argv, t, pid);
    if (!check.ok) {
      startFailed(
        host,
        unit,
        t,
        pid,
        check.status,
        check.logs.map((msg) => ({ ident: unit.name, pid, msg })),
      );
      return;
    }
    unit.command = command;
    const proc = host.processes.find((p) => p.pid === pid);
    if (proc) proc.command = command;
    const root = world.netns.get(host.rootNetns);
    if (root) for (const s of unit.sockets) root.sockets.push({ ...s, pid });
    unit.pid = pid;
    unit.state = 'active';
    unit.since = t;
    delete unit.result;
    delete unit.downSince;
    for (const m of [...check.logs, ...runningLog(world, host, unit.name, unit.command, pid, t)])
      note(unit, t, m, unit.name, pid);
  } finally {
    clock.now = saved;
  }
}

/** `systemctl daemon-reload`: every unit of the host is read again from its files. */
export function daemonReload(world: World, hostName: string): void {
  const host = world.hosts.get(hostName);
  if (!host) return;
  for (const unit of Object.values(unitsOf(world, hostName))) {
    const loaded = loadUnit(host.fs, unit.name);
    if (loaded) unit.loaded = loaded;
  }
}

/** The unit's files changed on disk since the last daemon-reload (systemctl warns). */
export function unitChangedOnDisk(world: World, unit: UnitState): boolean {
  const host = world.hosts.get(unit.host);
  if (!host || !unit.loaded) return false;
  return loadUnit(host.fs, unit.name)?.source !== unit.loaded.source;
}

/** A running kubelet that cannot reach its API server: since when (undefined when it can, or is down). */
export function kubeletDisconnectedSince(world: World, node: string): number | undefined {
  const unit = unitOf(world, node, 'kubelet');
  const host = world.hosts.get(node);
  if (!unit || !host || unit.state !== 'active') return undefined;
  const server = kubeletServer(host, unit.command);
  if (!server || !apiUnreachable(world, host, server)) return undefined;
  return unit.since;
}

function endProcess(world: World, host: Host, unit: UnitState, t: number): void {
  const pid = unit.pid;
  if (pid === undefined) return;
  const proc = host.processes.find((p) => p.pid === pid);
  unit.lastRun = { start: proc?.start ?? unit.since, end: t };
  host.processes = host.processes.filter((p) => p.pid !== pid);
  const root = world.netns.get(host.rootNetns);
  if (root) root.sockets = root.sockets.filter((s) => s.pid !== pid);
  delete unit.pid;
}

/** Carry out restarts systemd scheduled whose time has come (every host). */
export function advanceUnits(world: World): void {
  const now = world.clock.now;
  for (const [hostName, units] of Object.entries(allUnits(world))) {
    const host = world.hosts.get(hostName);
    if (!host) continue;
    for (const unit of Object.values(units)) {
      // a start that keeps failing is tried again every RestartSec (bounded per call)
      for (let n = 0; n < 1000 && unit.restartAt !== undefined && unit.restartAt <= now; n++) {
        const at: number = unit.restartAt;
        unit.restarts++;
        note(
          unit,
          at,
          `${unit.name}.service: Scheduled restart job, restart counter is at ${unit.restarts}.`,
        );
        note(unit, at, `Stopped ${unit.description}.`);
        launch(world, host, unit, at);
      }
    }
  }
}

/** `systemctl stop`: the main process ends, the unit stays down. */
export function stopUnit(world: World, hostName: string, name: string): void {
  const unit = unitOf(world, hostName, name);
  if (!unit) return;
  const host = getHost(world, hostName);
  const t = world.clock.now;
  if (unit.state === 'active') {
    note(unit, t, `Stopping ${unit.description}...`);
    const pid = unit.pid ?? 0;
    endProcess(world, host, unit, t);
    unit.lastExit = { pid, code: 'exited', status: 0 };
    note(unit, t, `${unit.name}.service: Deactivated successfully.`);
    note(unit, t, `Stopped ${unit.description}.`);
  }
  unit.state = 'inactive';
  unit.since = t;
  unit.downSince ??= t;
  delete unit.restartAt;
}

/** `systemctl start`: a new main process (nothing when it already runs). */
export function startUnit(world: World, hostName: string, name: string): void {
  const unit = unitOf(world, hostName, name);
  if (!unit || unit.state === 'active') return;
  launch(world, getHost(world, hostName), unit, world.clock.now);
}

/** `systemctl restart`. */
export function restartUnit(world: World, hostName: string, name: string): void {
  stopUnit(world, hostName, name);
  startUnit(world, hostName, name);
}

/** The unit whose main process is `pid` on the host. */
export function unitOfPid(world: World, hostName: string, pid: number): UnitState | undefined {
  return Object.values(unitsOf(world, hostName)).find((u) => u.state === 'active' && u.pid === pid);
}

/**
 * The main process died of a signal (kill): systemd records the failure and,
 * for Restart=always units, schedules a new process after RestartSec.
 */
export function unitProcessKilled(
  world: World,
  hostName: string,
  unit: UnitState,
  signal: string,
  clean: boolean,
): void {
  const host = getHost(world, hostName);
  const t = world.clock.now;
  const pid = unit.pid ?? 0;
  endProcess(world, host, unit, t);
  if (clean) {
    unit.lastExit = { pid, code: 'exited', status: 0 };
    note(unit, t, `${unit.name}.service: Deactivated successfully.`);
  } else {
    unit.lastExit = { pid, code: 'killed', status: 0, signal };
    note(
      unit,
      t,
      `${unit.name}.service: Main process exited, code=killed, status=${parseSignal(signal) ?? 15}/${signal}`,
    );
    note(unit, t, `${unit.name}.service: Failed with result 'signal'.`);
  }
  unit.state = clean ? 'inactive' : 'failed';
  unit.since = t;
  unit.downSince ??= t;
  if (unit.restartMs !== undefined) {
    unit.state = 'failed';
    unit.restartAt = t + unit.restartMs;
  }
}

/** Whether a unit runs (true when the world does not model the host's systemd). */
export function serviceActive(world: World, hostName: string, name: string): boolean {
  const unit = unitOf(world, hostName, name);
  if (!unit) return true;
  if (unit.state !== 'active' || unit.pid === undefined) return false;
  const host = world.hosts.get(hostName);
  const now = world.clock.now;
  return !!host && host.processes.some((p) => p.pid === unit.pid && (p.until === undefined || p.until > now));
}

/** Since when a unit has been down (undefined while it runs). */
export function serviceDownSince(world: World, hostName: string, name: string): number | undefined {
  const unit = unitOf(world, hostName, name);
  if (!unit || serviceActive(world, hostName, name)) return undefined;
  return unit.downSince ?? unit.since;
}

/** A node's kubelet can do its work: kubelet runs and so does the container runtime. */
export function kubeletServing(world: World, node: string): boolean {
  return serviceActive(world, node, 'kubelet') && serviceActive(world, node, 'containerd');
}

/** ...and it can reach the API server (renew its lease, see its pods, post their status). */
export function kubeletConnected(world: World, node: string): boolean {
  return kubeletServing(world, node) && kubeletDisconnectedSince(world, node) === undefined;
}
