/**
 * dig's other ways of printing: zone transfers (AXFR, `host -l`), +trace's
 * per-step "Received" lines, +identify without +short, and +qr (the query
 * as sent).
 */
import { type DnsMessage, type Edns, newQuery } from '../../engines/dns/message.js';
import { wireSize } from '../../engines/dns/wire-size.js';
import { type DigServer, sockText } from './bind-query.js';
import { questionLine, recordLine } from './dig-print.js';

/** ";; Received N bytes from 10.0.0.1#53(10.0.0.1) in 0 ms" and a blank line. */
export function receivedLine(m: DnsMessage, s: DigServer, ms: number): string {
  return `;; Received ${m.size ?? 0} bytes from ${sockText(s)}(${s.userarg}) in ${Math.round(ms)} ms\n\n`;
}

/** An AXFR answer: the records when the server sent a zone (SOA first), else "; Transfer failed.". */
export function axfrText(m: DnsMessage, s: DigServer, ms: number, when: string, stats: boolean): string {
  if (m.rcode !== 'NOERROR' || m.answer[0]?.data.type !== 'SOA') return '; Transfer failed.\n';
  let out = m.answer.map((r) => `${recordLine(r)}\n`).join('');
  if (stats)
    out +=
      `;; Query time: ${Math.round(ms)} msec\n;; SERVER: ${sockText(s)}(${s.userarg}) (TCP)\n;; WHEN: ${when}\n` +
      `;; XFR size: ${m.answer.length} records (messages 1, bytes ${m.size ?? 0})\n\n`;
  return out;
}

/** +qr: the query dig is about to send (recursion desired and AD set, its cookie, its size). */
export function sendingText(
  qname: string,
  qtype: number,
  qclass: number,
  rd: boolean,
  edns: Edns | undefined,
): string {
  const q = newQuery(qname, qtype, { id: 0, rd, ad: true, ...(edns ? { edns } : {}) });
  const flags = [rd ? 'rd' : '', 'ad'].filter(Boolean).join(' ');
  let s = ';; Sending:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 0\n';
  s += `;; flags: ${flags}; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: ${edns ? 1 : 0}\n\n`;
  if (edns) {
    s += `;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: ${edns.udp}\n`;
    if (edns.cookie) s += `; COOKIE: ${edns.cookie.client}\n`;
  }
  s += `;; QUESTION SECTION:\n${questionLine(q.question[0]?.name ?? qname, qtype, qclass)}\n\n`;
  s += `;; QUERY SIZE: ${wireSize(q, 'none')}\n\n`;
  return s;
}
