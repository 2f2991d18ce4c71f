/**
 * Responses of Go's net/http, over HTTP/1.1 and over HTTP/2 (what the
 * control-plane components and the kubelet send): the handler's headers
 * sorted by name, then Date and Content-Length (HTTP/1.1) or content-length
 * and date (HTTP/2, lower-case names, no reason phrase). Also the Status
 * objects the Kubernetes API writes, pretty-printed for curl and Wget as
 * the apiserver does for those user agents.
 */
import { httpDate, reasonOf } from './http-message.js';

export interface GoResponse {
  status: number;
  /** Headers the handler set (canonical names). */
  headers: Record<string, string>;
  body: string;
}

export function goWire(r: GoResponse, now: number, h2: boolean, head = false): string {
  const own = Object.entries(r.headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hasCt = own.some(([k]) => k.toLowerCase() === 'content-type');
  const ct =
    hasCt || r.body === '' ? [] : [['Content-Type', 'text/plain; charset=utf-8'] as [string, string]];
  const len = String(new TextEncoder().encode(r.body).length);
  const lines: Array<[string, string]> = h2
    ? [...own, ...ct, ['Content-Length', len], ['Date', httpDate(now)]]
    : [...own, ['Date', httpDate(now)], ['Content-Length', len], ...ct];
  const status = h2 ? `HTTP/2 ${r.status}` : `HTTP/1.1 ${r.status} ${reasonOf(r.status)}`;
  const head_ = lines.map(([k, v]) => `${h2 ? k.toLowerCase() : k}: ${v}\r\n`).join('');
  return `${status}\r\n${head_}\r\n${head ? '' : r.body}`;
}

/** Go's answer to plain HTTP on a TLS port. */
export const GO_PLAIN_ON_TLS =
  'HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n';

function jsonString(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A metav1.Status as the apiserver encodes it (json.MarshalIndent for curl/Wget, no trailing newline). */
export function statusJson(
  code: number,
  reason: string,
  message: string,
  details: Record<string, string> | null,
  pretty: boolean,
): string {
  const d = details === null ? null : Object.entries(details);
  if (!pretty) {
    const det =
      d === null ? '' : `,"details":{${d.map(([k, v]) => `${jsonString(k)}:${jsonString(v)}`).join(',')}}`;
    return `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":${jsonString(message)},"reason":${jsonString(reason)}${det},"code":${code}}\n`;
  }
  const det =
    d === null
      ? ''
      : d.length === 0
        ? '  "details": {},\n'
        : `  "details": {\n${d.map(([k, v]) => `    ${jsonString(k)}: ${jsonString(v)}`).join(',\n')}\n  },\n`;
  return `{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": ${jsonString(message)},\n  "reason": ${jsonString(reason)},\n${det}  "code": ${code}\n}`;
}

/** The apiserver pretty-prints for these user agents (responsewriters isPrettyPrint). */
export function wantsPretty(userAgent: string | undefined, target: string): boolean {
  const q = /[?&]pretty=([^&]*)/.exec(target);
  if (q) return q[1] === 'true' || q[1] === '1';
  const ua = userAgent ?? '';
  return ua.startsWith('curl') || ua.startsWith('Wget') || ua.startsWith('Mozilla/5.0');
}

/** A random-looking but deterministic UUID from a hex source. */
export function uuidFrom(hex: string): string {
  const h = hex.padEnd(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Number.parseInt(h[16] ?? '0', 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
