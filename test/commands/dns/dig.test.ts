/**
 * dig through Session.exec against the golden LAN's dnsmasq. Expected text is
 * what BIND 9.18.49's dig printed in the golden captures (normalised the same
 * way: id, WHEN, query time and message size).
 */
import { describe, expect, it } from 'vitest';
import { lan, norm, run } from './dns-helpers.js';

const RECORDS = [
  'A web.mycompany.com 192.168.1.20',
  'AAAA web.mycompany.com fd00::20',
  'A db.mycompany.com 192.168.1.21',
  'CNAME www.mycompany.com web.mycompany.com',
  'SRV _http._tcp.mycompany.com web.mycompany.com 80 10 5',
  'MX mycompany.com mail.mycompany.com 10',
];
const RESOLV = ['nameserver 192.168.1.100', 'search mycompany.com'];

describe('dig', () => {
  it('@server: banner, header, OPT, sections on dig tab stops, stats', () => {
    const r = run(lan(RECORDS, RESOLV), 'dig @192.168.1.100 web.mycompany.com');
    expect(r.exit).toBe(0);
    expect(norm(r.out)).toBe(`
; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> @192.168.1.100 web.mycompany.com
; (1 server found)
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: <id>
;; flags: qr aa rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;web.mycompany.com.\t\tIN\tA

;; ANSWER SECTION:
web.mycompany.com.\t30\tIN\tA\t192.168.1.20

;; Query time: <n> msec
;; SERVER: 192.168.1.100#53(192.168.1.100) (UDP)
;; WHEN: <when>
;; MSG SIZE  rcvd: <n>

`);
  });

  it('SRV with ADDITIONAL, wide names pushing the columns', () => {
    const r = run(lan(RECORDS, RESOLV), 'dig _http._tcp.mycompany.com SRV +noall +answer +additional');
    expect(r.out).toBe(
      '_http._tcp.mycompany.com. 30\tIN\tSRV\t10 5 80 web.mycompany.com.\n' +
        'web.mycompany.com.\t30\tIN\tA\t192.168.1.20\nweb.mycompany.com.\t30\tIN\tAAAA\tfd00::20\n',
    );
  });

  it('+short follows the CNAME; -x builds the PTR name', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'dig +short www.mycompany.com').out).toBe('web.mycompany.com.\n192.168.1.20\n');
    expect(run(s, 'dig +short -x 192.168.1.21').out).toBe('db.mycompany.com.\n');
  });

  it('NODATA and NXDOMAIN exit 0 without aa; no search list unless +search', () => {
    const s = lan(RECORDS, RESOLV);
    expect(norm(run(s, 'dig db.mycompany.com AAAA').out)).toContain(
      ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: <id>\n;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n',
    );
    const nx = run(s, 'dig web');
    expect(nx.exit).toBe(0);
    expect(nx.out).toContain('status: NXDOMAIN');
    expect(nx.out).toContain(';web.\t\t\t\tIN\tA\n');
    expect(run(s, 'dig +search +short web').out).toBe('192.168.1.20\n');
  });

  it('+tcp shows (TCP); ANY goes over TCP by default', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'dig @192.168.1.100 web.mycompany.com +tcp').out).toContain(
      ';; SERVER: 192.168.1.100#53(192.168.1.100) (TCP)\n',
    );
    expect(run(s, 'dig web.mycompany.com ANY').out).toContain('(TCP)\n');
  });

  it('a LAN host without DNS refuses: exit 9, the banner after the error', () => {
    const r = run(lan(RECORDS, RESOLV), 'dig @192.168.1.1 web.mycompany.com +time=1 +tries=1');
    expect(r.exit).toBe(9);
    expect(r.out).toBe(`;; communications error to 192.168.1.1#53: connection refused

; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> @192.168.1.1 web.mycompany.com +time=1 +tries=1
; (1 server found)
;; global options: +cmd
;; no servers could be reached
`);
  });

  it('an unroutable server fails at setup, three times; the clock does not wait', () => {
    const s = lan(RECORDS, RESOLV);
    run(s, 'ip route del default');
    const before = s.world.clock.now;
    const r = run(s, 'dig @8.8.8.8 google.com');
    expect(r.exit).toBe(9);
    expect(r.out).toBe(
      ';; UDP setup with 8.8.8.8#53(8.8.8.8) for google.com failed: network unreachable.\n;; no servers could be reached\n'.repeat(
        3,
      ),
    );
    expect(s.world.clock.now - before).toBeLessThan(1000);
  });

  it('a silent server costs tries x time of virtual time', () => {
    const s = lan(RECORDS, RESOLV);
    run(s, 'iptables -A OUTPUT -p udp --dport 53 -j DROP');
    const before = s.world.clock.now;
    const r = run(s, 'dig @192.168.1.100 web.mycompany.com +time=2 +tries=2');
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      ';; communications error to 192.168.1.100#53: timed out',
      ';; communications error to 192.168.1.100#53: timed out',
    ]);
    expect(s.world.clock.now - before).toBeGreaterThanOrEqual(4000);
  });

  it('usage errors', () => {
    const s = lan(RECORDS, RESOLV);
    const bad = run(s, 'dig +foo example.com');
    expect(bad.exit).toBe(1);
    expect(bad.err).toBe(`Invalid option: +foo
Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
            {global-d-opt} host [@local-server] {local-d-opt}
            [ host [@local-server] {local-d-opt} [...]]

Use "dig -h" (or "dig -h | more") for complete list of options
`);
    expect(run(s, 'dig -t FOO web.mycompany.com +short')).toEqual({
      out: '192.168.1.20\n',
      err: ';; Warning, ignoring invalid type FOO\n',
      exit: 0,
    });
    expect(run(s, 'dig @999.1.1.1 example.com')).toEqual({
      out: '',
      err: "dig: couldn't get address for '999.1.1.1': not found\n",
      exit: 1,
    });
  });

  it('the mDNS warning for .local names', () => {
    const r = run(lan(['A printer.local 192.168.1.30'], RESOLV), 'dig printer.local +noall +comments');
    expect(r.out.split('\n').slice(1, 3)).toEqual([
      ';; WARNING: .local is reserved for Multicast DNS',
      ';; You are currently testing what happens when an mDNS query is leaked to DNS',
    ]);
  });
});
