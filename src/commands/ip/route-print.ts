/** print_route(): one route as `ip route` prints it, in text or JSON. */
import { formatIPv4, formatIPv6 } from '../../model/inet.js';
import { carrierOf } from '../../model/link-state.js';
import { RT_SCOPE, RTPROT } from '../../model/routes.js';
import type { Route6 } from '../../model/routes6.js';
import type { Link, Nexthop, Route } from '../../model/types.js';
import { PRINT_ANY, PRINT_FP, PRINT_JSON } from '../../render/ip-printer.js';
import type { IpCtx } from './common.js';
import { protoName, scopeName, tableName } from './names.js';

/** Which fields the filter pinned (iproute2 then leaves them out). */
export interface RouteHide {
  dev?: boolean;
  table?: boolean;
  proto?: boolean;
  scope?: boolean;
  via?: boolean;
  src?: boolean;
  metric?: boolean;
  type?: boolean;
}

function nhFlags(ctx: IpCtx, nh: Nexthop | undefined, r: Route): string[] {
  const f: string[] = [];
  if (nh?.onlink) f.push('onlink');
  const dev = nh?.dev !== undefined ? ctx.world.links.get(nh.dev) : undefined;
  if (dev && !carrierOf(ctx.world, dev) && r.scope !== RT_SCOPE.host) f.push('linkdown');
  return f;
}

function printFlags(ctx: IpCtx, flags: string[]): void {
  const out = ctx.out;
  if (out.isJson) {
    out.openArray(PRINT_JSON, 'flags');
    for (const f of flags) out.string(PRINT_JSON, null, '', f);
    out.closeArray(PRINT_JSON);
  } else for (const f of flags) out.fp(`${f} `);
}

export function printRoute4(ctx: IpCtx, r: Route, hide: RouteHide): void {
  const out = ctx.out;
  out.openObject(null);
  if (r.type !== 'unicast' || ctx.opts.details > 0) out.string(PRINT_ANY, 'type', '%s ', r.type);
  const dst =
    r.prefix === 0 && r.dst === 0
      ? 'default'
      : r.prefix === 32
        ? formatIPv4(r.dst)
        : `${formatIPv4(r.dst)}/${r.prefix}`;
  out.colorString(PRINT_ANY, dst === 'default' ? 'none' : 'inet', 'dst', '%s ', dst);
  if (r.tos) out.string(PRINT_ANY, 'tos', 'tos %s ', `0x${r.tos.toString(16).padStart(2, '0')}`);
  const multipath = r.nexthops.length > 1;
  const nh = multipath ? undefined : r.nexthops[0];
  if (nh?.gateway !== undefined && !hide.via) {
    out.fp('via ');
    out.colorString(PRINT_ANY, 'inet', 'gateway', '%s ', formatIPv4(nh.gateway));
  }
  const dev: Link | undefined = nh?.dev !== undefined ? ctx.world.links.get(nh.dev) : undefined;
  if (dev && !hide.dev) {
    out.fp('dev ');
    out.colorString(PRINT_ANY, 'ifname', 'dev', '%s ', dev.name);
  }
  if (r.table !== 254 && !hide.table) out.string(PRINT_ANY, 'table', 'table %s ', tableName(ctx, r.table));
  if ((r.proto !== RTPROT.boot || ctx.opts.details > 0) && !hide.proto)
    out.string(PRINT_ANY, 'protocol', 'proto %s ', protoName(r.proto));
  if ((r.scope !== RT_SCOPE.universe || ctx.opts.details > 0) && !hide.scope)
    out.string(PRINT_ANY, 'scope', 'scope %s ', scopeName(r.scope));
  if (r.prefsrc !== undefined && !hide.src) {
    out.fp('src ');
    out.colorString(PRINT_ANY, 'inet', 'prefsrc', '%s ', formatIPv4(r.prefsrc));
  }
  if (r.metric && !hide.metric) out.uint(PRINT_ANY, 'metric', 'metric %u ', r.metric);
  const flags = multipath
    ? r.nexthops.every((n) => nhFlags(ctx, n, r).includes('linkdown'))
      ? ['linkdown']
      : []
    : nhFlags(ctx, nh, r);
  printFlags(ctx, flags);
  if (r.mtu !== undefined) {
    out.openObject('metrics');
    out.uint(PRINT_ANY, 'mtu', 'mtu %u ', r.mtu);
    out.closeObject();
  }
  if (multipath) printMultipath(ctx, r);
  out.fp('\n');
  out.closeObject();
}

function printMultipath(ctx: IpCtx, r: Route): void {
  const out = ctx.out;
  out.openArray(PRINT_JSON, 'nexthops');
  for (const nh of r.nexthops) {
    out.openObject(null);
    out.fp('\n\tnexthop ');
    if (nh.gateway !== undefined) {
      out.fp('via ');
      out.colorString(PRINT_ANY, 'inet', 'gateway', '%s ', formatIPv4(nh.gateway));
    }
    // print_rta_multipath names the device without colour
    const dev = nh.dev !== undefined ? ctx.world.links.get(nh.dev) : undefined;
    if (dev) out.string(PRINT_ANY, 'dev', 'dev %s ', dev.name);
    out.uint(PRINT_ANY, 'weight', 'weight %u ', nh.weight);
    printFlags(ctx, nhFlags(ctx, nh, r));
    out.closeObject();
  }
  out.closeArray(PRINT_JSON);
}

export function printRoute6(ctx: IpCtx, r: Route6, hide: RouteHide): void {
  const out = ctx.out;
  out.openObject(null);
  if (r.type !== 'unicast' || ctx.opts.details > 0) out.string(PRINT_ANY, 'type', '%s ', r.type);
  const dst =
    r.prefix === 0 ? 'default' : r.prefix === 128 ? formatIPv6(r.dst) : `${formatIPv6(r.dst)}/${r.prefix}`;
  out.colorString(PRINT_ANY, dst === 'default' ? 'none' : 'inet6', 'dst', '%s ', dst);
  if (r.gateway && !hide.via) {
    out.fp('via ');
    out.colorString(PRINT_ANY, 'inet6', 'gateway', '%s ', formatIPv6(r.gateway));
  }
  if (!hide.dev) {
    out.fp('dev ');
    out.colorString(PRINT_ANY, 'ifname', 'dev', '%s ', r.dev.name);
  }
  if (r.table !== 254 && !hide.table) out.string(PRINT_ANY, 'table', 'table %s ', tableName(ctx, r.table));
  const proto = r.proto ?? 'kernel';
  if (!hide.proto && (proto !== 'boot' || ctx.opts.details > 0))
    out.string(PRINT_ANY, 'protocol', 'proto %s ', proto);
  if (ctx.opts.details > 0) out.string(PRINT_ANY, 'scope', 'scope %s ', 'global');
  if (!hide.metric) out.uint(PRINT_ANY, 'metric', 'metric %u ', r.metric);
  printFlags(ctx, r.linkdown ? ['linkdown'] : []);
  out.string(PRINT_ANY, 'pref', 'pref %s', 'medium');
  out.fp('\n');
  out.closeObject();
}

export { PRINT_FP };
