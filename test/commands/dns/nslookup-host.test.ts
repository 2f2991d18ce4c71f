/** nslookup, host, getent and ping by name on the golden LAN (expected text from real BIND 9.18 / glibc runs). */
import { describe, expect, it } from 'vitest';
import { lan, norm, run } from './dns-helpers.js';

const RECORDS = [
  'A web.mycompany.com 192.168.1.20',
  'AAAA web.mycompany.com fd00::20',
  'A db.mycompany.com 192.168.1.21',
  'A api.prod.mycompany.com 192.168.1.30',
  'CNAME www.mycompany.com web.mycompany.com',
  'CNAME dangling.mycompany.com nowhere.mycompany.com',
  'SRV _http._tcp.mycompany.com web.mycompany.com 80 10 5',
  'MX mycompany.com mail.mycompany.com 10',
  'TXT mycompany.com "v=spf1 -all"',
];
const RESOLV = ['nameserver 192.168.1.100', 'search mycompany.com prod.mycompany.com'];
const HEAD = 'Server:\t\t192.168.1.100\nAddress:\t192.168.1.100#53\n\n';

describe('nslookup', () => {
  it('A then AAAA through the search list', () => {
    expect(run(lan(RECORDS, RESOLV), 'nslookup web')).toEqual({
      out: `${HEAD}Name:\tweb.mycompany.com\nAddress: 192.168.1.20\nName:\tweb.mycompany.com\nAddress: fd00::20\n\n`,
      err: '',
      exit: 0,
    });
  });

  it('canonical name lines, then the AAAA of the target', () => {
    expect(run(lan(RECORDS, RESOLV), 'nslookup www.mycompany.com').out).toBe(
      `${HEAD}www.mycompany.com\tcanonical name = web.mycompany.com.\nName:\tweb.mycompany.com\nAddress: 192.168.1.20\nName:\tweb.mycompany.com\nAddress: fd00::20\n\n`,
    );
  });

  it('-type= queries print rdata with their labels', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'nslookup -type=SRV _http._tcp.mycompany.com').out).toBe(
      `${HEAD}_http._tcp.mycompany.com\tservice = 10 5 80 web.mycompany.com.\n\n`,
    );
    expect(run(s, 'nslookup -query=MX mycompany.com').out).toBe(
      `${HEAD}mycompany.com\tmail exchanger = 10 mail.mycompany.com.\n\n`,
    );
    expect(run(s, 'nslookup -type=TXT mycompany.com').out).toBe(
      `${HEAD}mycompany.com\ttext = "v=spf1 -all"\n\n`,
    );
  });

  it('reverse lookups print no server header', () => {
    expect(run(lan(RECORDS, RESOLV), 'nslookup 192.168.1.20').out).toBe(
      '20.1.168.192.in-addr.arpa\tname = web.mycompany.com.\n\n',
    );
  });

  it('NXDOMAIN names the name as typed, exit 1; a dangling CNAME fails on its target', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'nslookup nothere')).toEqual({
      out: `${HEAD}** server can't find nothere: NXDOMAIN\n\n`,
      err: '',
      exit: 1,
    });
    expect(run(s, 'nslookup dangling.mycompany.com').out).toBe(
      `${HEAD}dangling.mycompany.com\tcanonical name = nowhere.mycompany.com.\n** server can't find nowhere.mycompany.com: NXDOMAIN\n\n`,
    );
  });

  it('NODATA for a non-default type: Non-authoritative answer / No answer', () => {
    expect(run(lan(RECORDS, RESOLV), 'nslookup -type=AAAA db.mycompany.com').out).toBe(
      `${HEAD}Non-authoritative answer:\n*** Can't find db.mycompany.com: No answer\n\n`,
    );
  });

  it('bad type and no arguments', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'nslookup -type=FOO db').out).toBe(
      `unknown query type: FOO\n${HEAD}Name:\tdb.mycompany.com\nAddress: 192.168.1.21\n\n`,
    );
    expect(run(s, 'nslookup')).toEqual({ out: '\n', err: '', exit: 1 });
  });

  it('the default resolv.conf (127.0.0.53, nothing listening): three refusals', () => {
    const s = lan(RECORDS);
    run(s, "printf 'nameserver 127.0.0.53\\noptions edns0 trust-ad\\n' > /etc/resolv.conf");
    expect(run(s, 'nslookup google.com')).toEqual({
      out: `${';; communications error to 127.0.0.53#53: connection refused\n'.repeat(3)};; no servers could be reached\n\n`,
      err: '',
      exit: 1,
    });
  });
});

describe('host', () => {
  it('A, AAAA and MX of the name found', () => {
    expect(run(lan(RECORDS, RESOLV), 'host web').out).toBe(
      'web.mycompany.com has address 192.168.1.20\nweb.mycompany.com has IPv6 address fd00::20\n',
    );
  });

  it('explicit server header, -t types, reverse, NXDOMAIN', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'host db.mycompany.com 192.168.1.100').out).toBe(
      'Using domain server:\nName: 192.168.1.100\nAddress: 192.168.1.100#53\nAliases: \n\ndb.mycompany.com has address 192.168.1.21\n',
    );
    expect(run(s, 'host -t MX mycompany.com').out).toBe(
      'mycompany.com mail is handled by 10 mail.mycompany.com.\n',
    );
    expect(run(s, 'host -t SRV _http._tcp.mycompany.com').out).toBe(
      '_http._tcp.mycompany.com has SRV record 10 5 80 web.mycompany.com.\n',
    );
    expect(run(s, 'host -t AAAA db.mycompany.com').out).toBe('db.mycompany.com has no AAAA record\n');
    expect(run(s, 'host 192.168.1.21').out).toBe(
      '21.1.168.192.in-addr.arpa domain name pointer db.mycompany.com.\n',
    );
    expect(run(s, 'host nothere.mycompany.com')).toEqual({
      out: 'Host nothere.mycompany.com not found: 3(NXDOMAIN)\n',
      err: '',
      exit: 1,
    });
    expect(run(s, 'host -t FOO example.com')).toEqual({
      out: '',
      err: 'host: invalid type: FOO\n\n',
      exit: 2,
    });
  });

  it('-v prints Trying lines, sections and the bytes received', () => {
    const out = norm(run(lan(RECORDS, RESOLV), 'host -v -t A api').out);
    expect(out).toBe(`Trying "api.mycompany.com"
Trying "api.prod.mycompany.com"
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: <id>
;; flags: qr aa rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0

;; QUESTION SECTION:
;api.prod.mycompany.com.\t\tIN\tA

;; ANSWER SECTION:
api.prod.mycompany.com.\t30\tIN\tA\t192.168.1.30

Received 56 bytes from 192.168.1.100#53 in <n> ms
`);
  });
});

describe('getent and ping', () => {
  it('getent hosts asks IPv6 first: /etc/hosts IPv4 loses to the DNS AAAA', () => {
    const s = lan(RECORDS, RESOLV);
    run(s, 'echo "192.168.1.20 web" >> /etc/hosts');
    expect(run(s, 'getent hosts web').out).toBe('fd00::20        web.mycompany.com\n');
    expect(run(s, 'getent ahostsv4 web').out).toBe(
      '192.168.1.20    STREAM web\n192.168.1.20    DGRAM  \n192.168.1.20    RAW    \n',
    );
    const ping = run(s, 'ping -c 1 web');
    expect(ping.out.split('\n')[0]).toBe('PING web (192.168.1.20) 56(84) bytes of data.');
  });

  it('ping shows the canonical name found through the search list', () => {
    const ping = run(lan(RECORDS, RESOLV), 'ping -c 1 api');
    expect(ping.out.split('\n').slice(0, 2)).toEqual([
      'PING api.prod.mycompany.com (192.168.1.30) 56(84) bytes of data.',
      expect.stringMatching(
        /^64 bytes from api\.prod\.mycompany\.com \(192\.168\.1\.30\): icmp_seq=1 ttl=64 time=/,
      ),
    ]);
  });

  it('not found: getent exits 2 silently, ping says why', () => {
    const s = lan(RECORDS, RESOLV);
    expect(run(s, 'getent hosts nothere')).toEqual({ out: '', err: '', exit: 2 });
    expect(run(s, 'ping -c 1 nothere')).toEqual({
      out: '',
      err: 'ping: nothere: Name or service not known\n',
      exit: 2,
    });
  });

  it('CNAME owners become aliases in getent hosts', () => {
    expect(run(lan(RECORDS, RESOLV), 'getent hosts www.mycompany.com').out).toBe(
      'fd00::20        web.mycompany.com www.mycompany.com\n',
    );
  });
});
