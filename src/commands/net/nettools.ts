/** net-tools 2.10: `route`, `netstat` (netstat.ts), `arp` and `ifconfig` (ifconfig.ts); BusyBox's in BusyBox userlands. */
import { getaddrinfo, getnameinfo, type ResolverEnv } from '../../engines/resolver/getaddrinfo.js';
import { readFileOr } from '../../engines/resolver/hosts-file.js';
import { lookupRoute } from '../../engines/router/lookup.js';
import { formatIPv4 } from '../../model/inet.js';
import { addStatic, findNeigh } from '../../model/neigh.js';
import { linkByName } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxArp } from '../busybox/arp.js';
import { runBusyboxNetstat } from '../busybox/netstat.js';
import { runBusyboxRoute } from '../busybox/route.js';
import { fail } from '../cli-error.js';
import { macText, parseLladdr } from '../ip/common.js';
import { ARP_HW_LIST, ARP_USAGE } from './arp-usage.js';
import { IFCONFIG_COMMAND } from './ifconfig.js';
import { runNetstat } from './netstat.js';
import { modifyRouteNetTools, printRouteTable } from './nettools-route.js';

const ROUTE_USAGE =
  "Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables\n       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.\n\n       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.\n       route {-V|--version}                  Display version/author and exit.\n\n        -v, --verbose            be verbose\n        -n, --numeric            don't resolve names\n        -e, --extend             display other/more information\n        -F, --fib                display Forwarding Information Base (default)\n        -C, --cache              display routing cache instead of FIB\n\n  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet\n  List of possible address families (which support routing):\n";
const AF_LIST =
  '    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n    ddp (Appletalk DDP) x25 (CCITT X.25) \n';

function runRoute(p: Proc): number {
  const args = p.argv.slice(1);
  let numeric = false;
  let extend = 0;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('-') || a === '-net' || a === '-host') break;
    if (a === '--numeric') numeric = true;
    else if (a === '--extend') extend++;
    else if (a === '--help' || a === '-h') {
      p.out(ROUTE_USAGE);
      p.err(AF_LIST);
      return 0;
    } else if (a === '--version' || a === '-V') {
      p.out(
        'net-tools 2.10\n+NEW_ADDRT +RTF_IRTT +RTF_REJECT +I18N +SELINUX\nAF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\nHW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n',
      );
      return 0;
    } else if (a === '-4' || a === '--inet') {
      // default family
    } else if (a === '-A') i++;
    else if (a.startsWith('--')) {
      p.err(`route: unrecognized option '${a}'\n${AF_LIST}`);
      p.out(ROUTE_USAGE);
      return 0;
    } else {
      for (const c of a.slice(1)) {
        if (c === 'n') numeric = true;
        else if (c === 'e') extend++;
        else if (c === 'v' || c === 'F' || c === 'N' || c === '4') {
          // accepted
        } else if (c === 'C') return 0;
        else if (c === '6')
          return fail('knetlab: IPv6 route tables are not modelled for net-tools route\n', 1);
        else {
          p.out(ROUTE_USAGE);
          p.err(`route: invalid option -- '${c}'\n${AF_LIST}`);
          return 0;
        }
      }
    }
  }
  const verb = args[i];
  if (verb === undefined)
    return printRouteTable(p, numeric, extend >= 2 ? 'wide' : extend === 1 ? 'netstat' : 'route');
  if (verb === 'add' || verb === 'del' || verb === 'delete')
    return modifyRouteNetTools(p, verb === 'add' ? 'add' : 'del', args.slice(i + 1));
  if (verb === 'flush') return fail('route: flush is not supported for inet\n', 4);
  // usage(E_OPTERR): the whole screen on stderr
  return fail(`${ROUTE_USAGE}${AF_LIST}`, 3);
}

export interface ArpRow {
  ip: string;
  flags: number;
  mac: string;
  dev: string;
}

export function readArp(p: Proc): ArpRow[] {
  const rows: ArpRow[] = [];
  for (const line of readFileOr(p.ctx.fs, '/proc/net/arp').split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 6) continue;
    rows.push({
      ip: f[0] as string,
      flags: Number.parseInt(f[2] as string, 16),
      mac: f[3] as string,
      dev: f[5] as string,
    });
  }
  return rows;
}

function runArp(p: Proc): number {
  const args = p.argv.slice(1);
  let numeric = false;
  let bsd = false;
  let verbose = false;
  let iface: string | undefined;
  let mode: 'show' | 'set' | 'delete' = 'show';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-i' || a === '--device') iface = args[++i];
    else if (a === '-s' || a === '--set') mode = 'set';
    else if (a === '-d' || a === '--delete') mode = 'delete';
    else if (a === '-h' || a === '--help') {
      p.out(ARP_USAGE);
      p.err(ARP_HW_LIST);
      return 0;
    } else if (a === '--numeric') numeric = true;
    else if (a === '--verbose') verbose = true;
    else if (a.startsWith('--'))
      return fail(`arp: unrecognized option '${a}'\n${ARP_USAGE}${ARP_HW_LIST}`, 3);
    else if (a.startsWith('-') && a.length > 1 && !a.startsWith('--')) {
      for (const c of a.slice(1)) {
        if (c === 'n') numeric = true;
        else if (c === 'a') bsd = true;
        else if (c === 'e') bsd = false;
        else if (c === 'v') verbose = true;
        else if (c === 's') mode = 'set';
        else if (c === 'd') mode = 'delete';
        else if (c === 'i') iface = args[++i];
        else return fail(`arp: invalid option -- '${c}'\n${ARP_USAGE}${ARP_HW_LIST}`, 3);
      }
    } else rest.push(a);
  }
  const env: ResolverEnv = { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs };
  if (mode === 'set') return arpSet(p, env, rest, iface);
  if (mode === 'delete') return arpDelete(p, env, rest, iface);
  const rows = readArp(p).filter((r) => iface === undefined || r.dev === iface);
  const filterHost = rest[0];
  if (filterHost !== undefined) arpTarget(p, env, filterHost);
  let out = '';
  let shown = 0;
  for (const r of rows) {
    if (filterHost !== undefined && r.ip !== filterHost) continue;
    const complete = (r.flags & 2) !== 0;
    const perm = (r.flags & 4) !== 0;
    const ipNum = Number(r.ip.split('.').reduce((acc, x) => acc * 256 + Number(x), 0));
    const name = numeric ? null : getnameinfo(env, ipNum);
    shown++;
    if (bsd) {
      out += `${name ?? '?'} (${r.ip}) at ${complete ? r.mac : '<incomplete>'} ${complete ? '[ether] ' : ''}${perm ? 'PERM ' : ''}on ${r.dev}\n`;
    } else {
      const flags = complete ? `C${perm ? 'M' : ''}` : '';
      out += `${(name ?? r.ip).slice(0, 23).padEnd(23)}  ${(complete ? 'ether' : '').padEnd(8)}${(complete ? r.mac : '(incomplete)').padEnd(20)}${flags.padEnd(6)}${''.padEnd(15)} ${r.dev}\n`;
    }
  }
  if (shown === 0) {
    if (filterHost !== undefined) p.out(`${filterHost} (${filterHost}) -- no entry\n`);
    else if (verbose) p.out('Entries: 0\tSkipped: 0\tFound: 0\n');
    return 0;
  }
  if (!bsd) out = `Address                  HWtype  HWaddress           Flags Mask            Iface\n${out}`;
  if (verbose) out += `Entries: ${shown}\tSkipped: 0\tFound: ${shown}\n`;
  p.out(out);
  return 0;
}

function arpTarget(_p: Proc, env: ResolverEnv, host: string | undefined): number {
  if (host === undefined) return fail('arp: need host name\n', 255);
  const r = getaddrinfo(env, host, 4);
  if (!r.ok || !r.addrs[0]) return fail(`${host}: Host name lookup failure\n`, 255);
  return r.addrs[0].v4 as number;
}

function arpSet(p: Proc, env: ResolverEnv, args: string[], iface: string | undefined): number {
  const ip = arpTarget(p, env, args[0]);
  const macText0 = args[1];
  if (macText0 === undefined) return fail('arp: need hardware address\n', 255);
  let mac: string;
  try {
    const b = parseLladdr(macText0);
    // in_ether(): six octets are read, what follows is ignored
    if (b.length < 6) throw new Error();
    mac = macText(b.slice(0, 6));
  } catch {
    return fail('arp: invalid hardware address\n', 255);
  }
  for (const w of args.slice(2))
    if (w !== 'temp' && w !== 'pub' && w !== 'netmask') return fail(`${ARP_USAGE}${ARP_HW_LIST}`, 3);
  const temp = args.slice(2).includes('temp');
  const dev = iface !== undefined ? linkByName(p.ctx.world, p.ctx.ns, iface) : routeDev(p, ip);
  if (!dev) return fail('SIOCSARP: Network is unreachable\n', 255);
  addStatic(p.ctx.world, p.ctx.ns, dev.uid, ip, mac, temp ? 'REACHABLE' : 'PERMANENT');
  return 0;
}

function routeDev(p: Proc, ip: number) {
  const d = lookupRoute(p.ctx.world, p.ctx.ns, ip);
  return d.kind === 'unicast' ? d.dev : undefined;
}

function arpDelete(p: Proc, env: ResolverEnv, args: string[], iface: string | undefined): number {
  const ip = arpTarget(p, env, args[0]);
  for (const w of args.slice(1)) if (w !== 'pub') return fail(`${ARP_USAGE}${ARP_HW_LIST}`, 3);
  const dev = iface !== undefined ? linkByName(p.ctx.world, p.ctx.ns, iface) : routeDev(p, ip);
  if (!dev)
    return fail(
      `SIOCDARP(dontpub): ${iface !== undefined ? 'No such device' : 'Network is unreachable'}\n`,
      255,
    );
  const n = findNeigh(p.ctx.ns, dev.uid, ip);
  // arp_del reports a missing entry on stdout
  if (!n) return fail('', 255, `No ARP entry for ${formatIPv4(ip)}\n`);
  p.ctx.ns.neigh = p.ctx.ns.neigh.filter((x) => x !== n);
  return 0;
}

const busybox = (p: Proc): boolean => p.ctx.userland.flavour === 'busybox';

export const NETTOOLS_COMMANDS: CommandDef[] = [
  { name: 'route', path: '/usr/sbin/route', run: (p) => (busybox(p) ? runBusyboxRoute(p) : runRoute(p)) },
  {
    name: 'netstat',
    path: '/usr/bin/netstat',
    run: (p) => (busybox(p) ? runBusyboxNetstat(p) : runNetstat(p)),
  },
  { name: 'arp', path: '/usr/sbin/arp', run: (p) => (busybox(p) ? runBusyboxArp(p) : runArp(p)) },
  IFCONFIG_COMMAND,
];
