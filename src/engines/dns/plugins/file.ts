/**
 * The `file` plugin: an authoritative zone from an RFC 1035 zone file.
 * Positive answers carry the zone's NS records in AUTHORITY and in-zone
 * addresses of MX/SRV/NS targets in ADDITIONAL; NXDOMAIN and NODATA carry the
 * SOA; CNAMEs are chased inside the zone and, for names outside it, through
 * the server itself (CoreDNS's upstream lookup).
 */
import {
  type DnsMessage,
  type DnsQuery,
  nameKey,
  newQuery,
  QT,
  type RR,
  rdataCode,
  replyTo,
} from '../message.js';
import {
  argErr,
  matchZone,
  type Plugin,
  plainError,
  type ServeContext,
  type SetupInput,
  zonesFrom,
} from '../plugin.js';
import { parseZoneFile, Zone, ZoneFileError } from '../zone-file.js';

const MAX_CHAIN = 8;

export function setupFile(input: SetupInput): Plugin {
  const d = input.directive;
  const path = d.args[0]?.text;
  if (!path) throw argErr(input, undefined);
  const zones = zonesFrom(d.args.slice(1), input.blockZones);
  const cache = new Map<string, { text: string; zone: Zone | null; error: string | null }>();
  const load = (ctx: ServeContext, origin: string): Zone | null => {
    const text = ctx.readFile(path.startsWith('/') ? path : `/etc/coredns/${path}`) ?? '';
    const hit = cache.get(origin);
    if (hit && hit.text === text) return hit.zone;
    let zone: Zone | null = null;
    let error: string | null = null;
    try {
      zone = new Zone(origin, parseZoneFile(text, origin));
    } catch (e) {
      error = e instanceof ZoneFileError ? e.message : String(e);
      ctx.log(`[ERROR] plugin/file: Failed to parse "${origin}": ${error}`);
    }
    cache.set(origin, { text, zone, error });
    return zone;
  };
  if (d.block?.some((s) => !['reload', 'upstream'].includes(s.name)))
    throw plainError(
      input,
      `unknown property '${d.block?.find((s) => !['reload', 'upstream'].includes(s.name))?.name}'`,
    );
  return {
    name: 'file',
    serve(ctx, q, next) {
      const question = q.question[0];
      if (!question) return next(ctx, q);
      const origin = matchZone(zones, question.name);
      if (!origin) return next(ctx, q);
      const zone = load(ctx, origin);
      if (!zone?.soa()) {
        const res = replyTo(q, 'SERVFAIL');
        ctx.errors.push(`plugin/file: zone "${origin}" not loaded`);
        return res;
      }
      return answerFromZone(ctx, zone, q);
    },
  };
}

function additionalFor(zone: Zone, rrs: readonly RR[]): RR[] {
  const out: RR[] = [];
  for (const r of rrs) {
    const target =
      r.data.type === 'MX'
        ? r.data.exchange
        : r.data.type === 'SRV' || r.data.type === 'NS'
          ? r.data.target
          : null;
    if (!target) continue;
    for (const a of zone.get(target)) if (a.data.type === 'A' || a.data.type === 'AAAA') out.push(a);
  }
  return out;
}

export function answerFromZone(ctx: ServeContext, zone: Zone, q: DnsQuery): DnsMessage {
  const question = q.question[0] as DnsQuery['question'][number];
  const res = replyTo(q);
  res.aa = true;
  const soa = zone.soa() as RR;
  const nsRecords = zone.get(zone.origin).filter((r) => r.data.type === 'NS');
  let name = question.name;
  const seen = new Set<string>();
  for (let step = 0; step < MAX_CHAIN; step++) {
    if (seen.has(nameKey(name))) {
      res.rcode = 'SERVFAIL';
      res.answer = [];
      return res;
    }
    seen.add(nameKey(name));
    let here = zone.get(name);
    if (here.length === 0) here = zone.wildcard(name).map((r) => ({ ...r, name }));
    if (here.length === 0) {
      if (step === 0 && !zone.hasChildren(name)) res.rcode = 'NXDOMAIN';
      else if (step > 0 && !zone.hasChildren(name)) res.rcode = 'NXDOMAIN';
      res.authority = [soa];
      return res;
    }
    const want = question.qtype === QT.ANY ? here : here.filter((r) => rdataCode(r.data) === question.qtype);
    if (want.length) {
      const owned = want.map((r) => ({ ...r, name: step === 0 ? question.name : r.name }));
      res.answer.push(...owned);
      if (question.qtype !== QT.NS || nameKey(name) !== zone.origin) res.authority = nsRecords;
      res.additional = additionalFor(zone, [...owned, ...res.authority]);
      return res;
    }
    const cname = here.find((r) => r.data.type === 'CNAME');
    if (cname?.data.type !== 'CNAME') {
      res.authority = [soa];
      return res;
    }
    res.answer.push(step === 0 ? { ...cname, name: question.name } : cname);
    const target = cname.data.target;
    if (matchZone([zone.origin], target) === null) {
      if (ctx.depth < MAX_CHAIN) {
        const up = ctx.lookup(newQuery(target, question.qtype, { rd: true }));
        res.answer.push(...up.answer);
      }
      return res;
    }
    name = target;
  }
  res.rcode = 'SERVFAIL';
  return res;
}
