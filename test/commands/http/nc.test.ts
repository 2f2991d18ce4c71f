/**
 * nc: netcat-openbsd 1.219 (captures against nginx, sshd-like banners and
 * iptables DROP/REJECT in network namespaces) and BusyBox's nc_bloaty
 * (expected text from its source, networking/nc_bloaty.c: Debian's busybox
 * build has the small nc, so there is no capture of the bloaty one).
 */
import { describe, expect, it } from 'vitest';
import { runNc } from '../../../src/commands/http/nc.js';
import { busybox, lab, nginxIn, run, serve } from './http-helpers.js';

const SSH = 'SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.13\r\n';

function ncLab() {
  const s = lab();
  nginxIn(s, 'db');
  serve(s, 'db', { port: 22, app: 'tcp-banner', process: 'sshd', config: { banner: SSH } });
  return s;
}

describe('OpenBSD nc', () => {
  it('-zv reports the service name from /etc/services', () => {
    const s = ncLab();
    expect(run(s, 'ip netns exec web nc -zv 172.31.5.20 80')).toEqual({
      out: '',
      err: 'Connection to 172.31.5.20 80 port [tcp/http] succeeded!\n',
      exit: 0,
    });
    expect(run(s, 'ip netns exec web nc -z 172.31.5.20 80')).toEqual({ out: '', err: '', exit: 0 });
    expect(run(s, 'ip netns exec web nc -zv 172.31.5.20 http').err).toBe(
      'Connection to 172.31.5.20 80 port [tcp/http] succeeded!\n',
    );
  });

  it('refused, timed out, no route', () => {
    const s = ncLab();
    expect(run(s, 'ip netns exec web nc -zv 172.31.5.20 84')).toEqual({
      out: '',
      err: 'nc: connect to 172.31.5.20 port 84 (tcp) failed: Connection refused\n',
      exit: 1,
    });
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    run(s, 'iptables -A FORWARD -p tcp --dport 83 -j REJECT --reject-with icmp-host-prohibited');
    expect(run(s, 'ip netns exec web nc -zv -w 2 172.31.5.20 81')).toEqual({
      out: '',
      err: 'nc: connect to 172.31.5.20 port 81 (tcp) timed out: Operation now in progress\n',
      exit: 1,
    });
    expect(run(s, 'ip netns exec web nc -zv -w 2 172.31.5.20 83').err).toBe(
      'nc: connect to 172.31.5.20 port 83 (tcp) failed: No route to host\n',
    );
    expect(run(s, 'ip netns exec web nc -zv 10.99.0.2 80').err).toBe(
      'nc: connect to 10.99.0.2 port 80 (tcp) failed: Network is unreachable\n',
    );
  });

  it('a port range goes on after failures', () => {
    const s = ncLab();
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    expect(run(s, 'ip netns exec web nc -zv -w 1 172.31.5.20 80-82')).toEqual({
      out: '',
      err: 'Connection to 172.31.5.20 80 port [tcp/http] succeeded!\nnc: connect to 172.31.5.20 port 81 (tcp) timed out: Operation now in progress\nnc: connect to 172.31.5.20 port 82 (tcp) failed: Connection refused\n',
      exit: 0,
    });
  });

  it('prints a banner; -w ends the idle connection', () => {
    const s = ncLab();
    expect(run(s, 'ip netns exec web nc -w 2 172.31.5.20 22')).toEqual({ out: SSH, err: '', exit: 0 });
    expect(run(s, 'ip netns exec web nc -v -w 2 172.31.5.20 22')).toEqual({
      out: SSH,
      err: 'Connection to 172.31.5.20 22 port [tcp/ssh] succeeded!\n',
      exit: 0,
    });
  });

  it('sends stdin: a hand-written HTTP request', () => {
    const s = ncLab();
    const r = run(
      s,
      `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | ip netns exec web nc -w 1 172.31.5.20 80 | head -9`,
    );
    expect(r.out.replace(/Date: .*\r\n/, 'Date: <date>\r\n')).toBe(
      'HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nDate: <date>\r\nContent-Type: text/html\r\nContent-Length: 615\r\nLast-Modified: Tue, 26 Nov 2024 15:55:00 GMT\r\nConnection: close\r\nETag: "6745ef54-267"\r\nAccept-Ranges: bytes\r\n',
    );
    const bad = run(s, `printf 'hello\\r\\n\\r\\n' | ip netns exec web nc -w 1 172.31.5.20 80`);
    expect(bad.out.replace(/Date: .*\r\n/, 'Date: <date>\r\n')).toBe(
      'HTTP/1.1 400 Bad Request\r\nServer: nginx/1.27.3\r\nDate: <date>\r\nContent-Type: text/html\r\nContent-Length: 157\r\nConnection: close\r\n\r\n<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
    );
  });

  it('nginx drops a silent client after 60 s', () => {
    const s = ncLab();
    const before = s.world.clock.now;
    expect(run(s, 'ip netns exec web nc 172.31.5.20 80')).toEqual({ out: '', err: '', exit: 0 });
    expect(s.world.clock.now - before).toBe(60_000 + 100);
  });

  it('usage errors', () => {
    const s = ncLab();
    expect(run(s, 'nc 10.0.0.1')).toEqual({ out: '', err: 'nc: missing port number\n', exit: 1 });
    expect(run(s, 'nc -zv 10.0.0.1 99999')).toEqual({
      out: '',
      err: 'nc: port number too large: 99999\n',
      exit: 1,
    });
    expect(run(s, 'nc -zv -w abc 10.0.0.1 80')).toEqual({
      out: '',
      err: 'nc: timeout invalid: abc\n',
      exit: 1,
    });
    const q = run(s, 'nc -Q 1');
    expect(q.exit).toBe(1);
    expect(q.err.startsWith("nc: invalid option -- 'Q'\nusage: nc [-46CDdFhklNnrStUuvZz]")).toBe(true);
    expect(run(s, 'nc -zv nosuch.invalid 80').err).toMatch(
      /^nc: getaddrinfo for host "nosuch\.invalid" port 80: .+\n$/,
    );
  });
});

describe('nc -l', () => {
  it('a background listener answers scans; without -k it serves one connection', () => {
    const s = lab();
    run(s, "ip netns exec db sh -c 'nc -l 5432 > /dev/null 2>&1 &'");
    expect(run(s, 'ip netns exec web nc -zv -w 2 172.31.5.20 5432').err).toBe(
      'Connection to 172.31.5.20 5432 port [tcp/postgresql] succeeded!\n',
    );
    expect(run(s, 'ip netns exec web nc -zv -w 2 172.31.5.20 5432').err).toBe(
      'nc: connect to 172.31.5.20 port 5432 (tcp) failed: Connection refused\n',
    );
  });

  it('listens with a backlog of 1: ss shows Send-Q 1 (OpenBSD nc, captured); gone after one connection', () => {
    const s = lab();
    run(s, "ip netns exec db sh -c 'nc -l 5000 > /dev/null 2>&1 &'");
    expect(run(s, 'ip netns exec db ss -tln').out).toBe(
      'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n' +
        'LISTEN 0      1            0.0.0.0:5000      0.0.0.0:*          \n',
    );
    expect(run(s, 'echo hi | ip netns exec web nc -q1 172.31.5.20 5000; echo rc=$?').out).toBe('rc=0\n');
    expect(run(s, 'ip netns exec db ss -tln').out).toBe(
      'State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n',
    );
  });

  it('-k keeps listening; the port is taken', () => {
    const s = lab();
    run(s, "ip netns exec db sh -c 'nc -lk 5432 > /dev/null 2>&1 &'");
    for (let i = 0; i < 3; i++) expect(run(s, 'ip netns exec web nc -z 172.31.5.20 5432').exit).toBe(0);
    expect(run(s, 'ip netns exec db nc -l 5432')).toEqual({
      out: '',
      err: 'nc: Address already in use\n',
      exit: 1,
    });
    expect(run(s, 'ip netns exec db ss -ltnp').out).toMatch(
      /0\.0\.0\.0:5432 .*users:\(\("nc",pid=\d+,fd=\d+\)\)/,
    );
  });

  it('serves what it read on stdin: a one-line HTTP server in a loop', () => {
    const s = lab();
    run(
      s,
      `ip netns exec db sh -c 'while true; do printf "HTTP/1.0 200 OK\\r\\nContent-Length: 6\\r\\n\\r\\nhello\\n" | nc -l -N 8080 > /dev/null; done > /dev/null 2>&1 &'`,
    );
    for (let i = 0; i < 3; i++)
      expect(run(s, 'ip netns exec web curl -s http://172.31.5.20:8080/')).toEqual({
        out: 'hello\n',
        err: '',
        exit: 0,
      });
  });
});

describe('nc -u', () => {
  it('a UDP listener answers the first datagram with its stdin; -zu tells closed ports by the ICMP error', () => {
    const s = lab();
    run(s, "ip netns exec db sh -c 'echo pong | nc -lu 5353 > /dev/null 2>&1 &'");
    expect(run(s, 'echo ping | ip netns exec web nc -u -w 1 172.31.5.20 5353')).toEqual({
      out: 'pong\n',
      err: '',
      exit: 0,
    });
    expect(run(s, 'ip netns exec web nc -zvu 172.31.5.20 5354')).toEqual({ out: '', err: '', exit: 1 });
    run(s, "ip netns exec db sh -c 'nc -lku 5353 > /dev/null 2>&1 &'");
    expect(run(s, 'ip netns exec web nc -zvu 172.31.5.20 5353').err).toBe(
      'Connection to 172.31.5.20 5353 port [udp/mdns] succeeded!\n',
    );
  });
});

describe('BusyBox nc', () => {
  it('-zv says open; refusals only with -vv', () => {
    const s = ncLab();
    expect(busybox(s, 'web', ['nc', '-zv', '172.31.5.20', '80'], runNc)).toEqual({
      out: '',
      err: '172.31.5.20 (172.31.5.20:80) open\n',
      exit: 0,
    });
    expect(busybox(s, 'web', ['nc', '-zv', '172.31.5.20', '84'], runNc)).toEqual({
      out: '',
      err: '',
      exit: 1,
    });
    expect(busybox(s, 'web', ['nc', '-zvv', '172.31.5.20', '84'], runNc).err).toBe(
      'nc: 172.31.5.20 (172.31.5.20:84): Connection refused\n',
    );
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    expect(busybox(s, 'web', ['nc', '-zv', '-w', '2', '172.31.5.20', '81'], runNc)).toEqual({
      out: '',
      err: 'nc: 172.31.5.20 (172.31.5.20:81): Connection timed out\n',
      exit: 1,
    });
    expect(busybox(s, 'web', ['nc', '-zv', 'nosuch.invalid', '80'], runNc)).toEqual({
      out: '',
      err: "nc: bad address 'nosuch.invalid'\n",
      exit: 1,
    });
  });

  it('prints the banner; its stdin ends, so the server hangs up', () => {
    const s = ncLab();
    expect(busybox(s, 'web', ['nc', '172.31.5.20', '22'], runNc)).toEqual({ out: SSH, err: '', exit: 0 });
  });
});
