/**
 * CNI plugins as containerd runs them for a pod sandbox: the lexically
 * first config in /etc/cni/net.d decides; `bridge` (+ host-local) does the
 * work, `flannel` and `weave-net` delegate to it with their own subnet;
 * `calico` has its own (calico-plugin.ts).
 */
import { addAddr4 } from '../../model/addr-ops.js';
import { setPortFlag } from '../../model/bridge-port.js';
import { formatIPv4, parseCidr4 } from '../../model/inet.js';
import { deleteLink, setLinkUp, setMaster } from '../../model/link-ops.js';
import { addRoute } from '../../model/route-ops.js';
import type { Host, Link, Netns, World } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { getNetns, linkByName, linksOf, newLink, notePeerNamespaces } from '../../model/world.js';
import { calicoAdd, calicoDel } from './calico-plugin.js';
import { hostLocalAllocate, hostLocalRelease, type IpamResult } from './host-local.js';
import { weaveAllocate, weaveRelease, weaveRingOf } from './weave-ipam.js';

export interface CniConfig {
  file: string;
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: JSON configuration
  plugins: any[];
}

export interface CniRequest {
  world: World;
  host: Host;
  containerId: string;
  netns: Netns;
  ifname: string;
  /** The pod, as containerd passes it in CNI_ARGS (K8S_POD_NAMESPACE, K8S_POD_NAME). */
  k8s?: { namespace: string; name: string };
}

export type CniResult =
  | { ok: true; ip: number; prefix: number; gateway: number; hostVeth: string }
  | { ok: false; error: string };

/** containerd's choice: the lexically first *.conf / *.conflist / *.json in /etc/cni/net.d that parses. */
export function readCniConfig(host: Host): CniConfig | null {
  const fs = new FsView(host.fs);
  let names: string[];
  try {
    names = fs
      .readdir('/etc/cni/net.d')
      .filter((n) => /\.(conf|conflist|json)$/.test(n))
      .sort();
  } catch {
    return null;
  }
  for (const n of names) {
    try {
      const j = JSON.parse(fs.readFile(`/etc/cni/net.d/${n}`));
      const plugins = Array.isArray(j.plugins) ? j.plugins : [j];
      if (plugins.length === 0 || typeof plugins[0]?.type !== 'string') continue;
      return { file: n, name: String(j.name ?? 'cni'), plugins };
    } catch {
      // containerd skips files it cannot parse
    }
  }
  return null;
}

function hostNs(req: CniRequest): Netns {
  return getNetns(req.world, req.host.rootNetns);
}

function ensureBridge(
  req: CniRequest,
  name: string,
  mtu: number,
  gw: { ip: number; prefix: number } | null,
): Link {
  const ns = hostNs(req);
  let br = linkByName(req.world, ns, name);
  if (!br) {
    br = newLink(req.world, ns, { kind: 'bridge', name, mtu });
    setLinkUp(req.world, br, true);
  }
  if (gw && !br.addrs4.some((a) => a.addr === gw.ip))
    addAddr4(req.world, br, { addr: gw.ip, prefix: gw.prefix });
  return br;
}

function hostVethName(req: CniRequest): string {
  for (;;) {
    const n = `veth${req.world.rng.hex(4)}`;
    if (!linkByName(req.world, hostNs(req), n)) return n;
  }
}

export function bridgeAdd(
  req: CniRequest,
  network: string,
  // biome-ignore lint/suspicious/noExplicitAny: JSON configuration
  conf: any,
  extraRoutes: string[],
  ipam?: () => IpamResult | string,
): CniResult {
  const range = conf.ipam?.ranges?.[0]?.[0]?.subnet ?? conf.ipam?.subnet;
  if (!range && !ipam) return { ok: false, error: `plugin type="bridge" failed (add): range missing` };
  const mtu = Number(conf.mtu ?? 1500);
  const alloc = ipam ? ipam() : hostLocalAllocate(req.host.fs, network, range, req.containerId, req.ifname);
  if (typeof alloc === 'string') return { ok: false, error: `plugin type="bridge" failed (add): ${alloc}` };
  const br = ensureBridge(
    req,
    conf.bridge ?? 'cni0',
    mtu,
    conf.isGateway ? { ip: alloc.gateway, prefix: alloc.prefix } : null,
  );
  const hostName = hostVethName(req);
  const host = newLink(req.world, hostNs(req), { kind: 'veth', name: hostName, mtu });
  const cont = newLink(req.world, req.netns, { kind: 'veth', name: req.ifname, mtu });
  host.peer = cont.uid;
  cont.peer = host.uid;
  notePeerNamespaces(req.world, cont);
  setMaster(req.world, host, br);
  if (conf.hairpinMode) setPortFlag(host, 'hairpin', true);
  setLinkUp(req.world, host, true);
  addAddr4(req.world, cont, { addr: alloc.ip, prefix: alloc.prefix });
  setLinkUp(req.world, cont, true);
  const route = (dst: number, prefix: number) =>
    addRoute(req.world, req.netns, { dst, prefix, gateway: alloc.gateway, dev: cont.uid });
  if (conf.isDefaultGateway || conf.isGateway) route(0, 0);
  for (const r of [
    ...extraRoutes,
    ...((conf.ipam?.routes ?? []) as Array<{ dst: string }>).map((x) => x.dst),
  ]) {
    const c = parseCidr4(r);
    if (c && c.prefix > 0) route(c.addr, c.prefix);
  }
  return { ok: true, ip: alloc.ip, prefix: alloc.prefix, gateway: alloc.gateway, hostVeth: hostName };
}

function readSubnetEnv(host: Host): Record<string, string> | null {
  try {
    const text = new FsView(host.fs).readFile('/run/flannel/subnet.env');
    const env: Record<string, string> = {};
    for (const line of text.split('\n')) {
      const i = line.indexOf('=');
      if (i > 0) env[line.slice(0, i)] = line.slice(i + 1);
    }
    return env;
  } catch {
    return null;
  }
}

/**
 * containerd's CRI sets a sandbox up with go-cni's WithLoNetwork: the
 * `loopback` plugin brings lo up before the configured network runs, whatever
 * the conflist says (the plugins themselves never touch lo).
 */
export function cniAdd(req: CniRequest, conf: CniConfig): CniResult {
  const fs = new FsView(req.host.fs);
  if (!fs.exists('/opt/cni/bin/loopback'))
    return { ok: false, error: 'failed to find plugin "loopback" in path [/opt/cni/bin]' };
  const lo = linksOf(req.world, req.netns).find((l) => l.kind === 'loopback');
  if (lo) setLinkUp(req.world, lo, true);
  const first = conf.plugins[0];
  const bin = `/opt/cni/bin/${first.type}`;
  if (!fs.exists(bin)) {
    return { ok: false, error: `failed to find plugin "${first.type}" in path [/opt/cni/bin]` };
  }
  switch (first.type) {
    case 'bridge':
      return bridgeAdd(req, conf.name, first, []);
    case 'flannel': {
      const env = readSubnetEnv(req.host);
      if (!env)
        return {
          ok: false,
          error:
            'plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory',
        };
      const subnet = env.FLANNEL_SUBNET ?? '';
      const c = parseCidr4(subnet);
      const net = c ? `${formatIPv4(c.addr & (0xffffffff << (32 - c.prefix)))}/${c.prefix}` : subnet;
      const delegate = {
        bridge: 'cni0',
        hairpinMode: true,
        isDefaultGateway: first.delegate?.isDefaultGateway ?? true,
        isGateway: true,
        ipMasq: env.FLANNEL_IPMASQ !== 'true',
        mtu: Number(env.FLANNEL_MTU ?? 1450),
        ipam: {
          type: 'host-local',
          ranges: [[{ subnet: net }]],
          routes: [{ dst: env.FLANNEL_NETWORK ?? '10.244.0.0/16' }],
        },
      };
      new FsView(req.host.fs).mkdir('/var/lib/cni/flannel', '/', true);
      req.host.fs.put(
        `/var/lib/cni/flannel/${req.containerId}`,
        JSON.stringify({ cniVersion: '0.3.1', name: conf.name, type: 'bridge', ...delegate }),
      );
      return bridgeAdd(req, conf.name, delegate, []);
    }
    case 'weave-net': {
      const ring = weaveRingOf(req.world);
      if (!ring?.bridgeIp.has(req.host.name))
        return {
          ok: false,
          error:
            'plugin type="weave-net" name="weave" failed (add): unable to allocate IP address: Post "http://127.0.0.1:6784/ip/' +
            `${req.containerId}": dial tcp 127.0.0.1:6784: connect: connection refused`,
        };
      return bridgeAdd(
        req,
        'weave',
        { bridge: 'weave', isGateway: false, isDefaultGateway: true, mtu: 1376, hairpinMode: true },
        [],
        () => weaveAllocate(ring, req.host.name, req.containerId),
      );
    }
    case 'calico':
      return calicoAdd(req, first);
    default:
      return { ok: false, error: `plugin type="${first.type}" failed (add): unsupported by this world` };
  }
}

export function cniDel(req: CniRequest, conf: CniConfig | null, hostVeth: string | undefined): void {
  if (hostVeth) {
    const l = linkByName(req.world, hostNs(req), hostVeth);
    if (l) deleteLink(req.world, l);
  }
  if (conf?.plugins[0]?.type === 'calico') calicoDel(req);
  else if (conf?.plugins[0]?.type === 'weave-net') {
    const ring = weaveRingOf(req.world);
    if (ring) weaveRelease(ring, req.containerId);
  } else if (conf) hostLocalRelease(req.host.fs, conf.name, req.containerId);
}
