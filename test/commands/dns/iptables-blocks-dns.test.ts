/**
 * DNS queries are packets: an iptables rule dropping UDP 53 makes nslookup
 * time out and `ping NAME` fail, and deleting it brings both back (the same
 * sequence as test/golden/dns/dns-20, captured on a real host).
 */
import { describe, expect, it } from 'vitest';
import { lan, run } from './dns-helpers.js';

const RECORDS = ['A web.lab.internal 192.168.1.20'];
const RESOLV = ['nameserver 192.168.1.100', 'search lab.internal'];

describe('iptables and DNS', () => {
  it('DROP udp/53: nslookup times out, ping cannot resolve; removing the rule restores them', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'nslookup web').exit).toBe(0);
    expect(run(s, 'iptables -A OUTPUT -p udp --dport 53 -j DROP').exit).toBe(0);

    const t0 = s.world.clock.now;
    expect(run(s, 'nslookup web')).toEqual({
      out: `${';; communications error to 192.168.1.100#53: timed out\n'.repeat(3)};; no servers could be reached\n\n`,
      err: '',
      exit: 1,
    });
    // three tries of five seconds, on the virtual clock
    expect(s.world.clock.now - t0).toBeGreaterThanOrEqual(15_000);
    expect(run(s, 'ping -c 1 web')).toEqual({
      out: '',
      err: 'ping: web: Temporary failure in name resolution\n',
      exit: 2,
    });
    // TCP still goes through
    expect(run(s, 'dig +tcp +short web.lab.internal').out).toBe('192.168.1.20\n');

    expect(run(s, 'iptables -D OUTPUT -p udp --dport 53 -j DROP').exit).toBe(0);
    expect(run(s, 'nslookup web').out).toBe(
      'Server:\t\t192.168.1.100\nAddress:\t192.168.1.100#53\n\nName:\tweb.lab.internal\nAddress: 192.168.1.20\n\n',
    );
    const ping = run(s, 'ping -c 1 web');
    expect(ping.exit).toBe(0);
    expect(ping.out.split('\n')[0]).toBe('PING web.lab.internal (192.168.1.20) 56(84) bytes of data.');
  });

  it('REJECT udp/53 refuses at once; the rule counts one datagram per query (glibc stops at the refused send)', () => {
    const s = lan(RECORDS, [...RESOLV, 'options timeout:1 attempts:1']);
    run(s, 'iptables -A OUTPUT -p udp --dport 53 -j REJECT');
    expect(run(s, 'nslookup web').out).toBe(
      ';; communications error to 192.168.1.100#53: connection refused\n;; no servers could be reached\n\n',
    );
    expect(run(s, 'ping -c 1 web').err).toBe('ping: web: Temporary failure in name resolution\n');
    expect(run(s, 'iptables -nvL OUTPUT').out.split('\n')[2]).toBe(
      '    2   124 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 reject-with icmp-port-unreachable',
    );
  });

  it('a DROP in our own OUTPUT fails the send at once: glibc gives up after one datagram', () => {
    const s = lan(RECORDS, [...RESOLV, 'options timeout:1 attempts:1']);
    run(s, 'iptables -A OUTPUT -p udp --dport 53 -j DROP');
    const t0 = s.world.clock.now;
    expect(run(s, 'ping -c 1 web').exit).toBe(2);
    expect(s.world.clock.now - t0).toBeLessThan(1000);
    expect(run(s, 'getent hosts web').exit).toBe(2);
    expect(run(s, 'iptables -nvL OUTPUT').out.split('\n')[2]).toBe(
      '    3   186 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:53',
    );
  });
});
