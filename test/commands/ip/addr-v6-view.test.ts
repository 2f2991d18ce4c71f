/**
 * `ip -6 addr`: without a device iproute2 dumps links with AF_INET6 and the
 * kernel's inet6_fill_ifinfo gives a short header; with a device it asks
 * RTM_GETLINK and prints the full one. IPv6 addresses are listed as the
 * kernel keeps them (wider scope first, the newest of a scope first), and
 * `-d` on `ip addr` leaves out addrgenmode (only `ip -d link` prints it).
 * Expected text captured from iproute2 6.1 on the capture kernel.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, masked, run, setup } from '../../helpers.js';

const LAN = ['eth0: 10.40.0.5/24', 'gateway: 10.40.0.1', 'lan-hosts: 10.40.0.1 10.40.0.7 10.40.0.9'];
const FULL =
  '2: eth0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000';
const LFT = '       valid_lft forever preferred_lft forever\n';

describe('ip -6 addr headers', () => {
  it('prints the full header for one device and the short one for a dump', () => {
    const s = caseSession(LAN);
    const ll = `    inet6 fe80::aff:fe28:5/64 scope link \n${LFT}`;
    expect(run(s, 'ip -6 a show eth0')).toEqual({ out: `${FULL} link-netnsid 0\n${ll}`, err: '', exit: 0 });
    expect(run(s, 'ip -6 a show dev eth0').out).toBe(`${FULL} link-netnsid 0\n${ll}`);
    expect(run(s, 'ip -6 a').out).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000\n' +
        `    inet6 ::1/128 scope host \n${LFT}` +
        `2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000\n${ll}`,
    );
    expect(run(s, 'ip -6 -d a').out).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000\n' +
        '    link/loopback 00:00:00:00:00:00\n' +
        `    inet6 ::1/128 scope host \n${LFT}` +
        '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000\n' +
        `    link/ether 02:00:0a:28:00:05\n${ll}`,
    );
    expect(run(s, 'ip -6 -j a show eth0').out).toBe(
      '[{"ifindex":2,"link_index":2,"ifname":"eth0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"default","txqlen":1000,"link_netnsid":0,"addr_info":[{"family":"inet6","local":"fe80::aff:fe28:5","prefixlen":64,"scope":"link","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]\n',
    );
  });

  it('lists the newest global address first and the link-local one last', () => {
    const s = caseSession(LAN);
    setup(s, [
      'ip a add 2001:db8::5/64 dev eth0',
      'ip a add fd00::1/64 dev eth0',
      'ip a add 2001:db8::6/64 dev eth0',
    ]);
    expect(run(s, 'ip -6 a show eth0').out).toBe(
      `${FULL} link-netnsid 0\n` +
        `    inet6 2001:db8::6/64 scope global \n${LFT}` +
        `    inet6 fd00::1/64 scope global \n${LFT}` +
        `    inet6 2001:db8::5/64 scope global \n${LFT}` +
        `    inet6 fe80::aff:fe28:5/64 scope link \n${LFT}`,
    );
    expect(run(s, 'ip -br a show eth0').out).toBe(
      'eth0@if2         UP             10.40.0.5/24 2001:db8::6/64 fd00::1/64 2001:db8::5/64 fe80::aff:fe28:5/64 \n',
    );
  });

  it('names IFLA_LINK in the current namespace and drops type and master filters in a dump', () => {
    const s = caseSession(['eth0: 10.40.0.5/24']);
    setup(s, [
      'ip link add br0 type bridge',
      'ip link add v1 type veth peer name v2',
      'ip link set v1 master br0',
      'ip link set v1 up',
      'ip link set v2 up',
      'ip link set br0 up',
      'ip netns add n1',
      'ip link add h1 type veth peer name p1 netns n1',
      'ip link set h1 up',
      'ip -n n1 link set p1 up',
    ]);
    const dump = masked(run(s, 'ip -6 a').out);
    expect(dump).toContain('4: v2@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000\n');
    expect(dump).toContain('6: h1@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000\n');
    expect(run(s, 'ip -6 a show master br0')).toEqual({ out: '', err: '', exit: 0 });
    expect(run(s, 'ip -6 a show type veth')).toEqual({ out: '', err: '', exit: 0 });
    expect(masked(run(s, 'ip -6 -d a show h1').out)).toBe(
      '6: h1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000\n' +
        '    link/ether <mac> brd ff:ff:ff:ff:ff:ff link-netns n1 promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \n' +
        '    veth numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 \n' +
        `    inet6 fe80::<ll>/64 scope link \n${LFT}`,
    );
  });

  it('keeps an address added without carrier tentative, and not after DAD has run', () => {
    const s = caseSession(['eth0: 10.40.0.5/24']);
    setup(s, ['ip link add v1 type veth peer name v2', 'ip link set v1 up', 'ip link set v2 up']);
    setup(s, ['ip a add 2001:db8::1/64 dev v2', 'ip link set v1 down']);
    expect(run(s, 'ip -6 -o a show dev v2 scope global').out).toBe(
      '3: v2    inet6 2001:db8::1/64 scope global \\       valid_lft forever preferred_lft forever\n',
    );
    setup(s, ['ip link set v2 down', 'ip a add 2001:db8::9/64 dev v2', 'ip link set v2 up']);
    expect(run(s, 'ip -6 a show v2').out).toBe(
      '3: v2@v1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000\n' +
        `    inet6 2001:db8::9/64 scope global tentative \n${LFT}`,
    );
  });
});

describe('ip -d addr', () => {
  it('prints the link details without addrgenmode, which ip -d link keeps', () => {
    const s = caseSession(LAN);
    const veth =
      'veth numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 \n';
    expect(run(s, 'ip -d addr show eth0').out).toBe(
      `${FULL}\n` +
        '    link/ether 02:00:0a:28:00:05 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \n' +
        `    ${veth}` +
        `    inet 10.40.0.5/24 scope global eth0\n${LFT}` +
        `    inet6 fe80::aff:fe28:5/64 scope link \n${LFT}`,
    );
    expect(run(s, 'ip -d link show eth0').out).toContain(`    veth addrgenmode eui64 numtxqueues 2`);
  });
});
