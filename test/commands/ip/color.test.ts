/**
 * `ip -c`: which fields iproute2 6.1 colours, and where the reset goes. The
 * route printer colours `src`'s address with its trailing space, `route get
 * from` as one coloured `from ADDR `, and leaves a multipath nexthop's device
 * plain. Expected text captured from the real tool.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run, setup } from '../../helpers.js';

const LAN = ['eth0: 10.40.0.5/24', 'gateway: 10.40.0.1', 'lan-hosts: 10.40.0.1 10.40.0.7'];
const M = '\x1b[35m';
const C = '\x1b[36m';
const R = '\x1b[0m';

function world() {
  const s = caseSession(LAN);
  setup(s, [
    'ip route add 10.60.0.0/24 nexthop via 10.40.0.1 dev eth0 nexthop via 10.40.0.7 dev eth0',
    'ip route add 10.61.0.0/24 via 10.40.0.1 table 100 src 10.40.0.5',
    'ip route add blackhole 10.62.0.0/24',
  ]);
  return s;
}

describe('ip -c route', () => {
  it('colours prefsrc with its space and leaves nexthop devices plain', () => {
    const s = world();
    expect(run(s, 'ip -c route').out).toBe(
      `default via ${M}10.40.0.1 ${R}dev ${C}eth0 ${R}\n` +
        `${M}10.40.0.0/24 ${R}dev ${C}eth0 ${R}proto kernel scope link src ${M}10.40.0.5 ${R}\n` +
        `${M}10.60.0.0/24 ${R}\n` +
        `\tnexthop via ${M}10.40.0.1 ${R}dev eth0 weight 1 \n` +
        `\tnexthop via ${M}10.40.0.7 ${R}dev eth0 weight 1 \n` +
        `blackhole ${M}10.62.0.0/24 ${R}\n`,
    );
    expect(run(s, 'ip -c route show table 100').out).toBe(
      `${M}10.61.0.0/24 ${R}via ${M}10.40.0.1 ${R}dev ${C}eth0 ${R}src ${M}10.40.0.5 ${R}\n`,
    );
    expect(run(s, 'ip -c -d route').out).toBe(
      `unicast default via ${M}10.40.0.1 ${R}dev ${C}eth0 ${R}proto boot scope global \n` +
        `unicast ${M}10.40.0.0/24 ${R}dev ${C}eth0 ${R}proto kernel scope link src ${M}10.40.0.5 ${R}\n` +
        `unicast ${M}10.60.0.0/24 ${R}proto boot scope global \n` +
        `\tnexthop via ${M}10.40.0.1 ${R}dev eth0 weight 1 \n` +
        `\tnexthop via ${M}10.40.0.7 ${R}dev eth0 weight 1 \n` +
        `blackhole ${M}10.62.0.0/24 ${R}proto boot scope global \n`,
    );
    expect(run(s, 'ip -c route show table local').out.split('\n')[0]).toBe(
      `local ${M}10.40.0.5 ${R}dev ${C}eth0 ${R}proto kernel scope host src ${M}10.40.0.5 ${R}`,
    );
  });

  it('colours route get answers the same way', () => {
    const s = world();
    expect(run(s, 'ip -c -4 route get 10.40.0.1').out).toBe(
      `${M}10.40.0.1 ${R}dev ${C}eth0 ${R}src ${M}10.40.0.5 ${R}uid 0 \n    cache \n`,
    );
    expect(run(s, 'ip -c route get 10.40.0.7 from 10.40.0.5').out).toBe(
      `${M}10.40.0.7 ${R}${M}from 10.40.0.5 ${R}dev ${C}eth0 ${R}uid 0 \n    cache \n`,
    );
  });
});
