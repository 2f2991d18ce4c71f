/**
 * flannel's VXLAN forwarding table as `bridge fdb` shows it. flanneld writes
 * one entry per peer node (the peer's flannel.1 MAC, dst its public IP, NTF_SELF,
 * NUD_PERMANENT); a vxlan device dumps only its own table (vxlan_fdb_dump),
 * never the multicast address-list lines other devices show. Lines and error
 * wordings captured with iproute2 6.1 on a vxlan made with `nolearning` in
 * unshare -n; the dump order is Linux 5.15's (the nodes' kernel): eth_hash
 * buckets in turn, newest first within a bucket (6.18, where it was
 * captured, keeps one list, newest first).
 */
import { describe, expect, it } from 'vitest';
import { caseSession, clusterSession, run } from '../helpers.js';

describe('bridge fdb on flannel.1', () => {
  it("lists each peer's VTEP MAC with its node IP, on both nodes", () => {
    const s = clusterSession();
    const peerMac = (host: string) =>
      run(s, `ssh ${host} ip link show flannel.1 | awk '/ether/ {print $2}'`).out.trim();
    const cp = peerMac('controlplane');
    const n1 = peerMac('node01');
    expect(run(s, 'bridge fdb show dev flannel.1')).toEqual({
      out: `${n1} dst 192.168.121.11 self permanent\n`,
      err: '',
      exit: 0,
    });
    expect(run(s, 'bridge fdb show | grep flannel.1').out).toBe(
      `${n1} dev flannel.1 dst 192.168.121.11 self permanent\n`,
    );
    expect(run(s, 'ssh node01 bridge fdb show dev flannel.1').out).toBe(
      `${cp} dst 192.168.121.10 self permanent\n`,
    );
  });
});

describe('bridge fdb on a vxlan device by hand', () => {
  const vx = [
    'ip link add flannel.1 type vxlan id 1 dev eth0 local 10.0.0.5 dstport 8472 nolearning',
    'ip link set flannel.1 up',
  ];

  it('add/append/replace/del with dst, and their errors', () => {
    const s = caseSession(['eth0: 10.0.0.5/24']);
    for (const l of vx) expect(run(s, l).exit).toBe(0);
    expect(run(s, 'bridge fdb show dev flannel.1')).toEqual({ out: '', err: '', exit: 0 });
    expect(run(s, 'bridge fdb append ce:f4:4f:94:22:24 dev flannel.1 dst 10.0.0.6').exit).toBe(0);
    expect(run(s, 'bridge fdb add ce:f4:4f:94:22:24 dev flannel.1 dst 10.0.0.7')).toEqual({
      out: '',
      err: 'RTNETLINK answers: File exists\n',
      exit: 255,
    });
    expect(run(s, 'bridge fdb append ce:f4:4f:94:22:24 dev flannel.1 dst 10.0.0.8').exit).toBe(0);
    expect(run(s, 'bridge fdb show dev flannel.1').out).toBe(
      'ce:f4:4f:94:22:24 dst 10.0.0.6 self permanent\n',
    );
    expect(run(s, 'bridge fdb replace ce:f4:4f:94:22:24 dev flannel.1 dst 10.0.0.9').exit).toBe(0);
    expect(run(s, 'bridge fdb show dev flannel.1').out).toBe(
      'ce:f4:4f:94:22:24 dst 10.0.0.9 self permanent\n',
    );
    expect(run(s, 'bridge fdb add 00:11:22:33:44:55 dev flannel.1')).toEqual({
      out: '',
      err: 'RTNETLINK answers: Invalid argument\n',
      exit: 255,
    });
    expect(run(s, 'bridge fdb add 00:11:22:33:44:55 dev flannel.1 dst foo')).toEqual({
      out: '',
      err: 'Error: any valid address is expected rather than "foo".\n',
      exit: 1,
    });
    expect(run(s, 'bridge fdb add zz:11:22:33:44:55 dev flannel.1 dst 10.0.0.6')).toEqual({
      out: '',
      err: 'Invalid mac address zz:11:22:33:44:55\n',
      exit: 255,
    });
    expect(run(s, 'bridge fdb del 00:11:22:33:44:56 dev flannel.1')).toEqual({
      out: '',
      err: 'RTNETLINK answers: No such file or directory\n',
      exit: 255,
    });
    expect(run(s, 'bridge fdb del CE:F4:4F:94:22:24 dev flannel.1').exit).toBe(0);
    expect(run(s, 'bridge fdb show dev flannel.1').out).toBe('');
  });

  it('dumps in hash-bucket order', () => {
    const s = caseSession(['eth0: 10.0.0.5/24']);
    for (const l of vx) run(s, l);
    for (const m of [
      'ce:f4:4f:94:22:24',
      'aa:bb:cc:dd:ee:01',
      'aa:bb:cc:dd:ee:02',
      '12:34:56:78:9a:bc',
      '62:40:4a:d1:55:73',
      '0e:00:00:00:00:05',
    ])
      run(s, `bridge fdb append ${m} dev flannel.1 dst 10.0.0.6`);
    expect(run(s, "bridge fdb show dev flannel.1 | awk '{print $1}'").out).toBe(
      '12:34:56:78:9a:bc\naa:bb:cc:dd:ee:02\nce:f4:4f:94:22:24\naa:bb:cc:dd:ee:01\n62:40:4a:d1:55:73\n0e:00:00:00:00:05\n',
    );
  });
});
