/**
 * iputils ping's -M (path MTU discovery) and -I address, against text
 * recorded from iputils 20221126 in a scratch namespace: a veth with a /24
 * and a route carrying `mtu 1000`.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run, setup } from '../../helpers.js';

function world() {
  const s = caseSession();
  setup(s, [
    'ip netns add a',
    'ip netns add b',
    'ip link add v0 netns a type veth peer name v1 netns b',
    'ip -n a addr add 10.9.0.1/24 dev v0',
    'ip -n b addr add 10.9.0.7/24 dev v1',
    'ip -n a link set v0 up',
    'ip -n b link set v1 up',
    'ip -n a route add 10.8.0.0/24 dev v0 mtu 1000',
  ]);
  return s;
}

const norm = (t: string) => t.replace(/time=[\d.]+ ms/g, 'time=T ms').replace(/mdev = \S+ ms/, 'mdev = R ms');

describe('ping -M', () => {
  it('fails locally above the route MTU with IP_PMTUDISC_DO', () => {
    const r = run(world(), 'ip netns exec a ping -c1 -M do -s 1200 10.8.0.5');
    expect(r).toEqual({
      out: 'PING 10.8.0.5 (10.8.0.5) 1200(1228) bytes of data.\n\n--- 10.8.0.5 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n',
      err: 'ping: local error: message too long, mtu=1000\n',
      exit: 1,
    });
  });

  it('uses the device MTU, counts each local error, and names the source given with -I', () => {
    const s = world();
    const one = run(s, 'ip netns exec a ping -c1 -M do -s 1473 -I 10.9.0.1 10.9.0.7');
    expect(one.out).toBe(
      'PING 10.9.0.7 (10.9.0.7) from 10.9.0.1 : 1473(1501) bytes of data.\n\n--- 10.9.0.7 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n',
    );
    expect(one.err).toBe('ping: local error: message too long, mtu=1500\n');
    const two = run(s, 'ip netns exec a ping -c 2 -i 0.2 -M do -s 1500 -W 1 10.9.0.7');
    // the capture said 202ms: two sends 0.2 s apart plus the host's scheduling jitter
    expect(two.out).toBe(
      'PING 10.9.0.7 (10.9.0.7) 1500(1528) bytes of data.\n\n--- 10.9.0.7 ping statistics ---\n2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 200ms\n\n',
    );
    expect(two.err).toBe('ping: local error: message too long, mtu=1500\n'.repeat(2));
  });

  it('fragments with -M dont, and rejects an unknown mode', () => {
    const s = world();
    const ok = run(s, 'ip netns exec a ping -c1 -M dont -s 1500 10.9.0.7');
    expect(ok.exit).toBe(0);
    expect(norm(ok.out)).toContain('1508 bytes from 10.9.0.7: icmp_seq=1 ttl=64 time=T ms\n');
    expect(run(s, 'ping -M foo 127.0.0.1')).toEqual({
      out: '',
      err: 'ping: invalid -M argument: foo\n',
      exit: 2,
    });
  });
});
