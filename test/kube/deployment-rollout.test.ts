/**
 * The Deployment controller's rolling update: maxSurge (rounded up) bounds
 * how far the new ReplicaSet grows, maxUnavailable (rounded down) how far
 * the old ones shrink while new pods are not available; Recreate empties the
 * old ReplicaSets first. kubectl rollout status follows the watch until done,
 * --timeout, or the ProgressDeadlineExceeded condition. Status wordings are
 * kubectl 1.32's polymorphichelpers/rollout_status.go; the arithmetic is
 * pkg/controller/deployment/rolling.go.
 */
import { describe, expect, it } from 'vitest';
import { maxSurge, maxUnavailable, scaledValue } from '../../src/kube/controllers/deployments.js';
import type { KObject } from '../../src/kube/store.js';
import type { Session } from '../../src/session.js';
import { clusterSession, run, setup } from '../helpers.js';

/** DESIRED CURRENT READY of the ReplicaSets, oldest revision first. */
function replicaSets(s: Session, ns: string, selector: string): string {
  return run(
    s,
    `kubectl -n ${ns} get rs -l ${selector} -o custom-columns='R:.metadata.annotations.deployment\\.kubernetes\\.io/revision,D:.spec.replicas,C:.status.replicas,Y:.status.readyReplicas' --no-headers | sort -n | awk '{print $2, $3, ($4 == "<none>" ? 0 : $4)}'`,
  ).out;
}

function breakCorefile(s: Session): void {
  setup(s, [
    "kubectl -n kube-system get cm coredns -o yaml | sed 's/forward \\. /forwardx . /' | kubectl replace -f -",
  ]);
}

describe('rolling-update fenceposts', () => {
  const d = (replicas: number, maxSurge: unknown, maxUnavailable: unknown) =>
    ({
      spec: { replicas, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } } },
    }) as unknown as KObject;

  it('rounds maxSurge up and maxUnavailable down; both zero make maxUnavailable 1', () => {
    expect(scaledValue('25%', 3, true)).toBe(1);
    expect(scaledValue('25%', 3, false)).toBe(0);
    expect(scaledValue(2, 3, false)).toBe(2);
    expect([maxSurge(d(3, '25%', '25%')), maxUnavailable(d(3, '25%', '25%'))]).toEqual([1, 0]);
    expect([maxSurge(d(10, '25%', '25%')), maxUnavailable(d(10, '25%', '25%'))]).toEqual([3, 2]);
    expect([maxSurge(d(2, '25%', 1)), maxUnavailable(d(2, '25%', 1))]).toEqual([1, 1]);
    expect([maxSurge(d(1, 0, '25%')), maxUnavailable(d(1, 0, '25%'))]).toEqual([0, 1]);
    expect(maxUnavailable(d(2, 0, 5))).toBe(2);
  });
});

describe('a rollout whose new pods never become ready', () => {
  it("keeps CoreDNS's old pod (maxUnavailable 1) when the restarted pods crash on a broken Corefile", () => {
    const s = clusterSession();
    breakCorefile(s);
    expect(run(s, 'kubectl -n kube-system rollout restart deploy coredns').out).toBe(
      'deployment.apps/coredns restarted\n',
    );
    run(s, 'sleep 30');
    expect(replicaSets(s, 'kube-system', 'k8s-app=kube-dns')).toBe('1 1 1\n2 2 0\n');
    expect(
      run(s, "kubectl -n kube-system get deploy coredns --no-headers | awk '{print $2, $3, $4}'").out,
    ).toBe('1/2 2 1\n');
    expect(run(s, 'kubectl -n kube-system rollout status deploy coredns --timeout=5s')).toEqual({
      out: 'Waiting for deployment "coredns" rollout to finish: 1 old replicas are pending termination...\n',
      err: 'error: timed out waiting for the condition\n',
      exit: 1,
    });
    // CoreDNS still answers through the old pod
    expect(run(s, 'kubectl -n kube-system get endpoints kube-dns --no-headers | wc -l').out).toBe('1\n');
  });

  it('3 old + 2 new for four replicas at 25%/25%, then the progress deadline', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl create deploy web --image=busybox --replicas=4 -- sleep 3600',
      `kubectl patch deploy web --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/command","value":["false"]}]'`,
    ]);
    expect(replicaSets(s, 'default', 'app=web')).toBe('3 3 3\n2 2 0\n');
    expect(run(s, "kubectl get deploy web --no-headers | awk '{print $2, $3, $4}'").out).toBe('3/4 2 3\n');
    const before = s.world.clock.now;
    expect(run(s, 'kubectl rollout status deploy web')).toEqual({
      out: 'Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...\n',
      err: 'error: deployment "web" exceeded its progress deadline\n',
      exit: 1,
    });
    expect(Math.round((s.world.clock.now - before) / 1000)).toBeGreaterThanOrEqual(590);
    expect(run(s, 'kubectl describe deploy web | grep -A4 ^Conditions').out).toBe(
      'Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    False   ProgressDeadlineExceeded\n',
    );
    expect(
      run(s, `kubectl get deploy web -o jsonpath='{.status.conditions[?(@.type=="Progressing")].message}'`)
        .out,
    ).toMatch(/^ReplicaSet "web-[a-z0-9]+" has timed out progressing\.$/);
    // the old template again: the rollout goes back and completes
    expect(run(s, 'kubectl rollout undo deploy web').out).toBe('deployment.apps/web rolled back\n');
    expect(run(s, 'kubectl rollout status deploy web').out).toBe(
      'deployment "web" successfully rolled out\n',
    );
    expect(replicaSets(s, 'default', 'app=web')).toBe('0 0 0\n4 4 4\n');
  }, 30_000);

  it('rollout status --watch=false prints the status once and exits 0; a wrong --revision fails', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl create deploy web --image=busybox --replicas=2 -- sleep 3600',
      `kubectl patch deploy web --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/command","value":["false"]}]'`,
    ]);
    expect(run(s, 'kubectl rollout status deploy web --watch=false')).toEqual({
      out: 'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...\n',
      err: '',
      exit: 0,
    });
    expect(run(s, 'kubectl rollout status deploy web --revision=1')).toEqual({
      out: '',
      err: 'error: desired revision (1) is different from the running revision (2)\n',
      exit: 1,
    });
  });
});

describe('strategies', () => {
  it('a successful rolling update goes one pod at a time for three replicas (maxSurge 1, maxUnavailable 0)', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl create deploy web --image=nginx --replicas=3',
      'kubectl set image deploy/web nginx=nginx:1.27',
    ]);
    expect(run(s, 'kubectl rollout status deploy web').out).toBe(
      'deployment "web" successfully rolled out\n',
    );
    const events = run(
      s,
      "kubectl get events --field-selector reason=ScalingReplicaSet --sort-by=.metadata.name -o custom-columns=M:.message --no-headers | sed 's/web-[a-z0-9]*/RS/'",
    ).out;
    expect(events).toBe(
      [
        'Scaled up replica set RS from 0 to 3',
        'Scaled up replica set RS from 0 to 1',
        'Scaled down replica set RS from 3 to 2',
        'Scaled up replica set RS from 1 to 2',
        'Scaled down replica set RS from 2 to 1',
        'Scaled up replica set RS from 2 to 3',
        'Scaled down replica set RS from 1 to 0',
        '',
      ].join('\n'),
    );
  });

  it('Recreate scales the old ReplicaSet to 0 and the new one up once the old pods are gone', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl create deploy rec --image=nginx --replicas=2',
      `kubectl patch deploy rec -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'`,
      'kubectl set image deploy/rec nginx=nginx:1.27',
    ]);
    // nginx takes about a second to stop: no new ReplicaSet yet
    expect(replicaSets(s, 'default', 'app=rec')).toBe('0 0 0\n');
    expect(run(s, 'kubectl rollout status deploy rec')).toEqual({
      out: 'Waiting for deployment "rec" rollout to finish: 0 out of 2 new replicas have been updated...\ndeployment "rec" successfully rolled out\n',
      err: '',
      exit: 0,
    });
    expect(replicaSets(s, 'default', 'app=rec')).toBe('0 0 0\n2 2 2\n');
  });
});
