/**
 * The long-lived connections of a running cluster, so that `netstat -anp`
 * and `ss -tanp` on a node show what they show on a real one: the API
 * server's gRPC channels to etcd's client port (the classic "which etcd
 * port has more clients" question), and every component's watch on the API
 * server — kubelet, kube-proxy, the controller manager and scheduler,
 * flanneld, CoreDNS — with the API server's side of each.
 */
import { type Connection, setConnections } from '../model/connections.js';
import { parseIPv4 } from '../model/inet.js';
import type { Netns, World } from '../model/types.js';
import { getNetns } from '../model/world.js';
import { clusterOf } from './cluster.js';
import type { KObject, KubeStore } from './store.js';

/** How many channels the API server keeps to etcd (one per storage backend group in practice). */
const ETCD_CHANNELS = 64;

interface Peer {
  ns: Netns;
  addr: number;
  pid: number;
  process: string;
  owner: string;
}

function port(world: World, key: string): number {
  const ports = (world.ext.connectionPorts ??= new Map<string, number>()) as Map<string, number>;
  let p = ports.get(key);
  if (p === undefined) {
    const used = new Set(ports.values());
    do p = world.rng.int(32768, 61000);
    while (used.has(p));
    ports.set(key, p);
  }
  return p;
}

function running(store: KubeStore, pod: KObject, container: string): { ns: Netns; pid: number } | null {
  const sb = clusterOf(store.world)?.sandboxes.get(pod.metadata.uid as string);
  const c = sb?.containers.get(container);
  if (!sb || !c?.running) return null;
  return { ns: getNetns(store.world, sb.netns), pid: c.pid };
}

function nodeIp(store: KubeStore, node: string): number {
  const n = store.get('Node', undefined, node);
  return (
    parseIPv4(n?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address ?? '') ??
    0
  );
}

/** Both ends of one TCP connection from `client` to `server` on `sport` (the server's view of the client: `seen`). */
function pair(
  world: World,
  client: Peer,
  server: Peer,
  sport: number,
  dialed: { addr: number; port: number },
  seen: number,
  key: string,
  out: Map<Netns, Map<string, Connection[]>>,
  serverV6: boolean,
): void {
  const cport = port(world, `${key}:${client.owner}`);
  const add = (ns: Netns, owner: string, c: Connection) => {
    let byOwner = out.get(ns);
    if (!byOwner) {
      byOwner = new Map();
      out.set(ns, byOwner);
    }
    const list = byOwner.get(owner) ?? [];
    list.push(c);
    byOwner.set(owner, list);
  };
  add(client.ns, client.owner, {
    proto: 'tcp',
    laddr: client.addr,
    lport: cport,
    raddr: dialed.addr,
    rport: dialed.port,
    state: 'ESTABLISHED',
    pid: client.pid,
    process: client.process,
    fd: 7,
  });
  add(server.ns, server.owner, {
    proto: 'tcp',
    laddr: server.addr,
    lport: sport,
    raddr: seen,
    rport: cport,
    state: 'ESTABLISHED',
    pid: server.pid,
    process: server.process,
    fd: 9,
    ...(serverV6 ? { v6: true } : {}),
  });
}

export function reconcileConnections(store: KubeStore): void {
  const world = store.world;
  const cluster = clusterOf(world);
  if (!cluster) return;
  // only pods and nodes change who is connected
  const gen = store.kindGeneration('Pod', 'Node');
  if (world.ext.connectionsGen === gen) return;
  world.ext.connectionsGen = gen;
  const sys = store.list('Pod', 'kube-system');
  const api = sys.find(
    (p) => p.metadata.labels?.component === 'kube-apiserver' && running(store, p, 'kube-apiserver'),
  );
  const out = new Map<Netns, Map<string, Connection[]>>();
  if (api) {
    const a = running(store, api, 'kube-apiserver') as { ns: Netns; pid: number };
    const apiIp = nodeIp(store, api.spec.nodeName);
    const server: Peer = {
      ns: a.ns,
      addr: apiIp,
      pid: a.pid,
      process: 'kube-apiserver',
      owner: 'kube-apiserver',
    };
    const dial = { addr: apiIp, port: 6443 };
    // the API server's channels to etcd's client port on loopback
    const etcd = sys.find(
      (p) => p.metadata.labels?.component === 'etcd' && p.spec?.nodeName === api.spec.nodeName,
    );
    const e = etcd ? running(store, etcd, 'etcd') : null;
    if (e) {
      const lo = 0x7f000001;
      for (let i = 0; i < ETCD_CHANNELS; i++) {
        pair(
          world,
          { ns: a.ns, addr: lo, pid: a.pid, process: 'kube-apiserver', owner: 'kube-apiserver' },
          { ns: e.ns, addr: lo, pid: e.pid, process: 'etcd', owner: 'etcd' },
          2379,
          { addr: lo, port: 2379 },
          lo,
          `etcd${i}`,
          out,
          false,
        );
      }
    }
    // control-plane components dial the advertise address from their kubeconfig
    for (const [component, process] of [
      ['kube-controller-manager', 'kube-controller'],
      ['kube-scheduler', 'kube-scheduler'],
    ] as const) {
      const pod = sys.find((p) => p.metadata.labels?.component === component);
      const r = pod ? running(store, pod, component) : null;
      if (pod && r) {
        const ip = nodeIp(store, pod.spec.nodeName);
        pair(
          world,
          { ns: r.ns, addr: ip, pid: r.pid, process, owner: component },
          server,
          6443,
          dial,
          ip,
          component,
          out,
          true,
        );
      }
    }
    // every node's kubelet
    for (const host of world.hosts.values()) {
      if (!store.get('Node', undefined, host.name)) continue;
      const kubelet = host.processes.find((p) => p.command.startsWith('/usr/bin/kubelet'));
      if (!kubelet) continue;
      const ip = nodeIp(store, host.name);
      const ns = getNetns(world, host.rootNetns);
      pair(
        world,
        { ns, addr: ip, pid: kubelet.pid, process: 'kubelet', owner: 'kubelet' },
        server,
        6443,
        dial,
        ip,
        `kubelet/${host.name}`,
        out,
        true,
      );
    }
    // DaemonSet agents and CoreDNS use the in-cluster address (the kubernetes Service)
    const svcIp = parseIPv4(store.get('Service', 'default', 'kubernetes')?.spec?.clusterIP ?? '') ?? 0;
    for (const pod of [...sys, ...store.list('Pod', 'kube-flannel')]) {
      const label = pod.metadata.labels ?? {};
      const which =
        label['k8s-app'] === 'kube-proxy'
          ? { c: 'kube-proxy', process: 'kube-proxy', inCluster: false }
          : label.app === 'flannel'
            ? { c: 'kube-flannel', process: 'flanneld', inCluster: true }
            : label['k8s-app'] === 'kube-dns'
              ? { c: 'coredns', process: 'coredns', inCluster: true }
              : null;
      if (!which) continue;
      const r = running(store, pod, which.c);
      if (!r) continue;
      const ip = pod.spec?.hostNetwork
        ? nodeIp(store, pod.spec.nodeName)
        : (parseIPv4(pod.status?.podIP ?? '') ?? 0);
      pair(
        world,
        { ns: r.ns, addr: ip, pid: r.pid, process: which.process, owner: `${which.c}/${pod.metadata.uid}` },
        server,
        6443,
        which.inCluster ? { addr: svcIp, port: 443 } : dial,
        ip,
        `${which.c}/${pod.metadata.name}`,
        out,
        true,
      );
    }
  }
  // replace what each owner held (owners that no longer run drop theirs)
  const previous = (world.ext.connectionOwners ??= new Map<Netns, Set<string>>()) as Map<Netns, Set<string>>;
  for (const [ns, owners] of previous) {
    const now = out.get(ns);
    for (const owner of owners) if (!now?.has(owner)) setConnections(ns, owner, []);
  }
  previous.clear();
  for (const [ns, byOwner] of out) {
    for (const [owner, conns] of byOwner) setConnections(ns, owner, conns);
    previous.set(ns, new Set(byOwner.keys()));
  }
}
