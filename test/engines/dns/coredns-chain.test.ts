/**
 * The CoreDNS-like plugin chain, table-driven as CoreDNS's own handler
 * tests: a query goes in, rcode/flags/sections come out. The cluster is the
 * spec's example (kube-fixture.ts); expectations follow spec §4.2 and the
 * captures in /work/shared/spec/captures.
 */
import { describe, expect, it } from 'vitest';
import { type DnsMessage, newQuery, parseType, type RR } from '../../../src/engines/dns/message.js';
import { rdataText } from '../../../src/engines/dns/rdata-text.js';
import { buildServer, serveQuery } from '../../../src/engines/dns/server.js';
import { parseIPv4 } from '../../../src/model/inet.js';
import { addHost, createWorld, getNetns } from '../../../src/model/world.js';
import { fakeCluster } from './kube-fixture.js';

const COREFILE = `.:53 {
    errors
    log
    hosts {
       93.184.215.14 db.example.com
       fallthrough
    }
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    file /etc/coredns/corp.db corp.example
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    rewrite name exact db.alias.example db.example.com
}
`;

const ZONE = `$ORIGIN corp.example.
$TTL 300
@   IN SOA ns1 admin ( 2024010101 3600 600 86400 60 )
    IN NS  ns1
    IN MX  10 mail
ns1   IN A 10.1.0.1
mail  IN A 10.1.0.25
www   IN CNAME app
app   IN A 10.1.0.80
*.wild IN A 10.1.0.99
deep.sub IN TXT "x"
`;

function makeServer(corefile = COREFILE) {
  const world = createWorld();
  const host = addHost(world, 'coredns');
  world.ext.kube = fakeCluster();
  const ns = getNetns(world, host.rootNetns);
  const built = buildServer(corefile);
  if (!built.ok) throw new Error(built.error);
  const log: string[] = [];
  const files: Record<string, string> = { '/etc/coredns/corp.db': ZONE };
  const ask = (name: string, type: string, edns = false): DnsMessage =>
    serveQuery(
      built.blocks,
      53,
      {
        world,
        ns,
        serverKey: 'test',
        client: { addr: parseIPv4('10.244.1.7') as number, port: 40000, proto: 'udp' },
        readFile: (p) => files[p] ?? null,
        log: (l) => log.push(l),
      },
      newQuery(name, parseType(type) as number, {
        id: 4242,
        ...(edns
          ? { edns: { udp: 1232, version: 0, do: false, cookie: { client: '0123456789abcdef' } } }
          : {}),
      }),
    );
  return { world, ask, log };
}

const t = (r: RR) => `${r.name} ${r.ttl} ${r.data.type} ${rdataText(r.data)}`;
const SOA =
  'cluster.local. 30 SOA ns.dns.cluster.local. hostmaster.cluster.local. 1732612345 7200 1800 86400 30';

interface Case {
  name: string;
  q: [string, string];
  rcode: string;
  aa?: boolean;
  answer?: string[];
  authority?: string[];
  additional?: string[];
}

const CASES: Case[] = [
  {
    name: 'ClusterIP service A',
    q: ['web-service.default.svc.cluster.local', 'A'],
    rcode: 'NOERROR',
    aa: true,
    answer: ['web-service.default.svc.cluster.local. 30 A 10.96.120.15'],
  },
  {
    name: 'AAAA of an IPv4-only service is NODATA with the SOA',
    q: ['web-service.default.svc.cluster.local', 'AAAA'],
    rcode: 'NOERROR',
    answer: [],
    authority: [SOA],
  },
  {
    name: 'headless service: one A per ready endpoint',
    q: ['web-headless.default.svc.cluster.local', 'A'],
    rcode: 'NOERROR',
    answer: [
      'web-headless.default.svc.cluster.local. 30 A 10.244.1.2',
      'web-headless.default.svc.cluster.local. 30 A 10.244.1.3',
      'web-headless.default.svc.cluster.local. 30 A 10.244.1.4',
    ],
  },
  {
    name: 'StatefulSet-style endpoint hostname',
    q: ['db-0.db-headless.default.svc.cluster.local', 'A'],
    rcode: 'NOERROR',
    answer: ['db-0.db-headless.default.svc.cluster.local. 30 A 10.244.1.9'],
  },
  {
    name: 'dashed-IP endpoint name',
    q: ['10-244-1-3.web-headless.default.svc.cluster.local', 'A'],
    rcode: 'NOERROR',
    answer: ['10-244-1-3.web-headless.default.svc.cluster.local. 30 A 10.244.1.3'],
  },
  {
    name: 'SRV of a ClusterIP service with the A in ADDITIONAL',
    q: ['_http._tcp.web-service.default.svc.cluster.local', 'SRV'],
    rcode: 'NOERROR',
    answer: [
      '_http._tcp.web-service.default.svc.cluster.local. 30 SRV 0 100 80 web-service.default.svc.cluster.local.',
    ],
    additional: ['web-service.default.svc.cluster.local. 30 A 10.96.120.15'],
  },
  {
    name: 'SRV of a headless service: one per endpoint, weight 100/N',
    q: ['_http._tcp.web-headless.default.svc.cluster.local', 'SRV'],
    rcode: 'NOERROR',
    answer: [2, 3, 4].map(
      (n) =>
        `_http._tcp.web-headless.default.svc.cluster.local. 30 SRV 0 33 80 10-244-1-${n}.web-headless.default.svc.cluster.local.`,
    ),
    additional: [2, 3, 4].map(
      (n) => `10-244-1-${n}.web-headless.default.svc.cluster.local. 30 A 10.244.1.${n}`,
    ),
  },
  {
    name: 'ExternalName: CNAME, then the target through the server',
    q: ['external-db.default.svc.cluster.local', 'A'],
    rcode: 'NOERROR',
    answer: [
      'external-db.default.svc.cluster.local. 30 CNAME db.example.com.',
      'db.example.com. 3600 A 93.184.215.14',
    ],
  },
  {
    name: 'pods insecure: the dashed address',
    q: ['10-244-1-5.default.pod.cluster.local', 'A'],
    rcode: 'NOERROR',
    answer: ['10-244-1-5.default.pod.cluster.local. 30 A 10.244.1.5'],
  },
  {
    name: 'unknown service: NXDOMAIN with the SOA',
    q: ['nosuch.default.svc.cluster.local', 'A'],
    rcode: 'NXDOMAIN',
    aa: true,
    authority: [SOA],
  },
  { name: 'unknown namespace', q: ['web.nope.svc.cluster.local', 'A'], rcode: 'NXDOMAIN', authority: [SOA] },
  {
    name: 'namespace name: NODATA',
    q: ['default.svc.cluster.local', 'A'],
    rcode: 'NOERROR',
    answer: [],
    authority: [SOA],
  },
  { name: 'neither svc nor pod', q: ['foo.cluster.local', 'A'], rcode: 'NXDOMAIN' },
  {
    name: 'dns-version TXT',
    q: ['dns-version.cluster.local', 'TXT'],
    rcode: 'NOERROR',
    answer: ['dns-version.cluster.local. 28800 TXT "1.1.0"'],
  },
  {
    name: 'PTR of a ClusterIP',
    q: ['1.0.96.10.in-addr.arpa', 'PTR'],
    rcode: 'NOERROR',
    answer: ['1.0.96.10.in-addr.arpa. 30 PTR kubernetes.default.svc.cluster.local.'],
  },
  {
    name: 'PTR of an endpoint: one per service that selects it',
    q: ['2.1.244.10.in-addr.arpa', 'PTR'],
    rcode: 'NOERROR',
    answer: [
      '2.1.244.10.in-addr.arpa. 30 PTR 10-244-1-2.web-service.default.svc.cluster.local.',
      '2.1.244.10.in-addr.arpa. 30 PTR 10-244-1-2.web-headless.default.svc.cluster.local.',
    ],
  },
  {
    name: 'hosts plugin answers its own names',
    q: ['db.example.com', 'A'],
    rcode: 'NOERROR',
    aa: true,
    answer: ['db.example.com. 3600 A 93.184.215.14'],
  },
  {
    name: 'file zone: CNAME chased inside the zone, NS in AUTHORITY',
    q: ['www.corp.example', 'A'],
    rcode: 'NOERROR',
    aa: true,
    answer: ['www.corp.example. 300 CNAME app.corp.example.', 'app.corp.example. 300 A 10.1.0.80'],
    authority: ['corp.example. 300 NS ns1.corp.example.'],
    additional: ['ns1.corp.example. 300 A 10.1.0.1'],
  },
  {
    name: 'file zone: MX with the exchange in ADDITIONAL',
    q: ['corp.example', 'MX'],
    rcode: 'NOERROR',
    answer: ['corp.example. 300 MX 10 mail.corp.example.'],
    additional: ['mail.corp.example. 300 A 10.1.0.25', 'ns1.corp.example. 300 A 10.1.0.1'],
  },
  {
    name: 'file zone: wildcard',
    q: ['anything.wild.corp.example', 'A'],
    rcode: 'NOERROR',
    answer: ['anything.wild.corp.example. 300 A 10.1.0.99'],
  },
  {
    name: 'file zone: empty non-terminal is NODATA',
    q: ['sub.corp.example', 'A'],
    rcode: 'NOERROR',
    answer: [],
    authority: ['corp.example. 300 SOA ns1.corp.example. admin.corp.example. 2024010101 3600 600 86400 60'],
  },
  {
    name: 'file zone: NXDOMAIN with the SOA',
    q: ['missing.corp.example', 'A'],
    rcode: 'NXDOMAIN',
    authority: ['corp.example. 300 SOA ns1.corp.example. admin.corp.example. 2024010101 3600 600 86400 60'],
  },
  {
    name: 'rewrite (exact) renames the question and the answer back',
    q: ['db.alias.example', 'A'],
    rcode: 'NOERROR',
    answer: ['db.alias.example. 3600 A 93.184.215.14'],
  },
  { name: 'no plugin for the name: SERVFAIL', q: ['google.com', 'A'], rcode: 'SERVFAIL' },
];

describe('CoreDNS plugin chain', () => {
  for (const c of CASES)
    it(c.name, () => {
      const { ask } = makeServer();
      const m = ask(c.q[0], c.q[1]);
      expect(m.rcode).toBe(c.rcode);
      if (c.aa !== undefined) expect(m.aa).toBe(c.aa);
      expect(m.ra).toBe(false);
      if (c.answer) expect(m.answer.map(t)).toEqual(c.answer);
      if (c.authority) expect(m.authority.map(t)).toEqual(c.authority);
      if (c.additional) expect(m.additional.map(t)).toEqual(c.additional);
    });

  it('echoes the client cookie and the request UDP size', () => {
    const m = makeServer().ask('kubernetes.default.svc.cluster.local', 'A', true);
    expect(m.edns).toEqual({ udp: 1232, version: 0, do: false, cookie: { client: '0123456789abcdef' } });
  });

  it('log: one CoreDNS query line per query; errors: the reason of a SERVFAIL', () => {
    const { ask, log } = makeServer();
    ask('kubernetes.default.svc.cluster.local', 'A', true);
    ask('google.com', 'A');
    expect(log[0]).toMatch(
      /^\[INFO\] 10\.244\.1\.7:40000 - 4242 "A IN kubernetes\.default\.svc\.cluster\.local\. udp 77 false 1232" NOERROR qr,aa,rd 93 [0-9.]+s$/,
    );
    // log sits inside errors in the chain, so its line comes first
    expect(log[1]).toMatch(/"A IN google\.com\. udp 28 false 512" SERVFAIL qr,rd 28 /);
    expect(log[2]).toBe('[ERROR] plugin/errors: 2 google.com. A: plugin/file: no next plugin found');
  });

  it('cache: TTLs count down on the world clock; cluster.local is not cached', () => {
    const { ask, world } = makeServer(`.:53 {
    hosts {
      10.9.9.9 cached.example
      ttl 100
      fallthrough
    }
    kubernetes cluster.local { ttl 30 }
    cache 30 { disable success cluster.local }
}`);
    expect(ask('cached.example', 'A').answer.map(t)).toEqual(['cached.example. 100 A 10.9.9.9']);
    world.clock.now += 12_000;
    expect(ask('cached.example', 'A').answer.map(t)).toEqual(['cached.example. 18 A 10.9.9.9']);
    world.clock.now += 20_000;
    expect(ask('cached.example', 'A').answer.map(t)).toEqual(['cached.example. 100 A 10.9.9.9']);
    ask('kubernetes.default.svc.cluster.local', 'A');
    world.clock.now += 5_000;
    expect(ask('kubernetes.default.svc.cluster.local', 'A').answer.map(t)).toEqual([
      'kubernetes.default.svc.cluster.local. 30 A 10.96.0.1',
    ]);
  });

  it('loadbalance shuffles address records with the seeded rng (same seed, same order)', () => {
    const order = () => {
      const { ask } = makeServer(`.:53 {
    kubernetes cluster.local
    loadbalance
}`);
      return [1, 2, 3, 4].map(() =>
        ask('web-headless.default.svc.cluster.local', 'A')
          .answer.map((r) => rdataText(r.data))
          .join(','),
      );
    };
    const a = order();
    expect(order()).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(1);
  });

  it('a zone the server does not serve is REFUSED', () => {
    const { ask } = makeServer(`cluster.local:53 {
    kubernetes cluster.local
}`);
    expect(ask('google.com', 'A').rcode).toBe('REFUSED');
  });
});
