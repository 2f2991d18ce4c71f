/**
 * ipvsadm 1.31 by hand in a plain namespace: editing the table and the
 * error texts. Wording from ipvsadm.c (fail() / tryhelp_exit) and libipvs
 * ipvs_strerror(): derived from the source, the sandbox kernel has no IPVS.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../../helpers.js';

describe('ipvsadm', () => {
  it('adds services and real servers, lists them sorted, saves and clears', () => {
    const s = caseSession(['eth0: 10.20.30.5/24']);
    expect(run(s, 'ipvsadm -A -t 10.0.0.1:80 -s rr').exit).toBe(0);
    expect(run(s, 'ipvsadm -A -u 10.0.0.1:53').exit).toBe(0);
    expect(run(s, 'ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.2:8080 -m -w 3').exit).toBe(0);
    expect(run(s, 'ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.1 -g').exit).toBe(0);
    expect(run(s, 'ipvsadm -Ln').out).toBe(
      'IP Virtual Server version 1.2.1 (size=4096)\n' +
        'Prot LocalAddress:Port Scheduler Flags\n' +
        '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n' +
        'TCP  10.0.0.1:80 rr\n' +
        '  -> 10.0.1.1:80                  Route   1      0          0         \n' +
        '  -> 10.0.1.2:8080                Masq    3      0          0         \n' +
        'UDP  10.0.0.1:53 wlc\n',
    );
    expect(run(s, 'ipvsadm -Sn').out).toBe(
      '-A -t 10.0.0.1:80 -s rr\n-a -t 10.0.0.1:80 -r 10.0.1.1:80 -g -w 1\n-a -t 10.0.0.1:80 -r 10.0.1.2:8080 -m -w 3\n-A -u 10.0.0.1:53 -s wlc\n',
    );
    expect(run(s, 'ipvsadm -A -t 10.0.0.1:80')).toEqual({
      out: '',
      err: 'Service already exists\n',
      exit: 255,
    });
    expect(run(s, 'ipvsadm -d -t 10.0.0.1:80 -r 10.9.9.9')).toEqual({
      out: '',
      err: 'No such destination\n',
      exit: 255,
    });
    expect(run(s, 'ipvsadm -C').exit).toBe(0);
    expect(run(s, 'ipvsadm -Ln | wc -l').out).toBe('3\n');
  });

  it('reports option errors as ipvsadm does', () => {
    const s = caseSession(['eth0: 10.20.30.5/24']);
    expect(run(s, 'ipvsadm -n')).toEqual({
      out: '',
      err: "Try `ipvsadm -h' or 'ipvsadm --help' for more information.\n",
      exit: 255,
    });
    expect(run(s, 'ipvsadm -L --bogus')).toEqual({ out: '', err: '--bogus: unknown option\n', exit: 255 });
    expect(run(s, 'ipvsadm -A -s rr')).toEqual({
      out: '',
      err: "You need to supply the 'service-address' option for the 'add-service' command\n",
      exit: 2,
    });
    expect(run(s, 'ipvsadm -L -t nowhere:80')).toEqual({
      out: '',
      err: 'illegal virtual server address[:port] specified\n',
      exit: 2,
    });
    expect(run(s, 'ipvsadm -Ln -t 10.0.0.9:80')).toEqual({ out: '', err: 'No such service\n', exit: 1 });
    expect(run(s, 'ipvsadm -L -A')).toEqual({ out: '', err: 'multiple commands specified\n', exit: 2 });
    expect(run(s, 'ipvsadm -L -c --stats')).toEqual({
      out: '',
      err: 'options conflicts in the list command\n',
      exit: 2,
    });
    expect(run(s, 'ipvsadm --version').out).toBe(
      'ipvsadm v1.31 2019/12/24 (compiled with popt and IPVS v1.2.1)\n',
    );
  });
});
