/**
 * pgrep/pkill/pidof (procps-ng 3.3.17) and bash's kill on the cluster
 * world. Outputs follow the real tools' captures: pgrep prints one pid per
 * line, -l the 15-character comm, -a the command line; pidof lists newest
 * first; bash's kill messages are "bash: line N: kill: ..." in a script
 * (as golden fnd-42 captured them).
 */
import { describe, expect, it } from 'vitest';
import { cluster, container, ok, proc, run, sandbox } from './proc-helpers.js';

describe('pgrep and pidof', () => {
  it('match the comm, or the command line with -f', () => {
    const s = cluster();
    const pid = (re: RegExp) => proc(s, 'controlplane', re).pid;
    const kubelet = pid(/^\/usr\/bin\/kubelet /);
    const api = pid(/^kube-apiserver /);
    const kcm = pid(/^kube-controller-manager /);
    const sched = pid(/^kube-scheduler /);
    const proxy = pid(/kube-proxy --config/);
    expect(ok(s, 'pgrep kube')).toBe(`${kubelet}\n${api}\n${kcm}\n${sched}\n${proxy}\n`);
    expect(ok(s, 'pgrep -l kube')).toBe(
      `${kubelet} kubelet\n${api} kube-apiserver\n${kcm} kube-controller\n${sched} kube-scheduler\n${proxy} kube-proxy\n`,
    );
    expect(ok(s, 'pgrep -c kube')).toBe('5\n');
    expect(ok(s, 'pgrep -x kubelet')).toBe(`${kubelet}\n`);
    // the comm is cut at 15 characters: the full name never matches without -f
    expect(run(s, 'pgrep kube-controller-manager')).toEqual({ out: '', err: '', exit: 1 });
    expect(ok(s, 'pgrep -f kube-controller-manager')).toBe(`${kcm}\n`);
    expect(ok(s, 'pgrep -a kube-sched')).toBe(
      `${sched} ${proc(s, 'controlplane', /^kube-scheduler /).command}\n`,
    );
    const dns = [...s.world.hosts.get('controlplane')!.processes].filter((x) =>
      x.command.startsWith('/coredns'),
    );
    expect(ok(s, 'pgrep -d, coredns')).toBe(`${dns.map((x) => x.pid).join(',')}\n`);
    expect(ok(s, 'pgrep -u 65532 -l')).toBe(dns.map((x) => `${x.pid} coredns\n`).join(''));
    expect(ok(s, 'pidof coredns')).toBe(
      `${dns
        .map((x) => x.pid)
        .reverse()
        .join(' ')}\n`,
    );
    expect(ok(s, 'pidof kube-controller-manager')).toBe(`${kcm}\n`);
    expect(run(s, 'pidof nosuch')).toEqual({ out: '', err: '', exit: 1 });
  });

  it('usage errors', () => {
    const s = cluster();
    expect(run(s, 'pgrep')).toEqual({
      out: '',
      err: "pgrep: no matching criteria specified\nTry `pgrep --help' for more information.\n",
      exit: 2,
    });
    expect(run(s, 'pgrep a b')).toEqual({
      out: '',
      err: "pgrep: only one pattern can be provided\nTry `pgrep --help' for more information.\n",
      exit: 2,
    });
    const bad = run(s, 'pgrep -Z x');
    expect(bad.exit).toBe(2);
    expect(bad.err).toMatch(
      /^pgrep: invalid option -- 'Z'\n\nUsage:\n pgrep \[options\] <pattern>\n\nOptions:\n -d, --delimiter <string> {2}specify output delimiter\n/,
    );
    expect(run(s, 'pkill')).toEqual({
      out: '',
      err: "pkill: no matching criteria specified\nTry `pkill --help' for more information.\n",
      exit: 2,
    });
    expect(run(s, 'pgrep -V').out).toBe('pgrep from procps-ng 3.3.17\n');
  });
});

describe('BusyBox pgrep inside a pod', () => {
  it('matches argv[0] (then comm), -l shows it, -f the whole line', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sleep 3600');
    expect(ok(s, 'kubectl exec bb -- pgrep -l sleep')).toBe('1 sleep\n');
    expect(ok(s, 'kubectl exec bb -- pgrep -af 3600')).toBe('1 sleep 3600\n');
    expect(run(s, 'kubectl exec bb -- pgrep nosuch').exit).toBe(1);
    expect(ok(s, 'kubectl exec bb -- pidof sleep')).toBe('1\n');
  });
});

describe('kill (the bash builtin)', () => {
  it('lists signals and reports bad arguments', () => {
    const s = cluster();
    const table = ok(s, 'kill -l').split('\n');
    expect(table[0]).toBe(' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP');
    expect(table[6]).toBe('31) SIGSYS\t34) SIGRTMIN\t35) SIGRTMIN+1\t36) SIGRTMIN+2\t37) SIGRTMIN+3');
    expect(table[12]).toBe('63) SIGRTMAX-1\t64) SIGRTMAX');
    expect(ok(s, 'kill -l 9')).toBe('KILL\n');
    expect(ok(s, 'kill -l SIGTERM')).toBe('15\n');
    for (const [line, err, exit] of [
      [
        'kill',
        'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
        2,
      ],
      [
        'kill -9',
        'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
        2,
      ],
      ['kill 999999', 'bash: line 1: kill: (999999) - No such process\n', 1],
      ['kill -FOO 1', 'bash: line 1: kill: FOO: invalid signal specification\n', 1],
      ['kill abc', 'bash: line 1: kill: abc: arguments must be process or job IDs\n', 1],
      ['kill -s', 'bash: line 1: kill: -s: option requires an argument\n', 1],
    ] as const)
      expect(run(s, line), line).toEqual({ out: '', err, exit });
    // init ignores signals it has no handler for
    expect(run(s, 'kill -9 1')).toEqual({ out: '', err: '', exit: 0 });
    expect(ok(s, 'ps -p 1 -o comm=')).toBe('systemd\n');
  });

  it("SIGKILL ends a container's main process: the container exits 137 and kubelet restarts it after 10 s", () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sleep 3600');
    ok(s, 'sleep 2');
    ok(s, 'ssh node01');
    const pid = proc(s, 'node01', /^sleep 3600$/).pid;
    // sleep is PID 1 of its namespace and has no handler: TERM does nothing
    expect(run(s, `kill ${pid}`)).toEqual({ out: '', err: '', exit: 0 });
    expect(ok(s, 'pgrep -f "sleep 3600"')).toBe(`${pid}\n`);
    expect(run(s, `kill -9 ${pid}`)).toEqual({ out: '', err: '', exit: 0 });
    expect(run(s, 'pgrep -f "sleep 3600"').exit).toBe(1);
    run(s, 'exit');
    expect(ok(s, 'kubectl get pod bb --no-headers')).toMatch(/^bb +0\/1 +Error +0 +\d+s\n$/);
    expect(
      ok(s, "kubectl get pod bb -o jsonpath='{.status.containerStatuses[0].state.terminated.exitCode}'"),
    ).toBe('137');
    ok(s, 'sleep 11');
    expect(ok(s, 'kubectl get pod bb --no-headers')).toMatch(/^bb +1\/1 +Running +1 \(\ds ago\) +\d+s\n$/);
    expect(container(s, 'bb').restartCount).toBe(1);
  });

  it('from inside the pod even SIGKILL leaves PID 1 alone; nginx shuts down on TERM', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sleep 3600');
    ok(s, 'kubectl exec bb -- kill -9 1');
    expect(container(s, 'bb').running).toBe(true);
    expect(run(s, 'kubectl exec bb -- kill 42')).toEqual({
      out: '',
      err: "sh: can't kill pid 42: No such process\ncommand terminated with exit code 1\n",
      exit: 1,
    });
    ok(s, 'kubectl run web --image=nginx');
    ok(s, 'ssh node01');
    ok(s, `kill ${proc(s, 'node01', /^nginx: master/).pid}`);
    ok(s, 'exit');
    expect(container(s, 'web').running).toBe(false);
    expect(
      ok(s, "kubectl get pod web -o jsonpath='{.status.containerStatuses[0].state.terminated.exitCode}'"),
    ).toBe('0');
  });

  it('killing the pause process re-creates the sandbox: new pause, attempt 1, every container restarted', () => {
    const s = cluster();
    ok(s, 'kubectl run bb --image=busybox -- sleep 3600');
    const before = sandbox(s, 'bb');
    ok(s, 'ssh node01');
    ok(s, `kill ${before.pausePid}`);
    const after = sandbox(s, 'bb');
    expect(after.id).not.toBe(before.id);
    expect(after.attempt).toBe(1);
    expect(container(s, 'bb').restartCount).toBe(1);
    expect(ok(s, `crictl pods --name bb -q`)).toBe(`${after.id}\n`);
  });

  it('a killed containerd leaves its shims; crictl is refused until systemd restarts it 5 s later', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    const shims = ok(s, 'pgrep -c containerd-shim');
    const pid = proc(s, 'node01', /^\/usr\/bin\/containerd$/).pid;
    ok(s, 'kill -9 $(pidof containerd)');
    expect(ok(s, 'pgrep -c containerd-shim')).toBe(shims);
    expect(run(s, 'crictl pods').err).toMatch(/connect: connection refused\\""\n$/);
    expect(ok(s, 'systemctl status containerd | grep -E "Active|Process"')).toBe(
      `     Active: activating (auto-restart) (Result: signal) since Sat 2026-11-21 09:00:00 UTC; 300ms ago\n    Process: ${pid} ExecStart=/usr/bin/containerd (code=killed, signal=KILL)\n`,
    );
    ok(s, 'sleep 5');
    expect(ok(s, 'crictl pods -q').split('\n').length).toBe(3);
  });

  it('a killed kubelet is restarted by systemd after RestartSec=10s', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    const old = proc(s, 'node01', /^\/usr\/bin\/kubelet /).pid;
    ok(s, `kill ${old}`);
    expect(run(s, 'pgrep kubelet').exit).toBe(1);
    expect(run(s, 'systemctl is-active kubelet')).toEqual({ out: 'activating\n', err: '', exit: 3 });
    ok(s, 'sleep 10');
    const now = proc(s, 'node01', /^\/usr\/bin\/kubelet /).pid;
    expect(now).not.toBe(old);
    expect(ok(s, 'pgrep kubelet')).toBe(`${now}\n`);
    expect(ok(s, 'journalctl -u kubelet | grep systemd')).toBe(
      `Nov 21 08:43:00 node01 systemd[1]: Started kubelet: The Kubernetes Node Agent.\nNov 21 09:00:00 node01 systemd[1]: kubelet.service: Main process exited, code=killed, status=15/TERM\nNov 21 09:00:00 node01 systemd[1]: kubelet.service: Failed with result 'signal'.\nNov 21 09:00:10 node01 systemd[1]: kubelet.service: Scheduled restart job, restart counter is at 1.\nNov 21 09:00:10 node01 systemd[1]: Stopped kubelet: The Kubernetes Node Agent.\nNov 21 09:00:10 node01 systemd[1]: Started kubelet: The Kubernetes Node Agent.\n`,
    );
    ok(s, 'exit');
    expect(ok(s, 'kubectl get nodes node01 --no-headers')).toMatch(/^node01 +Ready /);
  });
});
