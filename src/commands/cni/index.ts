/**
 * The CNI reference plugins in /opt/cni/bin run by hand, as the CNI spec
 * drives them: CNI_COMMAND (ADD / DEL / CHECK / VERSION) and the other
 * CNI_* variables from the environment, the network config on stdin, the
 * result or error as JSON on stdout (result.ts). `bridge` and `host-local`
 * do what kubelet's sandboxes get from them (kube/cni/plugins.ts,
 * host-local.ts); `loopback` brings lo up. They run by absolute path only
 * (the registry keeps path-named programs off PATH) and only where
 * /opt/cni/bin holds the file. Checks run in skel's order: environment,
 * config JSON, cniVersion, network name, then the plugin's own work.
 */

import { hostLocalAllocate, hostLocalRelease } from '../../kube/cni/host-local.js';
import { bridgeAdd } from '../../kube/cni/plugins.js';
import { formatIPv4, parseCidr4 } from '../../model/inet.js';
import { deleteLink, setLinkUp } from '../../model/link-ops.js';
import type { Netns } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { linkByName, linksOf, netnsByName } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { CniError, type CniResultData, errorText, resultText, SUPPORTED } from './result.js';

const PLUGIN_VERSION = 'v1.1.1';
// biome-ignore lint/suspicious/noExplicitAny: network configuration JSON
type Conf = any;

interface Env {
  command: string;
  containerId: string;
  netns: string;
  ifname: string;
  path: string;
}

function env(p: Proc): Env {
  const e = (k: string) => p.ctx.env.get(k) ?? '';
  return {
    command: e('CNI_COMMAND'),
    containerId: e('CNI_CONTAINERID'),
    netns: e('CNI_NETNS'),
    ifname: e('CNI_IFNAME'),
    path: e('CNI_PATH'),
  };
}

/** skel's checks of the environment for a command. */
function checkEnv(e: Env): void {
  const needNetns = e.command === 'ADD' || e.command === 'CHECK';
  const missing = [
    ['CNI_CONTAINERID', e.containerId],
    ...(needNetns ? [['CNI_NETNS', e.netns]] : []),
    ['CNI_IFNAME', e.ifname],
    ['CNI_PATH', e.path],
  ]
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) throw new CniError(4, `required env variables [${missing.join(',')}] missing`);
}

function parseConf(stdin: string): Conf {
  let j: unknown;
  try {
    j = JSON.parse(stdin);
  } catch {
    throw new CniError(6, 'error unmarshall network config: unexpected end of JSON input');
  }
  if (typeof j !== 'object' || j === null || Array.isArray(j)) {
    const kind = Array.isArray(j) ? 'array' : j === null ? 'null' : typeof j;
    throw new CniError(
      6,
      `error unmarshall network config: json: cannot unmarshal ${kind} into Go value of type struct { Name string "json:\\"name\\"" }`,
    );
  }
  const conf = j as Conf;
  const version = typeof conf.cniVersion === 'string' && conf.cniVersion ? conf.cniVersion : '0.1.0';
  if (!SUPPORTED.includes(version))
    throw new CniError(
      1,
      'incompatible CNI versions',
      `config is "${version}", plugin supports [${SUPPORTED.map((v) => `"${v}"`).join(' ')}]`,
    );
  if (!conf.name) throw new CniError(7, 'missing network name');
  conf.cniVersion = version;
  return conf;
}

function openNetns(p: Proc, path: string): Netns {
  const m = /^\/(?:var\/)?run\/netns\/([^/]+)$/.exec(path);
  const ns = m ? netnsByName(p.ctx.world, p.ctx.host, m[1] as string) : undefined;
  if (!ns)
    throw new CniError(
      999,
      `failed to open netns "${path}": failed to Statfs "${path}": no such file or directory`,
    );
  return ns;
}

/** The IPAM part: host-local only; other types must at least exist in CNI_PATH. */
function ipamCheck(p: Proc, conf: Conf, e: Env): void {
  const type = conf.ipam?.type;
  if (!type) return;
  const dirs = e.path.split(':');
  if (!dirs.some((d) => new FsView(p.ctx.host.fs).exists(`${d}/${type}`)))
    throw new CniError(999, `failed to find plugin "${type}" in path [${dirs.join(' ')}]`);
  if (type !== 'host-local') throw new CniError(999, `IPAM plugin "${type}" is not supported here`);
}

function ranges(conf: Conf): string {
  const subnet = conf.ipam?.ranges?.[0]?.[0]?.subnet ?? conf.ipam?.subnet;
  if (!subnet) throw new CniError(999, 'no IP ranges specified');
  if (!parseCidr4(subnet)) throw new CniError(999, `invalid CIDR address: ${subnet}`);
  return subnet;
}

function ipamRoutes(conf: Conf): Array<{ dst: string; gw?: string }> {
  return ((conf.ipam?.routes ?? []) as Array<{ dst?: string; gw?: string }>)
    .filter((r) => typeof r.dst === 'string')
    .map((r) => ({ dst: r.dst as string, ...(r.gw ? { gw: r.gw } : {}) }));
}

function hostLocal(p: Proc, conf: Conf, e: Env): CniResultData | null {
  if (e.command === 'DEL') {
    hostLocalRelease(p.ctx.host.fs, conf.name, e.containerId);
    return null;
  }
  const subnet = ranges(conf);
  const a = hostLocalAllocate(p.ctx.host.fs, conf.name, subnet, e.containerId, e.ifname);
  if (typeof a === 'string') throw new CniError(999, a);
  const gw = conf.ipam?.ranges?.[0]?.[0]?.gateway ?? conf.ipam?.gateway;
  return {
    ips: [{ address: `${formatIPv4(a.ip)}/${a.prefix}`, gateway: gw ?? formatIPv4(a.gateway) }],
    routes: ipamRoutes(conf),
  };
}

function bridge(p: Proc, conf: Conf, e: Env): CniResultData | null {
  const world = p.ctx.world;
  if (e.command === 'DEL') {
    if (conf.ipam?.type === 'host-local') hostLocalRelease(p.ctx.host.fs, conf.name, e.containerId);
    const ns = e.netns ? netnsByName(world, p.ctx.host, e.netns.replace(/^.*\//, '')) : undefined;
    const l = ns ? linkByName(world, ns, e.ifname) : undefined;
    if (l) deleteLink(world, l);
    return null;
  }
  const ns = openNetns(p, e.netns);
  if (linkByName(world, ns, e.ifname))
    throw new CniError(999, `container veth name provided (${e.ifname}) already exists`);
  ipamCheck(p, conf, e);
  ranges(conf);
  const res = bridgeAdd(
    { world, host: p.ctx.host, containerId: e.containerId, netns: ns, ifname: e.ifname },
    conf.name,
    conf,
    [],
  );
  if (!res.ok) throw new CniError(999, res.error.replace(/^plugin type="bridge" failed \(add\): /, ''));
  const root = p.ctx.ns;
  const br = linkByName(world, root, conf.bridge ?? 'cni0');
  const hv = linkByName(world, root, res.hostVeth);
  const cv = linkByName(world, ns, e.ifname);
  const gw = conf.ipam?.ranges?.[0]?.[0]?.gateway ?? conf.ipam?.gateway;
  return {
    interfaces: [
      { name: br?.name ?? 'cni0', mac: br?.mac ?? '' },
      { name: res.hostVeth, mac: hv?.mac ?? '' },
      { name: e.ifname, mac: cv?.mac ?? '', sandbox: e.netns },
    ],
    ips: [
      {
        interface: 2,
        address: `${formatIPv4(res.ip)}/${res.prefix}`,
        gateway: gw ?? formatIPv4(res.gateway),
      },
    ],
    routes: ipamRoutes(conf),
  };
}

function loopback(p: Proc, _conf: Conf, e: Env): CniResultData | null {
  const ns = e.command === 'DEL' ? undefined : openNetns(p, e.netns);
  if (!ns) return null;
  const lo = linksOf(p.ctx.world, ns).find((l) => l.kind === 'loopback');
  if (lo) setLinkUp(p.ctx.world, lo, true);
  return {
    interfaces: [{ name: 'lo', mac: '00:00:00:00:00:00', sandbox: e.netns }],
    ips: [
      { interface: 0, address: '127.0.0.1/8' },
      { interface: 0, address: '::1/128' },
    ],
    routes: [],
  };
}

type Plugin = (p: Proc, conf: Conf, e: Env) => CniResultData | null;

function runPlugin(name: string, plugin: Plugin) {
  return (p: Proc): number => {
    const e = env(p);
    if (!e.command) {
      p.out(
        `CNI ${name} plugin ${PLUGIN_VERSION}\nCNI protocol versions supported: ${SUPPORTED.join(', ')}\n`,
      );
      return 0;
    }
    try {
      if (e.command === 'VERSION') {
        p.out(`${JSON.stringify({ cniVersion: '1.0.0', supportedVersions: SUPPORTED })}\n`);
        return 0;
      }
      if (!['ADD', 'DEL', 'CHECK'].includes(e.command))
        throw new CniError(4, `unknown CNI_COMMAND: ${e.command}`);
      checkEnv(e);
      const conf = parseConf(p.stdin);
      if (e.command === 'CHECK') {
        openNetns(p, e.netns);
        if (!conf.prevResult) throw new CniError(999, 'Required prevResult missing');
        return 0;
      }
      const r = plugin(p, conf, e);
      if (r) p.out(resultText(conf.cniVersion, r));
      return 0;
    } catch (err) {
      if (!(err instanceof CniError)) throw err;
      p.out(errorText(err));
      return 1;
    }
  };
}

function def(name: string, plugin: Plugin): CommandDef {
  const path = `/opt/cni/bin/${name}`;
  return { name: path, path, run: runPlugin(name, plugin), summary: `CNI ${name} plugin` };
}

export const CNI_PLUGIN_COMMANDS: CommandDef[] = [
  def('bridge', bridge),
  def('host-local', hostLocal),
  def('loopback', loopback),
];
