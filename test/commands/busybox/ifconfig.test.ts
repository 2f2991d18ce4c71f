/**
 * ifconfig: BusyBox's in a pod (1.35.0 defconfig) and net-tools 2.10's on
 * the node, both captured on Debian 12 in network namespaces (MACs and
 * link-local addresses masked).
 */
import { describe, expect, it } from 'vitest';
import { linkByName } from '../../../src/model/world.js';
import type { Session } from '../../../src/session.js';
import { enterBusybox, maskMacs, podWorld, run } from './bb-helpers.js';

function setStats(s: Session, name: string, rx: [number, number], tx: [number, number]): void {
  const l = linkByName(s.world, s.frame.ctx.ns, name);
  if (!l) throw new Error(name);
  Object.assign(l.stats, { rxPackets: rx[0], rxBytes: rx[1], txPackets: tx[0], txBytes: tx[1] });
}

function pod(extra: string[] = []) {
  const s = podWorld(['ip -n pod addr add 10.244.1.77/24 dev eth0 label eth0:1', ...extra]);
  enterBusybox(s, 'pod');
  setStats(s, 'eth0', [76, 6954], [93, 7351]);
  setStats(s, 'lo', [1364, 114672], [1364, 114672]);
  return s;
}

const ETH0 =
  'eth0      Link encap:Ethernet  HWaddr <MAC>  \n' +
  '          inet addr:10.244.1.2  Bcast:0.0.0.0  Mask:255.255.255.0\n' +
  '          inet6 addr: fe80::<ll>/64 Scope:Link\n' +
  '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1\n' +
  '          RX packets:76 errors:0 dropped:0 overruns:0 frame:0\n' +
  '          TX packets:93 errors:0 dropped:0 overruns:0 carrier:0\n' +
  '          collisions:0 txqueuelen:1000 \n' +
  '          RX bytes:6954 (6.7 KiB)  TX bytes:7351 (7.1 KiB)\n\n';
const ALIAS =
  'eth0:1    Link encap:Ethernet  HWaddr <MAC>  \n' +
  '          inet addr:10.244.1.77  Bcast:0.0.0.0  Mask:255.255.255.0\n' +
  '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1\n\n';
const LO =
  'lo        Link encap:Local Loopback  \n' +
  '          inet addr:127.0.0.1  Mask:255.0.0.0\n' +
  '          inet6 addr: ::1/128 Scope:Host\n' +
  '          UP LOOPBACK RUNNING  MTU:65536  Metric:1\n' +
  '          RX packets:1364 errors:0 dropped:0 overruns:0 frame:0\n' +
  '          TX packets:1364 errors:0 dropped:0 overruns:0 carrier:0\n' +
  '          collisions:0 txqueuelen:1000 \n' +
  '          RX bytes:114672 (111.9 KiB)  TX bytes:114672 (111.9 KiB)\n\n';

describe('BusyBox ifconfig', () => {
  it('lists the UP interfaces and alias labels sorted by name, down ones with -a', () => {
    const s = pod(['ip -n pod link add dummyv type veth peer name dummyp']);
    expect(maskMacs(run(s, 'ifconfig').out)).toBe(ETH0 + ALIAS + LO);
    const down =
      'Link encap:Ethernet  HWaddr <MAC>  \n' +
      '          BROADCAST MULTICAST  MTU:1500  Metric:1\n' +
      '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n' +
      '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n' +
      '          collisions:0 txqueuelen:1000 \n' +
      '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n';
    expect(maskMacs(run(s, 'ifconfig -a').out)).toBe(
      `dummyp    ${down}dummyv    ${down}${ETH0}${ALIAS}${LO}`,
    );
    expect(maskMacs(run(s, 'ifconfig eth0:1').out)).toBe(ALIAS);
  });

  it('treats anything but -a as an interface name', () => {
    const s = pod();
    for (const name of ['nosuch', '-s', '-x'])
      expect(run(s, `ifconfig ${name}`)).toEqual({
        out: '',
        err: `ifconfig: ${name}: error fetching interface information: Device not found\n`,
        exit: 1,
      });
  });

  it('sets an address with its classful mask and broadcast, then brings the interface up', () => {
    const s = pod(['ip -n pod link add dummyv type veth peer name dummyp']);
    expect(run(s, 'ifconfig dummyv up').exit).toBe(0);
    expect(run(s, 'ifconfig dummyv 10.5.5.5 netmask 255.255.255.0').exit).toBe(0);
    expect(maskMacs(run(s, 'ifconfig dummyv').out)).toBe(
      'dummyv    Link encap:Ethernet  HWaddr <MAC>  \n' +
        '          inet addr:10.5.5.5  Bcast:10.5.5.255  Mask:255.255.255.0\n' +
        '          UP BROADCAST MULTICAST  MTU:1500  Metric:1\n' +
        '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n' +
        '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n' +
        '          collisions:0 txqueuelen:1000 \n' +
        '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n',
    );
    expect(run(s, 'ifconfig dummyv 1.2.3').exit).toBe(0);
    expect(run(s, 'ip a show dummyv').out).toContain(
      '    inet 1.2.0.3/8 brd 1.255.255.255 scope global dummyv\n',
    );
    expect(run(s, 'ifconfig dummyv mtu 1400').exit).toBe(0);
    expect(run(s, 'ip link show dummyv').out).toMatch(/ mtu 1400 /);
  });

  it('fails the busybox way', () => {
    const s = pod(['ip -n pod link add dummyv type veth peer name dummyp']);
    expect(run(s, 'ifconfig dummyv 10.5.5.6/16')).toEqual({
      out: '',
      err: "ifconfig: bad address '10.5.5.6/16'\n",
      exit: 1,
    });
    expect(run(s, 'ifconfig dummyv bogus').err).toBe("ifconfig: bad address 'bogus'\n");
    expect(run(s, 'ifconfig nosuch up')).toEqual({
      out: '',
      err: 'ifconfig: SIOCGIFFLAGS: No such device\n',
      exit: 1,
    });
    expect(run(s, 'ifconfig dummyv mtu 99999999').err).toBe('ifconfig: SIOCSIFMTU: Invalid argument\n');
    expect(run(s, 'ifconfig dummyv -up').err).toBe("ifconfig: bad: '-up'\n");
    expect(run(s, 'ifconfig --help').exit).toBe(0);
  });
});

describe('net-tools ifconfig on the node', () => {
  function node() {
    const s = podWorld(['ip addr add 10.244.1.77/24 dev cni0 label cni0:1']);
    setStats(s, 'cni0', [13, 1006], [12, 1234]);
    setStats(s, 'lo', [0, 0], [0, 0]);
    setStats(s, 'vethpod', [0, 0], [0, 0]);
    setStats(s, 'vethpod2', [0, 0], [0, 0]);
    return s;
  }

  it('prints the net-tools 2.10 layout, aliases without statistics', () => {
    const s = node();
    const text = maskMacs(run(s, 'ifconfig').out).replace(/fe80::[0-9a-f:]+ {2}/g, 'fe80::<ll>  ');
    expect(text).toContain(
      'cni0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n' +
        '        inet 10.244.1.1  netmask 255.255.255.0  broadcast 0.0.0.0\n' +
        '        inet6 fe80::<ll>  prefixlen 64  scopeid 0x20<link>\n' +
        '        ether <mac>  txqueuelen 1000  (Ethernet)\n' +
        '        RX packets 13  bytes 1006 (1006.0 B)\n' +
        '        RX errors 0  dropped 0  overruns 0  frame 0\n' +
        '        TX packets 12  bytes 1234 (1.2 KiB)\n' +
        '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n\n' +
        'cni0:1: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n' +
        '        inet 10.244.1.77  netmask 255.255.255.0  broadcast 0.0.0.0\n' +
        '        ether <mac>  txqueuelen 1000  (Ethernet)\n\n' +
        'lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n' +
        '        inet 127.0.0.1  netmask 255.0.0.0\n' +
        '        inet6 ::1  prefixlen 128  scopeid 0x10<host>\n' +
        '        loop  txqueuelen 1000  (Local Loopback)\n' +
        '        RX packets 0  bytes 0 (0.0 B)\n' +
        '        RX errors 0  dropped 0  overruns 0  frame 0\n' +
        '        TX packets 0  bytes 0 (0.0 B)\n' +
        '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n\n',
    );
  });

  it('prints the short table with -s', () => {
    const s = node();
    expect(run(s, 'ifconfig -s').out).toBe(
      'Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n' +
        'cni0             1500       13      0      0 0            12      0      0      0 BMRU\n' +
        'cni0:1           1500      - no statistics available -                        BMRU\n' +
        'lo              65536        0      0      0 0             0      0      0      0 LRU\n' +
        'vethpod          1500        0      0      0 0             0      0      0      0 BMRU\n' +
        'vethpod2         1500        0      0      0 0             0      0      0      0 BMRU\n',
    );
  });

  it('words its errors as net-tools does', () => {
    const s = node();
    expect(run(s, 'ifconfig nosuch')).toEqual({
      out: '',
      err: 'nosuch: error fetching interface information: Device not found\n',
      exit: 1,
    });
    expect(run(s, 'ifconfig -x')).toEqual({
      out: '',
      err: "ifconfig: option `-x' not recognised.\nifconfig: `--help' gives usage information.\n",
      exit: 1,
    });
    expect(run(s, 'ifconfig nosuch up')).toEqual({
      out: '',
      err: 'nosuch: ERROR while getting interface flags: No such device\n',
      exit: 255,
    });
    expect(run(s, 'ifconfig vethpod mtu 99999999').err).toBe('SIOCSIFMTU: Invalid argument\n');
    expect(run(s, 'ifconfig -V').out).toBe('net-tools 2.10\n');
  });

  it('takes ADDRESS/LEN and derives the broadcast', () => {
    const s = node();
    expect(run(s, 'ifconfig vethpod 10.5.5.6/16').exit).toBe(0);
    expect(run(s, 'ifconfig vethpod').out).toContain(
      '        inet 10.5.5.6  netmask 255.255.0.0  broadcast 10.5.255.255\n',
    );
  });
});
