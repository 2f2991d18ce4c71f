/**
 * `ip link add NAME type ipip [remote ADDR] [local ADDR] [ttl TTL] [dev DEV]
 * [[no]pmtudisc] [mode ipip|any]`: iptunnel_parse_opt() of iproute2's
 * link_iptnl.c, with the wording iproute2 6.1 prints (captured). The first
 * ipip device of a host loads the module, whose fallback `tunl0` appears in
 * every namespace first (model/world.ts loadIpipModule).
 */
import { kerr } from '../../model/errno.js';
import { formatIPv4, parseIPv4Loose } from '../../model/inet.js';
import type { IpipInfo, Link, Netns } from '../../model/types.js';
import { linkByName, loadIpipModule, newLink } from '../../model/world.js';
import { fail } from '../cli-error.js';
import { Args, type IpCtx, invarg, rtnlError } from './common.js';

const HELP = `Usage: ... ipip  \t[ remote ADDR ]
\t\t\t[ local ADDR ]
\t\t\t[ ttl TTL ]
\t\t\t[ tos TOS ]
\t\t\t[ [no]pmtudisc ]
\t\t\t[ 6rd-prefix ADDR ]
\t\t\t[ 6rd-relay_prefix ADDR ]
\t\t\t[ 6rd-reset ]
\t\t\t[ dev PHYS_DEV ]
\t\t\t[ fwmark MARK ]
\t\t\t[ external ]
\t\t\t[ noencap ]
\t\t\t[ encap { fou | gue | none } ]
\t\t\t[ encap-sport PORT ]
\t\t\t[ encap-dport PORT ]
\t\t\t[ [no]encap-csum ]
\t\t\t[ [no]encap-csum6 ]
\t\t\t[ [no]encap-remcsum ]
\t\t\t[ mode { ipip | mplsip | any } ]

Where:\tADDR := { IP_ADDRESS | any }
\tTOS  := { NUMBER | inherit }
\tTTL  := { 1..255 | inherit }
\tMARK := { 0x0..0xffffffff }
`;

function addr32(v: string): number {
  if (v === 'any') return 0;
  const ip = parseIPv4Loose(v);
  if (ip === null) return fail(`Error: inet address is expected rather than "${v}".\n`, 1);
  return ip;
}

/** Parse the ipip options; returns the tunnel parameters. */
export function parseIpipArgs(ctx: IpCtx, typeArgs: string[]): IpipInfo {
  const t = new Args(typeArgs);
  const info: IpipInfo = { local: 0, remote: 0, ttl: 0, pmtudisc: true, proto: 0 };
  while (t.more) {
    const a = t.cur as string;
    if (a === 'remote') info.remote = addr32(t.next());
    else if (a === 'local') info.local = addr32(t.next());
    else if ('dev'.startsWith(a)) {
      const v = t.next();
      const d = linkByName(ctx.world, ctx.ns, v);
      if (!d) return fail(`Cannot find device "${v}"\n`, 255);
      info.dev = d.uid;
    } else if (a === 'ttl' || a === 'hoplimit' || a === 'hlim') {
      const v = t.next();
      if (v === 'inherit') info.ttl = 0;
      else if (/^(0x[0-9a-f]+|\d+)$/i.test(v) && Number(v) <= 255) info.ttl = Number(v);
      else invarg('invalid TTL\n', v);
    } else if (a === 'nopmtudisc') info.pmtudisc = false;
    else if (a === 'pmtudisc') info.pmtudisc = true;
    else if (a === 'mode') {
      const v = t.next();
      if (v === 'ipv4/ipv4' || v === 'ipip' || v === 'ip4ip4') info.proto = 4;
      else if (v === 'mpls/ipv4' || v === 'mplsip') info.proto = 137;
      else if (v === 'any/ipv4' || v === 'any') info.proto = 0;
      else invarg('Cannot guess tunnel mode.', v);
    } else if (a === 'noencap' || a === 'external' || a === '6rd-reset') {
      // accepted; foo-over-udp encapsulation, metadata mode and 6rd are not modelled
    } else return fail(HELP, 1);
    t.advance();
  }
  if (info.ttl && !info.pmtudisc) return fail('ttl != 0 and nopmtudisc are incompatible\n', 255);
  return info;
}

/**
 * Create an ipip device named `name` in `target`. The module's fallback
 * tunl0 comes first, so `ip link add tunl0 type ipip` ends in EEXIST as on
 * a real host.
 */
export function createIpip(ctx: IpCtx, name: string, target: Netns, typeArgs: string[]): Link {
  const info = parseIpipArgs(ctx, typeArgs);
  const host = ctx.world.hosts.get(target.host);
  if (host) loadIpipModule(ctx.world, host);
  if (linkByName(ctx.world, target, name)) return rtnlError(kerr('EEXIST'));
  const under = info.dev === undefined ? undefined : ctx.world.links.get(info.dev);
  const l = newLink(ctx.world, target, { kind: 'ipip', name, mtu: (under?.mtu ?? 1500) - 20 });
  l.ipip = info;
  l.mac = formatIPv4(info.local);
  l.brd = formatIPv4(info.remote);
  return l;
}
