/**
 * The world as plain data. Hosts own filesystems and network namespaces;
 * namespaces own links (by ifindex), routes, neighbours, sysctls and
 * netfilter state. Links are referenced by a world-wide uid because a link
 * keeps its identity when it moves between namespaces.
 */

import type { IPv6 } from './inet.js';
import type { Profile } from './profile.js';
import type { Rng } from './rng.js';
import type { Vfs } from './vfs.js';

export type LinkKind =
  | 'loopback'
  | 'veth'
  | 'bridge'
  | 'vxlan'
  | 'ether'
  | 'macvlan'
  | 'ifb'
  | 'dummy'
  | 'ipip';

export interface Addr4 {
  addr: number;
  prefix: number;
  /** Explicit broadcast (`brd`), if given. */
  broadcast?: number;
  peer?: number;
  label: string;
  /** rtnetlink scope: 0 global, 200 site, 253 link, 254 host. */
  scope: number;
  secondary: boolean;
  noprefixroute?: boolean;
  /** Lifetimes as absolute clock deadlines (ms); absent means forever. */
  validUntil?: number;
  preferredUntil?: number;
}

export interface Addr6 {
  addr: IPv6;
  prefix: number;
  scope: number;
  /** Kernel-generated link-local or loopback address. */
  auto: boolean;
  /** Added before the link was ready: duplicate address detection has not run yet. */
  tentative?: boolean;
}

export interface BridgeFdbEntry {
  mac: string;
  port: number; // link uid
  local: boolean;
  /** Added by `bridge fdb add ... static`: never ages out. */
  static?: boolean;
  updated: number; // clock ms
}

export interface BridgeInfo {
  fdb: Map<string, BridgeFdbEntry>;
  /** Set once the bridge's carrier has been recalculated (a port was ever attached). */
  carrierTouched: boolean;
  stp: boolean;
  ageingTime: number;
  /** A MAC set by the user; otherwise the bridge takes the lowest port MAC. */
  macFixed: boolean;
  /** An Open vSwitch datapath (weave's `datapath`): switches frames, no br_netfilter. */
  odp?: boolean;
}

export interface VxlanInfo {
  id: number;
  dstport: number;
  local?: number;
  remote?: number;
  group?: number;
  dev?: number; // link uid of the underlay device
  learning: boolean;
  ttl?: number;
  /** Forwarding database: MAC -> remote VTEP IP. 00:00:00:00:00:00 is the default entry. */
  fdb: Map<string, number>;
}

/** An IPv4-in-IPv4 tunnel (ipip.ko): `tunl0` is the fallback device with every endpoint `any`. */
export interface IpipInfo {
  /** 0 = any. */
  local: number;
  /** 0 = any: the route's next hop names the far end (NBMA mode, as Calico uses tunl0). */
  remote: number;
  /** 0 = inherit the inner packet's TTL. */
  ttl: number;
  pmtudisc: boolean;
  /** IFLA_IPTUN_PROTO: 0 any, 4 ipip, 137 mplsip. */
  proto: number;
  /** Underlay device (link uid), if bound. */
  dev?: number;
  /** The module's fallback device (tunl0): deleting it is a silent no-op. */
  fallback?: boolean;
}

export interface LinkStats {
  rxBytes: number;
  rxPackets: number;
  txBytes: number;
  txPackets: number;
  rxDropped: number;
  txDropped: number;
}

export interface Link {
  uid: number;
  netns: number;
  ifindex: number;
  name: string;
  kind: LinkKind;
  mtu: number;
  minMtu: number;
  maxMtu: number;
  mac: string;
  brd: string;
  adminUp: boolean;
  /** qdisc is noop until the device is first brought up, then stays attached. */
  qdiscAttached: boolean;
  /** The qdisc shown once attached. */
  qdisc: string;
  txqlen: number;
  group: number;
  master?: number;
  peer?: number;
  /** A physical NIC's cable: the link uid at the other end (a switch port). */
  wire?: number;
  /** Bridge port settings that differ from the kernel's defaults (see bridge-port.ts). */
  brport?: import('./bridge-port.js').BridgePortOptions;
  /** For kinds whose carrier does not follow from a peer (ether). */
  carrier: boolean;
  addrs4: Addr4[];
  addrs6: Addr6[];
  bridge?: BridgeInfo;
  vxlan?: VxlanInfo;
  ipip?: IpipInfo;
  stats: LinkStats;
  alias?: string;
  promisc: number;
  /** numtxqueues / numrxqueues as the kernel sized them. */
  queues: number;
  /** Whether the device has ever had carrier since its last admin-up (IPv6 link-local is added then). */
  ipv6Ready: boolean;
  /** Hardware address type for ip -d (ether / loopback / none / ipip, whose addresses are IPv4). */
  linkType: 'ether' | 'loopback' | 'none' | 'ipip';
}

export type RouteType =
  | 'unicast'
  | 'local'
  | 'broadcast'
  | 'multicast'
  | 'blackhole'
  | 'unreachable'
  | 'prohibit'
  | 'throw'
  | 'anycast'
  | 'nat';

export interface Nexthop {
  gateway?: number;
  dev?: number; // link uid
  onlink?: boolean;
  weight: number;
}

export interface Route {
  table: number;
  type: RouteType;
  dst: number;
  prefix: number;
  tos: number;
  metric: number;
  /** rtnetlink protocol number: 2 kernel, 3 boot, 4 static, 16 dhcp ... */
  proto: number;
  scope: number;
  prefsrc?: number;
  nexthops: Nexthop[];
  mtu?: number;
  /** Insertion sequence, to keep equal keys in kernel order. */
  seq: number;
}

export type NeighState =
  | 'INCOMPLETE'
  | 'REACHABLE'
  | 'STALE'
  | 'DELAY'
  | 'PROBE'
  | 'FAILED'
  | 'PERMANENT'
  | 'NOARP';

export interface Neigh {
  ip: number;
  dev: number; // link uid
  mac?: string;
  /** State as of `since`; the clock moves it on (see neigh.ts). */
  state: NeighState;
  since: number;
  /** For INCOMPLETE/PROBE: whether the target will answer (decided when the entry was made). */
  answers: boolean;
  router?: boolean;
  /** nda_cacheinfo clocks (ms): last use for output, last confirmation, last state change. */
  used?: number;
  confirmed?: number;
  updated?: number;
  /** NDA_PROBES as of the last state change (INCOMPLETE and PROBE count on from `since`). */
  probes?: number;
}

export interface Socket {
  proto: 'tcp' | 'udp';
  /** 0 means any address. */
  addr: number;
  port: number;
  /** Process that owns it, for ss/netstat -p. */
  pid: number;
  process: string;
  /** The application that answers on it (see engines/apps). */
  app: string;
  /** App-specific configuration, plain data. */
  config?: Record<string, unknown>;
  listen: boolean;
  /** IPv6 dual-stack socket ([::]:port); listens on all addresses too. */
  v6?: boolean;
}

export interface Netns {
  uid: number;
  host: string;
  /** Name under /run/netns of its host, when it has one. */
  name?: string;
  alive: boolean;
  ifindexCursor: number;
  byIndex: Map<number, number>;
  /** nsid this namespace gave to other namespaces: other netns uid -> nsid. */
  nsids: Map<number, number>;
  routes: Route[];
  routeSeq: number;
  neigh: Neigh[];
  /** sysctl values set in this namespace (keys in dotted form); defaults come from the profile. */
  sysctl: Map<string, string>;
  sockets: Socket[];
  /** Netfilter tables; created lazily (see engines/netfilter). */
  netfilter?: unknown;
  /** Connection tracking table (see engines/netfilter). */
  conntrack?: unknown;
  /** Free-form per-namespace extensions keyed by subsystem. */
  ext: Record<string, unknown>;
}

export interface Process {
  pid: number;
  ppid: number;
  user: string;
  command: string;
  netns: number;
  /** Clock deadline when the process exits by itself (sleep); absent: runs until killed. */
  until?: number;
  /** Clock time the process started (ps START/TIME, crictl, systemctl); absent in hand-made worlds. */
  start?: number;
}

export interface Host {
  name: string;
  rootNetns: number;
  /** Named namespaces in creation order; /run/netns lists them newest first. */
  netnsNames: string[];
  fs: Vfs;
  /** Not shown to users (the hidden LAN of a .case world). */
  hidden: boolean;
  processes: Process[];
  nextPid: number;
  /** Shell prompt user. */
  user: string;
}

export interface Clock {
  /** Virtual milliseconds since the epoch. */
  now: number;
}

export interface World {
  profile: Profile;
  clock: Clock;
  rng: Rng;
  hosts: Map<string, Host>;
  netns: Map<number, Netns>;
  links: Map<number, Link>;
  nextNetnsUid: number;
  nextLinkUid: number;
  /** The host a new session starts on. */
  defaultHost: string;
  /** Free-form world-level extensions (kube store, DNS servers ...). */
  ext: Record<string, unknown>;
  /** Kernel log ring for dmesg. */
  dmesg: string[];
}
