/**
 * The CNI choices of the worlds: bridge + host-local (containerd's sample
 * conflist, fact sheet §7.2) and the no-CNI world finished with
 * `kubectl apply -f <URL>` of a bundled add-on manifest. URL errors follow
 * kubectl's resource builder (readHttpWithRetries: a 404 from a known
 * host, a Go dial error for a name that does not resolve).
 */
import { describe, expect, it } from 'vitest';
import { programPaths } from '../../src/runner.js';
import { findPreset } from '../../src/scenario/worlds.js';
import { Session } from '../../src/session.js';

function session(name: string): Session {
  const preset = findPreset(name);
  if (!preset) throw new Error(`no ${name} preset`);
  return new Session(preset.build(programPaths()), { mode: 'script' });
}

function out(s: Session, line: string): string {
  const r = s.exec(line);
  if (r.exitCode !== 0) throw new Error(`${line} failed (${r.exitCode}): ${r.stderr}`);
  return r.stdout;
}

const pinned = (name: string, image: string, node: string) =>
  `kubectl run ${name} --image=${image} --overrides='{"spec":{"nodeName":"${node}"}}' -- sleep 3600`;

describe('cluster-bridge: bridge + host-local on every node', () => {
  it('nodes are Ready with the sample config; every node hands out 10.88.0.0/16 itself', () => {
    const s = session('cluster-bridge');
    expect(out(s, 'ls /etc/cni/net.d')).toBe('10-containerd-net.conflist\n');
    expect(out(s, "kubectl get nodes --no-headers | awk '{print $1, $2}'")).toBe(
      'controlplane Ready\nnode01 Ready\n',
    );
    expect(
      out(s, "kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide --no-headers | awk '{print $6}'"),
    ).toBe('10.88.0.2\n10.88.0.3\n');
    expect(out(s, 'ip -br addr show cni0')).toMatch(/^cni0 +UP +10\.88\.0\.1\/16 /);
    out(s, pinned('a', 'busybox', 'node01'));
    out(s, pinned('b', 'busybox', 'node01'));
    out(s, pinned('c', 'busybox', 'controlplane'));
    expect(out(s, "kubectl get pods -o wide --no-headers | awk '{print $1, $6, $7}'")).toBe(
      'a 10.88.0.2 node01\nb 10.88.0.3 node01\nc 10.88.0.4 controlplane\n',
    );
    // nothing routes one node's pod range to another: c cannot be reached from node01
    expect(s.exec('kubectl exec a -- ping -c1 -W1 10.88.0.4').exitCode).toBe(1);
    expect(out(s, 'kubectl exec a -- ping -c1 -W1 10.88.0.3')).toContain(
      '1 packets transmitted, 1 packets received, 0% packet loss',
    );
    // and the next pod on node01 gets c's address as well
    out(s, pinned('d', 'busybox', 'node01'));
    expect(out(s, 'kubectl get pod d -o jsonpath={.status.podIP}')).toBe('10.88.0.4');
  });
});

describe('cluster-nocni: a network add-on applied by URL', () => {
  it('kubectl apply -f the flannel URL makes the nodes Ready and CoreDNS run', () => {
    const s = session('cluster-nocni');
    expect(out(s, "kubectl get nodes --no-headers | awk '{print $2}'")).toBe('NotReady\nNotReady\n');
    expect(
      out(
        s,
        'kubectl apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml',
      ),
    ).toBe(
      'namespace/kube-flannel created\nclusterrole.rbac.authorization.k8s.io/flannel created\nclusterrolebinding.rbac.authorization.k8s.io/flannel created\nserviceaccount/flannel created\nconfigmap/kube-flannel-cfg created\ndaemonset.apps/kube-flannel-ds created\n',
    );
    expect(out(s, 'kubectl get clusterrolebinding flannel -o wide')).toBe(
      'NAME      ROLE                  AGE   USERS   GROUPS   SERVICEACCOUNTS\nflannel   ClusterRole/flannel   0s                     kube-flannel/flannel\n',
    );
    out(s, 'sleep 30');
    expect(out(s, "kubectl get nodes --no-headers | awk '{print $2}'")).toBe('Ready\nReady\n');
    expect(
      out(s, "kubectl -n kube-system get pods -l k8s-app=kube-dns --no-headers | awk '{print $3}'"),
    ).toBe('Running\nRunning\n');
    expect(out(s, 'ls /etc/cni/net.d')).toBe('10-flannel.conflist\n');
  });

  it('weave by URL; other URLs fail as kubectl does offline', () => {
    const s = session('cluster-nocni');
    expect(
      out(
        s,
        'kubectl apply -f https://github.com/weaveworks/weave/releases/download/v2.8.1/weave-daemonset-k8s.yaml',
      ),
    ).toBe(
      'serviceaccount/weave-net created\nclusterrole.rbac.authorization.k8s.io/weave-net created\nclusterrolebinding.rbac.authorization.k8s.io/weave-net created\nrole.rbac.authorization.k8s.io/weave-net created\nrolebinding.rbac.authorization.k8s.io/weave-net created\ndaemonset.apps/weave-net created\n',
    );
    expect(out(s, 'kubectl get clusterrole weave-net -o jsonpath={.rules[3]}')).toBe(
      '{"apiGroups":[""],"resources":["nodes/status"],"verbs":["patch","update"]}',
    );
    expect(out(s, 'kubectl get rolebinding weave-net -n kube-system --no-headers')).toMatch(
      /^weave-net {3}Role\/weave-net {3}\d+s\n$/,
    );
    const r = s.exec(
      'kubectl apply -f https://github.com/flannel-io/flannel/releases/download/v0.1/kube-flannel.yml',
    );
    expect(r.stderr).toBe(
      'error: unable to read URL "https://github.com/flannel-io/flannel/releases/download/v0.1/kube-flannel.yml", server reported 404 Not Found, status code=404\n',
    );
    expect(r.exitCode).toBe(1);
    const r2 = s.exec('kubectl apply -f https://example.com/app.yaml');
    expect(r2.stderr).toBe(
      'error: Get "https://example.com/app.yaml": dial tcp: lookup example.com on 127.0.0.53:53: no such host\n',
    );
    out(s, 'sleep 30');
    expect(out(s, "kubectl get nodes --no-headers | awk '{print $2}'")).toBe('Ready\nReady\n');
  });
});
