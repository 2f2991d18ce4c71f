/**
 * `curl` (7.88.1, as in Debian 12 and the nginx image): one transfer per
 * URL through the world's resolver and data plane — connect with the
 * kernel's retransmissions and curl's timeouts, TLS with certificate
 * checks, the request written as curl writes it, the response parsed —
 * with -v traces, the progress meter, -o/-O/-i/-I/-D/-w output, -L
 * redirects, -f and curl's error lines and exit codes.
 */
import type { TlsHello } from '../../engines/apps/stream.js';
import { byteLength } from '../../engines/apps/stream.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { connectPhase, resolvePhase } from './curl-connect.js';
import { CURL_HELP, CURL_VERSION, parseCurlArgs } from './curl-options.js';
import { CurlStderr } from './curl-output.js';
import { buildRequest } from './curl-request.js';
import { responsePhase } from './curl-response.js';
import {
  type CurlSession,
  emptyFacts,
  readData,
  readWriteOut,
  remoteName,
  writeBody,
  type Xfer,
} from './curl-session.js';
import { writeOut } from './curl-writeout.js';
import { isIpLiteral } from './net-client.js';
import { writeTarget } from './output.js';
import { parseUrl, urlText } from './url.js';

function warnings(p: Proc, s: CurlSession, data: string | null): void {
  const { o } = s;
  if (o.request === undefined || o.silent) return;
  const inferred = o.head ? 'HEAD' : data !== null && !o.get ? 'POST' : 'GET';
  if (o.request === 'HEAD' && !o.head)
    p.err(
      'Warning: Setting custom HTTP method to HEAD with -X/--request may not work the \nWarning: way you want. Consider using -I/--head instead.\n',
    );
  else if (o.verbose && o.request === inferred)
    p.err(`Note: Unnecessary use of -X or --request, ${inferred} is already inferred.\n`);
}

/** One transfer (with its redirects); returns curl's exit code for it. */
function transfer(s: CurlSession, raw: string, index: number): number {
  const { p, o } = s;
  const clock = p.ctx.world.clock;
  const start = clock.now;
  if (o.outputs[index] === '' && remoteName(raw) === '') {
    p.err('curl: Remote file name has no length!\n');
    if (!o.silent || o.showError) p.err('curl: (23) Failed writing received data to disk/application\n');
    return 23;
  }
  const target = o.outputs[index];
  const ttyOut = p.ctx.tty !== null && (target === undefined || target === '-');
  const data = readData(p, o);
  warnings(p, s, data);
  const method = o.request ?? (o.head ? 'HEAD' : data !== null && !o.get ? 'POST' : 'GET');
  const x: Xfer = {
    st: new CurlStderr(!o.silent && !o.noProgress && !ttyOut, o.verbose, !ttyOut),
    facts: emptyFacts(raw, method),
    t: 0,
    err: null,
    method,
    body: o.get ? null : data,
    urlRaw: o.get && data !== null ? `${raw}${raw.includes('?') ? '&' : '?'}${data}` : raw,
    redirects: 0,
    downloaded: 0,
    uploaded: 0,
    outText: '',
    headText: '',
    closing: true,
    meterShown: true,
  };
  const ulSize = x.body !== null ? byteLength(x.body) : undefined;
  for (;;) {
    const pu = parseUrl(x.urlRaw);
    if (!pu.ok) {
      x.meterShown = false;
      const err =
        pu.error === 'scheme'
          ? { code: 1, msg: `Protocol "${pu.scheme}" not supported or disabled in libcurl` }
          : { code: 3, msg: 'URL using bad/illegal format or missing URL' };
      x.err = err;
      x.st.v(x.t, `* ${err.msg}`);
      x.st.v(x.t, '* Closing connection -1');
      break;
    }
    const url = pu.url;
    x.facts.urlEffective = urlText(url);
    x.facts.scheme = url.scheme;
    x.facts.method = x.method;
    const addrs = resolvePhase(s, x, url, start);
    if (!addrs) break;
    const req = buildRequest({
      url,
      method: x.method,
      custom: o.headers,
      ...(o.userAgent !== undefined ? { userAgent: o.userAgent } : {}),
      ...(o.user !== undefined ? { user: o.user } : {}),
      ...(o.referer !== undefined ? { referer: o.referer } : {}),
      body: x.body,
      version: o.http1 === '1.0' ? '1.0' : '1.1',
    });
    const tls: TlsHello | undefined =
      url.scheme === 'https'
        ? {
            alpn: o.http1 ? ['http/1.1'] : ['h2', 'http/1.1'],
            ...(isIpLiteral(url.host) ? {} : { sni: url.host }),
            ...(o.cert !== undefined ? { clientCert: true } : {}),
          }
        : undefined;
    const c = connectPhase(s, x, url, addrs, req, tls);
    if (!c) break;
    if (responsePhase(s, x, url, c, req, tls) === 'done') break;
  }
  if (o.dumpHeader !== undefined && x.headText !== '') writeTarget(p, o.dumpHeader, x.headText);
  if (x.err === null || x.err.code === 18 || x.err.code === 47) {
    const w = writeBody(p, x.st, x.t, target, x.urlRaw, x.outText, x.facts);
    if (w) x.err = w;
  }
  const err = x.err;
  x.facts.timeTotal = x.t;
  x.facts.exitCode = err?.code ?? 0;
  x.facts.errorMsg = err?.msg ?? '';
  const elapsed = Math.round(x.t) - (clock.now - start);
  if (elapsed > 0) p.elapse(elapsed);
  const t = x.t;
  p.err(
    x.st.render(
      (at) => ({
        at,
        downloaded: at >= t ? x.downloaded : 0,
        uploaded: at >= t ? x.uploaded : 0,
        ...(x.dlSize !== undefined && at >= t ? { dlSize: x.dlSize } : {}),
        ...(ulSize !== undefined ? { ulSize } : {}),
      }),
      x.meterShown,
    ),
  );
  if (err && err.code !== 130 && (!o.silent || o.showError))
    p.err(`curl: (${err.code}) ${err.msg}\n${err.after ?? ''}`);
  if (o.writeOut !== undefined) writeOut(readWriteOut(p, o.writeOut), x.facts, p.out, p.err);
  if (err !== null || x.closing) s.alive = null;
  return err?.code ?? 0;
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
  const s: CurlSession = { p, o, conns: 0, alive: null, resolved: new Map() };
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
  return exit;
}

export const CURL_COMMAND: CommandDef = { name: 'curl', path: '/usr/bin/curl', run: runCurl };
