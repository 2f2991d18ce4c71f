/**
 * Servers that speak first or barely speak: the 'tcp-banner' app (sshd,
 * redis, mysql, postgres: config {banner}) and 'nc-listen', a listening
 * `nc -l` (config {reply, close, once, pid}: what nc writes from its stdin,
 * whether it hangs up after that (-N, -q 0), whether it serves only one
 * connection (no -k), and the nc process to end with it).
 */
import type { Netns, World } from '../../model/types.js';
import { type AppRequest, registerApp } from '../dataplane/transport.js';
import { serverState } from '../dns/server-state.js';
import { isStreamRequest, type StreamReply } from './stream.js';

/** How long servers keep a connection on which the client said nothing useful. */
const IDLE_CLOSE: Record<string, number> = {
  sshd: 120_000,
  mysqld: 10_000,
  postgres: 60_000,
};

function bannerReply(req: AppRequest, data: string): StreamReply {
  const cfg = (req.socket.config ?? {}) as { banner?: string };
  const banner = typeof cfg.banner === 'string' ? cfg.banner : '';
  const proc = req.socket.process;
  const idle = IDLE_CLOSE[proc];
  const keep = (out: string): StreamReply => ({
    kind: 'stream',
    data: out,
    close: false,
    ...(idle !== undefined ? { idleCloseMs: idle } : {}),
  });
  if (proc === 'redis-server') {
    // redis says nothing until asked; its configured text is its answer to what it does not know
    if (data === '') return keep('');
    let out = '';
    for (const line of data.split(/\r?\n/)) {
      const cmd = line.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
      if (cmd === '') continue;
      if (cmd === 'HOST:' || cmd === 'POST') return { kind: 'stream', data: out, close: true };
      out += cmd === 'PING' ? '+PONG\r\n' : banner;
    }
    return keep(out);
  }
  if (data === '' || proc === 'mysqld') return keep(banner);
  if (banner.startsWith('SSH-') && !data.startsWith('SSH-'))
    return { kind: 'stream', data: `${banner}Invalid SSH identification string.\r\n`, close: true };
  if (proc === 'postgres') return { kind: 'stream', data: banner, close: true };
  return keep(banner);
}

registerApp('tcp-banner', (req) => {
  const p = req.packet.payload;
  if (!isStreamRequest(p) || req.socket.proto !== 'tcp') return null;
  // TLS clients get the banner too: it is not a ServerHello
  return { payload: bannerReply(req, p.data), len: 60 };
});

export interface NcListenConfig {
  reply: string;
  close: boolean;
  once: boolean;
  pid: number;
  /** Further runs of the same `nc -l` queued behind this one (a `while true; do nc -l ...; done` loop). */
  respawns?: number;
}

/** What a listening nc received, newest last (for tests and explanations). */
export function ncReceived(world: World, ns: Netns, pid: number): string[] {
  return serverState(world, `apps.nc/${ns.uid}/${pid}`, () => ({ got: [] as string[] })).got;
}

/** After serving one connection, a one-shot nc exits (or its next loop run takes over). */
function consume(req: AppRequest, cfg: NcListenConfig): void {
  if (!cfg.once) return;
  if ((cfg.respawns ?? 0) > 0) {
    cfg.respawns = (cfg.respawns ?? 0) - 1;
    return;
  }
  req.ns.sockets = req.ns.sockets.filter((s) => s !== req.socket);
  const host = req.world.hosts.get(req.ns.host);
  if (host) host.processes = host.processes.filter((pr) => pr.pid !== cfg.pid);
}

registerApp('nc-listen', (req) => {
  const p = req.packet.payload;
  if (!isStreamRequest(p)) return null;
  const cfg = req.socket.config as unknown as NcListenConfig;
  const got = ncReceived(req.world, req.ns, cfg.pid);
  if (got.length < 1000) got.push(p.data);
  consume(req, cfg);
  const reply: StreamReply = { kind: 'stream', data: cfg.reply, close: cfg.close };
  return { payload: reply, len: 60 };
});
