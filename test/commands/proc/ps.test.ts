/**
 * procps-ng 3.3.17 ps on the default cluster world. Layouts are the ones
 * captured from the real ps 3.3.17 (built from Debian's source, run in a
 * PID namespace with kernel.pid_max 4194304 so PID columns are 7 wide)
 * with the world's processes, pids and times substituted:
 *
 *     PID TTY          TIME CMD
 *      11 pts/0    00:00:00 bash
 *   UID          PID    PPID  C STIME TTY          TIME CMD
 *   root           6       1  0 18:32 ?        00:00:00 kube-apiserver 100000
 *   USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
 *   65535          5  0.0  0.0   2920  1792 ?        S    18:32   0:00 /tmp/kl/fake/
 */
import { describe, expect, it } from 'vitest';
import { caseSession } from '../../helpers.js';
import { cluster, l, ok, proc, r, run, sandbox } from './proc-helpers.js';

describe('ps on a node', () => {
  it('plain ps shows the login shell and ps on pts/0', () => {
    const s = cluster();
    expect(run(s, 'ps')).toEqual({
      out: '    PID TTY          TIME CMD\n   4242 pts/0    00:00:00 bash\n   4243 pts/0    00:00:00 ps\n',
      err: '',
      exit: 0,
    });
    // every run of ps is a new process
    expect(ok(s, 'ps --no-headers')).toBe('   4242 pts/0    00:00:00 bash\n   4244 pts/0    00:00:00 ps\n');
  });

  it('ps -ef | grep kube-apiserver: the static pod flags, parent the containerd shim, 6% CPU for 17 minutes', () => {
    const s = cluster();
    const api = proc(s, 'controlplane', /^kube-apiserver /);
    const shim = proc(s, 'controlplane', new RegExp(`-id ${sandbox(s, 'kube-apiserver').id} `));
    expect(api.ppid).toBe(shim.pid);
    // grep was forked with ps and is waiting on the pipe, so it finds itself
    expect(ok(s, 'ps -ef | grep kube-apiserver')).toBe(
      `${l('root', 8)} ${r(api.pid, 7)} ${r(shim.pid, 7)} ${r(6, 2)} 08:43 ${l('?', 8)} 00:01:02 ${api.command}\n` +
        'root        4244    4242  0 09:00 pts/0    00:00:00 grep kube-apiserver\n',
    );
    expect(api.command).toMatch(
      /^kube-apiserver --advertise-address=192\.168\.121\.10 --allow-privileged=true /,
    );
    expect(api.command).toContain(' --service-cluster-ip-range=10.96.0.0/12 ');
  });

  it('ps -ef: the header, init, the shim and kube-proxy with $(NODE_NAME) expanded', () => {
    const s = cluster();
    const lines = ok(s, 'ps -ef').split('\n');
    expect(lines[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(lines[1]).toBe('root           1       0  0 08:43 ?        00:00:01 /sbin/init');
    const sb = sandbox(s, 'kube-proxy');
    const shim = proc(s, 'controlplane', new RegExp(`-id ${sb.id} `));
    expect(lines).toContain(
      `root    ${r(shim.pid, 8)} ${r(1, 7)}  0 08:43 ?        00:00:00 /usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${sb.id} -address /run/containerd/containerd.sock`,
    );
    const kp = proc(s, 'controlplane', /kube-proxy --config/);
    expect(kp.command).toBe(
      '/usr/local/bin/kube-proxy --config=/var/lib/kube-proxy/config.conf --hostname-override=controlplane',
    );
    expect(lines).toContain(
      `65535   ${r(sb.pausePid, 8)} ${r(shim.pid, 7)}  0 08:43 ?        00:00:00 /pause`,
    );
  });

  it('ps aux: users (systemd+ for systemd-resolve, 65535 for pause, 65532 for CoreDNS), STAT, %CPU/%MEM, overflowing VSZ', () => {
    const s = cluster();
    const lines = ok(s, 'ps aux').split('\n');
    expect(lines[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(lines[1]).toBe('root           1  0.1  0.3 167744 13056 ?        Ss   08:43   0:01 /sbin/init');
    const resolved = proc(s, 'controlplane', /systemd-resolved/);
    expect(lines).toContain(
      `systemd+ ${r(resolved.pid, 7)}  0.0  0.3  25260 12416 ?        Ss   08:43   0:00 /lib/systemd/systemd-resolved`,
    );
    const pause = sandbox(s, 'etcd').pausePid;
    expect(lines).toContain(
      `65535   ${r(pause, 8)}  0.0  0.0    996     4 ?        Ss   08:43   0:00 /pause`,
    );
    const etcd = proc(s, 'controlplane', /^etcd /);
    expect(lines).toContain(
      `root    ${r(etcd.pid, 8)}  2.1  1.3 11742808 52644 ?      Ssl  08:43   0:21 ${etcd.command}`,
    );
    const dns = proc(s, 'controlplane', /^\/coredns /);
    expect(lines.find((x) => x.startsWith(`65532   ${r(dns.pid, 8)}`))).toMatch(
      / Ssl {2}08:44 {3}0:01 \/coredns -conf \/etc\/coredns\/Corefile$/,
    );
    const kubelet = proc(s, 'controlplane', /^\/usr\/bin\/kubelet /);
    expect(lines).toContain(
      `root    ${r(kubelet.pid, 8)}  2.4  2.4 2034120 98152 ?       Ssl  08:43   0:24 ${kubelet.command}`,
    );
    expect(lines).toContain('root        4242  0.0  0.1   8460  5236 pts/0    Ss   09:00   0:00 -bash');
    expect(lines).toContain('root        4243  0.0  0.0  10072  3400 pts/0    R+   09:00   0:00 ps aux');
  });

  it('on a terminal the line stops at the terminal width; in a pipe it does not', () => {
    const s = cluster({ tty: 80 });
    const lines = ok(s, 'ps aux').split('\n');
    const pid = proc(s, 'controlplane', /systemd-resolved/).pid;
    expect(lines).toContain(
      `systemd+ ${r(pid, 7)}  0.0  0.3  25260 12416 ?        Ss   08:43   0:00 /lib/systemd/`,
    );
    expect(Math.max(...lines.map((x) => x.length))).toBe(80);
    expect(ok(s, 'ps aux | grep systemd-resolved')).toContain('/lib/systemd/systemd-resolved\n');
  });

  it('ps -e names processes by comm: systemd, 15-character names', () => {
    const s = cluster();
    const out = ok(s, 'ps -e');
    expect(out.split('\n')[1]).toBe('      1 ?        00:00:01 systemd');
    expect(out).toMatch(/ \? +00:00:00 containerd-shim\n/);
    expect(out).toMatch(/ \? +00:00:17 kube-controller\n/);
    expect(out).toMatch(/ \? +00:00:00 systemd-resolve\n/);
  });

  it('selection: -p, -C, -o with empty headers, --no-headers, -u', () => {
    const s = cluster();
    expect(ok(s, 'ps -p 1 -o pid,comm')).toBe('    PID COMMAND\n      1 systemd\n');
    const kubelet = proc(s, 'controlplane', /^\/usr\/bin\/kubelet /).pid;
    expect(ok(s, 'ps -C kubelet -o pid=')).toBe(`${r(kubelet, 7)}\n`);
    expect(ok(s, 'ps -C kubelet')).toBe(
      `    PID TTY          TIME CMD\n${r(kubelet, 7)} ?        00:00:24 kubelet\n`,
    );
    expect(run(s, 'ps -p 999999')).toEqual({ out: '    PID TTY          TIME CMD\n', err: '', exit: 1 });
    expect(ok(s, 'ps -u 65532 -o user,comm')).toBe('USER     COMMAND\n65532    coredns\n65532    coredns\n');
    expect(ok(s, 'ps -o pid,ppid,user,stat,etime,lstart,args -p 1')).toBe(
      '    PID    PPID USER     STAT     ELAPSED                  STARTED COMMAND\n      1       0 root     Ss         17:00 Sat Nov 21 08:43:00 2026 /sbin/init\n',
    );
  });

  it('--sort by %CPU and %MEM', () => {
    const s = cluster();
    expect(ok(s, 'ps -eo pid,comm,%cpu,%mem --sort=-%cpu | head -3')).toMatch(
      /^ {4}PID COMMAND {9}%CPU %MEM\n +\d+ kube-apiserver {3}6\.1 {2}7\.7\n +\d+ kubelet {10}2\.4 {2}2\.4\n$/,
    );
    expect(ok(s, 'ps -eo comm= --sort=-rss | head -2')).toBe('kube-apiserver\nkube-controller\n');
  });

  it('ps -ef --forest: shims under init, pause and the container under their shim, the shell under sshd', () => {
    const s = cluster();
    const lines = ok(s, 'ps -ef --forest').split('\n');
    const sb = sandbox(s, 'etcd');
    const i = lines.findIndex((x) => x.includes(`-id ${sb.id} `));
    expect(lines[i + 1]).toBe(
      `65535   ${r(sb.pausePid, 8)} ${r(sb.pausePid - 1, 7)}  0 08:43 ?        00:00:00  \\_ /pause`,
    );
    expect(lines[i + 2]).toMatch(/ 00:00:21 {2}\\_ etcd --advertise-client-urls=/);
    expect(lines.filter((x) => /sshd: root@pts\/0|-bash|ps -ef --forest/.test(x))).toEqual([
      'root        4231     101  0 09:00 ?        00:00:00  \\_ sshd: root@pts/0',
      'root        4242    4231  0 09:00 pts/0    00:00:00      \\_ -bash',
      'root        4243    4242  0 09:00 pts/0    00:00:00          \\_ ps -ef --forest',
    ]);
  });

  it('usage errors print the real messages and the short usage on stderr', () => {
    const s = cluster();
    const usage =
      "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";
    for (const [line, msg] of [
      ['ps -Q', 'unsupported SysV option'],
      ['ps --foo', 'unknown gnu long option'],
      ['ps -p', 'list of process IDs must follow -p'],
      ['ps -p abc', 'process ID list syntax error'],
      ['ps -o foo', 'unknown user-defined format specifier "foo"'],
      ['ps -C', 'list of command names must follow -C'],
      ['ps -o', 'format specification must follow -o'],
      ['ps -u nosuchuser', 'user name does not exist'],
      ['ps --sort=foo', 'unknown sort specifier'],
      ['ps -q', 'List of process IDs must follow -q.'],
    ] as const) {
      expect(run(s, line), line).toEqual({ out: '', err: `error: ${msg}\n${usage}`, exit: 1 });
    }
    expect(run(s, 'ps -V')).toEqual({ out: 'ps from procps-ng 3.3.17\n', err: '', exit: 0 });
    // "ps -aux" is read the BSD way once the UNIX way fails (no user "x")
    expect(ok(s, 'ps -aux').split('\n')[0]).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
    );
  });
});

describe('ps on a host with the kernel default pid_max', () => {
  it('uses five-digit PID columns', () => {
    const s = caseSession(['eth0: 192.168.1.10/24']);
    expect(run(s, 'ps')).toEqual({
      out: '  PID TTY          TIME CMD\n 4242 pts/0    00:00:00 bash\n 4243 pts/0    00:00:00 ps\n',
      err: '',
      exit: 0,
    });
    expect(ok(s, 'ps -ef').split('\n')[0]).toBe('UID        PID  PPID  C STIME TTY          TIME CMD');
  });
});

describe('ps inside a pod', () => {
  it('BusyBox ps: PID 1 is the container command, the exec is the next pid', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sleep 3600');
    ok(s, 'sleep 5');
    expect(run(s, 'kubectl exec bb -- ps')).toEqual({
      out: 'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    7 root      0:00 ps\n',
      err: '',
      exit: 0,
    });
    expect(ok(s, 'kubectl exec bb -- ps -o pid,user,comm,vsz,rss,stat,tty,etime,time')).toBe(
      'PID   USER     COMMAND          VSZ  RSS  STAT TT     ELAPSED TIME\n    1 root     sleep            1336    4 S    ?       0:05    0:00\n   13 root     ps               1336    4 R    ?       0:00    0:00\n',
    );
    expect(ok(s, 'kubectl exec bb -- ps aux')).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n   19 root      0:00 ps aux\n',
    );
  });

  it('BusyBox ps errors', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sleep 3600');
    expect(run(s, 'kubectl exec bb -- ps -o foo')).toEqual({
      out: '',
      err: "ps: bad -o argument 'foo', supported arguments: user,group,comm,args,pid,ppid,pgid,etime,nice,rgroup,ruser,time,tty,vsz,sid,stat,rss\ncommand terminated with exit code 1\n",
      exit: 1,
    });
    expect(run(s, 'kubectl exec bb -- ps -p 1').err).toBe(
      "ps: invalid option -- 'p'\nBusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.\n\nUsage: ps [-o COL1,COL2=HEADER] [-T]\n\nShow list of processes\n\n\t-o COL1,COL2=HEADER\tSelect columns for display\n\t-T\t\t\tShow threads\ncommand terminated with exit code 1\n",
    );
  });

  it('images without ps cannot run it', () => {
    const s = cluster();
    ok(s, 'kubectl run web --image=nginx');
    expect(run(s, 'kubectl exec web -- ps').err).toMatch(
      /exec: "ps": executable file not found in \$PATH: unknown\n$/,
    );
  });
});

describe('ps in a pipeline', () => {
  it("lists the later stages, forked before ps ran: grep finds itself, tail's line is last", () => {
    const s = cluster();
    expect(ok(s, 'ps aux | grep kubelet | cut -c1-100')).toBe(
      'root         103  2.4  2.4 2034120 98152 ?       Ssl  08:43   0:24 /usr/bin/kubelet --bootstrap-kube\n' +
        'root         109  6.1  7.7 1529536 312744 ?      Ssl  08:43   1:02 kube-apiserver --advertise-addres\n' +
        'root        4244  0.0  0.0   8160  2524 pts/0    S+   09:00   0:00 grep kubelet\n',
    );
    // pids: ps 4243, grep 4244, cut 4245 before; now ps 4246 and tail 4247
    expect(ok(s, 'ps aux | tail -3')).toBe(
      'root        4242  0.0  0.1   8460  5236 pts/0    Ss   09:00   0:00 -bash\n' +
        'root        4246  0.0  0.0  10072  3400 pts/0    R+   09:00   0:00 ps aux\n' +
        'root        4247  0.0  0.0   7100  3000 pts/0    S+   09:00   0:00 tail -3\n',
    );
    expect(ok(s, 'ps -o pid,ppid,stat,wchan,args | tail -2')).toBe(
      '   4248    4242 R+   -      ps -o pid,ppid,stat,wchan,args\n   4249    4242 S+   pipe_r tail -2\n',
    );
    // the usual idiom filters grep out; a stage run by the shell itself is a copy of it
    expect(ok(s, 'ps aux | grep -v grep | grep -c kubelet')).toBe('2\n');
    expect(ok(s, 'pat=kube-sched; ps -e -o args | grep "$pat" | cut -c1-30')).toBe(
      'kube-scheduler --authenticatio\ngrep kube-sched\n',
    );
    expect(ok(s, 'ps -o pid,args | { cat; }')).toBe(
      '    PID COMMAND\n   4242 -bash\n   4256 ps -o pid,args\n   4257 -bash\n',
    );
  });

  it('only at the place the pipeline runs: a pod sees its own stages, not the node shell', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox:1.28 -- sleep 3600');
    ok(s, 'sleep 5');
    expect(ok(s, "kubectl exec bb -- sh -c 'ps | grep sleep'")).toBe(
      '    1 root      0:00 sleep 3600\n    8 root      0:00 grep sleep\n',
    );
    expect(ok(s, 'kubectl exec bb -- ps | grep sleep')).toBe('    1 root      0:00 sleep 3600\n');
  });
});
