/**
 * "-p 8080:80 reachable from the host's LAN via DNAT": a TCP request from
 * the LAN machine `client` to docker-host:8080 is rewritten by the nat
 * DOCKER chain, accepted by filter DOCKER, and lands in the container.
 */
import { describe, expect, it } from 'vitest';
import { recordPackets } from '../../../src/commands/trace/record.js';
import { exchange } from '../../../src/engines/dataplane/transport.js';
import { dockerOf } from '../../../src/engines/docker/state.js';
import { parseIPv4 } from '../../../src/model/inet.js';
import { getHost, getNetns } from '../../../src/model/world.js';
import { dockerSession } from '../../commands/docker/docker-helpers.js';
import { run } from '../../helpers.js';

describe('published port from the LAN', () => {
  it('DNATs client -> 192.168.1.10:8080 to the nginx container', () => {
    const s = dockerSession();
    expect(run(s, 'docker run -d --name web -p 8080:80 nginx').exit).toBe(0);
    const world = s.world;
    const client = getNetns(world, getHost(world, 'client').rootNetns);
    const { packets } = recordPackets(world, () =>
      exchange(world, client, {
        proto: 'tcp',
        dst: parseIPv4('192.168.1.10') as number,
        dport: 8080,
        payload: {},
      }),
    );
    const first = packets[0];
    expect(first?.from).toBe('host client');
    expect(first?.outcome).toEqual({ kind: 'delivered', at: 'container web', dev: 'eth0' });
    const texts = first?.events.map((e) => `${e.at} | ${e.kind} | ${e.text}`) ?? [];
    expect(texts).toContain(
      'host docker-host | netfilter | nat DOCKER rule 2: -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80 -> DNAT',
    );
    expect(texts).toContain('host docker-host | nat | DNAT 192.168.1.10:8080 -> 172.17.0.2:80');
    expect(texts).toContain(
      'host docker-host | netfilter | filter DOCKER rule 1: -A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT -> ACCEPT',
    );
    // the counters of the rules that matched moved
    expect(run(s, 'iptables -t nat -L DOCKER -n -v').out).toMatch(/\n +1 +60 DNAT +6 +-- +!docker0/);
  });

  it('is dropped by FORWARD policy DROP when the DOCKER chain no longer accepts it', () => {
    const s = dockerSession();
    run(s, 'docker run -d --name web -p 8080:80 nginx');
    expect(run(s, 'iptables -F DOCKER').exit).toBe(0);
    const world = s.world;
    const client = getNetns(world, getHost(world, 'client').rootNetns);
    const { packets } = recordPackets(world, () =>
      exchange(world, client, {
        proto: 'tcp',
        dst: parseIPv4('192.168.1.10') as number,
        dport: 8080,
        payload: {},
      }),
    );
    expect(packets[0]?.verdict).toBe('dropped: FORWARD policy DROP (filter table) in host docker-host');
    expect(dockerOf(world, 'docker-host')?.containers[0]?.status).toBe('running');
  });
});
