/**
 * `ifconfig` (net-tools 2.10, BusyBox's in BusyBox userlands): interfaces
 * sorted with nstrcmp, alias labels from SIOCGIFCONF, only UP ones without
 * -a, `-s` for the short table; changes through the shared ioctl model.
 * Setters stop at the first failing ioctl (net-tools carries on and sums
 * the errors).
 */
import { getaddrinfo } from '../../engines/resolver/getaddrinfo.js';
import { STRERROR } from '../../model/errno.js';
import { formatIPv4, formatIPv6, maskOf, parseIPv4Aton, parseIPv6 } from '../../model/inet.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxIfconfig } from '../busybox/ifconfig.js';
import { fail } from '../cli-error.js';
import {
  addrOf,
  configureIface,
  findIface,
  IFF,
  type Iface,
  type IfconfigDialect,
  ifFlags,
  iffNames,
  listInterfaces,
} from './ifconfig-set.js';

const USAGE =
  'Usage:\n  ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]\n  [add <address>[/<prefixlen>]]\n  [del <address>[/<prefixlen>]]\n  [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]\n  [netmask <address>]  [dstaddr <address>]  [tunnel <address>]\n  [outfill <NN>] [keepalive <NN>]\n  [hw <HW> <address>]  [mtu <NN>]\n  [[-]trailers]  [[-]arp]  [[-]allmulti]\n  [multicast]  [[-]promisc]\n  [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]\n  [txqueuelen <NN>]\n  [name <newname>]\n  [[-]dynamic]\n  [up|down] ...\n\n  <HW>=Hardware Type.\n  List of possible hardware types:\n  <AF>=Address family. Default: inet\n  List of possible address families:\n';
const HW_LIST =
  '    loop (Local Loopback) slip (Serial Line IP) cslip (VJ Serial Line IP) \n    slip6 (6-bit Serial Line IP) cslip6 (VJ 6-bit Serial Line IP) adaptive (Adaptive Serial Line IP) \n    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) tunnel (IPIP Tunnel) \n    ppp (Point-to-Point Protocol) hdlc ((Cisco)-HDLC) lapb (LAPB) \n    arcnet (ARCnet) dlci (Frame Relay DLCI) frad (Frame Relay Access Device) \n    sit (IPv6-in-IPv4) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n    irda (IrLAP) ec (Econet) x25 (generic X.25) \n    eui64 (Generic EUI-64) \n';
const AF_LIST =
  '    unix (UNIX Domain) inet (DARPA Internet) inet6 (IPv6) \n    ax25 (AMPR AX.25) netrom (AMPR NET/ROM) rose (AMPR ROSE) \n    ipx (Novell IPX) ddp (Appletalk DDP) ec (Econet) \n    ash (Ash) x25 (CCITT X.25) \n';

const SCOPE6: Record<number, string> = {
  0: '0x0<global>',
  200: '0x40<site>',
  253: '0x20<link>',
  254: '0x10<host>',
};

/** "N (I.F UNIT)" with the unit chosen by strict thresholds and a truncated tenth. */
function scaled(n: number): string {
  const units: Array<[number, string]> = [
    [1125899906842624, 'PiB'],
    [1099511627776, 'TiB'],
    [1073741824, 'GiB'],
    [1048576, 'MiB'],
    [1024, 'KiB'],
  ];
  let short = n * 10;
  let ext = 'B';
  for (const [limit, name] of units) {
    if (n > limit) {
      short = Math.floor(short / limit);
      ext = name;
      break;
    }
  }
  return `${n} (${Math.floor(short / 10)}.${short % 10} ${ext})`;
}

function printLong(p: Proc, i: Iface): string {
  const l = i.link;
  const flags = ifFlags(p, l);
  const names = iffNames(flags);
  let s = `${i.name}: flags=${flags}<${names.join(',')}>  mtu ${l.mtu}\n`;
  const a = addrOf(i);
  if (a) {
    s += `        inet ${formatIPv4(a.addr)}  netmask ${formatIPv4(maskOf(a.prefix))}`;
    if (flags & IFF.BROADCAST) s += `  broadcast ${formatIPv4(a.broadcast ?? 0)}`;
    s += '\n';
  }
  if (i.device)
    for (const a6 of l.addrs6)
      s += `        inet6 ${formatIPv6(a6.addr)}  prefixlen ${a6.prefix}  scopeid ${SCOPE6[a6.scope] ?? `0x${a6.scope.toString(16)}<unknown>`}\n`;
  if (l.linkType === 'loopback') s += `        loop  txqueuelen ${l.txqlen}  (Local Loopback)\n`;
  else if (l.linkType === 'ether') s += `        ether ${l.mac}  txqueuelen ${l.txqlen}  (Ethernet)\n`;
  else s += `        unspec ${Array(16).fill('00').join('-')}  txqueuelen ${l.txqlen}  (UNSPEC)\n`;
  if (i.device) {
    const st = l.stats;
    s += `        RX packets ${st.rxPackets}  bytes ${scaled(st.rxBytes)}\n`;
    s += `        RX errors 0  dropped ${st.rxDropped}  overruns 0  frame 0\n`;
    s += `        TX packets ${st.txPackets}  bytes ${scaled(st.txBytes)}\n`;
    s += `        TX errors 0  dropped ${st.txDropped} overruns 0  carrier 0  collisions 0\n`;
  }
  return `${s}\n`;
}

function shortFlags(flags: number): string {
  const order: Array<[number, string]> = [
    [IFF.ALLMULTI, 'A'],
    [IFF.BROADCAST, 'B'],
    [IFF.DEBUG, 'D'],
    [IFF.LOOPBACK, 'L'],
    [IFF.MULTICAST, 'M'],
    [IFF.PROMISC, 'P'],
    [IFF.NOTRAILERS, 'N'],
    [IFF.NOARP, 'O'],
    [IFF.POINTOPOINT, 'P'],
    [IFF.SLAVE, 's'],
    [IFF.MASTER, 'm'],
    [IFF.RUNNING, 'R'],
    [IFF.UP, 'U'],
  ];
  return order
    .filter(([b]) => flags & b)
    .map(([, c]) => c)
    .join('');
}

function printShort(p: Proc, i: Iface): string {
  const l = i.link;
  const flags = shortFlags(ifFlags(p, l));
  if (!i.device)
    return `${i.name.padEnd(15)} ${String(l.mtu).padStart(5)}      - no statistics available -                        ${flags}\n`;
  const st = l.stats;
  const n = (v: number, w: number) => String(v).padStart(w);
  return `${i.name.padEnd(15)} ${n(l.mtu, 5)} ${n(st.rxPackets, 8)} ${n(0, 6)} ${n(st.rxDropped, 6)} ${'0'.padEnd(6)} ${n(st.txPackets, 8)} ${n(0, 6)} ${n(st.txDropped, 6)} ${n(0, 6)} ${flags}\n`;
}

const SHORT_HEADER = 'Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n';

const HERROR: Record<string, string> = {
  EAI_NONAME: 'Unknown host',
  EAI_AGAIN: 'Host name lookup failure',
  EAI_FAIL: 'Unknown server error',
  EAI_NODATA: 'No address associated with name',
};

const DIALECT: IfconfigDialect = {
  ioctl: (what, errno) => fail(`${what}: ${STRERROR[errno]}\n`, 1),
  noFlags: (name) => fail(`${name}: ERROR while getting interface flags: No such device\n`, 255),
  resolve: (p, arg) => {
    const slash = arg.indexOf('/');
    const host = slash >= 0 ? arg.slice(0, slash) : arg;
    const plen = slash >= 0 ? Number(arg.slice(slash + 1)) : undefined;
    const v6 = host.includes(':') ? parseIPv6(host) : null;
    if (v6) return { v6, ...(plen !== undefined ? { prefix: plen } : {}) };
    let v4 = parseIPv4Aton(host);
    if (v4 === null) {
      const r = getaddrinfo({ world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs }, host, 4);
      if (!r.ok || !r.addrs[0])
        return fail(
          `${arg}: ${HERROR[r.ok ? 'EAI_NODATA' : r.error]}\nifconfig: \`--help' gives usage information.\n`,
          1,
        );
      v4 = r.addrs[0].v4 as number;
    }
    return { v4, ...(plen !== undefined && plen <= 32 ? { prefix: plen } : {}) };
  },
  usage: () => fail(USAGE + HW_LIST + AF_LIST, 3),
  badDash: (raw) => fail(`${raw}: Unknown host\nifconfig: \`--help' gives usage information.\n`, 1),
  badHw: (addr) => fail(`${addr}: invalid ether address.\n`, 1),
  prefixLen: (text) => Number(text) || 0,
};

function runIfconfig(p: Proc): number {
  let argv = p.argv.slice(1);
  let all = false;
  let short = false;
  while (argv[0]?.startsWith('-')) {
    const o = argv[0];
    if (o === '-a') all = true;
    else if (o === '-s') short = true;
    else if (o === '-v') {
      // verbose: nothing more to say here
    } else if (o === '-V' || o === '-version' || o === '--version') {
      p.out('net-tools 2.10\n');
      return 0;
    } else if (o === '-?' || o === '-h' || o === '-help' || o === '--help') {
      p.out(USAGE);
      p.err(HW_LIST + AF_LIST);
      return 0;
    } else
      return fail(
        `ifconfig: option \`${o}' not recognised.\nifconfig: \`--help' gives usage information.\n`,
        1,
      );
    argv = argv.slice(1);
  }
  if (argv.length <= 1) {
    let list: Iface[];
    if (argv[0] !== undefined) {
      const i = findIface(p, argv[0]);
      if (!i) return fail(`${argv[0]}: error fetching interface information: Device not found\n`, 1);
      list = [i];
    } else list = listInterfaces(p, true).filter((i) => all || i.link.adminUp);
    p.out(
      short
        ? SHORT_HEADER + list.map((i) => printShort(p, i)).join('')
        : list.map((i) => printLong(p, i)).join(''),
    );
    return 0;
  }
  return configureIface(p, argv, DIALECT);
}

export const IFCONFIG_COMMAND: CommandDef = {
  name: 'ifconfig',
  path: '/usr/sbin/ifconfig',
  summary: 'configure a network interface (net-tools, or BusyBox in busybox images)',
  run: (p) => (p.ctx.userland.flavour === 'busybox' ? runBusyboxIfconfig(p) : runIfconfig(p)),
};
