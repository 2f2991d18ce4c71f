/**
 * `nc -l`: a listening socket owned by an nc process in the namespace,
 * answered by the 'nc-listen' app with what nc read from its stdin. The
 * listener lives on after the command returns (nothing can connect to a
 * listener that blocks a synchronous shell), serves one connection unless
 * -k keeps it, and a `while true; do nc -l ...; done` loop queues its
 * later runs behind the first instead of failing with "Address already in
 * use" (each run would start when the previous one has served).
 */
import type { NcListenConfig } from '../../engines/apps/tcp-banner.js';
import type { Socket } from '../../model/types.js';
import { spawnProcess } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';

export interface ListenSpec {
  proto: 'tcp' | 'udp';
  port: number;
  addr: number;
  keep: boolean;
  /** Hang up after writing stdin (OpenBSD -N, BusyBox always). */
  closeAfter: boolean;
  argv: string[];
}

export type ListenResult = { ok: true; pid: number; respawn: boolean } | { ok: false; inUse: true };

export function listen(p: Proc, spec: ListenSpec): ListenResult {
  const ns = p.ctx.ns;
  const clash = ns.sockets.filter(
    (s) =>
      s.proto === spec.proto &&
      s.port === spec.port &&
      (s.addr === 0 || spec.addr === 0 || s.addr === spec.addr),
  );
  const same = clash.find((s) => {
    if (s.app !== 'nc-listen') return false;
    const c = s.config as unknown as NcListenConfig;
    return c.once && !spec.keep && c.reply === p.stdin && c.close === spec.closeAfter;
  });
  if (same) {
    const c = same.config as unknown as NcListenConfig;
    c.respawns = (c.respawns ?? 0) + 1;
    return { ok: true, pid: c.pid, respawn: true };
  }
  if (clash.length > 0) return { ok: false, inUse: true };
  const pid = spawnProcess(p.ctx.world, p.ctx.host, ns.uid, spec.argv.join(' '));
  const config: NcListenConfig = { reply: p.stdin, close: spec.closeAfter, once: !spec.keep, pid };
  const sock: Socket = {
    proto: spec.proto,
    addr: spec.addr,
    port: spec.port,
    pid,
    process: 'nc',
    app: 'nc-listen',
    // OpenBSD nc listen()s with a backlog of 1 (ss shows it as Send-Q)
    config: { ...(config as unknown as Record<string, unknown>), backlog: 1 },
    listen: true,
  };
  ns.sockets.push(sock);
  return { ok: true, pid, respawn: false };
}
