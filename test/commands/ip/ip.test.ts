/**
 * `ip` and friends on a world the golden set does not use: two namespaces
 * joined by a veth pair made directly between them. Expected text was
 * recorded from iproute2 6.1 / iputils / net-tools on the capture kernel
 * (MACs and link-local addresses masked).
 */
import { describe, expect, it } from 'vitest';
import { caseSession, masked, run, setup } from '../../helpers.js';

function world() {
  const s = caseSession();
  setup(s, [
    'ip netns add app',
    'ip netns add db',
    'ip link add veth-app netns app type veth peer name veth-db netns db',
    'ip -n app addr add 10.50.0.1/28 dev veth-app',
    'ip -n db addr add 10.50.0.2/28 dev veth-db',
    'ip -n app link set veth-app up',
    'ip -n db link set veth-db up',
  ]);
  return s;
}

describe('ip between two namespaces', () => {
  it('lists addresses briefly and one per line', () => {
    const s = world();
    const br = run(s, 'ip -n app -br addr');
    expect(masked(br.out)).toBe(
      'lo               DOWN           \nveth-app@if2     UP             10.50.0.1/28 fe80::<ll>/64 \n',
    );
    expect(run(s, 'ip -n app -o -4 addr show veth-app').out).toBe(
      '2: veth-app    inet 10.50.0.1/28 scope global veth-app\\       valid_lft forever preferred_lft forever\n',
    );
  });

  it('shows routes in text and JSON and answers route get', () => {
    const s = world();
    expect(run(s, 'ip -n app route').out).toBe(
      '10.50.0.0/28 dev veth-app proto kernel scope link src 10.50.0.1 \n',
    );
    expect(run(s, 'ip -n app -j route').out).toBe(
      '[{"dst":"10.50.0.0/28","dev":"veth-app","protocol":"kernel","scope":"link","prefsrc":"10.50.0.1","flags":[]}]\n',
    );
    expect(run(s, 'ip -n app route get 10.50.0.2').out).toBe(
      '10.50.0.2 dev veth-app src 10.50.0.1 uid 0 \n    cache \n',
    );
    expect(run(s, 'ip -n app route get 10.60.0.1')).toEqual({
      out: '',
      err: 'RTNETLINK answers: Network is unreachable\n',
      exit: 2,
    });
  });

  it('pings, and both neighbour tables and arp show what the exchange taught them', () => {
    const s = world();
    const p = run(s, 'ip netns exec app ping -c 2 -i 0.2 10.50.0.2');
    expect(p.exit).toBe(0);
    expect(
      p.out
        .replace(/time=[\d.]+ ms/g, 'time=T ms')
        .replace(/mdev = \S+ ms/, 'mdev = R ms')
        .replace(/time \d+ms/, 'time Nms'),
    ).toBe(
      'PING 10.50.0.2 (10.50.0.2) 56(84) bytes of data.\n64 bytes from 10.50.0.2: icmp_seq=1 ttl=64 time=T ms\n64 bytes from 10.50.0.2: icmp_seq=2 ttl=64 time=T ms\n\n--- 10.50.0.2 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time Nms\nrtt min/avg/max/mdev = R ms\n',
    );
    expect(masked(run(s, 'ip -n app neigh').out)).toBe('10.50.0.2 dev veth-app lladdr <mac> REACHABLE \n');
    expect(masked(run(s, 'ip -n db neigh').out)).toBe('10.50.0.1 dev veth-db lladdr <mac> DELAY \n');
    expect(masked(run(s, 'ip netns exec app arp -n').out)).toBe(
      'Address                  HWtype  HWaddress           Flags Mask            Iface\n10.50.0.2                ether   <mac>   C                     veth-app\n',
    );
    expect(run(s, 'ip netns exec app route -n').out).toBe(
      'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n10.50.0.0       0.0.0.0         255.255.255.240 U     0      0        0 veth-app\n',
    );
  });

  it('names the peer namespace, and the host that never saw either gives them no ids', () => {
    const s = world();
    expect(masked(run(s, 'ip -n app link show veth-app').out)).toBe(
      '2: veth-app@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\n    link/ether <mac> brd ff:ff:ff:ff:ff:ff link-netns db\n',
    );
    expect(run(s, 'ip netns list').out).toBe('db\napp\n');
  });

  it('refuses duplicates and bad MTUs with the kernel wording', () => {
    const s = world();
    expect(run(s, 'ip -n app addr add 10.50.0.1/28 dev veth-app')).toEqual({
      out: '',
      err: 'Error: ipv4: Address already assigned.\n',
      exit: 2,
    });
    expect(run(s, 'ip -n app link set veth-app mtu 100000')).toEqual({
      out: '',
      err: 'Error: mtu greater than device maximum.\n',
      exit: 2,
    });
    setup(s, ['ip -n app link set veth-app mtu 9000']);
    expect(masked(run(s, 'ip -n app -d link show veth-app').out)).toBe(
      '2: veth-app@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9000 qdisc noqueue state UP mode DEFAULT group default qlen 1000\n    link/ether <mac> brd ff:ff:ff:ff:ff:ff link-netns db promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \n    veth addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 \n',
    );
    expect(run(s, 'ip netns exec app sysctl net.ipv4.conf.veth-app.forwarding').out).toBe(
      'net.ipv4.conf.veth-app.forwarding = 0\n',
    );
  });
});
