/**
 * ipset against the data plane: a hash:net set with a more specific
 * `nomatch` entry, used by iptables -m set (kernel semantics: the most
 * specific matching entry decides), and the References count.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run, setup } from '../../helpers.js';

describe('ipset with iptables -m set', () => {
  it('a nomatch entry inside a matching net excludes its address', () => {
    const s = caseSession(['eth0: 10.50.1.20/24', 'lan-hosts: 10.50.1.1 10.50.1.2']);
    setup(s, [
      'ipset create nets hash:net',
      'ipset add nets 10.50.1.0/24',
      'ipset add nets 10.50.1.2 nomatch',
      'iptables -A OUTPUT -m set --match-set nets dst -j DROP',
    ]);
    expect(run(s, 'ipset test nets 10.50.1.2')).toEqual({
      out: '',
      err: '10.50.1.2 is NOT in set nets.\n',
      exit: 1,
    });
    expect(run(s, 'ipset test nets 10.50.1.1')).toEqual({
      out: '',
      err: 'Warning: 10.50.1.1 is in set nets.\n',
      exit: 0,
    });
    expect(run(s, 'ping -c 1 -W 1 10.50.1.2 | grep -c "bytes from"').out).toBe('1\n');
    expect(run(s, 'ping -c 1 -W 1 10.50.1.1 | grep -c "bytes from"').out).toBe('0\n');
    expect(run(s, 'ipset save nets')).toEqual({
      out: expect.stringMatching(
        /^create nets hash:net family inet hashsize 1024 maxelem 65536 bucketsize 12 initval 0x[0-9a-f]{8}\nadd nets 10\.50\.1\.0\/24\nadd nets 10\.50\.1\.2 nomatch\n$/,
      ),
      err: '',
      exit: 0,
    });
    expect(run(s, 'ipset list -t nets | tail -3').out).toBe(
      'Size in memory: 552\nReferences: 1\nNumber of entries: 2\n',
    );
  });
});
