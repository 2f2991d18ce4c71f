/**
 * What an nc client sees once connected: the server's bytes, and when the
 * conversation ends — the server hangs up, the idle timer (-w) fires, the
 * quit delay after stdin's end (-q) passes, or the server drops an idle
 * connection. Half-closing after stdin (-N, BusyBox always) makes servers
 * finish too. A conversation nothing would end is cut short with a note,
 * as if interrupted (exit 130): non-interactive runs must not hang.
 */
import type { StreamReply } from '../../engines/apps/stream.js';
import type { Proc } from '../../shell/types.js';

export interface Ending {
  /** ms after connect when nc exits. */
  ms: number;
  /** Exit status (0, or 130 when knetlab had to stop a conversation that never ends). */
  exit: number;
}

export function conversationEnd(
  p: Proc,
  reply: StreamReply | null,
  rtt: number,
  o: { idleMs?: number; quitMs?: number; halfClose: boolean },
): Ending {
  const answered = reply !== null;
  if (reply?.close || (o.halfClose && answered)) return { ms: rtt, exit: 0 };
  const candidates: number[] = [];
  if (o.idleMs !== undefined) candidates.push(rtt + o.idleMs);
  if (o.quitMs !== undefined) candidates.push(o.quitMs);
  if (reply?.idleCloseMs !== undefined) candidates.push(reply.idleCloseMs);
  if (candidates.length > 0) return { ms: Math.min(...candidates), exit: 0 };
  p.err('knetlab: nc would keep this connection open forever here; stopped\n');
  return { ms: rtt, exit: 130 };
}

/** getservbyport() over the /etc/services the process sees ("*" when unknown). */
export function serviceName(p: Proc, port: number, proto: 'tcp' | 'udp'): string | null {
  let text = '';
  try {
    text = p.ctx.fs.readFile('/etc/services');
  } catch {
    return null;
  }
  for (const raw of text.split('\n')) {
    const f = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (f.length >= 2 && f[1] === `${port}/${proto}`) return f[0] as string;
  }
  return null;
}

/** getservbyname(): a service name (or alias) to its port. */
export function servicePort(p: Proc, name: string, proto: 'tcp' | 'udp'): number | null {
  let text = '';
  try {
    text = p.ctx.fs.readFile('/etc/services');
  } catch {
    return null;
  }
  for (const raw of text.split('\n')) {
    const f = raw.replace(/#.*/, '').trim().split(/\s+/);
    const m = /^(\d+)\/(\w+)$/.exec(f[1] ?? '');
    if (m && m[2] === proto && (f[0] === name || f.slice(2).includes(name))) return Number(m[1]);
  }
  return null;
}
