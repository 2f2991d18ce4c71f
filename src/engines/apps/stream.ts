/**
 * What travels inside one modelled TCP connection. A client's exchange
 * carries everything it writes after the handshake (`data`, plaintext even
 * when it speaks TLS, with its ClientHello in `tls`); the listening
 * application answers with everything it writes back, whether it closes the
 * connection afterwards, and how long it keeps an idle connection open.
 * Servers parse the bytes themselves, so curl, wget, nc and a hand-typed
 * `printf 'GET / ...' | nc` all meet the same server code.
 */

/** A TLS ClientHello, reduced to what servers look at. */
export interface TlsHello {
  /** Server name indication (absent for IP literals, as OpenSSL and Go do). */
  sni?: string;
  /** ALPN protocols offered, in preference order ("h2", "http/1.1"). */
  alpn: string[];
  /** The client presents a certificate when asked (curl --cert). */
  clientCert?: boolean;
}

export interface StreamRequest {
  kind: 'stream';
  /** Bytes the client writes once connected (decoded as text). */
  data: string;
  tls?: TlsHello;
}

/** The certificate a TLS server presents. */
export interface CertInfo {
  subject: string;
  issuer: string;
  /** Validity, ms since the epoch. */
  notBefore: number;
  notAfter: number;
  /** subjectAltName entries. */
  dns: string[];
  ips: string[];
  /** Issued by itself (curl: "self-signed certificate"). */
  selfSigned: boolean;
  /** Issued by a CA that is itself self-signed and sent along (kubelet, controller-manager). */
  chainSelfSigned?: boolean;
  /** The CA certificate (PEM text) that issued it, for --cacert checks. */
  caPem?: string;
  /** Size of the Certificate handshake message, for the verbose trace. */
  bytes: number;
}

/** The server's side of a completed TLS handshake. */
export interface TlsAnswer {
  version: 'TLSv1.3' | 'TLSv1.2';
  cipher: string;
  /** The ALPN protocol the server picked, null when it did not take part. */
  alpn: string | null;
  cert: CertInfo;
  /** The server insists on a client certificate (etcd): without one it aborts after the handshake. */
  requireClientCert?: boolean;
}

export interface StreamReply {
  kind: 'stream';
  /** Bytes the server writes (its banner, its response; plaintext inside TLS). */
  data: string;
  /** The server closes the connection once it has written `data`. */
  close: boolean;
  /** A server that keeps the connection open drops it after this long idle (ms); absent: never. */
  idleCloseMs?: number;
  /** Present when the server completed a TLS handshake. */
  tls?: TlsAnswer;
  /** Time the server takes before it answers (ms). */
  delayMs?: number;
}

export function isStreamRequest(p: unknown): p is StreamRequest {
  return typeof p === 'object' && p !== null && (p as { kind?: unknown }).kind === 'stream';
}

export function isStreamReply(p: unknown): p is StreamReply {
  return typeof p === 'object' && p !== null && (p as { kind?: unknown }).kind === 'stream';
}

/** Bytes of a string as it goes on the wire (UTF-8). */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
