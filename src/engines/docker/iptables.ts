/**
 * The iptables rules dockerd (27.x, iptables backend, userland proxy on)
 * writes on its host, issued as the same iptables commands through the
 * netfilter engine: the base chains at start, four FORWARD rules, the
 * isolation pair, MASQUERADE and the DOCKER RETURN per bridge network,
 * and DNAT + MASQUERADE (hairpin) + ACCEPT per published port. In a
 * container on a user-defined network, the embedded DNS server's
 * DOCKER_OUTPUT / DOCKER_POSTROUTING redirection of 127.0.0.11:53.
 * Captured from a real daemon (test/commands/docker/captures).
 */

import { cidrText, formatIPv4 } from '../../model/inet.js';
import type { Netns } from '../../model/types.js';
import { ruleText } from '../netfilter/format.js';
import { getTable, restoreRules } from '../netfilter/index.js';
import type { PortBinding } from './state.js';

function apply(ns: Netns, table: string, lines: string[]): void {
  restoreRules(ns, `*${table}\n${lines.join('\n')}\nCOMMIT\n`, { noflush: true });
}

function chainRules(ns: Netns, table: 'filter' | 'nat', chain: string): string[] {
  const c = getTable(ns, table)?.chains.get(chain);
  return c ? c.rules.map((r) => ruleText(chain, r)) : [];
}

function hasChain(ns: Netns, table: 'filter' | 'nat', chain: string): boolean {
  return !!getTable(ns, table)?.chains.get(chain);
}

/** What the daemon sets up when it starts: forwarding, FORWARD policy DROP, its chains and jumps. */
export function daemonStartRules(ns: Netns): void {
  ns.sysctl.set('net.ipv4.ip_forward', '1');
  const nat = ['DOCKER'].filter((c) => !hasChain(ns, 'nat', c)).map((c) => `:${c} - [0:0]`);
  apply(ns, 'nat', [
    ...nat,
    '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
    '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
  ]);
  const chains = ['DOCKER', 'DOCKER-ISOLATION-STAGE-1', 'DOCKER-ISOLATION-STAGE-2', 'DOCKER-USER'];
  apply(ns, 'filter', [
    ...chains.filter((c) => !hasChain(ns, 'filter', c)).map((c) => `:${c} - [0:0]`),
    '-P FORWARD DROP',
    '-A DOCKER-ISOLATION-STAGE-1 -j RETURN',
    '-A DOCKER-ISOLATION-STAGE-2 -j RETURN',
    '-A DOCKER-USER -j RETURN',
    '-I FORWARD 1 -j DOCKER-ISOLATION-STAGE-1',
    '-I FORWARD 1 -j DOCKER-USER',
  ]);
}

/** Rules of a bridge network, inserted above the older networks' (below the two jumps). */
export function addNetworkRules(ns: Netns, br: string, subnet: number, prefix: number): void {
  const net = cidrText(subnet, prefix);
  apply(ns, 'nat', [`-I POSTROUTING 1 -s ${net} ! -o ${br} -j MASQUERADE`, `-I DOCKER 1 -i ${br} -j RETURN`]);
  const fwd = chainRules(ns, 'filter', 'FORWARD');
  let at = 1;
  while (at <= fwd.length && /^-A FORWARD -j DOCKER-(USER|ISOLATION-STAGE-1)$/.test(fwd[at - 1] as string))
    at++;
  apply(ns, 'filter', [
    `-I FORWARD ${at} -i ${br} -o ${br} -j ACCEPT`,
    `-I FORWARD ${at} -i ${br} ! -o ${br} -j ACCEPT`,
    `-I FORWARD ${at} -o ${br} -j DOCKER`,
    `-I FORWARD ${at} -o ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
    `-I DOCKER-ISOLATION-STAGE-1 1 -i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`,
    `-I DOCKER-ISOLATION-STAGE-2 1 -o ${br} -j DROP`,
  ]);
}

/** Delete every rule of `table`/`chain` whose text matches `pred`. */
function deleteWhere(ns: Netns, table: 'filter' | 'nat', chain: string, pred: (t: string) => boolean): void {
  const victims = chainRules(ns, table, chain).filter(pred);
  if (victims.length)
    apply(
      ns,
      table,
      victims.map((t) => t.replace(/^-A /, '-D ')),
    );
}

export function removeNetworkRules(ns: Netns, br: string, subnet: number, prefix: number): void {
  const net = cidrText(subnet, prefix);
  const mentions = (t: string) => new RegExp(`(-i|-o) ${br.replace(/[.-]/g, '\\$&')}( |$)`).test(t);
  deleteWhere(ns, 'nat', 'POSTROUTING', (t) => t === `-A POSTROUTING -s ${net} ! -o ${br} -j MASQUERADE`);
  deleteWhere(ns, 'nat', 'DOCKER', (t) => t === `-A DOCKER -i ${br} -j RETURN`);
  for (const chain of ['FORWARD', 'DOCKER-ISOLATION-STAGE-1', 'DOCKER-ISOLATION-STAGE-2'])
    deleteWhere(ns, 'filter', chain, mentions);
}

function portLines(br: string, ip: number, b: PortBinding): { nat: string[]; filter: string } {
  const addr = formatIPv4(ip);
  const p = `-p ${b.proto} -m ${b.proto}`;
  const hostIp = b.hostIp && b.hostIp !== '0.0.0.0' ? ` -d ${b.hostIp}/32` : '';
  return {
    nat: [
      `-A POSTROUTING -s ${addr}/32 -d ${addr}/32 ${p} --dport ${b.containerPort} -j MASQUERADE`,
      `-A DOCKER${hostIp} ! -i ${br} ${p} --dport ${b.hostPort} -j DNAT --to-destination ${addr}:${b.containerPort}`,
    ],
    filter: `-A DOCKER -d ${addr}/32 ! -i ${br} -o ${br} ${p} --dport ${b.containerPort} -j ACCEPT`,
  };
}

export function addPortRules(ns: Netns, br: string, ip: number, b: PortBinding): void {
  const l = portLines(br, ip, b);
  apply(ns, 'nat', l.nat);
  apply(ns, 'filter', [l.filter]);
}

export function removePortRules(ns: Netns, br: string, ip: number, b: PortBinding): void {
  const l = portLines(br, ip, b);
  deleteWhere(ns, 'nat', 'POSTROUTING', (t) => t === l.nat[0]);
  deleteWhere(ns, 'nat', 'DOCKER', (t) => t === l.nat[1]);
  deleteWhere(ns, 'filter', 'DOCKER', (t) => t === l.filter);
}

/** The embedded DNS server's redirection inside a container on a user-defined network. */
export function embeddedDnsRules(ns: Netns, udp: number, tcp: number): void {
  apply(ns, 'nat', [
    ':DOCKER_OUTPUT - [0:0]',
    ':DOCKER_POSTROUTING - [0:0]',
    '-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT',
    '-A POSTROUTING -d 127.0.0.11/32 -j DOCKER_POSTROUTING',
    `-A DOCKER_OUTPUT -d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:${tcp}`,
    `-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:${udp}`,
    `-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p tcp -m tcp --sport ${tcp} -j SNAT --to-source :53`,
    `-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p udp -m udp --sport ${udp} -j SNAT --to-source :53`,
  ]);
}
