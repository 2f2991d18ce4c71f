/**
 * BusyBox traceroute and hostname in pods (1.35.0 defconfig, captured on
 * Debian 12), and the GNU hostname's lookups on nodes (hostname 3.23).
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../../src/kube/build/cluster-world.js';
import { DEFAULT_CLUSTER } from '../../../src/kube/cluster.js';
import { Session } from '../../../src/session.js';
import { enterBusybox, podWorld, run } from './bb-helpers.js';

const HOSTNAME_USAGE = `BusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.

Usage: hostname [-sidf] [HOSTNAME | -F FILE]

Show or set hostname or DNS domain name

\t-s\tShort
\t-i\tAddresses for the hostname
\t-d\tDNS domain name
\t-f\tFully qualified domain name
\t-F FILE\tUse FILE's content as hostname
`;

function cluster(): Session {
  const s = new Session(buildClusterWorld(DEFAULT_CLUSTER), { mode: 'script' });
  const r = s.exec('kubectl run b --image=busybox -- sleep 3600');
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return s;
}

describe('BusyBox traceroute', () => {
  const s = cluster();

  it('traces to a pod on the other node with 46-byte UDP probes', () => {
    expect(run(s, 'kubectl exec b -- traceroute -n 10.244.0.2')).toEqual({
      out:
        'traceroute to 10.244.0.2 (10.244.0.2), 30 hops max, 46 byte packets\n' +
        ' 1  10.244.1.1  0.050 ms  0.050 ms  0.050 ms\n' +
        ' 2  10.244.0.0  0.150 ms  0.150 ms  0.150 ms\n' +
        ' 3  10.244.0.2  0.225 ms  0.225 ms  0.225 ms\n',
      err: '',
      exit: 0,
    });
  });

  it('names hops by reverse lookup, prints "  *" for silence and stops at -m', () => {
    expect(run(s, 'kubectl exec b -- traceroute -q 1 10.244.0.2').out).toBe(
      'traceroute to 10.244.0.2 (10.244.0.2), 30 hops max, 46 byte packets\n' +
        ' 1  10.244.1.1 (10.244.1.1)  0.050 ms\n' +
        ' 2  10.244.0.0 (10.244.0.0)  0.150 ms\n' +
        ' 3  10-244-0-2.kube-dns.kube-system.svc.cluster.local (10.244.0.2)  0.225 ms\n',
    );
    expect(run(s, 'kubectl exec b -- traceroute -n -m 3 -q 1 -w 1 8.8.8.8').out).toBe(
      'traceroute to 8.8.8.8 (8.8.8.8), 3 hops max, 46 byte packets\n 1  10.244.1.1  0.050 ms\n 2  *\n 3  *\n',
    );
  });

  it('checks its numbers and names like busybox', () => {
    expect(run(s, 'kubectl exec b -- traceroute -m 0 10.244.0.2').err).toBe(
      'traceroute: number 0 is not in 1..255 range\ncommand terminated with exit code 1\n',
    );
    expect(run(s, 'kubectl exec b -- traceroute -q 0 10.244.0.2').err).toBe(
      'traceroute: number 0 is not in 1..2147483647 range\ncommand terminated with exit code 1\n',
    );
    expect(run(s, 'kubectl exec b -- traceroute nosuch.invalid').err).toBe(
      "traceroute: bad address 'nosuch.invalid'\ncommand terminated with exit code 1\n",
    );
  });

  it('cannot connect without a route', () => {
    const p = podWorld();
    enterBusybox(p, 'pod');
    run(p, 'ip route del default');
    expect(run(p, 'traceroute 8.8.8.8')).toEqual({
      out: '',
      err: "traceroute: can't connect to remote host (8.8.8.8): Network is unreachable\n",
      exit: 1,
    });
    expect(run(p, 'traceroute -x 1.2.3.4').err).toMatch(
      /^traceroute: invalid option -- 'x'\nBusyBox v1\.35\.0 /,
    );
  });
});

describe('BusyBox hostname', () => {
  const s = cluster();

  it('resolves its name through /etc/hosts for -i -f -d, cuts it for -s', () => {
    expect(run(s, 'kubectl exec b -- hostname').out).toBe('b\n');
    expect(run(s, 'kubectl exec b -- hostname -i').out).toBe('10.244.1.2\n');
    expect(run(s, 'kubectl exec b -- hostname -f').out).toBe('b\n');
    expect(run(s, 'kubectl exec b -- hostname -d')).toEqual({ out: '', err: '', exit: 0 });
    expect(run(s, 'kubectl exec b -- hostname -s').out).toBe('b\n');
  });

  it('is refused a new name in a pod and has no long options', () => {
    expect(run(s, 'kubectl exec b -- hostname foo').err).toBe(
      'hostname: sethostname: Operation not permitted\ncommand terminated with exit code 1\n',
    );
    expect(run(s, 'kubectl exec b -- hostname -F /nonexist').err).toBe(
      "hostname: can't open '/nonexist': No such file or directory\ncommand terminated with exit code 1\n",
    );
    expect(run(s, 'kubectl exec b -- hostname --fqdn').err).toBe(
      `hostname: unrecognized option '--fqdn'\n${HOSTNAME_USAGE}command terminated with exit code 1\n`,
    );
  });

  it('reports a failed lookup with hstrerror (no DNS server answers here: TRY_AGAIN)', () => {
    const p = podWorld();
    enterBusybox(p, 'pod', 'nosuchname');
    expect(run(p, 'hostname -i')).toEqual({
      out: '',
      err: 'hostname: nosuchname: Host name lookup failure\n',
      exit: 1,
    });
    expect(run(p, 'hostname --help')).toEqual({ out: '', err: HOSTNAME_USAGE, exit: 0 });
  });
});

describe('GNU hostname', () => {
  it('looks its own name up with getaddrinfo, so a pod name resolves from the pod hosts file', () => {
    const s = podWorld([
      'mkdir -p /etc/netns/pod',
      "printf '127.0.0.1\\tlocalhost\\n10.244.1.2\\tweb.example.com web\\n10.9.9.9\\tother web\\n' > /etc/netns/pod/hosts",
    ]);
    enterBusybox(s, 'pod', 'web');
    s.frame.ctx = { ...s.frame.ctx, userland: { flavour: 'gnu' } };
    expect(run(s, 'hostname -i').out).toBe('10.244.1.2 10.9.9.9\n');
    expect(run(s, 'hostname -f').out).toBe('web.example.com\n');
    expect(run(s, 'hostname -d').out).toBe('example.com\n');
    expect(run(s, 'hostname -s').out).toBe('web\n');
    expect(run(s, 'hostname -a').out).toBe('web other\n');
    expect(run(s, 'hostname -I').out).toBe('10.244.1.2 \n');
  });

  it('says why the lookup failed (no DNS server answers here)', () => {
    const s = podWorld();
    enterBusybox(s, 'pod', 'nosuchname');
    s.frame.ctx = { ...s.frame.ctx, userland: { flavour: 'gnu' } };
    expect(run(s, 'hostname -i')).toEqual({
      out: '',
      err: 'hostname: Temporary failure in name resolution\n',
      exit: 1,
    });
    expect(run(s, 'hostname -f').err).toBe('hostname: Temporary failure in name resolution\n');
  });
});
