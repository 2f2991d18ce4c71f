/**
 * The 'http' app as each server flavour answers raw requests (what a
 * client wrote, parsed by the server). Expected text: nginx 1.22 / Apache
 * 2.4 / Werkzeug 2.2 / Go 1.19 answers captured with nc, with the
 * version strings of the images this world runs and dates normalised.
 */
import { describe, expect, it } from 'vitest';
import type { StreamReply } from '../../../src/engines/apps/stream.js';
import { tcpConnect } from '../../../src/engines/apps/tcp-connect.js';
import { parseIPv4 } from '../../../src/model/inet.js';
import { netnsByName } from '../../../src/model/world.js';
import { lab, serve } from '../../commands/http/http-helpers.js';

function ask(config: Record<string, unknown>, data: string): StreamReply | null {
  const s = lab();
  serve(s, 'db', { port: 80, app: 'http', process: 'server', config });
  const ns = netnsByName(s.world, s.frame.ctx.host, 'web');
  if (!ns) throw new Error('no netns');
  const r = tcpConnect(s.world, ns, { dst: parseIPv4('172.31.5.20') as number, port: 80, data });
  if (r.kind !== 'connected') throw new Error(r.kind);
  return r.reply;
}

const date = (s: string) => s.replace(/^Date: [^\r\n]*/m, 'Date: <date>');

const NGINX = { server: 'nginx/1.27.3', body: 'hello\n', accessLog: 'nginx' };
const APACHE = { server: 'Apache/2.4.62 (Unix)', body: 'It works!\n', accessLog: 'apache' };
const FLASK = {
  server: 'Werkzeug/3.0.1 Python/3.12.7',
  body: 'Hello from a web app!\n',
  accessLog: 'werkzeug',
};

const CASES: Array<{
  name: string;
  config: Record<string, unknown>;
  req: string;
  res: string;
  close: boolean;
}> = [
  {
    name: 'nginx: HTTP/1.0 without Host, closes',
    config: NGINX,
    req: 'GET / HTTP/1.0\r\n\r\n',
    res: 'HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nDate: <date>\r\nContent-Type: text/html\r\nContent-Length: 6\r\nLast-Modified: Tue, 26 Nov 2024 15:55:00 GMT\r\nConnection: close\r\nETag: "6745ef54-6"\r\nAccept-Ranges: bytes\r\n\r\nhello\n',
    close: true,
  },
  {
    name: 'nginx: HTTP/1.1 without Host is a 400',
    config: NGINX,
    req: 'GET / HTTP/1.1\r\n\r\n',
    res: 'HTTP/1.1 400 Bad Request\r\nServer: nginx/1.27.3\r\nDate: <date>\r\nContent-Type: text/html\r\nContent-Length: 157\r\nConnection: close\r\n\r\n<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
    close: true,
  },
  {
    name: 'nginx: HEAD keeps the connection, no body',
    config: NGINX,
    req: 'HEAD /index.html HTTP/1.1\r\nHost: x\r\n\r\n',
    res: 'HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nDate: <date>\r\nContent-Type: text/html\r\nContent-Length: 6\r\nLast-Modified: Tue, 26 Nov 2024 15:55:00 GMT\r\nConnection: keep-alive\r\nETag: "6745ef54-6"\r\nAccept-Ranges: bytes\r\n\r\n',
    close: false,
  },
  {
    name: 'nginx: unknown method on a page is 405',
    config: NGINX,
    req: 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n',
    res: 'HTTP/1.1 405 Not Allowed\r\nServer: nginx/1.27.3\r\nDate: <date>\r\nContent-Type: text/html\r\nContent-Length: 157\r\nConnection: keep-alive\r\n\r\n<html>\r\n<head><title>405 Not Allowed</title></head>\r\n<body>\r\n<center><h1>405 Not Allowed</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
    close: false,
  },
  {
    name: 'nginx: per-path documents and redirects',
    config: {
      ...NGINX,
      paths: { '/hr': 'This is the HR server!\n', '/old': { status: 301, location: 'http://x/new' } },
    },
    req: 'GET /hr HTTP/1.0\r\n\r\n',
    res: 'HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nDate: <date>\r\nContent-Type: text/html\r\nContent-Length: 23\r\nConnection: close\r\n\r\nThis is the HR server!\n',
    close: true,
  },
  {
    name: 'Apache: 404 in the 2.4.62 page',
    config: APACHE,
    req: 'GET /x HTTP/1.1\r\nHost: x\r\n\r\n',
    res: 'HTTP/1.1 404 Not Found\r\nDate: <date>\r\nServer: Apache/2.4.62 (Unix)\r\nContent-Length: 196\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
    close: false,
  },
  {
    name: 'Werkzeug: HTTP/1.0 request',
    config: FLASK,
    req: 'GET / HTTP/1.0\r\n\r\n',
    res: 'HTTP/1.1 200 OK\r\nServer: Werkzeug/3.0.1 Python/3.12.7\r\nDate: <date>\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 22\r\nConnection: close\r\n\r\nHello from a web app!\n',
    close: true,
  },
  {
    name: 'Go: a handler that only writes its body',
    config: { body: 'ok' },
    req: 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n',
    res: 'HTTP/1.1 200 OK\r\nDate: <date>\r\nContent-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nok',
    close: false,
  },
  {
    name: 'Go: containerd answers 404 everywhere',
    config: { body: '404 page not found\n', status: 404 },
    req: 'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
    res: 'HTTP/1.1 404 Not Found\r\nDate: <date>\r\nContent-Length: 19\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n404 page not found\n',
    close: false,
  },
];

describe('http app', () => {
  for (const c of CASES)
    it(c.name, () => {
      const r = ask(c.config, c.req);
      expect(r && date(r.data)).toBe(c.res);
      expect(r?.close).toBe(c.close);
    });

  it('nothing sent yet: nginx waits, then drops the connection after 60 s', () => {
    expect(ask(NGINX, '')).toEqual({ kind: 'stream', data: '', close: false, idleCloseMs: 60_000 });
  });

  it('a TLS ClientHello on a plain port gets a 400 in clear text', () => {
    const s = lab();
    serve(s, 'db', { port: 80, app: 'http', process: 'nginx', config: NGINX });
    const ns = netnsByName(s.world, s.frame.ctx.host, 'web');
    if (!ns) throw new Error('no netns');
    const r = tcpConnect(s.world, ns, {
      dst: parseIPv4('172.31.5.20') as number,
      port: 80,
      data: 'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
      tls: { alpn: ['h2', 'http/1.1'] },
    });
    expect(r.kind === 'connected' && r.reply?.tls).toBeUndefined();
    expect(r.kind === 'connected' && r.reply?.data.startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
  });
});
