/**
 * ping against REJECT rules and unanswered ARP: iputils' error lines, the
 * +N errors statistics and the pipe size (probes outstanding when an answer
 * was read), captured from iputils 20221126 in unshare -n.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run, setup } from '../../helpers.js';

const LAN = ['eth0: 10.50.1.20/24', 'gateway: 10.50.1.1', 'lan-hosts: 10.50.1.1 10.50.1.2'];

function withRed() {
  const s = caseSession(LAN);
  setup(s, [
    'ip netns add red',
    'ip link add vr type veth peer name vr0 netns red',
    'ip addr add 10.9.0.1/24 dev vr; ip link set vr up',
    'ip -n red addr add 10.9.0.2/24 dev vr0; ip -n red link set vr0 up; ip -n red route add default via 10.9.0.1',
    'sysctl -qw net.ipv4.ip_forward=1',
  ]);
  return s;
}

describe('ping through REJECT', () => {
  it('OUTPUT REJECT: sendmsg fails at once, no pipe', () => {
    const s = caseSession(LAN);
    setup(s, ['iptables -A OUTPUT -d 10.50.1.2 -j REJECT --reject-with icmp-host-unreachable']);
    expect(run(s, 'ping -c 3 10.50.1.2')).toEqual({
      out:
        'PING 10.50.1.2 (10.50.1.2) 56(84) bytes of data.\n' +
        'From 10.50.1.20 icmp_seq=1 Destination Host Unreachable\n' +
        'From 10.50.1.20 icmp_seq=2 Destination Host Unreachable\n' +
        'From 10.50.1.20 icmp_seq=3 Destination Host Unreachable\n\n' +
        '--- 10.50.1.2 ping statistics ---\n' +
        '3 packets transmitted, 0 received, +3 errors, 100% packet loss, time 2000ms\n\n',
      err: 'ping: sendmsg: Operation not permitted\n'.repeat(3),
      exit: 1,
    });
    setup(s, ['iptables -R OUTPUT 1 -d 10.50.1.2 -j REJECT --reject-with icmp-admin-prohibited']);
    expect(run(s, 'ping -c 1 10.50.1.2 2>/dev/null')).toEqual({
      out:
        'PING 10.50.1.2 (10.50.1.2) 56(84) bytes of data.\n' +
        'From 10.50.1.20 icmp_seq=1 Packet filtered\n\n' +
        '--- 10.50.1.2 ping statistics ---\n' +
        '1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n',
      err: '',
      exit: 1,
    });
  });

  it('FORWARD REJECT: the router answers before the next probe, no pipe', () => {
    const s = withRed();
    setup(s, ['iptables -A FORWARD -d 10.50.1.2 -j REJECT --reject-with icmp-net-unreachable']);
    expect(run(s, 'ip netns exec red ping -c 2 -i 0.3 10.50.1.2')).toEqual({
      out:
        'PING 10.50.1.2 (10.50.1.2) 56(84) bytes of data.\n' +
        'From 10.9.0.1 icmp_seq=1 Destination Net Unreachable\n' +
        'From 10.9.0.1 icmp_seq=2 Destination Net Unreachable\n\n' +
        '--- 10.50.1.2 ping statistics ---\n' +
        '2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 300ms\n\n',
      err: '',
      exit: 1,
    });
    expect(run(s, 'iptables -L FORWARD -v -x -n | tail -1').out).toBe(
      '       2      168 REJECT     0    --  *      *       0.0.0.0/0            10.50.1.2            reject-with icmp-net-unreachable\n',
    );
  });

  it('unanswered ARP: errors come three seconds late, every probe still outstanding', () => {
    const s = caseSession(LAN);
    expect(run(s, 'ping -c 5 -i 0.5 10.50.1.98 | tail -3').out).toBe(
      '--- 10.50.1.98 ping statistics ---\n' +
        '5 packets transmitted, 0 received, +5 errors, 100% packet loss, time 2000ms\n' +
        'pipe 5\n',
    );
  });

  it('unanswered ARP behind MASQUERADE: the error comes from the masquerading address', () => {
    const s = withRed();
    setup(s, ['iptables -t nat -A POSTROUTING -s 10.9.0.0/24 -o eth0 -j MASQUERADE']);
    expect(run(s, 'ip netns exec red ping -c 4 10.50.1.97')).toEqual({
      out:
        'PING 10.50.1.97 (10.50.1.97) 56(84) bytes of data.\n' +
        'From 10.50.1.20 icmp_seq=1 Destination Host Unreachable\n' +
        'From 10.50.1.20 icmp_seq=2 Destination Host Unreachable\n' +
        'From 10.50.1.20 icmp_seq=3 Destination Host Unreachable\n' +
        'From 10.50.1.20 icmp_seq=4 Destination Host Unreachable\n\n' +
        '--- 10.50.1.97 ping statistics ---\n' +
        '4 packets transmitted, 0 received, +4 errors, 100% packet loss, time 3000ms\n' +
        'pipe 4\n',
      err: '',
      exit: 1,
    });
  });
});
