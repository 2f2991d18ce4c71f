/**
 * The `docker` world: a Debian 12 host `docker-host` (192.168.1.10) with
 * Docker installed and the nginx, alpine and busybox images pulled, and a
 * second machine `client` (192.168.1.20) on the same LAN, behind the
 * gateway 192.168.1.1 that also answers DNS — so published ports can be
 * tried from the LAN.
 */
import '../dns/apps.js';
import { addAddr4 } from '../../model/addr-ops.js';
import { installBaseFiles, installPrograms } from '../../model/host-setup.js';
import { setLinkUp, setMaster } from '../../model/link-ops.js';
import { CAPTURE_PROFILE } from '../../model/profile.js';
import { addRoute } from '../../model/route-ops.js';
import type { Host, Link, World } from '../../model/types.js';
import { addHost, createWorld, getNetns, linksOf, newLink } from '../../model/world.js';
import { imageIdFor } from './containers.js';
import { installDocker } from './networks.js';

const GATEWAY = 0xc0a80101;
const PREFIX = 24;

export const DOCKER_WORLD_HOSTS = { docker: 'docker-host', client: 'client' } as const;

function lan(world: World): Link {
  const h = addHost(world, 'lan', { hidden: true });
  installBaseFiles(h);
  const ns = getNetns(world, h.rootNetns);
  ns.ext.label = 'the LAN';
  setLinkUp(world, linksOf(world, ns)[0] as Link, true);
  const br = newLink(world, ns, { kind: 'bridge', name: 'br0' });
  setLinkUp(world, br, true);
  addAddr4(world, br, { addr: GATEWAY, prefix: PREFIX });
  ns.sysctl.set('net.ipv4.ip_forward', '1');
  const records = ['A example.com 93.184.215.14', 'A registry-1.docker.io 54.236.113.205'];
  for (const proto of ['udp', 'tcp'] as const)
    ns.sockets.push({
      proto,
      addr: GATEWAY,
      port: 53,
      pid: 2,
      process: 'dnsmasq',
      app: 'recursor',
      listen: proto === 'tcp',
      config: { ttl: 300, records },
    });
  return br;
}

function machine(
  world: World,
  br: Link,
  name: string,
  ip: number,
  paths: Iterable<string> | undefined,
): Host {
  const host = addHost(world, name);
  installBaseFiles(host, { resolvConf: 'nameserver 192.168.1.1\n' });
  if (paths) installPrograms(host, paths);
  const root = getNetns(world, host.rootNetns);
  setLinkUp(world, linksOf(world, root)[0] as Link, true);
  const lanNs = getNetns(world, br.netns);
  const port = newLink(world, lanNs, { kind: 'ether', name: `port-${name}`.slice(0, 15) });
  const eth0 = newLink(world, root, { kind: 'ether', name: 'eth0' });
  eth0.wire = port.uid;
  port.wire = eth0.uid;
  setMaster(world, port, br);
  setLinkUp(world, port, true);
  addAddr4(world, eth0, { addr: ip, prefix: PREFIX, broadcast: (ip | 0xff) >>> 0 });
  setLinkUp(world, eth0, true);
  addRoute(world, root, { gateway: GATEWAY, dev: eth0.uid });
  return host;
}

export function buildDockerWorld(opts: { programPaths?: Iterable<string>; seed?: number } = {}): World {
  const world = createWorld({ profile: CAPTURE_PROFILE, seed: opts.seed ?? 27 });
  const br = lan(world);
  const paths = opts.programPaths ? [...opts.programPaths] : undefined;
  const dockerHost = machine(world, br, DOCKER_WORLD_HOSTS.docker, 0xc0a8010a, paths);
  machine(world, br, DOCKER_WORLD_HOSTS.client, 0xc0a80114, paths);
  const e = installDocker(world, dockerHost);
  for (const img of ['nginx:latest', 'alpine:latest', 'busybox:latest']) e.images.set(img, imageIdFor(img));
  world.defaultHost = dockerHost.name;
  return world;
}
