/**
 * systemctl (systemd 249, Ubuntu 22.04) for the node services the world
 * models (kubelet, containerd, systemd-resolved, ssh): status, start, stop,
 * restart, is-active, is-enabled, enable, disable, cat, daemon-reload.
 */
import {
  advanceUnits,
  daemonReload,
  exitStatusText,
  restartUnit,
  startUnit,
  stopUnit,
  type UnitState,
  unitChangedOnDisk,
  unitOf,
} from '../../kube/node-services.js';
import { liveProcesses } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { journalLines } from './journalctl.js';
import { commOf, podOfContext } from './procs.js';
import { programStats } from './program-stats.js';
import { cpuTimespan, formatBytes, relativeAgo, systemdTimestamp } from './systemd-format.js';

interface UnitInfo {
  file: string;
  dropin?: { dir: string; file: string };
  docs: string[];
  execStart: string;
  vendorPreset: 'enabled';
  status?: string;
}

const UNIT_INFO: Record<string, UnitInfo> = {
  kubelet: {
    file: '/lib/systemd/system/kubelet.service',
    dropin: { dir: '/usr/lib/systemd/system/kubelet.service.d', file: '10-kubeadm.conf' },
    docs: ['https://kubernetes.io/docs/'],
    execStart:
      '/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS',
    vendorPreset: 'enabled',
  },
  containerd: {
    file: '/lib/systemd/system/containerd.service',
    docs: ['https://containerd.io'],
    execStart: '/usr/bin/containerd',
    vendorPreset: 'enabled',
  },
  'systemd-resolved': {
    file: '/lib/systemd/system/systemd-resolved.service',
    docs: [
      'man:systemd-resolved.service(8)',
      'man:org.freedesktop.resolve1(5)',
      'https://www.freedesktop.org/wiki/Software/systemd/writing-network-configuration-managers',
      'https://www.freedesktop.org/wiki/Software/systemd/writing-resolver-clients',
    ],
    execStart: '/lib/systemd/systemd-resolved',
    vendorPreset: 'enabled',
    status: 'Processing requests...',
  },
  ssh: {
    file: '/lib/systemd/system/ssh.service',
    docs: ['man:sshd(8)', 'man:sshd_config(5)'],
    execStart: '/usr/sbin/sshd -D $SSHD_OPTS',
    vendorPreset: 'enabled',
  },
};

const ALIASES: Record<string, string> = { sshd: 'ssh' };

function unitName(arg: string): string {
  const base = arg.replace(/\.service$/, '');
  return ALIASES[base] ?? base;
}

function findUnit(p: Proc, arg: string): UnitState | undefined {
  advanceUnits(p.ctx.world);
  return unitOf(p.ctx.world, p.ctx.host.name, unitName(arg));
}

function processesOf(p: Proc, unit: UnitState) {
  if (unit.pid === undefined) return [];
  const live = liveProcesses(p.ctx.world, p.ctx.host);
  const main = live.filter((x) => x.pid === unit.pid);
  // KillMode=process: the shims stay in containerd's cgroup
  const extra = unit.name === 'containerd' ? live.filter((x) => commOf(x.command) === 'containerd-shim') : [];
  return [...main, ...extra].sort((a, b) => a.pid - b.pid);
}

function activeLine(unit: UnitState, now: number): { dot: string; text: string } {
  const since = `since ${systemdTimestamp(unit.since)}; ${relativeAgo(now - unit.since)}`;
  if (unit.state === 'active') return { dot: '●', text: `active (running) ${since}` };
  const result = unit.result ?? (unit.lastExit?.code === 'killed' ? 'signal' : undefined);
  if (unit.restartAt !== undefined)
    return { dot: '●', text: `activating (auto-restart)${result ? ` (Result: ${result})` : ''} ${since}` };
  if (unit.state === 'failed') return { dot: '×', text: `failed (Result: ${result ?? 'signal'}) ${since}` };
  return { dot: '○', text: `inactive (dead) ${since}` };
}

function exitText(unit: UnitState): string {
  const e = unit.lastExit;
  if (!e) return '';
  return e.code === 'killed'
    ? `code=killed, signal=${e.signal}`
    : `code=exited, status=${exitStatusText(e.status)}`;
}

function status(p: Proc, arg: string, full: boolean): number {
  const unit = findUnit(p, arg);
  const name = unitName(arg);
  if (!unit) {
    p.err(`Unit ${name}.service could not be found.\n`);
    return 4;
  }
  const info = UNIT_INFO[unit.name] as UnitInfo;
  const now = p.ctx.world.clock.now;
  const a = activeLine(unit, now);
  const lines: string[] = [];
  lines.push(`${a.dot} ${unit.name}.service - ${unit.description}`);
  lines.push(
    `     Loaded: loaded (${info.file}; ${unit.enabled ? 'enabled' : 'disabled'}; vendor preset: ${info.vendorPreset})`,
  );
  if (info.dropin) {
    lines.push(`    Drop-In: ${info.dropin.dir}`);
    lines.push(`             └─${info.dropin.file}`);
  }
  lines.push(`     Active: ${a.text}`);
  for (const [i, d] of info.docs.entries()) lines.push(`${i === 0 ? '       Docs: ' : '             '}${d}`);
  const procs = processesOf(p, unit);
  if (unit.state === 'active' && unit.pid !== undefined) {
    lines.push(`   Main PID: ${unit.pid} (${commOf(unit.command)})`);
    if (info.status) lines.push(`     Status: "${info.status}"`);
    const stats = procs.map((x) => programStats(commOf(x.command)));
    lines.push(`      Tasks: ${stats.reduce((n, s) => n + s.threads, 0)} (limit: 4581)`);
    lines.push(`     Memory: ${formatBytes(stats.reduce((n, s) => n + s.rssKb, 0) * 1024)}`);
    const cpu = procs.reduce((n, x, i) => {
      const s = stats[i] as { cpuPercent: number };
      return n + Math.max(0, now - (x.start ?? now)) * (s.cpuPercent / 100);
    }, 0);
    lines.push(`        CPU: ${cpuTimespan(cpu)}`);
    lines.push(`     CGroup: /system.slice/${unit.name}.service`);
    const width = Math.max(...procs.map((x) => String(x.pid).length));
    procs.forEach((x, i) => {
      const branch = i === procs.length - 1 ? '└─' : '├─';
      lines.push(`             ${branch}${String(x.pid).padStart(width, ' ')} ${x.command}`);
    });
  } else if (unit.lastExit) {
    lines.push(
      `    Process: ${unit.lastExit.pid} ExecStart=${unit.loaded?.execStart ?? info.execStart} (${exitText(unit)})`,
    );
    lines.push(`   Main PID: ${unit.lastExit.pid} (${exitText(unit)})`);
    const run = unit.lastRun;
    const share = programStats(commOf(unit.command)).cpuPercent / 100;
    lines.push(`        CPU: ${cpuTimespan(run ? (run.end - run.start) * share : 0)}`);
  }
  const journal = journalLines(p.ctx.world, p.ctx.host.name, [unit]);
  if (journal.length) {
    lines.push('');
    lines.push(...journal.slice(-10));
  }
  let ellipsized = false;
  const cols = p.ctx.tty?.cols;
  const out = lines.map((l) => {
    if (!full && cols && l.length > cols) {
      ellipsized = true;
      return `${l.slice(0, cols - 1)}…`;
    }
    return l;
  });
  if (ellipsized) out.push('Hint: Some lines were ellipsized, use -l to show in full.');
  p.out(`${out.join('\n')}\n`);
  if (unitChangedOnDisk(p.ctx.world, unit)) p.err(changedWarning(unit.name));
  return unit.state === 'active' ? 0 : 3;
}

/** What systemctl says of a unit whose files changed since the last daemon-reload. */
function changedWarning(name: string): string {
  return `Warning: The unit file, source configuration file or drop-ins of ${name}.service changed on disk. Run 'systemctl daemon-reload' to reload units.\n`;
}

function cat(p: Proc, arg: string): number {
  const name = unitName(arg);
  const unit = findUnit(p, arg);
  const files: Array<[string, string]> = [];
  const fs = p.ctx.fs;
  const paths =
    name === 'kubelet'
      ? ['/lib/systemd/system/kubelet.service', '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf']
      : name === 'containerd'
        ? ['/lib/systemd/system/containerd.service']
        : [];
  for (const path of paths) {
    try {
      files.push([path, fs.readFile(path)]);
    } catch {
      // removed by the user
    }
  }
  if (!unit || !files.length) {
    p.err(`No files found for ${name}.service.\n`);
    return 1;
  }
  p.out(files.map(([path, text]) => `# ${path}\n${text}`).join('\n'));
  return 0;
}

const VERBS = new Set([
  'status',
  'start',
  'stop',
  'restart',
  'reload',
  'try-restart',
  'reload-or-restart',
  'is-active',
  'is-enabled',
  'is-failed',
  'enable',
  'disable',
  'cat',
  'daemon-reload',
]);

export function runSystemctl(p: Proc): number {
  if (podOfContext(p.ctx)) {
    p.err(
      "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n",
    );
    return 1;
  }
  const args = p.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-'));
  const words = args.filter((a) => !a.startsWith('-'));
  for (const f of flags) {
    if (!['--no-pager', '-l', '--full', '--now', '-q', '--quiet', '--no-legend', '--all', '-a'].includes(f)) {
      p.err(
        f.startsWith('--')
          ? `systemctl: unrecognized option '${f}'\n`
          : `systemctl: invalid option -- '${f[1]}'\n`,
      );
      return 1;
    }
  }
  const full = flags.includes('-l') || flags.includes('--full');
  const quiet = flags.includes('-q') || flags.includes('--quiet');
  const verb = words[0];
  const units = words.slice(1);
  if (verb === undefined) {
    p.err('Too few arguments.\n');
    return 1;
  }
  if (!VERBS.has(verb)) {
    p.err(`Unknown command verb ${verb}.\n`);
    return 1;
  }
  const world = p.ctx.world;
  const host = p.ctx.host.name;
  if (verb === 'daemon-reload') {
    daemonReload(world, host);
    return 0;
  }
  if (verb === 'status') {
    if (!units.length) {
      p.err('Showing the whole system is not supported here; name a unit (kubelet, containerd).\n');
      return 1;
    }
    let rc = 0;
    units.forEach((u, i) => {
      if (i) p.out('\n');
      rc = Math.max(rc, status(p, u, full));
    });
    return rc;
  }
  if (!units.length) {
    p.err(`Too few arguments.\n`);
    return 1;
  }
  let rc = 0;
  for (const u of units) {
    const name = unitName(u);
    const unit = findUnit(p, u);
    switch (verb) {
      case 'is-active':
      case 'is-failed': {
        const state = !unit ? 'inactive' : unit.restartAt !== undefined ? 'activating' : unit.state;
        if (!quiet) p.out(`${state}\n`);
        if (verb === 'is-active' ? state !== 'active' : state !== 'failed') rc = verb === 'is-active' ? 3 : 1;
        break;
      }
      case 'is-enabled':
        if (!unit) {
          p.err(`Failed to get unit file state for ${name}.service: No such file or directory\n`);
          rc = 1;
          break;
        }
        if (!quiet) p.out(`${unit.enabled ? 'enabled' : 'disabled'}\n`);
        if (!unit.enabled) rc = 1;
        break;
      case 'cat':
        rc = Math.max(rc, cat(p, u));
        break;
      case 'enable':
      case 'disable': {
        if (!unit) {
          p.err(`Failed to ${verb} unit: Unit file ${name}.service does not exist.\n`);
          return 1;
        }
        const link = `/etc/systemd/system/multi-user.target.wants/${name}.service`;
        const target = (UNIT_INFO[unit.name] as UnitInfo).file;
        if (verb === 'enable' && !unit.enabled) p.err(`Created symlink ${link} → ${target}.\n`);
        if (verb === 'disable' && unit.enabled) p.err(`Removed ${link}.\n`);
        unit.enabled = verb === 'enable';
        if (flags.includes('--now')) {
          if (verb === 'enable') startUnit(world, host, name);
          else stopUnit(world, host, name);
        }
        break;
      }
      default: {
        if (!unit) {
          const what = verb === 'stop' ? 'not loaded' : 'not found';
          const v = verb === 'reload-or-restart' ? 'reload-or-restart' : verb;
          p.err(`Failed to ${v} ${name}.service: Unit ${name}.service ${what}.\n`);
          return 5;
        }
        if (verb === 'reload') {
          p.err(
            `Failed to reload ${name}.service: Job type reload is not applicable for unit ${name}.service.\n`,
          );
          return 1;
        }
        if (
          ['start', 'restart', 'try-restart', 'reload-or-restart'].includes(verb) &&
          unitChangedOnDisk(world, unit)
        )
          p.err(changedWarning(name));
        if (verb === 'start') startUnit(world, host, name);
        else if (verb === 'stop') stopUnit(world, host, name);
        else if (verb === 'try-restart') {
          if (unit.state === 'active') restartUnit(world, host, name);
        } else restartUnit(world, host, name);
      }
    }
  }
  return rc;
}

export const SYSTEMCTL_COMMAND: CommandDef = {
  name: 'systemctl',
  path: '/usr/bin/systemctl',
  run: runSystemctl,
};
