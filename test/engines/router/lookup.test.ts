/** Route lookup: longest prefix, metric order, route types, policy rules, source selection (table-driven). */
import { describe, expect, it } from 'vitest';
import { lookupRoute } from '../../../src/engines/router/lookup.js';
import { formatIPv4, parseIPv4 } from '../../../src/model/inet.js';
import { getNetns } from '../../../src/model/world.js';
import { caseSession, setup } from '../../helpers.js';

const ROUTES = [
  'ip route add 10.0.0.0/8 via 192.168.7.2',
  'ip route add 10.1.0.0/16 via 192.168.7.3',
  'ip route add 10.1.2.0/24 via 192.168.7.4 metric 20',
  'ip route add 10.1.2.0/24 via 192.168.7.5 metric 10',
  'ip route add blackhole 10.66.0.0/16',
  'ip route add unreachable 10.67.0.0/16',
  'ip route add prohibit 10.68.0.0/16',
  'ip route add throw 10.69.0.0/16',
  'ip route add 172.20.0.0/16 via 192.168.7.9 table 100',
  'ip rule add from 192.168.7.77 table 100',
  'ip addr add 192.168.7.77/24 dev eth0',
];

const CASES: Array<{ name: string; dst: string; src?: string; want: string }> = [
  { name: 'default route', dst: '8.8.8.8', want: 'unicast via 192.168.7.1 dev eth0 src 192.168.7.10' },
  { name: 'connected subnet', dst: '192.168.7.50', want: 'unicast direct dev eth0 src 192.168.7.10' },
  { name: 'longest prefix /8', dst: '10.200.0.1', want: 'unicast via 192.168.7.2 dev eth0 src 192.168.7.10' },
  { name: 'longest prefix /16', dst: '10.1.9.9', want: 'unicast via 192.168.7.3 dev eth0 src 192.168.7.10' },
  {
    name: 'lowest metric wins on equal prefix',
    dst: '10.1.2.3',
    want: 'unicast via 192.168.7.5 dev eth0 src 192.168.7.10',
  },
  { name: 'blackhole', dst: '10.66.1.1', want: 'blackhole' },
  { name: 'unreachable', dst: '10.67.1.1', want: 'unreachable' },
  { name: 'prohibit', dst: '10.68.1.1', want: 'prohibit' },
  { name: 'throw ends the table: no other route of main applies', dst: '10.69.1.1', want: 'none' },
  { name: 'local address', dst: '192.168.7.10', want: 'local' },
  { name: 'loopback net', dst: '127.5.5.5', want: 'local' },
  {
    name: 'policy rule by source picks table 100',
    dst: '172.20.1.1',
    src: '192.168.7.77',
    want: 'unicast via 192.168.7.9 dev eth0 src 192.168.7.77',
  },
  {
    name: 'without that source the main table applies',
    dst: '172.20.1.1',
    want: 'unicast via 192.168.7.1 dev eth0 src 192.168.7.10',
  },
];

describe('lookupRoute', () => {
  const s = caseSession(['eth0: 192.168.7.10/24', 'gateway: 192.168.7.1']);
  setup(s, ROUTES);
  const ns = getNetns(s.world, s.world.hosts.get('controlplane')?.rootNetns as number);
  for (const c of CASES) {
    it(c.name, () => {
      const d = lookupRoute(
        s.world,
        ns,
        parseIPv4(c.dst) as number,
        c.src ? { src: parseIPv4(c.src) as number } : {},
      );
      let got: string = d.kind;
      if (d.kind === 'unicast') {
        got = `unicast ${d.gateway !== undefined ? `via ${formatIPv4(d.gateway)}` : 'direct'} dev ${d.dev.name} src ${d.src === undefined ? '-' : formatIPv4(d.src)}`;
      }
      expect(got).toBe(c.want);
    });
  }

  it('finds nothing without a matching route', () => {
    const bare = caseSession();
    const root = getNetns(bare.world, bare.world.hosts.get('controlplane')?.rootNetns as number);
    expect(lookupRoute(bare.world, root, parseIPv4('10.5.5.5') as number).kind).toBe('none');
  });
});
