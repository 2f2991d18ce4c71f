/** iproute2 name tables: routing tables (from /etc/iproute2/rt_tables), protocols, types, scopes. */
import { PROTO_NAMES, SCOPE_NAMES, TABLE_NAMES } from '../../model/routes.js';
import type { RouteType } from '../../model/types.js';
import type { IpCtx } from './common.js';

function readTableFile(ctx: IpCtx, path: string): Map<string, number> {
  const out = new Map<string, number>();
  let text = '';
  try {
    text = ctx.p.ctx.fs.readFile(path);
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const m = /^\s*(0x[0-9a-fA-F]+|\d+)\s+(\S+)/.exec(line);
    if (m && !line.trim().startsWith('#')) out.set(m[2] as string, Number(m[1]));
  }
  return out;
}

function tableNames(ctx: IpCtx): Map<string, number> {
  const names = new Map<string, number>([
    ['default', 253],
    ['main', 254],
    ['local', 255],
  ]);
  for (const [k, v] of readTableFile(ctx, '/etc/iproute2/rt_tables')) names.set(k, v);
  try {
    for (const f of ctx.p.ctx.fs.readdir('/etc/iproute2/rt_tables.d')) {
      if (f.endsWith('.conf'))
        for (const [k, v] of readTableFile(ctx, `/etc/iproute2/rt_tables.d/${f}`)) names.set(k, v);
    }
  } catch {
    // no directory
  }
  return names;
}

/** rtnl_rttable_a2n(): a name, else strtoul(s, 0) up to RT_TABLE_MAX; `all` is 0. */
export function tableId(ctx: IpCtx, s: string): number | null {
  const named = tableNames(ctx).get(s);
  if (named !== undefined) return named;
  const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (m) {
    const t = m[1] as string;
    const n = /^0[xX]/.test(t)
      ? Number.parseInt(t, 16)
      : t.startsWith('0')
        ? Number.parseInt(t, 8)
        : Number(t);
    return n > 0xffffffff ? null : n;
  }
  if (s === 'all') return 0;
  return null;
}

/** rtnl_dsfield_a2n(): a name from /etc/iproute2/rt_dsfield (case matters) or a hex number up to 0xff. */
export function dsfieldId(ctx: IpCtx, s: string): number | null {
  const named = readTableFile(ctx, '/etc/iproute2/rt_dsfield').get(s);
  if (named !== undefined) return named;
  const m = /^\s*(?:0[xX])?([0-9a-fA-F]+)$/.exec(s);
  if (!m) return null;
  const v = Number.parseInt(m[1] as string, 16);
  return v > 255 ? null : v;
}

export function tableName(ctx: IpCtx, id: number): string {
  if (TABLE_NAMES[id]) return TABLE_NAMES[id] as string;
  for (const [k, v] of tableNames(ctx)) if (v === id) return k;
  return String(id);
}

export function protoName(p: number): string {
  return PROTO_NAMES[p] ?? String(p);
}

export function protoId(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s) < 256 ? Number(s) : null;
  for (const [k, v] of Object.entries(PROTO_NAMES)) if (v === s) return Number(k);
  return null;
}

export function scopeName(s: number): string {
  return SCOPE_NAMES[s] ?? String(s);
}

export const ROUTE_TYPES: readonly RouteType[] = [
  'unicast',
  'local',
  'broadcast',
  'anycast',
  'multicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'nat',
];

export function routeType(s: string): RouteType | null {
  return (ROUTE_TYPES as readonly string[]).includes(s) ? (s as RouteType) : null;
}
