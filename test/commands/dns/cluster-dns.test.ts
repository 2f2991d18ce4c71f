/**
 * Cluster DNS from a pod's point of view: the kubeadm Corefile answering
 * from the spec's example cluster, queried with BIND's and BusyBox's tools.
 * Expected text: the real clients' captures in /work/shared/spec/captures
 * (nslookup.txt, nslookup-extra.txt, dig.txt, dns-failures.txt).
 */
import { describe, expect, it } from 'vitest';
import { runNslookup } from '../../../src/commands/dns/nslookup.js';
import { corednsLoopCheck } from '../../../src/engines/dns/loop-check.js';
import { cluster, norm, run, runAs } from './dns-helpers.js';

const HEAD = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n';
const NO_RA = ';; Got recursion not available from 10.96.0.10\n';

describe('cluster DNS with BIND nslookup', () => {
  const CASES: Array<[string, string, number, number]> = [
    ['kubernetes', `${HEAD}Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n`, 2, 0],
    [
      'kubernetes.default',
      `${HEAD}Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n`,
      3,
      0,
    ],
    [
      'web-service.default.svc.cluster.local',
      `${HEAD}Name:\tweb-service.default.svc.cluster.local\nAddress: 10.96.120.15\n\n`,
      5,
      0,
    ],
    [
      'db-0.db-headless',
      `${HEAD}Name:\tdb-0.db-headless.default.svc.cluster.local\nAddress: 10.244.1.9\n\n`,
      2,
      0,
    ],
    ['mysql.payroll', `${HEAD}Name:\tmysql.payroll.svc.cluster.local\nAddress: 10.103.170.107\n\n`, 3, 0],
    ['nosuch', `${HEAD}** server can't find nosuch: NXDOMAIN\n\n`, 3, 1],
    ['10.96.0.10', '10.0.96.10.in-addr.arpa\tname = kube-dns.kube-system.svc.cluster.local.\n\n', 1, 0],
    [
      '10.244.1.2',
      '2.1.244.10.in-addr.arpa\tname = 10-244-1-2.web-service.default.svc.cluster.local.\n2.1.244.10.in-addr.arpa\tname = 10-244-1-2.web-headless.default.svc.cluster.local.\n\n',
      1,
      0,
    ],
    [
      '10-244-1-5.default.pod.cluster.local',
      `${HEAD}Name:\t10-244-1-5.default.pod.cluster.local\nAddress: 10.244.1.5\n\n`,
      5,
      0,
    ],
    [
      'web-service.default.svc.cluster',
      `${HEAD}** server can't find web-service.default.svc.cluster: NXDOMAIN\n\n`,
      3,
      1,
    ],
    [
      'external-db',
      `${HEAD}external-db.default.svc.cluster.local\tcanonical name = db.example.com.\nName:\tdb.example.com\nAddress: 93.184.215.14\n\n`,
      1,
      0,
    ],
    ['google.com', `${HEAD}Non-authoritative answer:\nName:\tgoogle.com\nAddress: 142.250.72.14\n\n`, 3, 0],
  ];
  for (const [name, out, noRa, exit] of CASES)
    it(`nslookup ${name}`, () => {
      expect(run(cluster(), `nslookup ${name}`)).toEqual({ out, err: NO_RA.repeat(noRa), exit });
    });

  it('nslookup web-headless: every ready endpoint (loadbalance shuffles them)', () => {
    const r = run(cluster(), 'nslookup web-headless');
    expect(r.out.startsWith(HEAD) && r.out.endsWith('\n\n')).toBe(true);
    const pairs = r.out
      .slice(HEAD.length, -1)
      .split('Name:')
      .filter((x) => x.trim());
    expect(pairs.sort()).toEqual(
      [2, 3, 4].map((n) => `\tweb-headless.default.svc.cluster.local\nAddress: 10.244.1.${n}\n`),
    );
  });

  it('nslookup -type=srv of a headless service', () => {
    expect(run(cluster(), 'nslookup -type=srv _http._tcp.web-headless.default.svc.cluster.local').out).toBe(
      `${HEAD}${[2, 3, 4]
        .map(
          (n) =>
            `_http._tcp.web-headless.default.svc.cluster.local\tservice = 0 33 80 10-244-1-${n}.web-headless.default.svc.cluster.local.\n`,
        )
        .join('')}\n`,
    );
  });
});

describe('cluster DNS with dig and host', () => {
  it('dig: aa without ra, the recursion warning, the mDNS warning and the echoed cookie', () => {
    const out = norm(run(cluster(), 'dig web-service.default.svc.cluster.local').out);
    expect(out.split('\n').slice(4, 15)).toEqual([
      ';; WARNING: .local is reserved for Multicast DNS',
      ';; You are currently testing what happens when an mDNS query is leaked to DNS',
      ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: <id>',
      ';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1',
      ';; WARNING: recursion requested but not available',
      '',
      ';; OPT PSEUDOSECTION:',
      '; EDNS: version: 0, flags:; udp: 1232',
      expect.stringMatching(/^; COOKIE: [0-9a-f]{16} \(echoed\)$/),
      ';; QUESTION SECTION:',
      ';web-service.default.svc.cluster.local. IN A',
    ]);
    expect(out).toContain(
      ';; ANSWER SECTION:\nweb-service.default.svc.cluster.local. 30 IN A\t10.96.120.15\n',
    );
    expect(out).toContain(';; MSG SIZE  rcvd: <n>\n');
  });

  it('dig: NXDOMAIN carries the zone SOA', () => {
    expect(run(cluster(), 'dig nosuch.default.svc.cluster.local +noall +authority').out).toBe(
      'cluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. 1732612345 7200 1800 86400 30\n',
    );
  });

  it('dig +search, SRV additional, -x', () => {
    const s = cluster();
    expect(run(s, 'dig +search +short web-service').out).toBe('10.96.120.15\n');
    expect(
      run(s, 'dig SRV _http._tcp.web-service.default.svc.cluster.local +noall +answer +additional').out,
    ).toBe(
      '_http._tcp.web-service.default.svc.cluster.local. 30 IN\tSRV 0 100 80 web-service.default.svc.cluster.local.\n' +
        'web-service.default.svc.cluster.local. 30 IN A\t10.96.120.15\n',
    );
    expect(run(s, 'dig -x 10.96.0.1 +short').out).toBe('kubernetes.default.svc.cluster.local.\n');
  });

  it('forwarded names: not authoritative, recursion available', () => {
    const out = run(cluster(), 'dig google.com +noall +comments +answer').out;
    expect(out).toContain(';; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n');
    expect(out).toContain('google.com.\t\t287\tIN\tA\t142.250.72.14\n');
  });

  it('host and getent through the search list', () => {
    const s = cluster();
    expect(run(s, 'host web-service').out).toBe(
      'web-service.default.svc.cluster.local has address 10.96.120.15\n',
    );
    expect(run(s, 'host -t srv _https._tcp.kubernetes.default.svc.cluster.local').out).toBe(
      '_https._tcp.kubernetes.default.svc.cluster.local has SRV record 0 100 443 kubernetes.default.svc.cluster.local.\n',
    );
    expect(run(s, 'getent hosts web-service.default').out).toBe(
      '10.96.120.15    web-service.default.svc.cluster.local\n',
    );
  });
});

describe('cluster DNS with BusyBox nslookup', () => {
  const bb = { flavour: 'busybox' as const, image: 'busybox:1.35' };
  const BB_HEAD = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n';

  it('>= 1.29 asks every search domain for A and AAAA and exits 1', () => {
    const nx = (n: string) => `** server can't find ${n}: NXDOMAIN\n\n`;
    expect(runAs(cluster(), bb, ['nslookup', 'kubernetes'], runNslookup)).toEqual({
      out: `${BB_HEAD}Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n${nx('kubernetes.svc.cluster.local')}${nx('kubernetes.cluster.local')}\n${nx('kubernetes.svc.cluster.local')}${nx('kubernetes.cluster.local')}`,
      err: '',
      exit: 1,
    });
  });

  it('>= 1.29 asks a dotted name as it is', () => {
    expect(runAs(cluster(), bb, ['nslookup', 'web-service.default'], runNslookup).out).toBe(
      `${BB_HEAD}** server can't find web-service.default: NXDOMAIN\n\n** server can't find web-service.default: NXDOMAIN\n\n`,
    );
  });

  it('>= 1.29: reverse and CNAME without trailing dots', () => {
    const s = cluster();
    expect(runAs(s, bb, ['nslookup', '10.96.0.10'], runNslookup).out).toBe(
      `${BB_HEAD}10.0.96.10.in-addr.arpa\tname = kube-dns.kube-system.svc.cluster.local\n\n`,
    );
    expect(runAs(s, bb, ['nslookup', 'external-db.default.svc.cluster.local'], runNslookup).out).toBe(
      `${BB_HEAD}external-db.default.svc.cluster.local\tcanonical name = db.example.com\nName:\tdb.example.com\nAddress: 93.184.215.14\n\nexternal-db.default.svc.cluster.local\tcanonical name = db.example.com\n\n`,
    );
  });

  it('1.28 goes through libc: search list and ndots apply, reverse names follow each address', () => {
    expect(
      runAs(
        cluster(),
        { flavour: 'busybox', image: 'busybox:1.28' },
        ['nslookup', 'kubernetes.default'],
        runNslookup,
      ),
    ).toEqual({
      out:
        'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n' +
        'Name:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n',
      err: '',
      exit: 0,
    });
  });

  it('no server listening', () => {
    const s = cluster();
    s.world.netns.forEach((n) => {
      n.sockets = n.sockets.filter((k) => k.app !== 'coredns');
    });
    expect(runAs(s, bb, ['nslookup', 'kubernetes'], runNslookup)).toEqual({
      out: ';; connection timed out; no servers could be reached\n\n',
      err: "nslookup: write to '10.96.0.10': Connection refused\n",
      exit: 1,
    });
    expect(run(s, 'nslookup kubernetes')).toEqual({
      out: `${';; communications error to 10.96.0.10#53: connection refused\n'.repeat(3)};; no servers could be reached\n\n`,
      err: '',
      exit: 1,
    });
  });
});

describe('the loop probe', () => {
  it('an upstream that is CoreDNS itself is a fatal loop; the LAN resolver is not', () => {
    const s = cluster();
    const root = s.world.netns.get(s.frame.ctx.host.rootNetns);
    const sock = root?.sockets.find((k) => k.app === 'coredns' && k.proto === 'udp');
    if (!root || !sock) throw new Error('no coredns socket');
    expect(corednsLoopCheck(s.world, root, sock)).toBeNull();
    const cfg = sock.config as { files: Record<string, string> };
    cfg.files['/etc/resolv.conf'] = 'nameserver 10.96.0.10\n';
    expect(corednsLoopCheck(s.world, root, sock)).toMatch(
      /^\[FATAL\] plugin\/loop: Loop \(10\.96\.0\.10:\d+ -> :53\) detected for zone "\.", see https:\/\/coredns\.io\/plugins\/loop#troubleshooting\. Query: "HINFO \d{19}\.\d{19}\."$/,
    );
  });
});
