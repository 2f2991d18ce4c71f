/**
 * The default world: a kubeadm cluster whose nodes are Ubuntu hosts on one
 * LAN (a hidden bridge with the gateway and an upstream DNS server), built
 * the way it happens on a real cluster — `kubeadm init` on the control
 * plane, the CNI manifest applied, the workers joined — with the
 * controllers doing the rest, so every pod, route and rule comes from the
 * same code that runs when the user changes something.
 */
import '../../engines/dns/apps.js';
import { restoreRules } from '../../engines/netfilter/restore.js';
import { addAddr4 } from '../../model/addr-ops.js';
import { installBaseFiles, installPrograms } from '../../model/host-setup.js';
import { parseIPv4 } from '../../model/inet.js';
import { setLinkUp, setMaster } from '../../model/link-ops.js';
import { UBUNTU_NODE_PROFILE } from '../../model/profile.js';
import { addRoute } from '../../model/route-ops.js';
import type { Host, Link, Netns, Socket, World } from '../../model/types.js';
import {
  addHost,
  createWorld,
  DEFAULT_EPOCH,
  getNetns,
  linksOf,
  newLink,
  spawnProcess,
} from '../../model/world.js';
import { installAdmission } from '../admission.js';
import { type ClusterConfig, type ClusterState, DEFAULT_CLUSTER, type NodeConfig } from '../cluster.js';
import { installContainerdNet } from '../cni/bridge-net.js';
import { reconcileCluster } from '../controllers/index.js';
import { storeDnsSource } from '../dns-source.js';
import { registerUnit } from '../node-services.js';
import { KubeStore } from '../store.js';
import { flannelObjects, kubeadmObjects, nodeObject, nthAddress, weaveObjects } from './addons.js';
import { calicoObjects } from './calico-objects.js';
import { installNodeFiles, UBUNTU_OS_RELEASE } from './node-files.js';
import { installUnitFiles } from './unit-files.js';

export const LAN = 'lan';
const MINUTE = 60_000;

export interface ClusterWorldOptions {
  programPaths?: Iterable<string>;
  seed?: number;
  /** How long ago the cluster was created when the user arrives (ages in `kubectl get`). */
  ageMs?: number;
}

/** The chains kubelet creates at start (canaries, the iptables hint, the localnet firewall). */
const KUBELET_RULES = `*mangle
:KUBE-IPTABLES-HINT - [0:0]
:KUBE-KUBELET-CANARY - [0:0]
COMMIT
*nat
:KUBE-KUBELET-CANARY - [0:0]
COMMIT
*filter
:KUBE-FIREWALL - [0:0]
:KUBE-KUBELET-CANARY - [0:0]
-A INPUT -j KUBE-FIREWALL
-A OUTPUT -j KUBE-FIREWALL
-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
COMMIT
`;

const RESOLVED_COREFILE = '.:53 {\n    forward . /run/systemd/resolve/resolv.conf\n    cache 30\n}\n';

function listen(
  ns: Netns,
  pid: number,
  process: string,
  s: Omit<Socket, 'pid' | 'process' | 'listen'>,
): void {
  ns.sockets.push({ ...s, pid, process, listen: true });
}

function lanOf(world: World, c: ClusterConfig): Link {
  const lanHost = addHost(world, LAN, { hidden: true });
  installBaseFiles(lanHost);
  const ns = getNetns(world, lanHost.rootNetns);
  ns.ext.label = 'the LAN';
  setLinkUp(world, linksOf(world, ns)[0] as Link, true);
  const br = newLink(world, ns, { kind: 'bridge', name: 'br0' });
  if (br.bridge) br.bridge.macFixed = true; // a switch, not a Linux bridge taking its ports' MACs
  setLinkUp(world, br, true);
  addAddr4(world, br, { addr: parseIPv4(c.gateway) ?? 0, prefix: c.lanPrefix });
  const gw = parseIPv4(c.gateway) ?? 0;
  const records = c.internetRecords.map((r) => `A ${r.name} ${r.ip}`);
  for (const proto of ['udp', 'tcp'] as const)
    listen(ns, 2, 'dnsmasq', { proto, addr: gw, port: 53, app: 'recursor', config: { ttl: 300, records } });
  return br;
}

function attachNode(world: World, br: Link, host: Host, c: ClusterConfig, n: NodeConfig): void {
  const lan = getNetns(world, br.netns);
  const root = getNetns(world, host.rootNetns);
  // a NIC cabled to a switch port on the LAN bridge
  const lanSide = newLink(world, lan, { kind: 'ether', name: `port-${n.name}`.slice(0, 15) });
  const eth0 = newLink(world, root, { kind: 'ether', name: 'eth0', mac: n.mac });
  eth0.wire = lanSide.uid;
  lanSide.wire = eth0.uid;
  setMaster(world, lanSide, br);
  setLinkUp(world, lanSide, true);
  setLinkUp(world, linksOf(world, root)[0] as Link, true);
  const ip = parseIPv4(n.ip) ?? 0;
  addAddr4(world, eth0, { addr: ip, prefix: c.lanPrefix });
  setLinkUp(world, eth0, true);
  // as a DHCP client installs it
  addRoute(world, root, {
    gateway: parseIPv4(c.gateway) ?? 0,
    dev: eth0.uid,
    metric: 100,
    proto: 16,
    prefsrc: ip,
  });
  // kubeadm's preflight: forwarding on, bridged traffic through iptables
  root.sysctl.set('net.ipv4.ip_forward', '1');
  root.sysctl.set('net.bridge.bridge-nf-call-iptables', '1');
  root.sysctl.set('net.bridge.bridge-nf-call-ip6tables', '1');
}

/** The daemons every node runs before Kubernetes: systemd-resolved, sshd, containerd, kubelet. */
function startNodeDaemons(world: World, host: Host): void {
  const ns = getNetns(world, host.rootNetns);
  const resolved = spawnProcess(world, host, ns.uid, '/lib/systemd/systemd-resolved', undefined, {
    user: 'systemd-resolve',
  });
  for (const addr of [0x7f000035, 0x7f000036])
    for (const proto of ['udp', 'tcp'] as const)
      listen(ns, resolved, 'systemd-resolve', {
        proto,
        addr,
        port: 53,
        app: 'coredns',
        config: { corefile: RESOLVED_COREFILE, file: '/etc/systemd/resolved.conf' },
      });
  const sshd = spawnProcess(world, host, ns.uid, 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups');
  const banner = { banner: 'SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.13\r\n' };
  listen(ns, sshd, 'sshd', { proto: 'tcp', addr: 0, port: 22, app: 'tcp-banner', config: banner });
  listen(ns, sshd, 'sshd', { proto: 'tcp', addr: 0, port: 22, app: 'tcp-banner', config: banner, v6: true });
  const containerd = spawnProcess(world, host, ns.uid, '/usr/bin/containerd');
  listen(ns, containerd, 'containerd', {
    proto: 'tcp',
    addr: 0x7f000001,
    port: 30000 + world.rng.int(5000, 15000),
    app: 'http',
    config: { body: '404 page not found\n', status: 404 },
  });
  const kubelet = spawnProcess(
    world,
    host,
    ns.uid,
    '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10',
  );
  listen(ns, kubelet, 'kubelet', {
    proto: 'tcp',
    addr: 0x7f000001,
    port: 10248,
    app: 'http',
    config: { body: 'ok' },
  });
  listen(ns, kubelet, 'kubelet', { proto: 'tcp', addr: 0, port: 10250, app: 'tls', v6: true });
  restoreRules(ns, KUBELET_RULES, { noflush: true, prog: 'iptables-restore', shareParsed: true });
  // systemd runs them all (Restart=always; RestartSec as the packages set it)
  registerUnit(world, host, {
    name: 'systemd-resolved',
    description: 'Network Name Resolution',
    pid: resolved,
    restartMs: 0,
  });
  registerUnit(world, host, {
    name: 'ssh',
    description: 'OpenBSD Secure Shell server',
    pid: sshd,
    restartMs: 100,
  });
  registerUnit(world, host, {
    name: 'containerd',
    description: 'containerd container runtime',
    pid: containerd,
    restartMs: 5000,
  });
  registerUnit(world, host, {
    name: 'kubelet',
    description: 'kubelet: The Kubernetes Node Agent',
    pid: kubelet,
    restartMs: 10000,
  });
}

function nodeHost(world: World, c: ClusterConfig, n: NodeConfig, br: Link, opts: ClusterWorldOptions): Host {
  const host = addHost(world, n.name);
  installBaseFiles(host, { osRelease: UBUNTU_OS_RELEASE });
  if (opts.programPaths) installPrograms(host, opts.programPaths);
  installNodeFiles(host, c, n, { dnsIp: nthAddress(c.serviceCidr, 10), upstream: c.gateway });
  installUnitFiles(host);
  if (c.cni === 'bridge') installContainerdNet(host);
  attachNode(world, br, host, c, n);
  startNodeDaemons(world, host);
  return host;
}

type NodeIds = { machineID: string; systemUUID: string; bootID: string };

/** /etc/machine-id, the DMI product UUID and the boot id of every node (also written to its files). */
function nodeIds(world: World, c: ClusterConfig): Map<string, NodeIds> {
  const out = new Map<string, NodeIds>();
  const uuid = () => {
    const h = world.rng.hex(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  for (const n of c.nodes) {
    const ids = { machineID: world.rng.hex(16), systemUUID: uuid(), bootID: uuid() };
    out.set(n.name, ids);
    const host = world.hosts.get(n.name);
    host?.fs.put('/etc/machine-id', `${ids.machineID}\n`);
    host?.fs.put('/sys/class/dmi/id/product_uuid', `${ids.systemUUID}\n`);
  }
  return out;
}

export function buildClusterWorld(
  config: ClusterConfig = DEFAULT_CLUSTER,
  opts: ClusterWorldOptions = {},
): World {
  const age = opts.ageMs ?? 17 * MINUTE;
  const world = createWorld({
    profile: UBUNTU_NODE_PROFILE,
    seed: opts.seed ?? 11,
    epochMs: DEFAULT_EPOCH - age,
  });
  const br = lanOf(world, config);
  const cp = config.nodes.filter((n) => n.controlPlane);
  const workers = config.nodes.filter((n) => !n.controlPlane);
  for (const n of config.nodes) nodeHost(world, config, n, br, opts);
  world.defaultHost = (cp[0] ?? config.nodes[0])?.name ?? '';

  const store = new KubeStore(world);
  installAdmission(store);
  store.dns = storeDnsSource(store);
  world.ext.kube = store;
  const cluster: ClusterState = {
    config,
    sandboxes: new Map(),
    nodePodCidrs: new Map(),
    proxy: new Map(),
    flannel: new Map(),
  };
  world.ext.cluster = cluster;
  world.ext.settle = () => reconcileCluster(world);

  // kubeadm init on the control plane(s)
  const joinLater = new Set(workers.map((n) => n.name));
  const ids = nodeIds(world, config);
  for (const o of kubeadmObjects(config, (n) => ids.get(n.name) as NodeIds)) {
    if (o.kind === 'Node' && joinLater.has(o.metadata.name)) continue;
    store.create(o);
  }
  reconcileCluster(world);
  // the network add-on, a minute later
  world.clock.now += MINUTE;
  if (config.cni === 'flannel') for (const o of flannelObjects(config)) store.create(o);
  if (config.cni === 'weave') for (const o of weaveObjects(config.weaveRange)) store.create(o);
  if (config.cni === 'calico') for (const o of calicoObjects({ poolCidr: config.podCidr })) store.create(o);
  reconcileCluster(world);
  // workers join
  world.clock.now += 2 * MINUTE;
  for (const n of workers) store.create(nodeObject(config, n, ids.get(n.name)));
  reconcileCluster(world);
  world.clock.now = DEFAULT_EPOCH;
  reconcileCluster(world);
  return world;
}
