/**
 * GNU Wget 1.21.3: the log it writes to stderr (timestamps, Resolving,
 * Connecting, the server's status, Length, Saving to, dot progress or a
 * terminal bar, the saved line), retries with its linear back-off for
 * time-outs and empty replies, redirects, --spider, -S, -q, -O, -T, -t
 * and its exit codes (4 network, 5 TLS, 8 server error).
 */

import { header, parseResponse } from '../../engines/apps/http-message.js';
import type { TlsHello } from '../../engines/apps/stream.js';
import { byteLength } from '../../engines/apps/stream.js';
import { ERRNO_TEXT } from '../../engines/apps/tcp-connect.js';
import { GAI_TEXT } from '../../engines/resolver/getaddrinfo.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { verifyCert } from './curl-tls.js';
import { connectTo, isIpLiteral, resolveName } from './net-client.js';
import { exists, writeTarget } from './output.js';
import { parseUrl, resolveLocation, type Url, urlText } from './url.js';
import { type Opts, parse, q } from './wget-gnu-options.js';
import { barProgress, dotProgress, retrRate } from './wget-progress.js';

function stamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('T', ' ').slice(0, 19);
}

function human(n: number): string {
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return v < 10 ? `${(Math.round(v * 10) / 10).toFixed(1)}${units[i]}` : `${Math.round(v)}${units[i]}`;
}

function fileNameFor(p: Proc, o: Opts, url: Url): string {
  const path = url.path.replace(/[?#].*$/, '');
  let name = path.slice(path.lastIndexOf('/') + 1) || 'index.html';
  if (o.prefix) name = `${o.prefix.replace(/\/$/, '')}/${name}`;
  if (!exists(p, name)) return name;
  for (let i = 1; ; i++) if (!exists(p, `${name}.${i}`)) return `${name}.${i}`;
}

function request(o: Opts, url: Url): string {
  const host =
    url.explicitPort && url.port !== (url.scheme === 'https' ? 443 : 80)
      ? `${url.hostText}:${url.port}`
      : url.hostText;
  const method = o.spider ? 'HEAD' : o.post !== undefined ? 'POST' : 'GET';
  const hs: Array<[string, string]> = [
    ['Host', host],
    ['User-Agent', o.ua],
    ['Accept', '*/*'],
    ['Accept-Encoding', 'identity'],
    ['Connection', 'Keep-Alive'],
  ];
  for (const h of o.headers) {
    const c = h.indexOf(':');
    if (c > 0) hs.push([h.slice(0, c), h.slice(c + 1).trim()]);
  }
  if (o.post !== undefined)
    hs.push(
      ['Content-Type', 'application/x-www-form-urlencoded'],
      ['Content-Length', String(byteLength(o.post))],
    );
  return `${method} ${url.path} HTTP/1.1\r\n${hs.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${o.post ?? ''}`;
}

interface Outcome {
  code: number;
  /** Time spent (ms). */
  t: number;
}

/** Fetch one URL: wget's exit status for it and the time it took. */
function fetch(p: Proc, o: Opts, raw: string): Outcome {
  const log = (s: string) => {
    if (!o.quiet && !o.nv) p.err(s);
  };
  // LOG_NOTQUIET: shown by -nv as well (connect_to_ip's "failed: ..." line)
  const notQuiet = (s: string) => {
    if (!o.quiet) p.err(s);
  };
  const clock = p.ctx.world.clock;
  let t = 0;
  const start = clock.now;
  const now = () => start + t;
  let urlRaw = raw;
  let redirects = 0;
  let reuse: string | null = null;
  const resolved = new Map<string, string[]>();
  for (let attempt = 1; ; ) {
    const pu = parseUrl(urlRaw);
    if (!pu.ok) {
      if (pu.error === 'scheme') p.err(`${raw}: Unsupported scheme ${q(p, pu.scheme ?? '')}.\n`);
      else p.err(`${raw}: Invalid URL ${raw}: Bad port number\n`);
      return { code: 1, t };
    }
    const url = pu.url;
    log(
      `--${stamp(now())}--  ${attempt > 1 ? `(try:${String(attempt).padStart(2)})  ` : ''}${urlText(url)}\n`,
    );
    const key = `${url.host}:${url.port}`;
    let addrs = resolved.get(url.host);
    const named = !isIpLiteral(url.host);
    if (!addrs) {
      if (named) {
        log(`Resolving ${url.host} (${url.host})... `);
        const r = resolveName(p, url.host, 0);
        t += r.ms;
        // -T also bounds the lookup (--dns-timeout)
        const dnsLimit = o.dnsTimeoutMs ?? o.timeoutMs;
        if (dnsLimit !== undefined && r.ms > dnsLimit) {
          p.ctx.world.clock.now -= r.ms - dnsLimit;
          t -= r.ms - dnsLimit;
          log('failed: Connection timed out.\n');
          if (!o.quiet) p.err(`wget: unable to resolve host address ${q(p, url.host)}\n`);
          return { code: 4, t };
        }
        if (!r.ok) {
          log(`failed: ${GAI_TEXT[r.error]}.\n`);
          if (!o.quiet) p.err(`wget: unable to resolve host address ${q(p, url.host)}\n`);
          return { code: 4, t };
        }
        addrs = r.addrs;
        log(`${addrs.join(', ')}\n`);
      } else addrs = [url.host];
      resolved.set(url.host, addrs);
    }
    const wire = request(o, url);
    const tls: TlsHello | undefined =
      url.scheme === 'https' ? { alpn: ['http/1.1'], ...(named ? { sni: url.host } : {}) } : undefined;
    let conn = null;
    let refusedOnly = true;
    if (reuse === key)
      log(`Reusing existing connection to ${named ? url.host : url.hostText}:${url.port}.\n`);
    for (const addr of addrs) {
      if (reuse !== key)
        log(`Connecting to ${named ? `${url.host} (${url.host})|${addr}|` : url.hostText}:${url.port}... `);
      const r = connectTo(p, addr, url.port, wire, {
        ...(tls ? { tls } : {}),
        ...((o.connectTimeoutMs ?? o.timeoutMs) !== undefined
          ? { timeoutMs: o.connectTimeoutMs ?? o.timeoutMs }
          : {}),
      });
      if (r.kind === 'connected') {
        conn = r;
        t += r.connectMs;
        if (reuse !== key) log('connected.\n');
        break;
      }
      t += r.ms;
      const errno = r.kind === 'failed' ? r.errno : 'ETIMEDOUT';
      if (errno !== 'ECONNREFUSED') refusedOnly = false;
      notQuiet(`failed: ${ERRNO_TEXT[errno]}.\n`);
    }
    const retry = (): Outcome | null => {
      if (attempt >= o.tries) {
        log('Giving up.\n\n');
        return { code: 4, t };
      }
      log('Retrying.\n\n');
      t += Math.min(attempt, 10) * 1000;
      attempt++;
      reuse = null;
      return null;
    };
    if (!conn) {
      if (refusedOnly) return { code: 4, t };
      const r = retry();
      if (r !== null) return r;
      continue;
    }
    const reply = conn.reply;
    if (tls) {
      const cert = reply?.tls?.cert;
      if (!cert) {
        log('GnuTLS: An unexpected TLS packet was received.\nUnable to establish SSL connection.\n');
        return { code: 4, t };
      }
      const v = verifyCert(cert, url.host, !named, null, now());
      if (!v.ok) {
        const level = o.insecure ? 'WARNING' : 'ERROR';
        const lines =
          v.stage === 'host'
            ? `${level}: no certificate subject alternative name matches\n\trequested host name ${q(p, url.host)}.\n`
            : `${level}: The certificate of ${q(p, url.host)} is not trusted.\n${level}: The certificate of ${q(p, url.host)} ${v.code === 10 ? 'has expired' : "doesn't have a known issuer"}.\n`;
        if (!o.insecure) {
          if (!o.quiet) p.err(lines);
          return { code: 5, t };
        }
        log(lines);
      }
      t += conn.rttMs;
    }
    log(`HTTP request sent, awaiting response... ${o.server ? '\n' : ''}`);
    const data = reply?.data ?? '';
    if (data === '') {
      const closeAt = reply?.close ? conn.rttMs : reply?.idleCloseMs;
      if (closeAt !== undefined && closeAt < o.readTimeoutMs) {
        t += closeAt;
        log('No data received.\n');
      } else {
        t += o.readTimeoutMs;
        log('Read error (Connection timed out) in headers.\n');
      }
      const r = retry();
      if (r !== null) return r;
      continue;
    }
    t += conn.rttMs + (reply?.delayMs ?? 0);
    const parsed = parseResponse(data, o.spider);
    if (parsed.kind !== 'ok') {
      log('200 No headers, assuming HTTP/0.9\nLength: unspecified\n');
      return save(p, o, url, data, undefined, undefined, t, log, start);
    }
    const res = parsed.res;
    if (o.server)
      p.err(
        res.headText
          .replace(/\r?\n\r?\n$/, '')
          .split(/\r?\n/)
          .map((l) => `  ${l}\n`)
          .join(''),
      );
    else log(`${res.status} ${res.reason}\n`);
    const keep = !(reply?.close || /close/i.test(header(res.headers, 'connection') ?? ''));
    reuse = keep ? key : null;
    const location = header(res.headers, 'location');
    if (res.status >= 300 && res.status < 400 && location !== undefined) {
      const next = resolveLocation(url, location);
      log(`Location: ${location} [following]\n`);
      if (++redirects > o.maxRedirect) {
        log(`${o.maxRedirect} redirections exceeded.\n`);
        return { code: 8, t };
      }
      urlRaw = next;
      continue;
    }
    if (res.status >= 400) {
      if (o.spider) log('Remote file does not exist -- broken link!!!\n\n');
      else log(`${stamp(now())} ERROR ${res.status}: ${res.reason}.\n\n`);
      if (o.nv && !o.quiet) p.err(`${urlText(url)}:\n${stamp(now())} ERROR ${res.status}: ${res.reason}.\n`);
      if (o.out !== undefined && o.out !== '-') writeTarget(p, o.out, '');
      return { code: 8, t };
    }
    const clen = header(res.headers, 'content-length');
    const len = clen !== undefined && /^\d+$/.test(clen) ? Number(clen) : undefined;
    const type = (header(res.headers, 'content-type') ?? '').replace(/;.*$/, '').trim();
    log(
      `Length: ${len === undefined ? 'unspecified' : len >= 1024 ? `${len} (${human(len)})` : String(len)}${type ? ` [${type}]` : ''}\n`,
    );
    if (o.spider) {
      log(
        'Remote file exists and could contain further links,\nbut recursion is disabled -- not retrieving.\n\n',
      );
      return { code: 0, t };
    }
    return save(p, o, url, res.body, len, type, t, log, start);
  }
}

function save(
  p: Proc,
  o: Opts,
  url: Url,
  body: string,
  len: number | undefined,
  _type: string | undefined,
  t0: number,
  log: (s: string) => void,
  start: number,
): Outcome {
  const toStdout = o.out === '-';
  const file = o.out ?? fileNameFor(p, o, url);
  log(`Saving to: ${toStdout ? q(p, 'STDOUT') : q(p, file)}\n`);
  const bytes = byteLength(body);
  const secs = 2.5e-6 + bytes / 1.25e9;
  const t = t0 + secs * 1000;
  if (p.ctx.tty)
    log(
      `\n${barProgress(file === '-' ? '-' : file.replace(/^.*\//, ''), bytes, len, secs, p.ctx.tty.cols)}\n`,
    );
  else log(dotProgress(bytes, len, secs));
  const why = writeTarget(p, file, body);
  if (why !== null) {
    if (!o.quiet) p.err(`${file}: ${why}\n`);
    return { code: 3, t };
  }
  const size = len === undefined ? `[${bytes}]` : `[${bytes}/${len}]`;
  const when = stamp(start + t);
  log(
    `${when} (${retrRate(bytes, secs)}) - ${toStdout ? 'written to stdout' : `${q(p, file)} saved`} ${size}\n\n`,
  );
  if (o.nv && !o.quiet) p.err(`${when} URL:${urlText(url)} ${size} -> "${file}" [1]\n`);
  return { code: 0, t };
}

export function runGnuWget(p: Proc): number {
  const o = parse(p);
  // -O FILE is opened (and truncated) before anything is fetched
  if (o.out !== undefined && o.out !== '-' && !o.spider) {
    const why = writeTarget(p, o.out, '');
    if (why !== null) return fail(`${o.out}: ${why}\n`, 3);
  }
  if (o.spider && !o.quiet && !o.nv) p.err('Spider mode enabled. Check if remote file exists.\n');
  let code = 0;
  for (const u of o.urls) {
    const start = p.ctx.world.clock.now;
    const r = fetch(p, o, u);
    const spent = Math.round(r.t) - (p.ctx.world.clock.now - start);
    if (spent > 0) p.elapse(spent);
    if (r.code !== 0 && (code === 0 || r.code < code)) code = r.code;
  }
  return code;
}
