/**
 * `ip maddress show | add | del`: the multicast groups each device has
 * joined, as the kernel lists them in /proc/net/dev_mcast (link), igmp
 * (inet) and igmp6 (inet6): the all-nodes groups from registration, the
 * all-hosts group while the device is up, a solicited-node group per IPv6
 * address, a bridge's multicast router discovery groups, and the static
 * link-layer groups `ip maddr add` asked for.
 */
import { formatIPv6 } from '../../model/inet.js';
import { flagNames } from '../../model/link-state.js';
import { RT_SCOPE } from '../../model/routes.js';
import { sysctlGet } from '../../model/sysctl.js';
import type { Link } from '../../model/types.js';
import { linkByName, linksOf } from '../../model/world.js';
import { PRINT_ANY, PRINT_JSON } from '../../render/ip-printer.js';
import { fail } from '../cli-error.js';
import { type IpCtx, incomplete, macText, matches, parseLladdr } from './common.js';
import { IP_MADDR_HELP } from './help-texts.js';

interface Group {
  family: 'link' | 'inet' | 'inet6';
  address: string;
  static?: boolean;
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** Static link-layer groups per device uid (plain data: worlds are cloned). */
function statics(ctx: IpCtx): Record<string, Record<string, number>> {
  let m = ctx.ns.ext.maddrStatic as Record<string, Record<string, number>> | undefined;
  if (!m) {
    m = {};
    ctx.ns.ext.maddrStatic = m;
  }
  return m;
}

function groupsOf(ctx: IpCtx, l: Link): Group[] {
  const v6 = sysctlGet(ctx.world, ctx.ns, `net.ipv6.conf.${l.name}.disable_ipv6`) !== '1';
  const multicast = flagNames(ctx.world, l).includes('MULTICAST');
  const bridgeUp = l.kind === 'bridge' && l.adminUp;
  const loopback = l.kind === 'loopback';
  // solicited-node groups, one per distinct low 24 bits, in address order
  const solicited: Uint8Array[] = [];
  // join order: link-local addresses come first, the others as they were added (ip addr lists newest first)
  const joined = [
    ...l.addrs6.filter((a) => a.scope === RT_SCOPE.link),
    ...l.addrs6.filter((a) => a.scope !== RT_SCOPE.link).reverse(),
  ];
  if (v6 && !loopback)
    for (const a of joined) {
      const tail = a.addr.slice(13);
      if (!solicited.some((s) => s[0] === tail[0] && s[1] === tail[1] && s[2] === tail[2]))
        solicited.push(tail);
    }
  const out: Group[] = [];
  if (multicast) {
    if (v6) out.push({ family: 'link', address: '33:33:00:00:00:01' });
    if (bridgeUp) {
      out.push({ family: 'link', address: '01:00:5e:00:00:6a' });
      if (v6) out.push({ family: 'link', address: '33:33:00:00:00:6a' });
    }
    if (l.adminUp) out.push({ family: 'link', address: '01:00:5e:00:00:01' });
    for (const s of solicited)
      out.push({
        family: 'link',
        address: `33:33:ff:${hex2(s[0] ?? 0)}:${hex2(s[1] ?? 0)}:${hex2(s[2] ?? 0)}`,
      });
    for (const mac of Object.keys(statics(ctx)[l.uid] ?? {}))
      out.push({ family: 'link', address: mac, static: true });
  }
  if (l.adminUp) {
    out.push({ family: 'inet', address: '224.0.0.1' });
    if (bridgeUp) out.push({ family: 'inet', address: '224.0.0.106' });
  }
  if (v6) {
    // igmp6 lists the newest group first
    for (const s of [...solicited].reverse()) {
      const g = new Uint8Array(16);
      g.set([0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0xff]);
      g.set(s, 13);
      out.push({ family: 'inet6', address: formatIPv6(g) });
    }
    if (bridgeUp) out.push({ family: 'inet6', address: 'ff02::6a' });
    out.push({ family: 'inet6', address: 'ff02::1' }, { family: 'inet6', address: 'ff01::1' });
  }
  return out;
}

function show(ctx: IpCtx, argv: string[]): number {
  let dev: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === 'dev') {
      dev = argv[++i];
      if (dev === undefined) incomplete();
    } else if (matches(a, 'help')) return fail(IP_MADDR_HELP, 255);
    else dev = a;
  }
  const fam = ctx.opts.family;
  const out = ctx.out;
  out.begin();
  for (const l of linksOf(ctx.world, ctx.ns)) {
    if (dev !== undefined && l.name !== dev) continue;
    const groups = groupsOf(ctx, l).filter(
      (g) => fam === 0 || (fam === 4 && g.family === 'inet') || (fam === 6 && g.family === 'inet6'),
    );
    if (!groups.length) continue;
    out.openObject(null);
    out.uint(PRINT_JSON, 'ifindex', '', l.ifindex);
    out.string(PRINT_JSON, 'ifname', '', l.name);
    const head = `${l.ifindex}:\t${l.name}`;
    if (!ctx.opts.oneline) out.fp(`${head}\n`);
    out.openArray(PRINT_JSON, 'maddr');
    for (const g of groups) {
      out.openObject(null);
      if (ctx.opts.oneline) out.fp(`${head}\\`);
      if (g.family === 'link') out.string(PRINT_ANY, 'link', '\tlink  %s', g.address);
      else {
        out.string(PRINT_JSON, 'family', '', g.family);
        out.string(PRINT_ANY, 'address', g.family === 'inet' ? '\tinet  %s' : '\tinet6 %s', g.address);
      }
      if (g.static) out.fp(' static');
      out.fp('\n');
      out.closeObject();
    }
    out.closeArray(PRINT_JSON);
    out.closeObject();
  }
  out.end();
  ctx.p.out(out.output());
  return 0;
}

/** multiaddr_modify(): SIOCADDMULTI / SIOCDELMULTI on a link-layer address. */
function modify(ctx: IpCtx, argv: string[], add: boolean): number {
  let dev: string | undefined;
  let addr: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === 'dev') {
      dev = argv[++i];
      if (dev === undefined) incomplete();
    } else {
      if (matches(a, 'address')) {
        addr = argv[++i];
        if (addr === undefined) incomplete();
      } else addr = a;
    }
  }
  if (addr === undefined || dev === undefined)
    return fail('Not enough information: "dev" is required.\n', 255);
  // ll_addr_a2n(): a dotted quad is read as an IPv4 address (4 bytes)
  const len = addr.includes('.') ? 4 : parseLladdr(addr).length;
  if (len !== 6) return fail(`Error: Invalid address length ${len} - must be 6 bytes\n`, 1);
  const mac = macText(parseLladdr(addr));
  const link = linkByName(ctx.world, ctx.ns, dev);
  if (!link) return fail('ioctl: No such device\n', 1);
  const all = statics(ctx);
  const mine = all[link.uid] ?? {};
  // a second SIOCADDMULTI of the same address does not stack: one delete removes it
  if (add) mine[mac] = 1;
  else if (!mine[mac]) return fail('ioctl: No such file or directory\n', 1);
  else delete mine[mac];
  all[link.uid] = mine;
  return 0;
}

export function doMaddr(ctx: IpCtx, argv: string[]): number {
  const verb = argv[0];
  if (verb === undefined) return show(ctx, []);
  const rest = argv.slice(1);
  if (matches(verb, 'add')) return modify(ctx, rest, true);
  if (matches(verb, 'delete')) return modify(ctx, rest, false);
  if (matches(verb, 'list') || matches(verb, 'show') || matches(verb, 'lst')) return show(ctx, rest);
  if (matches(verb, 'help')) return fail(IP_MADDR_HELP, 255);
  return fail(`Command "${verb}" is unknown, try "ip maddr help".\n`, 255);
}
