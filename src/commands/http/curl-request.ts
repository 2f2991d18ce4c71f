/**
 * The request curl 7.88 writes: method, the built-in headers in curl's
 * order (Host, Authorization, User-Agent, Accept, Referer), the user's -H
 * headers (which replace or remove built-ins), and a POST body with its
 * Content-Length and Content-Type; plus how -v shows it over HTTP/2.
 */
import type { Url } from './url.js';
import { hostHeader } from './url.js';

export const CURL_UA = 'curl/7.88.1';

export interface BuiltRequest {
  method: string;
  /** Header lines as curl writes them over HTTP/1.1. */
  headers: Array<[string, string]>;
  body: string;
  /** The request as bytes on the wire (HTTP/1.x). */
  wire: string;
  version: string;
}

export interface RequestSpec {
  url: Url;
  method: string;
  custom: string[];
  userAgent?: string;
  user?: string;
  referer?: string;
  body: string | null;
  version: '1.0' | '1.1';
}

function base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Parse one -H argument: a header to add, replace ("X: v"), send empty ("X;") or remove ("X:"). */
function customHeader(h: string): { name: string; value: string | null } | null {
  const semi = /^([^:;\s]+);\s*$/.exec(h);
  if (semi) return { name: semi[1] as string, value: '' };
  const c = h.indexOf(':');
  if (c <= 0) return null;
  const name = h.slice(0, c);
  const value = h.slice(c + 1).trim();
  return { name, value: value === '' ? null : value };
}

export function buildRequest(s: RequestSpec): BuiltRequest {
  const custom = s.custom.map(customHeader).filter((x) => x !== null);
  const has = (n: string) => custom.find((c) => c.name.toLowerCase() === n.toLowerCase());
  const headers: Array<[string, string]> = [];
  const host = has('host');
  if (!host) headers.push(['Host', hostHeader(s.url)]);
  else if (host.value !== null) headers.push([host.name, host.value]);
  const userpwd = s.user ?? (s.url.user !== undefined ? `${s.url.user}:${s.url.password ?? ''}` : undefined);
  if (userpwd !== undefined && !has('authorization')) {
    const up = userpwd.includes(':') ? userpwd : `${userpwd}:`;
    headers.push(['Authorization', `Basic ${base64(up)}`]);
  }
  if (!has('user-agent')) headers.push(['User-Agent', s.userAgent ?? CURL_UA]);
  if (!has('accept')) headers.push(['Accept', '*/*']);
  if (s.referer !== undefined && !has('referer')) headers.push(['Referer', s.referer]);
  for (const c of custom) {
    if (c.name.toLowerCase() === 'host' || c.value === null) continue;
    headers.push([c.name, c.value]);
  }
  if (s.body !== null) {
    if (!has('content-length'))
      headers.push(['Content-Length', String(new TextEncoder().encode(s.body).length)]);
    if (!has('content-type')) headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
  }
  const version = s.version === '1.0' ? 'HTTP/1.0' : 'HTTP/1.1';
  const wire = `${s.method} ${s.url.path} ${version}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${s.body ?? ''}`;
  return { method: s.method, headers, body: s.body ?? '', wire, version };
}

/** The h2h3 pseudo-header trace and the "> " block curl shows for an HTTP/2 request. */
export function h2View(r: BuiltRequest, url: Url): { h2h3: string[]; shown: string } {
  const authority = r.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? hostHeader(url);
  const rest = r.headers.filter(([k]) => k.toLowerCase() !== 'host');
  const h2h3 = [
    `* h2h3 [:method: ${r.method}]`,
    `* h2h3 [:path: ${url.path}]`,
    `* h2h3 [:scheme: ${url.scheme}]`,
    `* h2h3 [:authority: ${authority}]`,
    ...rest.map(([k, v]) => `* h2h3 [${k.toLowerCase()}: ${v}]`),
  ];
  const shown = `${r.method} ${url.path} HTTP/2\r\nHost: ${authority}\r\n${rest.map(([k, v]) => `${k.toLowerCase()}: ${v}\r\n`).join('')}\r\n`;
  return { h2h3, shown };
}
