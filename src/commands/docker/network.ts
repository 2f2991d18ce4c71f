/** `docker network ls | inspect | create | rm`. */

import { networkJson } from '../../engines/docker/inspect.js';
import { createNetwork, removeNetwork } from '../../engines/docker/networks.js';
import { type DockerEngine, findNetwork } from '../../engines/docker/state.js';
import { parseIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { flagOn, flagValue, parseFlags } from './flags.js';
import { render, table } from './output.js';

const NETWORK_HELP = `Usage:  docker network COMMAND

Manage networks

Commands:
  connect     Connect a container to a network
  create      Create a network
  disconnect  Disconnect a container from a network
  inspect     Display detailed information on one or more networks
  ls          List networks
  prune       Remove all unused networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.
`;

function needsArgs(verb: string, usage: string, n: number): never {
  return fail(
    `docker: 'docker network ${verb}' requires ${n === 1 ? 'at least 1 argument' : `exactly ${n} arguments`}\n\nUsage:  ${usage}\n\nSee 'docker network ${verb} --help' for more information\n`,
    1,
  );
}

function ls(p: Proc, e: DockerEngine, argv: string[]): number {
  const f = parseFlags(
    argv,
    [{ long: 'no-trunc' }, { long: 'quiet', short: 'q' }, { long: 'filter', short: 'f', value: true }],
    { path: 'docker network ls', usage: 'docker network ls [OPTIONS]' },
    true,
  );
  const nets = [...e.networks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const id = (s: string) => (flagOn(f, 'no-trunc') ? s : s.slice(0, 12));
  if (flagOn(f, 'quiet')) {
    p.out(nets.map((n) => `${id(n.id)}\n`).join(''));
    return 0;
  }
  const rows = [
    ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
    ...nets.map((n) => [id(n.id), n.name, n.driver, 'local']),
  ];
  p.out(table(rows));
  return 0;
}

function inspect(p: Proc, e: DockerEngine, argv: string[]): number {
  const usage = 'docker network inspect [OPTIONS] NETWORK [NETWORK...]';
  const f = parseFlags(
    argv,
    [
      { long: 'format', short: 'f', value: true },
      { long: 'verbose', short: 'v' },
    ],
    { path: 'docker network inspect', usage },
    true,
  );
  if (!f.args.length) return needsArgs('inspect', usage, 1);
  const found = [];
  let code = 0;
  const errs: string[] = [];
  for (const ref of f.args) {
    const n = findNetwork(e, ref);
    if (n) found.push(networkJson(e, n));
    else {
      errs.push(`Error response from daemon: network ${ref} not found\n`);
      code = 1;
    }
  }
  if (found.length || flagValue(f, 'format') === undefined) render(p, found, flagValue(f, 'format'));
  for (const m of errs) p.err(m);
  return code;
}

function create(p: Proc, e: DockerEngine, argv: string[]): number {
  const usage = 'docker network create [OPTIONS] NETWORK';
  const f = parseFlags(
    argv,
    [
      { long: 'subnet', value: true },
      { long: 'gateway', value: true },
      { long: 'driver', short: 'd', value: true },
      { long: 'label', value: true },
      { long: 'attachable' },
      { long: 'internal' },
    ],
    { path: 'docker network create', usage },
    true,
  );
  if (f.args.length !== 1) return needsArgs('create', usage, 1);
  const name = f.args[0] as string;
  const driver = flagValue(f, 'driver') ?? 'bridge';
  if (driver !== 'bridge') return fail(`Error response from daemon: plugin "${driver}" not found\n`, 1);
  const subnetText = flagValue(f, 'subnet');
  let subnet: { addr: number; prefix: number } | undefined;
  if (subnetText !== undefined) {
    const m = /^(.+)\/(\d+)$/.exec(subnetText);
    const addr = m ? parseIPv4(m[1] as string) : null;
    const prefix = m ? Number(m[2]) : 99;
    if (addr === null || prefix > 32)
      return fail(
        `Error response from daemon: Invalid subnet ${subnetText} : invalid CIDR address: ${subnetText}\n`,
        1,
      );
    subnet = { addr, prefix };
  }
  const gwText = flagValue(f, 'gateway');
  const gateway = gwText === undefined ? undefined : parseIPv4(gwText);
  if (gateway === null)
    return fail(
      `invalid argument "${gwText}" for "--gateway" flag: invalid string being converted to IP address: ${gwText}\n`,
      125,
    );
  const r = createNetwork(p.ctx.world, e, name, {
    ...(subnet ? { subnet } : {}),
    ...(gateway !== undefined ? { gateway } : {}),
  });
  if (!r.ok) return fail(`Error response from daemon: ${r.error}\n`, 1);
  p.out(`${r.net.id}\n`);
  return 0;
}

function rm(p: Proc, e: DockerEngine, argv: string[]): number {
  const usage = 'docker network rm NETWORK [NETWORK...]';
  const f = parseFlags(argv, [{ long: 'force', short: 'f' }], { path: 'docker network rm', usage }, true);
  if (!f.args.length) return needsArgs('rm', usage, 1);
  let code = 0;
  for (const ref of f.args) {
    const n = findNetwork(e, ref);
    if (!n) {
      p.err(`Error response from daemon: network ${ref} not found\n`);
      code = 1;
      continue;
    }
    if (n.predefined) {
      p.err(`Error response from daemon: ${n.name} is a pre-defined network and cannot be removed\n`);
      code = 1;
      continue;
    }
    if (e.containers.some((c) => c.endpoints.some((ep) => ep.networkId === n.id))) {
      p.err(
        `Error response from daemon: error while removing network: network ${n.name} id ${n.id} has active endpoints\n`,
      );
      code = 1;
      continue;
    }
    removeNetwork(p.ctx.world, e, n);
    p.out(`${ref}\n`);
  }
  if (code) p.err('exit status 1\n');
  return code;
}

const VERBS: Record<string, (p: Proc, e: DockerEngine, argv: string[]) => number> = {
  ls,
  list: ls,
  inspect,
  create,
  rm,
  remove: rm,
};

export function dockerNetwork(p: Proc, e: DockerEngine, argv: string[]): number {
  const [verb, ...rest] = argv;
  if (verb === undefined) {
    p.err(NETWORK_HELP);
    return 0;
  }
  const fn = VERBS[verb];
  if (!fn)
    return fail(
      `docker: unknown command: docker network ${verb}\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n`,
      1,
    );
  return fn(p, e, rest);
}
