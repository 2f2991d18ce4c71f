/**
 * The data of the golden LAN's dnsmasq, from `# dns-record:` lines exactly as
 * capture.py translates them: A/AAAA lines go to an addn-hosts file, the
 * others become --cname, --srv-host, --txt-record, --mx-host, --ptr-record.
 * dnsmasq prepends TXT/PTR/MX/SRV options to its lists, so they answer in
 * reverse order of the command line.
 */
import { type IPv6, parseIPv4, parseIPv6 } from '../../model/inet.js';
import { absolute, nameKey } from './message.js';

export interface HostEntry {
  name: string;
  family: 4 | 6;
  v4?: number;
  v6?: IPv6;
  /** First name given for this address: answers PTR queries. */
  reverse: boolean;
}

export type MxSrv =
  | { kind: 'mx'; name: string; target: string; pref: number }
  | { kind: 'srv'; name: string; target: string; port: number; priority: number; weight: number };

export interface DnsmasqData {
  ttl: number;
  hosts: HostEntry[];
  /** alias key -> target name. */
  cnames: Map<string, string>;
  txt: Array<{ name: string; strings: string[] }>;
  ptr: Array<{ name: string; target: string }>;
  /** daemon->mxnames, in list order (newest option first). */
  mxnames: MxSrv[];
  /** Host entries by name key, in file order (indexes into hosts). */
  byName: Map<string, number[]>;
  /** Every configured name and each of its ancestors (check_for_local_domain in one lookup). */
  localNames: Set<string>;
}

const MAX_RECORDS = 20000;

function num(s: string | undefined, dflt: number): number {
  if (s === undefined || !/^\d+$/.test(s)) return dflt;
  return Math.min(65535, Number(s));
}

export function parseDnsmasqRecords(records: readonly string[], ttl: number): DnsmasqData {
  const d: DnsmasqData = {
    ttl,
    hosts: [],
    cnames: new Map(),
    txt: [],
    ptr: [],
    mxnames: [],
    byName: new Map(),
    localNames: new Set(),
  };
  const seen4 = new Set<number>();
  const seen6 = new Set<string>();
  for (const rec of records.slice(0, MAX_RECORDS)) {
    const parts = rec.trim().split(/\s+/);
    const typ = (parts[0] ?? '').toUpperCase();
    if (typ === 'A' || typ === 'AAAA') {
      const name = parts[1];
      const ip = parts[2];
      if (!name || !ip) continue;
      const v4 = parseIPv4(ip);
      const v6 = v4 === null ? parseIPv6(ip) : null;
      if (v4 !== null) {
        d.hosts.push({ name, family: 4, v4, reverse: !seen4.has(v4) });
        seen4.add(v4);
      } else if (v6) {
        const k = Array.from(v6).join(',');
        d.hosts.push({ name, family: 6, v6, reverse: !seen6.has(k) });
        seen6.add(k);
      } else continue;
      const key = nameKey(name);
      const list = d.byName.get(key) ?? [];
      list.push(d.hosts.length - 1);
      d.byName.set(key, list);
    } else if (typ === 'CNAME' && parts[1] && parts[2]) {
      d.cnames.set(nameKey(parts[1]), absolute(parts[2]));
    } else if (typ === 'SRV' && parts[1] && parts[2]) {
      d.mxnames.unshift({
        kind: 'srv',
        name: parts[1],
        target: absolute(parts[2]),
        port: num(parts[3], 0),
        priority: num(parts[4], 0),
        weight: num(parts[5], 0),
      });
    } else if (typ === 'TXT' && parts[1]) {
      let text = rec.trim().split(/\s+/).slice(2).join(' ');
      const m = /^\S+\s+\S+\s+(.*)$/.exec(rec.trim());
      if (m) text = m[1] as string;
      if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
      d.txt.unshift({ name: parts[1], strings: text.split(',') });
    } else if (typ === 'MX' && parts[1] && parts[2]) {
      d.mxnames.unshift({ kind: 'mx', name: parts[1], target: absolute(parts[2]), pref: num(parts[3], 1) });
    } else if (typ === 'PTR' && parts[1] && parts[2]) {
      d.ptr.unshift({ name: parts[1], target: absolute(parts[2]) });
    }
  }
  const names = [
    ...d.hosts.map((h) => h.name),
    ...d.cnames.keys(),
    ...d.txt.map((t) => t.name),
    ...d.ptr.map((p) => p.name),
    ...d.mxnames.map((m) => m.name),
  ];
  for (const n of names) {
    const labels = nameKey(n)
      .split('.')
      .filter((l) => l !== '');
    for (let i = 0; i < labels.length; i++) d.localNames.add(`${labels.slice(i).join('.')}.`);
  }
  return d;
}
