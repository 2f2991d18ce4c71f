/**
 * kubectl exec and logs as kubectl 1.32 completes, validates and picks
 * the pod and container (exec.go Complete refuses the old `exec POD CMD`
 * form; logs wraps a NotFound with the namespace; GetFirstPod's sorts and
 * `Found N pods`; podcmd's defaulting), then the API server's streamLocation
 * (invalid container, no host) and the kubelet (container not running).
 * The client-side wordings were checked with the real kubectl 1.32.4.
 */
import { describe, expect, it } from 'vitest';
import { clusterSession, run, setup } from '../helpers.js';

const OLD_FORM =
  "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n";

describe('kubectl exec', () => {
  it('refuses the command without -- (also with -f) and ignores words between the pod and --', () => {
    const s = clusterSession();
    setup(s, ['kubectl run bb --image=busybox:1.28 -- sleep 3600', 'sleep 5']);
    expect(run(s, 'kubectl exec bb ls /')).toEqual({ out: '', err: OLD_FORM, exit: 1 });
    expect(run(s, 'kubectl exec nosuch hostname')).toEqual({ out: '', err: OLD_FORM, exit: 1 });
    expect(run(s, 'kubectl exec -f pod.yaml bb')).toEqual({ out: '', err: OLD_FORM, exit: 1 });
    expect(run(s, 'kubectl exec bb ignored -- echo hi')).toEqual({ out: 'hi\n', err: '', exit: 0 });
    expect(run(s, 'kubectl exec -- ls')).toEqual({
      out: '',
      err: 'error: pod, type/name or --filename must be specified\n',
      exit: 1,
    });
    expect(run(s, 'kubectl exec bb --')).toEqual({
      out: '',
      err: "error: you must specify at least one command for the container\nSee 'kubectl exec -h' for help and examples\n",
      exit: 1,
    });
  });

  it('reports a missing pod, an invalid container, an unscheduled pod and a container not running', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl run bb --image=busybox:1.28 -- sleep 3600',
      'kubectl run bad --image=nginx:nosuchtag',
      `kubectl run far --image=nginx --overrides='{"spec":{"nodeSelector":{"disk":"none"}}}'`,
      'sleep 5',
    ]);
    expect(run(s, 'kubectl exec nosuch -- ls')).toEqual({
      out: '',
      err: 'Error from server (NotFound): pods "nosuch" not found\n',
      exit: 1,
    });
    expect(run(s, 'kubectl exec bb -c x -- ls')).toEqual({
      out: '',
      err: 'Error from server (BadRequest): container x is not valid for pod bb\n',
      exit: 1,
    });
    expect(run(s, 'kubectl exec far -- ls')).toEqual({
      out: '',
      err: 'Error from server (BadRequest): pod far does not have a host assigned\n',
      exit: 1,
    });
    expect(run(s, 'kubectl exec bad -- ls')).toEqual({
      out: '',
      err: 'error: unable to upgrade connection: container not found ("bad")\n',
      exit: 1,
    });
    expect(run(s, 'kubectl exec deploy/nosuch -- ls')).toEqual({
      out: '',
      err: 'Error from server (NotFound): deployments.apps "nosuch" not found\n',
      exit: 1,
    });
  });

  it('waits --pod-running-timeout for a workload without pods', () => {
    const s = clusterSession();
    setup(s, ['kubectl create deploy none --image=nginx --replicas=0']);
    const t0 = run(s, 'date +%s').out;
    expect(run(s, 'kubectl exec deploy/none --pod-running-timeout=5s -- ls')).toEqual({
      out: '',
      err: 'error: timed out waiting for the condition\n',
      exit: 1,
    });
    expect(Number(run(s, 'date +%s').out) - Number(t0)).toBe(5);
    expect(run(s, 'kubectl exec deploy/none --pod-running-timeout=0s -- ls')).toEqual({
      out: '',
      err: "error: --pod-running-timeout must be higher than zero\nSee 'kubectl exec -h' for help and examples\n",
      exit: 1,
    });
  });

  it('defaults to the first container, naming init containers after the others', () => {
    const s = clusterSession();
    setup(s, [
      `cat > two.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ["true"]
  containers:
  - name: web
    image: nginx
  - name: side
    image: busybox:1.36
    command: ["sleep", "3600"]
EOF`,
      'kubectl apply -f two.yaml',
      'sleep 10',
    ]);
    expect(run(s, 'kubectl exec two -- hostname')).toEqual({
      out: 'two\n',
      err: 'Defaulted container "web" out of: web, side, setup (init)\n',
      exit: 0,
    });
    expect(run(s, 'kubectl exec -q two -- hostname')).toEqual({ out: 'two\n', err: '', exit: 0 });
    expect(run(s, 'kubectl exec two -c side -- hostname')).toEqual({ out: 'two\n', err: '', exit: 0 });
  });
});

describe('kubectl logs', () => {
  it('wraps NotFound with the namespace and checks the container on the client', () => {
    const s = clusterSession();
    setup(s, ['kubectl run bb --image=busybox:1.28 -- sleep 3600', 'sleep 5']);
    expect(run(s, 'kubectl logs nosuch')).toEqual({
      out: '',
      err: 'error: error from server (NotFound): pods "nosuch" not found in namespace "default"\n',
      exit: 1,
    });
    expect(run(s, 'kubectl logs deploy/nosuch -n kube-system')).toEqual({
      out: '',
      err: 'error: error from server (NotFound): deployments.apps "nosuch" not found in namespace "kube-system"\n',
      exit: 1,
    });
    expect(run(s, 'kubectl logs bb -c x')).toEqual({
      out: '',
      err: 'error: container x is not valid for pod bb\n',
      exit: 1,
    });
    expect(run(s, 'kubectl logs bb x')).toEqual({
      out: '',
      err: 'error: container x is not valid for pod bb\n',
      exit: 1,
    });
  });

  it('prints nothing for a pod without a node', () => {
    const s = clusterSession();
    setup(s, [`kubectl run far --image=nginx --overrides='{"spec":{"nodeSelector":{"disk":"none"}}}'`]);
    expect(run(s, 'kubectl logs far')).toEqual({ out: '', err: '', exit: 0 });
  });

  it('says which of several pods it reads (ByLogging: the longest ready first)', () => {
    const s = clusterSession();
    setup(s, ['kubectl create deploy web --image=nginx --replicas=2', 'sleep 10']);
    setup(s, ['kubectl scale deploy web --replicas=3', 'sleep 10']);
    const pods = run(s, 'kubectl get pods -l app=web --sort-by=.metadata.creationTimestamp -o name').out;
    const oldest = pods.split('\n')[0] as string;
    const r = run(s, 'kubectl logs deploy/web | head -1');
    expect(r.err).toBe(`Found 3 pods, using ${oldest}\n`);
    expect(r.out).toBe(
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n',
    );
    expect(run(s, 'kubectl logs deploy/web --pod-running-timeout=-1s')).toEqual({
      out: '',
      err: "error: --pod-running-timeout must be higher than zero\nSee 'kubectl logs -h' for help and examples\n",
      exit: 1,
    });
  });

  it('times out on a workload without pods', () => {
    const s = clusterSession();
    setup(s, ['kubectl create deploy none --image=nginx --replicas=0']);
    expect(run(s, 'kubectl logs deploy/none')).toEqual({
      out: '',
      err: 'error: timed out waiting for the condition\n',
      exit: 1,
    });
  });
});

describe("the image's tools", () => {
  const OLD_NSLOOKUP =
    'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n';

  it('busybox:1.28 runs its own nslookup both under exec and as the main process', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl run bb --image=busybox:1.28 -- sleep 3600',
      'kubectl run once --image=busybox:1.28 --restart=Never -- nslookup kubernetes.default',
      'kubectl run miss --image=busybox:1.28 --restart=Never -- nslookup nosuch',
      'sleep 5',
    ]);
    expect(run(s, 'kubectl exec bb -- nslookup kubernetes.default')).toEqual({
      out: OLD_NSLOOKUP,
      err: '',
      exit: 0,
    });
    expect(run(s, 'kubectl logs once')).toEqual({ out: OLD_NSLOOKUP, err: '', exit: 0 });
    expect(run(s, 'kubectl logs miss').out).toBe(
      "Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nnslookup: can't resolve 'nosuch'\n",
    );
    expect(run(s, 'kubectl get pods once miss --no-headers').out).toBe(
      'once   0/1   Completed   0     5s\nmiss   0/1   Error       0     5s\n',
    );
  });

  it('jessie-dnsutils has BIND 9.9: no `Got recursion not available` lines; the Debian 12 image prints them', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl run old --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 --command -- sleep infinity',
      'kubectl run new --image=nicolaka/netshoot --command -- sleep infinity',
      'sleep 5',
    ]);
    const answer =
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n';
    expect(run(s, 'kubectl exec old -- nslookup kubernetes.default')).toEqual({
      out: answer,
      err: '',
      exit: 0,
    });
    expect(run(s, 'kubectl exec old -- nslookup nosuch')).toEqual({
      out: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nosuch: NXDOMAIN\n\n",
      err: 'command terminated with exit code 1\n',
      exit: 1,
    });
    expect(run(s, 'kubectl exec new -- nslookup kubernetes.default')).toEqual({
      out: answer,
      err: ';; Got recursion not available from 10.96.0.10\n'.repeat(3),
      exit: 0,
    });
  });
});

describe('kubectl exec -t', () => {
  it('without a terminal on stdin says it cannot use one (not with -q, not without -i)', () => {
    const s = clusterSession();
    setup(s, ['kubectl run bb --image=busybox:1.28 -- sleep 3600', 'sleep 5']);
    expect(run(s, 'kubectl exec -it bb -- echo hi')).toEqual({
      out: 'hi\n',
      err: 'Unable to use a TTY - input is not a terminal or the right kind of file\n',
      exit: 0,
    });
    expect(run(s, 'kubectl exec -itq bb -- echo hi')).toEqual({ out: 'hi\n', err: '', exit: 0 });
    expect(run(s, 'kubectl exec -t bb -- echo hi')).toEqual({ out: 'hi\n', err: '', exit: 0 });
  });
});
