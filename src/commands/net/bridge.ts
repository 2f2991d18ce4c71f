/** `bridge link` and `bridge fdb` (iproute2 6.1). */
import { PORT_FLAGS, type PortFlag, portFlag, portPriority, setPortFlag } from '../../model/bridge-port.js';
import { formatIPv4, parseIPv4 } from '../../model/inet.js';
import { flagNames, lowerUp, peerOf, portCost, portState } from '../../model/link-state.js';
import type { Link } from '../../model/types.js';
import { linkByIndex, linkByName, linksOf } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { matches } from '../ip/common.js';
import {
  BRIDGE_FDB_HELP,
  BRIDGE_HELP,
  BRIDGE_LINK_HELP,
  BRIDGE_MDB_HELP,
  BRIDGE_VLAN_HELP,
} from '../ip/help-texts.js';

const USAGE = BRIDGE_HELP;

function linkLine(p: Proc, l: Link, details: boolean): string {
  const w = p.ctx.world;
  let name = l.name;
  const peer = peerOf(w, l);
  let mdown = false;
  if (peer) {
    // bridge resolves the peer's ifindex in its own namespace, right or wrong
    const same = linkByIndex(w, p.ctx.ns, peer.ifindex);
    name = `${name}@${same ? same.name : `if${peer.ifindex}`}`;
    if (peer.netns === l.netns) mdown = !peer.adminUp;
  }
  const flags = flagNames(w, l);
  if (l.adminUp && !lowerUp(w, l)) flags.unshift('NO-CARRIER');
  if (mdown) flags.push('M-DOWN');
  const br = l.master !== undefined ? w.links.get(l.master) : undefined;
  let s = `${l.ifindex}: ${name}: <${flags.join(',')}> mtu ${l.mtu} `;
  if (br) s += `master ${br.name} `;
  s += `state ${portState(w, l)} priority ${portPriority(l)} cost ${portCost(l)} `;
  if (details) {
    const f = (name: PortFlag) => `${name} ${portFlag(l, name) ? 'on' : 'off'} `;
    s += `\n    ${f('hairpin')}${f('guard')}${f('root_block')}${f('fastleave')}${f('learning')}${f('flood')}${f('mcast_flood')}${f('bcast_flood')}mcast_router 1 ${f('mcast_to_unicast')}${f('neigh_suppress')}${f('vlan_tunnel')}${f('isolated')}${f('locked')}`;
  }
  return `${s}\n`;
}

const SET_USAGE = BRIDGE_LINK_HELP;

/** `bridge link set dev DEV …` (iproute2 6.1 brlink_modify): options are checked, then applied together. */
function linkSet(p: Proc, args: string[]): number {
  let dev: string | undefined;
  const flags: Array<[PortFlag, boolean]> = [];
  let cost: number | undefined;
  let priority: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = () => {
      const v = args[++i];
      if (v === undefined) return fail(`Command line is not complete. Try option "help"\n`, 255);
      return v;
    };
    if (a === 'dev') dev = next();
    else if ((PORT_FLAGS as readonly string[]).includes(a)) {
      const v = next();
      if (v !== 'on' && v !== 'off')
        return fail(`Error: argument of "${a}" must be one of "off", "on", not "${v}"\n`, 234);
      flags.push([a as PortFlag, v === 'on']);
    } else if (a === 'cost' || a === 'priority') {
      const v = next();
      const n = Number(v);
      if (!/^\d+$/.test(v)) return fail(`Error: argument "${v}" is wrong: Invalid "${a}"\n`, 255);
      if (a === 'cost') cost = n;
      else priority = n;
    } else if (a === 'state' || a === 'mcast_router' || a === 'hwmode' || a === 'backup_port') next();
    else if (a === 'nobackup_port' || a === 'self' || a === 'master') {
      // accepted: nothing to model
    } else {
      p.err(SET_USAGE);
      return 255;
    }
  }
  if (dev === undefined) return fail('Device is a required argument.\n', 255);
  const link = linkByName(p.ctx.world, p.ctx.ns, dev);
  if (!link) return fail(`Cannot find bridge device "${dev}"\n`, 255);
  const br = link.master !== undefined ? p.ctx.world.links.get(link.master) : undefined;
  if (!br?.bridge) return fail('RTNETLINK answers: Operation not supported\n', 2);
  if (priority !== undefined && priority > 63)
    return fail('RTNETLINK answers: Numerical result out of range\n', 2);
  for (const [f, on] of flags) setPortFlag(link, f, on);
  if (cost !== undefined || priority !== undefined) {
    link.brport ??= { flags: {} };
    if (cost !== undefined) link.brport.cost = cost;
    if (priority !== undefined) link.brport.priority = priority;
  }
  return 0;
}

function doLink(p: Proc, args: string[], details: boolean): number {
  const verb = args[0];
  let rest = args;
  if (verb !== undefined && (matches(verb, 'show') || matches(verb, 'list') || matches(verb, 'lst')))
    rest = args.slice(1);
  else if (verb !== undefined && (matches(verb, 'set') || matches(verb, 'change')))
    return linkSet(p, args.slice(1));
  else if (verb !== undefined && matches(verb, 'help')) return fail(BRIDGE_LINK_HELP, 255);
  else if (verb !== undefined) return fail(`Command "${verb}" is unknown, try "bridge link help".\n`, 255);
  let dev: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === 'dev') dev = rest[++i];
    else if (dev === undefined) dev = a;
    else return fail(`Unknown argument "${a}"\n`, 255);
  }
  let links = linksOf(p.ctx.world, p.ctx.ns).filter(
    (l) => l.master !== undefined && p.ctx.world.links.get(l.master)?.kind === 'bridge',
  );
  if (dev !== undefined) {
    const d = linkByName(p.ctx.world, p.ctx.ns, dev);
    if (!d) return fail(`Cannot find device "${dev}"\n`, 255);
    links = links.filter((l) => l.uid === d.uid);
  }
  p.out(links.map((l) => linkLine(p, l, details)).join(''));
  return 0;
}

/** The multicast addresses a device has joined, as `bridge fdb` lists its "self" entries. */
function selfEntries(p: Proc, l: Link): string[] {
  if (l.kind === 'loopback') return [];
  const out = ['33:33:00:00:00:01'];
  if (l.adminUp) {
    if (l.kind === 'bridge') out.push('01:00:5e:00:00:6a', '33:33:00:00:00:6a');
    out.push('01:00:5e:00:00:01');
    const ll = l.addrs6.find((a) => a.scope === 253);
    if (ll) {
      const b = [...ll.addr.slice(13)].map((x) => x.toString(16).padStart(2, '0'));
      out.push(`33:33:ff:${b.join(':')}`);
    }
  }
  void p;
  return out;
}

function doFdb(p: Proc, args: string[]): number {
  const w = p.ctx.world;
  let rest = args;
  const verb = rest[0];
  if (verb !== undefined && (matches(verb, 'show') || matches(verb, 'list'))) rest = rest.slice(1);
  else if (verb !== undefined && ['add', 'append', 'replace', 'delete'].some((v) => matches(verb, v)))
    return fdbModify(p, verb, rest.slice(1));
  else if (verb !== undefined && (matches(verb, 'get') || matches(verb, 'flush')))
    return fail(`knetlab: \`bridge fdb ${verb}\` is not modelled\n`, 2);
  else if (verb !== undefined && matches(verb, 'help')) return fail(BRIDGE_FDB_HELP, 255);
  else if (verb !== undefined) return fail(`Command "${verb}" is unknown, try "bridge fdb help".\n`, 255);
  let brName: string | undefined;
  let devName: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === 'br') brName = rest[++i];
    else if (a === 'brport' || a === 'dev') devName = rest[++i];
    else return fail(`Unknown bridge fdb argument "${a}"\n`, 255);
  }
  const br = brName !== undefined ? linkByName(w, p.ctx.ns, brName) : undefined;
  if (brName !== undefined && !br) return fail(`Cannot find bridge device "${brName}"\n`, 255);
  const dev = devName !== undefined ? linkByName(w, p.ctx.ns, devName) : undefined;
  if (devName !== undefined && !dev) return fail(`Cannot find device "${devName}"\n`, 255);
  const devPart = (l: Link) => (dev ? '' : `dev ${l.name} `);
  let out = '';
  for (const l of linksOf(w, p.ctx.ns)) {
    if (l.kind === 'loopback') continue;
    if (dev && l.uid !== dev.uid) continue;
    const master = l.master !== undefined ? w.links.get(l.master) : undefined;
    if (br && l.uid !== br.uid && master?.uid !== br.uid) continue;
    const self = selfEntries(p, l);
    if (l.kind === 'bridge') {
      for (const m of self) out += `${m} ${devPart(l)}self permanent\n`;
      if (l.bridge && (l.bridge.macFixed || !l.bridge.carrierTouched))
        out += `${l.mac} ${devPart(l)}master ${l.name} permanent\n`;
      for (const e of l.bridge?.fdb.values() ?? [])
        if (e.port === l.uid)
          out += `${e.mac} ${devPart(l)}master ${l.name} ${e.local ? 'permanent' : 'static'}\n`;
      continue;
    }
    if (master?.bridge) {
      const entries = [...master.bridge.fdb.values()].filter((e) => e.port === l.uid);
      for (const e of entries.filter((x) => !x.local))
        out += `${e.mac} ${devPart(l)}master ${master.name} ${e.static ? 'static' : ''}\n`;
      for (const e of entries.filter((x) => x.local))
        out += `${e.mac} ${devPart(l)}master ${master.name} permanent\n`;
    }
    // a vxlan device dumps its own forwarding table (vxlan_fdb_dump), not its address lists
    if (l.vxlan) {
      for (const [mac, dst] of vxlanFdbOrder(l.vxlan.fdb))
        out += `${mac} ${devPart(l)}dst ${formatIPv4(dst)} self permanent\n`;
      continue;
    }
    for (const m of self) out += `${m} ${devPart(l)}self permanent\n`;
  }
  p.out(out);
  return 0;
}

function fdbModify(p: Proc, verb: string, args: string[]): number {
  const w = p.ctx.world;
  const mac = args[0];
  let devName: string | undefined;
  for (let i = 1; i < args.length; i++) if (args[i] === 'dev') devName = args[++i];
  if (mac === undefined || devName === undefined)
    return fail('Device and address are required arguments.\n', 255);
  const dev = linkByName(w, p.ctx.ns, devName);
  if (!dev) return fail(`Cannot find device "${devName}"\n`, 255);
  if (dev.vxlan && !args.includes('master')) return vxlanFdbModify(verb, args, dev.vxlan.fdb);
  const br = dev.master !== undefined ? w.links.get(dev.master) : undefined;
  if (!br?.bridge) return fail('RTNETLINK answers: Operation not supported\n', 2);
  const key = mac.toLowerCase();
  if (matches(verb, 'del')) {
    if (!br.bridge.fdb.delete(key)) return fail('RTNETLINK answers: No such file or directory\n', 2);
    return 0;
  }
  if (matches(verb, 'add') && br.bridge.fdb.has(key)) return fail('RTNETLINK answers: File exists\n', 2);
  br.bridge.fdb.set(key, { mac: key, port: dev.uid, local: false, static: true, updated: w.clock.now });
  return 0;
}

const GOLDEN_RATIO_64 = 0x61c8864680b583ebn;

/** Linux 5.15's eth_hash: the MAC's six bytes read little-endian into the top of a u64, hash_64 to 8 bits. */
function ethHash(mac: string): number {
  const b = mac.split(':').map((x) => BigInt(Number.parseInt(x, 16)));
  let v = 0n;
  for (let i = 0; i < 6; i++) v |= (b[i] ?? 0n) << BigInt(8 * i + 16);
  return Number(((v * GOLDEN_RATIO_64) & 0xffffffffffffffffn) >> 56n);
}

/** vxlan_fdb_dump's order: hash buckets in turn, the newest entry first within a bucket. */
function vxlanFdbOrder(fdb: Map<string, number>): Array<[string, number]> {
  const entries = [...fdb.entries()].map((e, i) => ({ e, i, h: ethHash(e[0]) }));
  entries.sort((a, b) => a.h - b.h || b.i - a.i);
  return entries.map((x) => x.e);
}

/**
 * `bridge fdb add|append|replace|del MAC dev VXLAN dst IP` (self, as iproute2
 * assumes): vxlan_fdb_add needs a dst, add refuses an existing MAC, append
 * keeps a unicast MAC's remote, replace changes it, del needs the MAC.
 */
function vxlanFdbModify(verb: string, args: string[], fdb: Map<string, number>): number {
  const key = (args[0] as string).toLowerCase();
  if (!/^([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}$/.test(key)) return fail(`Invalid mac address ${args[0]}\n`, 255);
  const mac = key
    .split(':')
    .map((x) => x.padStart(2, '0'))
    .join(':');
  if (matches(verb, 'delete')) {
    if (!fdb.delete(mac)) return fail('RTNETLINK answers: No such file or directory\n', 255);
    return 0;
  }
  const at = args.indexOf('dst');
  const dst = at >= 0 ? parseIPv4(args[at + 1] ?? '') : null;
  if (at >= 0 && dst === null)
    return fail(`Error: any valid address is expected rather than "${args[at + 1] ?? ''}".\n`, 1);
  if (dst === null) return fail('RTNETLINK answers: Invalid argument\n', 255);
  if (fdb.has(mac)) {
    if (matches(verb, 'add')) return fail('RTNETLINK answers: File exists\n', 255);
    if (matches(verb, 'append')) return 0;
  }
  fdb.set(mac, dst);
  return 0;
}

/** `bridge mdb|vlan`: nothing is modelled behind them, but help and unknown verbs are answered. */
function otherObject(args: string[], name: string, verbs: string[], help: string): number {
  const verb = args[0];
  if (verb === undefined || verbs.some((v) => matches(verb, v))) return 0;
  if (matches(verb, 'help')) return fail(help, 255);
  return fail(`Command "${verb}" is unknown, try "bridge ${name} help".\n`, 255);
}

export function runBridge(p: Proc): number {
  const args = p.argv.slice(1);
  let details = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('-')) break;
    if (matches(a, '-details')) details = true;
    else if (
      matches(a, '-statistics') ||
      matches(a, '-oneline') ||
      matches(a, '-color') ||
      matches(a, '-pretty') ||
      matches(a, '-compressvlans')
    ) {
      // accepted
    } else if (matches(a, '-Version')) {
      p.out('bridge utility, 6.1.0\n');
      return 0;
    } else if (matches(a, '-json')) return fail('knetlab: bridge -json is not modelled\n', 2);
    else return fail(`Option "${a}" is unknown, try "bridge help".\n`, 255);
  }
  const obj = args[i];
  if (obj === undefined) return fail(USAGE, 255);
  const rest = args.slice(i + 1);
  if (matches(obj, 'link')) return doLink(p, rest, details);
  if (matches(obj, 'fdb')) return doFdb(p, rest);
  if (matches(obj, 'mdb'))
    return otherObject(rest, 'mdb', ['add', 'delete', 'show', 'list', 'lst'], BRIDGE_MDB_HELP);
  if (matches(obj, 'vlan'))
    return otherObject(
      rest,
      'vlan',
      ['add', 'delete', 'set', 'show', 'list', 'lst', 'tunnelshow', 'global'],
      BRIDGE_VLAN_HELP,
    );
  if (matches(obj, 'help')) return fail(USAGE, 255);
  return fail(`Object "${obj}" is unknown, try "bridge help".\n`, 255);
}

export const BRIDGE_COMMAND: CommandDef = { name: 'bridge', path: '/usr/sbin/bridge', run: runBridge };
