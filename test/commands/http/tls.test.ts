/**
 * curl against TLS servers: the apiserver on 6443 and the components' TLS
 * ports. Expected text: captures of curl 7.88.1 against a Go 1.19 HTTPS
 * server (TLS 1.3, h2) with a CA-signed certificate like kubeadm's, an
 * openssl s_server asking for client certificates (etcd), and published
 * apiserver responses (HTTP/2 headers, Status bodies).
 */
import { describe, expect, it } from 'vitest';
import { SSLCERTS_ADVICE } from '../../../src/commands/http/curl-tls.js';
import { lab, norm, run, serve } from './http-helpers.js';

function apiserver() {
  const s = lab();
  serve(s, 'db', { port: 6443, app: 'kube-apiserver', process: 'kube-apiserver', v6: true });
  serve(s, 'db', { port: 2379, app: 'tls', process: 'etcd' });
  serve(s, 'db', { port: 10250, app: 'tls', process: 'kubelet' });
  serve(s, 'db', { port: 10259, app: 'tls', process: 'kube-scheduler' });
  return s;
}

const VERSION =
  '{\n  "major": "1",\n  "minor": "32",\n  "gitVersion": "v1.32.0",\n  "gitCommit": "70d3cc986aa8221cd1dfb1121852688902d3bf53",\n  "gitTreeState": "clean",\n  "buildDate": "2024-12-11T17:59:15Z",\n  "goVersion": "go1.23.3",\n  "compiler": "gc",\n  "platform": "linux/amd64"\n}';

describe('curl and the apiserver', () => {
  it('-k /version: the JSON without a trailing newline', () => {
    expect(run(apiserver(), 'ip netns exec web curl -sk https://172.31.5.20:6443/version')).toEqual({
      out: VERSION,
      err: '',
      exit: 0,
    });
  });

  it('health endpoints answer ok', () => {
    const s = apiserver();
    for (const path of ['/healthz', '/livez', '/readyz'])
      expect(run(s, `ip netns exec web curl -sk https://172.31.5.20:6443${path}`).out).toBe('ok');
  });

  it('without -k the CA is unknown: exit 60 and the advice', () => {
    expect(run(apiserver(), 'ip netns exec web curl -s https://172.31.5.20:6443/version')).toEqual({
      out: '',
      err: '',
      exit: 60,
    });
    expect(run(apiserver(), 'ip netns exec web curl -sS https://172.31.5.20:6443/version').err).toBe(
      `curl: (60) SSL certificate problem: unable to get local issuer certificate\n${SSLCERTS_ADVICE}`,
    );
  });

  it('anonymous requests get the 403 Status, pretty for curl', () => {
    const s = apiserver();
    expect(run(s, 'ip netns exec web curl -sk https://172.31.5.20:6443/').out).toBe(
      '{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/\\"",\n  "reason": "Forbidden",\n  "details": {},\n  "code": 403\n}',
    );
    expect(
      run(s, 'ip netns exec web curl -sk https://172.31.5.20:6443/api/v1/namespaces/default/pods').out,
    ).toBe(
      '{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "pods is forbidden: User \\"system:anonymous\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"default\\"",\n  "reason": "Forbidden",\n  "details": {\n    "kind": "pods"\n  },\n  "code": 403\n}',
    );
    expect(
      run(
        s,
        'ip netns exec web curl -sk https://172.31.5.20:6443/apis/apps/v1/namespaces/kube-system/deployments/coredns',
      ).out,
    ).toContain(
      '"message": "deployments.apps \\"coredns\\" is forbidden: User \\"system:anonymous\\" cannot get resource \\"deployments\\" in API group \\"apps\\" in the namespace \\"kube-system\\"",',
    );
  });

  it('-vk traces TLS 1.3, ALPN h2 and the HTTP/2 exchange', () => {
    const r = run(apiserver(), 'ip netns exec web curl -svk https://172.31.5.20:6443/healthz');
    expect(r.out).toBe('ok');
    const lines = norm(r.err).split('\n');
    expect(lines.slice(0, 22)).toEqual([
      '*   Trying 172.31.5.20:6443...',
      '* Connected to 172.31.5.20 (172.31.5.20) port 6443 (#0)',
      '* ALPN: offers h2,http/1.1',
      '} [5 bytes data]',
      '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
      '} [512 bytes data]',
      '{ [5 bytes data]',
      '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
      '{ [122 bytes data]',
      '* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):',
      '{ [15 bytes data]',
      '* TLSv1.3 (IN), TLS handshake, Certificate (11):',
      '{ [1295 bytes data]',
      '* TLSv1.3 (IN), TLS handshake, CERT verify (15):',
      '{ [264 bytes data]',
      '* TLSv1.3 (IN), TLS handshake, Finished (20):',
      '{ [36 bytes data]',
      '* TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):',
      '} [1 bytes data]',
      '* TLSv1.3 (OUT), TLS handshake, Finished (20):',
      '} [36 bytes data]',
      '* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256',
    ]);
    expect(lines).toContain('*  subject: CN=kube-apiserver');
    expect(lines).toContain('*  issuer: CN=kubernetes');
    expect(lines).toContain(
      '*  SSL certificate verify result: unable to get local issuer certificate (20), continuing anyway.',
    );
    expect(lines.slice(lines.indexOf('* using HTTP/2'))).toEqual([
      '* using HTTP/2',
      '* h2h3 [:method: GET]',
      '* h2h3 [:path: /healthz]',
      '* h2h3 [:scheme: https]',
      '* h2h3 [:authority: 172.31.5.20:6443]',
      '* h2h3 [user-agent: curl/7.88.1]',
      '* h2h3 [accept: */*]',
      '* Using Stream ID: 1 (easy handle <ptr>)',
      '} [5 bytes data]',
      '> GET /healthz HTTP/2\r',
      '> Host: 172.31.5.20:6443\r',
      '> user-agent: curl/7.88.1\r',
      '> accept: */*\r',
      '> \r',
      '{ [5 bytes data]',
      '* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):',
      '{ [130 bytes data]',
      '< HTTP/2 200 \r',
      expect.stringMatching(/^< audit-id: [0-9a-f-]{36}\r$/),
      '< cache-control: no-cache, private\r',
      '< content-type: text/plain; charset=utf-8\r',
      '< x-content-type-options: nosniff\r',
      expect.stringMatching(/^< x-kubernetes-pf-flowschema-uid: [0-9a-f-]{36}\r$/),
      expect.stringMatching(/^< x-kubernetes-pf-prioritylevel-uid: [0-9a-f-]{36}\r$/),
      '< content-length: 2\r',
      '< date: <date>\r',
      '< \r',
      '{ [5 bytes data]',
      '* Connection #0 to host 172.31.5.20 left intact',
      '',
    ]);
  });

  it('-i over HTTP/2 shows the status line with its trailing space and lower-case headers', () => {
    const r = run(apiserver(), 'ip netns exec web curl -sik https://172.31.5.20:6443/version');
    expect(r.out.startsWith('HTTP/2 200 \r\naudit-id: ')).toBe(true);
    expect(r.out).toContain('\r\ncontent-type: application/json\r\n');
    expect(r.out.endsWith(`\r\n\r\n${VERSION}`)).toBe(true);
  });

  it('--cacert with the cluster CA verifies; a name outside the SANs does not', () => {
    const s = apiserver();
    s.exec(
      "printf -- '-----BEGIN CERTIFICATE-----\\nknetlab ca.crt\\n-----END CERTIFICATE-----\\n' > /tmp/ca.crt",
    );
    expect(run(s, 'ip netns exec web curl -s --cacert /tmp/ca.crt https://172.31.5.20:6443/healthz')).toEqual(
      {
        out: 'ok',
        err: '',
        exit: 0,
      },
    );
    const v = run(
      s,
      'ip netns exec web curl -sv --cacert /tmp/ca.crt https://172.31.5.20:6443/healthz -o /dev/null',
    );
    expect(v.err).toContain('*  CAfile: /tmp/ca.crt\n*  CApath: /etc/ssl/certs\n');
    expect(v.err).toContain(
      '*  subjectAltName: host "172.31.5.20" matched cert\'s IP address!\n*  issuer: CN=kubernetes\n*  SSL certificate verify ok.\n',
    );
    expect(
      run(
        s,
        'ip netns exec web curl -sS --cacert /tmp/ca.crt --resolve web.example:6443:172.31.5.20 https://web.example:6443/healthz',
      ).err,
    ).toBe(
      `curl: (60) SSL: no alternative certificate subject name matches target host name 'web.example'\n${SSLCERTS_ADVICE}`,
    );
  });

  it("plain HTTP to a TLS port gets Go's 400; TLS to a plain port fails with 35", () => {
    const s = apiserver();
    serve(s, 'db', {
      port: 80,
      app: 'http',
      process: 'nginx',
      config: { server: 'nginx/1.27.3', body: 'x' },
    });
    expect(run(s, 'ip netns exec web curl -si http://172.31.5.20:6443/version').out).toBe(
      'HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n',
    );
    expect(run(s, 'ip netns exec web curl -sS https://172.31.5.20:80/')).toEqual({
      out: '',
      err: 'curl: (35) OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number\n',
      exit: 35,
    });
  });
});

describe('curl and the other TLS components', () => {
  it('the kubelet wants credentials; the scheduler answers health checks', () => {
    const s = apiserver();
    expect(run(s, 'ip netns exec web curl -sk https://172.31.5.20:10250/pods').out).toBe('Unauthorized\n');
    expect(run(s, 'ip netns exec web curl -sS https://172.31.5.20:10250/pods').err).toBe(
      `curl: (60) SSL certificate problem: self-signed certificate in certificate chain\n${SSLCERTS_ADVICE}`,
    );
    expect(run(s, 'ip netns exec web curl -sk https://172.31.5.20:10259/healthz').out).toBe('ok');
  });

  it('etcd requires a client certificate', () => {
    const s = apiserver();
    expect(run(s, 'ip netns exec web curl -k https://172.31.5.20:2379/health').err).toMatch(
      /curl: \(56\) OpenSSL SSL_read: OpenSSL\/3\.0\.19: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0\n$/,
    );
    const v = run(s, 'ip netns exec web curl -svk https://172.31.5.20:2379/health');
    expect(v.err).toContain('* TLSv1.3 (IN), TLS handshake, Request CERT (13):\n{ [45 bytes data]\n');
    expect(v.err).toContain(
      '* TLSv1.3 (IN), TLS alert, unknown (628):\n{ [2 bytes data]\n* OpenSSL SSL_read: OpenSSL/3.0.19: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0\n* Failed receiving HTTP2 data\n',
    );
  });
});
