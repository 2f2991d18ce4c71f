/**
 * IPv4 route lookup: policy rules (local, main, default), longest-prefix
 * match per table, route types, source address selection. Pure: reads the
 * world, returns a decision.
 */
import { inSubnet } from '../../model/inet.js';
import { RT_SCOPE, RT_TABLE } from '../../model/routes.js';
import type { Link, Netns, Nexthop, Route, World } from '../../model/types.js';

export type RouteDecision =
  | { kind: 'unicast'; route: Route; dev: Link; nexthop: Nexthop; gateway?: number; src: number | undefined }
  | { kind: 'local'; route: Route; src: number }
  | { kind: 'broadcast'; route: Route; dev: Link; src: number | undefined }
  | { kind: 'blackhole' | 'unreachable' | 'prohibit'; route: Route }
  | { kind: 'none' };

export interface LookupOptions {
  /** Only consider routes through this device (SO_BINDTODEVICE / ping -I / oif). */
  oif?: number;
  /** Minimum route scope (gateway validation uses link scope). */
  minScope?: number;
  /** Restrict to one table (no policy rules). */
  table?: number;
  /** Source address the caller already chose. */
  src?: number;
  /** Packet mark, for fwmark rules. */
  mark?: number;
  /** Input device name for `iif` rules; locally generated traffic comes from `lo`. */
  iifName?: string;
  /** Output device name for `oif` rules. */
  oifName?: string;
  /** `oif` also filters local routes (fib_lookup_good_nhc), as for `ip route get ... oif`. */
  strictOif?: boolean;
}

export interface PolicyRule {
  pref: number;
  /** Table to look in (action `lookup`). */
  table: number;
  action?: 'lookup' | 'blackhole' | 'unreachable' | 'prohibit';
  src?: { addr: number; prefix: number };
  dst?: { addr: number; prefix: number };
  fwmark?: number;
  iif?: string;
  oif?: string;
  not?: boolean;
}

export const DEFAULT_RULES: readonly PolicyRule[] = [
  { pref: 0, table: RT_TABLE.local },
  { pref: 32766, table: RT_TABLE.main },
  { pref: 32767, table: RT_TABLE.default },
];

export function rulesOf(ns: Netns): readonly PolicyRule[] {
  return (ns.ext.rules as PolicyRule[] | undefined) ?? DEFAULT_RULES;
}

function liveNexthop(world: World, r: Route, opts: LookupOptions): Nexthop | undefined {
  for (const nh of r.nexthops) {
    if (nh.dev === undefined) continue;
    const dev = world.links.get(nh.dev);
    if (!dev) continue;
    if (opts.oif !== undefined && dev.uid !== opts.oif && !(r.type === 'local' && !opts.strictOif)) continue;
    return nh;
  }
  return undefined;
}

/** Longest-prefix match in one table. Returns the route or a `throw`. */
export function matchInTable(
  world: World,
  ns: Netns,
  table: number,
  dst: number,
  opts: LookupOptions = {},
): Route | undefined {
  let best: Route | undefined;
  for (const r of ns.routes) {
    if (r.table !== table) continue;
    if (best && r.prefix < best.prefix) continue;
    if (!inSubnet(dst, r.dst, r.prefix)) continue;
    if (opts.minScope !== undefined && r.scope < opts.minScope) continue;
    if (r.type === 'unicast' || r.type === 'local' || r.type === 'broadcast') {
      if (!liveNexthop(world, r, opts)) continue;
    } else if (opts.oif !== undefined && r.type !== 'throw') {
      // typed routes without a device still match
    }
    if (!best || r.prefix > best.prefix || (r.prefix === best.prefix && r.metric < best.metric)) best = r;
  }
  return best;
}

/** Pick the source address the kernel would use for traffic to `target` out of `dev` (inet_select_addr). */
export function selectSource(
  world: World,
  ns: Netns,
  dev: Link | undefined,
  target: number,
  scope: number,
): number | undefined {
  if (dev) {
    const cands = dev.addrs4.filter((a) => !a.secondary && a.scope <= Math.max(scope, RT_SCOPE.link));
    const same = cands.find((a) => inSubnet(target, a.addr, a.prefix));
    if (same) return same.addr;
    const glob = cands.find((a) => a.scope <= scope || scope === RT_SCOPE.link);
    if (glob && glob.scope !== RT_SCOPE.host) return glob.addr;
  }
  // any global-scope primary address of the namespace, loopback first as the kernel walks devices
  for (const uid of [...ns.byIndex.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1])) {
    const l = world.links.get(uid);
    if (!l) continue;
    const a = l.addrs4.find((x) => !x.secondary && x.scope < RT_SCOPE.link);
    if (a) return a.addr;
  }
  return undefined;
}

function hashPick(nhs: Nexthop[], seed: number): Nexthop {
  const total = nhs.reduce((s, n) => s + n.weight, 0);
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) % total;
  for (const n of nhs) {
    if (h < n.weight) return n;
    h -= n.weight;
  }
  return nhs[0] as Nexthop;
}

export function decide(world: World, ns: Netns, r: Route, dst: number, opts: LookupOptions): RouteDecision {
  switch (r.type) {
    case 'blackhole':
    case 'unreachable':
    case 'prohibit':
      return { kind: r.type, route: r };
    case 'local': {
      return {
        kind: 'local',
        route: r,
        src: opts.src ?? (r.prefsrc !== undefined && r.prefix === 32 ? r.prefsrc : dst),
      };
    }
    case 'broadcast': {
      const nh = liveNexthop(world, r, opts) as Nexthop;
      const dev = world.links.get(nh.dev as number) as Link;
      return { kind: 'broadcast', route: r, dev, src: opts.src ?? r.prefsrc };
    }
    default: {
      const live = r.nexthops.filter((n) => n.dev !== undefined && world.links.has(n.dev));
      const nh =
        live.length > 1 ? hashPick(live, dst ^ (opts.src ?? 0)) : (liveNexthop(world, r, opts) as Nexthop);
      const dev = world.links.get(nh.dev as number) as Link;
      const target = nh.gateway ?? dst;
      const src = opts.src ?? r.prefsrc ?? selectSource(world, ns, dev, target, r.scope);
      return {
        kind: 'unicast',
        route: r,
        dev,
        nexthop: nh,
        ...(nh.gateway !== undefined ? { gateway: nh.gateway } : {}),
        src,
      };
    }
  }
}

function ruleMatches(rule: PolicyRule, dst: number, opts: LookupOptions): boolean {
  let ok = true;
  if (rule.src) ok &&= opts.src !== undefined && inSubnet(opts.src, rule.src.addr, rule.src.prefix);
  if (rule.dst) ok &&= inSubnet(dst, rule.dst.addr, rule.dst.prefix);
  if (rule.fwmark !== undefined) ok &&= (opts.mark ?? 0) === rule.fwmark;
  if (rule.iif !== undefined) ok &&= (opts.iifName ?? 'lo') === rule.iif;
  if (rule.oif !== undefined) ok &&= opts.oifName === rule.oif;
  return rule.not ? !ok : ok;
}

/** Full lookup through the policy rules. */
export function lookupRoute(world: World, ns: Netns, dst: number, opts: LookupOptions = {}): RouteDecision {
  const rules: readonly PolicyRule[] =
    opts.table !== undefined ? [{ pref: 0, table: opts.table }] : rulesOf(ns);
  for (const rule of rules) {
    if (opts.table === undefined && !ruleMatches(rule, dst, opts)) continue;
    if (rule.action && rule.action !== 'lookup') {
      const fake: Route = {
        table: 0,
        type: rule.action,
        dst: 0,
        prefix: 0,
        tos: 0,
        metric: 0,
        proto: 0,
        scope: 0,
        nexthops: [],
        seq: 0,
      };
      return { kind: rule.action, route: fake };
    }
    const r = matchInTable(world, ns, rule.table, dst, opts);
    if (!r) continue;
    if (r.type === 'throw') continue;
    return decide(world, ns, r, dst, opts);
  }
  return { kind: 'none' };
}

/** Is `addr` one of this namespace's own addresses (any device)? */
export function isLocalAddress(world: World, ns: Netns, addr: number): boolean {
  for (const uid of ns.byIndex.values()) {
    const l = world.links.get(uid);
    if (l?.addrs4.some((a) => a.addr === addr)) return true;
  }
  return addr >>> 24 === 127 && ns.routes.some((r) => r.type === 'local' && inSubnet(addr, r.dst, r.prefix));
}
