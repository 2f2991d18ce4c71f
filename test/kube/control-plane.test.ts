/** Breaking and fixing the control plane through its static pod manifests, as the troubleshooting labs do. */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../src/kube/build/cluster-world.js';
import { Session } from '../../src/session.js';

function run(s: Session, line: string) {
  const r = s.exec(line);
  return { out: r.stdout, err: r.stderr, exit: r.exitCode };
}

describe('static control-plane pods', () => {
  it('a misspelt scheduler binary never starts; pods stay unscheduled until the manifest is fixed', () => {
    const s = new Session(buildClusterWorld(), { mode: 'script' });
    run(s, "sed -i 's/- kube-scheduler$/- kube-schedulerr/' /etc/kubernetes/manifests/kube-scheduler.yaml");
    run(s, 'sleep 30');
    expect(
      run(s, "kubectl -n kube-system get pod kube-scheduler-controlplane | awk 'NR>1 {print $2, $3}'").out,
    ).toBe('0/1 CrashLoopBackOff\n');
    const d = run(s, 'kubectl -n kube-system describe pod kube-scheduler-controlplane').out;
    expect(d).toContain('      Reason:       StartError\n');
    expect(d).toContain('exec: "kube-schedulerr": executable file not found in $PATH: unknown');
    expect(d).toContain('      Exit Code:    128\n');
    run(s, 'kubectl run web --image=nginx');
    expect(run(s, 'kubectl get pod web -o jsonpath={.spec.nodeName}').out).toBe('');
    expect(run(s, "kubectl get pod web | awk 'NR>1 {print $3}'").out).toBe('Pending\n');
    run(s, "sed -i 's/- kube-schedulerr$/- kube-scheduler/' /etc/kubernetes/manifests/kube-scheduler.yaml");
    run(s, 'sleep 5');
    expect(run(s, "kubectl get pod web -o wide | awk 'NR>1 {print $3, $7}'").out).toBe('Running node01\n');
  });

  it('an API server pointed at the etcd peer port crashes and kubectl is refused until it is fixed', () => {
    const s = new Session(buildClusterWorld(), { mode: 'script' });
    run(s, "sed -i 's#127.0.0.1:2379#127.0.0.1:2380#' /etc/kubernetes/manifests/kube-apiserver.yaml");
    run(s, 'sleep 20');
    const r = run(s, 'kubectl get nodes');
    expect(r.exit).toBe(1);
    expect(r.err).toBe(
      'The connection to the server 192.168.121.10:6443 was refused - did you specify the right host or port?\n',
    );
    run(s, "sed -i 's#127.0.0.1:2380#127.0.0.1:2379#' /etc/kubernetes/manifests/kube-apiserver.yaml");
    run(s, 'sleep 60');
    expect(run(s, "kubectl get nodes | awk 'NR>1 {print $2}'").out).toBe('Ready\nReady\n');
  });

  it('a controller manager with a wrong kubeconfig path scales nothing', () => {
    const s = new Session(buildClusterWorld(), { mode: 'script' });
    run(
      s,
      "sed -i 's#--kubeconfig=/etc/kubernetes/controller-manager.conf#--kubeconfig=/etc/kubernetes/controller-manager-xx.conf#' /etc/kubernetes/manifests/kube-controller-manager.yaml",
    );
    run(s, 'sleep 20');
    run(s, 'kubectl create deployment app --image=nginx --replicas=2');
    run(s, 'sleep 5');
    expect(run(s, 'kubectl get pods -l app=app --no-headers').err).toBe(
      'No resources found in default namespace.\n',
    );
    expect(run(s, 'kubectl -n kube-system logs kube-controller-manager-controlplane').out).toContain(
      '"command failed" err="stat /etc/kubernetes/controller-manager-xx.conf: no such file or directory"',
    );
    run(
      s,
      "sed -i 's#controller-manager-xx.conf#controller-manager.conf#' /etc/kubernetes/manifests/kube-controller-manager.yaml",
    );
    run(s, 'sleep 60');
    expect(run(s, "kubectl get deploy app | awk 'NR>1 {print $2}'").out).toBe('2/2\n');
  });
});
