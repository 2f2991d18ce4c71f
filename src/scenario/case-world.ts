/**
 * Build the starting world of a golden `.case` file exactly as the capture
 * harness does: a bare host `controlplane` (lo up), optionally eth0 as a veth
 * into a hidden, unnamed LAN namespace holding the LAN hosts' addresses, a
 * default route, and a dnsmasq-like DNS server in the LAN.
 */
import { addAddr4 } from '../model/addr-ops.js';
import { defaultHostsFile, installBaseFiles, installPrograms } from '../model/host-setup.js';
import { cidrText, networkOf, parseCidr4, parseIPv4 } from '../model/inet.js';
import { setLinkUp } from '../model/link-ops.js';
import { CAPTURE_PROFILE } from '../model/profile.js';
import { addRoute } from '../model/route-ops.js';
import type { Host, Link, World } from '../model/types.js';
import { FsView } from '../model/vfs.js';
import { addHost, createWorld, getNetns, linksOf, newLink, notePeerNamespaces } from '../model/world.js';
import { CaseError, type CaseHeader } from './case-file.js';

export const LAN_HOST = 'lan';

function macFor(ip: number, second: number): string {
  const b = [(ip >>> 24) & 255, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255];
  return ['02', second.toString(16).padStart(2, '0'), ...b.map((x) => x.toString(16).padStart(2, '0'))].join(
    ':',
  );
}

export interface CaseWorldOptions {
  programPaths?: Iterable<string>;
  seed?: number;
}

/** capture.py's KUBE_DISCOVERY: group/version -> [plural, singular, kind, namespaced, shortNames]. */
const KUBE_DISCOVERY: Record<string, Array<[string, string, string, boolean, string[]]>> = {
  v1: [
    ['pods', 'pod', 'Pod', true, ['po']],
    ['services', 'service', 'Service', true, ['svc']],
    ['namespaces', 'namespace', 'Namespace', false, ['ns']],
    ['configmaps', 'configmap', 'ConfigMap', true, ['cm']],
    ['secrets', 'secret', 'Secret', true, []],
    ['serviceaccounts', 'serviceaccount', 'ServiceAccount', true, ['sa']],
    ['endpoints', 'endpoints', 'Endpoints', true, ['ep']],
    ['nodes', 'node', 'Node', false, ['no']],
    ['persistentvolumes', 'persistentvolume', 'PersistentVolume', false, ['pv']],
    ['persistentvolumeclaims', 'persistentvolumeclaim', 'PersistentVolumeClaim', true, ['pvc']],
    ['resourcequotas', 'resourcequota', 'ResourceQuota', true, ['quota']],
  ],
  'apps/v1': [
    ['deployments', 'deployment', 'Deployment', true, ['deploy']],
    ['replicasets', 'replicaset', 'ReplicaSet', true, ['rs']],
    ['daemonsets', 'daemonset', 'DaemonSet', true, ['ds']],
    ['statefulsets', 'statefulset', 'StatefulSet', true, ['sts']],
  ],
  'batch/v1': [
    ['jobs', 'job', 'Job', true, []],
    ['cronjobs', 'cronjob', 'CronJob', true, ['cj']],
  ],
  'networking.k8s.io/v1': [
    ['ingresses', 'ingress', 'Ingress', true, ['ing']],
    ['networkpolicies', 'networkpolicy', 'NetworkPolicy', true, ['netpol']],
    ['ingressclasses', 'ingressclass', 'IngressClass', false, []],
  ],
  'rbac.authorization.k8s.io/v1': [
    ['roles', 'role', 'Role', true, []],
    ['rolebindings', 'rolebinding', 'RoleBinding', true, []],
    ['clusterroles', 'clusterrole', 'ClusterRole', false, []],
    ['clusterrolebindings', 'clusterrolebinding', 'ClusterRoleBinding', false, []],
  ],
};

/** Python's json.dumps spacing, as capture.py wrote the cache files. */
function pyJson(v: unknown): string {
  return JSON.stringify(v).replace(/("(?:[^"\\]|\\.)*")|([,:])/g, (_m, str, sep) => str ?? `${sep} `);
}

/** kubectl's discovery cache for http://localhost:8080, as capture.py writes it (`kube-discovery-cache: yes`). */
function writeKubeDiscoveryCache(host: Host): void {
  const fs = new FsView(host.fs);
  const base = '/root/.kube/cache/discovery/localhost_8080';
  const groups = Object.keys(KUBE_DISCOVERY).map((gv) => {
    const slash = gv.lastIndexOf('/');
    const version = { groupVersion: gv, version: gv.slice(slash + 1) };
    return { name: slash < 0 ? '' : gv.slice(0, slash), versions: [version], preferredVersion: version };
  });
  fs.mkdir(base, '/', true);
  fs.writeFile(`${base}/servergroups.json`, pyJson({ kind: 'APIGroupList', apiVersion: 'v1', groups }));
  for (const [gv, list] of Object.entries(KUBE_DISCOVERY)) {
    const resources = list.map(([name, singularName, kind, namespaced, short]) => ({
      name,
      singularName,
      namespaced,
      kind,
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      ...(short.length ? { shortNames: short } : {}),
    }));
    fs.mkdir(`${base}/${gv}`, '/', true);
    fs.writeFile(
      `${base}/${gv}/serverresources.json`,
      pyJson({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources }),
    );
  }
}

export function buildCaseWorld(h: CaseHeader, opts: CaseWorldOptions = {}): World {
  const world = createWorld({ profile: CAPTURE_PROFILE, seed: opts.seed ?? 7 });
  const host = addHost(world, 'controlplane');
  installBaseFiles(host, {
    hosts: defaultHostsFile('controlplane') + h.hosts.map((l) => `${l}\n`).join(''),
    ...(h.resolvConf.length ? { resolvConf: h.resolvConf.map((l) => `${l}\n`).join('') } : {}),
  });
  if (opts.programPaths) installPrograms(host, opts.programPaths);
  const root = getNetns(world, host.rootNetns);
  setLinkUp(world, linksOf(world, root)[0] as Link, true);
  if (h.kubeDiscoveryCache) writeKubeDiscoveryCache(host);

  if (!h.eth0) {
    if (h.gateway || h.dnsServer || h.lanHosts)
      throw new CaseError('gateway/lan-hosts/dns-server need an eth0 header');
    if (h.dnsRecords.length) throw new CaseError('dns-record needs dns-server');
    return world;
  }
  const eth0 = parseCidr4(h.eth0);
  if (!eth0 || !h.eth0.includes('/')) throw new CaseError(`bad eth0 address ${h.eth0}`);
  const net = networkOf(eth0.addr, eth0.prefix);
  const hostsText = h.lanHosts ?? [];
  const lanAddrs: number[] = hostsText.map((t) => {
    const v = parseIPv4(t);
    if (v === null) throw new CaseError(`bad lan host ${t}`);
    return v;
  });
  if (lanAddrs.length === 0) lanAddrs.push((net + 1) >>> 0);
  const gw = h.gateway !== undefined ? parseIPv4(h.gateway) : null;
  if (h.gateway !== undefined && gw === null) throw new CaseError(`bad gateway ${h.gateway}`);
  if (gw !== null && !lanAddrs.includes(gw)) lanAddrs.unshift(gw);
  const dns = h.dnsServer !== undefined ? parseIPv4(h.dnsServer) : null;
  if (h.dnsServer !== undefined && dns === null) throw new CaseError(`bad dns-server ${h.dnsServer}`);
  if (dns !== null && !lanAddrs.includes(dns)) lanAddrs.push(dns);
  for (const a of lanAddrs)
    if (networkOf(a, eth0.prefix) !== net)
      throw new CaseError(`lan host ${cidrText(a, 32)} not in ${cidrText(net, eth0.prefix)}`);

  // the LAN: an unnamed namespace held by a process (a hidden host's root namespace)
  const lanHost = addHost(world, LAN_HOST, { hidden: true });
  installBaseFiles(lanHost);
  const lan = getNetns(world, lanHost.rootNetns);
  lan.ext.label = 'the LAN';
  // `ip link add eth0 address .. type veth peer name eth0 address .. netns LAN`: the peer registers first
  const lanEth = newLink(world, lan, { kind: 'veth', name: 'eth0', mac: macFor(lanAddrs[0] as number, 1) });
  const hostEth = newLink(world, root, { kind: 'veth', name: 'eth0', mac: macFor(eth0.addr, 0) });
  hostEth.peer = lanEth.uid;
  lanEth.peer = hostEth.uid;
  notePeerNamespaces(world, hostEth);
  addAddr4(world, hostEth, { addr: eth0.addr, prefix: eth0.prefix });
  setLinkUp(world, hostEth, true);
  setLinkUp(world, linksOf(world, lan)[0] as Link, true);
  for (const a of lanAddrs) addAddr4(world, lanEth, { addr: a, prefix: eth0.prefix });
  setLinkUp(world, lanEth, true);
  // IPv6 router solicitations, MLD reports and DAD probes both sides sent while coming up
  for (const l of [hostEth, lanEth]) {
    l.stats.txPackets += 5;
    l.stats.txBytes += 526;
    l.stats.rxPackets += 5;
    l.stats.rxBytes += 526;
  }
  if (gw !== null) {
    const e = addRoute(world, root, { gateway: gw, dev: hostEth.uid });
    if (e) throw new CaseError(`gateway ${h.gateway}: ${e.extack ?? e.errno}`);
  }
  if (dns !== null) {
    lan.sockets.push(
      {
        proto: 'udp',
        addr: dns,
        port: 53,
        pid: 2,
        process: 'dnsmasq',
        app: 'dnsmasq',
        listen: true,
        config: { ttl: h.dnsTtl ?? 30, records: [...h.dnsRecords] },
      },
      {
        proto: 'tcp',
        addr: dns,
        port: 53,
        pid: 2,
        process: 'dnsmasq',
        app: 'dnsmasq',
        listen: true,
        config: { ttl: h.dnsTtl ?? 30, records: [...h.dnsRecords] },
      },
    );
  } else if (h.dnsRecords.length) throw new CaseError('dns-record needs dns-server');
  return world;
}
