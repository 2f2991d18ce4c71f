/**
 * `ip -s neigh`: print_cacheinfo's ` ref N used U/C/T` (seconds since last
 * use, confirmation and state change; ref while a timer is pending) and
 * `probes N `, from the NUD state machine on the virtual clock. Expected text
 * captured with iproute2 6.1 on the capture kernel (MACs masked); the steps
 * stay clear of second boundaries, where the kernel's timer slack decides.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, masked, run, setup } from '../../helpers.js';

const LAN = ['eth0: 10.40.0.5/24', 'gateway: 10.40.0.1', 'lan-hosts: 10.40.0.1 10.40.0.7 10.40.0.9'];

describe('ip -s neigh', () => {
  it('counts seconds since use, confirmation and update of a resolved entry', () => {
    const s = caseSession(LAN);
    const line = (t: number) =>
      `10.40.0.7 dev eth0 lladdr <mac>  ref 1 used ${t}/${t}/${t}probes 4 REACHABLE \n`;
    expect(masked(run(s, 'ping -c1 10.40.0.7 >/dev/null; ip -s neigh').out)).toBe(line(0));
    expect(masked(run(s, 'sleep 2; ip -s neigh').out)).toBe(line(2));
    // a REACHABLE entry is used through the hh cache: another ping changes nothing
    expect(masked(run(s, 'ping -c1 10.40.0.7 >/dev/null; ip -s neigh').out)).toBe(line(2));
    expect(masked(run(s, 'ip -s -s neigh show 10.40.0.7').out)).toBe(line(2));
    expect(masked(run(s, 'ip -s -j neigh show 10.40.0.7').out)).toBe(
      '[{"dst":"10.40.0.7","dev":"eth0","lladdr":"<mac>","refcnt":1,"used":2,"confirmed":2,"updated":2,"probes":4,"state":["REACHABLE"]}]\n',
    );
    // the LAN side's MAC is 02:01 and the first LAN host's address bytes, as the capture harness makes it
    expect(run(s, 'ip -s -c neigh show 10.40.0.7').out).toBe(
      '\x1b[35m10.40.0.7 \x1b[0mdev \x1b[36meth0 \x1b[0mlladdr \x1b[33m02:01:0a:28:00:01 \x1b[0m ref 1 used 2/2/2probes 4 REACHABLE \n',
    );
  });

  it('shows static entries without a timer reference, and a new STALE one confirmed a minute ago', () => {
    const s = caseSession(LAN);
    setup(s, ['ip neigh add 10.40.0.50 lladdr 02:00:00:00:00:50 dev eth0']);
    expect(masked(run(s, 'ip -s neigh show 10.40.0.50').out)).toBe(
      '10.40.0.50 dev eth0 lladdr <mac>  used 0/0/0probes 0 PERMANENT \n',
    );
    expect(masked(run(s, 'sleep 2; ip -s neigh show 10.40.0.50').out)).toBe(
      '10.40.0.50 dev eth0 lladdr <mac>  used 2/2/2probes 0 PERMANENT \n',
    );
    setup(s, [
      'ip neigh add 10.40.0.51 lladdr 02:00:00:00:00:51 dev eth0 nud reachable',
      'ip neigh add 10.40.0.52 lladdr 02:00:00:00:00:52 dev eth0 nud stale',
    ]);
    expect(masked(run(s, 'ip -s neigh show 10.40.0.51').out)).toBe(
      '10.40.0.51 dev eth0 lladdr <mac>  ref 1 used 0/0/0probes 0 REACHABLE \n',
    );
    expect(masked(run(s, 'ip -s neigh show 10.40.0.52').out)).toBe(
      '10.40.0.52 dev eth0 lladdr <mac>  used 0/60/0probes 0 STALE \n',
    );
    expect(run(s, 'ip neigh add 10.40.0.53 dev eth0 nud noarp')).toEqual({
      out: '',
      err: 'Error: No link layer address given.\n',
      exit: 2,
    });
  });

  it('counts the solicitations of an unanswered resolution up to FAILED', () => {
    const s = caseSession(LAN);
    expect(run(s, 'ping -c1 -W1 10.40.0.99 >/dev/null; ip -s neigh show 10.40.0.99').out).toBe(
      '10.40.0.99 dev eth0  ref 1 used 1/61/1probes 4 INCOMPLETE \n',
    );
    expect(run(s, 'sleep 3.5; ip -s neigh show 10.40.0.99').out).toBe(
      '10.40.0.99 dev eth0  used 4/64/1probes 6 FAILED \n',
    );
  });

  it('moves a used STALE entry to DELAY', () => {
    const s = caseSession(LAN);
    setup(s, ['ping -c1 10.40.0.7', 'sleep 60']);
    expect(masked(run(s, 'ping -c1 10.40.0.7 >/dev/null; ip -s neigh').out)).toBe(
      '10.40.0.7 dev eth0 lladdr <mac>  ref 1 used 0/60/0probes 4 DELAY \n',
    );
  });

  it('has no IPv6 neighbours to show', () => {
    const s = caseSession(LAN);
    setup(s, ['ping -c1 10.40.0.7']);
    expect(run(s, 'ip -6 -s neigh')).toEqual({ out: '', err: '', exit: 0 });
    expect(run(s, 'ip -c -6 neigh')).toEqual({ out: '', err: '', exit: 0 });
  });
});
