/**
 * Resolver throughput (run by `npm run bench`): getaddrinfo through the stub
 * resolver and the data plane to the LAN's dnsmasq, and lookups in a
 * 10,000-record zone served by the CoreDNS-like server (file plugin) and by
 * dnsmasq. Timings are printed, never asserted.
 */
import { dnsmasqAnswer, dnsmasqData, newDnsmasqState } from '../../src/engines/dns/dnsmasq.js';
import { newQuery, QT } from '../../src/engines/dns/message.js';
import { buildServer, serveQuery } from '../../src/engines/dns/server.js';
import { getaddrinfo } from '../../src/engines/resolver/getaddrinfo.js';
import { programPaths } from '../../src/runner.js';
import { parseCase } from '../../src/scenario/case-file.js';
import { buildCaseWorld } from '../../src/scenario/case-world.js';
import { Session } from '../../src/session.js';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const N = 10_000;

function zoneText(): string {
  const lines = [
    '$ORIGIN big.test.',
    '$TTL 300',
    '@ IN SOA ns admin 1 3600 600 86400 60',
    '  IN NS ns',
    'ns IN A 10.0.0.1',
  ];
  for (let i = 0; i < N; i++) lines.push(`h${i} IN A 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
  return `${lines.join('\n')}\n`;
}

/** Queries per second of `fn` over `count` calls (best of three rounds). */
function qps(count: number, fn: (i: number) => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) fn(i);
    best = Math.min(best, performance.now() - t0);
  }
  return (count * 1000) / best;
}

export async function bench(): Promise<Row[]> {
  const rows: Row[] = [];

  // stub resolver: getaddrinfo -> res_nsearch -> UDP through the data plane -> dnsmasq
  const header = [
    'name: bench',
    'eth0: 192.168.1.10/24',
    'dns-server: 192.168.1.100',
    'dns-record: A web.bench.test 192.168.1.20',
    'resolv.conf: nameserver 192.168.1.100',
    'resolv.conf: search bench.test',
  ]
    .map((h) => `# ${h}\n`)
    .join('');
  const world = buildCaseWorld(parseCase(header).header, { programPaths: programPaths() });
  const session = new Session(world, { mode: 'case' });
  const ctx = session.frame.ctx;
  const env = { world, ns: ctx.ns, fs: ctx.fs };
  rows.push({
    name: 'getaddrinfo("web") via search list + dnsmasq (A+AAAA)',
    value: qps(500, () => {
      if (!getaddrinfo(env, 'web', 0).ok) throw new Error('lookup failed');
    }),
    unit: 'lookups/s',
  });
  rows.push({
    name: 'getaddrinfo("nothere"): search list exhausted, NXDOMAIN',
    value: qps(500, () => {
      getaddrinfo(env, 'nothere', 0);
    }),
    unit: 'lookups/s',
  });

  // a 10,000-record zone in the file plugin
  const built = buildServer('big.test:53 {\n  file /zones/big.db big.test\n}\n');
  if (!built.ok) throw new Error(built.error);
  const zone = zoneText();
  const base = {
    world,
    ns: ctx.ns,
    serverKey: 'bench',
    client: { addr: 0x0a000001, port: 40000, proto: 'udp' as const },
    readFile: (p: string) => (p === '/zones/big.db' ? zone : null),
    log: () => {},
  };
  const t0 = performance.now();
  serveQuery(built.blocks, 53, base, newQuery('h1.big.test', QT.A));
  rows.push({
    name: `file plugin: load and index a ${N}-record zone`,
    value: performance.now() - t0,
    unit: 'ms',
  });
  rows.push({
    name: `file plugin: A lookups in the ${N}-record zone`,
    value: qps(20_000, (i) => {
      serveQuery(built.blocks, 53, base, newQuery(`h${(i * 7919) % N}.big.test`, QT.A));
    }),
    unit: 'queries/s',
  });

  // the same names as dnsmasq host records
  const cfg = {
    ttl: 30,
    records: Array.from(
      { length: N },
      (_v, i) => `A h${i}.big.test 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    ),
  };
  const data = dnsmasqData(cfg);
  const state = newDnsmasqState(data);
  rows.push({
    name: `dnsmasq: A lookups among ${N} host records`,
    value: qps(20_000, (i) => {
      dnsmasqAnswer(data, state, newQuery(`h${(i * 7919) % N}.big.test`, QT.A), true);
    }),
    unit: 'queries/s',
  });
  rows.push({
    name: `dnsmasq: NXDOMAIN among ${N} host records (local-domain scan)`,
    value: qps(200, () => {
      dnsmasqAnswer(data, state, newQuery('nothere.other.test', QT.A), true);
    }),
    unit: 'queries/s',
  });
  return rows;
}
