/** Presentation format of rdata, as BIND's dns_rdata_totext prints it. */
import { formatIPv4, formatIPv6 } from '../../model/inet.js';
import { absolute, type RData } from './message.js';

/** A character-string in quotes with BIND's escapes. */
export function quoteString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c < 0x20 || c >= 0x7f) {
      for (const b of new TextEncoder().encode(ch)) out += `\\${b.toString().padStart(3, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

export function rdataText(d: RData): string {
  switch (d.type) {
    case 'A':
      return formatIPv4(d.addr);
    case 'AAAA':
      return formatIPv6(d.addr);
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return absolute(d.target);
    case 'MX':
      return `${d.pref} ${absolute(d.exchange)}`;
    case 'SRV':
      return `${d.priority} ${d.weight} ${d.port} ${absolute(d.target)}`;
    case 'TXT':
      return d.strings.map(quoteString).join(' ');
    case 'SOA':
      return `${absolute(d.mname)} ${absolute(d.rname)} ${d.serial} ${d.refresh} ${d.retry} ${d.expire} ${d.minimum}`;
    case 'HINFO':
      return `${quoteString(d.cpu)} ${quoteString(d.os)}`;
    case 'UNKNOWN':
      return `\\# ${d.bytes.length}${d.bytes.length ? ' ' : ''}${d.bytes
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('')
        .toUpperCase()}`;
  }
}

/** Names inside an rdata, for compression and additional-section processing. */
export function rdataNames(d: RData): string[] {
  switch (d.type) {
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return [d.target];
    case 'MX':
      return [d.exchange];
    case 'SRV':
      return [d.target];
    case 'SOA':
      return [d.mname, d.rname];
    default:
      return [];
  }
}
