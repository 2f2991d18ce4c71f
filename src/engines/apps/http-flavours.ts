/**
 * How each kind of web server words its responses: reason phrases, the
 * order of its headers, its error pages, its access-log line and how long
 * it keeps idle connections. Captured from nginx 1.22 (same layout as the
 * nginx 1.27.3 image), Apache 2.4 (error pages in the 2.4.62 form, which
 * predates the HTML 4.01 doctype of 2.4.64+), Werkzeug 2.2/3.0 (Flask's
 * development server) and Go net/http (kubelet, kube-proxy, etcd metrics,
 * containerd).
 */
import { type HeaderList, httpDate, MONTHS, reasonOf } from './http-message.js';

export type FlavourName = 'nginx' | 'apache' | 'werkzeug' | 'go';

export interface Page {
  body: string;
  contentType: string;
}

/** What a flavour needs to know about one response. */
export interface ReplyFacts {
  now: number;
  status: number;
  server: string;
  contentType: string;
  length: number;
  keepAlive: boolean;
  lastModified?: number;
  etag?: string;
  location?: string;
  allow?: string;
  /** Headers the application set itself (config `headers`). */
  extra: HeaderList;
}

export interface AccessFacts {
  now: number;
  client: string;
  line: string;
  status: number;
  bytes: number;
  referer?: string;
  userAgent?: string;
  forwardedFor?: string;
}

export interface Flavour {
  name: FlavourName;
  reason(status: number): string;
  /** Status line for an HTTP/1.x response. */
  statusLine(status: number): string;
  headers(f: ReplyFacts): HeaderList;
  errorPage(status: number, server: string, detail?: { method?: string; location?: string }): Page;
  accessLog(f: AccessFacts): string | null;
  /** Where a container image keeps its documents (served when the directory exists). */
  docroot?: string;
  /** mtime of the image's own index.html (ms), for responses that still serve it. */
  imageMtime?: number;
  /** How long an idle connection (nothing sent yet, or kept alive) stays open. */
  idleMs?: number;
  etag(size: number, mtimeMs: number): string;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function clf(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

const NGINX_REASON: Record<number, string> = {
  302: 'Moved Temporarily',
  405: 'Not Allowed',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

const nginx: Flavour = {
  name: 'nginx',
  reason: (s) => NGINX_REASON[s] ?? reasonOf(s),
  statusLine: (s) => `HTTP/1.1 ${s} ${nginx.reason(s)}`,
  headers(f) {
    const h: HeaderList = [
      ['Server', f.server],
      ['Date', httpDate(f.now)],
      ['Content-Type', f.contentType],
      ['Content-Length', String(f.length)],
    ];
    if (f.lastModified !== undefined) h.push(['Last-Modified', httpDate(f.lastModified)]);
    if (f.location) h.push(['Location', f.location]);
    h.push(['Connection', f.keepAlive ? 'keep-alive' : 'close'], ...f.extra);
    if (f.etag) h.push(['ETag', f.etag], ['Accept-Ranges', 'bytes']);
    return h;
  },
  errorPage(status, server) {
    const title = `${status} ${nginx.reason(status)}`;
    return {
      body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`,
      contentType: 'text/html',
    };
  },
  accessLog: (f) =>
    `${f.client} - - [${clf(f.now)}] "${f.line}" ${f.status} ${f.bytes} "${f.referer ?? '-'}" "${f.userAgent ?? '-'}" "${f.forwardedFor ?? '-'}"`,
  docroot: '/usr/share/nginx/html',
  // the nginx:1.27.3 image's index.html: Tue, 26 Nov 2024 15:55:00 GMT
  imageMtime: Date.UTC(2024, 10, 26, 15, 55, 0),
  idleMs: 60_000,
  etag: (size, mtime) => `"${Math.floor(mtime / 1000).toString(16)}-${size.toString(16)}"`,
};

const APACHE_TEXT: Record<number, (d: { method?: string; location?: string }) => string> = {
  301: (d) => `<p>The document has moved <a href="${d.location ?? ''}">here</a>.</p>`,
  302: (d) => `<p>The document has moved <a href="${d.location ?? ''}">here</a>.</p>`,
  400: () => '<p>Your browser sent a request that this server could not understand.<br />\n</p>',
  403: () => "<p>You don't have permission to access this resource.</p>",
  404: () => '<p>The requested URL was not found on this server.</p>',
  405: (d) => `<p>The requested method ${d.method ?? 'GET'} is not allowed for this URL.</p>`,
  500: () =>
    '<p>The server encountered an internal error or\nmisconfiguration and was unable to complete\nyour request.</p>',
  503: () =>
    '<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or capacity\nproblems. Please try again later.</p>',
};

const apache: Flavour = {
  name: 'apache',
  reason: reasonOf,
  statusLine: (s) => `HTTP/1.1 ${s} ${reasonOf(s)}`,
  headers(f) {
    const h: HeaderList = [
      ['Date', httpDate(f.now)],
      ['Server', f.server],
    ];
    if (f.lastModified !== undefined) h.push(['Last-Modified', httpDate(f.lastModified)]);
    if (f.etag) h.push(['ETag', f.etag], ['Accept-Ranges', 'bytes']);
    if (f.location) h.push(['Location', f.location]);
    if (f.allow) h.push(['Allow', f.allow]);
    h.push(...f.extra, ['Content-Length', String(f.length)]);
    if (!f.keepAlive) h.push(['Connection', 'close']);
    h.push(['Content-Type', f.contentType]);
    return h;
  },
  errorPage(status, _server, detail = {}) {
    const reason = reasonOf(status);
    const text = (APACHE_TEXT[status] ?? (() => ''))(detail);
    return {
      body: `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${reason}</title>\n</head><body>\n<h1>${reason}</h1>\n${text}\n</body></html>\n`,
      contentType: 'text/html; charset=iso-8859-1',
    };
  },
  accessLog: (f) =>
    `${f.client} - - [${clf(f.now)}] "${f.line}" ${f.status} ${f.bytes === 0 ? '-' : f.bytes}`,
  docroot: '/usr/local/apache2/htdocs',
  // the httpd:2.4 image's htdocs/index.html: Mon, 11 Jun 2007 18:53:14 GMT
  imageMtime: Date.UTC(2007, 5, 11, 18, 53, 14),
  idleMs: 60_000,
  etag: (size, mtime) => `"${size.toString(16)}-${(mtime * 1000).toString(16)}"`,
};

const WERKZEUG_TEXT: Record<number, string> = {
  400: 'The browser (or proxy) sent a request that this server could not understand.',
  404: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  405: 'The method is not allowed for the requested URL.',
  500: 'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
};

const werkzeug: Flavour = {
  name: 'werkzeug',
  reason: (s) => reasonOf(s).toUpperCase(),
  statusLine: (s) => `HTTP/1.1 ${s} ${reasonOf(s).toUpperCase()}`,
  headers(f) {
    const h: HeaderList = [
      ['Server', f.server],
      ['Date', httpDate(f.now)],
      ['Content-Type', f.contentType],
    ];
    if (f.allow) h.push(['Allow', f.allow]);
    if (f.location) h.push(['Location', f.location]);
    h.push(...f.extra, ['Content-Length', String(f.length)], ['Connection', 'close']);
    return h;
  },
  errorPage(status) {
    return {
      body: `<!doctype html>\n<html lang=en>\n<title>${status} ${reasonOf(status)}</title>\n<h1>${reasonOf(status)}</h1>\n<p>${WERKZEUG_TEXT[status] ?? ''}</p>\n`,
      contentType: 'text/html; charset=utf-8',
    };
  },
  accessLog(f) {
    const d = new Date(Math.floor(f.now / 1000) * 1000);
    const t = `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
    return `${f.client} - - [${t}] "${f.line}" ${f.status} -`;
  },
  etag: () => '',
};

/** Go's http.DetectContentType for the bodies servers here write. */
export function goSniff(body: string): string {
  const t = body.replace(/^[\t\n\f\r ]+/, '').toLowerCase();
  if (/^<(!doctype html|html|head|body|p|h1|div|title)[ >]/.test(t)) return 'text/html; charset=utf-8';
  if (body === '') return 'text/plain; charset=utf-8';
  return 'text/plain; charset=utf-8';
}

const go: Flavour = {
  name: 'go',
  reason: reasonOf,
  statusLine: (s) => `HTTP/1.1 ${s} ${reasonOf(s)}`,
  headers(f) {
    // the handler's own headers come sorted (Header.Write), then what the server adds
    const own: HeaderList = [...f.extra];
    if (f.location) own.push(['Location', f.location]);
    own.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const h: HeaderList = [...own, ['Date', httpDate(f.now)]];
    if (!own.some(([k]) => k.toLowerCase() === 'content-length'))
      h.push(['Content-Length', String(f.length)]);
    if (!own.some(([k]) => k.toLowerCase() === 'content-type')) h.push(['Content-Type', f.contentType]);
    return h;
  },
  errorPage(status) {
    return {
      body: status === 404 ? '404 page not found\n' : `${reasonOf(status)}\n`,
      contentType: 'text/plain; charset=utf-8',
    };
  },
  accessLog: () => null,
  etag: () => '',
};

export const FLAVOURS: Record<FlavourName, Flavour> = { nginx, apache, werkzeug, go };

/** The flavour a socket's config describes (accessLog wins, then the Server header). */
export function flavourOf(cfg: { accessLog?: unknown; server?: unknown; flavour?: unknown }): Flavour {
  const named = cfg.flavour ?? cfg.accessLog;
  if (named === 'nginx' || named === 'apache' || named === 'werkzeug' || named === 'go')
    return FLAVOURS[named];
  const s = typeof cfg.server === 'string' ? cfg.server : '';
  if (/^nginx/i.test(s)) return nginx;
  if (/^Apache/i.test(s)) return apache;
  if (/^Werkzeug/i.test(s)) return werkzeug;
  return go;
}

/** Content types by file extension (nginx's mime.types, the common part). */
const MIME: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  shtml: 'text/html',
  css: 'text/css',
  xml: 'text/xml',
  txt: 'text/plain',
  js: 'application/javascript',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/octet-stream',
};

export function mimeOf(path: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return (m && MIME[(m[1] as string).toLowerCase()]) ?? 'application/octet-stream';
}
