/**
 * The `docker` CLI (28.x client formats) over the host's Docker engine:
 * run, ps, exec, rm, stop, inspect, port, network ls/inspect/create/rm,
 * version. Tables go through Go's tabwriter as the CLI sets it up
 * (minwidth 10, padding 3); JSON is the daemon's, indented by 4.
 */
import '../../engines/docker/apps.js';
import { exitContainer, refreshContainers, removeContainer } from '../../engines/docker/containers.js';
import { containerJson, networkJson } from '../../engines/docker/inspect.js';
import {
  type DockerContainer,
  type DockerEngine,
  dockerOf,
  findContainer,
  findNetwork,
} from '../../engines/docker/state.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { dockerExec } from './exec.js';
import { type FlagDef, flagOn, flagValue, parseFlags } from './flags.js';
import { dockerNetwork } from './network.js';
import { ellipsis, humanDuration, render, table } from './output.js';
import { dockerRun } from './run.js';

export const CLIENT_VERSION = '28.2.2';

function statusText(now: number, c: DockerContainer): string {
  if (c.status === 'running') return `Up ${humanDuration(now - (c.started ?? now))}`;
  if (c.status === 'exited') return `Exited (${c.exitCode}) ${humanDuration(now - (c.finished ?? now))} ago`;
  return 'Created';
}

function portsText(c: DockerContainer): string {
  if (c.status !== 'running') return '';
  return c.ports
    .flatMap((b) => [
      `${b.hostIp || '0.0.0.0'}:${b.hostPort}->${b.containerPort}/${b.proto}`,
      ...(b.hostIp ? [] : [`[::]:${b.hostPort}->${b.containerPort}/${b.proto}`]),
    ])
    .join(', ');
}

const PS_FLAGS: FlagDef[] = [
  { long: 'all', short: 'a' },
  { long: 'quiet', short: 'q' },
  { long: 'no-trunc' },
  { long: 'filter', short: 'f', value: true },
  { long: 'latest', short: 'l' },
];

function dockerPs(p: Proc, e: DockerEngine, argv: string[]): number {
  const f = parseFlags(argv, PS_FLAGS, { path: 'docker ps', usage: 'docker ps [OPTIONS]' }, true);
  if (f.args.length)
    return fail(
      `"docker ps" accepts no arguments.\nSee 'docker ps --help'.\n\nUsage:  docker ps [OPTIONS]\n\nList containers\n`,
      1,
    );
  const now = p.ctx.world.clock.now;
  const noTrunc = flagOn(f, 'no-trunc');
  let list = e.containers.filter((c) => flagOn(f, 'all') || c.status === 'running');
  for (const flt of f.flags.get('filter') ?? []) {
    const [k = '', v = ''] = flt.split('=');
    if (k === 'name') list = list.filter((c) => c.name.includes(v));
    else if (k === 'status') list = list.filter((c) => c.status === v);
    else if (k === 'id') list = list.filter((c) => c.id.startsWith(v));
    else return fail(`Error response from daemon: invalid filter '${k}'\n`, 1);
  }
  if (flagOn(f, 'latest')) list = list.slice(0, 1);
  if (flagOn(f, 'quiet')) {
    p.out(list.map((c) => `${noTrunc ? c.id : c.id.slice(0, 12)}\n`).join(''));
    return 0;
  }
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  for (const c of list) {
    const cmd = [c.path, ...c.args].join(' ');
    rows.push([
      noTrunc ? c.id : c.id.slice(0, 12),
      c.image,
      `"${noTrunc ? cmd : ellipsis(cmd, 20)}"`,
      `${humanDuration(now - c.created)} ago`,
      statusText(now, c),
      portsText(c),
      c.name,
    ]);
  }
  p.out(table(rows));
  return 0;
}

function dockerRm(p: Proc, e: DockerEngine, argv: string[]): number {
  const f = parseFlags(
    argv,
    [
      { long: 'force', short: 'f' },
      { long: 'volumes', short: 'v' },
    ],
    { path: 'docker rm', usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]' },
    true,
  );
  if (!f.args.length)
    return fail(
      `docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker rm --help' for more information\n`,
      1,
    );
  const force = flagOn(f, 'force');
  let code = 0;
  for (const ref of f.args) {
    const c = findContainer(e, ref);
    if (!c) {
      p.err(`Error response from daemon: No such container: ${ref}\n`);
      if (!force) code = 1;
      continue;
    }
    if (c.status === 'running' && !force) {
      p.err(
        `Error response from daemon: You cannot remove a running container ${c.id}. Stop the container before attempting removal or force remove\n`,
      );
      code = 1;
      continue;
    }
    removeContainer(p.ctx.world, e, c);
    p.out(`${ref}\n`);
  }
  return code;
}

function dockerStop(p: Proc, e: DockerEngine, argv: string[], verb: string): number {
  const f = parseFlags(
    argv,
    [
      { long: 'time', short: 't', value: true },
      { long: 'signal', short: 's', value: true },
    ],
    { path: `docker ${verb}`, usage: `docker ${verb} [OPTIONS] CONTAINER [CONTAINER...]` },
    true,
  );
  let code = 0;
  for (const ref of f.args) {
    const c = findContainer(e, ref);
    if (!c) {
      p.err(`Error response from daemon: No such container: ${ref}\n`);
      code = 1;
      continue;
    }
    if (c.status === 'running') exitContainer(p.ctx.world, e, c, verb === 'kill' ? 137 : 137);
    p.out(`${ref}\n`);
  }
  return code;
}

function dockerInspect(p: Proc, e: DockerEngine, argv: string[]): number {
  const f = parseFlags(
    argv,
    [
      { long: 'format', short: 'f', value: true },
      { long: 'type', value: true },
      { long: 'size', short: 's' },
    ],
    { path: 'docker inspect', usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]' },
    true,
  );
  if (!f.args.length)
    return fail(
      `docker: 'docker inspect' requires at least 1 argument\n\nUsage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\nSee 'docker inspect --help' for more information\n`,
      1,
    );
  const objs: unknown[] = [];
  const missing: string[] = [];
  for (const ref of f.args) {
    const c = findContainer(e, ref);
    const n = c ? undefined : findNetwork(e, ref);
    if (c) objs.push(containerJson(e, c));
    else if (n) objs.push(networkJson(e, n));
    else missing.push(ref);
  }
  const format = flagValue(f, 'format');
  if (objs.length || format === undefined) render(p, objs, format);
  for (const m of missing) p.err(`Error: No such object: ${m}\n`);
  return missing.length ? 1 : 0;
}

function dockerPort(p: Proc, e: DockerEngine, argv: string[]): number {
  const ref = argv[0] ?? '';
  const c = findContainer(e, ref);
  if (!c) return fail(`Error response from daemon: No such container: ${ref}\n`, 1);
  if (c.status !== 'running') return 0;
  for (const b of c.ports) {
    p.out(`${b.containerPort}/${b.proto} -> ${b.hostIp || '0.0.0.0'}:${b.hostPort}\n`);
    if (!b.hostIp) p.out(`${b.containerPort}/${b.proto} -> [::]:${b.hostPort}\n`);
  }
  return 0;
}

function version(p: Proc): number {
  p.out(`Docker version ${CLIENT_VERSION}, build e6534b4\n`);
  return 0;
}

const LOGS_FLAGS = [
  { long: 'details' },
  { long: 'follow', short: 'f' },
  { long: 'since', value: true },
  { long: 'tail', short: 'n', value: true },
  { long: 'timestamps', short: 't' },
  { long: 'until', value: true },
];

/** Docker's fixed-width RFC 3339 timestamp (nanoseconds, Z). */
function logStamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}

/** `docker logs`: what the main process wrote to stdout and stderr, each back on its own stream. */
function dockerLogs(p: Proc, e: DockerEngine, argv: string[]): number {
  const u = { path: 'docker logs', usage: 'docker logs [OPTIONS] CONTAINER' };
  const f = parseFlags(argv, LOGS_FLAGS, u, true);
  if (f.args.length !== 1)
    return fail(
      "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n",
      1,
    );
  const ref = f.args[0] as string;
  const c = findContainer(e, ref);
  if (!c) return fail(`Error response from daemon: No such container: ${ref}\n`, 1);
  let lines = c.logs ?? [];
  // the daemon reads --tail with Atoi: anything else (and negatives) means all
  const tail = f.flags.get('tail')?.at(-1);
  if (tail !== undefined && /^\d+$/.test(tail)) lines = Number(tail) === 0 ? [] : lines.slice(-Number(tail));
  const stamps = flagOn(f, 'timestamps');
  for (const l of lines) {
    const text = `${stamps ? `${logStamp(l.at)} ` : ''}${l.line}\n`;
    if (l.stream === 'stderr') p.err(text);
    else p.out(text);
  }
  return 0;
}

type Sub = (p: Proc, e: DockerEngine, argv: string[]) => number;

const SUBCOMMANDS: Record<string, Sub> = {
  run: dockerRun,
  ps: dockerPs,
  exec: dockerExec,
  rm: dockerRm,
  stop: (p, e, a) => dockerStop(p, e, a, 'stop'),
  kill: (p, e, a) => dockerStop(p, e, a, 'kill'),
  inspect: dockerInspect,
  port: dockerPort,
  logs: dockerLogs,
  network: dockerNetwork,
  container: (p, e, a) => {
    const [verb = '', ...rest] = a;
    const map: Record<string, string> = {
      ls: 'ps',
      list: 'ps',
      rm: 'rm',
      run: 'run',
      exec: 'exec',
      inspect: 'inspect',
      stop: 'stop',
      port: 'port',
      logs: 'logs',
    };
    const sub = SUBCOMMANDS[map[verb] ?? ''];
    if (!sub)
      return fail(
        `docker: unknown command: docker container ${verb}\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n`,
        1,
      );
    return sub(p, e, rest);
  },
};

function runDocker(p: Proc): number {
  const args = p.argv.slice(1);
  const first = args[0];
  if (first === '--version' || first === '-v') return version(p);
  const shell = p.ctx.userland.flavour === 'busybox' ? 'sh' : 'bash';
  const e = dockerOf(p.ctx.world, p.ctx.host.name);
  if (!e)
    return fail(shell === 'sh' ? 'sh: docker: not found\n' : `${shell}: docker: command not found\n`, 127);
  refreshContainers(p.ctx.world, e);
  if (first === undefined)
    return fail('Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n', 0);
  const sub = SUBCOMMANDS[first];
  if (!sub) {
    if (first.startsWith('-')) return fail(`unknown flag: ${first}\nSee 'docker --help'.\n`, 125);
    return fail(`docker: unknown command: docker ${first}\n\nRun 'docker --help' for more information\n`, 1);
  }
  return sub(p, e, args.slice(1));
}

export const DOCKER_COMMAND: CommandDef = {
  name: 'docker',
  path: '/usr/bin/docker',
  summary: 'Docker CLI (containers, networks, published ports)',
  run: runDocker,
};
