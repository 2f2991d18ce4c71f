/**
 * kubelet under systemd as a node really runs it: ExecStart= comes from the
 * unit file and drop-ins as the last daemon-reload read them, with the
 * Environment=/EnvironmentFile= variables expanded at each start; a missing
 * executable fails at exec (203/EXEC), kubelet's own start checks (flags,
 * --config file, client CA file) exit 1, and systemd tries again every
 * RestartSec (10 s). A kubelet whose kubeconfig names no API server runs but
 * never posts status, so the node goes NotReady. The classic "node01 is
 * NotReady" troubleshooting labs, graded by the node's condition.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, clusterSession, run, setup } from '../helpers.js';

const DROPIN = '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf';
const ready = (s: ReturnType<typeof clusterSession>) =>
  run(s, 'kubectl get node node01 -o jsonpath=\'{.status.conditions[?(@.type=="Ready")].status}\'').out;

describe('kubelet.service from its unit files', () => {
  it('uses ExecStart as of the last daemon-reload and fails at exec when the binary is not there', () => {
    const s = clusterSession();
    setup(s, [
      `ssh node01 sed -i 's#ExecStart=/usr/bin/kubelet#ExecStart=/usr/local/bin/kubelet#' ${DROPIN}`,
    ]);
    // not reloaded yet: the old ExecStart runs, systemctl warns
    expect(run(s, 'ssh node01 systemctl restart kubelet')).toEqual({
      out: '',
      err: "Warning: The unit file, source configuration file or drop-ins of kubelet.service changed on disk. Run 'systemctl daemon-reload' to reload units.\n",
      exit: 0,
    });
    expect(run(s, 'ssh node01 systemctl is-active kubelet').out).toBe('active\n');
    setup(s, ['ssh node01 systemctl daemon-reload', 'ssh node01 systemctl restart kubelet']);
    const status = run(s, 'ssh node01 systemctl status kubelet');
    expect(status.exit).toBe(3);
    expect(status.out.split('\n').slice(4, 9)).toEqual([
      '     Active: activating (auto-restart) (Result: exit-code) since Sat 2026-11-21 09:00:00 UTC; 100ms ago',
      '       Docs: https://kubernetes.io/docs/',
      expect.stringMatching(
        /^ {4}Process: (\d+) ExecStart=\/usr\/local\/bin\/kubelet \$KUBELET_KUBECONFIG_ARGS \$KUBELET_CONFIG_ARGS \$KUBELET_KUBEADM_ARGS \$KUBELET_EXTRA_ARGS \(code=exited, status=203\/EXEC\)$/,
      ),
      expect.stringMatching(/^ {3}Main PID: \d+ \(code=exited, status=203\/EXEC\)$/),
      '        CPU: 0',
    ]);
    const pid = /Main PID: (\d+)/.exec(status.out)?.[1];
    expect(run(s, 'ssh node01 journalctl -u kubelet | tail -4').out).toBe(
      [
        `Nov 21 09:00:00 node01 systemd[${pid}]: kubelet.service: Failed to locate executable /usr/local/bin/kubelet: No such file or directory`,
        `Nov 21 09:00:00 node01 systemd[${pid}]: kubelet.service: Failed at step EXEC spawning /usr/local/bin/kubelet: No such file or directory`,
        'Nov 21 09:00:00 node01 systemd[1]: kubelet.service: Main process exited, code=exited, status=203/EXEC',
        "Nov 21 09:00:00 node01 systemd[1]: kubelet.service: Failed with result 'exit-code'.",
        '',
      ].join('\n'),
    );
    // the node controller gives up on it after the grace period
    expect(run(s, 'sleep 45; kubectl get nodes node01 --no-headers').out).toMatch(/^node01 +NotReady /);
    // systemd keeps trying every 10 s
    expect(run(s, 'ssh node01 journalctl -u kubelet | grep -c "Scheduled restart job"').out).toBe('4\n');
    setup(s, [
      `ssh node01 sed -i 's#/usr/local/bin/kubelet#/usr/bin/kubelet#' ${DROPIN}`,
      'ssh node01 systemctl daemon-reload',
      'ssh node01 systemctl restart kubelet',
      'sleep 10',
    ]);
    expect(ready(s)).toBe('True');
  });

  it("fails kubelet's own start checks and recovers on the next automatic restart once the file is fixed", () => {
    const s = clusterSession();
    setup(s, [
      `ssh node01 "sed -i 's#clientCAFile: /etc/kubernetes/pki/ca.crt#clientCAFile: /etc/kubernetes/pki/CA.crt#' /var/lib/kubelet/config.yaml"`,
      'ssh node01 systemctl restart kubelet',
    ]);
    expect(run(s, 'ssh node01 systemctl is-active kubelet')).toEqual({
      out: 'activating\n',
      err: '',
      exit: 3,
    });
    expect(run(s, 'ssh node01 journalctl -u kubelet | grep -m1 "command failed"').out).toMatch(
      /^Nov 21 09:00:00 node01 kubelet\[\d+\]: E1121 09:00:00\.\d{6} +\d+ run\.go:72\] "command failed" err="failed to construct kubelet dependencies: unable to load client CA file \/etc\/kubernetes\/pki\/CA\.crt: open \/etc\/kubernetes\/pki\/CA\.crt: no such file or directory"\n$/,
    );
    expect(run(s, 'ssh node01 systemctl status kubelet | grep "Main PID"').out).toMatch(
      /^ {3}Main PID: \d+ \(code=exited, status=1\/FAILURE\)\n$/,
    );
    setup(s, ["ssh node01 sed -i 's#pki/CA.crt#pki/ca.crt#' /var/lib/kubelet/config.yaml", 'sleep 11']);
    expect(run(s, 'ssh node01 systemctl is-active kubelet').out).toBe('active\n');
  });

  it('expands the environment files at each start: an unknown flag ends kubelet', () => {
    const s = clusterSession();
    setup(s, [
      `ssh node01 "echo 'KUBELET_EXTRA_ARGS=--node-ip=192.168.121.11 --max-pod=20' > /etc/default/kubelet"`,
      'ssh node01 systemctl restart kubelet',
    ]);
    expect(run(s, 'ssh node01 journalctl -u kubelet | grep "command failed" | tail -1').out).toMatch(
      /run\.go:72\] "command failed" err="failed to parse kubelet flag: unknown flag: --max-pod"\n$/,
    );
    setup(s, [
      `ssh node01 "echo 'KUBELET_EXTRA_ARGS=--node-ip=192.168.121.11 --max-pods=20' > /etc/default/kubelet"`,
      'sleep 10',
    ]);
    expect(run(s, 'ssh node01 ps -o args= -C kubelet').out).toBe(
      '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10 --node-ip=192.168.121.11 --max-pods=20\n',
    );
  });

  it('runs, unregistered, with a kubeconfig that names the wrong API server port', () => {
    const s = clusterSession();
    setup(s, [
      "ssh node01 sed -i 's#:6443#:6553#' /etc/kubernetes/kubelet.conf",
      'ssh node01 systemctl restart kubelet',
    ]);
    expect(run(s, 'ssh node01 systemctl is-active kubelet').out).toBe('active\n');
    expect(run(s, 'ssh node01 journalctl -u kubelet | tail -1').out).toMatch(
      /"Unable to register node with API server" err="Post \\"https:\/\/192\.168\.121\.10:6553\/api\/v1\/nodes\\": dial tcp 192\.168\.121\.10:6553: connect: connection refused" node="node01"\n$/,
    );
    expect(run(s, 'sleep 45; kubectl get nodes node01 --no-headers').out).toMatch(/^node01 +NotReady /);
    setup(s, [
      "ssh node01 sed -i 's#:6553#:6443#' /etc/kubernetes/kubelet.conf",
      'ssh node01 systemctl restart kubelet',
    ]);
    expect(ready(s)).toBe('True');
  });
});

describe('the kubelet and kubeadm binaries', () => {
  it('exist on nodes only, and report their version', () => {
    const s = clusterSession();
    expect(run(s, 'which kubelet kubeadm; kubelet --version; kubeadm version -o short').out).toBe(
      '/usr/bin/kubelet\n/usr/bin/kubeadm\nKubernetes v1.32.0\nv1.32.0\n',
    );
    expect(run(s, 'kubeadm version').out).toBe(
      'kubeadm version: &version.Info{Major:"1", Minor:"32", GitVersion:"v1.32.0", GitCommit:"70d3cc986aa8221cd1dfb1121852688902d3bf53", GitTreeState:"clean", BuildDate:"2024-12-11T17:59:15Z", GoVersion:"go1.23.3", Compiler:"gc", Platform:"linux/amd64"}\n',
    );
    // kubectl on a node comes from the same release as the cluster (the golden cases' is the capture machine's)
    expect(run(s, 'kubectl version').out).toBe(
      'Client Version: v1.32.0\nKustomize Version: v5.5.0\nServer Version: v1.32.0\n',
    );
    const bare = caseSession([]);
    expect(run(bare, 'kubelet --version')).toEqual({
      out: '',
      err: 'bash: line 1: kubelet: command not found\n',
      exit: 127,
    });
  });

  it('run by hand: the same start checks, then the port the running kubelet holds', () => {
    const s = clusterSession();
    const bad = run(s, 'kubelet --config=/var/lib/kubelet/nope.yaml');
    expect(bad.exit).toBe(1);
    expect(bad.err).toMatch(
      /run\.go:72\] "command failed" err="failed to load kubelet config file, path: \/var\/lib\/kubelet\/nope\.yaml, /,
    );
    const dup = run(
      s,
      'kubelet --config=/var/lib/kubelet/config.yaml --kubeconfig=/etc/kubernetes/kubelet.conf',
    );
    expect(dup.exit).toBe(1);
    expect(dup.err.trimEnd().split('\n').pop()).toMatch(
      /server\.go:1218\] "Failed to listen and serve" err="listen tcp 0\.0\.0\.0:10250: bind: address already in use"$/,
    );
  });
});
