/**
 * Calico's CNI plugin (`type: calico`, ipam `calico-ipam`) for a pod
 * sandbox, as its linux dataplane sets a workload up: a veth made in the
 * pod's namespace whose host end (`cali` + sha1 of "<ns>.<pod>") moves to
 * the node with MAC ee:ee:ee:ee:ee:ee, proxy_arp on and proxy_delay 0; in
 * the pod eth0 holds the address as /32 behind `169.254.1.1 dev eth0 scope
 * link` and `default via 169.254.1.1 dev eth0` (the node answers ARP for
 * 169.254.1.1 by proxy); on the node `POD_IP dev caliX scope link`. No
 * bridge. The MTU is the one calico-node detected (/var/lib/calico/mtu)
 * when the config says 0.
 */
import { addAddr4 } from '../../model/addr-ops.js';
import { parseIPv4 } from '../../model/inet.js';
import { deleteLink, setLinkUp } from '../../model/link-ops.js';
import { modifyRoute } from '../../model/route-ops.js';
import { RT_SCOPE, RTPROT } from '../../model/routes.js';
import type { Link, Netns } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { getNetns, linkByName, moveLinkTo, newLink, notePeerNamespaces } from '../../model/world.js';
import { caliVethName } from './calico-hash.js';
import { calicoAllocate, calicoIpamOf, calicoRelease } from './calico-ipam.js';
import type { CniRequest, CniResult } from './plugins.js';

export const CALICO_GATEWAY = '169.254.1.1';
const HOST_MAC = 'ee:ee:ee:ee:ee:ee';

function handle(containerId: string): string {
  return `k8s-pod-network.${containerId}`;
}

function readFile(req: CniRequest, path: string): string | null {
  try {
    return new FsView(req.host.fs).readFile(path).trim();
  } catch {
    return null;
  }
}

function route(req: CniRequest, ns: Netns, dev: Link, dst: number, prefix: number, gateway?: number): void {
  modifyRoute(
    req.world,
    ns,
    {
      table: 254,
      type: 'unicast',
      dst,
      prefix,
      tos: 0,
      metric: 0,
      proto: RTPROT.boot,
      scope: gateway === undefined ? RT_SCOPE.link : RT_SCOPE.universe,
      nexthops: [{ ...(gateway !== undefined ? { gateway } : {}), dev: dev.uid, weight: 1 }],
    },
    'add',
  );
}

// biome-ignore lint/suspicious/noExplicitAny: JSON configuration
export function calicoAdd(req: CniRequest, first: any): CniResult {
  const fail = (msg: string): CniResult => ({
    ok: false,
    error: `plugin type="calico" failed (add): ${msg}`,
  });
  const nodename = readFile(req, '/var/lib/calico/nodename');
  if (nodename === null)
    return fail(
      'stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/',
    );
  const ipam = calicoIpamOf(req.world);
  if (!ipam) return fail('failed to request 1 IPv4 addresses. IPAM allocated only 0');
  const ip = calicoAllocate(ipam, String(first.nodename ?? nodename), handle(req.containerId));
  if (typeof ip === 'string') return fail(ip);
  const mtu = Number(first.mtu) || Number(readFile(req, '/var/lib/calico/mtu')) || 1500;
  const hostNs = getNetns(req.world, req.host.rootNetns);
  const hostName = req.k8s
    ? caliVethName(req.k8s.namespace, req.k8s.name)
    : `cali${req.containerId.slice(0, 11)}`;
  const stale = linkByName(req.world, hostNs, hostName);
  if (stale) deleteLink(req.world, stale);
  // the pair is made in the pod's namespace (the peer registers first), then the host end moves out
  const host = newLink(req.world, req.netns, { kind: 'veth', name: hostName, mtu });
  const cont = newLink(req.world, req.netns, { kind: 'veth', name: req.ifname, mtu });
  host.peer = cont.uid;
  cont.peer = host.uid;
  moveLinkTo(req.world, host, hostNs);
  notePeerNamespaces(req.world, cont);
  host.mac = HOST_MAC;
  hostNs.sysctl.set(`net.ipv4.conf.${hostName}.proxy_arp`, '1');
  hostNs.sysctl.set(`net.ipv4.neigh.${hostName}.proxy_delay`, '0');
  hostNs.sysctl.set(`net.ipv4.conf.${hostName}.forwarding`, '1');
  addAddr4(req.world, cont, { addr: ip, prefix: 32 });
  setLinkUp(req.world, cont, true);
  const gw = parseIPv4(CALICO_GATEWAY) as number;
  route(req, req.netns, cont, gw, 32);
  route(req, req.netns, cont, 0, 0, gw);
  setLinkUp(req.world, host, true);
  route(req, hostNs, host, ip, 32);
  return { ok: true, ip, prefix: 32, gateway: gw, hostVeth: hostName };
}

/** Release the pod's address (the kubelet deletes the host veth, which takes its route along). */
export function calicoDel(req: CniRequest): void {
  const ipam = calicoIpamOf(req.world);
  if (ipam) calicoRelease(ipam, handle(req.containerId));
}
