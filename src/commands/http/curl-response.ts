/**
 * A transfer once connected: TLS, the request, waiting for the answer
 * (empty replies, silence until -m, HTTP/0.9), the response head, -f,
 * -L redirects, and the body (complete, or cut short).
 */
import { header, parseResponse } from '../../engines/apps/http-message.js';
import type { TlsHello } from '../../engines/apps/stream.js';
import { byteLength } from '../../engines/apps/stream.js';
import type { Connection } from './curl-connect.js';
import type { BuiltRequest } from './curl-request.js';
import { type CurlSession, fmtMs, formatAddr, stop, type Xfer } from './curl-session.js';
import { OPENSSL } from './curl-tls.js';
import { endConnection, showRequest, showResponse, tlsStep } from './curl-trace.js';
import { resolveLocation, type Url } from './url.js';

const FOREVER = 'knetlab: curl would wait for an answer forever here (the server never replies); stopped\n';

/** 'redirect' when -L follows a Location (x.urlRaw is the next URL), else 'done'. */
export function responsePhase(
  s: CurlSession,
  x: Xfer,
  url: Url,
  c: Connection,
  req: BuiltRequest,
  tls: TlsHello | undefined,
): 'redirect' | 'done' {
  const { o, p } = s;
  const { conn, no } = c;
  const closeLine = `* Closing connection ${no}`;
  x.facts.numConnects += c.reused ? 0 : 1;
  x.facts.remoteIp = c.addr;
  x.facts.remotePort = url.port;
  x.facts.localIp = c.addr === '::1' ? '::1' : formatAddr(conn.local.addr);
  x.facts.localPort = conn.local.port;
  x.t += conn.connectMs;
  x.facts.timeConnect = x.t;
  if (!c.reused) x.st.v(x.t, `* Connected to ${url.host} (${c.addr}) port ${url.port} (#${no})`);
  const reply = conn.reply;
  let h2 = false;
  if (tls) {
    const r = tlsStep(s, x.st, url, reply, x.t, conn.rttMs);
    x.t = r.t;
    x.facts.sslVerifyResult = r.verifyCode;
    if (r.err) {
      x.err = r.err;
      x.st.final(x.t);
      x.st.v(x.t, closeLine);
      return 'done';
    }
    h2 = r.h2;
    x.facts.timeAppconnect = x.t;
  }
  x.facts.timePretransfer = x.t;
  showRequest(x.st, x.t, req, url, h2, p);
  x.uploaded = byteLength(req.body);
  x.facts.sizeRequest = byteLength(req.wire);
  x.facts.sizeUpload = x.uploaded;
  if (tls && reply?.tls?.requireClientCert && !tls.clientCert) {
    x.st.data(x.t, '{', 5);
    x.st.v(x.t, '* TLSv1.3 (IN), TLS alert, unknown (628):');
    x.st.data(x.t, '{', 2);
    const msg = `OpenSSL SSL_read: ${OPENSSL}: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0`;
    x.st.v(x.t, `* ${msg}`);
    if (h2) x.st.v(x.t, '* Failed receiving HTTP2 data');
    x.err = { code: 56, msg };
    x.st.final(x.t);
    x.st.v(x.t, `* Connection #${no} to host ${url.host} left intact`);
    return 'done';
  }
  const overall = o.maxTimeMs !== undefined && o.maxTimeMs > 0 ? o.maxTimeMs : undefined;
  const rtt = conn.rttMs + (reply?.delayMs ?? 0);
  const data = reply?.data ?? '';
  if (data === '') {
    const closeAt = reply?.close ? rtt : reply?.idleCloseMs;
    if (closeAt !== undefined && (overall === undefined || x.t + closeAt < overall)) {
      x.t += closeAt;
      stop(x, { code: 52, msg: 'Empty reply from server' }, closeLine);
    } else if (overall === undefined) {
      p.err(FOREVER);
      stop(x, { code: 130, msg: '' }, null);
    } else {
      x.t = overall + 1;
      const msg = `Operation timed out after ${fmtMs(x.t)} milliseconds with 0 bytes received`;
      stop(x, { code: 28, msg }, closeLine, x.t - 1e-6);
    }
    return 'done';
  }
  // only -I knows no body follows; -X HEAD waits for the Content-Length it announced
  const parsed = parseResponse(data, o.head && x.method === 'HEAD');
  x.t += rtt;
  x.facts.timeStarttransfer = x.t;
  if (parsed.kind !== 'ok') {
    const msg = parsed.kind === 'not-http' ? 'Received HTTP/0.9 when not allowed' : 'Empty reply from server';
    stop(x, { code: parsed.kind === 'not-http' ? 1 : 52, msg }, closeLine);
    return 'done';
  }
  const res = parsed.res;
  const shownHead = showResponse(x.st, x.t, res, h2, !!tls);
  x.headText += shownHead;
  x.facts.httpCode = res.status;
  x.facts.httpVersion = res.version === 'HTTP/2' ? '2' : res.version.slice(5);
  x.facts.contentType = header(res.headers, 'content-type') ?? '';
  x.facts.sizeHeader += byteLength(shownHead);
  x.facts.numHeaders = res.headers.length;
  const clen = header(res.headers, 'content-length');
  if (clen !== undefined && /^\d+$/.test(clen)) x.dlSize = Number(clen);
  const serverCloses =
    reply?.close === true ||
    /close/i.test(header(res.headers, 'connection') ?? '') ||
    res.version === 'HTTP/1.0';
  x.closing = serverCloses;
  const location = header(res.headers, 'location');
  if (location !== undefined && res.status >= 300 && res.status < 400)
    x.facts.redirectUrl = resolveLocation(url, location);
  if (o.fail && res.status >= 400) {
    stop(x, { code: 22, msg: `The requested URL returned error: ${res.status}` }, closeLine);
    s.alive = null;
    return 'done';
  }
  if (o.location && location !== undefined && [301, 302, 303, 307, 308].includes(res.status)) {
    if (x.redirects >= o.maxRedirs) {
      stop(x, { code: 47, msg: `Maximum (${o.maxRedirs}) redirects followed` }, closeLine);
      return 'done';
    }
    x.st.v(x.t, '* Ignoring the response-body');
    if (res.body.length > 0) x.st.data(x.t, '{', byteLength(res.body));
    endConnection(x.st, x.t, s, no, url, serverCloses);
    if (o.include) x.outText += shownHead;
    const next = resolveLocation(url, location);
    x.st.v(x.t, `* Issue another request to this URL: '${next}'`);
    x.redirects++;
    x.facts.numRedirects = x.redirects;
    x.facts.timeRedirect = x.t;
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && x.method === 'POST')) {
      x.method = 'GET';
      x.body = null;
    }
    x.urlRaw = next;
    return 'redirect';
  }
  x.downloaded = byteLength(res.body);
  x.facts.sizeDownload = x.downloaded;
  if (res.version === 'HTTP/2') x.st.data(x.t, '{', 5);
  else if (x.downloaded > 0) x.st.data(x.t, '{', x.downloaded);
  if (o.include || o.head) x.outText += shownHead;
  x.outText += res.body;
  if (!res.partial) {
    x.st.final(x.t);
    endConnection(x.st, x.t, s, no, url, serverCloses);
    return 'done';
  }
  // the body was cut short, or never comes
  const idle = reply?.close ? 0 : reply?.idleCloseMs;
  if (idle !== undefined && (overall === undefined || x.t + idle <= overall)) {
    x.t += idle;
    const msg = `transfer closed with ${(x.dlSize ?? 0) - x.downloaded} bytes remaining to read`;
    stop(x, { code: 18, msg }, closeLine);
  } else if (overall !== undefined) {
    x.t = overall + 1;
    const msg = `Operation timed out after ${fmtMs(x.t)} milliseconds with ${x.downloaded} out of ${x.dlSize ?? 0} bytes received`;
    stop(x, { code: 28, msg }, closeLine, x.t - 1e-6);
  } else {
    p.err(
      'knetlab: curl would wait for the rest of the body forever here (the server never sends it); stopped\n',
    );
    stop(x, { code: 130, msg: '' }, closeLine);
  }
  return 'done';
}
