/**
 * `curl` (7.88.1, as in Debian 12 and the nginx image): one transfer per
 * URL through the world's resolver and data plane — connect with the
 * kernel's retransmissions and curl's timeouts, TLS with certificate
 * checks, the request written as curl writes it, the response parsed —
 * with -v traces, the progress meter, -o/-O/-i/-I/-D/-w output, -L
 * redirects, -f and curl's error lines and exit codes.
 */

import { type HttpResponse, header, parseResponse } from '../../engines/apps/http-message.js';
import type { StreamReply, TlsHello } from '../../engines/apps/stream.js';
import { byteLength } from '../../engines/apps/stream.js';
import { ERRNO_TEXT } from '../../engines/apps/tcp-connect.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { CURL_HELP, CURL_VERSION, type CurlOptions, parseCurlArgs } from './curl-options.js';
import { CurlStderr } from './curl-output.js';
import { type BuiltRequest, buildRequest, h2View } from './curl-request.js';
import {
  chainFailureTrace,
  DEFAULT_CAFILE,
  handshakeTrace,
  OPENSSL,
  SSLCERTS_ADVICE,
  verifyCert,
} from './curl-tls.js';
import { type TransferFacts, writeOut } from './curl-writeout.js';
import { type ConnectResult, connectTo, isIpLiteral, resolveName } from './net-client.js';
import { writeTarget } from './output.js';
import { parseUrl, resolveLocation, type Url, urlText } from './url.js';

/** A curl error: its exit code and message. */
interface CurlError {
  code: number;
  msg: string;
  /** Extra text after the error line (the certificate advice). */
  after?: string;
}

interface Session {
  p: Proc;
  o: CurlOptions;
  /** Next connection number (#0, #1 ...). */
  conns: number;
  /** Host:port of the connection kept alive, if any. */
  alive: string | null;
  resolved: Map<string, string[]>;
}

function fmtMs(ms: number): number {
  return Math.round(ms);
}

function ipOf(addr: string): string {
  return addr.includes(':') ? `[${addr}]` : addr;
}

function emptyFacts(url: string, method: string): TransferFacts {
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

function readData(p: Proc, o: CurlOptions): string | null {
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
function lookup(
  s: Session,
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

function effectiveTimeouts(
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

/** One transfer (with its redirects). */
function transfer(s: Session, raw: string, index: number): number {
  const { p, o } = s;
  const clock = p.ctx.world.clock;
  const start = clock.now;
  if (o.outputs[index] === '' && remoteName(raw) === '') {
    p.err('curl: Remote file name has no length!\n');
    if (!o.silent || o.showError) p.err('curl: (23) Failed writing received data to disk/application\n');
    return 23;
  }
  const toStdout = o.outputs[index] === undefined || o.outputs[index] === '-';
  const ttyOut = p.ctx.tty !== null && toStdout;
  const st = new CurlStderr(!o.silent && !o.noProgress && !ttyOut, o.verbose, !ttyOut);
  const body0 = readData(p, o);
  if (o.request !== undefined && !o.silent) {
    const inferred = o.head ? 'HEAD' : body0 !== null && !o.get ? 'POST' : 'GET';
    if (o.request === 'HEAD' && !o.head)
      p.err(
        'Warning: Setting custom HTTP method to HEAD with -X/--request may not work the \nWarning: way you want. Consider using -I/--head instead.\n',
      );
    else if (o.verbose && o.request === inferred)
      p.err(`Note: Unnecessary use of -X or --request, ${inferred} is already inferred.\n`);
  }
  let method = o.request ?? (o.head ? 'HEAD' : body0 !== null && !o.get ? 'POST' : 'GET');
  let body = o.get ? null : body0;
  const facts = emptyFacts(raw, method);
  let meterShown = true;
  let t = 0;
  let downloaded = 0;
  let dlSize: number | undefined;
  const ulSize = body !== null ? byteLength(body) : undefined;
  let uploaded = 0;
  let outText = '';
  let headText = '';
  let err: CurlError | null = null;
  let urlRaw = raw;
  if (o.get && body0 !== null) urlRaw += (raw.includes('?') ? '&' : '?') + body0;
  let redirects = 0;
  let closing = true;
  for (;;) {
    const pu = parseUrl(urlRaw);
    if (!pu.ok) {
      meterShown = false;
      err =
        pu.error === 'scheme'
          ? { code: 1, msg: `Protocol "${pu.scheme}" not supported or disabled in libcurl` }
          : { code: 3, msg: 'URL using bad/illegal format or missing URL' };
      st.v(t, `* ${err.msg}`);
      st.v(t, '* Closing connection -1');
      break;
    }
    const url = pu.url;
    facts.urlEffective = urlText(url);
    facts.scheme = url.scheme;
    facts.method = method;
    const look = lookup(s, url, st, t);
    t += look.ms;
    const limits = effectiveTimeouts(o, t);
    if (limits.connect !== undefined && limits.connect <= 0) {
      const over = (o.connectTimeoutMs ?? o.maxTimeMs ?? 0) + 1;
      clock.now = start + over;
      t = over;
      err = { code: 28, msg: `Resolving timed out after ${fmtMs(over)} milliseconds` };
      st.v(t, `* ${err.msg}`);
      st.final(t);
      st.v(t, `* Closing connection ${s.conns}`);
      break;
    }
    facts.timeNamelookup = t;
    if (!look.ok) {
      meterShown = t >= 1000;
      err = { code: 6, msg: `Could not resolve host: ${url.host}` };
      st.v(t, `* ${err.msg}`);
      st.v(t, `* ${err.msg}`);
      if (meterShown) st.final(t);
      st.v(t, `* Closing connection ${s.conns}`);
      break;
    }
    const req = buildRequest({
      url,
      method,
      custom: o.headers,
      ...(o.userAgent !== undefined ? { userAgent: o.userAgent } : {}),
      ...(o.user !== undefined ? { user: o.user } : {}),
      ...(o.referer !== undefined ? { referer: o.referer } : {}),
      body,
      version: o.http1 === '1.0' ? '1.0' : '1.1',
    });
    const hostKey = `${url.host}:${url.port}`;
    const reuse = s.alive === hostKey;
    if (reuse) {
      st.v(t, `* Found bundle for host: ${pointer(p, 'bundle')} [serially]`);
      st.v(t, '* Can not multiplex, even if we wanted to');
      st.v(t, `* Re-using existing connection #${s.conns - 1} with host ${url.host}`);
    }
    const tls: TlsHello | undefined =
      url.scheme === 'https'
        ? {
            alpn: o.http1 ? ['http/1.1'] : ['h2', 'http/1.1'],
            ...(isIpLiteral(url.host) ? {} : { sni: url.host }),
            ...(o.cert !== undefined ? { clientCert: true } : {}),
          }
        : undefined;
    // connect: try each address in turn
    let conn: (ConnectResult & { kind: 'connected' }) | null = null;
    let connAddr = '';
    let lastFail: ConnectResult | null = null;
    const connNo = reuse ? s.conns - 1 : s.conns;
    for (const addr of look.addrs) {
      const lim = effectiveTimeouts(o, t);
      if (!reuse) st.v(t, `*   Trying ${ipOf(addr)}:${url.port}...`);
      const r = connectTo(p, addr, url.port, req.wire, {
        ...(tls ? { tls } : {}),
        ...(lim.connect !== undefined ? { timeoutMs: lim.connect } : {}),
      });
      if (r.kind === 'connected') {
        conn = r;
        connAddr = addr;
        break;
      }
      lastFail = r;
      if (r.kind === 'failed') {
        t += r.ms;
        if (r.immediate) st.v(t, `* Immediate connect fail for ${addr}: ${ERRNO_TEXT[r.errno]}`);
        else st.v(t, `* connect to ${addr} port ${url.port} failed: ${ERRNO_TEXT[r.errno]}`);
        continue;
      }
      // timeout
      t += r.ms;
      if (r.kind === 'timeout' && r.kernel && lim.connect === undefined) {
        st.v(t, `* connect to ${addr} port ${url.port} failed: ${ERRNO_TEXT.ETIMEDOUT}`);
        continue;
      }
      break;
    }
    if (!conn) {
      facts.numConnects = 0;
      const ms = fmtMs(t);
      if (
        lastFail?.kind === 'timeout' &&
        !(lastFail.kernel && effectiveTimeouts(o, 0).connect === undefined)
      ) {
        t += 1;
        const byConnectTimeout =
          o.connectTimeoutMs !== undefined &&
          (o.maxTimeMs === undefined || o.connectTimeoutMs <= o.maxTimeMs);
        err = byConnectTimeout
          ? {
              code: 28,
              msg: `Failed to connect to ${url.host} port ${url.port} after ${fmtMs(t)} ms: Timeout was reached`,
            }
          : { code: 28, msg: `Connection timed out after ${fmtMs(t)} milliseconds` };
        st.v(t - 1e-6, `* ${err.msg}`);
      } else {
        const code = lastFail?.kind === 'timeout' ? 28 : 7;
        err = {
          code,
          msg: `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server`,
        };
        st.v(t, `* ${err.msg}`);
      }
      st.final(t);
      st.v(t, `* Closing connection ${connNo}`);
      break;
    }
    if (!reuse) s.conns++;
    facts.numConnects += reuse ? 0 : 1;
    facts.remoteIp = connAddr;
    facts.remotePort = url.port;
    facts.localIp = connAddr === '::1' ? '::1' : formatAddr(conn.local.addr);
    facts.localPort = conn.local.port;
    t += conn.connectMs;
    facts.timeConnect = t;
    if (!reuse) st.v(t, `* Connected to ${url.host} (${connAddr}) port ${url.port} (#${connNo})`);
    const reply = conn.reply;
    let h2 = false;
    // TLS
    if (tls) {
      const r = tlsStep(s, st, url, reply, t, conn.rttMs);
      t = r.t;
      facts.sslVerifyResult = r.verifyCode;
      if (r.err) {
        err = r.err;
        st.final(t);
        st.v(t, `* Closing connection ${connNo}`);
        break;
      }
      h2 = r.h2;
      facts.timeAppconnect = t;
    }
    facts.timePretransfer = t;
    // the request
    showRequest(st, t, req, url, h2, p);
    uploaded = byteLength(req.body);
    facts.sizeRequest = byteLength(req.wire);
    facts.sizeUpload = uploaded;
    if (tls && reply?.tls?.requireClientCert && !tls.clientCert) {
      st.data(t, '{', 5);
      st.v(t, '* TLSv1.3 (IN), TLS alert, unknown (628):');
      st.data(t, '{', 2);
      const msg = `OpenSSL SSL_read: ${OPENSSL}: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0`;
      st.v(t, `* ${msg}`);
      if (h2) st.v(t, '* Failed receiving HTTP2 data');
      err = { code: 56, msg };
      st.final(t);
      st.v(t, `* Connection #${connNo} to host ${url.host} left intact`);
      break;
    }
    // waiting for the answer
    const rtt = conn.rttMs + (reply?.delayMs ?? 0);
    const data = reply?.data ?? '';
    if (data === '') {
      const closeAt = reply?.close ? rtt : reply?.idleCloseMs;
      const overall = o.maxTimeMs !== undefined && o.maxTimeMs > 0 ? o.maxTimeMs : undefined;
      if (closeAt !== undefined && (overall === undefined || t + closeAt < overall)) {
        t += closeAt;
        err = { code: 52, msg: 'Empty reply from server' };
        st.v(t, `* ${err.msg}`);
        st.final(t);
        st.v(t, `* Closing connection ${connNo}`);
        break;
      }
      if (overall === undefined) {
        p.err('knetlab: curl would wait for an answer forever here (the server never replies); stopped\n');
        t += 0;
        err = { code: 130, msg: '' };
        st.final(t);
        break;
      }
      t = overall + 1;
      err = { code: 28, msg: `Operation timed out after ${fmtMs(t)} milliseconds with 0 bytes received` };
      st.v(t - 1e-6, `* ${err.msg}`);
      st.final(t);
      st.v(t, `* Closing connection ${connNo}`);
      break;
    }
    // only -I knows no body follows; -X HEAD waits for the Content-Length it announced
    const parsed = parseResponse(data, o.head && method === 'HEAD');
    t += rtt;
    facts.timeStarttransfer = t;
    if (parsed.kind !== 'ok') {
      err =
        parsed.kind === 'not-http'
          ? { code: 1, msg: 'Received HTTP/0.9 when not allowed' }
          : { code: 52, msg: 'Empty reply from server' };
      st.v(t, `* ${err.msg}`);
      st.final(t);
      st.v(t, `* Closing connection ${connNo}`);
      break;
    }
    const res = parsed.res;
    const shownHead = showResponse(st, t, res, h2, !!tls);
    headText += shownHead;
    facts.httpCode = res.status;
    facts.httpVersion = res.version === 'HTTP/2' ? '2' : res.version.slice(5);
    facts.contentType = header(res.headers, 'content-type') ?? '';
    facts.sizeHeader += byteLength(shownHead);
    facts.numHeaders = res.headers.length;
    const clen = header(res.headers, 'content-length');
    dlSize = clen !== undefined && /^\d+$/.test(clen) ? Number(clen) : undefined;
    const serverCloses =
      reply?.close === true ||
      /close/i.test(header(res.headers, 'connection') ?? '') ||
      res.version === 'HTTP/1.0';
    closing = serverCloses;
    const location = header(res.headers, 'location');
    const isRedirect = [301, 302, 303, 307, 308].includes(res.status) && location !== undefined;
    if (location !== undefined && res.status >= 300 && res.status < 400)
      facts.redirectUrl = resolveLocation(url, location);
    if (o.fail && res.status >= 400) {
      err = { code: 22, msg: `The requested URL returned error: ${res.status}` };
      st.v(t, `* ${err.msg}`);
      st.final(t);
      st.v(t, `* Closing connection ${connNo}`);
      s.alive = null;
      if (o.include && !o.failWithBody) outText += '';
      break;
    }
    if (o.location && isRedirect && location !== undefined) {
      if (redirects >= o.maxRedirs) {
        err = { code: 47, msg: `Maximum (${o.maxRedirs}) redirects followed` };
        st.v(t, `* ${err.msg}`);
        st.final(t);
        st.v(t, `* Closing connection ${connNo}`);
        break;
      }
      st.v(t, '* Ignoring the response-body');
      if (res.body.length > 0) st.data(t, '{', byteLength(res.body));
      endConnection(st, t, s, connNo, url, serverCloses);
      if (o.include) outText += shownHead;
      const next = resolveLocation(url, location);
      st.v(t, `* Issue another request to this URL: '${next}'`);
      redirects++;
      facts.numRedirects = redirects;
      facts.timeRedirect = t;
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
      }
      urlRaw = next;
      continue;
    }
    // the body
    downloaded = byteLength(res.body);
    facts.sizeDownload = downloaded;
    if (res.version === 'HTTP/2') st.data(t, '{', 5);
    else if (downloaded > 0) st.data(t, '{', downloaded);
    if (o.include || o.head) outText += shownHead;
    outText += res.body;
    if (res.partial) {
      const overall = o.maxTimeMs !== undefined && o.maxTimeMs > 0 ? o.maxTimeMs : undefined;
      const idle = reply?.close ? 0 : reply?.idleCloseMs;
      if (idle !== undefined && (overall === undefined || t + idle <= overall)) {
        t += idle;
        err = { code: 18, msg: `transfer closed with ${(dlSize ?? 0) - downloaded} bytes remaining to read` };
      } else if (overall !== undefined) {
        t = overall + 1;
        err = {
          code: 28,
          msg: `Operation timed out after ${fmtMs(t)} milliseconds with ${downloaded} out of ${dlSize ?? 0} bytes received`,
        };
      } else {
        p.err(
          'knetlab: curl would wait for the rest of the body forever here (the server never sends it); stopped\n',
        );
        err = { code: 130, msg: '' };
      }
      if (err.code !== 130) st.v(t - 1e-6, `* ${err.msg}`);
      st.final(t);
      st.v(t, `* Closing connection ${connNo}`);
      break;
    }
    st.final(t);
    endConnection(st, t, s, connNo, url, serverCloses);
    break;
  }
  // output
  const target = o.outputs[index];
  if (o.dumpHeader !== undefined && headText !== '') writeTarget(p, o.dumpHeader, headText, headText);
  if (err === null || err.code === 18 || err.code === 47) {
    const w = writeBody(p, st, t, target, urlRaw, outText, facts);
    if (w) err = w;
  }
  facts.timeTotal = t;
  facts.exitCode = err?.code ?? 0;
  facts.errorMsg = err?.msg ?? '';
  const elapsed = Math.round(t) - (clock.now - start);
  if (elapsed > 0) p.elapse(elapsed);
  const text = st.render(
    (at) => ({
      at,
      downloaded: at >= t ? downloaded : 0,
      uploaded: at >= t ? uploaded : 0,
      ...(dlSize !== undefined && at >= t ? { dlSize } : {}),
      ...(ulSize !== undefined ? { ulSize } : {}),
    }),
    meterShown,
  );
  p.err(text);
  if (err && err.code !== 130 && (!o.silent || o.showError))
    p.err(`curl: (${err.code}) ${err.msg}\n${err.after ?? ''}`);
  if (o.writeOut !== undefined) writeOut(readWriteOut(p, o.writeOut), facts, p.out, p.err);
  s.alive = err === null && !closing ? s.alive : null;
  return err?.code ?? 0;
}

function readWriteOut(p: Proc, w: string): string {
  if (!w.startsWith('@')) return w;
  const f = w.slice(1);
  if (f === '-') return p.stdin;
  try {
    return p.ctx.fs.readFile(f, p.ctx.cwd);
  } catch {
    return '';
  }
}

function formatAddr(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** A heap address as curl prints handles ("0x55e40e269c80"), stable per session. */
function pointer(p: Proc, what: string): string {
  const key = `apps.curl.ptr.${what}`;
  const ext = p.ctx.world.ext as Record<string, unknown>;
  if (typeof ext[key] !== 'string') ext[key] = `0x55${p.ctx.world.rng.hex(10)}`;
  return ext[key] as string;
}

function endConnection(st: CurlStderr, t: number, s: Session, no: number, url: Url, closes: boolean): void {
  if (closes) {
    st.v(t, `* Closing connection ${no}`);
    s.alive = null;
  } else {
    st.v(t, `* Connection #${no} to host ${url.host} left intact`);
    s.alive = `${url.host}:${url.port}`;
  }
}

function showRequest(st: CurlStderr, t: number, req: BuiltRequest, url: Url, h2: boolean, p: Proc): void {
  if (h2) {
    const v = h2View(req, url);
    st.data(t, '}', 5);
    st.v(t, '* using HTTP/2');
    st.vs(t, v.h2h3);
    st.v(t, `* Using Stream ID: 1 (easy handle ${pointer(p, 'easy')})`);
    st.data(t, '}', 5);
    st.v(
      t,
      v.shown
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    );
  } else {
    const head = req.wire.slice(0, req.wire.length - req.body.length);
    if (url.scheme === 'https') {
      st.v(t, '* using HTTP/1.1');
      st.data(t, '}', 5);
    }
    st.v(
      t,
      head
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    );
  }
  if (req.body.length > 0) st.data(t, '}', byteLength(req.body));
}

/** Print the response head as -v shows it; returns the head as -i writes it. */
function showResponse(st: CurlStderr, t: number, res: HttpResponse, h2: boolean, tls: boolean): string {
  let head = res.headText;
  if (res.version === 'HTTP/2')
    head = `HTTP/2 ${res.status} \r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  if (tls) {
    st.data(t, '{', 5);
    if (h2 || res.version === 'HTTP/2') {
      st.v(t, '* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
      st.data(t, '{', 130);
    }
  }
  if (res.version === 'HTTP/1.0') st.v(t, '* HTTP 1.0, assume close after body');
  st.v(
    t,
    head
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => `< ${l}`)
      .join('\n'),
  );
  return head;
}

interface TlsStep {
  t: number;
  h2: boolean;
  verifyCode: number;
  err: CurlError | null;
}

function tlsStep(
  s: Session,
  st: CurlStderr,
  url: Url,
  reply: StreamReply | null,
  t0: number,
  rtt: number,
): TlsStep {
  const { p, o } = s;
  let t = t0;
  const verifying = !o.insecure;
  const caFile = o.cacert ?? DEFAULT_CAFILE;
  const alpn = o.http1 ? ['http/1.1'] : ['h2', 'http/1.1'];
  const tls = reply?.tls;
  if (!tls) {
    st.v(t, `* ALPN: offers ${alpn.join(',')}`);
    st.data(t, '}', 5);
    st.v(t, '* TLSv1.3 (OUT), TLS handshake, Client hello (1):');
    st.data(t, '}', 512);
    if (verifying) st.vs(t, [`*  CAfile: ${caFile}`, '*  CApath: /etc/ssl/certs']);
    t += rtt;
    if (reply && reply.data === '' && !reply.close) {
      p.err(
        'knetlab: curl would wait for the TLS handshake forever here (the server never answers); stopped\n',
      );
      return { t, h2: false, verifyCode: 0, err: { code: 130, msg: '' } };
    }
    if (!reply || reply.data === '') {
      const msg = `OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to ${url.host}:${url.port} `;
      st.v(t, `* ${msg}`);
      return { t, h2: false, verifyCode: 0, err: { code: 35, msg } };
    }
    st.data(t, '{', 5);
    const msg = `${OPENSSL}: error:0A00010B:SSL routines::wrong version number`;
    st.v(t, `* ${msg}`);
    return { t, h2: false, verifyCode: 0, err: { code: 35, msg } };
  }
  t += rtt;
  let caPem: string | null = null;
  if (o.cacert !== undefined) {
    try {
      caPem = p.ctx.fs.readFile(o.cacert, p.ctx.cwd);
    } catch {
      const msg = `error setting certificate file: ${o.cacert}`;
      return { t: t0, h2: false, verifyCode: 0, err: { code: 77, msg } };
    }
  }
  const trace = handshakeTrace(tls, alpn, { verifying, caFile, data: st.dataLines });
  st.vs(t, trace.hello);
  const v = verifyCert(tls.cert, url.host, isIpLiteral(url.host), caPem, p.ctx.world.clock.now);
  const chainCode = v.ok ? 0 : v.stage === 'chain' ? v.code : 0;
  if (verifying && !v.ok && v.stage === 'chain') {
    st.vs(t, chainFailureTrace(v.code, v.text, st.dataLines));
    return {
      t,
      h2: false,
      verifyCode: v.code,
      err: { code: 60, msg: `SSL certificate problem: ${v.text}`, after: SSLCERTS_ADVICE },
    };
  }
  st.vs(t, trace.done);
  if (verifying && !v.ok) {
    st.v(t, `*  subjectAltName does not match ${url.host}`);
    const msg = `SSL: no alternative certificate subject name matches target host name '${url.host}'`;
    st.v(t, `* ${msg}`);
    return { t, h2: false, verifyCode: 0, err: { code: 60, msg, after: SSLCERTS_ADVICE } };
  }
  if (verifying && v.ok) st.v(t, `*  subjectAltName: ${v.sanLine}`);
  st.v(t, `*  issuer: ${tls.cert.issuer}`);
  if (verifying) st.v(t, '*  SSL certificate verify ok.');
  else if (chainCode) {
    const text = v.ok ? '' : v.stage === 'chain' ? v.text : '';
    st.v(t, `*  SSL certificate verify result: ${text} (${chainCode}), continuing anyway.`);
  }
  return { t, h2: tls.alpn === 'h2', verifyCode: chainCode, err: null };
}

function remoteName(u: string): string {
  const path = u.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Deliver the body: stdout, -o FILE or -O. Returns an error for write failures. */
function writeBody(
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

export function runCurl(p: Proc): number {
  const args = p.argv.slice(1);
  if (args.length === 0) return fail("curl: try 'curl --help' or 'curl --manual' for more information\n", 2);
  const o = parseCurlArgs(args);
  if (o.help) {
    p.out(CURL_HELP);
    return 0;
  }
  if (o.version) {
    p.out(CURL_VERSION);
    return 0;
  }
  if (o.urls.length === 0)
    return fail(
      "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      2,
    );
  const s: Session = { p, o, conns: 0, alive: null, resolved: new Map() };
  for (const r of o.resolve) {
    const m = /^(\[[^\]]+\]|[^:]+):(\d+):(.+)$/.exec(r);
    if (!m) {
      p.err(`Couldn't parse CURLOPT_RESOLVE entry '${r}'\n`);
      continue;
    }
    const host = (m[1] as string).replace(/^\[|\]$/g, '').toLowerCase();
    const addrs = (m[3] as string).split(',').map((a) => a.replace(/^\[|\]$/g, ''));
    s.resolved.set(`${host}:${m[2]}`, addrs);
    if (o.verbose) p.err(`* Added ${host}:${m[2]}:${m[3]} to DNS cache\n`);
  }
  let exit = 0;
  o.urls.forEach((u, i) => {
    exit = transfer(s, u, i);
  });
  return exit === 130 ? 130 : exit;
}

export const CURL_COMMAND: CommandDef = { name: 'curl', path: '/usr/bin/curl', run: runCurl };
