/**
 * Graceful deletion through the whole cluster: the API server's
 * deletionTimestamp, kubelet's stop signal and grace period, the
 * controllers that step around terminating pods, endpoints, namespaces,
 * and the kubectl commands that wait (delete, drain, replace --force).
 * Wordings were checked against kubectl 1.32.4 (through the fake API
 * server in ../shared/tools/kubectl-fakeapi) and its source.
 */
import { describe, expect, it } from 'vitest';
import { handlesStopSignal, preStopMs } from '../../src/kube/controllers/pod-termination.js';
import type { Session } from '../../src/session.js';
import { clusterSession, type Ran, run } from '../helpers.js';

const cluster = clusterSession;

/** Virtual seconds a command line took. */
function took(s: Session, line: string): { secs: number; r: Ran } {
  const before = s.world.clock.now;
  const r = run(s, line);
  return { secs: Math.round((s.world.clock.now - before) / 1000), r };
}

const status = (s: Session, pod: string, ns = 'default') =>
  run(s, `kubectl -n ${ns} get pod ${pod} --no-headers | awk '{print $3}'`).out.trim();

describe('which processes stop on SIGTERM', () => {
  it('a shell or sleep as PID 1 ignores it unless it traps TERM; daemons handle it', () => {
    expect(handlesStopSignal('nginx: master process nginx -g daemon off;')).toBe(true);
    expect(handlesStopSignal('/coredns -conf /etc/coredns/Corefile')).toBe(true);
    expect(handlesStopSignal('sleep 3600')).toBe(false);
    expect(handlesStopSignal('/bin/sh -c while true; do date; sleep 5; done')).toBe(false);
    expect(handlesStopSignal("sh -c trap 'exit 0' TERM; sleep 3600 & wait")).toBe(true);
    expect(preStopMs({ lifecycle: { preStop: { exec: { command: ['/bin/sh', '-c', 'sleep 10'] } } } })).toBe(
      10000,
    );
    expect(preStopMs({ lifecycle: { preStop: { sleep: { seconds: 4 } } } })).toBe(4000);
    expect(preStopMs({})).toBe(0);
  });
});

describe('deleting a pod', () => {
  it('marks it Terminating with a Killing event; nginx is gone about a second later', () => {
    const s = cluster();
    run(s, 'kubectl run web --image=nginx');
    expect(run(s, 'kubectl delete pod web --wait=false')).toEqual({
      out: 'pod "web" deleted\n',
      err: '',
      exit: 0,
    });
    expect(status(s, 'web')).toBe('Terminating');
    const d = run(s, 'kubectl describe pod web').out;
    expect(d).toContain('Status:                    Terminating (lasts <invalid>)\n');
    expect(d).toContain('Termination Grace Period:  30s\n');
    expect(d).toMatch(/Normal {2}Killing +\S+ +kubelet +Stopping container web\n/);
    expect(run(s, 'kubectl get pod web -o jsonpath={.metadata.deletionGracePeriodSeconds}').out).toBe('30');
    run(s, 'sleep 1');
    expect(run(s, 'kubectl get pod web').err).toBe('Error from server (NotFound): pods "web" not found\n');
  });

  it('waits out the grace period of a process that ignores SIGTERM, or the one given', () => {
    const s = cluster();
    for (const n of ['a', 'b', 'c', 'd'])
      run(s, `kubectl run ${n} --image=busybox --restart=Never -- sleep 3600`);
    const a = took(s, 'kubectl delete pod a');
    expect(a.r.out).toBe('pod "a" deleted\n');
    expect(a.secs).toBe(30);
    expect(took(s, 'kubectl delete pod b --grace-period=5').secs).toBe(5);
    // --now is a grace of 1; kubelet still gives the container 2 s
    expect(took(s, 'kubectl delete pod c --now').secs).toBe(2);
    const d = took(s, 'kubectl delete pod d --force --grace-period=0');
    expect(d.secs).toBe(0);
    expect(d.r).toEqual({
      out: 'pod "d" force deleted\n',
      err: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      exit: 0,
    });
    expect(run(s, 'kubectl get pods').err).toBe('No resources found in default namespace.\n');
  });

  it('runs a preStop sleep before the stop signal, and a TERM trap exits early', () => {
    const s = cluster();
    run(
      s,
      `cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata: {name: slow}
spec:
  containers:
  - name: web
    image: nginx
    lifecycle:
      preStop:
        exec: {command: ["/bin/sh", "-c", "sleep 10"]}
EOF`,
    );
    expect(took(s, 'kubectl delete pod slow').secs).toBe(11);
    run(s, `kubectl run trap --image=busybox -- sh -c "trap 'exit 0' TERM; sleep 3600 & wait"`);
    expect(took(s, 'kubectl delete pod trap').secs).toBe(1);
  });

  it('checks --now, --force and -o as kubectl does', () => {
    const s = cluster();
    run(s, 'kubectl run web --image=nginx');
    expect(run(s, 'kubectl delete pod web --now --grace-period=3')).toEqual({
      out: '',
      err: 'error: --now and --grace-period cannot be specified together\n',
      exit: 1,
    });
    expect(run(s, 'kubectl delete pod web --force --grace-period=5').err).toBe(
      'error: --force and --grace-period greater than 0 cannot be specified together\n',
    );
    expect(run(s, 'kubectl delete pod web -o yaml').err).toBe(
      "error: unexpected -o output mode: yaml. We only support '-o name'\n",
    );
    expect(run(s, 'kubectl delete pod web -o name')).toEqual({ out: 'pod/web\n', err: '', exit: 0 });
  });

  it('an unscheduled pod goes at once; a pod on a node whose kubelet is down stays Terminating', () => {
    const s = cluster();
    run(s, 'kubectl cordon node01');
    run(s, 'kubectl taint node controlplane node-role.kubernetes.io/control-plane:NoSchedule-');
    run(s, 'kubectl cordon controlplane');
    run(s, 'kubectl run pending --image=nginx');
    expect(took(s, 'kubectl delete pod pending').secs).toBe(0);
    run(s, 'kubectl uncordon node01');
    run(s, 'kubectl run web --image=nginx');
    run(s, 'ssh node01 systemctl stop kubelet');
    const r = took(s, 'kubectl delete pod web --timeout=20s');
    expect(r.secs).toBe(20);
    expect(r.r.err).toBe('error: timed out waiting for the condition on pods/web\n');
    expect(status(s, 'web')).toBe('Terminating');
    expect(run(s, 'kubectl delete pod web --force').out).toBe('pod "web" force deleted\n');
    expect(run(s, 'kubectl get pod web').exit).toBe(1);
  });
});

describe('controllers and terminating pods', () => {
  it('a ReplicaSet replaces a terminating pod at once; Endpoints drop it, the slice marks it terminating', () => {
    const s = cluster();
    run(s, 'kubectl create deployment web --image=nginx --replicas=2');
    run(s, 'kubectl expose deployment web --port=80');
    const victim = run(s, 'kubectl get pods -l app=web -o jsonpath={.items[0].metadata.name}').out;
    const ip = run(s, `kubectl get pod ${victim} -o jsonpath={.status.podIP}`).out;
    run(s, `kubectl delete pod ${victim} --wait=false`);
    const rows = run(s, "kubectl get pods -l app=web --no-headers | awk '{print $3}' | sort").out;
    expect(rows).toBe('Running\nRunning\nTerminating\n');
    expect(run(s, 'kubectl get rs -o jsonpath={.items[0].status.replicas}').out).toBe('2');
    expect(run(s, 'kubectl get endpoints web -o jsonpath={.subsets[0].addresses[*].ip}').out).not.toContain(
      ip,
    );
    const conds = run(
      s,
      `kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{range .items[0].endpoints[*]}{.addresses[0]} {.conditions.ready} {.conditions.serving} {.conditions.terminating}{"\\n"}{end}'`,
    ).out;
    expect(conds).toContain(`${ip} false true true\n`);
    // kube-proxy programs the ready endpoints only
    expect(run(s, `ssh node01 "iptables -t nat -S | grep -c 'default/web -> ${ip}:80'"`).out).toBe('0\n');
  });

  it('a StatefulSet scales down one ordinal at a time, waiting for each to terminate', () => {
    const s = cluster();
    run(
      s,
      `cat <<EOF | kubectl apply -f -
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 3
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - {name: c, image: busybox, command: ["sleep", "3600"]}
EOF`,
    );
    run(s, 'kubectl rollout status sts db');
    run(s, 'kubectl scale sts db --replicas=1');
    expect(run(s, "kubectl get pods --no-headers | awk '{print $1, $3}'").out).toBe(
      'db-0 Running\ndb-1 Running\ndb-2 Terminating\n',
    );
    run(s, 'sleep 30');
    expect(run(s, "kubectl get pods --no-headers | awk '{print $1, $3}'").out).toBe(
      'db-0 Running\ndb-1 Terminating\n',
    );
    run(s, 'sleep 30');
    expect(run(s, "kubectl get pods --no-headers | awk '{print $1}'").out).toBe('db-0\n');
  });
});

describe('deleting a namespace', () => {
  it('turns it Terminating, refuses new content, and removes it once its pods are gone', () => {
    const s = cluster();
    run(s, 'kubectl create namespace dev');
    run(s, 'kubectl -n dev run sleeper --image=busybox -- sleep 3600');
    run(s, 'kubectl -n dev create configmap cfg --from-literal=a=b');
    expect(run(s, 'kubectl delete namespace dev --wait=false').out).toBe('namespace "dev" deleted\n');
    expect(run(s, "kubectl get ns dev --no-headers | awk '{print $2}'").out).toBe('Terminating\n');
    expect(run(s, 'kubectl -n dev get configmaps').err).toBe('No resources found in dev namespace.\n');
    expect(run(s, 'kubectl -n dev run x --image=nginx')).toEqual({
      out: '',
      err: 'Error from server (Forbidden): pods "x" is forbidden: unable to create new content in namespace dev because it is being terminated\n',
      exit: 1,
    });
    const r = took(s, 'kubectl delete namespace dev');
    expect(r.secs).toBe(30);
    expect(run(s, 'kubectl get ns dev').err).toBe(
      'Error from server (NotFound): namespaces "dev" not found\n',
    );
  });
});

describe('commands that wait for deletion', () => {
  it('drain evicts, reports each pod as it goes, and gives up at --timeout', () => {
    const s = cluster();
    run(s, 'kubectl create deployment web --image=nginx --replicas=2');
    const ok = took(s, 'kubectl drain node01 --ignore-daemonsets');
    expect(ok.r.exit).toBe(0);
    expect(ok.r.out).toMatch(
      /^node\/node01 cordoned\npod\/web-\S+ evicted\npod\/web-\S+ evicted\nnode\/node01 drained\n$/,
    );
    expect(ok.secs).toBe(1);
    run(s, 'kubectl uncordon node01');
    run(s, 'kubectl delete deployment web');
    run(s, 'kubectl create deployment sl --image=busybox --replicas=1 -- sleep 3600');
    const pod = run(s, 'kubectl get pods -l app=sl -o jsonpath={.items[0].metadata.name}').out;
    const bad = took(s, 'kubectl drain node01 --ignore-daemonsets --timeout=5s');
    expect(bad.secs).toBe(5);
    expect(bad.r.exit).toBe(1);
    const why = `error when waiting for pod "${pod}" terminating: global timeout reached: 5s`;
    expect(bad.r.err).toContain(
      `There are pending pods in node "node01" when an error occurred: ${why}\npod/${pod}\n`,
    );
    expect(bad.r.err).toContain(
      'error: unable to drain node "node01", aborting command...\n\nThere are pending nodes to be drained:\n node01\n',
    );
    expect(bad.r.err.endsWith(`error: ${why}\n`)).toBe(true);
  });

  it('replace --force deletes, waits for the old pod to go, then creates it again', () => {
    const s = cluster();
    run(s, 'kubectl run sl --image=busybox -- sleep 3600');
    run(s, 'kubectl get pod sl -o yaml > /tmp/sl.yaml');
    expect(run(s, 'kubectl replace -f /tmp/sl.yaml --grace-period=3').err).toBe(
      'error: --grace-period must have --force specified\n',
    );
    const uid = run(s, 'kubectl get pod sl -o jsonpath={.metadata.uid}').out;
    const r = took(s, 'kubectl replace --force -f /tmp/sl.yaml');
    expect(r.r.out).toBe('pod "sl" deleted\npod/sl replaced\n');
    expect(r.secs).toBe(30);
    expect(run(s, 'kubectl get pod sl -o jsonpath={.metadata.uid}').out).not.toBe(uid);
    expect(took(s, 'kubectl replace --force --grace-period=0 -f /tmp/sl.yaml').secs).toBe(2);
  });
});

describe('events', () => {
  it('outlive their pod, and expire an hour after they were last seen', () => {
    const s = cluster();
    run(s, 'kubectl run web --image=nginx');
    run(s, 'kubectl delete pod web');
    expect(run(s, "kubectl get events --no-headers | awk '{print $3}'").out).toBe(
      'Scheduled\nPulling\nPulled\nCreated\nStarted\nKilling\n',
    );
    run(s, 'sleep 3590');
    expect(run(s, 'kubectl get events --no-headers | wc -l').out).toBe('6\n');
    run(s, 'sleep 20');
    expect(run(s, 'kubectl get events').err).toBe('No resources found in default namespace.\n');
  });
});
