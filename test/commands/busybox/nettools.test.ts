/**
 * BusyBox route, arp and netstat in a pod (BusyBox 1.35.0 defconfig, the
 * glibc busybox image's build: netstat has -W and -p), expected text as
 * captured in network namespaces on Debian 12; MACs masked.
 */
import { describe, expect, it } from 'vitest';
import { parseIPv4 } from '../../../src/model/inet.js';
import type { Socket } from '../../../src/model/types.js';
import { enterBusybox, maskMacs, podWorld, run } from './bb-helpers.js';

const BANNER = 'BusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.\n';
const ROUTE_USAGE = `${BANNER}
Usage: route [-ne] [-A inet[6]] [{add|del} [-net|-host] TARGET [netmask MASK]
\t[gw GATEWAY] [metric N] [mss BYTES] [window BYTES] [reject] [IFACE]]

Show or edit kernel routing tables

\t-n\tDon't resolve names
\t-e\tDisplay other/more information
\t-A inet[6]\tSelect address family
`;

function pod() {
  const s = podWorld();
  enterBusybox(s, 'pod');
  return s;
}

describe('BusyBox route', () => {
  it('prints default and * unless -n, and the netstat columns with -e', () => {
    const s = pod();
    expect(run(s, 'route').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        'default         10.244.1.1      0.0.0.0         UG    0      0        0 eth0\n' +
        '10.244.1.0      *               255.255.255.0   U     0      0        0 eth0\n',
    );
    expect(run(s, 'route -n').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        '0.0.0.0         10.244.1.1      0.0.0.0         UG    0      0        0 eth0\n' +
        '10.244.1.0      0.0.0.0         255.255.255.0   U     0      0        0 eth0\n',
    );
    expect(run(s, 'route -e').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n' +
        'default         10.244.1.1      0.0.0.0         UG        0 0          0 eth0\n' +
        '10.244.1.0      *               255.255.255.0   U         0 0          0 eth0\n',
    );
  });

  it('lists the IPv6 table with -A inet6', () => {
    const s = pod();
    const lines = run(s, 'route -A inet6').out.split('\n');
    const ll = lines.splice(5, 1)[0] as string;
    expect(lines.join('\n')).toBe(
      'Kernel IPv6 routing table\n' +
        'Destination                                 Next Hop                                Flags Metric Ref    Use Iface\n' +
        'fe80::/64                                   ::                                      U     256    1        0 eth0    \n' +
        '::/0                                        ::                                      !n    -1     1        0 lo      \n' +
        '::1/128                                     ::                                      Un    0      1        0 lo      \n' +
        'ff00::/8                                    ::                                      U     256    1        0 eth0    \n' +
        '::/0                                        ::                                      !n    -1     1        0 lo      \n',
    );
    expect(ll).toMatch(/^fe80::[0-9a-f:]+\/128 +:: {38}Un {4}0 {6}1 {8}0 eth0 {4}$/);
    expect(ll.indexOf('::  ')).toBe(44);
  });

  it('adds and deletes routes; a -net without netmask gets no class mask', () => {
    const s = pod();
    expect(run(s, 'route del default').exit).toBe(0);
    expect(run(s, 'route add default gw 10.244.1.1').exit).toBe(0);
    expect(run(s, 'route add -net 10.9.0.0 netmask 255.255.0.0 gw 10.244.1.1').exit).toBe(0);
    expect(run(s, 'route add -net 10.9.0.0/16 gw 10.244.1.1')).toEqual({
      out: '',
      err: 'route: SIOCADDRT: File exists\n',
      exit: 1,
    });
    expect(run(s, 'route add -net 10.8.0.0 gw 10.244.1.1').err).toBe('route: SIOCADDRT: Invalid argument\n');
    expect(run(s, 'route add -host 10.9.9.9 dev eth0').exit).toBe(0);
    expect(run(s, 'route -n').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        '0.0.0.0         10.244.1.1      0.0.0.0         UG    0      0        0 eth0\n' +
        '10.9.0.0        10.244.1.1      255.255.0.0     UG    0      0        0 eth0\n' +
        '10.9.9.9        0.0.0.0         255.255.255.255 UH    0      0        0 eth0\n' +
        '10.244.1.0      0.0.0.0         255.255.255.0   U     0      0        0 eth0\n',
    );
    expect(run(s, 'route del -net 10.9.0.0 netmask 255.255.0.0').exit).toBe(0);
    expect(run(s, 'route del -host 10.9.9.9').exit).toBe(0);
    expect(run(s, 'route del -net 10.8.0.0/16').err).toBe('route: SIOCDELRT: No such process\n');
    expect(run(s, 'route add -net 10.9.0.0/16 gw 10.99.1.1').err).toBe(
      'route: SIOCADDRT: Network is unreachable\n',
    );
  });

  it('checks its arguments before asking the kernel', () => {
    const s = pod();
    expect(run(s, 'route add foo')).toEqual({ out: '', err: 'route: resolving foo\n', exit: 1 });
    expect(run(s, 'route add -net 10.9.0.0 netmask 255.0.255.0 gw 10.244.1.1').err).toBe(
      'route: bogus netmask 255.0.255.0\n',
    );
    expect(run(s, 'route add -host 10.9.9.9 netmask 255.255.255.0 dev eth0').err).toBe(
      'route: netmask 000000ff and host route conflict\n',
    );
    expect(run(s, 'route add -net 10.9.0.1 netmask 255.255.0.0 dev eth0').err).toBe(
      'route: netmask and route address conflict\n',
    );
    expect(run(s, 'route add')).toEqual({ out: '', err: ROUTE_USAGE, exit: 1 });
    expect(run(s, 'route bogus')).toEqual({ out: '', err: ROUTE_USAGE, exit: 1 });
    expect(run(s, 'route -x')).toEqual({
      out: '',
      err: `route: invalid option -- 'x'\n${ROUTE_USAGE}`,
      exit: 1,
    });
    expect(run(s, 'route --x')).toEqual({
      out: '',
      err: `route: unrecognized option '--x'\n${ROUTE_USAGE}`,
      exit: 1,
    });
    expect(run(s, 'route --help')).toEqual({ out: '', err: ROUTE_USAGE, exit: 0 });
  });
});

describe('BusyBox arp', () => {
  it('always prints the BSD style, "?" for unnamed hosts, two spaces before "on" without flags', () => {
    const s = pod();
    run(s, 'ping -c 1 10.244.1.3');
    expect(maskMacs(run(s, 'arp').out)).toBe('? (10.244.1.3) at <mac> [ether]  on eth0\n');
    expect(maskMacs(run(s, 'arp -a 10.244.1.3').out)).toBe('? (10.244.1.3) at <mac> [ether]  on eth0\n');
    expect(run(s, 'arp -a 10.244.1.7').out).toBe('No match found in 1 entries\n');
    expect(run(s, 'arp -i lo').out).toBe('No match found in 1 entries\n');
  });

  it('sets permanent and temporary entries and deletes them', () => {
    const s = pod();
    expect(run(s, 'arp -s 10.244.1.50 aa:bb:cc:dd:ee:ff').exit).toBe(0);
    expect(run(s, 'arp -s 10.244.1.52 aa:bb:cc:dd:ee:01 temp').exit).toBe(0);
    expect(run(s, 'arp -n').out).toBe(
      '? (10.244.1.50) at aa:bb:cc:dd:ee:ff [ether] PERM on eth0\n? (10.244.1.52) at aa:bb:cc:dd:ee:01 [ether]  on eth0\n',
    );
    expect(run(s, 'ip neigh').out).toBe(
      '10.244.1.50 dev eth0 lladdr aa:bb:cc:dd:ee:ff used 0/0/0 probes 0 PERMANENT\n' +
        '10.244.1.52 dev eth0 lladdr aa:bb:cc:dd:ee:01 used 0/0/0 probes 1 STALE\n',
    );
    expect(run(s, 'arp -d 10.244.1.50').exit).toBe(0);
    expect(run(s, 'arp -d 10.244.1.51')).toEqual({
      out: '',
      err: 'arp: SIOCDARP(pub): No such file or directory\n',
      exit: 1,
    });
  });

  it('words its errors as busybox does', () => {
    const s = pod();
    expect(run(s, 'arp -s 10.244.1.52').err).toBe('arp: need hardware address\n');
    expect(run(s, 'arp -s 10.244.1.52 zz').err).toBe('arp: invalid hardware address\n');
    expect(run(s, 'arp -s 10.244.1.53 aa:bb:cc:dd:ee:ff pub').err).toBe('arp: SIOCSARP: No such device\n');
    expect(run(s, 'arp -d').err).toBe('arp: need host name\n');
    expect(run(s, 'arp -H foo').err).toBe('arp: foo: unknown hardware type\n');
    expect(run(s, 'arp -A inet6').err).toBe("arp: inet6: kernel only supports 'inet'\n");
    expect(run(s, 'arp -e').err).toMatch(/^arp: invalid option -- 'e'\nBusyBox v1\.35\.0 /);
  });
});

describe('BusyBox netstat', () => {
  function withSockets() {
    const s = pod();
    const ns = s.frame.ctx.ns;
    const sock = (x: Partial<Socket>): Socket =>
      ({
        proto: 'tcp',
        addr: 0,
        port: 80,
        pid: 4321,
        process: 'nginx',
        app: 'http',
        listen: true,
        ...x,
      }) as Socket;
    ns.sockets.push(
      sock({}),
      sock({ port: 8080, v6: true, process: 'busybox', pid: 4869 }),
      sock({ proto: 'udp', port: 5353, v6: true, process: 'busybox', pid: 4871, app: 'none' }),
      sock({ addr: parseIPv4('127.0.0.1') as number, port: 9099, process: 'calico-node-with-a-long-name' }),
    );
    return s;
  }

  it('lists servers with -l, tcp before udp, IPv4 before IPv6, PID/Program name with -p', () => {
    const s = withSockets();
    expect(run(s, 'netstat -tulpn').out).toBe(
      'Active Internet connections (only servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
        'tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      4321/nginx\n' +
        'tcp        0      0 127.0.0.1:9099          0.0.0.0:*               LISTEN      4321/calico-node-wit\n' +
        'tcp        0      0 :::8080                 :::*                    LISTEN      4869/busybox\n' +
        'udp        0      0 :::5353                 :::*                                4871/busybox\n',
    );
    expect(run(s, 'netstat -an').out).toBe(
      'Active Internet connections (servers and established)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 127.0.0.1:9099          0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 :::8080                 :::*                    LISTEN      \n' +
        'udp        0      0 :::5353                 :::*                                \n' +
        'Active UNIX domain sockets (servers and established)\n' +
        'Proto RefCnt Flags       Type       State         I-Node Path\n',
    );
  });

  it('shows only connected sockets by default, wide columns with -W, routes with -r', () => {
    const s = withSockets();
    expect(run(s, 'netstat').out).toBe(
      'Active Internet connections (w/o servers)\n' +
        'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'Active UNIX domain sockets (w/o servers)\n' +
        'Proto RefCnt Flags       Type       State         I-Node Path\n',
    );
    expect(run(s, 'netstat -ltnW').out).toBe(
      'Active Internet connections (only servers)\n' +
        `Proto Recv-Q Send-Q ${'Local Address'.padEnd(51)} ${'Foreign Address'.padEnd(51)} State       \n` +
        `tcp        0      0 ${'0.0.0.0:80'.padEnd(51)} ${'0.0.0.0:*'.padEnd(51)} LISTEN      \n` +
        `tcp        0      0 ${'127.0.0.1:9099'.padEnd(51)} ${'0.0.0.0:*'.padEnd(51)} LISTEN      \n` +
        `tcp        0      0 ${':::8080'.padEnd(51)} ${':::*'.padEnd(51)} LISTEN      \n`,
    );
    expect(run(s, 'netstat -rn').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n' +
        '0.0.0.0         10.244.1.1      0.0.0.0         UG        0 0          0 eth0\n' +
        '10.244.1.0      0.0.0.0         255.255.255.0   U         0 0          0 eth0\n',
    );
    expect(run(s, 'netstat -re').out).toBe(
      'Kernel IP routing table\n' +
        'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        'default         10.244.1.1      0.0.0.0         UG    0      0        0 eth0\n' +
        '10.244.1.0      *               255.255.255.0   U     0      0        0 eth0\n',
    );
  });

  it('rejects net-tools options', () => {
    const s = pod();
    const r = run(s, 'netstat -i');
    expect(r.exit).toBe(1);
    expect(r.err).toMatch(
      /^netstat: invalid option -- 'i'\nBusyBox v1\.35\.0 .*\n\nUsage: netstat \[-ral\] \[-tuwx\] \[-enWp\]\n/,
    );
  });
});
