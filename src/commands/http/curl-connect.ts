/**
 * A transfer's way to a connection: the name (with curl's "Resolving timed
 * out" and "Could not resolve host"), then each address in turn with its
 * -v lines, and curl's wording for what stopped it — refused, unreachable,
 * its own time limits or the kernel's.
 */
import type { TlsHello } from '../../engines/apps/stream.js';
import { ERRNO_TEXT } from '../../engines/apps/tcp-connect.js';
import type { BuiltRequest } from './curl-request.js';
import {
  type CurlSession,
  effectiveTimeouts,
  fmtMs,
  ipOf,
  lookup,
  pointer,
  stop,
  type Xfer,
} from './curl-session.js';
import { type ConnectResult, connectTo } from './net-client.js';
import type { Url } from './url.js';

export type Connected = ConnectResult & { kind: 'connected' };

export interface Connection {
  conn: Connected;
  addr: string;
  no: number;
  reused: boolean;
}

/** Resolve the URL's host; false (with x.err set) when the name does not resolve in time. */
export function resolvePhase(s: CurlSession, x: Xfer, url: Url, start: number): string[] | null {
  const { o, p } = s;
  const look = lookup(s, url, x.st, x.t);
  x.t += look.ms;
  const limits = effectiveTimeouts(o, x.t);
  if (limits.connect !== undefined && limits.connect <= 0) {
    const over = Math.min(
      o.connectTimeoutMs ?? Number.POSITIVE_INFINITY,
      o.maxTimeMs ?? Number.POSITIVE_INFINITY,
    );
    // the resolver waited longer than curl would have
    p.ctx.world.clock.now = start + over;
    x.t = over;
    x.st.resolving = true;
    stop(
      x,
      { code: 28, msg: `Resolving timed out after ${fmtMs(over)} milliseconds` },
      `* Closing connection ${s.conns}`,
    );
    return null;
  }
  x.facts.timeNamelookup = x.t;
  if (!look.ok) {
    // no forced meter update: the "-v" lines and curl's error continue the meter's first line(s);
    // a lookup that took a second saw the clock's second change once more while resolving
    const msg = `Could not resolve host: ${url.host}`;
    x.err = { code: 6, msg };
    x.st.resolving = x.t >= 1000;
    x.st.end(x.t);
    x.st.v(x.t, `* ${msg}`);
    x.st.v(x.t, `* Closing connection ${s.conns}`);
    return null;
  }
  return look.addrs;
}

/** Connect to the first address that answers (or reuse the kept-alive connection). */
export function connectPhase(
  s: CurlSession,
  x: Xfer,
  url: Url,
  addrs: string[],
  req: BuiltRequest,
  tls: TlsHello | undefined,
): Connection | null {
  const { o, p } = s;
  const reused = s.alive === `${url.host}:${url.port}`;
  if (reused) {
    x.st.v(x.t, `* Found bundle for host: ${pointer(p, 'bundle')} [serially]`);
    x.st.v(x.t, '* Can not multiplex, even if we wanted to');
    x.st.v(x.t, `* Re-using existing connection #${s.conns - 1} with host ${url.host}`);
  }
  const no = reused ? s.conns - 1 : s.conns;
  let last: ConnectResult | null = null;
  for (const addr of addrs) {
    const lim = effectiveTimeouts(o, x.t);
    if (!reused) x.st.v(x.t, `*   Trying ${ipOf(addr)}:${url.port}...`);
    const r = connectTo(p, addr, url.port, req.wire, {
      ...(tls ? { tls } : {}),
      ...(lim.connect !== undefined ? { timeoutMs: lim.connect } : {}),
    });
    if (r.kind === 'connected') {
      if (!reused) s.conns++;
      return { conn: r, addr, no, reused };
    }
    last = r;
    x.t += r.ms;
    if (r.kind === 'failed') {
      if (r.immediate) x.st.v(x.t, `* Immediate connect fail for ${addr}: ${ERRNO_TEXT[r.errno]}`);
      else x.st.v(x.t, `* connect to ${addr} port ${url.port} failed: ${ERRNO_TEXT[r.errno]}`);
      continue;
    }
    if (r.kernel && lim.connect === undefined) {
      x.st.v(x.t, `* connect to ${addr} port ${url.port} failed: ${ERRNO_TEXT.ETIMEDOUT}`);
      continue;
    }
    break;
  }
  const closeLine = `* Closing connection ${no}`;
  if (last?.kind === 'timeout' && !(last.kernel && effectiveTimeouts(o, 0).connect === undefined)) {
    x.t += 1;
    const byConnectTimeout =
      o.connectTimeoutMs !== undefined && (o.maxTimeMs === undefined || o.connectTimeoutMs <= o.maxTimeMs);
    const msg = byConnectTimeout
      ? `Failed to connect to ${url.host} port ${url.port} after ${fmtMs(x.t)} ms: Timeout was reached`
      : `Connection timed out after ${fmtMs(x.t)} milliseconds`;
    stop(x, { code: 28, msg }, closeLine, x.t - 1e-6);
  } else {
    const msg = `Failed to connect to ${url.host} port ${url.port} after ${fmtMs(x.t)} ms: Couldn't connect to server`;
    stop(x, { code: last?.kind === 'timeout' ? 28 : 7, msg }, closeLine);
  }
  return null;
}
