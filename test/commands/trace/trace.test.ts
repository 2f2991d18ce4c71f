/** `trace`: the command's output, then every packet with its events and a verdict in plain words. */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../../helpers.js';
import { dockerSession } from '../docker/docker-helpers.js';

function twoContainers() {
  const s = dockerSession();
  run(s, 'docker run -d --name c1 alpine sleep 1000');
  run(s, 'docker run -d --name c2 alpine sleep 1000');
  return s;
}

describe('trace', () => {
  it('explains a ping between two containers on docker0', () => {
    const s = twoContainers();
    const r = run(s, 'trace --from c1 ping -c1 172.17.0.3');
    expect(r.exit).toBe(0);
    const text = r.out.replace(/veth[0-9a-f]{7}/g, 'veth<x>');
    expect(text).toContain('1 packets transmitted, 1 packets received, 0% packet loss');
    expect(text).toContain(`trace: 2 packets

#1 ICMP echo request (auto) -> 172.17.0.3 ttl 64 from container c1
   container c1      route      route 172.17.0.0/16 dev eth0 (src 172.17.0.2)
   container c1      arp        172.17.0.3 is at 02:42:ac:11:00:03 (eth0 in container c2)
   container c1      xmit       ICMP echo request 172.17.0.2 -> 172.17.0.3 ttl 64 out eth0 to 02:42:ac:11:00:03
   container c1      veth       eth0 -> veth peer veth<x> in host docker-host
   host docker-host  conntrack  NEW, original direction of connection #1 (new)
   host docker-host  netfilter  nat PREROUTING: no rule decided, policy ACCEPT
   host docker-host  netfilter  filter FORWARD rule 1: -A FORWARD -j DOCKER-USER -> jump to DOCKER-USER
   host docker-host  netfilter  filter DOCKER-USER rule 1: -A DOCKER-USER -j RETURN -> RETURN
   host docker-host  netfilter  filter FORWARD rule 2: -A FORWARD -j DOCKER-ISOLATION-STAGE-1 -> jump to DOCKER-ISOLATION-STAGE-1
   host docker-host  netfilter  filter DOCKER-ISOLATION-STAGE-1 rule 2: -A DOCKER-ISOLATION-STAGE-1 -j RETURN -> RETURN
   host docker-host  netfilter  filter FORWARD rule 4: -A FORWARD -o docker0 -j DOCKER -> jump to DOCKER
   host docker-host  netfilter  filter FORWARD rule 6: -A FORWARD -i docker0 -o docker0 -j ACCEPT -> ACCEPT
   host docker-host  netfilter  nat POSTROUTING: no rule decided, policy ACCEPT
   host docker-host  bridge     docker0 forwards veth<x> -> veth<x>
   host docker-host  veth       veth<x> -> veth peer eth0 in container c2
   container c2      deliver    ICMP echo request 172.17.0.2 -> 172.17.0.3 ttl 64 delivered on eth0
   => delivered to container c2 on eth0

#2 ICMP echo reply 172.17.0.3 -> 172.17.0.2 ttl 64 from container c2
`);
    expect(text.endsWith('   => delivered to container c1 on eth0\n')).toBe(true);
  });

  it('names the rule that dropped a packet', () => {
    const s = twoContainers();
    run(s, 'iptables -I DOCKER-USER -s 172.17.0.2 -j DROP');
    const r = run(s, 'trace --from c1 ping -c1 -W1 172.17.0.3');
    expect(r.exit).toBe(1);
    expect(r.out).toContain(
      '   => dropped: filter DOCKER-USER rule 1 (-A DOCKER-USER -s 172.17.0.2/32 -j DROP) in host docker-host while bridging\n',
    );
  });

  it('says where a packet met no route', () => {
    const s = dockerSession();
    const r = run(s, 'trace --from client ping -c1 172.17.0.3');
    expect(r.out).toContain(
      '   => not delivered: no route to 172.17.0.3 in the LAN; ICMP destination unreachable (code 0) 192.168.1.1 -> 192.168.1.20 came back to host client\n',
    );
  });

  it('explains a ping that connect() refused for want of a route', () => {
    const s = caseSession(['eth0: 10.0.0.5/24']);
    expect(run(s, 'trace ping -c 1 10.9.9.9')).toEqual({
      out:
        'trace: 1 packet\n\n' +
        '#1 ICMP echo request (auto) -> 10.9.9.9 ttl 64 from host controlplane\n' +
        '   host controlplane  route  no route to 10.9.9.9 (nothing in the routing table matches it and there is no default route)\n' +
        '   => not sent: no route to 10.9.9.9 (nothing in the routing table matches it and there is no default route) in host controlplane: ENETUNREACH (Network is unreachable)\n',
      err: 'ping: connect: Network is unreachable\n',
      exit: 2,
    });
    run(s, 'ip route add unreachable 10.7.0.0/16');
    expect(run(s, 'trace traceroute -n 10.7.1.1').out).toContain(
      '   => not sent: route to 10.7.1.1 is unreachable in host controlplane: EHOSTUNREACH (No route to host)\n',
    );
  });

  it('gives the same record as JSON', () => {
    const s = twoContainers();
    const r = run(s, 'trace --format json --from c1 ping -c1 172.17.0.3');
    const j = JSON.parse(r.out);
    expect(j.command).toEqual(['ping', '-c1', '172.17.0.3']);
    expect(j.from).toBe('c1');
    expect(j.exit).toBe(0);
    expect(j.stdout).toContain('1 packets received');
    expect(
      j.packets.map((p: { n: number; from: string; proto: string; dst: string; verdict: string }) => [
        p.n,
        p.from,
        p.proto,
        p.dst,
        p.verdict,
      ]),
    ).toEqual([
      [1, 'container c1', 'icmp', '172.17.0.3', 'delivered to container c2 on eth0'],
      [2, 'container c2', 'icmp', '172.17.0.2', 'delivered to container c1 on eth0'],
    ]);
    expect(j.packets[0].outcome).toEqual({ kind: 'delivered', at: 'container c2', dev: 'eth0' });
    expect(j.packets[0].events[0]).toEqual({
      at: 'container c1',
      kind: 'route',
      text: 'route 172.17.0.0/16 dev eth0 (src 172.17.0.2)',
    });
  });

  it('runs in a named netns, explains a refused connect() and says when nothing was sent', () => {
    const s = dockerSession();
    run(s, 'ip netns add blue');
    const r = run(s, 'trace ip netns exec blue ping -c1 8.8.8.8');
    expect(r).toEqual({
      out:
        'trace: 1 packet\n\n' +
        '#1 ICMP echo request (auto) -> 8.8.8.8 ttl 64 from netns blue\n' +
        '   netns blue  route  no route to 8.8.8.8 (nothing in the routing table matches it and there is no default route)\n' +
        '   => not sent: no route to 8.8.8.8 (nothing in the routing table matches it and there is no default route) in netns blue: ENETUNREACH (Network is unreachable)\n',
      err: 'ping: connect: Network is unreachable\n',
      exit: 2,
    });
    expect(run(s, 'trace --from blue true').out).toBe('trace: the command sent no packets\n');
  });

  it('rejects what it cannot do', () => {
    const s = dockerSession();
    expect(run(s, 'trace --from nowhere ping -c1 1.1.1.1')).toEqual({
      out: '',
      err: 'trace: nowhere: no such network namespace, host or container\n',
      exit: 1,
    });
    expect(run(s, 'trace --format yaml true').err).toBe("trace: unknown format 'yaml' (text or json)\n");
    expect(run(s, 'trace').exit).toBe(2);
    expect(run(s, 'trace --help').out).toMatch(/^Usage: trace \[--from/);
  });
});
