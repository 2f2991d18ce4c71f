/** The packet walk: ARP on both sides, bridge learning, forwarding with ip_forward, TTL and ICMP errors. */
import { describe, expect, it } from 'vitest';
import { probe } from '../../../src/engines/dataplane/icmp.js';
import { formatIPv4, parseIPv4 } from '../../../src/model/inet.js';
import { refreshNeigh } from '../../../src/model/neigh.js';
import type { Netns } from '../../../src/model/types.js';
import { caseSession, setup } from '../../helpers.js';

function ns(s: ReturnType<typeof caseSession>, name: string): Netns {
  const n = [...s.world.netns.values()].find((x) => x.name === name);
  if (!n) throw new Error(name);
  return n;
}

function bridged() {
  const s = caseSession();
  setup(s, [
    'ip link add br0 type bridge',
    'ip link set br0 up',
    'ip netns add left',
    'ip netns add right',
    'ip link add veth-l netns left type veth peer name veth-l-br',
    'ip link add veth-r netns right type veth peer name veth-r-br',
    'ip link set veth-l-br master br0 up',
    'ip link set veth-r-br master br0 up',
    'ip -n left addr add 10.9.0.1/24 dev veth-l',
    'ip -n right addr add 10.9.0.2/24 dev veth-r',
    'ip -n left link set veth-l up',
    'ip -n right link set veth-r up',
  ]);
  return s;
}

describe('bridged namespaces', () => {
  it('answer pings, learn neighbours on both sides and MACs in the bridge', () => {
    const s = bridged();
    const r = probe(s.world, ns(s, 'left'), parseIPv4('10.9.0.2') as number);
    expect(r.kind).toBe('reply');
    const left = refreshNeigh(s.world, ns(s, 'left')).map((n) => `${formatIPv4(n.ip)} ${n.state}`);
    const right = refreshNeigh(s.world, ns(s, 'right')).map((n) => `${formatIPv4(n.ip)} ${n.state}`);
    expect(left).toEqual(['10.9.0.2 REACHABLE']);
    expect(right).toEqual(['10.9.0.1 DELAY']);
    const br = [...s.world.links.values()].find((l) => l.name === 'br0');
    const learned = [...(br?.bridge?.fdb.values() ?? [])].filter((e) => !e.local);
    expect(learned).toHaveLength(2);
    expect(r.trace.events.some((e) => e.kind === 'bridge' && e.text.includes('br0 forwards'))).toBe(true);
  });

  it('cannot reach a silent address: ARP fails and the host reports itself', () => {
    const s = bridged();
    const r = probe(s.world, ns(s, 'left'), parseIPv4('10.9.0.99') as number);
    expect(r.kind).toBe('icmp-error');
    if (r.kind === 'icmp-error') {
      expect([formatIPv4(r.from), r.type, r.code, r.ms >= 3000]).toEqual(['10.9.0.1', 3, 1, true]);
    }
  });
});

function chain() {
  const s = caseSession();
  setup(s, [
    'ip netns add a',
    'ip netns add r',
    'ip netns add c',
    'ip link add va type veth peer name vr1',
    'ip link add vc type veth peer name vr2',
    'ip link set va netns a',
    'ip link set vr1 netns r',
    'ip link set vr2 netns r',
    'ip link set vc netns c',
    'ip -n a addr add 10.1.0.5/24 dev va',
    'ip -n r addr add 10.1.0.1/24 dev vr1',
    'ip -n r addr add 10.2.0.1/24 dev vr2',
    'ip -n c addr add 10.2.0.5/24 dev vc',
    'ip -n a link set va up',
    'ip -n r link set vr1 up',
    'ip -n r link set vr2 up',
    'ip -n c link set vc up',
    'ip -n a route add default via 10.1.0.1',
    'ip -n c route add default via 10.2.0.1',
  ]);
  return s;
}

describe('routing through a namespace', () => {
  it('drops silently while ip_forward is 0', () => {
    const s = chain();
    const r = probe(s.world, ns(s, 'a'), parseIPv4('10.2.0.5') as number);
    expect(r.kind).toBe('lost');
    expect(r.trace.events.some((e) => e.kind === 'drop' && e.text.includes('ip_forward=0'))).toBe(true);
  });

  it('forwards with ip_forward=1 and the reply comes back with ttl 63', () => {
    const s = chain();
    setup(s, ['ip netns exec r sysctl -w net.ipv4.ip_forward=1']);
    const r = probe(s.world, ns(s, 'a'), parseIPv4('10.2.0.5') as number);
    expect(r.kind === 'reply' ? r.ttl : r.kind).toBe(63);
  });

  it('answers TTL 1 with time exceeded from the router', () => {
    const s = chain();
    setup(s, ['ip netns exec r sysctl -w net.ipv4.ip_forward=1']);
    const r = probe(s.world, ns(s, 'a'), parseIPv4('10.2.0.5') as number, { ttl: 1 });
    expect(r.kind === 'icmp-error' ? `${formatIPv4(r.from)} ${r.type}` : r.kind).toBe('10.1.0.1 11');
  });

  it('answers an unroutable destination with net unreachable from the router', () => {
    const s = chain();
    setup(s, ['ip netns exec r sysctl -w net.ipv4.ip_forward=1']);
    const r = probe(s.world, ns(s, 'a'), parseIPv4('172.16.0.1') as number);
    expect(r.kind === 'icmp-error' ? `${formatIPv4(r.from)} ${r.type}/${r.code}` : r.kind).toBe(
      '10.1.0.1 3/0',
    );
  });

  it('refuses to send without a route (connect: Network is unreachable)', () => {
    const s = chain();
    setup(s, ['ip -n a route del default']);
    expect(probe(s.world, ns(s, 'a'), parseIPv4('10.2.0.5') as number).kind).toBe('send-error');
  });
});
