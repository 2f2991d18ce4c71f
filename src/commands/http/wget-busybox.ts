/**
 * BusyBox wget (networking/wget.c): "Connecting to HOST (IP:PORT)", the
 * status line check (anything but 2xx/3xx is "server returned error"),
 * redirects, -O/-q/-S/-T/--spider/-P/-U/--header/--post-data, the one-line
 * progress bar, and its die messages (exit 1). No retries; -T covers the
 * connect and each read (default 900 s). HTTPS uses BusyBox's own TLS,
 * which does not check certificates.
 */

import { header, parseResponse } from '../../engines/apps/http-message.js';
import { byteLength } from '../../engines/apps/stream.js';
import { ERRNO_TEXT } from '../../engines/apps/tcp-connect.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { getopt, type OptDef } from '../getopt.js';
import { connectTo, isIpLiteral, resolveName } from './net-client.js';
import { exists, writeTarget } from './output.js';
import { DEFAULT_PORTS, parseUrl, resolveLocation, type Url } from './url.js';
import { busyboxBar } from './wget-progress.js';

export const BUSYBOX_BANNER = 'BusyBox v1.35.0 (2022-12-26 18:47:29 UTC) multi-call binary.\n';

const USAGE = `${BUSYBOX_BANNER}
Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
\t[--post-data STR | --post-file FILE] [-Y on/off]
\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP

\t--spider\tOnly check URL existence: $? is 0 if exists
\t--header STR\tAdd STR (of form 'header: value') to headers
\t--post-data STR\tSend STR using POST method
\t--post-file FILE\tSend FILE using POST method
\t--no-check-certificate\tDon't validate the server's certificate
\t-c\t\tContinue retrieval of aborted transfer
\t-q\t\tQuiet
\t-P DIR\t\tSave to DIR (default .)
\t-S    \t\tShow server response
\t-T SEC\t\tNetwork read timeout is SEC seconds
\t-O FILE\t\tSave to FILE ('-' for stdout)
\t-o LOGFILE\tLog messages to FILE
\t-U STR\t\tUse STR for User-Agent header
\t-Y on/off\tUse proxy
`;

const DEFS: OptDef[] = [
  { key: 'c', short: 'c', long: 'continue' },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'S', short: 'S', long: 'server-response' },
  { key: 'O', short: 'O', long: 'output-document', arg: 'required' },
  { key: 'o', short: 'o', long: 'output-file', arg: 'required' },
  { key: 'P', short: 'P', long: 'directory-prefix', arg: 'required' },
  { key: 'Y', short: 'Y', long: 'proxy', arg: 'required' },
  { key: 'U', short: 'U', long: 'user-agent', arg: 'required' },
  { key: 'T', short: 'T', long: 'timeout', arg: 'required' },
  { key: 't', short: 't', long: 'tries', arg: 'required' },
  { key: 'n', short: 'n', arg: 'optional' },
  { key: 'header', long: 'header', arg: 'required' },
  { key: 'post-data', long: 'post-data', arg: 'required' },
  { key: 'post-file', long: 'post-file', arg: 'required' },
  { key: 'spider', long: 'spider' },
  { key: 'insecure', long: 'no-check-certificate' },
  {
    key: 'ignored',
    long: ['passive-ftp', 'no-cache', 'no-verbose', 'no-clobber', 'no-host-directories', 'no-parent'],
  },
];

interface Opts {
  quiet: boolean;
  server: boolean;
  out?: string;
  prefix?: string;
  ua: string;
  timeoutMs: number;
  headers: string[];
  post?: string;
  spider: boolean;
  noCheck: boolean;
  urls: string[];
}

function die(msg: string): never {
  return fail(`wget: ${msg}\n`, 1);
}

function parse(p: Proc): Opts {
  const r = getopt('wget', p.argv.slice(1), DEFS);
  if (!r.ok) return fail(`${r.error}\n${USAGE}`, 1);
  const o: Opts = {
    quiet: false,
    server: false,
    ua: 'Wget',
    timeoutMs: 900_000,
    headers: [],
    spider: false,
    noCheck: false,
    urls: r.operands,
  };
  for (const x of r.opts) {
    const v = x.value ?? '';
    switch (x.key) {
      case 'q':
        o.quiet = true;
        break;
      case 'S':
        o.server = true;
        break;
      case 'O':
        o.out = v;
        break;
      case 'P':
        o.prefix = v;
        break;
      case 'U':
        o.ua = v;
        break;
      case 'T':
        if (!/^\d+$/.test(v)) die(`invalid number '${v}'`);
        o.timeoutMs = Number(v) * 1000;
        break;
      case 'header':
        o.headers.push(v);
        break;
      case 'post-data':
        o.post = v;
        break;
      case 'post-file':
        try {
          o.post = p.ctx.fs.readFile(v, p.ctx.cwd);
        } catch {
          die(`can't open '${v}': No such file or directory`);
        }
        break;
      case 'spider':
        o.spider = true;
        break;
      case 'insecure':
        o.noCheck = true;
        break;
      case 'c':
      case 'o':
        fail(`wget: option ${x.name} is not supported by knetlab\n`, 1);
        break;
      default:
        break;
    }
  }
  if (o.urls.length === 0) return fail(USAGE, 1);
  return o;
}

function request(o: Opts, url: Url): string {
  const lines = [`${o.post !== undefined ? 'POST' : 'GET'} ${url.path} HTTP/1.1`];
  const user = new Set(o.headers.map((h) => h.split(':')[0]?.trim().toLowerCase()));
  if (!user.has('host'))
    lines.push(`Host: ${url.explicitPort ? `${url.hostText}:${url.port}` : url.hostText}`);
  if (!user.has('user-agent')) lines.push(`User-Agent: ${o.ua}`);
  lines.push('Connection: close', ...o.headers);
  if (o.post !== undefined) {
    if (!user.has('content-type')) lines.push('Content-Type: application/x-www-form-urlencoded');
    lines.push(`Content-Length: ${byteLength(o.post)}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n${o.post ?? ''}`;
}

/** One URL: the time it took, or a die() that ends wget. */
function fetch(p: Proc, o: Opts, raw: string): number {
  const log = (s: string) => {
    if (!o.quiet) p.err(s);
  };
  let t = 0;
  let pu = parseUrl(raw);
  if (!pu.ok) {
    if (pu.error === 'scheme') die(`not an http or ftp url: ${raw.replace(/:\/\/.*/, '')}`);
    die(`bad address '${raw}'`);
  }
  let url = pu.url;
  const path = url.path.replace(/[?#].*$/, '');
  let file = o.out ?? (path.slice(path.lastIndexOf('/') + 1) || 'index.html');
  if (o.out === undefined && o.prefix) file = `${o.prefix.replace(/\/$/, '')}/${file}`;
  for (let redirs = 16; ; ) {
    const hostShown = url.explicitPort ? `${url.hostText}:${url.port}` : url.hostText;
    let addr: string;
    if (isIpLiteral(url.host)) addr = url.host;
    else {
      const r = resolveName(p, url.host, 0);
      t += r.ms;
      if (!r.ok) die(`bad address '${url.host}'`);
      addr = r.addrs.find((a) => !a.includes(':')) ?? (r.addrs[0] as string);
    }
    log(`Connecting to ${hostShown} (${addr.includes(':') ? `[${addr}]` : addr}:${url.port})\n`);
    // an error message, so -q does not hide it
    if (url.scheme === 'https' && !o.noCheck) {
      p.err('wget: note: TLS certificate validation not implemented\n');
      o.noCheck = true;
    }
    const r = connectTo(p, addr, url.port, request(o, url), {
      ...(url.scheme === 'https'
        ? { tls: { alpn: ['http/1.1'], ...(isIpLiteral(url.host) ? {} : { sni: url.host }) } }
        : {}),
      timeoutMs: o.timeoutMs,
    });
    if (r.kind === 'timeout') {
      if (r.kernel && o.timeoutMs > r.ms)
        die(`can't connect to remote host (${addr}): ${ERRNO_TEXT.ETIMEDOUT}`);
      p.elapse(Math.round(t + o.timeoutMs));
      die('download timed out');
    }
    if (r.kind === 'failed') {
      p.elapse(Math.round(t + r.ms));
      die(`can't connect to remote host (${addr}): ${ERRNO_TEXT[r.errno]}`);
    }
    t += r.connectMs;
    const reply = r.reply;
    const data = reply?.data ?? '';
    if (data === '' || (url.scheme === 'https' && !reply?.tls)) {
      const closeAt = reply?.close ? r.rttMs : reply?.idleCloseMs;
      if (closeAt !== undefined && closeAt < o.timeoutMs) {
        p.elapse(Math.round(t + closeAt));
        die('error getting response');
      }
      p.elapse(Math.round(t + o.timeoutMs));
      die('download timed out');
    }
    t += r.rttMs + (reply?.delayMs ?? 0);
    const parsed = parseResponse(data, false);
    if (parsed.kind !== 'ok') {
      p.elapse(Math.round(t));
      die('error getting response');
    }
    const res = parsed.res;
    if (o.server) {
      const lines = res.headText.replace(/\r?\n$/, '').split(/\r?\n/);
      p.err(lines.map((l) => `  ${l.replace(/[\x00-\x08\x0a-\x1f]/g, '')}\n`).join(''));
    }
    const location = header(res.headers, 'location');
    if ([300, 301, 302, 303, 307, 308].includes(res.status)) {
      if (location !== undefined) {
        if (--redirs === 0) die('too many redirections');
        pu = parseUrl(resolveLocation(url, location));
        if (!pu.ok) die(`bad address '${location}'`);
        url = pu.url;
        continue;
      }
    } else if (res.status < 200 || res.status > 206 || res.status === 205) {
      p.elapse(Math.round(t));
      die(`server returned error: ${res.statusLine.replace(/[\x00-\x1f]/g, '')}`);
    }
    if (o.spider) {
      log('remote file exists\n');
      return t;
    }
    const toStdout = file === '-';
    if (!toStdout && o.out === undefined && exists(p, file)) die(`can't open '${file}': File exists`);
    log(toStdout ? 'writing to stdout\n' : `saving to '${file}'\n`);
    const bytes = byteLength(res.body);
    const clen = header(res.headers, 'content-length');
    const total = clen !== undefined && /^\d+$/.test(clen) ? Number(clen) : undefined;
    if (!o.quiet)
      p.err(busyboxBar(toStdout ? '-' : file.replace(/^.*\//, ''), bytes, total ?? bytes, p.ctx.tty));
    const why = writeTarget(p, file, res.body);
    if (why !== null) die(`can't open '${file}': ${why}`);
    log(toStdout ? 'written to stdout\n' : `'${file}' saved\n`);
    return t;
  }
}

export function runBusyboxWget(p: Proc): number {
  const o = parse(p);
  for (const u of o.urls) {
    const start = p.ctx.world.clock.now;
    const t = fetch(p, o, u);
    const spent = Math.round(t) - (p.ctx.world.clock.now - start);
    if (spent > 0) p.elapse(spent);
  }
  return 0;
}

export { DEFAULT_PORTS };
