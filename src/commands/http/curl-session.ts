/**
 * What one curl invocation keeps across its transfers (connection numbers,
 * the kept-alive connection, --resolve entries) and the helpers every
 * transfer phase uses: request data, name lookup, timeouts, -w facts,
 * writing the body.
 */
import type { Proc } from '../../shell/types.js';
import type { CurlOptions } from './curl-options.js';
import type { CurlStderr } from './curl-output.js';
import type { TransferFacts } from './curl-writeout.js';
import { isIpLiteral, resolveName } from './net-client.js';
import { writeTarget } from './output.js';
import type { Url } from './url.js';

/** A curl error: its exit code and message. */
export interface CurlError {
  code: number;
  msg: string;
  /** Extra text after the error line (the certificate advice). */
  after?: string;
}

export interface CurlSession {
  p: Proc;
  o: CurlOptions;
  /** Next connection number (#0, #1 ...). */
  conns: number;
  /** Host:port of the connection kept alive, if any. */
  alive: string | null;
  resolved: Map<string, string[]>;
}

/** The state of one transfer as its phases move it on. */
export interface Xfer {
  st: CurlStderr;
  facts: TransferFacts;
  /** ms since the transfer started. */
  t: number;
  err: CurlError | null;
  method: string;
  body: string | null;
  urlRaw: string;
  redirects: number;
  downloaded: number;
  uploaded: number;
  dlSize?: number;
  outText: string;
  headText: string;
  /** The connection is not kept alive after this transfer. */
  closing: boolean;
  /** The progress meter started (it does not when the name never resolved). */
  meterShown: boolean;
}

/** End the transfer with an error: its -v line, the meter's last update, the connection's end. */
export function stop(x: Xfer, err: CurlError, closeLine: string | null, at = x.t): void {
  x.err = err;
  if (err.msg !== '') x.st.v(at, `* ${err.msg}`);
  x.st.final(x.t);
  if (closeLine !== null) x.st.v(x.t, closeLine);
}

export function fmtMs(ms: number): number {
  return Math.round(ms);
}

export function ipOf(addr: string): string {
  return addr.includes(':') ? `[${addr}]` : addr;
}

export function emptyFacts(url: string, method: string): TransferFacts {
  return {
    httpCode: 0,
    httpVersion: '0',
    contentType: '',
    urlEffective: url,
    url,
    method,
    scheme: '',
    remoteIp: '',
    remotePort: null,
    localIp: '',
    localPort: null,
    numConnects: 0,
    numRedirects: 0,
    redirectUrl: '',
    sizeDownload: 0,
    sizeUpload: 0,
    sizeHeader: 0,
    sizeRequest: 0,
    timeNamelookup: 0,
    timeConnect: 0,
    timeAppconnect: 0,
    timePretransfer: 0,
    timeStarttransfer: 0,
    timeTotal: 0,
    timeRedirect: 0,
    exitCode: 0,
    errorMsg: '',
    sslVerifyResult: 0,
    filenameEffective: '',
    numHeaders: 0,
    referer: '',
  };
}

export function readData(p: Proc, o: CurlOptions): string | null {
  if (o.data.length === 0) return null;
  const parts = o.data.map((d) => {
    if (d.raw || !d.value.startsWith('@')) return d.value;
    const file = d.value.slice(1);
    let text: string;
    if (file === '-') text = p.stdin;
    else {
      try {
        text = p.ctx.fs.readFile(file, p.ctx.cwd);
      } catch {
        p.err(`Warning: Couldn't read data from file "${file}", this makes an empty \nWarning: POST.\n`);
        text = '';
      }
    }
    return d.binary ? text : text.replace(/[\r\n]/g, '');
  });
  return parts.join('&');
}

/** Addresses for a host: --resolve entries, curl's own localhost, IP literals, the resolver. */
export function lookup(
  s: CurlSession,
  url: Url,
  st: CurlStderr,
  t: number,
): { ok: true; addrs: string[]; ms: number } | { ok: false; ms: number } {
  const key = `${url.host}:${url.port}`;
  const pinned = s.resolved.get(key);
  if (pinned) {
    st.v(t, `* Hostname ${url.host} was found in DNS cache`);
    return { ok: true, addrs: pinned, ms: 0 };
  }
  if (isIpLiteral(url.host)) return { ok: true, addrs: [url.host], ms: 0 };
  if (url.host === 'localhost' || url.host.endsWith('.localhost')) {
    const addrs = s.o.ipv6 ? ['::1'] : s.o.ipv4 ? ['127.0.0.1'] : ['127.0.0.1', '::1'];
    return { ok: true, addrs, ms: 0 };
  }
  const r = resolveName(s.p, url.host, s.o.ipv4 ? 4 : s.o.ipv6 ? 6 : 0);
  if (!r.ok) return { ok: false, ms: r.ms };
  return { ok: true, addrs: r.addrs, ms: r.ms };
}

export function effectiveTimeouts(
  o: CurlOptions,
  elapsed: number,
): { connect: number | undefined; overall: number | undefined } {
  const overall = o.maxTimeMs !== undefined && o.maxTimeMs > 0 ? o.maxTimeMs : undefined;
  const c = o.connectTimeoutMs !== undefined && o.connectTimeoutMs > 0 ? o.connectTimeoutMs : undefined;
  const left = overall !== undefined ? overall - elapsed : undefined;
  const connect =
    c !== undefined && left !== undefined
      ? Math.min(c - elapsed, left)
      : c !== undefined
        ? c - elapsed
        : left;
  return { connect, overall };
}

export function readWriteOut(p: Proc, w: string): string {
  if (!w.startsWith('@')) return w;
  const f = w.slice(1);
  if (f === '-') return p.stdin;
  try {
    return p.ctx.fs.readFile(f, p.ctx.cwd);
  } catch {
    return '';
  }
}

export function formatAddr(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** A heap address as curl prints handles ("0x55e40e269c80"), stable per session. */
export function pointer(p: Proc, what: string): string {
  const key = `apps.curl.ptr.${what}`;
  const ext = p.ctx.world.ext as Record<string, unknown>;
  if (typeof ext[key] !== 'string') ext[key] = `0x55${p.ctx.world.rng.hex(10)}`;
  return ext[key] as string;
}

export function remoteName(u: string): string {
  const path = u.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Deliver the body: stdout, -o FILE or -O. Returns an error for write failures. */
export function writeBody(
  p: Proc,
  st: CurlStderr,
  t: number,
  target: string | undefined,
  url: string,
  text: string,
  facts: TransferFacts,
): CurlError | null {
  if (target === undefined || target === '-') {
    p.out(text);
    return null;
  }
  let file = target;
  if (target === '') {
    file = remoteName(url);
  }
  facts.filenameEffective = file;
  const why = writeTarget(p, file, text, text);
  if (why !== null) {
    st.raw(t - 1e-6, `Warning: Failed to open the file ${file}: ${why}\n`);
    return { code: 23, msg: 'Failure writing output to destination' };
  }
  return null;
}
