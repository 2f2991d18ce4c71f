/** `docker run`: parse, name and image checks, create, start, and the CLI's error wording. */
import {
  createContainer,
  exitContainer,
  imageIdFor,
  removeContainer,
  startContainer,
} from '../../engines/docker/containers.js';
import { parseImageRef, registryImage } from '../../engines/docker/images.js';
import { type DockerEngine, findNetwork, type PortBinding } from '../../engines/docker/state.js';
import { parseIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { containerContext } from './exec.js';
import { type FlagDef, flagOn, flagValue, parseFlags } from './flags.js';

const RUN_FLAGS: FlagDef[] = [
  { long: 'detach', short: 'd' },
  { long: 'interactive', short: 'i' },
  { long: 'tty', short: 't' },
  { long: 'rm' },
  { long: 'name', value: true },
  { long: 'network', value: true },
  { long: 'net', value: true },
  { long: 'publish', short: 'p', value: true },
  { long: 'env', short: 'e', value: true },
  { long: 'hostname', short: 'h', value: true },
  { long: 'entrypoint', value: true },
  { long: 'restart', value: true },
  { long: 'privileged' },
  { long: 'cap-add', value: true },
];

const RUN_USAGE = { path: 'docker run', usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]' };

export function runError(msg: string): never {
  return fail(`docker: ${msg}\n\nRun 'docker run --help' for more information\n`, 125);
}

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** -p [[HOST_IP:]HOST_PORT:]CONTAINER_PORT[/PROTO] */
function parsePublish(spec: string): PortBinding {
  const [main = '', proto = 'tcp'] = spec.split('/');
  const parts = main.split(':');
  const cont = parts[parts.length - 1] as string;
  const hostPort = parts.length >= 2 ? (parts[parts.length - 2] as string) : '';
  const hostIp = parts.length >= 3 ? parts.slice(0, -2).join(':') : '';
  const port = (s: string) => (/^\d+$/.test(s) ? Number(s) : Number.NaN);
  const cp = port(cont);
  if (!(cp >= 1 && cp <= 65535)) runError(`invalid containerPort: ${cont}`);
  if (hostIp && parseIPv4(hostIp) === null) runError(`invalid IP address: ${hostIp}`);
  if (proto !== 'tcp' && proto !== 'udp') runError(`invalid proto: ${proto}`);
  const hp = hostPort === '' ? 0 : port(hostPort);
  if (!(hp >= 0 && hp <= 65535) || (hostPort !== '' && hp === 0)) runError(`invalid hostPort: ${hostPort}`);
  return { proto, containerPort: cp, hostPort: hp, hostIp };
}

function ephemeralPort(e: DockerEngine): number {
  const used = new Set(e.containers.flatMap((c) => c.ports.map((b) => b.hostPort)));
  let p = 32768;
  while (used.has(p)) p++;
  return p;
}

export function dockerRun(p: Proc, e: DockerEngine, argv: string[]): number {
  const parsed = parseFlags(argv, RUN_FLAGS, RUN_USAGE, false);
  if (parsed.args.length === 0)
    return fail(
      `docker: 'docker run' requires at least 1 argument\n\nUsage:  ${RUN_USAGE.usage}\n\nSee 'docker run --help' for more information\n`,
      1,
    );
  const world = p.ctx.world;
  const [imageText = '', ...command] = parsed.args;
  const ref = parseImageRef(imageText);
  if (!ref.ok) return runError(ref.error);
  const ports = (parsed.flags.get('publish') ?? []).map(parsePublish);
  const name = flagValue(parsed, 'name');
  if (name !== undefined && !NAME_RE.test(name))
    return runError(
      `Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
    );
  if (name !== undefined) {
    const other = e.containers.find((c) => c.name === name);
    if (other)
      return runError(
        `Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
  }
  const key = `${ref.ref.repo}:${ref.ref.tag}`;
  const img = registryImage(ref.ref);
  if (!e.images.has(key)) {
    const shown = imageText.includes(':') ? imageText : `${imageText}:latest`;
    p.err(`Unable to find image '${shown}' locally\n`);
    if (!img)
      return runError(
        `Error response from daemon: pull access denied for ${ref.ref.repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
      );
    const digest = imageIdFor(`${key}@registry`).slice(7);
    p.err(
      `${ref.ref.tag}: Pulling from ${ref.ref.path}\n${digest.slice(0, 12)}: Pull complete\nDigest: sha256:${digest}\nStatus: Downloaded newer image for ${key}\n`,
    );
    e.images.set(key, imageIdFor(key));
  }
  if (!img) return runError('Error response from daemon: No such image');
  const entry = flagValue(parsed, 'entrypoint');
  const entrypoint = entry !== undefined ? (entry === '' ? [] : [entry]) : (img.entrypoint ?? []);
  const cmd = command.length ? command : entry !== undefined ? [] : img.cmd;
  const argvRun = [...entrypoint, ...cmd];
  const mode = flagValue(parsed, 'network') ?? flagValue(parsed, 'net') ?? 'default';
  const cname = name ?? generatedName(world.rng.nextU32());
  for (const b of ports) if (b.hostPort === 0) b.hostPort = ephemeralPort(e);
  const net = findNetwork(e, mode === 'default' ? 'bridge' : mode);
  const c = createContainer(world, e, {
    name: cname,
    image: imageText,
    imageId: e.images.get(key) ?? imageIdFor(key),
    img,
    argv: argvRun,
    cmd,
    network: net ?? (findNetwork(e, 'bridge') as NonNullable<typeof net>),
    networkMode: mode,
    ports: net?.driver === 'bridge' ? ports : [],
  });
  const detach = flagOn(parsed, 'detach');
  if (detach) p.out(`${c.id}\n`);
  if (!net) return runError(`Error response from daemon: network ${mode} not found`);
  const started = startContainer(world, e, c, net, img, command.length === 0 && entry === undefined);
  if (!started.ok) return runError(`Error response from daemon: ${started.error}`);
  if (started.lifeMs > 0) return 0;
  // a command that finishes: in the foreground its output first, then the container exits
  let code = started.exit;
  if (!detach) {
    const target = containerContext(world, e, c);
    if (target && argvRun.length && p.which(argvRun[0] as string, target))
      code = p.spawn(argvRun, target, '');
  }
  exitContainer(world, e, c, code);
  if (flagOn(parsed, 'rm')) removeContainer(world, e, c);
  return detach ? 0 : code;
}

const LEFT = ['admiring', 'brave', 'eager', 'festive', 'gifted', 'happy', 'jolly', 'keen', 'nifty', 'quirky'];
const RIGHT = [
  'bohr',
  'curie',
  'darwin',
  'euler',
  'gauss',
  'hopper',
  'lovelace',
  'newton',
  'tesla',
  'turing',
];

/** namesgenerator.GetRandomName: adjective_surname. */
function generatedName(r: number): string {
  return `${LEFT[r % LEFT.length]}_${RIGHT[Math.floor(r / LEFT.length) % RIGHT.length]}`;
}
