/**
 * The 'http' application: a web server behind a listening socket. It parses
 * what the client wrote, picks the resource, and answers as its flavour
 * (nginx, Apache, Werkzeug, Go) would, writing an access-log line into the
 * container log with the client address it sees (after NAT).
 *
 * Socket config (all optional):
 *   server       Server header ('nginx/1.27.3', 'Apache/2.4.62 (Unix)',
 *                'Werkzeug/3.0.1 Python/3.12.7'); absent: a Go daemon
 *   flavour      'nginx' | 'apache' | 'werkzeug' | 'go' (default: from
 *                accessLog, then from server)
 *   accessLog    'nginx' | 'apache' | 'werkzeug': log format (and flavour)
 *   body         the document at '/' (nginx and Apache also serve it as
 *                '/index.html'); a Go daemon answers it on every path
 *   status       status for `body` (a Go daemon: on every path, e.g. 404)
 *   contentType  Content-Type of `body`
 *   headers      extra response headers, { name: value }
 *   paths        per-path documents: { '/hr': 'This is the HR server!\n',
 *                '/old': { status: 301, location: '/new' },
 *                '/api': { body: '{}', contentType: 'application/json',
 *                status: 200, headers: {...} } }; exact paths, the query
 *                string ignored
 *   docroot      directory in the container's filesystem to serve files
 *                from (default: the image's, /usr/share/nginx/html for
 *                nginx, /usr/local/apache2/htdocs for Apache), used when
 *                it exists there — so `echo hi > .../index.html` in the pod
 *                changes what clients get
 *   podUid, container   set by kubelet: the container whose log and
 *                filesystem these are
 */
import { clusterOf } from '../../kube/cluster.js';
import { appendContainerLog } from '../../kube/runtime.js';
import { formatIPv4 } from '../../model/inet.js';
import { FsView } from '../../model/vfs.js';
import { type AppRequest, registerApp } from '../dataplane/transport.js';
import { appendDockerLog } from '../docker/state.js';
import {
  type AccessFacts,
  type Flavour,
  flavourOf,
  goSniff,
  mimeOf,
  type ReplyFacts,
} from './http-flavours.js';
import { formatResponse, type HeaderList, type HttpRequest, header, parseRequest } from './http-message.js';
import { byteLength, isStreamRequest, type StreamReply } from './stream.js';

export interface PathDoc {
  status?: number;
  body?: string;
  contentType?: string;
  location?: string;
  headers?: Record<string, string>;
}

export interface HttpConfig {
  server?: string;
  flavour?: string;
  accessLog?: string;
  body?: string;
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  paths?: Record<string, string | PathDoc>;
  docroot?: string;
  podUid?: string;
  container?: string;
}

/** A resource found for a path. */
type Found =
  | {
      kind: 'doc';
      status: number;
      body: string;
      contentType: string;
      mtime?: number;
      location?: string;
      headers: HeaderList;
    }
  | { kind: 'dir' }
  | null;

function containerFs(req: AppRequest, cfg: HttpConfig): FsView | null {
  if (typeof cfg.podUid !== 'string' || typeof cfg.container !== 'string') return null;
  const c = clusterOf(req.world)?.sandboxes.get(cfg.podUid)?.containers.get(cfg.container);
  return c ? new FsView(c.fs) : null;
}

function headerList(h: Record<string, string> | undefined): HeaderList {
  return Object.entries(h ?? {}).map(([k, v]) => [k, String(v)]);
}

function fromConfig(fl: Flavour, cfg: HttpConfig, path: string): Found {
  const docs = cfg.paths ?? {};
  const entry = docs[path] ?? (path === '/index.html' && fl.name !== 'go' ? docs['/'] : undefined);
  if (entry !== undefined) {
    const d: PathDoc = typeof entry === 'string' ? { body: entry } : entry;
    const status = d.status ?? (d.location ? 302 : 200);
    // a redirect or an error without a body of its own gets the server's page
    const page =
      d.body === undefined && status >= 300
        ? fl.errorPage(status, cfg.server ?? '', d.location ? { location: d.location } : {})
        : null;
    const body = d.body ?? page?.body ?? '';
    return {
      kind: 'doc',
      status,
      body,
      contentType: d.contentType ?? page?.contentType ?? defaultType(fl, body),
      headers: headerList(d.headers),
      ...(d.location ? { location: d.location } : {}),
    };
  }
  const everyPath = fl.name === 'go' && Object.keys(docs).length === 0;
  const isRoot = path === '/' || (path === '/index.html' && fl.name !== 'go' && fl.name !== 'werkzeug');
  if (cfg.body === undefined || !(isRoot || everyPath)) return null;
  return {
    kind: 'doc',
    status: cfg.status ?? 200,
    body: cfg.body,
    contentType: cfg.contentType ?? defaultType(fl, cfg.body),
    headers: headerList(cfg.headers),
    ...(fl.imageMtime !== undefined ? { mtime: fl.imageMtime } : {}),
  };
}

function defaultType(fl: Flavour, body: string): string {
  if (fl.name === 'go') return goSniff(body);
  if (fl.name === 'werkzeug') return 'text/html; charset=utf-8';
  return 'text/html';
}

/** Files under the docroot: '/' and directories serve their index.html. */
function fromDocroot(fl: Flavour, cfg: HttpConfig, fs: FsView, root: string, path: string): Found {
  const full = `${root}${path}`;
  const st = fs.stat(full);
  if (!st) return null;
  if (st.kind === 'dir') {
    if (!path.endsWith('/')) return { kind: 'dir' };
    const index = `${full}index.html`;
    const ist = fs.stat(index);
    if (ist?.kind !== 'file') return null;
    return fileDoc(fl, cfg, fs, index);
  }
  return st.kind === 'file' ? fileDoc(fl, cfg, fs, full) : null;
}

function fileDoc(fl: Flavour, cfg: HttpConfig, fs: FsView, file: string): Found {
  let body: string;
  try {
    body = fs.readFile(file);
  } catch {
    return null;
  }
  const st = fs.stat(file);
  // a file still as the image shipped it keeps the image's timestamp
  const pristine = cfg.body !== undefined && body === cfg.body && fl.imageMtime !== undefined;
  return {
    kind: 'doc',
    status: 200,
    body,
    contentType: mimeOf(file),
    headers: [],
    ...(pristine ? { mtime: fl.imageMtime } : st ? { mtime: st.mtime } : {}),
  };
}

function decodePath(target: string): string {
  let p = target.replace(/[?#].*$/, '');
  if (/^https?:\/\//i.test(p)) p = p.replace(/^https?:\/\/[^/]*/i, '') || '/';
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep it as sent */
  }
  // resolve "." and ".." like nginx does before mapping to files
  const out: string[] = [];
  for (const seg of p.split('/').slice(1)) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** Per-path documents first, then the container's files, then the configured body. */
function findResource(req: AppRequest, fl: Flavour, cfg: HttpConfig, path: string): Found {
  if (cfg.paths?.[path] !== undefined) return fromConfig(fl, cfg, path);
  const fs = containerFs(req, cfg);
  const root = cfg.docroot ?? fl.docroot;
  if (fs && root && fs.isDir(root)) return fromDocroot(fl, cfg, fs, root, path);
  return fromConfig(fl, cfg, path);
}

interface Answer {
  status: number;
  body: string;
  contentType: string;
  headers: HeaderList;
  mtime?: number;
  location?: string;
  allow?: string;
}

function errorAnswer(
  fl: Flavour,
  server: string,
  status: number,
  detail: { method?: string; location?: string } = {},
): Answer {
  const page = fl.errorPage(status, server, detail);
  return { status, body: page.body, contentType: page.contentType, headers: [] };
}

function hostOf(r: HttpRequest, req: AppRequest): string {
  const h = header(r.headers, 'host');
  return h ? h.replace(/:\d+$/, '') : formatIPv4(req.packet.dst);
}

function answerFor(req: AppRequest, fl: Flavour, cfg: HttpConfig, server: string, r: HttpRequest): Answer {
  const path = decodePath(r.target);
  const found = findResource(req, fl, cfg, path);
  const isRead = r.method === 'GET' || r.method === 'HEAD';
  if (found?.kind === 'dir') {
    const port = req.packet.dport ?? 80;
    const host =
      fl.name === 'apache' ? (header(r.headers, 'host') ?? formatIPv4(req.packet.dst)) : hostOf(r, req);
    const hostPort = fl.name === 'apache' || port === 80 ? host : `${host}:${port}`;
    const location = `http://${hostPort}${path}/`;
    return { ...errorAnswer(fl, server, 301, { location }), location };
  }
  if (!found) {
    if (!isRead && fl.name === 'nginx') return errorAnswer(fl, server, 405);
    if (!isRead && fl.name === 'werkzeug' && path === '/' && cfg.body !== undefined)
      return { ...errorAnswer(fl, server, 405), allow: 'GET, OPTIONS, HEAD' };
    return errorAnswer(fl, server, 404);
  }
  if (!isRead && found.status < 300) {
    if (fl.name === 'nginx') return errorAnswer(fl, server, 405);
    if (fl.name === 'werkzeug') return { ...errorAnswer(fl, server, 405), allow: 'GET, OPTIONS, HEAD' };
    if (fl.name === 'apache' && r.method !== 'POST' && r.method !== 'OPTIONS')
      return { ...errorAnswer(fl, server, 405, { method: r.method }), allow: 'GET,POST,OPTIONS,HEAD,TRACE' };
  }
  return {
    status: found.status,
    body: found.body,
    contentType: found.contentType,
    headers: found.headers,
    ...(found.mtime !== undefined && found.status === 200 && fl.name !== 'go' && fl.name !== 'werkzeug'
      ? { mtime: found.mtime }
      : {}),
    ...(found.location ? { location: found.location } : {}),
  };
}

function keepAliveOf(r: HttpRequest): boolean {
  const c = (header(r.headers, 'connection') ?? '').toLowerCase();
  if (r.version === 'HTTP/1.1') return c !== 'close';
  return c === 'keep-alive';
}

/** Serve what a client wrote on a plain-HTTP socket. */
export function serveHttp(req: AppRequest, cfg: HttpConfig, data: string): StreamReply {
  const fl = flavourOf(cfg);
  const server = cfg.server ?? '';
  const now = req.world.clock.now;
  const client = formatIPv4(req.packet.src);
  const parsed = parseRequest(data);
  if (parsed.kind === 'incomplete') return { kind: 'stream', data: '', close: false, ...idle(fl) };
  const r: HttpRequest | null = parsed.kind === 'ok' ? parsed.req : null;
  let a: Answer;
  let keepAlive = false;
  if (!r || (r.version === 'HTTP/1.1' && header(r.headers, 'host') === undefined && fl.name !== 'go')) {
    a = errorAnswer(fl, server, 400);
  } else if (r.version === '') {
    // HTTP/0.9: the document alone, no status line or headers
    const only = answerFor(req, fl, cfg, server, r);
    log(req, cfg, fl, { now, client, line: r.line, status: only.status, bytes: byteLength(only.body) });
    return { kind: 'stream', data: only.body, close: true };
  } else {
    a = answerFor(req, fl, cfg, server, r);
    keepAlive = keepAliveOf(r) && fl.name !== 'werkzeug';
  }
  const head = r?.method === 'HEAD';
  const length = byteLength(a.body);
  const facts: ReplyFacts = {
    now,
    status: a.status,
    server,
    contentType: a.contentType,
    length,
    keepAlive,
    extra: a.headers,
  };
  if (a.mtime !== undefined) {
    facts.lastModified = a.mtime;
    const etag = fl.etag(length, a.mtime);
    if (etag) facts.etag = etag;
  }
  if (a.location) facts.location = a.location;
  if (a.allow) facts.allow = a.allow;
  const headers = fl.headers(facts);
  const line = r ? r.line : parsed.kind === 'bad' ? parsed.line : '';
  log(req, cfg, fl, {
    now,
    client,
    line,
    status: a.status,
    bytes: head ? 0 : length,
    ...(r ? uaFacts(r) : {}),
  });
  return {
    kind: 'stream',
    data: formatResponse(fl.statusLine(a.status), headers, a.body, head),
    close: !keepAlive,
    ...(keepAlive ? idle(fl) : {}),
    delayMs: fl.name === 'werkzeug' ? 1.2 : 0.25,
  };
}

function idle(fl: Flavour): { idleCloseMs?: number } {
  return fl.idleMs !== undefined ? { idleCloseMs: fl.idleMs } : {};
}

function uaFacts(r: HttpRequest): { referer?: string; userAgent?: string; forwardedFor?: string } {
  const ua = header(r.headers, 'user-agent');
  const ref = header(r.headers, 'referer');
  const xff = header(r.headers, 'x-forwarded-for');
  return {
    ...(ua !== undefined ? { userAgent: ua } : {}),
    ...(ref !== undefined ? { referer: ref } : {}),
    ...(xff !== undefined ? { forwardedFor: xff } : {}),
  };
}

function log(req: AppRequest, cfg: HttpConfig, fl: Flavour, f: AccessFacts): void {
  if (cfg.accessLog === undefined && fl.name !== 'go') return;
  const line = fl.accessLog(f);
  if (line === null) return;
  appendContainerLog(req.world, cfg as Record<string, unknown>, line);
  appendDockerLog(req.world, cfg as Record<string, unknown>, line);
}

/** What a plain-HTTP server answers to a TLS ClientHello: a 400 in clear text, then it hangs up. */
export function plainAnswerToTls(req: AppRequest, cfg: HttpConfig): StreamReply {
  const fl = flavourOf(cfg);
  const server = cfg.server ?? '';
  if (fl.name === 'go')
    return {
      kind: 'stream',
      data: 'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request',
      close: true,
    };
  const page = fl.errorPage(400, server);
  const headers = fl.headers({
    now: req.world.clock.now,
    status: 400,
    server,
    contentType: page.contentType,
    length: byteLength(page.body),
    keepAlive: false,
    extra: [],
  });
  return { kind: 'stream', data: formatResponse(fl.statusLine(400), headers, page.body), close: true };
}

registerApp('http', (req) => {
  const p = req.packet.payload;
  if (!isStreamRequest(p) || req.socket.proto !== 'tcp') return null;
  const cfg = (req.socket.config ?? {}) as HttpConfig;
  const reply = p.tls ? plainAnswerToTls(req, cfg) : serveHttp(req, cfg, p.data);
  return { payload: reply, len: 60 };
});
