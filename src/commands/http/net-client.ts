/**
 * What the HTTP clients (curl, both wgets) and nc share: resolving a name
 * through the process's resolver (nsswitch, /etc/hosts, DNS packets in the
 * data plane; its time counted), and connecting to one of the addresses,
 * IPv6 ones included (the data plane carries IPv4 only: ::1 reaches
 * dual-stack listeners of the namespace, other IPv6 has no route).
 */

import type { TlsHello } from '../../engines/apps/stream.js';
import {
  type ConnectResult,
  type Errno,
  KERNEL_CONNECT_MS,
  tcpConnect,
} from '../../engines/apps/tcp-connect.js';
import { addrText, type GaiError, getaddrinfo } from '../../engines/resolver/getaddrinfo.js';
import { parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';

export type Resolution =
  | { ok: true; addrs: string[]; canonical: string; ms: number }
  | { ok: false; error: GaiError; ms: number };

/** getaddrinfo() with its duration (the resolver moves the world's clock while it waits). */
export function resolveName(p: Proc, name: string, family: 0 | 4 | 6 = 0): Resolution {
  const clock = p.ctx.world.clock;
  const before = clock.now;
  const r = getaddrinfo({ world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs, env: p.ctx.env }, name, family);
  const ms = clock.now - before;
  if (!r.ok) return { ok: false, error: r.error, ms };
  return { ok: true, addrs: r.addrs.map(addrText), canonical: r.canonical, ms };
}

export function isIpLiteral(host: string): boolean {
  return parseIPv4(host) !== null || (host.includes(':') && parseIPv6(host) !== null);
}

/** A listener in this namespace that also takes IPv6 connections on `port`. */
function hasDualStack(p: Proc, port: number): boolean {
  return p.ctx.ns.sockets.some((s) => s.proto === 'tcp' && s.port === port && s.v6 === true);
}

/** connect() to one address (text form), write `data`, read the reply. */
export function connectTo(
  p: Proc,
  addr: string,
  port: number,
  data: string,
  opts: { tls?: TlsHello; timeoutMs?: number } = {},
): ConnectResult {
  const v4 = parseIPv4(addr);
  if (v4 === null) {
    if (addr !== '::1') return { kind: 'failed', errno: 'ENETUNREACH', ms: 0, immediate: true };
    if (!hasDualStack(p, port)) return { kind: 'failed', errno: 'ECONNREFUSED', ms: 0.05, immediate: false };
    return tcpConnect(p.ctx.world, p.ctx.ns, { dst: 0x7f000001, port, data, ...opts });
  }
  return tcpConnect(p.ctx.world, p.ctx.ns, { dst: v4, port, data, ...opts });
}

export type { ConnectResult, Errno };
export { KERNEL_CONNECT_MS };
