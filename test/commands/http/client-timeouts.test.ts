/**
 * A client's own time limit against ARP giving up (3 s) on an unused LAN
 * address: the shorter one decides. Expected text captured with curl
 * 7.88.1 and wget 1.21.3 on Debian 12 in a golden-style world (eth0
 * 10.50.1.20/24, LAN host 10.50.1.1).
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../../helpers.js';

const H =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
const line = (spent: string) =>
  `\r  0     0    0     0    0     0      0      0 --:--:-- ${spent} --:--:--     0`;

function lan() {
  return caseSession(['eth0: 10.50.1.20/24', 'gateway: 10.50.1.1', 'lan-hosts: 10.50.1.1']);
}

describe('client time limits shorter than ARP resolution', () => {
  it('curl -m 2 times out (28) instead of failing to connect after ARP gives up', () => {
    const r = run(lan(), 'curl -m 2 http://10.50.1.77/');
    expect(r).toEqual({
      out: '',
      err: `${H}${line('--:--:--')}${line(' 0:00:01')}${line(' 0:00:02')}\ncurl: (28) Connection timed out after 2001 milliseconds\n`,
      exit: 28,
    });
  });

  it('curl --connect-timeout 1 reports the connect timeout', () => {
    const r = run(lan(), 'curl --connect-timeout 1 http://10.50.1.78/');
    expect(r).toEqual({
      out: '',
      err: `${H}${line('--:--:--')}${line(' 0:00:01')}\ncurl: (28) Failed to connect to 10.50.1.78 port 80 after 1001 ms: Timeout was reached\n`,
      exit: 28,
    });
  });

  it('without a limit curl fails when ARP gives up', () => {
    const r = run(lan(), 'curl -sS http://10.50.1.79/');
    expect(r.exit).toBe(7);
    expect(r.err).toMatch(
      /^curl: \(7\) Failed to connect to 10\.50\.1\.79 port 80 after 3\d{3} ms: Couldn't connect to server\n$/,
    );
  });

  it('wget --timeout=1 says Connection timed out, not No route to host', () => {
    const r = run(lan(), 'wget -O- --timeout=1 --tries=1 http://10.50.1.81/');
    expect(r.exit).toBe(4);
    expect(r.out).toBe('');
    expect(r.err.replace(/^--[\d: -]+--/, '--<date>--')).toBe(
      '--<date>--  http://10.50.1.81/\nConnecting to 10.50.1.81:80... failed: Connection timed out.\nGiving up.\n\n',
    );
  });

  it('wget waits a second more before each retry', () => {
    const r = run(lan(), 'wget -O- --timeout=1 --tries=3 http://10.50.1.80/');
    const stamps = [...r.err.matchAll(/--\d{4}-\d\d-\d\d \d\d:\d\d:(\d\d)--/g)].map((m) => Number(m[1]));
    expect(stamps.slice(1).map((s, i) => (s - (stamps[i] as number) + 60) % 60)).toEqual([2, 3]);
    expect(r.err.match(/failed: Connection timed out\./g)).toHaveLength(3);
  });

  it('wget -nv still prints the connect failure', () => {
    const r = run(lan(), 'wget -nv --tries=1 --timeout=1 -O- http://10.50.1.70/');
    expect(r).toEqual({ out: '', err: 'failed: Connection timed out.\n', exit: 4 });
  });
});
