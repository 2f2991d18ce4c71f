/**
 * dig's rendering of a response (BIND 9.18 dig.c / masterdump.c): the
 * header and flags, OPT pseudo-section, sections grouped by owner name and
 * rdataset, records laid out on dig's tab stops (TTL 24, class 32, type 40,
 * rdata 48), and the statistics footer.
 */
import {
  className,
  type DnsMessage,
  type Edns,
  headerFlags,
  type RR,
  rdataCode,
  typeName,
} from '../../engines/dns/message.js';
import { rdataText } from '../../engines/dns/rdata-text.js';

/** masterdump.c indent(): tabs to the column, at least one space when already past it. */
export function indentTo(cur: number, col: number): { text: string; col: number } {
  let to = col;
  if (to < cur + 1) to = cur + 1;
  const ntabs = Math.floor(to / 8) - Math.floor(cur / 8);
  let text = '';
  let from = cur;
  if (ntabs > 0) {
    text += '\t'.repeat(ntabs);
    from = Math.floor(to / 8) * 8;
  }
  text += ' '.repeat(to - from);
  return { text, col: to };
}

function cols(fields: Array<[string, number | null]>): string {
  let out = '';
  let col = 0;
  for (const [f, at] of fields) {
    if (at !== null) {
      const t = indentTo(col, at);
      out += t.text;
      col = t.col;
    }
    out += f;
    col += f.length;
  }
  return out;
}

/** Columns and omitted fields of dig's master-file style. */
export interface RecordStyle {
  ttl: boolean;
  cls: boolean;
  multiline: boolean;
}

export const DEFAULT_STYLE: RecordStyle = { ttl: true, cls: true, multiline: false };

function columns(st: RecordStyle): [number, number, number, number] {
  if (st.multiline || (!st.ttl && !st.cls)) return [24, 24, 24, 32];
  if (!st.ttl || !st.cls) return [24, 24, 32, 40];
  return [24, 32, 40, 48];
}

/** dns_ttl_totext(verbose): "2 hours", "1 day", "30 seconds". */
function ttlWords(v: number): string {
  const parts: string[] = [];
  const units: Array<[number, string]> = [
    [604800, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  let rest = v;
  for (const [n, w] of units) {
    const k = Math.floor(rest / n);
    rest -= k * n;
    if (k) parts.push(`${k} ${w}${k === 1 ? '' : 's'}`);
  }
  return parts.length ? parts.join(' ') : '0 seconds';
}

function multilineRdata(r: RR): string {
  const d = r.data;
  if (d.type !== 'SOA') return rdataText(d);
  const row = (v: number, what: string, words: boolean) =>
    `\n\t\t\t\t${String(v).padEnd(10)} ; ${what}${words ? ` (${ttlWords(v)})` : ''}`;
  return (
    `${d.mname} ${d.rname} (` +
    row(d.serial, 'serial', false) +
    row(d.refresh, 'refresh', true) +
    row(d.retry, 'retry', true) +
    row(d.expire, 'expire', true) +
    row(d.minimum, 'minimum', true) +
    '\n\t\t\t\t)'
  );
}

export function recordLine(r: RR, st: RecordStyle = DEFAULT_STYLE): string {
  const [ttlCol, classCol, typeCol, dataCol] = columns(st);
  const f: Array<[string, number | null]> = [[r.name, null]];
  if (st.ttl) f.push([String(r.ttl), ttlCol]);
  if (st.cls) f.push([r.cls, classCol]);
  f.push([typeName(rdataCode(r.data)), typeCol]);
  f.push([st.multiline ? multilineRdata(r) : rdataText(r.data), dataCol]);
  return cols(f);
}

export function questionLine(
  name: string,
  qtype: number,
  qclass: number,
  st: RecordStyle = DEFAULT_STYLE,
): string {
  const [, classCol, typeCol] = columns(st);
  // the ';' goes in front after the layout: it does not count for the columns
  return `;${cols([
    [name, null],
    [className(qclass), classCol],
    [typeName(qtype), typeCol],
  ])}`;
}

/** Records in the order a dns_message lists them: by owner name, then rdataset. */
export function grouped(rrs: readonly RR[]): RR[] {
  const names: string[] = [];
  const sets = new Map<string, Map<string, RR[]>>();
  for (const r of rrs) {
    const n = r.name.toLowerCase();
    let byType = sets.get(n);
    if (!byType) {
      byType = new Map();
      sets.set(n, byType);
      names.push(n);
    }
    const key = `${rdataCode(r.data)}/${r.cls}`;
    const list = byType.get(key) ?? [];
    list.push(r);
    byType.set(key, list);
  }
  const out: RR[] = [];
  for (const n of names) for (const list of (sets.get(n) as Map<string, RR[]>).values()) out.push(...list);
  return out;
}

export interface DigDisplay {
  comments: boolean;
  question: boolean;
  answer: boolean;
  authority: boolean;
  additional: boolean;
  stats: boolean;
  short: boolean;
  identify: boolean;
  style: RecordStyle;
}

export function flagsLine(m: DnsMessage): string {
  const add = m.additional.length + (m.edns ? 1 : 0);
  return `;; flags: ${headerFlags(m).join(' ')}; QUERY: ${m.question.length}, ANSWER: ${m.answer.length}, AUTHORITY: ${m.authority.length}, ADDITIONAL: ${add}\n`;
}

function optSection(e: Edns, sent: Edns | undefined): string {
  let s = `;; OPT PSEUDOSECTION:\n; EDNS: version: ${e.version}, flags:${e.do ? ' do' : ''}; udp: ${e.udp}\n`;
  if (e.cookie) {
    const echoed = !e.cookie.server && sent?.cookie?.client === e.cookie.client;
    s += `; COOKIE: ${e.cookie.client}${e.cookie.server ?? ''} (${echoed ? 'echoed' : 'good'})\n`;
  }
  return s;
}

/** The body dig prints for one response (everything between the banner and the stats). */
export function renderResponse(m: DnsMessage, d: DigDisplay, sentEdns: Edns | undefined): string {
  if (d.short)
    return grouped(m.answer)
      .map((r) => `${rdataText(r.data)}\n`)
      .join('');
  let s = '';
  if (d.comments) {
    s += ';; Got answer:\n';
    const q = m.question[0];
    if (q && /(^|\.)local\.?$/i.test(q.name))
      s +=
        ';; WARNING: .local is reserved for Multicast DNS\n;; You are currently testing what happens when an mDNS query is leaked to DNS\n';
    s += `;; ->>HEADER<<- opcode: QUERY, status: ${m.rcode}, id: ${m.id}\n`;
    s += flagsLine(m);
    if (m.rd && !m.ra) s += ';; WARNING: recursion requested but not available\n';
    s += '\n';
    if (m.edns) s += optSection(m.edns, sentEdns);
  }
  const section = (title: string, rrs: string[]) => {
    if (rrs.length === 0) return;
    if (d.comments) s += `;; ${title} SECTION:\n`;
    s += rrs.join('');
    if (d.comments) s += '\n';
  };
  if (d.question)
    section(
      'QUESTION',
      m.question.map((q) => `${questionLine(q.name, q.qtype, q.qclass)}\n`),
    );
  if (d.answer)
    section(
      'ANSWER',
      grouped(m.answer).map((r) => `${recordLine(r, d.style)}\n`),
    );
  if (d.authority)
    section(
      'AUTHORITY',
      grouped(m.authority).map((r) => `${recordLine(r, d.style)}\n`),
    );
  if (d.additional)
    section(
      'ADDITIONAL',
      grouped(m.additional).map((r) => `${recordLine(r, d.style)}\n`),
    );
  return s;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** strftime("%a %b %d %H:%M:%S %Z %Y") in UTC. */
export function whenText(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}
