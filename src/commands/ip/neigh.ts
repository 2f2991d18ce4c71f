/** `ip neigh add | del | change | replace | show | flush | get`. */
import { kerr } from '../../model/errno.js';
import { formatIPv4, inSubnet, parseIPv4Loose } from '../../model/inet.js';
import { addStatic, findNeigh, neighProbes, neighRefs, refreshNeigh } from '../../model/neigh.js';
import type { Neigh, NeighState } from '../../model/types.js';
import { linkByName } from '../../model/world.js';
import { PRINT_ANY, PRINT_JSON } from '../../render/ip-printer.js';
import { fail } from '../cli-error.js';
import {
  Args,
  duparg,
  duparg2,
  type IpCtx,
  invarg,
  macText,
  matches,
  nodev,
  parseLladdr,
  parsePrefix,
  rtnlError,
} from './common.js';
import { IP_NEIGH_HELP } from './help-texts.js';

const NUD_NAMES: Record<string, NeighState | 'all' | 'none'> = {
  permanent: 'PERMANENT',
  reachable: 'REACHABLE',
  noarp: 'NOARP',
  none: 'none',
  stale: 'STALE',
  incomplete: 'INCOMPLETE',
  delay: 'DELAY',
  probe: 'PROBE',
  failed: 'FAILED',
  all: 'all',
};

function nudOf(v: string): NeighState | 'all' | 'none' {
  const n = NUD_NAMES[v.toLowerCase()];
  if (!n) invarg('nud state is bad', v);
  return n as NeighState | 'all' | 'none';
}

const NEIGH_USAGE = IP_NEIGH_HELP;

function modify(ctx: IpCtx, args: Args, mode: 'add' | 'del' | 'change' | 'replace'): number {
  let dst: number | undefined;
  let lladdr: number[] | undefined;
  let nud: NeighState | undefined;
  let devName: string | undefined;
  while (args.more) {
    const a = args.cur as string;
    if (a === 'lladdr') {
      const v = args.next();
      if (lladdr) duparg('lladdr', v);
      lladdr = parseLladdr(v);
    } else if (a === 'nud') {
      const v = nudOf(args.next());
      if (v === 'all' || v === 'none') invarg('nud state is bad', args.cur as string);
      nud = v as NeighState;
    } else if (a === 'proxy' || a === 'router' || a === 'use' || a === 'managed' || a === 'extern_learn') {
      if (a === 'proxy') args.next();
    } else if (a === 'dev') devName = args.next();
    else if (matches(a, 'protocol')) args.next();
    else {
      let v = a;
      if (a === 'to') v = args.next();
      // ipneigh_modify: "help" only moves on to the next word
      if (matches(v, 'help')) v = args.next();
      if (dst !== undefined) duparg2('to', v);
      // get_addr(): a host address, no prefix length
      if (!v.includes(':')) {
        const addr = v.includes('/') ? null : parseIPv4Loose(v);
        if (addr === null)
          return fail(
            `Error: ${ctx.opts.family === 4 ? 'inet' : 'any valid'} address is expected rather than "${v}".\n`,
            1,
          );
        dst = addr;
        args.advance();
        continue;
      }
      const p = parsePrefix(v, 0);
      if (p.family !== 4) return fail('knetlab: IPv6 neighbours are not modelled\n', 2);
      dst = p.addr;
    }
    args.advance();
  }
  if (dst === undefined || devName === undefined)
    return fail('Device and destination are required arguments.\n', 255);
  const dev = linkByName(ctx.world, ctx.ns, devName);
  if (!dev) return nodev(devName);
  const existing = findNeigh(ctx.ns, dev.uid, dst);
  if (mode === 'del') {
    if (!existing || existing.state === 'FAILED') rtnlError(kerr('ENOENT'));
    ctx.ns.neigh = ctx.ns.neigh.filter((n) => n !== existing);
    return 0;
  }
  if (mode === 'add' && existing && existing.state !== 'FAILED' && existing.state !== 'INCOMPLETE')
    rtnlError(kerr('EEXIST'));
  if (mode === 'change' && !existing) rtnlError(kerr('ENOENT'));
  const state = nud ?? 'PERMANENT';
  // __neigh_update keeps the old address only for a valid entry; a device without hardware addresses needs none
  const keepsOld =
    existing?.mac !== undefined && existing.state !== 'FAILED' && existing.state !== 'INCOMPLETE';
  if (!lladdr && !keepsOld && dev.linkType !== 'none' && dev.linkType !== 'ipip')
    rtnlError(kerr('EINVAL', 'No link layer address given'));
  // neigh_add: shorter than the device's address is refused, longer is cut to it
  if (lladdr && lladdr.length < 6) rtnlError(kerr('EINVAL', 'Invalid link address'));
  addStatic(ctx.world, ctx.ns, dev.uid, dst, lladdr ? macText(lladdr.slice(0, 6)) : existing?.mac, state);
  return 0;
}

interface ShowFilter {
  dev?: number;
  to?: { addr: number; prefix: number };
  nud?: NeighState | 'all' | 'none';
}

function parseFilter(ctx: IpCtx, args: Args): ShowFilter {
  const f: ShowFilter = {};
  while (args.more) {
    const a = args.cur as string;
    if (a === 'dev') {
      const v = args.next();
      const d = linkByName(ctx.world, ctx.ns, v);
      if (!d) nodev(v);
      f.dev = d?.uid;
    } else if (a === 'nud') f.nud = nudOf(args.next());
    else if (a === 'proxy' || a === 'unused' || a === 'nomaster') {
      // accepted
    } else if (a === 'vrf') args.next();
    else {
      let v = a;
      if (a === 'to') v = args.next();
      if (matches(v, 'help')) return fail(NEIGH_USAGE, 255);
      if (v === 'all') {
        args.advance();
        continue;
      }
      const p = parsePrefix(v, 0);
      if (p.family === 4) f.to = { addr: p.addr, prefix: p.prefix };
    }
    args.advance();
  }
  return f;
}

function neighPasses(n: Neigh, f: ShowFilter, flush: boolean): boolean {
  if (f.dev !== undefined && n.dev !== f.dev) return false;
  if (f.to && !inSubnet(n.ip, f.to.addr, f.to.prefix)) return false;
  if (f.nud === 'all') return true;
  if (f.nud !== undefined) return f.nud === 'none' ? false : n.state === f.nud;
  if (flush) return n.state !== 'PERMANENT' && n.state !== 'NOARP';
  return n.state !== 'NOARP';
}

/** print_cacheinfo() and NDA_PROBES: seconds since last use, confirmation and update. */
function printCacheinfo(ctx: IpCtx, n: Neigh): void {
  const out = ctx.out;
  const now = ctx.world.clock.now;
  const ago = (t: number | undefined) => Math.max(0, Math.floor((now - (t ?? n.since)) / 1000));
  const refs = neighRefs(n);
  if (refs) out.uint(PRINT_ANY, 'refcnt', ' ref %u', refs);
  out.uint(PRINT_ANY, 'used', ' used %u', ago(n.used));
  out.uint(PRINT_ANY, 'confirmed', '/%u', ago(n.confirmed));
  out.uint(PRINT_ANY, 'updated', '/%u', ago(n.updated));
  out.uint(PRINT_ANY, 'probes', 'probes %u ', neighProbes(n, now));
}

/** Only IPv4 (ARP) neighbours are modelled: an inet6 or link-family dump is empty. */
function ipv4Family(ctx: IpCtx): boolean {
  return ctx.opts.family === 0 || ctx.opts.family === 4;
}

function show(ctx: IpCtx, args: Args, keepDev = false): number {
  const f = parseFilter(ctx, args);
  const out = ctx.out;
  out.begin();
  for (const n of ipv4Family(ctx) ? refreshNeigh(ctx.world, ctx.ns) : []) {
    if (!neighPasses(n, f, false)) continue;
    const dev = ctx.world.links.get(n.dev);
    if (!dev) continue;
    out.openObject(null);
    if (ctx.opts.brief) {
      out.colorString(PRINT_ANY, 'inet', 'dst', '%-39s ', formatIPv4(n.ip));
      out.colorString(PRINT_ANY, 'ifname', 'dev', '%-16s ', dev.name);
      if (n.mac !== undefined && n.state !== 'INCOMPLETE' && n.state !== 'FAILED')
        out.colorString(PRINT_ANY, 'mac', 'lladdr', '%s', n.mac);
      out.fp('\n');
      out.closeObject();
      continue;
    }
    out.colorString(PRINT_ANY, 'inet', 'dst', '%s ', formatIPv4(n.ip));
    if (f.dev === undefined || keepDev) {
      out.fp('dev ');
      out.colorString(PRINT_ANY, 'ifname', 'dev', '%s ', dev.name);
    }
    if (n.mac !== undefined && n.state !== 'INCOMPLETE' && n.state !== 'FAILED') {
      out.fp('lladdr ');
      out.colorString(PRINT_ANY, 'mac', 'lladdr', '%s ', n.mac);
    }
    if (n.router) out.null(PRINT_ANY, 'router', 'router ');
    if (ctx.opts.stats > 0) printCacheinfo(ctx, n);
    if (out.isJson) {
      out.openArray(PRINT_JSON, 'state');
      out.string(PRINT_JSON, null, '', n.state);
      out.closeArray(PRINT_JSON);
    } else out.fp(`${n.state} `);
    out.fp('\n');
    out.closeObject();
  }
  out.end();
  ctx.p.out(out.output());
  return 0;
}

function flush(ctx: IpCtx, args: Args): number {
  if (!args.more) return fail('Flush requires arguments.\n', 1);
  const f = parseFilter(ctx, args);
  if (!ipv4Family(ctx)) return 0;
  refreshNeigh(ctx.world, ctx.ns);
  ctx.ns.neigh = ctx.ns.neigh.filter((n) => !neighPasses(n, f, true));
  return 0;
}

function get(ctx: IpCtx, args: Args): number {
  let dst: number | undefined;
  let devName: string | undefined;
  while (args.more) {
    const a = args.cur as string;
    if (a === 'dev') devName = args.next();
    else if (a !== 'proxy')
      dst =
        parsePrefix(a === 'to' ? args.next() : a, 0).family === 4
          ? (parsePrefix(a === 'to' ? (args.cur as string) : a, 0) as { addr: number }).addr
          : undefined;
    args.advance();
  }
  if (dst === undefined || devName === undefined)
    return fail('Device and address are required arguments.\n', 1);
  const dev = linkByName(ctx.world, ctx.ns, devName);
  if (!dev) return nodev(devName);
  refreshNeigh(ctx.world, ctx.ns);
  const n = findNeigh(ctx.ns, dev.uid, dst);
  if (!n) return rtnlError(kerr('ENOENT', 'Neighbour entry not found'));
  const sub = new Args(['to', formatIPv4(dst), 'dev', devName, 'nud', 'all']);
  return show(ctx, sub, true);
}

export function doNeigh(ctx: IpCtx, argv: string[]): number {
  const args = new Args(argv);
  const verb = args.cur;
  if (verb === undefined) return show(ctx, args);
  args.advance();
  if (matches(verb, 'add')) return modify(ctx, args, 'add');
  if (matches(verb, 'change') || verb === 'chg') return modify(ctx, args, 'change');
  if (matches(verb, 'replace')) return modify(ctx, args, 'replace');
  if (matches(verb, 'delete')) return modify(ctx, args, 'del');
  if (matches(verb, 'get')) return get(ctx, args);
  if (matches(verb, 'show') || matches(verb, 'list') || matches(verb, 'lst')) return show(ctx, args);
  if (matches(verb, 'flush')) return flush(ctx, args);
  if (matches(verb, 'help')) return fail(NEIGH_USAGE, 255);
  return fail(`Command "${verb}" is unknown, try "ip neigh help".\n`, 255);
}
