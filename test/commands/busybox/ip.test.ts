/**
 * BusyBox `ip` in a pod. Expected text follows BusyBox 1.35.0 built with
 * defconfig (the glibc busybox image's configuration), captured in network
 * namespaces on Debian 12 (kernel 6.18); MACs and link-locals masked.
 */
import { describe, expect, it } from 'vitest';
import { enterBusybox, maskMacs, podWorld, run } from './bb-helpers.js';

const USAGE = `BusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.

Usage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]

OPTIONS := -f[amily] inet|inet6|link | -o[neline]

ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]
ip route list|flush|add|del|change|append|replace|test ROUTE
ip link set IFACE [up|down] [arp on|off] [multicast on|off]
\t[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]
\t[master IFACE | nomaster] [netns PID]
ip tunnel add|change|del|show [NAME]
\t[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]
ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]
ip rule [list] | add|del SELECTOR ACTION
`;

function pod() {
  const s = podWorld();
  enterBusybox(s, 'pod');
  return s;
}

describe('BusyBox ip: listings', () => {
  it('prints links without state/group, qlen last, the veth peer looked up in its own namespace', () => {
    const s = pod();
    // the node's end of this veth has ifindex 2, which here is eth0 itself (up): eth0@eth0, no M-DOWN
    expect(maskMacs(run(s, 'ip a').out)).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n' +
        '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n' +
        '    inet 127.0.0.1/8 scope host lo\n' +
        '       valid_lft forever preferred_lft forever\n' +
        '    inet6 ::1/128 scope host \n' +
        '       valid_lft forever preferred_lft forever\n' +
        '2: eth0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue qlen 1000\n' +
        '    link/ether <mac> brd ff:ff:ff:ff:ff:ff\n' +
        '    inet 10.244.1.2/24 scope global eth0\n' +
        '       valid_lft forever preferred_lft forever\n' +
        '    inet6 fe80::<ll>/64 scope link \n' +
        '       valid_lft forever preferred_lft forever\n',
    );
    expect(maskMacs(run(s, 'ip link').out)).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n' +
        '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n' +
        '2: eth0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue qlen 1000\n' +
        '    link/ether <mac> brd ff:ff:ff:ff:ff:ff\n',
    );
  });

  it('marks a peer index that is not in the namespace: ifN and M-DOWN', () => {
    const s = podWorld();
    enterBusybox(s, 'pod2');
    expect(maskMacs(run(s, 'ip link show eth0').out)).toBe(
      '2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue qlen 1000\n' +
        '    link/ether <mac> brd ff:ff:ff:ff:ff:ff\n',
    );
  });

  it('shows hex for flags it has no name for', () => {
    const s = podWorld(['ip -n pod link set eth0 promisc on']);
    enterBusybox(s, 'pod');
    expect(run(s, 'ip link show eth0').out).toMatch(
      /^2: eth0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP100> mtu /,
    );
  });

  it('filters by family, one line per address with -o, no qdisc in the IPv6 dump', () => {
    const s = pod();
    expect(run(s, 'ip -4 -o a').out).toBe(
      '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n' +
        '2: eth0    inet 10.244.1.2/24 scope global eth0\\       valid_lft forever preferred_lft forever\n',
    );
    expect(maskMacs(run(s, 'ip -6 a').out)).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qlen 1000\n' +
        '    inet6 ::1/128 scope host \n' +
        '       valid_lft forever preferred_lft forever\n' +
        '2: eth0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qlen 1000\n' +
        '    inet6 fe80::<ll>/64 scope link \n' +
        '       valid_lft forever preferred_lft forever\n',
    );
    expect(run(s, 'ip -family inet addr show to 10.244.1.0/24').out).toBe(
      '2: eth0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue qlen 1000\n' +
        '    inet 10.244.1.2/24 scope global eth0\n' +
        '       valid_lft forever preferred_lft forever\n',
    );
  });

  it('skips the link line for up/label filters but still prints the addresses that pass', () => {
    const s = podWorld([
      'ip -n pod2 link add dn0 type veth peer name dn1',
      'ip -n pod2 addr add 10.77.0.1/24 dev dn0',
    ]);
    enterBusybox(s, 'pod2');
    // dn0 is down: its header is skipped, its address is not (print_linkinfo returns 0 either way)
    expect(maskMacs(run(s, 'ip addr show up').out)).toMatch(
      / {4}inet6 fe80::<ll>\/64 scope link \n {7}valid_lft forever preferred_lft forever\n {4}inet 10\.77\.0\.1\/24 scope global dn0\n {7}valid_lft forever preferred_lft forever\n$/,
    );
    // a peer index that names a down link here: eth0@dn0 with M-DOWN
    expect(run(s, 'ip link show eth0').out).toMatch(
      /^2: eth0@dn0: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> /,
    );
    expect(maskMacs(run(s, "ip addr show label 'dn*'").out)).toBe(
      '3: dn1@dn0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop qlen 1000\n' +
        '    link/ether <mac> brd ff:ff:ff:ff:ff:ff\n' +
        '4: dn0@dn1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop qlen 1000\n' +
        '    link/ether <mac> brd ff:ff:ff:ff:ff:ff\n' +
        '    inet 10.77.0.1/24 scope global dn0\n' +
        '       valid_lft forever preferred_lft forever\n',
    );
    expect(run(s, 'ip link set dn0 up').exit).toBe(0);
    expect(run(s, 'ip link show dn0').out).toMatch(
      /^4: dn0@dn1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue qlen 1000\n/,
    );
    expect(run(s, 'ip link set dn0 mtu 70000')).toEqual({
      out: '',
      err: 'ip: SIOCSIFMTU: Invalid argument\n',
      exit: 2,
    });
    expect(run(s, 'ip link set dn0 address zz')).toEqual({
      out: '',
      err: 'ip: "zz" is invalid lladdr\n',
      exit: 1,
    });
    expect(run(s, 'ip link set dn0 arp bogus').err).toBe('ip: argument of "arp" must be "on" or "off"\n');
  });

  it('prints routes without proto, with two spaces before src, and table all with IPv6', () => {
    const s = pod();
    expect(run(s, 'ip route').out).toBe(
      'default via 10.244.1.1 dev eth0 \n10.244.1.0/24 dev eth0 scope link  src 10.244.1.2 \n',
    );
    expect(maskMacs(run(s, 'ip r show table all').out)).toBe(
      'default via 10.244.1.1 dev eth0 \n' +
        '10.244.1.0/24 dev eth0 scope link  src 10.244.1.2 \n' +
        'local 10.244.1.2 dev eth0 table local scope host  src 10.244.1.2 \n' +
        'broadcast 10.244.1.255 dev eth0 table local scope link  src 10.244.1.2 \n' +
        'local 127.0.0.0/8 dev lo table local scope host  src 127.0.0.1 \n' +
        'local 127.0.0.1 dev lo table local scope host  src 127.0.0.1 \n' +
        'broadcast 127.255.255.255 dev lo table local scope link  src 127.0.0.1 \n' +
        'fe80::/64 dev eth0  metric 256 \n' +
        'local ::1 dev lo table local  metric 0 \n' +
        'local fe80::<ll> dev eth0 table local  metric 0 \n' +
        'multicast ff00::/8 dev eth0 table local  metric 256 \n',
    );
    expect(run(s, 'ip route show table local').out).toBe(
      'local 10.244.1.2 dev eth0 scope host  src 10.244.1.2 \n' +
        'broadcast 10.244.1.255 dev eth0 scope link  src 10.244.1.2 \n' +
        'local 127.0.0.0/8 dev lo scope host  src 127.0.0.1 \n' +
        'local 127.0.0.1 dev lo scope host  src 127.0.0.1 \n' +
        'broadcast 127.255.255.255 dev lo scope link  src 127.0.0.1 \n',
    );
    expect(run(s, 'ip -f inet6 r').out).toBe(
      'fe80::/64 dev eth0  metric 256 \nmulticast ff00::/8 dev eth0  metric 256 \n',
    );
    expect(run(s, 'ip route show scope link').out).toBe('10.244.1.0/24 dev eth0  src 10.244.1.2 \n');
    expect(run(s, 'ip route show root 10.0.0.0/8').out).toBe(
      '10.244.1.0/24 dev eth0 scope link  src 10.244.1.2 \n',
    );
    expect(run(s, 'ip route show match 10.244.1.9').out).toBe(
      'default via 10.244.1.1 dev eth0 \n10.244.1.0/24 dev eth0 scope link  src 10.244.1.2 \n',
    );
  });

  it('answers route get as the kernel does, printed by print_route', () => {
    const s = pod();
    expect(run(s, 'ip route get 8.8.8.8').out).toBe('8.8.8.8 via 10.244.1.1 dev eth0  src 10.244.1.2 \n');
    expect(run(s, 'ip route get 127.0.0.1').out).toBe('local 127.0.0.1 dev lo  src 127.0.0.1 \n');
    expect(run(s, 'ip route get 10.244.1.3 from 10.244.1.2').out).toBe(
      '10.244.1.3 from 10.244.1.2 dev eth0 \n',
    );
    expect(run(s, 'ip route get nosuch')).toEqual({
      out: '',
      err: 'ip: need at least destination address\n',
      exit: 1,
    });
  });

  it('shows neighbours with statistics always on', () => {
    const s = pod();
    expect(run(s, 'ip neigh').out).toBe('');
    run(s, 'ping -c 1 10.244.1.3');
    expect(maskMacs(run(s, 'ip neigh').out)).toBe(
      '10.244.1.3 dev eth0 lladdr <mac> ref 1 used 0/0/0 probes 1 REACHABLE\n',
    );
    expect(maskMacs(run(s, 'ip n show dev eth0').out)).toBe(
      '10.244.1.3 lladdr <mac> ref 1 used 0/0/0 probes 1 REACHABLE\n',
    );
    expect(run(s, 'ip neigh show nud bogus').err).toBe("ip: invalid argument 'bogus' to 'nud state'\n");
  });

  it('lists the policy rules', () => {
    const s = pod();
    expect(run(s, 'ip rule').out).toBe(
      '0:\tfrom all lookup local \n32766:\tfrom all lookup main \n32767:\tfrom all lookup default \n',
    );
    expect(run(s, 'ip rule list x')).toEqual({ out: '', err: 'ip: ignoring all arguments\n', exit: 255 });
  });
});

describe('BusyBox ip: mistakes', () => {
  it('shows the usage screen for iproute2-only options and unknown or ambiguous objects', () => {
    const s = pod();
    for (const line of ['ip -s a', 'ip -j a', 'ip -br a', 'ip netns', 'ip t', 'ip foo', 'ip', 'ip -V'])
      expect(run(s, line)).toEqual({ out: '', err: USAGE, exit: 1 });
    expect(run(s, 'ip --help')).toEqual({ out: '', err: USAGE, exit: 0 });
  });

  it('names the device it cannot find, with ip link dying with 2', () => {
    const s = pod();
    expect(run(s, 'ip addr show nosuch')).toEqual({
      out: '',
      err: "ip: can't find device 'nosuch'\n",
      exit: 1,
    });
    expect(run(s, 'ip link show nosuch')).toEqual({
      out: '',
      err: "ip: can't find device 'nosuch'\n",
      exit: 2,
    });
    expect(run(s, 'ip route show dev nosuch').exit).toBe(1);
    expect(run(s, 'ip link set nosuch up')).toEqual({
      out: '',
      err: 'ip: SIOCGIFFLAGS: No such device\n',
      exit: 2,
    });
  });

  it('complains about arguments in its own words', () => {
    const s = pod();
    expect(run(s, 'ip a l').err).toBe("ip: invalid argument 'l' to 'ip'\n");
    expect(run(s, 'ip addr foo').err).toBe("ip: invalid argument 'foo' to 'ip'\n");
    expect(run(s, 'ip link foo')).toEqual({ out: '', err: "ip: invalid argument 'foo' to 'ip'\n", exit: 2 });
    expect(run(s, 'ip -f bad a').err).toBe("ip: invalid argument 'bad' to 'family'\n");
    expect(run(s, 'ip route show table nosuch').err).toBe("ip: invalid argument 'nosuch' to 'table'\n");
    expect(run(s, 'ip link set eth0 bogus')).toEqual({
      out: '',
      err: 'ip: either "dev" is duplicate, or "bogus" is garbage\n',
      exit: 2,
    });
    expect(run(s, 'ip link set')).toEqual({ out: '', err: 'ip: "dev" requires an argument\n', exit: 2 });
    expect(run(s, 'ip addr add 10.1.1.1/24')).toEqual({ out: '', err: 'ip: need "dev IFACE"\n', exit: 1 });
    expect(run(s, 'ip route add 10.7.0.0/16 via bogus').err).toBe(
      'ip: an inet address is expected rather than "bogus"\n',
    );
    expect(run(s, 'ip route flush').err).toBe('ip: "ip route flush" requires an argument\n');
  });

  it('reports what the kernel refuses as RTNETLINK answers, exit 2', () => {
    const s = pod();
    expect(run(s, 'ip addr add 10.1.1.1/24 dev eth0').exit).toBe(0);
    expect(run(s, 'ip addr add 10.1.1.1/24 dev eth0')).toEqual({
      out: '',
      err: 'ip: RTNETLINK answers: File exists\n',
      exit: 2,
    });
    expect(run(s, 'ip a s eth0').out).toContain(
      '    inet 10.244.1.2/24 scope global eth0\n       valid_lft forever preferred_lft forever\n    inet 10.1.1.1/24 scope global eth0\n',
    );
    expect(run(s, 'ip addr del 10.1.1.1/24 dev eth0').exit).toBe(0);
    expect(run(s, 'ip addr del 10.1.1.1/24 dev eth0').err).toBe(
      'ip: RTNETLINK answers: Cannot assign requested address\n',
    );
    expect(run(s, 'ip addr add bogus dev eth0').err).toBe(
      'ip: RTNETLINK answers: Numerical result out of range\n',
    );
    expect(run(s, 'ip addr add dev eth0').err).toBe('ip: RTNETLINK answers: Operation not supported\n');
    expect(run(s, 'ip route add 10.7.0.0/16 via 10.244.1.1').exit).toBe(0);
    expect(run(s, 'ip route add 10.7.0.0/16 via 10.244.1.1').err).toBe(
      'ip: RTNETLINK answers: File exists\n',
    );
    expect(run(s, 'ip route').out).toBe(
      'default via 10.244.1.1 dev eth0 \n10.7.0.0/16 via 10.244.1.1 dev eth0 \n10.244.1.0/24 dev eth0 scope link  src 10.244.1.2 \n',
    );
    expect(run(s, 'ip route del 10.7.0.0/16').exit).toBe(0);
    expect(run(s, 'ip route del 10.7.0.0/16')).toEqual({
      out: '',
      err: 'ip: RTNETLINK answers: No such process\n',
      exit: 2,
    });
    expect(run(s, 'ip route add 10.7.0.0/16 via 10.99.0.1').err).toBe(
      'ip: RTNETLINK answers: Network is unreachable\n',
    );
    expect(run(s, 'ip route add 10.7.0.0/16 dev nosuch')).toEqual({
      out: '',
      err: "ip: can't find device 'nosuch'\n",
      exit: 1,
    });
  });

  it('leaves iproute2 output alone in a GNU userland', () => {
    const s = podWorld();
    expect(run(s, 'ip -n pod route').out).toBe(
      'default via 10.244.1.1 dev eth0 \n10.244.1.0/24 dev eth0 proto kernel scope link src 10.244.1.2 \n',
    );
  });
});
