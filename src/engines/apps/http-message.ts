/**
 * HTTP/1.x messages as bytes: servers parse what a client wrote and format
 * their responses; clients parse what came back (status line, headers, a
 * body delimited by Content-Length, chunked coding or the connection's end).
 */

export type HeaderList = Array<[string, string]>;

export interface HttpRequest {
  method: string;
  /** The request target as written ("/", "/index.html?x=1"). */
  target: string;
  /** "HTTP/1.1", "HTTP/1.0", or "" for an HTTP/0.9 simple request. */
  version: string;
  headers: HeaderList;
  body: string;
  /** The request line as servers log it. */
  line: string;
}

export type RequestParse =
  | { kind: 'ok'; req: HttpRequest }
  /** No complete header block yet: the server keeps waiting. */
  | { kind: 'incomplete' }
  /** Not HTTP: `line` is the first line, as an access log shows it. */
  | { kind: 'bad'; line: string };

export function header(headers: HeaderList, name: string): string | undefined {
  const want = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === want)?.[1];
}

function splitHead(data: string): { head: string[]; rest: string } | null {
  const m = /\r?\n\r?\n/.exec(data);
  if (!m) return null;
  return { head: data.slice(0, m.index).split(/\r?\n/), rest: data.slice(m.index + m[0].length) };
}

export function parseRequest(data: string): RequestParse {
  const firstEnd = data.search(/\r?\n/);
  if (firstEnd < 0) return { kind: 'incomplete' };
  const first = data.slice(0, firstEnd);
  const simple = /^GET (\/\S*)$/.exec(first);
  if (simple) {
    return {
      kind: 'ok',
      req: { method: 'GET', target: simple[1] as string, version: '', headers: [], body: '', line: first },
    };
  }
  const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) (HTTP\/\d\.\d)$/.exec(first);
  if (!m) return { kind: 'bad', line: first };
  const split = splitHead(data);
  if (!split) return { kind: 'incomplete' };
  const headers: HeaderList = [];
  for (const l of split.head.slice(1)) {
    const c = l.indexOf(':');
    if (c <= 0) return { kind: 'bad', line: first };
    headers.push([l.slice(0, c), l.slice(c + 1).trim()]);
  }
  const len = Number(header(headers, 'content-length') ?? 0);
  return {
    kind: 'ok',
    req: {
      method: m[1] as string,
      target: m[2] as string,
      version: m[3] as string,
      headers,
      body: split.rest.slice(0, Number.isFinite(len) ? len : 0),
      line: first,
    },
  };
}

/** Serialise a response; `head` leaves the body out (HEAD requests). */
export function formatResponse(statusLine: string, headers: HeaderList, body: string, head = false): string {
  return `${statusLine}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${head ? '' : body}`;
}

export interface HttpResponse {
  /** "HTTP/1.1", "HTTP/1.0", "HTTP/2". */
  version: string;
  status: number;
  reason: string;
  /** The status line as received (without CRLF). */
  statusLine: string;
  headers: HeaderList;
  /** Status line and header lines exactly as received, blank line included. */
  headText: string;
  body: string;
  /** The body was cut short (Content-Length not reached before the connection closed). */
  partial: boolean;
}

export type ResponseParse =
  | { kind: 'ok'; res: HttpResponse }
  /** Nothing at all came back. */
  | { kind: 'empty' }
  /** Bytes that are not an HTTP response (a banner, an HTTP/0.9 reply). */
  | { kind: 'not-http'; data: string }
  /** A status line but no complete header block. */
  | { kind: 'incomplete' };

function dechunk(s: string): { body: string; done: boolean } {
  let out = '';
  let rest = s;
  for (;;) {
    const nl = rest.indexOf('\r\n');
    if (nl < 0) return { body: out, done: false };
    const size = Number.parseInt(rest.slice(0, nl), 16);
    if (!Number.isFinite(size)) return { body: out, done: false };
    if (size === 0) return { body: out, done: true };
    out += rest.slice(nl + 2, nl + 2 + size);
    rest = rest.slice(nl + 2 + size + 2);
  }
}

/** Parse a response the way a client reads it (`head`: the request was HEAD, so no body follows). */
export function parseResponse(data: string, head: boolean): ResponseParse {
  if (data === '') return { kind: 'empty' };
  const m = /^HTTP\/(\d(?:\.\d)?) (\d{3})(?: ([^\r\n]*))?\r?\n/.exec(data);
  if (!m) return /^HTTP\/\d/.test(data) ? { kind: 'incomplete' } : { kind: 'not-http', data };
  const split = splitHead(data);
  if (!split) return { kind: 'incomplete' };
  const headers: HeaderList = [];
  for (const l of split.head.slice(1)) {
    const c = l.indexOf(':');
    if (c > 0) headers.push([l.slice(0, c), l.slice(c + 1).trim()]);
  }
  const status = Number(m[2]);
  const len = header(headers, 'content-length');
  let body = split.rest;
  let partial = false;
  if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) body = '';
  else if (/chunked/i.test(header(headers, 'transfer-encoding') ?? '')) {
    const d = dechunk(split.rest);
    body = d.body;
    partial = !d.done;
  } else if (len !== undefined && /^\d+$/.test(len)) {
    const n = Number(len);
    partial = body.length < n;
    body = body.slice(0, n);
  }
  return {
    kind: 'ok',
    res: {
      version: `HTTP/${m[1]}`,
      status,
      reason: m[3] ?? '',
      statusLine: (data.split(/\r?\n/)[0] as string).replace(/\r$/, ''),
      headers,
      headText: data.slice(0, data.length - split.rest.length),
      body,
      partial,
    },
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** RFC 7231 IMF-fixdate: "Sat, 21 Nov 2026 18:29:22 GMT". */
export function httpDate(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}

/** Reason phrases of RFC 9110 (Go, Apache and most servers). */
export const REASON: Record<number, string> = {
  100: 'Continue',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  206: 'Partial Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  418: "I'm a teapot",
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonOf(status: number): string {
  return REASON[status] ?? '';
}
