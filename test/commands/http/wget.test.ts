/**
 * GNU Wget 1.21.3 and BusyBox wget. Expected text: captures of both (Debian
 * 12's wget and busybox 1.35) against nginx, Werkzeug and nc servers in
 * network namespaces; timestamps and transfer rates normalised.
 */
import { describe, expect, it } from 'vitest';
import { runWget } from '../../../src/commands/http/wget.js';
import { busybox, lab, nginxIn, run, serve } from './http-helpers.js';

/** Timestamps and rates vary run to run. */
function normWget(s: string): string {
  return s
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, '<ts>')
    .replace(/\(\d+(\.\d+)? [KMG]?B\/s\)/g, '(<rate>)')
    .replace(/ +\d+(\.\d+)?[ KMG]=/g, ' <rate>=')
    .replace(/^( {2}Date: ).*$/gm, '$1<date>');
}

function webLab() {
  const s = lab();
  nginxIn(s, 'db');
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
  return s;
}

describe('GNU wget', () => {
  it('saves index.html and logs the transfer', () => {
    const s = webLab();
    const r = run(s, 'cd /tmp && ip netns exec web wget http://172.31.5.20/');
    expect(r.exit).toBe(0);
    expect(normWget(r.err)).toBe(
      normWget(
        '--2026-11-21 18:31:03--  http://172.31.5.20/\nConnecting to 172.31.5.20:80... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 615 [text/html]\nSaving to: \u2018index.html\u2019\n\n     0K                                                       100%  298M=0s\n\n2026-11-21 18:31:03 (298 MB/s) - \u2018index.html\u2019 saved [615/615]\n\n',
      ),
    );
    expect(run(s, 'wc -c /tmp/index.html').out).toBe('615 /tmp/index.html\n');
    // a second download does not overwrite
    expect(
      run(s, 'cd /tmp && ip netns exec web wget -q http://172.31.5.20/ && ls /tmp/index.html*').out,
    ).toBe('/tmp/index.html\n/tmp/index.html.1\n');
  });

  it('-qO- and -O- write to stdout', () => {
    const s = webLab();
    expect(run(s, 'ip netns exec web wget -qO- http://172.31.5.20:5000/')).toEqual({
      out: 'Hello from a web app!\n',
      err: '',
      exit: 0,
    });
    const r = run(s, 'ip netns exec web wget -O- http://172.31.5.20:5000/');
    expect(r.out).toBe('Hello from a web app!\n');
    expect(normWget(r.err)).toBe(
      normWget(
        '--2026-11-21 18:31:03--  http://172.31.5.20:5000/\nConnecting to 172.31.5.20:5000... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 22 [text/html]\nSaving to: \u2018STDOUT\u2019\n\n     0K                                                       100% 1.17M=0s\n\n2026-11-21 18:31:03 (1.17 MB/s) - written to stdout [22/22]\n\n',
      ),
    );
  });

  it('404 is exit 8; refused is exit 4 without retries', () => {
    const s = webLab();
    const r = run(s, 'ip netns exec web wget http://172.31.5.20/nope');
    expect(r.exit).toBe(8);
    expect(normWget(r.err)).toBe(
      normWget(
        '--2026-11-21 18:31:03--  http://172.31.5.20/nope\nConnecting to 172.31.5.20:80... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2026-11-21 18:31:03 ERROR 404: Not Found.\n\n',
      ),
    );
    expect(run(s, 'ip netns exec web wget -q http://172.31.5.20/nope')).toEqual({
      out: '',
      err: '',
      exit: 8,
    });
    const c = run(s, 'ip netns exec web wget http://172.31.5.20:84/');
    expect(c.exit).toBe(4);
    expect(normWget(c.err)).toBe(
      normWget(
        '--2026-11-21 18:31:03--  http://172.31.5.20:84/\nConnecting to 172.31.5.20:84... failed: Connection refused.\n',
      ),
    );
  });

  it('a name that does not resolve', () => {
    const r = run(webLab(), 'ip netns exec web wget http://nosuch.invalid/');
    expect(r.exit).toBe(4);
    expect(normWget(r.err)).toMatch(
      /^--<ts>-- {2}http:\/\/nosuch\.invalid\/\nResolving nosuch\.invalid \(nosuch\.invalid\)\.\.\. failed: .*\.\nwget: unable to resolve host address \u2018nosuch\.invalid\u2019\n$/,
    );
  });

  it('time-outs are retried with a growing wait, then it gives up', () => {
    const s = webLab();
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    const before = s.world.clock.now;
    const r = run(s, 'ip netns exec web wget -T 2 -t 2 http://172.31.5.20:81/');
    expect(r.exit).toBe(4);
    expect(r.err).toBe(
      '--2026-11-21 09:00:01--  http://172.31.5.20:81/\nConnecting to 172.31.5.20:81... failed: Connection timed out.\nRetrying.\n\n--2026-11-21 09:00:04--  (try: 2)  http://172.31.5.20:81/\nConnecting to 172.31.5.20:81... failed: Connection timed out.\nGiving up.\n\n',
    );
    expect(s.world.clock.now - before).toBe(5000 + 100);
  });

  it('--spider, -S and redirects', () => {
    const s = webLab();
    expect(normWget(run(s, 'ip netns exec web wget --spider http://172.31.5.20/').err)).toBe(
      normWget(
        'Spider mode enabled. Check if remote file exists.\n--2026-11-21 18:31:08--  http://172.31.5.20/\nConnecting to 172.31.5.20:80... connected.\nHTTP request sent, awaiting response... 200 OK\nLength: 615 [text/html]\nRemote file exists and could contain further links,\nbut recursion is disabled -- not retrieving.\n\n',
      ),
    );
    const h = run(s, 'ip netns exec web wget -qS -O /dev/null http://172.31.5.20/');
    expect(normWget(h.err)).toBe(
      normWget(
        '  HTTP/1.1 200 OK\n  Server: nginx/1.27.3\n  Date: Sat, 21 Nov 2026 18:31:08 GMT\n  Content-Type: text/html\n  Content-Length: 615\n  Last-Modified: Tue, 26 Nov 2024 15:55:00 GMT\n  Connection: keep-alive\n  ETag: "6745ef54-267"\n  Accept-Ranges: bytes\n',
      ),
    );
  });

  it('usage errors', () => {
    const s = webLab();
    const tail = "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n";
    expect(run(s, 'wget')).toEqual({ out: '', err: `wget: missing URL\n${tail}`, exit: 1 });
    expect(run(s, 'wget -Z')).toEqual({ out: '', err: `wget: invalid option -- 'Z'\n${tail}`, exit: 2 });
    expect(run(s, 'wget --foo')).toEqual({
      out: '',
      err: `wget: unrecognized option '--foo'\n${tail}`,
      exit: 2,
    });
    expect(run(s, 'wget -T')).toEqual({
      out: '',
      err: `wget: option requires an argument -- 'T'\n${tail}`,
      exit: 2,
    });
    expect(run(s, 'wget -T abc http://x')).toEqual({
      out: '',
      err: 'wget: --timeout: Invalid time period \u2018abc\u2019\n',
      exit: 2,
    });
  });
});

describe('BusyBox wget', () => {
  it('saves index.html with its one-line bar', () => {
    const s = webLab();
    s.exec('cd /tmp');
    const r = busybox(s, 'web', ['wget', 'http://172.31.5.20/'], runWget);
    expect(r).toEqual({
      out: '',
      err: "Connecting to 172.31.5.20 (172.31.5.20:80)\nsaving to 'index.html'\nindex.html           100% |********************************|   615  0:00:00 ETA\n'index.html' saved\n",
      exit: 0,
    });
    expect(busybox(s, 'web', ['wget', 'http://172.31.5.20/'], runWget)).toEqual({
      out: '',
      err: "Connecting to 172.31.5.20 (172.31.5.20:80)\nwget: can't open 'index.html': File exists\n",
      exit: 1,
    });
  });

  it('-O- and -qO-', () => {
    const s = webLab();
    expect(busybox(s, 'web', ['wget', '-qO-', 'http://172.31.5.20:5000/'], runWget)).toEqual({
      out: 'Hello from a web app!\n',
      err: '',
      exit: 0,
    });
    expect(busybox(s, 'web', ['wget', '-O-', 'http://172.31.5.20:5000/'], runWget)).toEqual({
      out: 'Hello from a web app!\n',
      err: 'Connecting to 172.31.5.20:5000 (172.31.5.20:5000)\nwriting to stdout\n-                    100% |********************************|    22  0:00:00 ETA\nwritten to stdout\n',
      exit: 0,
    });
  });

  it('errors: server error, refused, bad address, empty reply, time-out', () => {
    const s = webLab();
    serve(s, 'db', {
      port: 7002,
      app: 'nc-listen',
      process: 'nc',
      config: { reply: '', close: true, once: false, pid: 1 },
    });
    expect(busybox(s, 'web', ['wget', '-O-', 'http://172.31.5.20/nope'], runWget)).toEqual({
      out: '',
      err: 'Connecting to 172.31.5.20 (172.31.5.20:80)\nwget: server returned error: HTTP/1.1 404 Not Found\n',
      exit: 1,
    });
    expect(busybox(s, 'web', ['wget', '-q', '-O-', 'http://172.31.5.20/nope'], runWget).err).toBe(
      'wget: server returned error: HTTP/1.1 404 Not Found\n',
    );
    expect(busybox(s, 'web', ['wget', '-O-', 'http://172.31.5.20:84/'], runWget)).toEqual({
      out: '',
      err: "Connecting to 172.31.5.20:84 (172.31.5.20:84)\nwget: can't connect to remote host (172.31.5.20): Connection refused\n",
      exit: 1,
    });
    expect(busybox(s, 'web', ['wget', '-O-', 'http://nosuch.invalid/'], runWget)).toEqual({
      out: '',
      err: "wget: bad address 'nosuch.invalid'\n",
      exit: 1,
    });
    expect(busybox(s, 'web', ['wget', '-O-', 'http://172.31.5.20:7002/'], runWget)).toEqual({
      out: '',
      err: 'Connecting to 172.31.5.20:7002 (172.31.5.20:7002)\nwget: error getting response\n',
      exit: 1,
    });
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    expect(busybox(s, 'web', ['wget', '-T', '2', '-O-', 'http://172.31.5.20:81/'], runWget)).toEqual({
      out: '',
      err: 'Connecting to 172.31.5.20:81 (172.31.5.20:81)\nwget: download timed out\n',
      exit: 1,
    });
  });

  it('--spider, -S and the usage screen', () => {
    const s = webLab();
    expect(busybox(s, 'web', ['wget', '--spider', 'http://172.31.5.20/'], runWget).err).toBe(
      'Connecting to 172.31.5.20 (172.31.5.20:80)\nremote file exists\n',
    );
    const h = busybox(s, 'web', ['wget', '-S', '-O', '/dev/null', 'http://172.31.5.20/'], runWget);
    expect(h.err.replace(/Date: .*\n/, 'Date: <date>\n')).toBe(
      "Connecting to 172.31.5.20 (172.31.5.20:80)\n  HTTP/1.1 200 OK\n  Server: nginx/1.27.3\n  Date: <date>\n  Content-Type: text/html\n  Content-Length: 615\n  Last-Modified: Tue, 26 Nov 2024 15:55:00 GMT\n  Connection: close\n  ETag: \"6745ef54-267\"\n  Accept-Ranges: bytes\n  \nsaving to '/dev/null'\nnull                 100% |********************************|   615  0:00:00 ETA\n'/dev/null' saved\n",
    );
    const u = busybox(s, 'web', ['wget', '-Z', 'x'], runWget);
    expect(u.exit).toBe(1);
    expect(u.err.startsWith("wget: invalid option -- 'Z'\nBusyBox v1.35.0")).toBe(true);
    expect(u.err).toContain('\t-T SEC\t\tNetwork read timeout is SEC seconds\n');
  });
});
