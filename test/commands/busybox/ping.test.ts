/**
 * BusyBox ping in busybox pods. Formats, timing rules and wording follow
 * BusyBox 1.35.0 (defconfig, FEATURE_FANCY_PING) as captured in network
 * namespaces on Debian 12; round-trip times come from the shared probe
 * engine (the same numbers the iputils ping prints).
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../../src/kube/build/cluster-world.js';
import { DEFAULT_CLUSTER } from '../../../src/kube/cluster.js';
import { Session } from '../../../src/session.js';
import { enterBusybox, podWorld, run } from './bb-helpers.js';

const USAGE = `BusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.

Usage: ping [OPTIONS] HOST

Send ICMP ECHO_REQUESTs to HOST

\t-4,-6\t\tForce IP or IPv6 name resolution
\t-c CNT\t\tSend only CNT pings
\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)
\t-i SECS\t\tInterval
\t-A\t\tPing as soon as reply is received
\t-t TTL\t\tSet TTL
\t-I IFACE/IP\tSource interface or IP address
\t-W SEC\t\tSeconds to wait for the first response (default 10)
\t\t\t(after all -c CNT packets are sent)
\t-w SEC\t\tSeconds until ping exits (default:infinite)
\t\t\t(can exit earlier with -c CNT)
\t-q\t\tQuiet, only display output at start/finish
\t-p HEXBYTE\tPayload pattern
`;

function cluster(): Session {
  const s = new Session(buildClusterWorld(DEFAULT_CLUSTER), { mode: 'script' });
  const r = s.exec('kubectl run b --image=busybox -- sleep 3600');
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return s;
}

describe('BusyBox ping in a pod', () => {
  const s = cluster();

  it('pings a pod on the other node: seq from 0, no icmp_ prefix, BusyBox statistics', () => {
    expect(run(s, 'kubectl exec b -- ping -c 2 10.244.0.2')).toEqual({
      out:
        'PING 10.244.0.2 (10.244.0.2): 56 data bytes\n' +
        '64 bytes from 10.244.0.2: seq=0 ttl=62 time=0.225 ms\n' +
        '64 bytes from 10.244.0.2: seq=1 ttl=62 time=0.225 ms\n' +
        '\n' +
        '--- 10.244.0.2 ping statistics ---\n' +
        '2 packets transmitted, 2 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = 0.225/0.225/0.225 ms\n',
      err: '',
      exit: 0,
    });
  });

  it('is quiet with -q and leaves the time out for payloads under 4 bytes', () => {
    expect(run(s, 'kubectl exec b -- ping -c 2 -q 10.244.0.2').out).toBe(
      'PING 10.244.0.2 (10.244.0.2): 56 data bytes\n\n--- 10.244.0.2 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.225/0.225/0.225 ms\n',
    );
    expect(run(s, 'kubectl exec b -- ping -c 1 -s 1 10.244.0.2').out).toBe(
      'PING 10.244.0.2 (10.244.0.2): 1 data bytes\n9 bytes from 10.244.0.2: seq=0 ttl=62\n\n--- 10.244.0.2 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n',
    );
  });

  it('names the host as typed and resolves it through the pod resolver', () => {
    const r = run(s, 'kubectl exec b -- ping -c 1 kube-dns.kube-system');
    expect(r.out).toMatch(/^PING kube-dns\.kube-system \(10\.96\.0\.10\): 56 data bytes\n/);
    expect(run(s, 'kubectl exec b -- ping -c 1 nosuch.invalid')).toEqual({
      out: '',
      err: "ping: bad address 'nosuch.invalid'\ncommand terminated with exit code 1\n",
      exit: 1,
    });
  });

  it('says nothing about unanswered packets and ICMP errors; exits 1 when nothing came back', () => {
    const t0 = s.world.clock.now;
    expect(run(s, 'kubectl exec b -- ping -c 2 -W 1 10.244.5.5')).toEqual({
      out: 'PING 10.244.5.5 (10.244.5.5): 56 data bytes\n\n--- 10.244.5.5 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n',
      err: 'command terminated with exit code 1\n',
      exit: 1,
    });
    // one second between the packets, then -W 1 after the last
    expect(s.world.clock.now - t0).toBeGreaterThanOrEqual(2000);
    expect(run(s, 'kubectl exec b -- ping -c 1 -t 1 10.244.0.2').out).toBe(
      'PING 10.244.0.2 (10.244.0.2): 56 data bytes\n\n--- 10.244.0.2 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n',
    );
  });

  it('stops sending at the -w deadline', () => {
    expect(run(s, 'kubectl exec b -- ping -w 2 10.244.1.1').out).toBe(
      'PING 10.244.1.1 (10.244.1.1): 56 data bytes\n64 bytes from 10.244.1.1: seq=0 ttl=64 time=0.075 ms\n64 bytes from 10.244.1.1: seq=1 ttl=64 time=0.075 ms\n\n--- 10.244.1.1 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.075/0.075/0.075 ms\n',
    );
  });
});

describe('BusyBox ping: errors', () => {
  function pod() {
    const s = podWorld();
    enterBusybox(s, 'pod');
    return s;
  }

  it('dies on sendto() when there is no route, after the PING line', () => {
    const s = pod();
    run(s, 'ip route del default');
    expect(run(s, 'ping -c 2 8.8.8.8')).toEqual({
      out: 'PING 8.8.8.8 (8.8.8.8): 56 data bytes\n',
      err: 'ping: sendto: Network is unreachable\n',
      exit: 1,
    });
    expect(run(s, 'ping -c 1 -s 65508 10.244.1.3')).toEqual({
      out: 'PING 10.244.1.3 (10.244.1.3): 65508 data bytes\n',
      err: 'ping: sendto: Message too long\n',
      exit: 1,
    });
  });

  it('checks its numbers the libbb way', () => {
    const s = pod();
    expect(run(s, 'ping -c abc 1.2.3.4')).toEqual({ out: '', err: "ping: invalid number 'abc'\n", exit: 1 });
    expect(run(s, 'ping -c -1 1.2.3.4').err).toBe("ping: invalid number '-1'\n");
    expect(run(s, 'ping -c 99999999999 1.2.3.4').err).toBe("ping: invalid number '99999999999'\n");
    expect(run(s, 'ping -c 3000000000 1.2.3.4').err).toBe(
      'ping: number 3000000000 is not in 0..2147483647 range\n',
    );
    expect(run(s, 'ping -c 1 -s 70000 1.2.3.4').err).toBe('ping: number 70000 is not in 0..65535 range\n');
    expect(run(s, 'ping -c 1 -p zz 1.2.3.4').err).toBe("ping: invalid number 'zz'\n");
  });

  it('uses -I as an interface, else as a source address', () => {
    const s = pod();
    expect(run(s, 'ping -c 1 -I eth0 10.244.1.3').out).toMatch(
      /^PING 10\.244\.1\.3 \(10\.244\.1\.3\): 56 data bytes\n64 bytes from 10\.244\.1\.3: seq=0 ttl=64 /,
    );
    expect(run(s, 'ping -c 1 -I 10.244.1.2 10.244.1.3').out).toMatch(
      /^PING 10\.244\.1\.3 \(10\.244\.1\.3\) from 10\.244\.1\.2: 56 data bytes\n64 bytes from/,
    );
    expect(run(s, 'ping -c 1 -I nosuch 10.244.1.3')).toEqual({
      out: '',
      err: "ping: bad address 'nosuch'\n",
      exit: 1,
    });
    expect(run(s, 'ping -c 1 -I 1.2.3.4 10.244.1.3')).toEqual({
      out: 'PING 10.244.1.3 (10.244.1.3) from 1.2.3.4: 56 data bytes\n',
      err: "ping: can't set multicast source interface\n",
      exit: 1,
    });
  });

  it('answers option mistakes with the usage screen', () => {
    const s = pod();
    expect(run(s, 'ping --x')).toEqual({
      out: '',
      err: `ping: unrecognized option '--x'\n${USAGE}`,
      exit: 1,
    });
    expect(run(s, 'ping -z 1.2.3.4')).toEqual({
      out: '',
      err: `ping: invalid option -- 'z'\n${USAGE}`,
      exit: 1,
    });
    expect(run(s, 'ping -c')).toEqual({
      out: '',
      err: `ping: option requires an argument -- 'c'\n${USAGE}`,
      exit: 1,
    });
    expect(run(s, 'ping')).toEqual({ out: '', err: USAGE, exit: 1 });
    expect(run(s, 'ping -c 1 a b')).toEqual({ out: '', err: USAGE, exit: 1 });
    expect(run(s, 'ping -q -v 1.2.3.4')).toEqual({ out: '', err: USAGE, exit: 1 });
    expect(run(s, 'ping --help')).toEqual({ out: '', err: USAGE, exit: 0 });
  });

  it('pings its own IPv6 loopback', () => {
    const s = pod();
    expect(run(s, 'ping -c 1 -6 ::1').out).toBe(
      'PING ::1 (::1): 56 data bytes\n64 bytes from ::1: seq=0 ttl=64 time=0.030 ms\n\n--- ::1 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = 0.030/0.030/0.030 ms\n',
    );
  });

  it('leaves the iputils ping alone in a GNU userland', () => {
    const s = podWorld();
    expect(run(s, 'ip netns exec pod ping -c 1 10.244.1.3').out).toMatch(
      /^PING 10\.244\.1\.3 \(10\.244\.1\.3\) 56\(84\) bytes of data\.\n64 bytes from 10\.244\.1\.3: icmp_seq=1 ttl=64/,
    );
  });
});
