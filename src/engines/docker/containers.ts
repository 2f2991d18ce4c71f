/**
 * Containers: create and start (a network namespace with `eth0` on a veth
 * into the network's bridge, an address from IPAM, the default route,
 * /etc/hosts, /etc/resolv.conf, published ports), exit by the clock, and
 * removal. `--network host` shares the host's namespace, `none` gets only
 * lo. The command decides how long the main process lives.
 */
import { addAddr4 } from '../../model/addr-ops.js';
import { containerRootFs, DEBIAN_IMAGE_OS_RELEASE } from '../../model/container-fs.js';
import { broadcastOf, formatIPv4 } from '../../model/inet.js';
import { deleteLink, destroyNetns, renameLink, setLinkUp, setMaster } from '../../model/link-ops.js';
import { addRoute } from '../../model/route-ops.js';
import type { Host, Link, Netns, World } from '../../model/types.js';
import { FsView, Vfs } from '../../model/vfs.js';
import {
  createNetns,
  getHost,
  getNetns,
  linkByName,
  linksOf,
  moveLinkTo,
  newLink,
  notePeerNamespaces,
  spawnProcess,
} from '../../model/world.js';
import { type DockerImage, digestOf } from './images.js';
import { addPortRules, embeddedDnsRules, removePortRules } from './iptables.js';
import { allocateIp, bridgeOf, dockerMac, newId } from './networks.js';
import type { DockerContainer, DockerEngine, DockerNetwork, Endpoint, PortBinding } from './state.js';

const HOSTS_HEAD =
  '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

/** How long the main process runs: ms, Infinity, or 0 (exits at once) with its exit code. */
export function lifetimeOf(argv: readonly string[]): { ms: number; exit: number } {
  const [prog = '', ...rest] = argv;
  const base = prog.split('/').pop() ?? '';
  const joined = argv.join(' ');
  if (base === 'sleep') {
    const v = rest[0] ?? '';
    if (v === 'infinity') return { ms: Number.POSITIVE_INFINITY, exit: 0 };
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(v);
    if (!m) return { ms: 0, exit: 1 };
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
    return { ms: Number(m[1]) * unit * 1000, exit: 0 };
  }
  if (['sh', 'bash', 'ash', 'zsh'].includes(base) && rest[0] === '-c') {
    const script = rest.slice(1).join(' ');
    if (/while\s+true|sleep\s+(infinity|\d{3,})|tail\s+-f/.test(script))
      return { ms: Number.POSITIVE_INFINITY, exit: 0 };
    return { ms: 0, exit: 0 };
  }
  if (base === 'tail' && rest.includes('-f')) return { ms: Number.POSITIVE_INFINITY, exit: 0 };
  if (base === 'ping' && !rest.some((a) => a.startsWith('-c')))
    return { ms: Number.POSITIVE_INFINITY, exit: 0 };
  if (/^(nginx|httpd|httpd-foreground|redis-server|mysqld|mariadbd|postgres|top|watch|nc)$/.test(base))
    return { ms: Number.POSITIVE_INFINITY, exit: 0 };
  if (/docker-entrypoint|entrypoint\.sh/.test(joined) && !/\scurl(\s|$)/.test(joined))
    return { ms: Number.POSITIVE_INFINITY, exit: 0 };
  if (base === 'curl' || /\scurl$/.test(joined)) return { ms: 0, exit: 2 };
  if (base === 'false') return { ms: 0, exit: 1 };
  return { ms: 0, exit: 0 };
}

function hostOf(world: World, e: DockerEngine): Host {
  return getHost(world, e.host);
}

function hostResolvConf(host: Host): string {
  const fs = new FsView(host.fs);
  const read = (p: string) => {
    try {
      return fs.readFile(p);
    } catch {
      return '';
    }
  };
  let text = read('/etc/resolv.conf');
  if (/^nameserver\s+127\.0\.0\.53\s*$/m.test(text) && fs.exists('/run/systemd/resolve/resolv.conf'))
    text = read('/run/systemd/resolve/resolv.conf');
  const lines = text.split('\n').filter((l) => !/^\s*nameserver\s+(127\.|::1\s*$)/.test(l));
  let out = lines.join('\n');
  if (!/^\s*nameserver\s/m.test(out))
    out = `${out.replace(/\n*$/, '\n')}nameserver 8.8.8.8\nnameserver 8.8.4.4\n`;
  return out.replace(/^\n+/, '');
}

function buildFs(
  world: World,
  host: Host,
  c: DockerContainer,
  img: DockerImage,
  net: DockerNetwork | null,
): Vfs {
  const fs = containerRootFs(world);
  const hostFs = new FsView(host.fs);
  const hostFile = (p: string) => (hostFs.exists(p) ? hostFs.readFile(p) : '');
  if (c.networkMode === 'host') {
    fs.put('/etc/hosts', hostFile('/etc/hosts'));
    fs.put('/etc/hostname', `${host.name}\n`);
    fs.put('/etc/resolv.conf', hostFile('/etc/resolv.conf'));
  } else {
    const ep = c.endpoints[0];
    fs.put('/etc/hosts', HOSTS_HEAD + (ep ? `${formatIPv4(ep.ip)}\t${c.hostname}\n` : ''));
    fs.put('/etc/hostname', `${c.hostname}\n`);
    fs.put(
      '/etc/resolv.conf',
      net?.userDefined ? 'nameserver 127.0.0.11\noptions ndots:0\n' : hostResolvConf(host),
    );
  }
  fs.put('/etc/nsswitch.conf', 'hosts: files dns\n');
  fs.put('/etc/services', hostFile('/etc/services'));
  if (img.spec.userland === 'busybox') fs.put('/etc/os-release', 'NAME="Alpine Linux"\nID=alpine\n');
  else fs.put('/etc/os-release', DEBIAN_IMAGE_OS_RELEASE);
  for (const l of img.spec.listens)
    if (l.app === 'http' && typeof l.config?.body === 'string' && img.spec.name === 'nginx')
      fs.put('/usr/share/nginx/html/index.html', l.config.body);
  for (const cmd of img.spec.commands ?? []) fs.put(`/bin/${cmd}`, '\x7fELF', 0o755);
  return fs;
}

function route(world: World, ns: Netns, dst: number, prefix: number, dev: Link, gw?: number): void {
  addRoute(world, ns, { dst, prefix, gateway: gw, dev: dev.uid });
}

function vethName(world: World, root: Netns): string {
  for (;;) {
    const n = `veth${world.rng.hex(4).slice(0, 7)}`;
    if (!linkByName(world, root, n)) return n;
  }
}

/** Connect a container's namespace to a bridge network, as libnetwork's bridge driver does. */
function attach(world: World, e: DockerEngine, ns: Netns, net: DockerNetwork): Endpoint {
  const host = hostOf(world, e);
  const root = getNetns(world, host.rootNetns);
  const ip = allocateIp(e, net) as number;
  const prefix = net.prefix as number;
  // the pair is made in the host namespace; the container end moves in and becomes eth0
  const tmp = vethName(world, root);
  const cont = newLink(world, root, { kind: 'veth', name: tmp, mac: dockerMac(ip), txqlen: 0 });
  const hostVeth = newLink(world, root, { kind: 'veth', name: vethName(world, root), txqlen: 0 });
  cont.peer = hostVeth.uid;
  hostVeth.peer = cont.uid;
  const br = bridgeOf(world, e, net);
  if (br) setMaster(world, hostVeth, br);
  setLinkUp(world, hostVeth, true);
  moveLinkTo(world, cont, ns);
  renameLink(world, cont, 'eth0');
  notePeerNamespaces(world, cont);
  addAddr4(world, cont, { addr: ip, prefix, broadcast: broadcastOf(ip, prefix) });
  setLinkUp(world, cont, true);
  route(world, ns, 0, 0, cont, net.gateway);
  return {
    networkId: net.id,
    endpointId: newId(world),
    ip,
    prefix,
    gateway: net.gateway as number,
    mac: cont.mac,
    hostVeth: hostVeth.name,
  };
}

function containerNetns(world: World, host: Host, name: string): Netns {
  const ns = createNetns(world, host.name);
  ns.ext.label = `container ${name}`;
  // Docker turns IPv6 off in a container on an IPv4-only network
  for (const k of ['all', 'default', 'lo', 'eth0']) ns.sysctl.set(`net.ipv6.conf.${k}.disable_ipv6`, '1');
  const lo = linksOf(world, ns)[0] as Link;
  setLinkUp(world, lo, true);
  lo.addrs6 = [];
  return ns;
}

export interface CreateSpec {
  name: string;
  image: string;
  imageId: string;
  img: DockerImage;
  argv: string[];
  cmd: string[];
  network: DockerNetwork;
  networkMode: string;
  ports: PortBinding[];
}

/** `docker create`: the container record (status Created). */
export function createContainer(world: World, e: DockerEngine, s: CreateSpec): DockerContainer {
  const id = newId(world);
  const c: DockerContainer = {
    id,
    name: s.name,
    image: s.image,
    imageId: s.imageId,
    path: s.argv[0] ?? '',
    args: s.argv.slice(1),
    cmd: s.cmd,
    created: world.clock.now,
    createdNs: world.rng.int(0, 1_000_000),
    startedNs: 0,
    finishedNs: 0,
    status: 'created',
    exitCode: 0,
    pid: 0,
    networkMode: s.networkMode,
    sandboxId: '',
    endpoints: [],
    ports: s.ports,
    hostname: id.slice(0, 12),
    fs: new Vfs(() => world.clock.now),
  };
  e.containers.unshift(c);
  return c;
}

function portTaken(e: DockerEngine, b: PortBinding): boolean {
  return e.containers.some(
    (o) =>
      o.status === 'running' &&
      o.ports.some((p) => p.proto === b.proto && p.hostPort === b.hostPort && o.endpoints.length > 0),
  );
}

/** Started: when the main process ends by itself (0: at once) and with which status. */
export type StartResult = { ok: true; lifeMs: number; exit: number } | { ok: false; error: string };

/** `docker start`: the sandbox, its network, published ports, the main process. */
export function startContainer(
  world: World,
  e: DockerEngine,
  c: DockerContainer,
  net: DockerNetwork,
  img: DockerImage,
  defaultCmd: boolean,
): StartResult {
  const host = hostOf(world, e);
  const root = getNetns(world, host.rootNetns);
  c.sandboxId = newId(world);
  let ns: Netns;
  if (net.driver === 'host') ns = root;
  else {
    ns = containerNetns(world, host, c.name);
    if (net.driver === 'bridge') c.endpoints.push(attach(world, e, ns, net));
  }
  c.netns = ns.uid;
  const ep = c.endpoints[0];
  for (const b of c.ports) {
    if (!ep || net.driver !== 'bridge') continue;
    if (portTaken(e, b)) {
      const victim = ep.endpointId;
      teardown(world, e, c);
      c.status = 'created';
      return {
        ok: false,
        error: `driver failed programming external connectivity on endpoint ${c.name} (${victim}): Bind for ${b.hostIp || '0.0.0.0'}:${b.hostPort} failed: port is already allocated`,
      };
    }
  }
  if (ep) for (const b of c.ports) addPortRules(root, net.bridge as string, ep.ip, b);
  const life = lifetimeOf([c.path, ...c.args]);
  c.status = 'running';
  c.started = world.clock.now;
  c.startedNs = world.rng.int(0, 1_000_000);
  c.pid = spawnProcess(
    world,
    host,
    ns.uid,
    [c.path, ...c.args].join(' '),
    Number.isFinite(life.ms) ? life.ms : undefined,
  );
  c.fs = buildFs(world, host, c, img, net);
  if (net.userDefined && net.driver === 'bridge') {
    const udp = world.rng.int(32768, 61000);
    const tcp = world.rng.int(32768, 61000);
    c.dnsPorts = { udp, tcp };
    embeddedDnsRules(ns, udp, tcp);
    for (const [proto, port] of [
      ['tcp', tcp],
      ['udp', udp],
    ] as const)
      ns.sockets.push({
        proto,
        addr: 0x7f00000b,
        port,
        pid: 1,
        process: 'dockerd',
        app: 'docker-dns',
        listen: proto === 'tcp',
        config: { host: e.host, container: c.id },
      });
  }
  if (ep)
    for (const b of c.ports) {
      const pid = spawnProcess(
        world,
        host,
        root.uid,
        `/usr/bin/docker-proxy -proto ${b.proto} -host-ip ${b.hostIp || '0.0.0.0'} -host-port ${b.hostPort} -container-ip ${formatIPv4(ep.ip)} -container-port ${b.containerPort}`,
      );
      for (const v6 of [false, true])
        root.sockets.push({
          proto: b.proto,
          addr: 0,
          port: b.hostPort,
          pid,
          process: 'docker-proxy',
          app: 'docker-proxy',
          listen: b.proto === 'tcp',
          ...(v6 ? { v6: true } : {}),
          config: { ip: ep.ip, port: b.containerPort, container: c.id },
        });
    }
  // the image's own servers listen in the container when it runs the image's command
  if (defaultCmd) {
    // nginx's entrypoint echoes to stdout, its error log (the notices) is /dev/stderr
    for (const line of img.spec.startLogs(world.clock.now, {
      podName: c.hostname,
      kernel: world.profile.kernel,
    }))
      (c.logs ??= []).push({
        stream: /^\d{4}\/\d\d\/\d\d \d/.test(line) ? 'stderr' : 'stdout',
        line,
        at: world.clock.now,
      });
  }
  if (defaultCmd)
    for (const l of img.spec.listens)
      ns.sockets.push({
        proto: l.proto,
        addr: 0,
        port: l.port,
        pid: c.pid,
        process: img.spec.name,
        app: l.app,
        listen: l.proto === 'tcp',
        // the access log goes to this container's stdout
        config: { ...(l.config ?? {}), dockerHost: e.host, dockerContainer: c.id },
      });
  return { ok: true, lifeMs: life.ms, exit: life.exit };
}

/** Release a container's network: ports, endpoints, namespace, proxies. */
function teardown(world: World, e: DockerEngine, c: DockerContainer): void {
  const host = hostOf(world, e);
  const root = getNetns(world, host.rootNetns);
  const ep = c.endpoints[0];
  const net = ep ? e.networks.find((n) => n.id === ep.networkId) : undefined;
  if (ep && net?.bridge && c.status === 'running')
    for (const b of c.ports) removePortRules(root, net.bridge, ep.ip, b);
  const proxies = root.sockets.filter((s) => s.app === 'docker-proxy' && s.config?.container === c.id);
  const pids = new Set(proxies.map((s) => s.pid));
  root.sockets = root.sockets.filter((s) => !proxies.includes(s));
  host.processes = host.processes.filter((p) => !pids.has(p.pid) && p.pid !== c.pid);
  if (c.netns !== undefined && c.netns !== root.uid) {
    const ns = world.netns.get(c.netns);
    if (ns) destroyNetns(world, ns);
  } else if (ep) {
    const v = linkByName(world, root, ep.hostVeth);
    if (v) deleteLink(world, v);
  }
  c.endpoints = [];
  delete c.netns;
  delete c.dnsPorts;
}

export function exitContainer(world: World, e: DockerEngine, c: DockerContainer, code: number): void {
  teardown(world, e, c);
  c.status = 'exited';
  c.exitCode = code;
  c.finished = world.clock.now;
  c.finishedNs = world.rng.int(0, 1_000_000);
  c.pid = 0;
}

/** Containers whose main process ran out of time exit (called before every docker command). */
export function refreshContainers(world: World, e: DockerEngine): void {
  const host = hostOf(world, e);
  for (const c of e.containers) {
    if (c.status !== 'running' || c.pid === 0) continue;
    const p = host.processes.find((x) => x.pid === c.pid);
    if (!p || (p.until !== undefined && p.until <= world.clock.now)) exitContainer(world, e, c, 0);
  }
}

/** `docker rm [-f]`: stop if running, then forget. */
export function removeContainer(world: World, e: DockerEngine, c: DockerContainer): void {
  if (c.status === 'running') teardown(world, e, c);
  e.containers = e.containers.filter((x) => x.id !== c.id);
}

/** Local image id for a reference (pulled images keep a stable id). */
export function imageIdFor(ref: string): string {
  return `sha256:${digestOf(ref)}`;
}
