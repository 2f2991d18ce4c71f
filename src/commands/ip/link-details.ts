/** `ip -d link`: per-kind details (print_linktype) and the generic trailer. */

import { portFlag, portPriority } from '../../model/bridge-port.js';
import { formatIPv4 } from '../../model/inet.js';
import { portCost, portState, portsOf } from '../../model/link-state.js';
import type { Link } from '../../model/types.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON } from '../../render/ip-printer.js';
import type { IpCtx } from './common.js';

/** br_id as iproute2 prints it: priority then the MAC octets in %x (no zero padding). */
function bridgeId(mac: string): string {
  return `8000.${mac
    .split(':')
    .map((o) => Number.parseInt(o, 16).toString(16))
    .join(':')}`;
}

function timer(out: IpCtx['out'], key: string, label: string): void {
  out.fp(`${label} `);
  if (out.isJson) out.uint(PRINT_JSON, key, '', 0);
  else out.fp('   0.00 ');
}

function printBridge(ctx: IpCtx, l: Link): void {
  const out = ctx.out;
  const id = bridgeId(l.mac);
  const nums: Array<[string, string, number]> = [
    ['forward_delay', 'forward_delay', 1500],
    ['hello_time', 'hello_time', 200],
    ['max_age', 'max_age', 2000],
    ['ageing_time', 'ageing_time', 30000],
    ['stp_state', 'stp_state', 0],
    ['priority', 'priority', 32768],
    ['vlan_filtering', 'vlan_filtering', 0],
  ];
  for (const [k, label, v] of nums) out.uint(PRINT_ANY, k, `${label} %u `, v);
  out.string(PRINT_ANY, 'bridge_id', 'bridge_id %s ', id);
  out.string(PRINT_ANY, 'root_id', 'designated_root %s ', id);
  out.uint(PRINT_ANY, 'root_port', 'root_port %u ', 0);
  out.uint(PRINT_ANY, 'root_path_cost', 'root_path_cost %u ', 0);
  out.uint(PRINT_ANY, 'topology_change', 'topology_change %u ', 0);
  out.uint(PRINT_ANY, 'topology_change_detected', 'topology_change_detected %u ', 0);
  timer(out, 'hello_timer', 'hello_timer');
  timer(out, 'tcn_timer', 'tcn_timer');
  timer(out, 'topology_change_timer', 'topology_change_timer');
  timer(out, 'gc_timer', 'gc_timer');
  const rest: Array<[string, string]> = [
    ['group_fwd_mask', '0'],
    ['group_address', '01:80:c2:00:00:00'],
    ['mcast_snooping', '1'],
    ['no_linklocal_learn', '0'],
    ['mcast_vlan_snooping', '0'],
    ['mcast_router', '1'],
    ['mcast_query_use_ifaddr', '0'],
    ['mcast_querier', '0'],
    ['mcast_hash_elasticity', '16'],
    ['mcast_hash_max', '4096'],
    ['mcast_last_member_count', '2'],
    ['mcast_startup_query_count', '2'],
    ['mcast_last_member_interval', '100'],
    ['mcast_membership_interval', '26000'],
    ['mcast_querier_interval', '25500'],
    ['mcast_query_interval', '12500'],
    ['mcast_query_response_interval', '1000'],
    ['mcast_startup_query_interval', '3124'],
    ['mcast_stats_enabled', '0'],
    ['mcast_igmp_version', '2'],
    ['mcast_mld_version', '1'],
    ['nf_call_iptables', '0'],
    ['nf_call_ip6tables', '0'],
    ['nf_call_arptables', '0'],
  ];
  for (const [k, v] of rest) {
    if (/^\d+$/.test(v)) out.uint(PRINT_ANY, k, `${k} %u `, Number(v));
    else out.string(PRINT_ANY, k, `${k} %s `, v);
  }
}

function printBridgeSlave(ctx: IpCtx, port: Link, br: Link): void {
  const out = ctx.out;
  const idx = portsOf(ctx.world, br).findIndex((p) => p.uid === port.uid) + 1;
  const id = bridgeId(br.mac);
  out.nl();
  out.string(PRINT_ANY, 'info_slave_kind', '    %s_slave ', 'bridge');
  out.openObject('info_slave_data');
  out.string(PRINT_ANY, 'state', 'state %s ', portState(ctx.world, port));
  out.uint(PRINT_ANY, 'priority', 'priority %u ', portPriority(port));
  out.uint(PRINT_ANY, 'cost', 'cost %u ', portCost(port));
  const onoff = (k: string, label: string, v: boolean) => {
    if (out.isJson) out.bool(PRINT_JSON, k, '', v);
    else out.fp(`${label} ${v ? 'on' : 'off'} `);
  };
  onoff('hairpin', 'hairpin', portFlag(port, 'hairpin'));
  onoff('guard', 'guard', portFlag(port, 'guard'));
  onoff('root_block', 'root_block', portFlag(port, 'root_block'));
  onoff('fastleave', 'fastleave', portFlag(port, 'fastleave'));
  onoff('learning', 'learning', portFlag(port, 'learning'));
  onoff('flood', 'flood', portFlag(port, 'flood'));
  const portId = (portPriority(port) << 10) | idx;
  out.string(PRINT_ANY, 'id', 'port_id %s ', `0x${portId.toString(16)}`);
  out.string(PRINT_ANY, 'no', 'port_no %s ', `0x${idx.toString(16)}`);
  out.uint(PRINT_ANY, 'designated_port', 'designated_port %u ', portId);
  out.uint(PRINT_ANY, 'designated_cost', 'designated_cost %u ', 0);
  out.string(PRINT_ANY, 'bridge_id', 'designated_bridge %s ', id);
  out.string(PRINT_ANY, 'root_id', 'designated_root %s ', id);
  timer(out, 'hold_timer', 'hold_timer');
  timer(out, 'message_age_timer', 'message_age_timer');
  timer(out, 'forward_delay_timer', 'forward_delay_timer');
  out.uint(PRINT_ANY, 'topology_change_ack', 'topology_change_ack %u ', 0);
  out.uint(PRINT_ANY, 'config_pending', 'config_pending %u ', 0);
  onoff('proxy_arp', 'proxy_arp', false);
  onoff('proxy_arp_wifi', 'proxy_arp_wifi', false);
  out.uint(PRINT_ANY, 'multicast_router', 'mcast_router %u ', 1);
  if (!out.isJson) out.fp('mcast_fast_leave off ');
  onoff('mcast_flood', 'mcast_flood', portFlag(port, 'mcast_flood'));
  onoff('bcast_flood', 'bcast_flood', portFlag(port, 'bcast_flood'));
  onoff('mcast_to_unicast', 'mcast_to_unicast', portFlag(port, 'mcast_to_unicast'));
  onoff('neigh_suppress', 'neigh_suppress', portFlag(port, 'neigh_suppress'));
  out.string(PRINT_ANY, 'group_fwd_mask', 'group_fwd_mask %s ', '0');
  out.string(PRINT_ANY, 'group_fwd_mask_str', 'group_fwd_mask_str %s ', '0x0');
  onoff('vlan_tunnel', 'vlan_tunnel', portFlag(port, 'vlan_tunnel'));
  onoff('isolated', 'isolated', portFlag(port, 'isolated'));
  onoff('locked', 'locked', portFlag(port, 'locked'));
  out.closeObject();
}

function printVxlan(ctx: IpCtx, l: Link): void {
  const out = ctx.out;
  const v = l.vxlan;
  if (!v) return;
  out.uint(PRINT_ANY, 'id', 'id %u ', v.id);
  if (v.group !== undefined) out.string(PRINT_ANY, 'group', 'group %s ', formatIPv4(v.group));
  if (v.remote !== undefined) out.string(PRINT_ANY, 'remote', 'remote %s ', formatIPv4(v.remote));
  if (v.local !== undefined) out.string(PRINT_ANY, 'local', 'local %s ', formatIPv4(v.local));
  if (v.dev !== undefined) {
    const d = ctx.world.links.get(v.dev);
    if (d) out.string(PRINT_ANY, 'link', 'dev %s ', d.name);
  }
  if (out.isJson) {
    out.uint(PRINT_JSON, 'port_range_low', '', 0);
    out.uint(PRINT_JSON, 'port_range_high', '', 0);
  } else out.fp('srcport 0 0 ');
  out.uint(PRINT_ANY, 'port', 'dstport %u ', v.dstport);
  if (!v.learning) out.bool(PRINT_ANY, 'learning', 'nolearning ', true);
  if (out.isJson) out.bool(PRINT_JSON, 'learning', '', v.learning);
  out.string(PRINT_ANY, 'ttl', 'ttl %s ', v.ttl === undefined ? 'auto' : String(v.ttl));
  out.uint(PRINT_ANY, 'ageing', 'ageing %u ', 300);
  out.fp('udpcsum noudp6zerocsumtx noudp6zerocsumrx ');
}

/** iptunnel_print_opt() of iproute2's link_iptnl.c (endpoints via tnl_print_endpoint: `any` for 0.0.0.0). */
function printIpip(ctx: IpCtx, l: Link): void {
  const out = ctx.out;
  const t = l.ipip;
  if (!t) return;
  const proto = t.proto === 4 ? 'ipip' : t.proto === 137 ? 'mplsip' : t.proto === 0 ? 'any' : undefined;
  if (proto) out.string(PRINT_ANY, 'proto', '%s ', proto);
  out.string(PRINT_ANY, 'remote', 'remote %s ', t.remote ? formatIPv4(t.remote) : 'any');
  out.string(PRINT_ANY, 'local', 'local %s ', t.local ? formatIPv4(t.local) : 'any');
  const under = t.dev === undefined ? undefined : ctx.world.links.get(t.dev);
  if (under) out.string(PRINT_ANY, 'link', 'dev %s ', under.name);
  if (out.isJson || t.ttl) out.uint(PRINT_ANY, 'ttl', 'ttl %u ', t.ttl);
  else out.fp('ttl inherit ');
  if (out.isJson) out.bool(PRINT_JSON, 'pmtudisc', '', t.pmtudisc);
  else out.fp(t.pmtudisc ? 'pmtudisc ' : 'nopmtudisc ');
}

/** Everything `-d` adds after the link/ether line. */
/** The `-d` details; IFLA_AF_SPEC (addrgenmode) is printed by `ip link` only. */
export function printLinkDetails(ctx: IpCtx, l: Link, doLink: boolean): void {
  const out = ctx.out;
  const br = l.master === undefined ? undefined : ctx.world.links.get(l.master);
  const promiscuity = l.promisc + (br ? 1 : 0);
  out.uint(PRINT_ANY, 'promiscuity', ' promiscuity %u ', promiscuity);
  out.uint(PRINT_ANY, 'allmulti', ' allmulti %u ', br ? 1 : 0);
  out.uint(PRINT_ANY, 'min_mtu', 'minmtu %u ', l.minMtu);
  out.uint(PRINT_ANY, 'max_mtu', 'maxmtu %u ', l.maxMtu);
  if (l.kind !== 'loopback' && l.kind !== 'ether') {
    out.openObject('linkinfo');
    out.nl();
    out.string(PRINT_ANY, 'info_kind', '    %s ', l.kind);
    if (l.kind === 'bridge' || l.kind === 'vxlan' || l.kind === 'ipip') {
      out.openObject('info_data');
      if (l.kind === 'bridge') printBridge(ctx, l);
      else if (l.kind === 'ipip') printIpip(ctx, l);
      else printVxlan(ctx, l);
      out.closeObject();
    }
    if (br) printBridgeSlave(ctx, l, br);
    out.closeObject();
  }
  if (doLink) out.string(PRINT_ANY, 'inet6_addr_gen_mode', 'addrgenmode %s ', 'eui64');
  out.uint(PRINT_ANY, 'num_tx_queues', 'numtxqueues %u ', l.queues);
  out.uint(PRINT_ANY, 'num_rx_queues', 'numrxqueues %u ', l.queues);
  const tso = (l.kind === 'vxlan' && l.vxlan?.dev === undefined) || l.kind === 'ipip' ? 65536 : 524280;
  out.uint(PRINT_ANY, 'gso_max_size', 'gso_max_size %u ', 65536);
  out.uint(PRINT_ANY, 'gso_max_segs', 'gso_max_segs %u ', 65535);
  out.uint(PRINT_ANY, 'tso_max_size', 'tso_max_size %u ', tso);
  out.uint(PRINT_ANY, 'tso_max_segs', 'tso_max_segs %u ', 65535);
  out.uint(PRINT_ANY, 'gro_max_size', 'gro_max_size %u ', 65536);
  void PRINT_FP;
}
