/**
 * curl 7.88.1 against servers in a namespace lab. Expected text: captures
 * of the real curl (Debian 12) against nginx, Apache, Werkzeug and nc
 * servers in network namespaces, with iptables DROP/REJECT for the
 * failures; addresses changed to the lab's, Date headers and meter speeds
 * normalised (norm()).
 */
import { describe, expect, it } from 'vitest';
import { caseSession } from '../../helpers.js';
import { lab, nginxIn, norm, run, serve } from './http-helpers.js';

const H =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
const Z = '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0';

function nginxLab() {
  const s = lab();
  nginxIn(s, 'db');
  return s;
}

describe('curl over HTTP', () => {
  it('prints the body and the progress meter on a non-terminal', () => {
    const r = run(nginxLab(), 'ip netns exec web curl http://172.31.5.20/');
    expect(r.exit).toBe(0);
    expect(r.out).toContain('<title>Welcome to nginx!</title>');
    expect(norm(r.err)).toBe(
      norm(`${H}${Z}\r100   615  100   615    0     0  1706k      0 --:--:-- --:--:-- --:--:--  600k\n`),
    );
  });

  it('-v traces the connection, the request and the response', () => {
    const r = run(nginxLab(), 'ip netns exec web curl -s -v http://172.31.5.20/ -o /dev/null');
    expect(norm(r.err)).toBe(
      norm(
        '*   Trying 172.31.5.20:80...\n* Connected to 172.31.5.20 (172.31.5.20) port 80 (#0)\n> GET / HTTP/1.1\r\n> Host: 172.31.5.20\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n< HTTP/1.1 200 OK\r\n< Server: nginx/1.27.3\r\n< Date: Sat, 21 Nov 2026 18:29:22 GMT\r\n< Content-Type: text/html\r\n< Content-Length: 615\r\n< Last-Modified: Tue, 26 Nov 2024 15:55:00 GMT\r\n< Connection: keep-alive\r\n< ETag: "6745ef54-267"\r\n< Accept-Ranges: bytes\r\n< \r\n{ [615 bytes data]\n* Connection #0 to host 172.31.5.20 left intact\n',
      ),
    );
  });

  it('-I sends HEAD and prints the headers; the meter shows the expected size', () => {
    const r = run(nginxLab(), 'ip netns exec web curl -I http://172.31.5.20/');
    expect(norm(r.out)).toBe(
      norm(
        'HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nDate: Sat, 21 Nov 2026 18:29:22 GMT\r\nContent-Type: text/html\r\nContent-Length: 615\r\nLast-Modified: Tue, 26 Nov 2024 15:55:00 GMT\r\nConnection: keep-alive\r\nETag: "6745ef54-267"\r\nAccept-Ranges: bytes\r\n\r\n',
      ),
    );
    expect(norm(r.err)).toBe(
      norm(`${H}${Z}\r  0   615    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n`),
    );
  });

  it('-i on a missing page shows nginx 404 page', () => {
    const r = run(nginxLab(), 'ip netns exec web curl -si http://172.31.5.20/nope');
    expect(norm(r.out)).toBe(
      norm(
        'HTTP/1.1 404 Not Found\r\nServer: nginx/1.27.3\r\nDate: Sat, 21 Nov 2026 18:29:22 GMT\r\nContent-Type: text/html\r\nContent-Length: 153\r\nConnection: keep-alive\r\n\r\n<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
      ),
    );
  });

  it('POST to a static nginx page is 405 Not Allowed', () => {
    const r = run(nginxLab(), 'ip netns exec web curl -s -X POST -d a=1 http://172.31.5.20/');
    expect(r.out).toBe(
      '<html>\r\n<head><title>405 Not Allowed</title></head>\r\n<body>\r\n<center><h1>405 Not Allowed</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
    );
  });

  it('-w with several URLs writes once per transfer', () => {
    const r = run(
      nginxLab(),
      `ip netns exec web curl -s -w 'code=%{http_code}\\n' -o /dev/null http://172.31.5.20/ http://172.31.5.20/nope`,
    );
    expect(r.out).toBe(
      'code=200\n<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\ncode=404\n',
    );
    expect(r.exit).toBe(0);
  });

  it('-w variables and an unknown one', () => {
    const s = nginxLab();
    expect(
      run(
        s,
        `ip netns exec web curl -s -o /dev/null -w '%{http_code} %{remote_ip} %{remote_port} %{size_download} %{content_type} %{url_effective} %{http_version} %{num_connects} %{response_code} %{scheme} %{exitcode} %{errormsg}\\n' http://172.31.5.20/`,
      ).out,
    ).toBe('200 172.31.5.20 80 615 text/html http://172.31.5.20/ 1.1 1 200 HTTP 0 \n');
    expect(run(s, `ip netns exec web curl -s -w '%{foo}\\n' http://172.31.5.20/ -o /dev/null`)).toEqual({
      out: '\n',
      err: "curl: unknown --write-out variable: 'foo'\n",
      exit: 0,
    });
  });

  it('-o writes the file; -O needs a remote name', () => {
    const s = nginxLab();
    expect(
      run(s, 'cd /tmp && ip netns exec web curl -s -o page.html http://172.31.5.20/ && wc -c page.html').out,
    ).toBe('615 page.html\n');
    expect(run(s, 'cd /tmp && ip netns exec web curl -O http://172.31.5.20/')).toEqual({
      out: '',
      err: 'curl: Remote file name has no length!\ncurl: (23) Failed writing received data to disk/application\n',
      exit: 23,
    });
    const r = run(s, 'cd /tmp && ip netns exec web curl -sO http://172.31.5.20/index.html && ls index.html');
    expect(r).toEqual({ out: 'index.html\n', err: '', exit: 0 });
  });

  it('-o into a missing directory fails with 23 after a warning', () => {
    const r = run(nginxLab(), 'ip netns exec web curl -o /nonexist/x http://172.31.5.20/');
    expect(r.exit).toBe(23);
    expect(norm(r.err)).toBe(
      norm(
        `${H}${Z}Warning: Failed to open the file /nonexist/x: No such file or directory\n\r100   615  100   615    0     0   111k      0 --:--:-- --:--:-- --:--:--  120k\ncurl: (23) Failure writing output to destination\n`,
      ),
    );
  });

  it('-f turns a 404 into exit 22', () => {
    const s = nginxLab();
    expect(run(s, 'ip netns exec web curl -sf http://172.31.5.20/nope')).toEqual({
      out: '',
      err: '',
      exit: 22,
    });
    expect(run(s, 'ip netns exec web curl -fsS http://172.31.5.20/nope')).toEqual({
      out: '',
      err: 'curl: (22) The requested URL returned error: 404\n',
      exit: 22,
    });
  });

  it('-H Host and --resolve', () => {
    const s = nginxLab();
    expect(
      run(
        s,
        `ip netns exec web curl -s -H 'Host: foo.example' http://172.31.5.20/ -o /dev/null -w '%{http_code}\\n'`,
      ).out,
    ).toBe('200\n');
    const r = run(
      s,
      'ip netns exec web curl -sv --resolve foo.example:80:172.31.5.20 http://foo.example/ -o /dev/null',
    );
    expect(r.err.split('\n').slice(0, 6).join('\n')).toBe(
      '* Added foo.example:80:172.31.5.20 to DNS cache\n* Hostname foo.example was found in DNS cache\n*   Trying 172.31.5.20:80...\n* Connected to foo.example (172.31.5.20) port 80 (#0)\n> GET / HTTP/1.1\r\n> Host: foo.example\r',
    );
  });
});

describe('curl redirects and methods', () => {
  it('-L follows a directory redirect on the same connection', () => {
    const s = lab();
    serve(s, 'db', {
      port: 80,
      app: 'http',
      process: 'nginx',
      config: {
        server: 'nginx/1.27.3',
        paths: { '/sub': { status: 301, location: 'http://172.31.5.20/sub/' }, '/sub/': 'sub page\n' },
      },
    });
    expect(run(s, 'ip netns exec web curl -sL http://172.31.5.20/sub').out).toBe('sub page\n');
    const v = run(s, 'ip netns exec web curl -sv -L http://172.31.5.20/sub -o /dev/null').err;
    const lines = v.split('\n').filter((l) => !l.startsWith('<') && !l.startsWith('>'));
    expect(lines.join('\n').replace(/0x[0-9a-f]+/, '<ptr>')).toBe(
      "*   Trying 172.31.5.20:80...\n* Connected to 172.31.5.20 (172.31.5.20) port 80 (#0)\n* Ignoring the response-body\n{ [169 bytes data]\n* Connection #0 to host 172.31.5.20 left intact\n* Issue another request to this URL: 'http://172.31.5.20/sub/'\n* Found bundle for host: <ptr> [serially]\n* Can not multiplex, even if we wanted to\n* Re-using existing connection #0 with host 172.31.5.20\n{ [9 bytes data]\n* Connection #0 to host 172.31.5.20 left intact\n",
    );
  });

  it('-X HEAD warns and then waits for the announced body', () => {
    const s = nginxLab();
    expect(run(s, 'ip netns exec web curl -X HEAD -m 1 http://172.31.5.20/ -o /dev/null')).toEqual({
      out: '',
      err: `Warning: Setting custom HTTP method to HEAD with -X/--request may not work the \nWarning: way you want. Consider using -I/--head instead.\n${H}${Z}\r  0   615    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0\ncurl: (28) Operation timed out after 1001 milliseconds with 0 out of 615 bytes received\n`,
      exit: 28,
    });
    expect(
      run(s, 'ip netns exec web curl -v -X GET http://172.31.5.20/ -o /dev/null').err.split('\n')[0],
    ).toBe('Note: Unnecessary use of -X or --request, GET is already inferred.');
  });
});

describe('curl failures', () => {
  it('refused: exit 7 after the meter', () => {
    expect(run(nginxLab(), 'ip netns exec web curl http://172.31.5.20:84/')).toEqual({
      out: '',
      err: `${H}${Z}${Z}\ncurl: (7) Failed to connect to 172.31.5.20 port 84 after 0 ms: Couldn't connect to server\n`,
      exit: 7,
    });
  });

  it('refused with -v', () => {
    expect(run(nginxLab(), 'ip netns exec web curl -v http://172.31.5.20:84/').err).toBe(
      `${H}${Z}*   Trying 172.31.5.20:84...\n* connect to 172.31.5.20 port 84 failed: Connection refused\n* Failed to connect to 172.31.5.20 port 84 after 0 ms: Couldn't connect to server\n${Z}\n* Closing connection 0\ncurl: (7) Failed to connect to 172.31.5.20 port 84 after 0 ms: Couldn't connect to server\n`,
    );
  });

  it('a DROP times out with -m; the clock moves by the timeout', () => {
    const s = nginxLab();
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    const before = s.world.clock.now;
    expect(run(s, 'ip netns exec web curl -m 2 http://172.31.5.20:81/')).toEqual({
      out: '',
      err: `${H}${Z}\r  0     0    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0\r  0     0    0     0    0     0      0      0 --:--:--  0:00:02 --:--:--     0\ncurl: (28) Connection timed out after 2001 milliseconds\n`,
      exit: 28,
    });
    // the timeout, plus the 100 ms every command line takes
    expect(s.world.clock.now - before).toBe(2101);
    expect(run(s, 'ip netns exec web curl -sS -m 2 http://172.31.5.20:81/').err).toBe(
      'curl: (28) Connection timed out after 2001 milliseconds\n',
    );
    expect(run(s, 'ip netns exec web curl -s -m 2 http://172.31.5.20:81/')).toEqual({
      out: '',
      err: '',
      exit: 28,
    });
  });

  it('a DROP with --connect-timeout and with -v', () => {
    const s = nginxLab();
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    expect(run(s, 'ip netns exec web curl -sS --connect-timeout 2 http://172.31.5.20:81/').err).toBe(
      'curl: (28) Failed to connect to 172.31.5.20 port 81 after 2001 ms: Timeout was reached\n',
    );
    expect(run(s, 'ip netns exec web curl -v -m 2 http://172.31.5.20:81/').err).toBe(
      `${H}${Z}*   Trying 172.31.5.20:81...\n\r  0     0    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0* Connection timed out after 2001 milliseconds\n\r  0     0    0     0    0     0      0      0 --:--:--  0:00:02 --:--:--     0\n* Closing connection 0\ncurl: (28) Connection timed out after 2001 milliseconds\n`,
    );
  });

  it('REJECT with icmp-host-prohibited and net-unreachable refuse the connection', () => {
    const s = nginxLab();
    run(s, 'iptables -A FORWARD -p tcp --dport 83 -j REJECT --reject-with icmp-host-prohibited');
    expect(run(s, 'ip netns exec web curl -sS http://172.31.5.20:83/').err).toBe(
      "curl: (7) Failed to connect to 172.31.5.20 port 83 after 0 ms: Couldn't connect to server\n",
    );
    expect(run(s, 'ip netns exec web curl -sSv http://172.31.5.20:83/').err).toContain(
      '* connect to 172.31.5.20 port 83 failed: No route to host\n',
    );
  });

  it('no route: an immediate connect failure', () => {
    expect(run(nginxLab(), 'ip netns exec web curl -sSv http://10.99.0.2/').err).toBe(
      "*   Trying 10.99.0.2:80...\n* Immediate connect fail for 10.99.0.2: Network is unreachable\n* Failed to connect to 10.99.0.2 port 80 after 0 ms: Couldn't connect to server\n* Closing connection 0\ncurl: (7) Failed to connect to 10.99.0.2 port 80 after 0 ms: Couldn't connect to server\n",
    );
  });

  it("a name that does not resolve: exit 6, the meter's first line continued by the error", () => {
    // captured: the meter starts before the lookup and gets no forced last update
    const s = nginxLab();
    expect(run(s, 'ip netns exec web curl http://nosuch.invalid/')).toEqual({
      out: '',
      err: `${H}${Z}curl: (6) Could not resolve host: nosuch.invalid\n`,
      exit: 6,
    });
    expect(run(s, 'ip netns exec web curl -v http://nosuch.invalid/').err).toBe(
      `${H}${Z}* Could not resolve host: nosuch.invalid\n* Closing connection 0\ncurl: (6) Could not resolve host: nosuch.invalid\n`,
    );
    expect(run(s, 'ip netns exec web curl http://nosuch.invalid/ http://nosuch2.invalid/').err).toBe(
      `${H}${Z}curl: (6) Could not resolve host: nosuch.invalid\n${H}${Z}curl: (6) Could not resolve host: nosuch2.invalid\n`,
    );
    expect(run(s, 'ip netns exec web curl -sS http://nosuch.invalid/').err).toBe(
      'curl: (6) Could not resolve host: nosuch.invalid\n',
    );
  });

  it('a lookup that times out after a second: the meter redrew once while resolving', () => {
    const s = caseSession([
      'eth0: 10.50.1.20/24',
      'resolv.conf: nameserver 10.50.1.99',
      'resolv.conf: options timeout:1 attempts:1',
    ]);
    expect(run(s, 'curl -v http://nosuch.invalid/')).toEqual({
      out: '',
      err: `${H}${Z}${Z}* Could not resolve host: nosuch.invalid\n* Closing connection 0\ncurl: (6) Could not resolve host: nosuch.invalid\n`,
      exit: 6,
    });
  });

  it('a resolver that gets no answer: -m and --connect-timeout cut the lookup short', () => {
    const s = nginxLab();
    run(s, 'mkdir -p /etc/netns/web && echo nameserver 172.31.5.20 > /etc/netns/web/resolv.conf');
    run(s, 'iptables -A FORWARD -p udp --dport 53 -j DROP');
    const before = s.world.clock.now;
    expect(run(s, 'ip netns exec web curl --connect-timeout 2 http://web.example/')).toEqual({
      out: '',
      err: `${H}${Z}${Z}\r  0     0    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0\r  0     0    0     0    0     0      0      0 --:--:--  0:00:02 --:--:--     0\ncurl: (28) Resolving timed out after 2000 milliseconds\n`,
      exit: 28,
    });
    expect(s.world.clock.now - before).toBe(2000 + 100);
    expect(run(s, 'ip netns exec web curl -sv -m 3 http://web.example/').err).toBe(
      '* Resolving timed out after 3000 milliseconds\n* Closing connection 0\n',
    );
    const w = run(s, 'ip netns exec web wget -T 2 -t 1 http://web.example/');
    expect(w.exit).toBe(4);
    expect(w.err.replace(/^--.*-- {2}/, '--<ts>--  ')).toBe(
      '--<ts>--  http://web.example/\nResolving web.example (web.example)... failed: Connection timed out.\nwget: unable to resolve host address \u2018web.example\u2019\n',
    );
  });

  it('empty reply (52) and a banner instead of HTTP (1)', () => {
    const s = nginxLab();
    serve(s, 'db', {
      port: 7002,
      app: 'nc-listen',
      process: 'nc',
      config: { reply: '', close: true, once: false, pid: 4321 },
    });
    serve(s, 'db', {
      port: 7004,
      app: 'tcp-banner',
      process: 'sshd',
      config: { banner: 'SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.13\r\n' },
    });
    expect(run(s, 'ip netns exec web curl http://172.31.5.20:7002/')).toEqual({
      out: '',
      err: `${H}${Z}${Z}\ncurl: (52) Empty reply from server\n`,
      exit: 52,
    });
    expect(run(s, 'ip netns exec web curl -sv http://172.31.5.20:7002/').err).toBe(
      '*   Trying 172.31.5.20:7002...\n* Connected to 172.31.5.20 (172.31.5.20) port 7002 (#0)\n> GET / HTTP/1.1\r\n> Host: 172.31.5.20:7002\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n* Empty reply from server\n* Closing connection 0\n',
    );
    expect(run(s, 'ip netns exec web curl -m 2 http://172.31.5.20:7004/')).toEqual({
      out: '',
      err: `${H}${Z}${Z}\ncurl: (1) Received HTTP/0.9 when not allowed\n`,
      exit: 1,
    });
  });

  it('a server that accepts and never answers: -m ends it', () => {
    const s = nginxLab();
    serve(s, 'db', {
      port: 7001,
      app: 'nc-listen',
      process: 'nc',
      config: { reply: '', close: false, once: false, pid: 4321 },
    });
    expect(run(s, 'ip netns exec web curl -m 2 http://172.31.5.20:7001/')).toEqual({
      out: '',
      err: `${H}${Z}\r  0     0    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0\r  0     0    0     0    0     0      0      0 --:--:--  0:00:02 --:--:--     0\ncurl: (28) Operation timed out after 2001 milliseconds with 0 bytes received\n`,
      exit: 28,
    });
  });

  it('usage errors', () => {
    const s = nginxLab();
    const tryHelp = "curl: try 'curl --help' or 'curl --manual' for more information\n";
    expect(run(s, 'curl')).toEqual({ out: '', err: tryHelp, exit: 2 });
    expect(run(s, 'curl --foo http://x/')).toEqual({
      out: '',
      err: `curl: option --foo: is unknown\n${tryHelp}`,
      exit: 2,
    });
    expect(run(s, 'curl -s')).toEqual({ out: '', err: `curl: no URL specified!\n${tryHelp}`, exit: 2 });
    expect(run(s, 'curl -m abc http://x')).toEqual({
      out: '',
      err: `curl: option -m: expected a proper numerical parameter\n${tryHelp}`,
      exit: 2,
    });
    expect(run(s, 'curl --max-time abc http://x').err).toBe(
      `curl: option --max-time: expected a proper numerical parameter\n${tryHelp}`,
    );
    expect(run(s, 'curl -m')).toEqual({
      out: '',
      err: `curl: option -m: requires parameter\n${tryHelp}`,
      exit: 2,
    });
    expect(run(s, 'curl http://')).toEqual({
      out: '',
      err: 'curl: (3) URL using bad/illegal format or missing URL\n',
      exit: 3,
    });
    expect(run(s, 'curl http://10.77.0.2:99999/').exit).toBe(3);
    expect(run(s, 'curl foo://x/')).toEqual({
      out: '',
      err: 'curl: (1) Protocol "foo" not supported or disabled in libcurl\n',
      exit: 1,
    });
  });
});

describe('curl against other servers', () => {
  it('Werkzeug closes the connection and words its 404 in capitals', () => {
    const s = lab();
    serve(s, 'db', {
      port: 5000,
      app: 'http',
      process: 'python',
      config: {
        server: 'Werkzeug/3.0.1 Python/3.12.7',
        body: 'Hello from a web app!\n',
        accessLog: 'werkzeug',
      },
    });
    expect(norm(run(s, 'ip netns exec web curl -si http://172.31.5.20:5000/').out)).toBe(
      norm(
        'HTTP/1.1 200 OK\r\nServer: Werkzeug/3.0.1 Python/3.12.7\r\nDate: Sat, 21 Nov 2026 18:30:20 GMT\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 22\r\nConnection: close\r\n\r\nHello from a web app!\n',
      ),
    );
    expect(norm(run(s, 'ip netns exec web curl -si http://172.31.5.20:5000/x').out)).toBe(
      norm(
        'HTTP/1.1 404 NOT FOUND\r\nServer: Werkzeug/3.0.1 Python/3.12.7\r\nDate: Sat, 21 Nov 2026 18:30:20 GMT\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 207\r\nConnection: close\r\n\r\n<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n',
      ),
    );
    expect(run(s, 'ip netns exec web curl -s -X PUT http://172.31.5.20:5000/').out).toBe(
      '<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n',
    );
    expect(run(s, 'ip netns exec web curl -sv http://172.31.5.20:5000/ -o /dev/null').err).toContain(
      '{ [22 bytes data]\n* Closing connection 0\n',
    );
  });

  it('Apache answers with its header order and It works!', () => {
    const s = lab();
    serve(s, 'db', {
      port: 8081,
      app: 'http',
      process: 'httpd',
      config: {
        server: 'Apache/2.4.62 (Unix)',
        body: '<html><body><h1>It works!</h1></body></html>\n',
        accessLog: 'apache',
      },
    });
    expect(norm(run(s, 'ip netns exec web curl -si http://172.31.5.20:8081/').out)).toBe(
      norm(
        'HTTP/1.1 200 OK\r\nDate: Sat, 21 Nov 2026 18:30:20 GMT\r\nServer: Apache/2.4.62 (Unix)\r\nLast-Modified: Mon, 11 Jun 2007 18:53:14 GMT\r\nETag: "2d-432a5e4a73a80"\r\nAccept-Ranges: bytes\r\nContent-Length: 45\r\nContent-Type: text/html\r\n\r\n<html><body><h1>It works!</h1></body></html>\n',
      ),
    );
    expect(norm(run(s, 'ip netns exec web curl -si -X PUT http://172.31.5.20:8081/').out)).toBe(
      norm(
        'HTTP/1.1 405 Method Not Allowed\r\nDate: Sat, 21 Nov 2026 18:35:14 GMT\r\nServer: Apache/2.4.62 (Unix)\r\nAllow: GET,POST,OPTIONS,HEAD,TRACE\r\nContent-Length: 220\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>405 Method Not Allowed</title>\n</head><body>\n<h1>Method Not Allowed</h1>\n<p>The requested method PUT is not allowed for this URL.</p>\n</body></html>\n',
      ),
    );
  });
});
