/**
 * The Docker engine of a host as plain data: networks (bridge/host/null),
 * containers with their endpoints and published ports, and the daemon's
 * allocators. The model follows Docker Engine 27 with the iptables backend
 * and the userland proxy on (its defaults); the daemon lives in
 * `world.ext.docker[host]`.
 */

import type { World } from '../../model/types.js';
import type { Vfs } from '../../model/vfs.js';

export type NetworkDriver = 'bridge' | 'host' | 'null';

export interface DockerNetwork {
  id: string;
  name: string;
  driver: NetworkDriver;
  /** Creation time: clock ms and the sub-millisecond nanoseconds Go prints. */
  created: number;
  createdNs: number;
  /** IPv4 subnet and gateway (bridge networks). */
  subnet?: number;
  prefix?: number;
  gateway?: number;
  /** The Linux bridge (docker0, br-<id12>). */
  bridge?: string;
  /** The predefined networks (bridge, host, none) cannot be removed. */
  predefined: boolean;
  /** `docker network create` networks: embedded DNS and Options {} instead of the default bridge's. */
  userDefined: boolean;
  /** Whether `--subnet` was given (IPAM Options {} rather than null). */
  ipamOptions: boolean;
  /** IPAM Config lists the gateway (auto-allocated pools, or --gateway given). */
  configGateway?: boolean;
  options: Record<string, string>;
  labels: Record<string, string>;
}

export interface PortBinding {
  proto: 'tcp' | 'udp';
  containerPort: number;
  hostPort: number;
  /** As given with -p ('' for all addresses). */
  hostIp: string;
}

export interface Endpoint {
  networkId: string;
  endpointId: string;
  ip: number;
  prefix: number;
  gateway: number;
  mac: string;
  /** Host-side veth name. */
  hostVeth: string;
}

export type ContainerStatus = 'created' | 'running' | 'exited';

export interface DockerContainer {
  id: string;
  name: string;
  /** The image as the user wrote it (docker ps shows this). */
  image: string;
  imageId: string;
  /** Entrypoint + command actually run. */
  path: string;
  args: string[];
  /** Whether the command came from the image (docker inspect Config.Cmd). */
  cmd: string[];
  created: number;
  createdNs: number;
  started?: number;
  startedNs: number;
  finished?: number;
  finishedNs: number;
  status: ContainerStatus;
  exitCode: number;
  pid: number;
  /** The network mode given (`default` when none). */
  networkMode: string;
  /** The network namespace (its own, or the host's with --network host). */
  netns?: number;
  sandboxId: string;
  endpoints: Endpoint[];
  ports: PortBinding[];
  hostname: string;
  fs: Vfs;
  /** What the main process wrote (stdout and stderr), as `docker logs` replays it. */
  logs?: Array<{ stream: 'stdout' | 'stderr'; line: string; at: number }>;
  /** Embedded DNS listener ports (user-defined networks). */
  dnsPorts?: { udp: number; tcp: number };
}

export interface DockerEngine {
  host: string;
  networks: DockerNetwork[];
  containers: DockerContainer[];
  /** Image references pulled (or shipped) on this host: name:tag -> image id. */
  images: Map<string, string>;
}

const KEY = 'docker';

function engines(world: World): Map<string, DockerEngine> {
  let m = world.ext[KEY] as Map<string, DockerEngine> | undefined;
  if (!m) {
    m = new Map();
    world.ext[KEY] = m;
  }
  return m;
}

/** The Docker daemon of a host, if Docker is installed there. */
export function dockerOf(world: World, host: string): DockerEngine | undefined {
  return (world.ext[KEY] as Map<string, DockerEngine> | undefined)?.get(host);
}

export function setDockerEngine(world: World, e: DockerEngine): void {
  engines(world).set(e.host, e);
}

/** All engines of the world (for the data plane's DNS and proxy apps). */
export function allDockerEngines(world: World): DockerEngine[] {
  return [...((world.ext[KEY] as Map<string, DockerEngine> | undefined)?.values() ?? [])];
}

export function findNetwork(e: DockerEngine, ref: string): DockerNetwork | undefined {
  return (
    e.networks.find((n) => n.name === ref) ??
    e.networks.find((n) => n.id === ref) ??
    (ref.length > 0 ? e.networks.filter((n) => n.id.startsWith(ref)) : []).find((_, __, a) => a.length === 1)
  );
}

export function findContainer(e: DockerEngine, ref: string): DockerContainer | undefined {
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  return (
    e.containers.find((c) => c.id === ref) ??
    e.containers.find((c) => c.name === name) ??
    (ref.length > 0 ? e.containers.filter((c) => c.id.startsWith(ref)) : []).find(
      (_, __, a) => a.length === 1,
    )
  );
}

/** An access-log line of a server listening in a docker container (its stdout). */
export function appendDockerLog(
  world: World,
  config: Record<string, unknown> | undefined,
  line: string,
): void {
  const hostName = config?.dockerHost;
  const id = config?.dockerContainer;
  if (typeof hostName !== 'string' || typeof id !== 'string') return;
  const c = dockerOf(world, hostName)?.containers.find((x) => x.id === id);
  if (c && (c.logs ??= []).length < 100_000) c.logs.push({ stream: 'stdout', line, at: world.clock.now });
}
