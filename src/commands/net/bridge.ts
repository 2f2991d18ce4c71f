/** `bridge link` and `bridge fdb` (iproute2 6.1). */
import { flagNames, lowerUp, peerOf, portCost, portState } from '../../model/link-state.js';
import type { Link } from '../../model/types.js';
import { linkByIndex, linkByName, linksOf } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { matches } from '../ip/common.js';

const USAGE =
  'Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n       bridge [ -force ] -batch filename\nwhere\tOBJECT := { link | fdb | mdb | vlan | vni | monitor }\n\tOPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n\t\t     -o[neline] | -t[imestamp] | -n[etns] name |\n\t\t     -com[pressvlans] -c[olor] -p[retty] -j[son] }\n';

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
  s += `state ${portState(w, l)} priority 32 cost ${portCost(l)} `;
  if (details) {
    s +=
      '\n    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off ';
  }
  return `${s}\n`;
}

function doLink(p: Proc, args: string[], details: boolean): number {
  const verb = args[0];
  let rest = args;
  if (verb !== undefined && (matches(verb, 'show') || matches(verb, 'list') || matches(verb, 'lst')))
    rest = args.slice(1);
  else if (verb === 'set') return fail('knetlab: `bridge link set` is not modelled\n', 2);
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
  else if (verb !== undefined && ['add', 'append', 'del', 'replace'].some((v) => matches(verb, v)))
    return fdbModify(p, verb, rest.slice(1));
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
  if (matches(obj, 'vlan') || matches(obj, 'mdb') || matches(obj, 'vni')) return 0;
  if (matches(obj, 'help')) return fail(USAGE, 255);
  return fail(`Object "${obj}" is unknown, try "bridge help".\n`, 255);
}

export const BRIDGE_COMMAND: CommandDef = { name: 'bridge', path: '/usr/sbin/bridge', run: runBridge };
