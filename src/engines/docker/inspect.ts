/**
 * The daemon's JSON for `docker network inspect` and `docker inspect`, with
 * the fields in the order the engine's types declare them (as captured from
 * a real engine, test/commands/docker/captures), and Go's time format.
 */
import { cidrText, formatIPv4 } from '../../model/inet.js';
import type { DockerContainer, DockerEngine, DockerNetwork, Endpoint } from './state.js';

/** Go's RFC 3339 with nanoseconds, trailing zeros dropped. */
export function goTime(ms: number | undefined, ns: number): string {
  if (ms === undefined) return '0001-01-01T00:00:00Z';
  const base = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
  const frac = ((ms % 1000) * 1_000_000 + ns).toString().padStart(9, '0').replace(/0+$/, '');
  return `${base}${frac ? `.${frac}` : ''}Z`;
}

export function networkJson(e: DockerEngine, n: DockerNetwork): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  for (const c of [...e.containers].reverse())
    for (const ep of c.endpoints)
      if (ep.networkId === n.id)
        containers[c.id] = {
          Name: c.name,
          EndpointID: ep.endpointId,
          MacAddress: ep.mac,
          IPv4Address: cidrText(ep.ip, ep.prefix),
          IPv6Address: '',
        };
  const config =
    n.subnet !== undefined
      ? [
          n.configGateway
            ? { Subnet: cidrText(n.subnet, n.prefix as number), Gateway: formatIPv4(n.gateway as number) }
            : { Subnet: cidrText(n.subnet, n.prefix as number) },
        ]
      : [];
  return {
    Name: n.name,
    Id: n.id,
    Created: goTime(n.created, n.createdNs),
    Scope: 'local',
    Driver: n.driver,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: n.ipamOptions ? {} : null, Config: config },
    Internal: false,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: { ...n.options },
    Labels: { ...n.labels },
  };
}

function portsJson(c: DockerContainer, running: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const b of c.ports) {
    const key = `${b.containerPort}/${b.proto}`;
    out[key] = running
      ? [
          { HostIp: b.hostIp || '0.0.0.0', HostPort: String(b.hostPort) },
          ...(b.hostIp ? [] : [{ HostIp: '::', HostPort: String(b.hostPort) }]),
        ]
      : null;
  }
  return out;
}

function endpointJson(e: DockerEngine, ep: Endpoint | undefined, netId: string): Record<string, unknown> {
  return {
    IPAMConfig: null,
    Links: null,
    Aliases: e.networks.find((n) => n.id === netId)?.userDefined && ep ? [] : null,
    NetworkID: netId,
    EndpointID: ep?.endpointId ?? '',
    Gateway: ep ? formatIPv4(ep.gateway) : '',
    IPAddress: ep ? formatIPv4(ep.ip) : '',
    IPPrefixLen: ep?.prefix ?? 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    MacAddress: ep?.mac ?? '',
    DriverOpts: null,
  };
}

export function networkModeName(c: DockerContainer): string {
  return c.networkMode === 'default' ? 'bridge' : c.networkMode;
}

export function containerJson(e: DockerEngine, c: DockerContainer): Record<string, unknown> {
  const dir = `/var/lib/docker/containers/${c.id}`;
  const running = c.status === 'running';
  const ep = c.endpoints[0];
  const top = ep && networkModeName(c) === 'bridge' ? ep : undefined;
  const net = e.networks.find((n) => n.name === networkModeName(c) || n.id === networkModeName(c));
  const ports: Record<string, string> = {};
  const bindings: Record<string, unknown> = {};
  for (const b of c.ports) {
    ports[`${b.containerPort}/${b.proto}`] = '';
    bindings[`${b.containerPort}/${b.proto}`] = [{ HostIp: b.hostIp, HostPort: String(b.hostPort) }];
  }
  return {
    Id: c.id,
    Created: goTime(c.created, c.createdNs),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.status,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: c.pid,
      ExitCode: c.exitCode,
      Error: '',
      StartedAt: goTime(c.started, c.startedNs),
      FinishedAt: goTime(c.finished, c.finishedNs),
    },
    Image: c.imageId,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${dir}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: null,
    HostConfig: {
      Binds: null,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: c.networkMode,
      PortBindings: bindings,
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      AutoRemove: false,
    },
    Config: {
      Hostname: c.networkMode === 'host' ? e.host : c.hostname,
      Domainname: '',
      User: '',
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ...(c.ports.length ? { ExposedPorts: Object.fromEntries(Object.keys(ports).map((k) => [k, {}])) } : {}),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: c.cmd,
      Image: c.image,
      Volumes: null,
      WorkingDir: '',
      Entrypoint: c.path !== c.cmd[0] ? [c.path] : null,
      OnBuild: null,
      Labels: {},
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: running ? c.sandboxId : '',
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      Ports: running ? portsJson(c, true) : {},
      SandboxKey: running ? `/var/run/docker/netns/${c.sandboxId.slice(0, 12)}` : '',
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: top?.endpointId ?? '',
      Gateway: top ? formatIPv4(top.gateway) : '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: top ? formatIPv4(top.ip) : '',
      IPPrefixLen: top?.prefix ?? 0,
      IPv6Gateway: '',
      MacAddress: top?.mac ?? '',
      Networks: net ? { [net.name]: endpointJson(e, ep, net.id) } : {},
    },
  };
}
