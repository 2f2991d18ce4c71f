/**
 * The golden LAN's DNS server: dnsmasq 2.90 run with --no-resolv --local=/#/
 * and local data only. Answers mirror answer_request(): CNAME chase, TXT,
 * PTR (--ptr-record, then hosts addresses), A/AAAA from the hosts file (with
 * its round-robin: every lookup moves all but the first match in front of
 * it), MX and SRV (SRV rotates too) with their targets' addresses in
 * ADDITIONAL. Local data is authoritative; anything else gets NODATA when a
 * configured name lies at or below it, else NXDOMAIN, both without `aa`.
 */
import { type DnsmasqData, type HostEntry, type MxSrv, parseDnsmasqRecords } from './dnsmasq-config.js';
import { absolute, type DnsMessage, type DnsQuery, nameKey, QT, type RR, replyTo, rr } from './message.js';
import { arpaToAddr } from './reverse.js';
import { wireSize } from './wire-size.js';

export interface DnsmasqConfig {
  ttl?: number;
  records?: string[];
}

interface DnsmasqState {
  /** Host entry order per name key (the hash chain). */
  chains: Map<string, number[]>;
  mxnames: MxSrv[];
  log: string[];
}

const parsed = new WeakMap<object, DnsmasqData>();

export function dnsmasqData(config: DnsmasqConfig): DnsmasqData {
  let d = parsed.get(config);
  if (!d) {
    d = parseDnsmasqRecords(config.records ?? [], config.ttl ?? 0);
    parsed.set(config, d);
  }
  return d;
}

export function newDnsmasqState(d: DnsmasqData): DnsmasqState {
  const s: DnsmasqState = { chains: new Map(), mxnames: [...d.mxnames], log: [] };
  for (const [k, idx] of d.byName) {
    s.chains.set(k, []);
    for (const i of idx) addHostsEntry(d, s, k, i);
  }
  return s;
}

/**
 * add_hosts_entry + cache_hash while the hosts file is read: the duplicate
 * check is a cache_find_by_name that rotates the entries already there (so
 * a third address of a name lands after a rotated pair), a repeated address
 * is dropped, and the new entry goes after the others of its kind
 * (F_REVERSE entries first in the chain).
 */
function addHostsEntry(d: DnsmasqData, s: DnsmasqState, key: string, i: number): void {
  const h = d.hosts[i] as HostEntry;
  const same = findByName(d, s, h.name, [h.family], true);
  const dup = same.some((o) =>
    h.family === 4 ? o.v4 === h.v4 : !!o.v6 && !!h.v6 && o.v6.every((b, j) => b === h.v6?.[j]),
  );
  if (dup) return;
  const chain = s.chains.get(key) as number[];
  let at = 0;
  if (!h.reverse) while (at < chain.length && d.hosts[chain[at] as number]?.reverse) at++;
  while (at < chain.length && d.hosts[chain[at] as number]?.reverse === h.reverse) at++;
  chain.splice(at, 0, i);
}

function cloneState(s: DnsmasqState): DnsmasqState {
  return { chains: new Map([...s.chains].map(([k, v]) => [k, [...v]])), mxnames: [...s.mxnames], log: s.log };
}

/** cache_find_by_name: the matching entries in chain order; the others of the same kind move up. */
function findByName(
  d: DnsmasqData,
  s: DnsmasqState,
  name: string,
  fams: ReadonlyArray<4 | 6>,
  rotate: boolean,
) {
  const chain = s.chains.get(nameKey(name));
  if (!chain) return [];
  const matched = chain.filter((i) => fams.includes(d.hosts[i]?.family as 4 | 6));
  const out = matched.map((i) => d.hosts[i] as HostEntry);
  if (rotate && matched.length > 1) {
    const firstRev = d.hosts[matched[0] as number]?.reverse;
    const movers = matched.slice(1).filter((i) => d.hosts[i]?.reverse === firstRev);
    const rest = chain.filter((i) => !movers.includes(i));
    const at = rest.indexOf(matched[0] as number);
    rest.splice(at, 0, ...movers);
    s.chains.set(nameKey(name), rest);
  }
  return out;
}

function hostRR(owner: string, h: HostEntry, ttl: number): RR {
  return rr(
    owner,
    ttl,
    h.family === 4 ? { type: 'A', addr: h.v4 as number } : { type: 'AAAA', addr: h.v6 as Uint8Array },
  );
}

/** check_for_local_domain: some configured name equals `name` or lies below it. */
function isLocalDomain(d: DnsmasqData, name: string): boolean {
  const k = nameKey(name);
  return k !== '.' && d.localNames.has(k);
}

/** Answer one query. `persist` is false for TCP: dnsmasq answers those in a forked child. */
export function dnsmasqAnswer(
  d: DnsmasqData,
  state: DnsmasqState,
  q: DnsQuery,
  persist: boolean,
): DnsMessage {
  const s = persist ? state : cloneState(state);
  const res = replyTo(q);
  res.ra = true;
  if (q.edns) res.edns = { udp: 1232, version: 0, do: false };
  const question = q.question[0];
  if (q.opcode !== 0 || !question) {
    res.rcode = q.opcode !== 0 ? 'NOTIMP' : 'FORMERR';
    return finish(res);
  }
  const qtype = question.qtype;
  const any = qtype === QT.ANY;
  let name = question.name;
  let ans = false;
  const answer: RR[] = [];
  const answered = new Set<MxSrv>();
  if (question.qclass === 1) {
    const visited = new Set<string>();
    for (
      let target = d.cnames.get(nameKey(name));
      target !== undefined;
      target = d.cnames.get(nameKey(name))
    ) {
      if (visited.has(nameKey(name)) || visited.size > 64) {
        res.rcode = 'SERVFAIL';
        return finish(res);
      }
      visited.add(nameKey(name));
      ans = true;
      answer.push(rr(name, d.ttl, { type: 'CNAME', target }));
      if (qtype === QT.CNAME) break;
      name = target;
    }
    if (qtype !== QT.CNAME || !ans) {
      if (qtype === QT.TXT || any)
        for (const t of d.txt)
          if (nameKey(t.name) === nameKey(name)) {
            ans = true;
            answer.push(rr(name, d.ttl, { type: 'TXT', strings: t.strings }));
          }
      if (qtype === QT.PTR || any) ans = answerPtr(d, name, answer) || ans;
      for (const fam of [4, 6] as const) {
        if (qtype !== (fam === 4 ? QT.A : QT.AAAA) && !any) continue;
        for (const h of findByName(d, s, name, [fam], true)) {
          ans = true;
          answer.push(hostRR(name, h, d.ttl));
        }
      }
      if (qtype === QT.MX || any)
        for (const m of s.mxnames)
          if (m.kind === 'mx' && nameKey(m.name) === nameKey(name)) {
            ans = true;
            answered.add(m);
            answer.push(rr(name, d.ttl, { type: 'MX', pref: m.pref, exchange: m.target }));
          }
      if (qtype === QT.SRV || any) ans = answerSrv(d, s, name, answer, answered) || ans;
    }
  }
  if (!ans) {
    res.rcode = isLocalDomain(d, question.name) ? 'NOERROR' : 'NXDOMAIN';
    return finish(res);
  }
  res.aa = true;
  res.answer = answer;
  res.additional = additional(d, s, answered);
  return finish(res);
}

function answerPtr(d: DnsmasqData, name: string, answer: RR[]): boolean {
  const own = d.ptr.filter((p) => nameKey(p.name) === nameKey(name));
  if (own.length) {
    for (const p of own) answer.push(rr(name, d.ttl, { type: 'PTR', target: p.target }));
    return true;
  }
  const a = arpaToAddr(name);
  if (!a) return false;
  let hit = false;
  for (const h of d.hosts) {
    if (!h.reverse || h.family !== a.family) continue;
    const same =
      a.family === 4 ? h.v4 === a.addr : (h.v6 as Uint8Array).every((b, i) => b === (a.addr[i] as number));
    if (!same) continue;
    hit = true;
    answer.push(rr(name, d.ttl, { type: 'PTR', target: absolute(h.name) }));
  }
  return hit;
}

function answerSrv(
  d: DnsmasqData,
  s: DnsmasqState,
  name: string,
  answer: RR[],
  answered: Set<MxSrv>,
): boolean {
  let first: MxSrv | null = null;
  for (const m of s.mxnames) {
    if (m.kind !== 'srv' || nameKey(m.name) !== nameKey(name)) continue;
    answered.add(m);
    answer.push(
      rr(name, d.ttl, {
        type: 'SRV',
        priority: m.priority,
        weight: m.weight,
        port: m.port,
        target: m.target,
      }),
    );
    first ??= m;
  }
  if (!first) return false;
  // the first SRV record found goes to the end of the list: SRV round-robin
  s.mxnames = [...s.mxnames.filter((m) => m !== first), first];
  return true;
}

function additional(d: DnsmasqData, s: DnsmasqState, answered: Set<MxSrv>): RR[] {
  const out: RR[] = [];
  const done = new Set<string>();
  for (const m of s.mxnames) {
    if (!answered.has(m) || done.has(nameKey(m.target))) continue;
    done.add(nameKey(m.target));
    for (const h of findByName(d, s, m.target, [4, 6], true)) out.push(hostRR(m.target, h, d.ttl));
  }
  return out;
}

function finish(res: DnsMessage): DnsMessage {
  res.size = wireSize(res, 'dnsmasq');
  return res;
}
