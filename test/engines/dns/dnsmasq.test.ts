/**
 * The golden LAN server (dnsmasq 2.90 semantics), table-driven: query in,
 * rcode/flags/sections out. Expectations come from real dnsmasq runs
 * (/work/shared/golden dns-01/02 and captures made with capture.py).
 */
import { describe, expect, it } from 'vitest';
import { dnsmasqAnswer, dnsmasqData, newDnsmasqState } from '../../../src/engines/dns/dnsmasq.js';
import { type DnsMessage, newQuery, parseType, type RR } from '../../../src/engines/dns/message.js';
import { rdataText } from '../../../src/engines/dns/rdata-text.js';
import { reverseName4 } from '../../../src/engines/dns/reverse.js';
import { parseIPv4 } from '../../../src/model/inet.js';

const RECORDS = [
  'A web.corp.example 10.0.5.20',
  'AAAA web.corp.example fd00::20',
  'A web.corp.example 10.0.5.22',
  'A db.corp.example 10.0.5.21',
  'A mail.corp.example 10.0.5.25',
  'CNAME www.corp.example web.corp.example',
  'CNAME alias2.corp.example www.corp.example',
  'CNAME dangling.corp.example nowhere.corp.example',
  'CNAME loop1.corp.example loop2.corp.example',
  'CNAME loop2.corp.example loop1.corp.example',
  'SRV _http._tcp.corp.example web.corp.example 80 10 5',
  'SRV _ldap._tcp.corp.example db.corp.example 389',
  'TXT corp.example "v=spf1 -all"',
  'TXT info.corp.example hello,world',
  'MX corp.example mail.corp.example 10',
  'PTR 99.5.0.10.in-addr.arpa printer.corp.example',
];

function rrText(r: RR): string {
  return `${r.name} ${r.ttl} ${r.data.type} ${rdataText(r.data)}`;
}

interface Want {
  rcode: string;
  aa: boolean;
  answer?: string[];
  authority?: string[];
  additional?: string[];
}

function ask(name: string, type: string, opts: { edns?: boolean; tcp?: boolean } = {}): DnsMessage {
  const cfg = { ttl: 60, records: RECORDS };
  const data = dnsmasqData(cfg);
  const q = newQuery(name, parseType(type) as number, {
    id: 7,
    ...(opts.edns ? { edns: { udp: 1232, version: 0, do: false } } : {}),
  });
  return dnsmasqAnswer(data, newDnsmasqState(data), q, !opts.tcp);
}

const CASES: Array<{ name: string; q: [string, string]; want: Want }> = [
  {
    name: 'A records from the hosts file, in file order, authoritative',
    q: ['web.corp.example', 'A'],
    want: {
      rcode: 'NOERROR',
      aa: true,
      answer: ['web.corp.example. 60 A 10.0.5.20', 'web.corp.example. 60 A 10.0.5.22'],
    },
  },
  {
    name: 'owner keeps the case of the question',
    q: ['WEB.Corp.Example', 'AAAA'],
    want: { rcode: 'NOERROR', aa: true, answer: ['WEB.Corp.Example. 60 AAAA fd00::20'] },
  },
  {
    name: 'CNAME chain is chased to the addresses',
    q: ['alias2.corp.example', 'A'],
    want: {
      rcode: 'NOERROR',
      aa: true,
      answer: [
        'alias2.corp.example. 60 CNAME www.corp.example.',
        'www.corp.example. 60 CNAME web.corp.example.',
        'web.corp.example. 60 A 10.0.5.20',
        'web.corp.example. 60 A 10.0.5.22',
      ],
    },
  },
  {
    name: 'a CNAME to nothing answers the CNAME alone',
    q: ['dangling.corp.example', 'A'],
    want: { rcode: 'NOERROR', aa: true, answer: ['dangling.corp.example. 60 CNAME nowhere.corp.example.'] },
  },
  {
    name: 'a CNAME loop is a SERVFAIL',
    q: ['loop1.corp.example', 'A'],
    want: { rcode: 'SERVFAIL', aa: false },
  },
  {
    name: 'a name that exists without the type: NODATA without aa',
    q: ['db.corp.example', 'AAAA'],
    want: { rcode: 'NOERROR', aa: false, answer: [] },
  },
  {
    name: 'an empty non-terminal above configured names is NODATA',
    q: ['example', 'A'],
    want: { rcode: 'NOERROR', aa: false, answer: [] },
  },
  {
    name: 'unknown names: NXDOMAIN, no SOA',
    q: ['nothere.corp.example', 'A'],
    want: { rcode: 'NXDOMAIN', aa: false, authority: [] },
  },
  { name: 'the root is not local', q: ['.', 'A'], want: { rcode: 'NXDOMAIN', aa: false } },
  {
    name: 'SRV with the target addresses in ADDITIONAL',
    q: ['_http._tcp.corp.example', 'SRV'],
    want: {
      rcode: 'NOERROR',
      aa: true,
      answer: ['_http._tcp.corp.example. 60 SRV 10 5 80 web.corp.example.'],
      additional: [
        'web.corp.example. 60 A 10.0.5.20',
        'web.corp.example. 60 AAAA fd00::20',
        'web.corp.example. 60 A 10.0.5.22',
      ],
    },
  },
  {
    name: 'MX with the exchange address in ADDITIONAL',
    q: ['corp.example', 'MX'],
    want: {
      rcode: 'NOERROR',
      aa: true,
      answer: ['corp.example. 60 MX 10 mail.corp.example.'],
      additional: ['mail.corp.example. 60 A 10.0.5.25'],
    },
  },
  {
    name: 'TXT text splits at commas into strings',
    q: ['info.corp.example', 'TXT'],
    want: { rcode: 'NOERROR', aa: true, answer: ['info.corp.example. 60 TXT "hello" "world"'] },
  },
  {
    name: 'PTR from an A record',
    q: [reverseName4(parseIPv4('10.0.5.21') as number), 'PTR'],
    want: { rcode: 'NOERROR', aa: true, answer: ['21.5.0.10.in-addr.arpa. 60 PTR db.corp.example.'] },
  },
  {
    name: 'PTR from --ptr-record',
    q: ['99.5.0.10.in-addr.arpa', 'PTR'],
    want: { rcode: 'NOERROR', aa: true, answer: ['99.5.0.10.in-addr.arpa. 60 PTR printer.corp.example.'] },
  },
  {
    name: 'reverse names without data are NXDOMAIN',
    q: ['77.5.0.10.in-addr.arpa', 'PTR'],
    want: { rcode: 'NXDOMAIN', aa: false },
  },
  {
    name: 'ANY lists TXT then MX',
    q: ['corp.example', 'ANY'],
    want: {
      rcode: 'NOERROR',
      aa: true,
      answer: ['corp.example. 60 TXT "v=spf1 -all"', 'corp.example. 60 MX 10 mail.corp.example.'],
    },
  },
];

describe('dnsmasq answers', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const m = ask(c.q[0], c.q[1]);
      expect(m.rcode).toBe(c.want.rcode);
      expect(m.aa).toBe(c.want.aa);
      expect(m.ra).toBe(true);
      if (c.want.answer) expect(m.answer.map(rrText)).toEqual(c.want.answer);
      if (c.want.authority) expect(m.authority.map(rrText)).toEqual(c.want.authority);
      if (c.want.additional) expect(m.additional.map(rrText)).toEqual(c.want.additional);
    });
  }

  it('EDNS in, OPT with udp 1232 out', () => {
    expect(ask('web.corp.example', 'A', { edns: true }).edns?.udp).toBe(1232);
    expect(ask('web.corp.example', 'A').edns).toBeUndefined();
  });

  it('round-robin: every UDP lookup moves the later matches in front; TCP answers from a copy', () => {
    const cfg = { ttl: 30, records: ['A w.x 10.0.0.1', 'A w.x 10.0.0.2', 'A w.x 10.0.0.3'] };
    const d = dnsmasqData(cfg);
    const st = newDnsmasqState(d);
    const order = (tcp = false) =>
      dnsmasqAnswer(d, st, newQuery('w.x', 1), !tcp)
        .answer.map((r) => rdataText(r.data))
        .join(' ');
    // reading the hosts file, adding the third address rotated the first two (dnsmasq 2.90, captured)
    expect(order()).toBe('10.0.0.2 10.0.0.1 10.0.0.3');
    expect(order()).toBe('10.0.0.1 10.0.0.3 10.0.0.2');
    expect(order(true)).toBe('10.0.0.3 10.0.0.2 10.0.0.1');
    expect(order()).toBe('10.0.0.3 10.0.0.2 10.0.0.1');
  });

  it('a repeated address of a name is dropped after its duplicate check rotated the others', () => {
    const cfg = {
      ttl: 30,
      records: ['A t.x 10.0.0.41', 'A t.x 10.0.0.42', 'A t.x 10.0.0.43', 'A t.x 10.0.0.41'],
    };
    const d = dnsmasqData(cfg);
    const st = newDnsmasqState(d);
    const order = () =>
      dnsmasqAnswer(d, st, newQuery('t.x', 1), true)
        .answer.map((r) => rdataText(r.data))
        .join(' ');
    expect(order()).toBe('10.0.0.41 10.0.0.43 10.0.0.42');
    expect(order()).toBe('10.0.0.43 10.0.0.42 10.0.0.41');
  });

  it('wire size as dig reports it (owner names compressed, rdata names in full)', () => {
    expect(ask('web.corp.example', 'A', { edns: true }).size).toBe(12 + 22 + 32 + 11);
    expect(ask('corp.example', 'MX').size).toBe(12 + 18 + 33 + 16);
  });
});
