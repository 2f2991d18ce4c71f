/**
 * The `cache` plugin: positive and negative answers are kept for their TTL
 * (capped by the configured maximum, at least MINTTL) on the world's clock;
 * a cached answer's records all show the remaining TTL, as CoreDNS does.
 * `disable success|denial ZONES` turns either kind off for some zones.
 */
import type { World } from '../../../model/types.js';
import { type DnsMessage, nameKey, type RR } from '../message.js';
import { argErr, matchZone, type Plugin, type SetupInput, setupErr, zonesFrom } from '../plugin.js';
import { serverState } from '../server-state.js';

interface Item {
  msg: DnsMessage;
  storedAt: number;
  ttl: number;
}

interface KindConf {
  cap: number;
  maxTtl: number;
  minTtl: number;
  disabled: string[] | null;
}

const MAX_ITEMS = 10000;

function num(input: SetupInput, s: string | undefined, line: number): number {
  if (s === undefined || !/^\d+$/.test(s)) throw setupErr(input, `invalid value '${s ?? ''}'`, line);
  return Number(s);
}

export function setupCache(input: SetupInput): Plugin {
  const d = input.directive;
  let maxTtl: number | null = null;
  let zoneArgs = d.args;
  if (d.args[0] && /^\d+$/.test(d.args[0].text)) {
    maxTtl = Number(d.args[0].text);
    if (maxTtl <= 0) throw setupErr(input, `cache TTL can not be zero or negative: ${maxTtl}`);
    zoneArgs = d.args.slice(1);
  }
  const zones = zonesFrom(zoneArgs, input.blockZones);
  const success: KindConf = { cap: 9984, maxTtl: maxTtl ?? 3600, minTtl: 5, disabled: null };
  const denial: KindConf = { cap: 9984, maxTtl: maxTtl ?? 1800, minTtl: 5, disabled: null };
  for (const sub of d.block ?? []) {
    const a = sub.args.map((x) => x.text);
    switch (sub.name) {
      case 'success':
      case 'denial': {
        const k = sub.name === 'success' ? success : denial;
        if (a.length === 0 || a.length > 3)
          throw argErr(input, { text: sub.name, line: sub.line, quoted: false });
        k.cap = num(input, a[0], sub.line);
        if (a[1] !== undefined) k.maxTtl = num(input, a[1], sub.line);
        if (a[2] !== undefined) k.minTtl = num(input, a[2], sub.line);
        break;
      }
      case 'disable': {
        if (a[0] !== 'success' && a[0] !== 'denial')
          throw setupErr(input, `cache type for disable must be "success" or "denial"`, sub.line);
        const k = a[0] === 'success' ? success : denial;
        k.disabled = zonesFrom(sub.args.slice(1), zones);
        break;
      }
      case 'prefetch':
      case 'serve_stale':
      case 'servfail':
      case 'keepttl':
        break;
      default:
        throw setupErr(input, `unknown property '${sub.name}'`, sub.line);
    }
  }
  return {
    name: 'cache',
    serve(ctx, q, next) {
      const question = q.question[0];
      if (!question || !matchZone(zones, question.name)) return next(ctx, q);
      const items = cacheOf(ctx.world, ctx.serverKey);
      const key = `${nameKey(question.name)}/${question.qtype}/${question.qclass}/${q.edns?.do ? 1 : 0}`;
      const now = ctx.world.clock.now;
      const hit = items.get(key);
      if (hit) {
        const left = hit.ttl - Math.floor((now - hit.storedAt) / 1000);
        if (left > 0) return fromCache(hit.msg, q.id, left, question.name);
        items.delete(key);
      }
      const res = next(ctx, q);
      const denied = res.rcode === 'NXDOMAIN' || (res.rcode === 'NOERROR' && res.answer.length === 0);
      if (res.tc || (res.rcode !== 'NOERROR' && res.rcode !== 'NXDOMAIN')) return res;
      const conf = denied ? denial : success;
      if (conf.disabled && matchZone(conf.disabled, question.name)) return res;
      const ttl = itemTtl(res, denied, conf);
      if (ttl > 0 && items.size < Math.min(MAX_ITEMS, conf.cap * 2))
        items.set(key, { msg: res, storedAt: now, ttl });
      return res;
    },
  };
}

function cacheOf(world: World, key: string): Map<string, Item> {
  return serverState(world, `${key}#cache`, () => new Map<string, Item>());
}

function itemTtl(m: DnsMessage, denied: boolean, c: KindConf): number {
  let ttl: number;
  if (denied) {
    const soa = m.authority.find((r) => r.data.type === 'SOA');
    if (soa?.data.type !== 'SOA') return 0;
    ttl = Math.min(soa.ttl, soa.data.minimum);
  } else {
    const all = [...m.answer, ...m.authority];
    ttl = all.length ? Math.min(...all.map((r) => r.ttl)) : c.maxTtl;
  }
  return Math.max(c.minTtl, Math.min(c.maxTtl, ttl));
}

function fromCache(m: DnsMessage, id: number, ttl: number, qname: string): DnsMessage {
  const fix = (rs: RR[]) => rs.map((r) => ({ ...r, ttl }));
  return {
    ...m,
    id,
    question: m.question.map((x) => ({ ...x, name: qname })),
    answer: fix(m.answer),
    authority: fix(m.authority),
    additional: fix(m.additional),
  };
}
