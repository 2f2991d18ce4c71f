/**
 * BusyBox `arp` (arp.c): the BSD-style listing of /proc/net/arp (always,
 * -a or not), `-s` and `-d` through SIOCSARP/SIOCDARP. `-v` is a no-op in
 * this build; a filter that matches nothing says "No match found".
 */
import { type GaiError, getaddrinfo } from '../../engines/resolver/getaddrinfo.js';
import { lookupRoute } from '../../engines/router/lookup.js';
import { formatIPv4, parseIPv4Aton } from '../../model/inet.js';
import { addStatic, findNeigh } from '../../model/neigh.js';
import type { Link } from '../../model/types.js';
import { linkByName } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { macText } from '../ip/common.js';
import { readArp } from '../net/nettools.js';
import { bbGetopt, die, hasOpt, helpRequested, optValue, printHelp, showUsage } from './applet.js';
import { addrToHost, resolverEnv } from './resolve.js';
import { ARP_USAGE } from './usage.js';

const SPEC = [
  { c: 'A', arg: true },
  { c: 'p', arg: true },
  { c: 'H', arg: true },
  { c: 't', arg: true },
  { c: 'i', arg: true },
  { c: 'a' },
  { c: 'd' },
  { c: 'n' },
  { c: 'D' },
  { c: 's' },
  { c: 'v' },
];

const HERROR: Record<GaiError, string> = {
  EAI_NONAME: 'Unknown host',
  EAI_AGAIN: 'Host name lookup failure',
  EAI_FAIL: 'Unknown server error',
  EAI_NODATA: 'No address associated with name',
};

/** INET_input(): a dotted quad or a resolvable name; bb_herror_msg_and_die otherwise. */
function inetInput(p: Proc, name: string): number {
  const v4 = parseIPv4Aton(name);
  if (v4 !== null) return v4;
  const r = getaddrinfo(resolverEnv(p), name, 4);
  if (r.ok && r.addrs[0]) return r.addrs[0].v4 as number;
  return die('arp', `${name}: ${HERROR[r.ok ? 'EAI_NODATA' : r.error]}`);
}

/** INET_sprint(.., 0xffffff00): a host part makes it a host name lookup, else the number. */
function sprint(p: Proc, ip: number, numeric: boolean): string {
  if (numeric || ip === 0 || (ip & 0xff) === 0) return ip === 0 && !numeric ? 'default' : formatIPv4(ip);
  return addrToHost(p, { family: 4, v4: ip });
}

function show(
  p: Proc,
  host: string | undefined,
  device: string | undefined,
  hwSet: boolean,
  numeric: boolean,
): number {
  const want = host !== undefined ? formatIPv4(inetInput(p, host)) : undefined;
  const rows = readArp(p);
  let shown = 0;
  let out = '';
  for (const r of rows) {
    if (want !== undefined && r.ip !== want) continue;
    if (device && r.dev !== device) continue;
    shown++;
    let name = '?';
    if (!numeric) {
      const ip = parseIPv4Aton(r.ip) as number;
      name = sprint(p, ip, false);
      if (name === r.ip) name = '?';
    }
    const complete = (r.flags & 0x02) !== 0;
    let line = `${name} (${r.ip}) at `;
    if (!complete) line += r.flags & 0x08 ? '* ' : '<incomplete> ';
    else line += `${r.mac} [ether] `;
    const labels: string[] = [];
    if (r.flags & 0x04) labels.push('PERM');
    if (r.flags & 0x08) labels.push('PUP');
    line += `${labels.join(' ')} on ${r.dev}\n`;
    out += line;
  }
  if (!shown && (hwSet || want !== undefined || device)) out += `No match found in ${rows.length} entries\n`;
  p.out(out);
  return 0;
}

/** The device the kernel picks for an entry without `-i`: the route to it. */
function routeDev(p: Proc, ip: number): Link | 'ENETUNREACH' {
  const d = lookupRoute(p.ctx.world, p.ctx.ns, ip);
  if (d.kind === 'unicast' || d.kind === 'broadcast') return d.dev;
  return 'ENETUNREACH';
}

const SET_OPTIONS = ['pub', 'priv', 'temp', 'trail', 'dontpub', 'auto', 'dev', 'netmask'];

function modifiers(
  p: Proc,
  args: string[],
  start: number,
): { pub: boolean; priv: boolean; temp: boolean; dev?: string } {
  const m: { pub: boolean; priv: boolean; temp: boolean; dev?: string } = {
    pub: false,
    priv: false,
    temp: false,
  };
  for (let i = start; i < args.length; i++) {
    const k = SET_OPTIONS.indexOf(args[i] as string);
    if (k === 0) m.pub = true;
    else if (k === 1) m.priv = true;
    else if (k === 2) m.temp = true;
    else if (k === 3 || k === 4 || k === 5) {
      // no effect on Linux
    } else if (k === 6 || k === 7) {
      const v = args[++i];
      if (v === undefined) showUsage('arp', ARP_USAGE);
      if (k === 6) m.dev = v;
      else if (v !== '255.255.255.255') inetInput(p, v as string);
    } else showUsage('arp', ARP_USAGE);
  }
  return m;
}

function arpSet(p: Proc, args: string[], device: string | undefined, fromDev: boolean): number {
  const ip = inetInput(p, args[0] as string);
  const hw = args[1];
  if (hw === undefined) die('arp', 'need hardware address');
  let mac: string;
  if (fromDev) {
    const l = linkByName(p.ctx.world, p.ctx.ns, hw as string);
    if (!l) die('arp', `can't get HW-Address for '${hw}': No such device`);
    mac = (l as Link).mac;
  } else {
    const m = /^([0-9a-fA-F]{1,2})(?::([0-9a-fA-F]{1,2})){5}$/.test(hw as string)
      ? (hw as string).split(':')
      : null;
    if (!m) die('arp', 'invalid hardware address');
    mac = macText((m as string[]).map((x) => Number.parseInt(x, 16)));
  }
  const mod = modifiers(p, args, 2);
  const devName = mod.dev ?? device;
  if (mod.pub && !mod.priv) {
    if (devName === undefined) return fail('arp: SIOCSARP: No such device\n', 1);
    return fail('knetlab: proxy ARP entries are not modelled\n', 2);
  }
  let dev: Link | 'ENETUNREACH';
  if (devName) {
    const l = linkByName(p.ctx.world, p.ctx.ns, devName);
    if (!l) return fail('arp: SIOCSARP: No such device\n', 1);
    dev = l;
  } else dev = routeDev(p, ip);
  if (dev === 'ENETUNREACH') return fail('arp: SIOCSARP: Network is unreachable\n', 1);
  addStatic(p.ctx.world, p.ctx.ns, dev.uid, ip, mac, mod.temp ? 'STALE' : 'PERMANENT');
  return 0;
}

function arpDel(p: Proc, args: string[], device: string | undefined): number {
  const host = args[0] as string;
  const ip = inetInput(p, host);
  const mod = modifiers(p, args, 1);
  const flags = (mod.pub ? 1 : 0) | (mod.priv ? 2 : 0) || 3;
  const devName = mod.dev ?? device;
  if (flags & 2) {
    let dev: Link | 'ENETUNREACH' | 'ENODEV';
    if (devName) dev = linkByName(p.ctx.world, p.ctx.ns, devName) ?? 'ENODEV';
    else dev = routeDev(p, ip);
    if (dev === 'ENODEV') return fail('arp: SIOCDARP(priv): No such device\n', 1);
    if (dev === 'ENETUNREACH') return fail('arp: SIOCDARP(priv): Network is unreachable\n', 1);
    const n = findNeigh(p.ctx.ns, dev.uid, ip);
    if (n && n.state !== 'FAILED' && n.state !== 'INCOMPLETE') {
      p.ctx.ns.neigh = p.ctx.ns.neigh.filter((x) => x !== n);
      return 0;
    }
    if (!(flags & 1)) {
      p.out(`No ARP entry for ${host}\n`);
      return 255;
    }
  }
  // no proxy entries exist here
  return fail('arp: SIOCDARP(pub): No such file or directory\n', 1);
}

export function runBusyboxArp(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'arp', ARP_USAGE);
  const g = bbGetopt('arp', ARP_USAGE, p.argv.slice(1), SPEC);
  const proto = optValue(g, 'A') ?? optValue(g, 'p');
  if (proto !== undefined) {
    if (proto === 'inet6') die('arp', "inet6: kernel only supports 'inet'");
    if (proto !== 'inet') die('arp', `${proto}: unknown address family`);
  }
  const hwType = optValue(g, 'H') ?? optValue(g, 't');
  if (hwType !== undefined && hwType !== 'ether') {
    if (['loop', 'ppp', 'sit', 'infiniband'].includes(hwType))
      die('arp', `${hwType}: hardware type without ARP support`);
    die('arp', `${hwType}: unknown hardware type`);
  }
  const device = optValue(g, 'i');
  if (hasOpt(g, 'd') || hasOpt(g, 's')) {
    if (g.operands.length === 0) die('arp', 'need host name');
    if (hasOpt(g, 's')) return arpSet(p, g.operands, device, hasOpt(g, 'D'));
    return arpDel(p, g.operands, device);
  }
  return show(p, g.operands[0], device, hwType !== undefined, hasOpt(g, 'n'));
}
