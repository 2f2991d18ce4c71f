/**
 * Weave Net 2.8.1 (fast datapath) on every node where its `weave-net` pod
 * runs: the `weave` container joins the IPAM ring, creates the `weave`
 * bridge (first address of its share, prefix of IPALLOC_RANGE), the
 * `datapath` with `vethwe-bridge`/`vethwe-datapath` and `vxlan-6784`, its
 * CNI config and plugin binaries, its iptables chains, and logs its
 * command line options (where a candidate finds `ipalloc-range`). The
 * overlay between nodes is one L2 segment: each node's `vxlan-6784` is
 * cabled to a hidden fabric switch (fast datapath's encapsulation is not
 * modelled packet by packet).
 */
import { restoreRules } from '../../engines/netfilter/restore.js';
import { addAddr4 } from '../../model/addr-ops.js';
import { setLinkUp, setMaster } from '../../model/link-ops.js';
import type { Host, Link, World } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { addHost, getNetns, linkByName, newLink } from '../../model/world.js';
import { type ContainerState, clusterOf } from '../cluster.js';
import { isoTime, type KObject, type KubeStore } from '../store.js';
import { networkAvailable } from './node-status.js';
import { ensureWeaveRing, weaveAllocate, weaveJoin } from './weave-ipam.js';

export const WEAVE_CNI_CONFLIST = `{
    "cniVersion": "0.3.0",
    "name": "weave",
    "plugins": [
        {
            "name": "weave",
            "type": "weave-net",
            "hairpinMode": true
        },
        {
            "type": "portmap",
            "capabilities": {"portMappings": true},
            "snat": true
        }
    ]
}
`;

const FABRIC = 'weave-fabric';
const MTU = 1376;

function weaveRange(pod: KObject): string {
  const c = (
    (pod.spec?.containers ?? []) as Array<{ name: string; env?: Array<{ name: string; value?: string }> }>
  ).find((x) => x.name === 'weave');
  return c?.env?.find((e) => e.name === 'IPALLOC_RANGE')?.value ?? '10.32.0.0/12';
}

function fabricSwitch(world: World): Link {
  let host = world.hosts.get(FABRIC);
  if (!host) host = addHost(world, FABRIC, { hidden: true });
  const ns = getNetns(world, host.rootNetns);
  ns.ext.label = 'the weave overlay';
  let sw = linkByName(world, ns, 'fabric');
  if (!sw) {
    sw = newLink(world, ns, { kind: 'bridge', name: 'fabric' });
    setLinkUp(world, sw, true);
  }
  return sw;
}

function ensureDevices(world: World, host: Host, bridgeIp: number, prefix: number): void {
  const ns = getNetns(world, host.rootNetns);
  let weave = linkByName(world, ns, 'weave');
  if (!weave) {
    weave = newLink(world, ns, { kind: 'bridge', name: 'weave', mtu: MTU });
    setLinkUp(world, weave, true);
  }
  if (!weave.addrs4.some((a) => a.addr === bridgeIp)) addAddr4(world, weave, { addr: bridgeIp, prefix });
  let datapath = linkByName(world, ns, 'datapath');
  if (!datapath) {
    datapath = newLink(world, ns, { kind: 'bridge', name: 'datapath', mtu: MTU });
    if (datapath.bridge) datapath.bridge.odp = true;
    setLinkUp(world, datapath, true);
  }
  if (!linkByName(world, ns, 'vethwe-datapath')) {
    const d = newLink(world, ns, { kind: 'veth', name: 'vethwe-datapath', mtu: MTU });
    const b = newLink(world, ns, { kind: 'veth', name: 'vethwe-bridge', mtu: MTU });
    d.peer = b.uid;
    b.peer = d.uid;
    setMaster(world, d, datapath);
    setMaster(world, b, weave);
    setLinkUp(world, d, true);
    setLinkUp(world, b, true);
  }
  if (!linkByName(world, ns, 'vxlan-6784')) {
    const vx = newLink(world, ns, { kind: 'vxlan', name: 'vxlan-6784', mtu: 65535 });
    vx.vxlan = { id: 0, dstport: 6784, learning: false, fdb: new Map() };
    const sw = fabricSwitch(world);
    const port = newLink(world, getNetns(world, sw.netns), {
      kind: 'ether',
      name: `fab-${host.name}`.slice(0, 15),
    });
    port.wire = vx.uid;
    vx.wire = port.uid;
    setMaster(world, port, sw);
    setLinkUp(world, port, true);
    setMaster(world, vx, datapath);
    setLinkUp(world, vx, true);
  }
}

function rules(range: string): string {
  return `*nat
:WEAVE - [0:0]
-A POSTROUTING -j WEAVE
-A WEAVE -s ${range} -d 224.0.0.0/4 -j RETURN
-A WEAVE ! -s ${range} -d ${range} -j MASQUERADE
-A WEAVE -s ${range} ! -d ${range} -j MASQUERADE
COMMIT
*filter
:WEAVE-NPC - [0:0]
:WEAVE-NPC-EGRESS - [0:0]
:WEAVE-NPC-INGRESS - [0:0]
-A FORWARD -o weave -m comment --comment "NOTE: this must go before '-j KUBE-FORWARD'" -j WEAVE-NPC
-A FORWARD -i weave ! -o weave -j ACCEPT
-A FORWARD -o weave -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A WEAVE-NPC -m state --state RELATED,ESTABLISHED -j ACCEPT
-A WEAVE-NPC -d 224.0.0.0/4 -j ACCEPT
-A WEAVE-NPC -m state --state NEW -j WEAVE-NPC-INGRESS
COMMIT
`;
}

function startLogs(now: number, node: string, range: string, mac: string): string[] {
  const t = isoTime(now).replace('T', ' ').replace('Z', '.000000').replace(/-/g, '/');
  return [
    `DEBU: ${t} [kube-peers] Checking peer "${mac}" against list &{[]}`,
    'Peer not in list; removing persisted data',
    `INFO: ${t} Command line options: map[conn-limit:200 datapath:datapath db-prefix:/weavedb/weave-net docker-api: expect-npc:true http-addr:127.0.0.1:6784 ipalloc-init:consensus=0 ipalloc-range:${range} metrics-addr:0.0.0.0:6782 name:${mac} nickname:${node} no-dns:true no-masq-local:true port:6783]`,
    `INFO: ${t} weave  2.8.1`,
    `INFO: ${t} Bridge type is bridged_fastdp`,
    `INFO: ${t} Communication between peers is unencrypted.`,
    `INFO: ${t} Our name is ${mac}(${node})`,
    `INFO: ${t} Launch detected - using supplied peer list: []`,
    `INFO: ${t} Using "no-masq-local" LocalRangeTracker`,
    `INFO: ${t} Checking for pre-existing addresses on weave bridge`,
    `INFO: ${t} [allocator ${mac}] No valid persisted data`,
    `INFO: ${t} [allocator ${mac}] Initialising via deferred consensus`,
    `INFO: ${t} Sniffing traffic on datapath (via ODP)`,
    `INFO: ${t} Listening for HTTP control messages on 127.0.0.1:6784`,
    `INFO: ${t} Listening for metrics requests on 0.0.0.0:6782`,
    `INFO: ${t} Weave version 2.8.1 is available; you are running 2.8.1`,
  ];
}

interface WeaveRun {
  container: string;
}

/** Start weave on nodes where its `weave` container (re)started; keep Node conditions. */
export function reconcileWeave(store: KubeStore): void {
  const world = store.world;
  const cluster = clusterOf(world);
  if (!cluster) return;
  const runs = (world.ext.weaveRuns ??= new Map<string, WeaveRun>()) as Map<string, WeaveRun>;
  for (const pod of store.list('Pod', 'kube-system')) {
    if (pod.metadata.labels?.name !== 'weave-net' || pod.metadata.deletionTimestamp) continue;
    const sb = cluster.sandboxes.get(pod.metadata.uid as string);
    const c = sb?.containers.get('weave') as ContainerState | undefined;
    if (!sb || !c?.running) continue;
    const host = world.hosts.get(sb.node);
    if (!host) continue;
    const key = `${c.id}/${c.restartCount}`;
    if (runs.get(host.name)?.container === key) continue;
    runs.set(host.name, { container: key });
    const range = weaveRange(pod);
    const ring = ensureWeaveRing(world, range);
    if (!ring) continue;
    weaveJoin(ring, host.name);
    if (!ring.bridgeIp.has(host.name)) {
      const got = weaveAllocate(ring, host.name, 'weave:expose');
      if (typeof got === 'string') continue;
      ring.bridgeIp.set(host.name, got.ip);
    }
    ensureDevices(world, host, ring.bridgeIp.get(host.name) as number, ring.prefix);
    host.fs.put('/etc/cni/net.d/10-weave.conflist', WEAVE_CNI_CONFLIST);
    for (const bin of ['weave-net', 'weave-ipam', 'weave-plugin-2.8.1'])
      if (!new FsView(host.fs).exists(`/opt/cni/bin/${bin}`))
        host.fs.put(`/opt/cni/bin/${bin}`, '\x7fELF', 0o755);
    restoreRules(getNetns(world, host.rootNetns), rules(range), {
      noflush: true,
      prog: 'iptables-restore',
      shareParsed: true,
    });
    const mac = linkByName(world, getNetns(world, host.rootNetns), 'weave')?.mac ?? '';
    c.logs.push(...startLogs(world.clock.now, host.name, range, mac));
    networkAvailable(store, host.name, 'WeaveIsUp', 'Weave pod has set this');
  }
}
