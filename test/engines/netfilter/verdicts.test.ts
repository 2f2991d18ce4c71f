/**
 * Table-driven hook tests: rules loaded with the iptables command, one
 * packet handed to the engine at a hook, then the verdict, the rewritten
 * packet, the counters and the trace.
 */
import { describe, expect, it } from 'vitest';
import type { Packet } from '../../../src/engines/dataplane/packet.js';
import type { NfHook, RejectWith } from '../../../src/engines/netfilter/hook.js';
import { getTable } from '../../../src/engines/netfilter/tables.js';
import { netfilterHook } from '../../../src/engines/netfilter/traverse.js';
import { linkByName } from '../../../src/model/world.js';
import { ip, lab } from './lab.js';

const ping = (src: string, dst: string): Packet => ({
  src: ip(src),
  dst: ip(dst),
  proto: 'icmp',
  ttl: 64,
  len: 84,
  mark: 0,
  icmp: { type: 8, code: 0, id: 7, seq: 1 },
});
const syn = (src: string, dst: string, dport: number, sport = 40000): Packet => ({
  src: ip(src),
  dst: ip(dst),
  proto: 'tcp',
  ttl: 64,
  len: 60,
  mark: 0,
  sport,
  dport,
  tcp: 'SYN',
});
const udp = (src: string, dst: string, dport: number): Packet => ({
  src: ip(src),
  dst: ip(dst),
  proto: 'udp',
  ttl: 64,
  len: 60,
  mark: 0,
  sport: 50000,
  dport,
});

interface Case {
  name: string;
  rules: string[];
  hook?: NfHook;
  packet: Packet;
  inDev?: string;
  want: 'ACCEPT' | 'DROP' | 'REJECT';
  reject?: RejectWith;
  /** [chain, rule number, packets, bytes] checks in the filter table. */
  counters?: Array<[string, number, number, number]>;
  policy?: [string, number];
  trace?: string[];
  mark?: number;
}

const CASES: Case[] = [
  {
    name: 'DROP counts the packet',
    rules: ['iptables -A INPUT -p icmp -j DROP'],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'DROP',
    counters: [['INPUT', 1, 1, 84]],
    trace: ['filter INPUT rule 1: -A INPUT -p icmp -j DROP -> DROP'],
  },
  {
    name: 'REJECT default is port unreachable',
    rules: ['iptables -A INPUT -p icmp -j REJECT'],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'REJECT',
    reject: { type: 3, code: 3 },
  },
  {
    name: 'REJECT with host-prohibited',
    rules: ['iptables -A INPUT -s 10.0.0.0/8 -j REJECT --reject-with icmp-host-prohibited'],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'REJECT',
    reject: { type: 3, code: 10 },
  },
  {
    name: 'REJECT with tcp-reset',
    rules: ['iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset'],
    packet: syn('10.0.0.1', '10.0.0.2', 22),
    want: 'REJECT',
    reject: 'tcp-reset',
  },
  {
    name: 'first match wins and later rules do not count',
    rules: ['iptables -A INPUT -s 10.0.0.1 -j ACCEPT', 'iptables -A INPUT -j DROP'],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'ACCEPT',
    counters: [
      ['INPUT', 1, 1, 84],
      ['INPUT', 2, 0, 0],
    ],
  },
  {
    name: 'negated source',
    rules: ['iptables -A INPUT ! -s 10.0.0.0/24 -j DROP'],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'ACCEPT',
  },
  {
    name: 'port range and negated port',
    rules: [
      'iptables -A INPUT -p tcp --dport 8000:8080 -j DROP',
      'iptables -A INPUT -p tcp ! --dport 443 -j REJECT',
    ],
    packet: syn('10.0.0.1', '10.0.0.2', 8001),
    want: 'DROP',
  },
  {
    name: 'multiport ports matches either side',
    rules: ['iptables -A INPUT -p tcp -m multiport --ports 40000,9 -j DROP'],
    packet: syn('10.0.0.1', '10.0.0.2', 80),
    want: 'DROP',
  },
  {
    name: 'udp rule does not catch tcp',
    rules: ['iptables -A INPUT -p udp --dport 53 -j DROP'],
    packet: syn('10.0.0.1', '10.0.0.2', 53),
    want: 'ACCEPT',
  },
  {
    name: 'udp rule catches udp',
    rules: ['iptables -A INPUT -p udp --dport 53 -j DROP'],
    packet: udp('10.0.0.1', '10.0.0.2', 53),
    want: 'DROP',
  },
  {
    name: 'interface wildcard',
    rules: ['iptables -A INPUT -i e+ -j DROP'],
    packet: ping('10.0.0.1', '10.0.0.2'),
    inDev: 'eth0',
    want: 'DROP',
  },
  {
    name: 'negated interface',
    rules: ['iptables -A INPUT ! -i lo -j DROP'],
    packet: ping('10.0.0.1', '10.0.0.2'),
    inDev: 'lo',
    want: 'ACCEPT',
  },
  {
    name: 'jump, RETURN and the policy (counted once -P set it)',
    rules: [
      'iptables -N CHECK',
      'iptables -A INPUT -j CHECK',
      'iptables -A CHECK -s 10.0.0.1 -j RETURN',
      'iptables -A CHECK -j ACCEPT',
      'iptables -P INPUT DROP',
    ],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'DROP',
    policy: ['INPUT', 1],
    counters: [
      ['INPUT', 1, 1, 84],
      ['CHECK', 1, 1, 84],
      ['CHECK', 2, 0, 0],
    ],
  },
  {
    name: 'goto does not come back',
    rules: [
      'iptables -N G',
      'iptables -A INPUT -g G',
      'iptables -A INPUT -j DROP',
      'iptables -A G -j RETURN',
    ],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'ACCEPT',
    counters: [['INPUT', 2, 0, 0]],
  },
  {
    name: 'MARK then mark match',
    rules: [
      'iptables -A INPUT -j MARK --or-mark 0x4000',
      'iptables -A INPUT -m mark --mark 0x4000/0x4000 -j DROP',
    ],
    packet: ping('10.0.0.1', '10.0.0.2'),
    want: 'DROP',
    mark: 0x4000,
  },
  {
    name: 'iprange and icmp type',
    rules: [
      'iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.5 -p icmp --icmp-type echo-request -j DROP',
    ],
    packet: ping('10.0.0.3', '10.0.0.2'),
    want: 'DROP',
  },
  {
    name: 'ttl and length',
    rules: ['iptables -A INPUT -m ttl --ttl-gt 60 -m length --length 80:90 -j DROP'],
    packet: ping('10.0.0.3', '10.0.0.2'),
    want: 'DROP',
  },
  {
    name: 'rule without target only counts',
    rules: ['iptables -A INPUT -s 10.0.0.3'],
    packet: ping('10.0.0.3', '10.0.0.2'),
    want: 'ACCEPT',
    counters: [['INPUT', 1, 1, 84]],
  },
];

describe('netfilter hook verdicts', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const l = lab(['# eth0: 10.0.0.2/24'], c.rules);
      const ns = l.ns();
      const trace = { events: [] as Array<{ at: string; kind: string; text: string }> };
      const dev = linkByName(l.world, ns, c.inDev ?? 'eth0');
      const r = netfilterHook({
        world: l.world,
        ns,
        hook: c.hook ?? 'INPUT',
        packet: c.packet,
        ...(dev ? { inDev: dev } : {}),
        trace: trace as never,
      });
      expect(r.verdict).toBe(c.want);
      if (c.reject) expect(r.reject).toEqual(c.reject);
      if (c.mark !== undefined) expect(r.packet.mark).toBe(c.mark);
      const filter = getTable(ns, 'filter');
      for (const [chain, n, pk, by] of c.counters ?? []) {
        const rule = filter?.chains.get(chain)?.rules[n - 1];
        expect(rule?.counters, `${chain} rule ${n}`).toEqual({ pkts: pk, bytes: by });
      }
      if (c.policy) expect(filter?.chains.get(c.policy[0])?.policyCounters.pkts).toBe(c.policy[1]);
      for (const t of c.trace ?? []) expect(trace.events.map((e) => e.text)).toContain(t);
    });
  }
});
