/**
 * curl -v around the HTTP exchange: the TLS handshake and certificate
 * checks, the request as sent (HTTP/1.1 or HTTP/2), the response head,
 * and what becomes of the connection.
 */
import type { HttpResponse } from '../../engines/apps/http-message.js';
import type { StreamReply } from '../../engines/apps/stream.js';
import { byteLength } from '../../engines/apps/stream.js';
import type { Proc } from '../../shell/types.js';
import type { CurlStderr } from './curl-output.js';
import { type BuiltRequest, h2View } from './curl-request.js';
import { type CurlError, type CurlSession, pointer } from './curl-session.js';
import {
  chainFailureTrace,
  DEFAULT_CAFILE,
  handshakeTrace,
  OPENSSL,
  SSLCERTS_ADVICE,
  verifyCert,
} from './curl-tls.js';
import { isIpLiteral } from './net-client.js';
import type { Url } from './url.js';

export function endConnection(
  st: CurlStderr,
  t: number,
  s: CurlSession,
  no: number,
  url: Url,
  closes: boolean,
): void {
  if (closes) {
    st.v(t, `* Closing connection ${no}`);
    s.alive = null;
  } else {
    st.v(t, `* Connection #${no} to host ${url.host} left intact`);
    s.alive = `${url.host}:${url.port}`;
  }
}

export function showRequest(
  st: CurlStderr,
  t: number,
  req: BuiltRequest,
  url: Url,
  h2: boolean,
  p: Proc,
): void {
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
export function showResponse(
  st: CurlStderr,
  t: number,
  res: HttpResponse,
  h2: boolean,
  tls: boolean,
): string {
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

export interface TlsStep {
  t: number;
  h2: boolean;
  verifyCode: number;
  err: CurlError | null;
}

export function tlsStep(
  s: CurlSession,
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
