/**
 * BusyBox `ifconfig` (ifconfig.c, interface.c): the old net-tools-1.60
 * layout (interfaces sorted with strcmp, `eth0:1` labels from SIOCGIFCONF,
 * only UP ones without -a, byte counts scaled to KiB/MiB); only `-a` is an
 * option, anything else names an interface. Changes go through the shared
 * ioctl model with busybox's wording.
 */
import { STRERROR } from '../../model/errno.js';
import { formatIPv4, formatIPv6, maskOf, parseIPv6 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
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
} from '../net/ifconfig-set.js';
import { die, helpRequested, printHelp, showUsage, xstrtouRange } from './applet.js';
import { hostToAddr } from './resolve.js';
import { IFCONFIG_USAGE } from './usage.js';

/** ife_print()'s order: bit order but SLAVE before MASTER. */
const FLAG_ORDER: ReadonlyArray<keyof typeof IFF> = [
  'UP',
  'BROADCAST',
  'DEBUG',
  'LOOPBACK',
  'POINTOPOINT',
  'NOTRAILERS',
  'RUNNING',
  'NOARP',
  'PROMISC',
  'ALLMULTI',
  'SLAVE',
  'MASTER',
  'MULTICAST',
];

/** print_bytes_scaled(): "X bytes:N (I.F UNITB)". */
function bytesScaled(n: number): string {
  let int = n;
  let frac = 0;
  let e = 0;
  for (let i = 0; i < 4; i++) {
    if (int >= 1024) {
      frac = Math.floor(((int % 1024) * 10) / 1024);
      int = Math.floor(int / 1024);
      e++;
    }
  }
  return `X bytes:${n} (${int}.${frac} ${['', 'Ki', 'Mi', 'Gi', 'Ti'][e]}B)`;
}

const SCOPE6: Record<number, string> = { 0: 'Global', 200: 'Site', 253: 'Link', 254: 'Host' };

function ifePrint(p: Proc, i: Iface): string {
  const l = i.link;
  let s = `${i.name.padEnd(9)} Link encap:`;
  if (l.linkType === 'loopback') s += 'Local Loopback  ';
  else if (l.linkType === 'ether') s += `Ethernet  HWaddr ${l.mac.toUpperCase()}  `;
  else s += `UNSPEC  HWaddr ${Array(16).fill('00').join('-')}  `;
  s += '\n';
  const flags = ifFlags(p, l);
  const a = addrOf(i);
  if (a) {
    s += `          inet addr:${formatIPv4(a.addr)} `;
    if (flags & IFF.BROADCAST) s += ` Bcast:${formatIPv4(a.broadcast ?? 0)} `;
    s += ` Mask:${formatIPv4(maskOf(a.prefix))}\n`;
  }
  if (i.device) {
    for (const a6 of l.addrs6)
      s += `          inet6 addr: ${formatIPv6(a6.addr)}/${a6.prefix} Scope:${SCOPE6[a6.scope] ?? 'Unknown'}\n`;
  }
  const words = iffNames(flags, FLAG_ORDER).map((w) => `${w} `);
  s += `          ${words.length ? words.join('') : '[NO FLAGS] '} MTU:${l.mtu}  Metric:1\n`;
  if (i.device) {
    const st = l.stats;
    s += `          RX packets:${st.rxPackets} errors:0 dropped:${st.rxDropped} overruns:0 frame:0\n`;
    s += `          TX packets:${st.txPackets} errors:0 dropped:${st.txDropped} overruns:0 carrier:0\n`;
    s += `          collisions:0 txqueuelen:${l.txqlen} \n`;
    s += `          R${bytesScaled(st.rxBytes)}  T${bytesScaled(st.txBytes)}\n`;
  }
  return `${s}\n`;
}

function display(p: Proc, name: string | undefined, all: boolean): number {
  if (name !== undefined) {
    const i = findIface(p, name);
    if (!i) return fail(`ifconfig: ${name}: error fetching interface information: Device not found\n`, 1);
    p.out(ifePrint(p, i));
    return 0;
  }
  let out = '';
  for (const i of listInterfaces(p, false)) if (all || i.link.adminUp) out += ifePrint(p, i);
  p.out(out);
  return 0;
}

const DIALECT: IfconfigDialect = {
  ioctl: (what, errno) => die('ifconfig', `${what}: ${STRERROR[errno]}`),
  noFlags: () => die('ifconfig', 'SIOCGIFFLAGS: No such device'),
  resolve: (p, arg) => {
    // "ADDR/LEN" only for IPv6; an IPv4 address with a prefix is looked up whole, and fails
    const slash = arg.indexOf('/');
    if (slash >= 0) {
      const plen = xstrtouRange('ifconfig', arg.slice(slash + 1), 0, 128);
      const v6 = parseIPv6(arg.slice(0, slash));
      if (v6) return { v6, prefix: plen };
      hostToAddr(p, 'ifconfig', arg.slice(0, slash), 0);
      hostToAddr(p, 'ifconfig', arg, 0);
    }
    const a = hostToAddr(p, 'ifconfig', arg, 0);
    return a.family === 4 ? { v4: a.v4 } : { v6: a.v6 };
  },
  usage: () => showUsage('ifconfig', IFCONFIG_USAGE),
  badDash: (raw) => die('ifconfig', `bad: '${raw}'`),
  badHw: (addr) => die('ifconfig', `invalid hw-addr ${addr}`),
  prefixLen: (text) => xstrtouRange('ifconfig', text, 0, 128),
};

export function runBusyboxIfconfig(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'ifconfig', IFCONFIG_USAGE);
  let argv = p.argv.slice(1);
  let all = false;
  if (argv[0] === '-a') {
    all = true;
    argv = argv.slice(1);
  }
  if (argv.length <= 1) return display(p, argv[0], all);
  return configureIface(p, argv, DIALECT);
}
