/** How BIND 9.18's nslookup prints a response (printsection / printsoa / printrdata). */
import {
  bareName,
  className,
  type DnsMessage,
  nameKey,
  type RR,
  rdataCode,
  typeName,
} from '../../engines/dns/message.js';
import { rdataText } from '../../engines/dns/rdata-text.js';
import { grouped } from './dig-print.js';

const RTYPE_TEXT: readonly string[] = [
  'rtype_0 = ',
  'internet address = ',
  'nameserver = ',
  'md = ',
  'mf = ',
  'canonical name = ',
  'soa = ',
  'mb = ',
  'mg = ',
  'mr = ',
  'rtype_10 = ',
  'protocol = ',
  'name = ',
  'hinfo = ',
  'minfo = ',
  'mail exchanger = ',
  'text = ',
  'rp = ',
  'afsdb = ',
  'x25 address = ',
  'isdn address = ',
  'rt = ',
  'nsap = ',
  'nsap_ptr = ',
  'signature = ',
  'key = ',
  'px = ',
  'gpos = ',
  'has AAAA address ',
  'loc = ',
  'next = ',
  'rtype_31 = ',
  'rtype_32 = ',
  'service = ',
  'rtype_34 = ',
  'naptr = ',
  'kx = ',
  'cert = ',
  'v6 address = ',
  'dname = ',
  'rtype_40 = ',
  'optional = ',
];

function rdataLine(r: RR): string {
  const code = rdataCode(r.data);
  return `${RTYPE_TEXT[code] ?? `rdata_${code} = `}${rdataText(r.data)}\n`;
}

function soaBlock(r: RR): string {
  const d = r.data;
  if (d.type !== 'SOA') return '';
  return (
    `${bareName(r.name)}\n\torigin = ${bareName(d.mname)}\n\tmail addr = ${bareName(d.rname)}\n\tserial = ${d.serial}\n` +
    `\trefresh = ${d.refresh}\n\tretry = ${d.retry}\n\texpire = ${d.expire}\n\tminimum = ${d.minimum}\n`
  );
}

/** printsection(): A/AAAA as Name/Address in the answer section, SOA as a block, the rest as "name\ttext". */
export function nslookupSection(rrs: readonly RR[], answer: boolean): string {
  let s = '';
  for (const r of grouped(rrs)) {
    if ((r.data.type === 'A' || r.data.type === 'AAAA') && answer)
      s += `Name:\t${bareName(r.name)}\nAddress: ${rdataText(r.data)}\n`;
    else if (r.data.type === 'SOA') s += soaBlock(r);
    else s += `${bareName(r.name)}\t${rdataLine(r)}`;
  }
  return s;
}

/** chase_cnamechain(): the name the CNAMEs in the answer lead to. */
export function chaseCname(m: DnsMessage, qname: string): string {
  let name = qname;
  for (let i = 0; i < m.answer.length; i++) {
    const c = m.answer.find((r) => nameKey(r.name) === nameKey(name) && r.data.type === 'CNAME');
    if (c?.data.type !== 'CNAME') break;
    name = c.data.target;
  }
  return name;
}

/** detailsection() of `nslookup -debug`: every section, each record with its ttl. */
export function nslookupDetails(m: DnsMessage): string {
  let s = '------------\n    QUESTIONS:\n';
  for (const q of m.question)
    s += `\t${bareName(q.name)}, type = ${typeName(q.qtype)}, class = ${className(q.qclass)}\n`;
  const recs = (title: string, rrs: readonly RR[]) => {
    s += `    ${title}:\n`;
    for (const r of grouped(rrs)) {
      s += `    ->  ${bareName(r.name)}\n`;
      if (r.data.type === 'SOA') s += soaBlock(r).split('\n').slice(1).join('\n');
      else s += `\t${rdataLine(r)}`;
      s += `\tttl = ${r.ttl}\n`;
    }
  };
  recs('ANSWERS', m.answer);
  recs('AUTHORITY RECORDS', m.authority);
  recs('ADDITIONAL RECORDS', m.additional);
  return `${s}------------\n`;
}
