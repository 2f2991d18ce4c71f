/**
 * The HTTP tools on the default kubeadm cluster: Services through
 * kube-proxy's DNAT, names through CoreDNS, the apiserver through the
 * kubernetes Service, and what breaks when DNS or the path breaks.
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../../src/kube/build/cluster-world.js';
import { Session } from '../../../src/session.js';
import { NGINX_BODY, run } from './http-helpers.js';

function cluster(): Session {
  const s = new Session(buildClusterWorld(), { mode: 'script' });
  for (const l of [
    'kubectl run web --image=nginx',
    'kubectl expose pod web --port 80 --name web-service',
    'kubectl run test --image=busybox -- sleep 3600',
    'sleep 5',
  ]) {
    const r = s.exec(l);
    if (r.exitCode !== 0) throw new Error(`${l}: ${r.stderr}`);
  }
  return s;
}

function clusterIp(s: Session): string {
  return run(s, 'kubectl get svc web-service -o jsonpath={.spec.clusterIP}').out;
}

describe('HTTP on the cluster', () => {
  it('a busybox pod fetches the nginx page through the Service name', () => {
    const s = cluster();
    expect(run(s, 'kubectl exec test -- wget -qO- web-service')).toEqual({
      out: NGINX_BODY,
      err: '',
      exit: 0,
    });
    const ip = clusterIp(s);
    expect(run(s, 'kubectl exec test -- wget -O /dev/null web-service.default.svc.cluster.local').err).toBe(
      `Connecting to web-service.default.svc.cluster.local (${ip}:80)\nsaving to '/dev/null'\nnull                 100% |********************************|   615  0:00:00 ETA\n'/dev/null' saved\n`,
    );
    expect(run(s, 'kubectl exec test -- nc -zv web-service 80').err).toBe(`web-service (${ip}:80) open\n`);
  });

  it('curl from the control plane reaches the ClusterIP through kube-proxy; nginx logs the client', () => {
    const s = cluster();
    const ip = clusterIp(s);
    expect(run(s, `curl -s http://${ip}/`).out).toBe(NGINX_BODY);
    expect(run(s, `curl -s -o /dev/null -w '%{http_code} %{remote_ip}\\n' ${ip}`).out).toBe(`200 ${ip}\n`);
    const log = run(s, 'kubectl logs web').out.trim().split('\n');
    expect(log[log.length - 1]).toMatch(
      /^\d+\.\d+\.\d+\.\d+ - - \[21\/Nov\/2026:\d\d:\d\d:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/7\.88\.1" "-"$/,
    );
    const pods = run(
      s,
      'kubectl exec test -- wget -qO- web-service > /dev/null; kubectl logs web --tail 1',
    ).out;
    const testIp = run(s, 'kubectl get pod test -o jsonpath={.status.podIP}').out;
    expect(pods.startsWith(`${testIp} - - [`)).toBe(true);
    expect(pods).toContain('"GET / HTTP/1.1" 200 615 "-" "Wget" "-"');
  });

  it('a pod name that is not a DNS name does not resolve', () => {
    const s = cluster();
    expect(run(s, 'kubectl exec test -- wget -qO- web-service.default.pod')).toEqual({
      out: '',
      err: "wget: bad address 'web-service.default.pod'\ncommand terminated with exit code 1\n",
      exit: 1,
    });
    expect(run(s, 'curl -sS http://web-service.default.pod')).toEqual({
      out: '',
      err: 'curl: (6) Could not resolve host: web-service.default.pod\n',
      exit: 6,
    });
    // kubectl exec without -t: curl's output is a pipe, so the meter shows (its first line, no forced update)
    run(s, 'kubectl run cu --image=curlimages/curl -- sleep 3600; sleep 5');
    expect(run(s, 'kubectl exec cu -- curl web-service.default.pod')).toEqual({
      out: '',
      err: '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (6) Could not resolve host: web-service.default.pod\ncommand terminated with exit code 6\n',
      exit: 6,
    });
  });

  it('the files in the container are what nginx serves', () => {
    const s = cluster();
    run(s, "kubectl exec web -- sh -c 'echo This is the HR server! > /usr/share/nginx/html/index.html'");
    expect(run(s, 'kubectl exec test -- wget -qO- web-service').out).toBe('This is the HR server!\n');
    expect(run(s, 'kubectl exec test -- wget -qO- web-service/nope').err).toBe(
      'wget: server returned error: HTTP/1.1 404 Not Found\ncommand terminated with exit code 1\n',
    );
  });

  it('the apiserver through the kubernetes Service and on the node', () => {
    const s = cluster();
    const v = run(
      s,
      'curl -sk https://kubernetes.default 2>&1; kubectl exec test -- wget -qO- --no-check-certificate https://kubernetes.default/version',
    );
    expect(v.out).toContain('"gitVersion": "v1.32.0"');
    expect(run(s, 'curl -sk https://localhost:6443/healthz').out).toBe('ok');
    // BusyBox's own TLS does not check certificates, and says so even with -q
    expect(run(s, 'kubectl exec test -- wget -qO- https://kubernetes.default/healthz')).toEqual({
      out: 'ok',
      err: 'wget: note: TLS certificate validation not implemented\n',
      exit: 0,
    });
    expect(
      run(
        s,
        'kubectl exec web -- curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes.default/healthz',
      ).out,
    ).toBe('ok');
    expect(run(s, 'curl -s https://localhost:6443/healthz').exit).toBe(60);
    expect(run(s, 'curl -s --cacert /etc/kubernetes/pki/ca.crt https://controlplane:6443/healthz')).toEqual({
      out: 'ok',
      err: '',
      exit: 0,
    });
    // localhost is not among the apiserver certificate's names
    expect(run(s, 'curl -sS --cacert /etc/kubernetes/pki/ca.crt https://localhost:6443/healthz').err).toMatch(
      /^curl: \(60\) SSL: no alternative certificate subject name matches target host name 'localhost'\n/,
    );
  });

  it('no DNS answers (udp/53 dropped): names fail, addresses still work', () => {
    const s = cluster();
    const ip = clusterIp(s);
    run(s, 'iptables -I FORWARD -p udp --dport 53 -j DROP');
    run(s, 'iptables -I OUTPUT -p udp --dport 53 -j DROP');
    const r = run(s, 'kubectl exec test -- wget -T 5 -qO- web-service');
    expect(r.exit).toBe(1);
    expect(r.err).toBe("wget: bad address 'web-service'\ncommand terminated with exit code 1\n");
    expect(run(s, `kubectl exec test -- wget -qO- ${ip}`).out).toBe(NGINX_BODY);
  });
});
