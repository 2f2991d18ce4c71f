/**
 * systemctl/journalctl (systemd 249, Ubuntu 22.04) for the node units, and
 * the CKA classic: the kubelet on node01 is stopped; the node goes
 * NotReady after the 40 s grace period; starting it brings the node back.
 */
import { describe, expect, it } from 'vitest';
import { caseSession } from '../../helpers.js';
import { cluster, ok, proc, run } from './proc-helpers.js';

const KUBELET_HEAD =
  '     Loaded: loaded (/lib/systemd/system/kubelet.service; enabled; vendor preset: enabled)\n    Drop-In: /usr/lib/systemd/system/kubelet.service.d\n             └─10-kubeadm.conf\n';

describe('systemctl status', () => {
  it('kubelet running: main pid, resources, cgroup, the last journal lines', () => {
    const s = cluster();
    const pid = proc(s, 'controlplane', /^\/usr\/bin\/kubelet /).pid;
    const cmd = proc(s, 'controlplane', /^\/usr\/bin\/kubelet /).command;
    const res = run(s, 'systemctl status kubelet');
    expect(res.exit).toBe(0);
    const lines = res.out.split('\n');
    expect(lines.slice(0, 13).join('\n')).toBe(
      `● kubelet.service - kubelet: The Kubernetes Node Agent\n${KUBELET_HEAD}     Active: active (running) since Sat 2026-11-21 08:43:00 UTC; 17min ago\n       Docs: https://kubernetes.io/docs/\n   Main PID: ${pid} (kubelet)\n      Tasks: 16 (limit: 4581)\n     Memory: 95.8M\n        CPU: 24.48s\n     CGroup: /system.slice/kubelet.service\n             └─${pid} ${cmd}\n`,
    );
    expect(lines[13]).toBe(
      'Nov 21 08:43:00 controlplane systemd[1]: Started kubelet: The Kubernetes Node Agent.',
    );
    expect(lines[lines.length - 2]).toMatch(
      /^Nov 21 08:43:00 controlplane kubelet\[\d+\]: I1121 08:43:00\.\d{6} +\d+ kubelet_node_status\.go:78\] "Successfully registered node" node="controlplane"$/,
    );
  });

  it('containerd keeps the shims in its cgroup; unknown units', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    const out = ok(s, 'systemctl status containerd');
    const shims = s.world.hosts
      .get('node01')
      ?.processes.filter((p) => p.command.startsWith('/usr/bin/containerd-shim-runc-v2'));
    const main = proc(s, 'node01', /^\/usr\/bin\/containerd$/).pid;
    expect(out).toContain(
      `     CGroup: /system.slice/containerd.service\n             ├─${main} /usr/bin/containerd\n${shims
        ?.map((p, i) => `             ${i === shims.length - 1 ? '└─' : '├─'}${p.pid} ${p.command}\n`)
        .join('')}`,
    );
    expect(run(s, 'systemctl status foo')).toEqual({
      out: '',
      err: 'Unit foo.service could not be found.\n',
      exit: 4,
    });
    expect(run(s, 'systemctl start foo')).toEqual({
      out: '',
      err: 'Failed to start foo.service: Unit foo.service not found.\n',
      exit: 5,
    });
    expect(run(s, 'systemctl bogus kubelet')).toEqual({
      out: '',
      err: 'Unknown command verb bogus.\n',
      exit: 1,
    });
  });

  it('hosts without a modelled systemd know no kubelet', () => {
    const s = caseSession(['eth0: 192.168.1.10/24']);
    expect(run(s, 'systemctl status kubelet')).toEqual({
      out: '',
      err: 'Unit kubelet.service could not be found.\n',
      exit: 4,
    });
  });

  it('cat shows the unit and the kubeadm drop-in; enable/disable', () => {
    const s = cluster();
    const out = ok(s, 'systemctl cat kubelet');
    expect(
      out.startsWith(
        '# /lib/systemd/system/kubelet.service\n[Unit]\nDescription=kubelet: The Kubernetes Node Agent\n',
      ),
    ).toBe(true);
    expect(out).toContain(
      '\n# /usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf\n# Note: This dropin only works with kubeadm and kubelet v1.11+\n',
    );
    expect(
      out.endsWith(
        'ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n',
      ),
    ).toBe(true);
    expect(run(s, 'systemctl disable kubelet')).toEqual({
      out: '',
      err: 'Removed /etc/systemd/system/multi-user.target.wants/kubelet.service.\n',
      exit: 0,
    });
    expect(run(s, 'systemctl is-enabled kubelet')).toEqual({ out: 'disabled\n', err: '', exit: 1 });
    expect(run(s, 'systemctl enable kubelet')).toEqual({
      out: '',
      err: 'Created symlink /etc/systemd/system/multi-user.target.wants/kubelet.service → /lib/systemd/system/kubelet.service.\n',
      exit: 0,
    });
  });
});

describe('the kubelet on node01 is stopped', () => {
  it('stop: inactive (dead), the node goes NotReady after 40 s, its pods are no longer ready', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    const pid = proc(s, 'node01', /^\/usr\/bin\/kubelet /).pid;
    ok(s, 'systemctl stop kubelet');
    const st = run(s, 'systemctl status kubelet');
    expect(st.exit).toBe(3);
    expect(st.out).toBe(
      `○ kubelet.service - kubelet: The Kubernetes Node Agent\n${KUBELET_HEAD}     Active: inactive (dead) since Sat 2026-11-21 09:00:00 UTC; 100ms ago\n       Docs: https://kubernetes.io/docs/\n    Process: ${pid} ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS (code=exited, status=0/SUCCESS)\n   Main PID: ${pid} (code=exited, status=0/SUCCESS)\n        CPU: 24.482s\n\n${ok(s, 'journalctl -u kubelet -n 10 -q')}`,
    );
    expect(ok(s, 'journalctl -u kubelet -n 3 -q')).toBe(
      'Nov 21 09:00:00 node01 systemd[1]: Stopping kubelet: The Kubernetes Node Agent...\nNov 21 09:00:00 node01 systemd[1]: kubelet.service: Deactivated successfully.\nNov 21 09:00:00 node01 systemd[1]: Stopped kubelet: The Kubernetes Node Agent.\n',
    );
    expect(run(s, 'systemctl is-active kubelet')).toEqual({ out: 'inactive\n', err: '', exit: 3 });
    expect(run(s, 'pgrep kubelet').exit).toBe(1);
    run(s, 'exit');
    // within the grace period nothing changes
    expect(ok(s, 'kubectl get node node01 --no-headers')).toMatch(/^node01 +Ready /);
    ok(s, 'sleep 40');
    expect(ok(s, 'kubectl get nodes')).toBe(
      'NAME           STATUS     ROLES           AGE   VERSION\ncontrolplane   Ready      control-plane   17m   v1.32.0\nnode01         NotReady   <none>          14m   v1.32.0\n',
    );
    expect(
      ok(
        s,
        'kubectl get node node01 -o jsonpath=\'{range .status.conditions[*]}{.type}={.status} {.reason}{"\\n"}{end}\'',
      ),
    ).toBe(
      'NetworkUnavailable=False FlannelIsUp\nMemoryPressure=Unknown NodeStatusUnknown\nDiskPressure=Unknown NodeStatusUnknown\nPIDPressure=Unknown NodeStatusUnknown\nReady=Unknown NodeStatusUnknown\n',
    );
    expect(ok(s, "kubectl get node node01 -o jsonpath='{.spec.taints[*].effect}'")).toBe(
      'NoExecute NoSchedule',
    );
    const proxyPod = ok(
      s,
      'kubectl get pods -n kube-system -o wide --no-headers | grep kube-proxy | grep node01',
    );
    const name = proxyPod.split(/\s+/)[0] as string;
    expect(
      ok(
        s,
        `kubectl get pod -n kube-system ${name} -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}'`,
      ),
    ).toBe('False');
    // the containers on the node keep running
    expect(ok(s, 'ssh node01 pgrep kube-proxy')).toMatch(/^\d+\n$/);
  });

  it('start: a new kubelet process, the node Ready again', () => {
    const s = cluster();
    ok(s, 'ssh node01');
    ok(s, 'systemctl stop kubelet');
    ok(s, 'sleep 60');
    ok(s, 'systemctl start kubelet');
    expect(run(s, 'systemctl is-active kubelet')).toEqual({ out: 'active\n', err: '', exit: 0 });
    expect(ok(s, 'systemctl status kubelet | grep Active:')).toBe(
      '     Active: active (running) since Sat 2026-11-21 09:01:00 UTC; 200ms ago\n',
    );
    run(s, 'exit');
    expect(ok(s, 'kubectl get node node01 --no-headers')).toMatch(/^node01 +Ready /);
    expect(ok(s, "kubectl get node node01 -o jsonpath='{.spec.taints}'")).toBe('');
  });

  it('journalctl: header, -n, no entries for units it does not know', () => {
    const s = cluster();
    expect(ok(s, 'journalctl -u kubelet').split('\n')[0]).toBe(
      '-- Journal begins at Sat 2026-11-21 08:43:00 UTC, ends at Sat 2026-11-21 08:43:00 UTC. --',
    );
    expect(ok(s, 'journalctl -u kubelet -n 1')).toMatch(
      /^-- Journal begins at .* --\nNov 21 08:43:00 controlplane kubelet\[\d+\]: .*"Successfully registered node" node="controlplane"\n$/,
    );
    expect(ok(s, 'journalctl -u docker')).toBe(
      '-- Journal begins at Sat 2026-11-21 08:43:00 UTC, ends at Sat 2026-11-21 08:43:00 UTC. --\n-- No entries --\n',
    );
  });
});
