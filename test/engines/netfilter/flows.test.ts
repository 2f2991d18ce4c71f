/**
 * Whole flows through the data plane with netfilter in the path: reverse
 * NAT of replies from conntrack, NAT decided once per connection,
 * MASQUERADE's source, br_netfilter, REJECT seen by the sender, and
 * connection states.
 */
import { describe, expect, it } from 'vitest';
import { probe } from '../../../src/engines/dataplane/icmp.js';
import { exchange } from '../../../src/engines/dataplane/transport.js';
import { liveEntries } from '../../../src/engines/netfilter/conntrack.js';
import { getTable } from '../../../src/engines/netfilter/tables.js';
import { masqueradeSource } from '../../../src/engines/netfilter/targets/nat.js';
import type { PacketCtx } from '../../../src/engines/netfilter/types.js';
import { formatIPv4 } from '../../../src/model/inet.js';
import { linkByName } from '../../../src/model/world.js';
import { bridgeLab, ip, lab, serve } from './lab.js';

function ruleCounters(
  l: ReturnType<typeof lab>,
  table: 'nat' | 'filter',
  chain: string,
  n: number,
  ns?: string,
) {
  return getTable(l.ns(ns), table)?.chains.get(chain)?.rules[n - 1]?.counters;
}

describe('conntrack reverse NAT', () => {
  it('DNAT in nat OUTPUT: the reply comes back from the service address, NAT counts once per connection', () => {
    const l = bridgeLab(
      ['db'],
      [
        'ip route add 10.96.0.0/12 dev br-lab',
        'iptables -t nat -A OUTPUT -d 10.96.0.50 -p tcp --dport 80 -j DNAT --to-destination 172.31.5.10:8080',
      ],
    );
    serve(l.ns('db'), 8080);
    const host = l.ns();
    const r = exchange(l.world, host, {
      proto: 'tcp',
      dst: ip('10.96.0.50'),
      dport: 80,
      payload: 'GET',
      sport: 41000,
    });
    expect(r.kind).toBe('response');
    if (r.kind !== 'response') return;
    expect(formatIPv4(r.from)).toBe('10.96.0.50');
    expect(r.sport).toBe(80);
    expect(r.payload).toBe('hello from db');
    expect(ruleCounters(l, 'nat', 'OUTPUT', 1)).toEqual({ pkts: 1, bytes: 60 });
    const [e] = liveEntries(l.world, host);
    expect(e && formatIPv4(e.orig.dst)).toBe('10.96.0.50');
    expect(e && formatIPv4(e.reply.src)).toBe('172.31.5.10');
    expect(e?.reply.sport).toBe(8080);
    expect(e?.tcpState).toBe('TIME_WAIT');
    expect(e?.assured).toBe(true);
    // the same connection again: conntrack already knows it, the nat table is not consulted
    exchange(l.world, host, { proto: 'tcp', dst: ip('10.96.0.50'), dport: 80, payload: 'GET', sport: 41000 });
    expect(ruleCounters(l, 'nat', 'OUTPUT', 1)?.pkts).toBe(1);
    // a new connection is NATed (and counted) on its first packet
    exchange(l.world, host, { proto: 'tcp', dst: ip('10.96.0.50'), dport: 80, payload: 'GET', sport: 41001 });
    expect(ruleCounters(l, 'nat', 'OUTPUT', 1)?.pkts).toBe(2);
    expect(l.sh('conntrack -C').stdout).toBe('2\n');
  });

  it('DNAT in PREROUTING for a namespace client, reply translated back; no forwarding means no answer', () => {
    const l = bridgeLab(
      ['web', 'db'],
      [
        'iptables -t nat -A PREROUTING -d 10.96.0.50 -p tcp --dport 80 -j DNAT --to-destination 172.31.5.20:8080',
      ],
    );
    serve(l.ns('db'), 8080);
    const web = l.ns('web');
    const lost = exchange(l.world, web, { proto: 'tcp', dst: ip('10.96.0.50'), dport: 80, payload: 'x' });
    expect(lost.kind).toBe('timeout');
    l.sh('sysctl -w net.ipv4.ip_forward=1');
    const r = exchange(l.world, web, { proto: 'tcp', dst: ip('10.96.0.50'), dport: 80, payload: 'x' });
    expect(r.kind).toBe('response');
    if (r.kind === 'response') expect(formatIPv4(r.from)).toBe('10.96.0.50');
    // the unconfirmed first attempt counted too, as the kernel's retransmissions do
    expect(ruleCounters(l, 'nat', 'PREROUTING', 1)?.pkts).toBe(2);
  });

  it('an ICMP error about a DNATed flow is translated back (RELATED)', () => {
    const l = bridgeLab(
      ['db'],
      [
        'ip route add 10.96.0.0/12 dev br-lab',
        'iptables -t nat -A OUTPUT -d 10.96.0.10 -p udp --dport 53 -j DNAT --to-destination 172.31.5.10:5353',
      ],
    );
    const r = exchange(l.world, l.ns(), { proto: 'udp', dst: ip('10.96.0.10'), dport: 53, payload: 'q' });
    expect(r.kind).toBe('refused');
    if (r.kind === 'refused') expect(formatIPv4(r.from)).toBe('10.96.0.10');
  });
});

describe('MASQUERADE', () => {
  it('takes the out device address, counts the first packet of a ping run only', () => {
    const l = lab(
      ['# eth0: 192.168.1.10/24', '# lan-hosts: 192.168.1.3'],
      [
        'ip link add v-net-0 type bridge',
        'ip link set v-net-0 up',
        'ip addr add 192.168.15.5/24 dev v-net-0',
        'ip netns add blue',
        'ip link add veth-blue type veth peer name veth-blue-br',
        'ip link set veth-blue netns blue',
        'ip link set veth-blue-br master v-net-0 up',
        'ip -n blue addr add 192.168.15.2/24 dev veth-blue',
        'ip -n blue link set veth-blue up',
        'ip netns exec blue ip route add default via 192.168.15.5',
        'sysctl -w net.ipv4.ip_forward=1',
        'iptables -t nat -A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE',
      ],
    );
    const r = l.sh('ip netns exec blue ping -c 3 -i 0.2 192.168.1.3');
    expect(r.stdout).toContain('3 received');
    expect(ruleCounters(l, 'nat', 'POSTROUTING', 1)).toEqual({ pkts: 1, bytes: 84 });
    const entries = liveEntries(l.world, l.ns());
    expect(entries.map((e) => formatIPv4(e.reply.dst))).toEqual(['192.168.1.10']);
  });

  it('chooses the primary address facing the next hop', () => {
    const l = lab(
      ['# eth0: 10.9.0.10/24'],
      [
        'ip addr add 10.9.0.11/24 dev eth0',
        'ip addr add 192.168.77.1/24 dev eth0',
        'ip route add default via 10.9.0.1',
      ],
    );
    const ns = l.ns();
    const eth0 = linkByName(l.world, ns, 'eth0');
    const ctx = (dst: string) =>
      ({ world: l.world, ns, packet: { src: ip('172.20.0.2'), dst: ip(dst) } }) as unknown as PacketCtx;
    expect(formatIPv4(masqueradeSource(ctx('8.8.8.8'), eth0) ?? 0)).toBe('10.9.0.10');
    expect(formatIPv4(masqueradeSource(ctx('192.168.77.5'), eth0) ?? 0)).toBe('192.168.77.1');
  });
});

describe('br_netfilter', () => {
  it('bridged frames cross the host FORWARD chain while bridge-nf-call-iptables=1', () => {
    const l = bridgeLab(['red', 'blue'], ['iptables -A FORWARD -i br-lab -o br-lab -j ACCEPT']);
    const red = l.ns('red');
    expect(probe(l.world, red, ip('172.31.5.20')).kind).toBe('reply');
    expect(ruleCounters(l, 'filter', 'FORWARD', 1)).toEqual({ pkts: 2, bytes: 168 });
    l.sh('sysctl -w net.bridge.bridge-nf-call-iptables=0');
    expect(probe(l.world, red, ip('172.31.5.20')).kind).toBe('reply');
    expect(ruleCounters(l, 'filter', 'FORWARD', 1)?.pkts).toBe(2);
  });

  it('physdev sees the bridge ports; REJECT answers from the bridge address', () => {
    const l = bridgeLab(
      ['red', 'blue'],
      [
        'iptables -A FORWARD -m physdev --physdev-in red-br --physdev-out blue-br -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-net-unreachable',
      ],
    );
    const r = probe(l.world, l.ns('red'), ip('172.31.5.20'));
    expect(r.kind).toBe('icmp-error');
    if (r.kind === 'icmp-error') {
      expect(formatIPv4(r.from)).toBe('172.31.5.1');
      expect(r.code).toBe(0);
    }
    expect(probe(l.world, l.ns('blue'), ip('172.31.5.10')).kind).toBe('reply');
  });

  it('tcp-reset in FORWARD refuses the connection', () => {
    const l = bridgeLab(
      ['web', 'db'],
      ['iptables -A FORWARD -p tcp --dport 5432 -j REJECT --reject-with tcp-reset'],
    );
    serve(l.ns('db'), 5432);
    const r = exchange(l.world, l.ns('web'), {
      proto: 'tcp',
      dst: ip('172.31.5.20'),
      dport: 5432,
      payload: 'x',
    });
    expect(r.kind).toBe('refused');
  });
});

describe('connection states', () => {
  it('ESTABLISHED replies pass a default-DROP INPUT, NEW connections do not', () => {
    const l = bridgeLab(
      ['web', 'db'],
      [
        'ip netns exec web iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
        'ip netns exec web iptables -P INPUT DROP',
      ],
    );
    expect(probe(l.world, l.ns('web'), ip('172.31.5.20')).kind).toBe('reply');
    expect(probe(l.world, l.ns('db'), ip('172.31.5.10')).kind).toBe('lost');
    const input = getTable(l.ns('web'), 'filter')?.chains.get('INPUT');
    expect(input?.rules[0]?.counters.pkts).toBe(1);
    expect(input?.policyCounters.pkts).toBe(1);
  });

  it('an unanswered UDP flow is UNREPLIED in conntrack -L', () => {
    const l = bridgeLab(['db'], ['iptables -t nat -A POSTROUTING -o nowhere -j MASQUERADE']);
    serve(l.ns('db'), 53, 'udp');
    exchange(l.world, l.ns(), {
      proto: 'udp',
      dst: ip('172.31.5.10'),
      dport: 53,
      payload: 'q',
      sport: 33333,
    });
    const out = l.sh('conntrack -L -p udp').stdout;
    expect(out).toMatch(
      /^udp {6}17 \d+ src=172\.31\.5\.1 dst=172\.31\.5\.10 sport=33333 dport=53 src=172\.31\.5\.10 dst=172\.31\.5\.1 sport=53 dport=33333 mark=0 use=1\n$/,
    );
  });
});
