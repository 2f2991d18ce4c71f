/**
 * URLs as curl's URL API (7.88) and the wgets read them: scheme (guessed
 * when missing), user info, host (IPv6 in brackets), port (default per
 * scheme), path and query; the fragment is dropped.
 */

export interface Url {
  scheme: string;
  user?: string;
  password?: string;
  host: string;
  /** Host as written between brackets for IPv6 ("[::1]"), else the host. */
  hostText: string;
  port: number;
  /** The port was written in the URL. */
  explicitPort: boolean;
  /** Path and query as sent in the request line ("/", "/x?y=1"). */
  path: string;
}

export const DEFAULT_PORTS: Record<string, number> = {
  http: 80,
  https: 443,
  ftp: 21,
  ftps: 990,
  dict: 2628,
  ldap: 389,
  imap: 143,
  pop3: 110,
  smtp: 25,
  gopher: 70,
  telnet: 23,
  tftp: 69,
  mqtt: 1883,
  rtsp: 554,
  smb: 445,
  scp: 22,
  sftp: 22,
};

export type UrlParse = { ok: true; url: Url } | { ok: false; error: 'bad' | 'scheme'; scheme?: string };

const GUESS: Array<[string, string]> = [
  ['ftp.', 'ftp'],
  ['dict.', 'dict'],
  ['ldap.', 'ldap'],
  ['imap.', 'imap'],
  ['smtp.', 'smtp'],
  ['pop3.', 'pop3'],
];

/** Percent-encode what curl encodes when it sends a path (it rejects spaces instead). */
function validChars(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\s\x00-\x1f\x7f]/.test(s);
}

export function parseUrl(input: string, defaultScheme?: string): UrlParse {
  if (!validChars(input)) return { ok: false, error: 'bad' };
  let rest = input;
  let scheme: string;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (m) {
    scheme = (m[1] as string).toLowerCase();
    rest = rest.slice(m[0].length);
  } else {
    const lower = rest.toLowerCase();
    scheme = defaultScheme ?? GUESS.find(([p]) => lower.startsWith(p))?.[1] ?? 'http';
  }
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  let tail = end < 0 ? '' : rest.slice(end);
  tail = tail.replace(/#.*$/, '');
  if (tail.startsWith('?')) tail = `/${tail}`;
  if (tail === '') tail = '/';
  let hostPort = authority;
  let user: string | undefined;
  let password: string | undefined;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const info = authority.slice(0, at);
    hostPort = authority.slice(at + 1);
    const c = info.indexOf(':');
    user = decode(c >= 0 ? info.slice(0, c) : info);
    if (c >= 0) password = decode(info.slice(c + 1));
  }
  let host: string;
  let hostText: string;
  let portText: string | undefined;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return { ok: false, error: 'bad' };
    host = hostPort.slice(1, close);
    hostText = hostPort.slice(0, close + 1);
    const after = hostPort.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return { ok: false, error: 'bad' };
    if (after.startsWith(':')) portText = after.slice(1);
    if (!/^[0-9a-fA-F:.]+$/.test(host)) return { ok: false, error: 'bad' };
  } else {
    const c = hostPort.lastIndexOf(':');
    host = c >= 0 ? hostPort.slice(0, c) : hostPort;
    if (c >= 0) portText = hostPort.slice(c + 1);
    hostText = host;
    if (!/^[A-Za-z0-9._~!$&'()*+,;=%-]+$/.test(host)) return { ok: false, error: 'bad' };
  }
  if (host === '') return { ok: false, error: 'bad' };
  let port = DEFAULT_PORTS[scheme] ?? 0;
  let explicitPort = false;
  if (portText !== undefined && portText !== '') {
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) return { ok: false, error: 'bad' };
    port = Number(portText);
    explicitPort = true;
  }
  if (!(scheme in DEFAULT_PORTS)) return { ok: false, error: 'scheme', scheme };
  const url: Url = {
    scheme,
    host: host.toLowerCase(),
    hostText: hostText.toLowerCase(),
    port,
    explicitPort,
    path: tail,
  };
  if (user !== undefined) url.user = user;
  if (password !== undefined) url.password = password;
  return { ok: true, url };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The Host header value: the host, plus the port when it is not the scheme's default. */
export function hostHeader(u: Url): string {
  return u.port === DEFAULT_PORTS[u.scheme] ? u.hostText : `${u.hostText}:${u.port}`;
}

/** The URL as curl prints it back (%{url_effective}, redirects). */
export function urlText(u: Url): string {
  const port = u.port === DEFAULT_PORTS[u.scheme] ? '' : `:${u.port}`;
  return `${u.scheme}://${u.hostText}${port}${u.path}`;
}

/** Resolve a Location header against the URL it came from. */
export function resolveLocation(base: Url, loc: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(loc)) return loc;
  const origin = `${base.scheme}://${base.hostText}${base.port === DEFAULT_PORTS[base.scheme] ? '' : `:${base.port}`}`;
  if (loc.startsWith('//')) return `${base.scheme}:${loc}`;
  if (loc.startsWith('/')) return origin + loc;
  const dir = base.path.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return origin + dir + loc;
}
