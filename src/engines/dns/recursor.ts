/**
 * A stand-in for "the internet's" recursive resolver (app 'recursor', config
 * {ttl, records} in the dns-record syntax): the same data as dnsmasq, but
 * answered as a recursive server does — not authoritative, recursion
 * available, negative answers carrying the SOA of the closest zone (the
 * root's for unknown names).
 */
import { dnsmasqAnswer, dnsmasqData, newDnsmasqState } from './dnsmasq.js';
import { type DnsMessage, type DnsQuery, labelsOf, type RR, rr } from './message.js';
import { wireSize } from './wire-size.js';

const ROOT_SOA: RR = rr('.', 86400, {
  type: 'SOA',
  mname: 'a.root-servers.net.',
  rname: 'nstld.verisign-grs.com.',
  serial: 2026112100,
  refresh: 1800,
  retry: 900,
  expire: 604800,
  minimum: 86400,
});

function zoneSoa(name: string): RR {
  const l = labelsOf(name);
  const zone = l.length > 2 ? `${l.slice(1).join('.')}.` : `${l.join('.')}.`;
  return rr(zone, 1800, {
    type: 'SOA',
    mname: 'ns.icann.org.',
    rname: 'noc.dns.icann.org.',
    serial: 2024081416,
    refresh: 7200,
    retry: 3600,
    expire: 1209600,
    minimum: 3600,
  });
}

export function recursorAnswer(config: { ttl?: number; records?: string[] }, q: DnsQuery): DnsMessage {
  const data = dnsmasqData(config);
  const res = dnsmasqAnswer(data, newDnsmasqState(data), q, false);
  res.aa = false;
  res.ra = true;
  const name = q.question[0]?.name ?? '.';
  if (res.rcode === 'NXDOMAIN') res.authority = [ROOT_SOA];
  else if (res.rcode === 'NOERROR' && res.answer.length === 0) res.authority = [zoneSoa(name)];
  res.size = wireSize(res, 'full');
  return res;
}
