/**
 * The size a message has on the wire (RFC 1035 encoding with name
 * compression). Servers differ in what they compress: dnsmasq points owner
 * names at earlier names but writes rdata names in full; Go's miekg/dns (CoreDNS)
 * compresses the names of well-known rdata types too.
 */
import { type DnsMessage, labelsOf, type RData, type RR } from './message.js';

export type CompressionStyle = 'dnsmasq' | 'full' | 'none';

class Encoder {
  size = 12;
  private readonly seen = new Map<string, number>();

  constructor(private readonly style: CompressionStyle) {}

  name(name: string, compress: boolean): void {
    const labels = labelsOf(name);
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join('.').toLowerCase();
      const at = this.seen.get(suffix);
      if (compress && this.style !== 'none' && at !== undefined) {
        this.size += 2;
        return;
      }
      if (this.size < 0x4000 && !this.seen.has(suffix)) this.seen.set(suffix, this.size);
      this.size += 1 + new TextEncoder().encode(labels[i] as string).length;
    }
    this.size += 1;
  }

  rdataName(name: string, wellKnown: boolean): void {
    this.name(name, this.style === 'full' && wellKnown);
  }

  rdata(d: RData): void {
    switch (d.type) {
      case 'A':
        this.size += 4;
        return;
      case 'AAAA':
        this.size += 16;
        return;
      case 'CNAME':
      case 'PTR':
      case 'NS':
        this.rdataName(d.target, true);
        return;
      case 'MX':
        this.size += 2;
        this.rdataName(d.exchange, true);
        return;
      case 'SRV':
        this.size += 6;
        this.rdataName(d.target, false);
        return;
      case 'TXT':
        for (const s of d.strings) this.size += 1 + Math.min(255, new TextEncoder().encode(s).length);
        return;
      case 'SOA':
        this.rdataName(d.mname, true);
        this.rdataName(d.rname, true);
        this.size += 20;
        return;
      case 'HINFO':
        this.size += 2 + d.cpu.length + d.os.length;
        return;
      case 'UNKNOWN':
        this.size += d.bytes.length;
        return;
    }
  }

  record(r: RR): void {
    this.name(r.name, true);
    this.size += 10;
    this.rdata(r.data);
  }
}

/** Encoded size of `m`, OPT record included when `m.edns` is set. */
export function wireSize(m: DnsMessage, style: CompressionStyle): number {
  const e = new Encoder(style);
  for (const q of m.question) {
    e.name(q.name, true);
    e.size += 4;
  }
  for (const r of [...m.answer, ...m.authority, ...m.additional]) e.record(r);
  if (m.edns) {
    e.size += 11;
    const c = m.edns.cookie;
    if (c) e.size += 4 + c.client.length / 2 + (c.server ? c.server.length / 2 : 0);
  }
  return e.size;
}
