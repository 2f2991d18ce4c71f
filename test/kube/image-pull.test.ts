/**
 * Image pulls through the registry model: a repository Docker Hub does not
 * have, a tag a repository does not have, kubelet's events and back-off
 * (ErrImagePull, then ImagePullBackOff with the last error), the pod staying
 * Pending, rollouts that stall on it and recover when the image is fixed.
 * Wordings: kubelet 1.32 (pkg/kubelet/images/image_manager.go, with the
 * pull error kept in the back-off message), containerd 1.7's CRI errors as
 * kubelet's CRI client passes them on (code Unknown stripped, NotFound kept).
 */
import { describe, expect, it } from 'vitest';
import { parseReference, publishedTag, pullImage } from '../../src/kube/image-registry.js';
import { clusterSession, run, setup } from '../helpers.js';

const DENIED = (ref: string) =>
  `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
const NOT_FOUND = (ref: string) =>
  `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;

describe('the registry model', () => {
  it('has the official images the catalogue knows, not other single names', () => {
    expect(pullImage('nginx')).toEqual({ ok: true });
    expect(pullImage('busybox:1.28')).toEqual({ ok: true });
    expect(pullImage('docker.io/library/redis:alpine')).toEqual({ ok: true });
    expect(pullImage('ngnix')).toEqual({ ok: false, error: DENIED('docker.io/library/ngnix:latest') });
    expect(pullImage('curl')).toEqual({ ok: false, error: DENIED('docker.io/library/curl:latest') });
  });

  it('has latest, version-like tags and the usual variants of a repository', () => {
    for (const t of [
      'latest',
      '1.27',
      '1.27.3',
      '1.27-alpine',
      'alpine',
      'stable-alpine3.20-perl',
      'bookworm',
    ])
      expect(publishedTag(t)).toBe(true);
    for (const t of ['doesnotexist', 'bar', 'lastest', '1.27-foo']) expect(publishedTag(t)).toBe(false);
    expect(pullImage('nginx:doesnotexist')).toEqual({
      ok: false,
      error: NOT_FOUND('docker.io/library/nginx:doesnotexist'),
    });
    expect(pullImage('registry.k8s.io/pause:3.10')).toEqual({ ok: true });
    expect(pullImage('ghcr.io/flannel-io/flannel-cni-plugin:v1.6.2-flannel1')).toEqual({ ok: true });
    expect(pullImage('registry.k8s.io/pause:nope')).toEqual({
      ok: false,
      error: NOT_FOUND('registry.k8s.io/pause:nope'),
    });
  });

  it("takes other namespaced repositories for a lab's images published with version tags", () => {
    expect(pullImage('kodekloud/webapp-color:v1')).toEqual({ ok: true });
    expect(pullImage('myorg/backend')).toEqual({ ok: true });
    expect(pullImage('myorg/backend:1.4.2')).toEqual({ ok: true });
    expect(pullImage('doesnotexist/foo:bar')).toEqual({
      ok: false,
      error: DENIED('docker.io/doesnotexist/foo:bar'),
    });
  });

  it('parses references as distribution/reference does', () => {
    expect(parseReference('nginx')).toEqual({ domain: 'docker.io', path: 'library/nginx' });
    expect(parseReference('localhost:5000/app:v2')).toEqual({
      domain: 'localhost:5000',
      path: 'app',
      tag: 'v2',
    });
    expect(parseReference('Nginx')).toBe(
      'invalid reference format: repository name (library/Nginx) must be lowercase',
    );
    expect(parseReference('nginx:')).toBe('invalid reference format');
  });
});

describe('a pod whose image cannot be pulled', () => {
  it('goes ErrImagePull, then ImagePullBackOff, with kubelet events and the back-off message', () => {
    const s = clusterSession();
    expect(run(s, 'kubectl run a1 --image=ngnix').out).toBe('pod/a1 created\n');
    expect(run(s, 'kubectl get pods')).toEqual({
      out: 'NAME   READY   STATUS         RESTARTS   AGE\na1     0/1     ErrImagePull   0          0s\n',
      err: '',
      exit: 0,
    });
    run(s, 'sleep 2');
    expect(run(s, 'kubectl get pods').out).toBe(
      'NAME   READY   STATUS             RESTARTS   AGE\na1     0/1     ImagePullBackOff   0          2s\n',
    );
    run(s, 'sleep 30');
    expect(run(s, "kubectl describe pod a1 | sed -n '/^Events/,$p'").out).toBe(
      [
        'Events:',
        '  Type     Reason     Age                From               Message',
        '  ----     ------     ----               ----               -------',
        '  Normal   Scheduled  32s                default-scheduler  Successfully assigned default/a1 to node01',
        '  Normal   Pulling    19s (x2 over 32s)  kubelet            Pulling image "ngnix"',
        `  Warning  Failed     19s (x2 over 32s)  kubelet            Failed to pull image "ngnix": ${DENIED('docker.io/library/ngnix:latest')}`,
        '  Warning  Failed     19s (x2 over 32s)  kubelet            Error: ErrImagePull',
        '  Normal   BackOff    7s (x2 over 31s)   kubelet            Back-off pulling image "ngnix"',
        '  Warning  Failed     7s (x2 over 31s)   kubelet            Error: ImagePullBackOff',
        '',
      ].join('\n'),
    );
    expect(run(s, "kubectl describe pod a1 | sed -n '/^    State/,/Ready/p'").out).toBe(
      '    State:          Waiting\n      Reason:       ImagePullBackOff\n    Ready:          False\n',
    );
    expect(
      run(s, "kubectl get pod a1 -o jsonpath='{.status.phase} {.status.containerStatuses[0].image}'").out,
    ).toBe('Pending ngnix');
    expect(
      run(s, "kubectl get pod a1 -o jsonpath='{.status.containerStatuses[0].state.waiting.message}'").out,
    ).toBe(`Back-off pulling image "ngnix": ErrImagePull: ${DENIED('docker.io/library/ngnix:latest')}`);
    expect(run(s, 'kubectl logs a1')).toEqual({
      out: '',
      err: 'Error from server (BadRequest): container "a1" in pod "a1" is waiting to start: trying and failing to pull image\n',
      exit: 1,
    });
    // fixing the image: the next sync pulls it and starts the container
    expect(run(s, 'kubectl set image pod/a1 a1=nginx').out).toBe('pod/a1 image updated\n');
    expect(run(s, 'kubectl get pods --no-headers').out).toBe('a1    1/1   Running   0     33s\n');
    expect(run(s, 'kubectl describe pod a1 | tail -4').out).toMatch(
      /Normal {3}Pulling {4}0s {17}kubelet {12}Pulling image "nginx"\n {2}Normal {3}Pulled {5}0s {17}kubelet {12}Successfully pulled image "nginx" in .*\n {2}Normal {3}Created {4}0s {17}kubelet {12}Created container a1\n {2}Normal {3}Started {4}0s {17}kubelet {12}Started container a1\n$/,
    );
  });

  it('a missing tag is NotFound; the message in ErrImagePull is the pull error', () => {
    const s = clusterSession();
    setup(s, ['kubectl run t1 --image=nginx:doesnotexist']);
    expect(
      run(
        s,
        "kubectl get pod t1 -o jsonpath='{.status.containerStatuses[0].state.waiting.reason}: {.status.containerStatuses[0].state.waiting.message}'",
      ).out,
    ).toBe(`ErrImagePull: ${NOT_FOUND('docker.io/library/nginx:doesnotexist')}`);
    expect(run(s, 'kubectl logs t1').err).toBe(
      'Error from server (BadRequest): container "t1" in pod "t1" is waiting to start: image can\'t be pulled\n',
    );
    expect(
      run(
        s,
        'kubectl get events --field-selector reason=Failed -o custom-columns=OBJ:.involvedObject.fieldPath --no-headers',
      ).out,
    ).toBe('spec.containers{t1}\nspec.containers{t1}\n');
  });

  it("an unknown namespace's non-version tag, an invalid name, and Never with an image no registry has", () => {
    const s = clusterSession();
    setup(s, [
      'kubectl run b1 --image=doesnotexist/foo:bar',
      "kubectl run b2 --image=nginx --dry-run=client -o yaml | sed 's/image: nginx/image: Nginx/' | kubectl apply -f -",
      'kubectl run b3 --image=ngnix --image-pull-policy=Never',
      'sleep 3',
    ]);
    expect(run(s, 'kubectl get pods').out).toBe(
      [
        'NAME   READY   STATUS              RESTARTS   AGE',
        'b1     0/1     ImagePullBackOff    0          3s',
        'b2     0/1     InvalidImageName    0          3s',
        'b3     0/1     ErrImageNeverPull   0          3s',
        '',
      ].join('\n'),
    );
    expect(run(s, "kubectl describe pod b2 | sed -n '/^Events/,$p' | tail -2").out).toBe(
      [
        '  Warning  InspectFailed  2s (x2 over 3s)  kubelet            Failed to apply default image tag "Nginx": couldn\'t parse image name "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase',
        '  Warning  Failed         2s (x2 over 3s)  kubelet            Error: InvalidImageName',
        '',
      ].join('\n'),
    );
    expect(
      run(s, "kubectl get pod b3 -o jsonpath='{.status.containerStatuses[0].state.waiting.message}'").out,
    ).toBe('Container image "ngnix" is not present with pull policy of Never');
  });
});

describe('a rollout to an image that cannot be pulled', () => {
  it('waits at one new replica (maxSurge 1, maxUnavailable 0) and recovers when the image is fixed', () => {
    const s = clusterSession();
    setup(s, [
      'kubectl create deploy web --image=nginx --replicas=3',
      'kubectl set image deploy/web nginx=nginx:doesnotexist',
    ]);
    expect(run(s, 'kubectl rollout status deploy/web --timeout=30s')).toEqual({
      out: 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...\n',
      err: 'error: timed out waiting for the condition\n',
      exit: 1,
    });
    expect(run(s, "kubectl get pods --no-headers | awk '{print $2, $3}' | sort").out).toBe(
      '0/1 ImagePullBackOff\n1/1 Running\n1/1 Running\n1/1 Running\n',
    );
    expect(run(s, "kubectl get deploy web --no-headers | awk '{print $2, $3, $4}'").out).toBe('3/3 1 3\n');
    expect(run(s, 'kubectl set image deploy/web nginx=nginx:1.27').out).toBe(
      'deployment.apps/web image updated\n',
    );
    expect(run(s, 'kubectl rollout status deploy/web')).toEqual({
      out: 'deployment "web" successfully rolled out\n',
      err: '',
      exit: 0,
    });
    expect(run(s, 'kubectl get pods --no-headers | grep -c Running').out).toBe('3\n');
  });
});
