/**
 * The `dns` NSS module: host lookups through res_nsearch with the
 * resolv.conf the process sees, reading addresses, the canonical name and
 * aliases out of the answers (CNAME chains followed as getanswer_r does),
 * and PTR lookups for reverse resolution.
 */
import type { IPv6 } from '../../model/inet.js';
import { absolute, bareName, type DnsMessage, nameKey, QT } from '../dns/message.js';
import { reverseName4, reverseName6 } from '../dns/reverse.js';
import { type HErrno, resQuery, resSearch } from './res-search.js';
import type { ResEnv } from './res-send.js';

export interface HostEnt {
  name: string;
  aliases: string[];
  v4: number[];
  v6: IPv6[];
}

export type DnsHostResult = { ok: true; host: HostEnt } | { ok: false; herrno: HErrno; tried: string[] };

/** Follow the CNAME chain of `qname` in the answer section; collect addresses of the final name. */
export function readAnswer(msg: DnsMessage, qname: string, into: HostEnt): void {
  let name = nameKey(qname);
  const seen = new Set<string>();
  for (let i = 0; i < 32; i++) {
    const c = msg.answer.find((r) => nameKey(r.name) === name && r.data.type === 'CNAME');
    if (c?.data.type !== 'CNAME' || seen.has(name)) break;
    seen.add(name);
    const alias = bareName(c.name);
    if (!into.aliases.includes(alias)) into.aliases.push(alias);
    name = nameKey(c.data.target);
  }
  for (const r of msg.answer) {
    if (nameKey(r.name) !== name) continue;
    if (r.data.type === 'A') {
      if (!into.v4.includes(r.data.addr)) into.v4.push(r.data.addr);
      into.name = bareName(r.name);
    } else if (r.data.type === 'AAAA') {
      into.v6.push(r.data.addr);
      into.name = bareName(r.name);
    }
  }
}

/** gethostbyname2 / gethostbyname4 through DNS: family 4, 6 or 0 (both, sent in parallel). */
export function dnsHostLookup(env: ResEnv, name: string, family: 0 | 4 | 6): DnsHostResult {
  const qtypes = family === 4 ? [QT.A] : family === 6 ? [QT.AAAA] : [QT.A, QT.AAAA];
  const r = resSearch(env, name, qtypes);
  if (!r.ok) return { ok: false, herrno: r.herrno, tried: r.tried };
  const host: HostEnt = { name: bareName(r.name), aliases: [], v4: [], v6: [] };
  for (const m of r.msgs) readAnswer(m, r.name, host);
  if (host.v4.length === 0 && host.v6.length === 0) return { ok: false, herrno: 'NO_DATA', tried: r.tried };
  // the query name itself is an alias when a CNAME led elsewhere
  host.aliases = host.aliases.filter((a) => nameKey(a) !== nameKey(host.name));
  return { ok: true, host };
}

/** PTR lookup (no search list): the first name, or null. */
export function dnsReverse(
  env: ResEnv,
  addr: { family: 4; v4: number } | { family: 6; v6: IPv6 },
): string | null {
  const q = addr.family === 4 ? reverseName4(addr.v4) : reverseName6(addr.v6);
  const r = resQuery(env, absolute(q), [QT.PTR]);
  if (!r.ok) return null;
  for (const m of r.msgs)
    for (const a of m.answer)
      if (a.data.type === 'PTR' && nameKey(a.name) === nameKey(q)) return bareName(a.data.target);
  return null;
}
