/**
 * curl (OpenSSL 3.0) and TLS: checking the server's certificate against
 * the CA bundle or --cacert and against the host name, and the verbose
 * trace of the handshake as curl 7.88 prints it for a TLS 1.3 server.
 */

import { MONTHS } from '../../engines/apps/http-message.js';
import type { CertInfo, TlsAnswer } from '../../engines/apps/stream.js';

export const OPENSSL = 'OpenSSL/3.0.19';
export const DEFAULT_CAFILE = '/etc/ssl/certs/ca-certificates.crt';

export type Verify =
  | { ok: true; sanLine: string }
  | { ok: false; stage: 'chain'; code: number; text: string }
  | { ok: false; stage: 'host'; host: string };

function pemBody(pem: string): string {
  return pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
}

/** Whether a CA file (PEM text) is the authority that issued `cert`. */
export function trusts(cert: CertInfo, pem: string | null): boolean {
  if (pem === null || !pem.includes('-----BEGIN CERTIFICATE-----')) return false;
  if (cert.caPem !== undefined && pemBody(cert.caPem) === pemBody(pem)) return true;
  if (cert.issuer !== 'CN=kubernetes') return false;
  // the cluster CA as the nodes and the pods see it (pki/ca.crt, serviceaccount/ca.crt): a DER naming "kubernetes"
  if (/knetlab ca\.crt/.test(pem)) return true;
  try {
    return atob(pemBody(pem).replace(/[^A-Za-z0-9+/=]/g, '')).includes('kube');
  } catch {
    return false;
  }
}

function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === h) return true;
  if (p.startsWith('*.')) {
    const rest = p.slice(2);
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === rest;
  }
  return false;
}

/** OpenSSL's verification, then curl's host name check. */
export function verifyCert(
  cert: CertInfo,
  host: string,
  isIp: boolean,
  caPem: string | null,
  now: number,
): Verify {
  if (now > cert.notAfter) return { ok: false, stage: 'chain', code: 10, text: 'certificate has expired' };
  if (!trusts(cert, caPem)) {
    if (cert.selfSigned) return { ok: false, stage: 'chain', code: 18, text: 'self-signed certificate' };
    if (cert.chainSelfSigned)
      return { ok: false, stage: 'chain', code: 19, text: 'self-signed certificate in certificate chain' };
    return { ok: false, stage: 'chain', code: 20, text: 'unable to get local issuer certificate' };
  }
  if (isIp) {
    if (cert.ips.includes(host)) return { ok: true, sanLine: `host "${host}" matched cert's IP address!` };
    return { ok: false, stage: 'host', host };
  }
  const hit = cert.dns.find((d) => hostMatches(d, host));
  if (hit) return { ok: true, sanLine: `host "${host}" matched cert's "${hit}"` };
  return { ok: false, stage: 'host', host };
}

/** "Nov 21 18:34:10 2026 GMT", as ASN1_TIME_print writes it. */
export function asn1Time(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

export interface HandshakeTrace {
  /** Lines up to and including the server's Certificate message. */
  hello: string[];
  /** The rest of a completed handshake and the certificate summary. */
  done: string[];
}

function finishedSize(cipher: string): number {
  return cipher.endsWith('SHA384') ? 52 : 36;
}

/** Verbose lines of a TLS 1.3 handshake with `tls` (`verifying`: without -k). */
export function handshakeTrace(
  tls: TlsAnswer,
  alpnOffer: string[],
  opts: { verifying: boolean; caFile: string; data: boolean },
): HandshakeTrace {
  const out = opts.data ? '} [%d bytes data]' : '';
  const inn = opts.data ? '{ [%d bytes data]' : '';
  const o = (n: number) => (out ? [out.replace('%d', String(n))] : []);
  const i = (n: number) => (inn ? [inn.replace('%d', String(n))] : []);
  const ee = tls.alpn === 'h2' ? 15 : tls.alpn === 'http/1.1' ? 21 : 6;
  const hello = [
    `* ALPN: offers ${alpnOffer.join(',')}`,
    ...o(5),
    '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
    ...o(512),
    ...(opts.verifying ? [`*  CAfile: ${opts.caFile}`, '*  CApath: /etc/ssl/certs'] : []),
    ...i(5),
    '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
    ...i(122),
    '* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):',
    ...i(ee),
    ...(tls.requireClientCert ? ['* TLSv1.3 (IN), TLS handshake, Request CERT (13):', ...i(45)] : []),
    '* TLSv1.3 (IN), TLS handshake, Certificate (11):',
    ...i(tls.cert.bytes),
  ];
  const fin = finishedSize(tls.cipher);
  const done = [
    '* TLSv1.3 (IN), TLS handshake, CERT verify (15):',
    ...i(264),
    '* TLSv1.3 (IN), TLS handshake, Finished (20):',
    ...i(fin),
    '* TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):',
    ...o(1),
    ...(tls.requireClientCert ? ['* TLSv1.3 (OUT), TLS handshake, Certificate (11):', ...o(8)] : []),
    '* TLSv1.3 (OUT), TLS handshake, Finished (20):',
    ...o(fin),
    `* SSL connection using ${tls.version} / ${tls.cipher}`,
    tls.alpn
      ? `* ALPN: server accepted ${tls.alpn}`
      : '* ALPN: server did not agree on a protocol. Uses default.',
    '* Server certificate:',
    `*  subject: ${tls.cert.subject}`,
    `*  start date: ${asn1Time(tls.cert.notBefore)}`,
    `*  expire date: ${asn1Time(tls.cert.notAfter)}`,
  ];
  return { hello, done };
}

/** The alert curl sends when the chain does not verify, and its message. */
export function chainFailureTrace(code: number, text: string, data: boolean): string[] {
  const alert = code === 10 ? 'certificate expired (557)' : 'unknown CA (560)';
  return [
    `* TLSv1.3 (OUT), TLS alert, ${alert}:`,
    ...(data ? ['} [2 bytes data]'] : []),
    `* SSL certificate problem: ${text}`,
  ];
}

export const SSLCERTS_ADVICE =
  'More details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.\n';
