/**
 * The kernel's identity on a cluster node (Ubuntu 22.04 on a GCP kernel):
 * Ubuntu's coreutils report the processor and hardware platform, so
 * `uname -a` has them; /proc/version and kernel.* sysctls agree with uname,
 * and the UTS name is each machine's own. The capture machine's view is the
 * golden case fnd-20.
 */
import { describe, expect, it } from 'vitest';
import { clusterSession, run } from '../../helpers.js';

describe('uname on a cluster node', () => {
  it('prints the Ubuntu kernel with -p and -i in -a', () => {
    const s = clusterSession();
    const build = '#92-Ubuntu SMP Fri Apr 25 13:39:02 UTC 2025';
    expect(run(s, 'uname -a').out).toBe(
      `Linux controlplane 5.15.0-1083-gcp ${build} x86_64 x86_64 x86_64 GNU/Linux\n`,
    );
    expect(run(s, 'uname -rv').out).toBe(`5.15.0-1083-gcp ${build}\n`);
    expect(run(s, 'cat /proc/version').out).toBe(
      `Linux version 5.15.0-1083-gcp (buildd@lcy02-amd64-081) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) ${build}\n`,
    );
    expect(run(s, 'sysctl kernel.osrelease kernel.version').out).toBe(
      `kernel.osrelease = 5.15.0-1083-gcp\nkernel.version = ${build}\n`,
    );
  });

  it("names each machine's UTS namespace", () => {
    const s = clusterSession();
    expect(run(s, 'ssh node01 uname -n; ssh node01 sysctl -n kernel.hostname').out).toBe('node01\nnode01\n');
    expect(
      run(s, 'kubectl run u --image=busybox -- sleep 3600; sleep 5; kubectl exec u -- uname -n').out,
    ).toBe('pod/u created\nu\n');
  });
});
