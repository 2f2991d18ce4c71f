/**
 * DNS server applications for listening sockets (transport.registerApp):
 * 'dnsmasq' (config {ttl, records}, the golden LAN server), 'recursor' (the
 * same records answered as a public recursive resolver would) and 'coredns'
 * (config {corefile, file?, files?}: a Corefile, the path it is reported
 * under, and files the server sees in place of its host's — ConfigMap
 * mounts, its resolv.conf).
 */
import { FsView } from '../../model/vfs.js';
import { type AppRequest, registerApp } from '../dataplane/transport.js';
import { dnsmasqAnswer, dnsmasqData, newDnsmasqState } from './dnsmasq.js';
import type { DnsQuery } from './message.js';
import { recursorAnswer } from './recursor.js';
import { type BuildResult, buildServer, serveQuery } from './server.js';
import { serverKey, serverState } from './server-state.js';

export interface CorednsConfig {
  corefile: string;
  file?: string;
  files?: Record<string, string>;
}

/** IP length of a reply: UDP carries the message, TCP is modelled by its SYN-ACK. */
function ipLen(req: AppRequest, size: number | undefined): number {
  return req.socket.proto === 'udp' ? 28 + (size ?? 32) : 60;
}

function queryOf(req: AppRequest): DnsQuery | null {
  const q = req.packet.payload as DnsQuery | undefined;
  if (!q || typeof q !== 'object' || !Array.isArray(q.question)) return null;
  return q;
}

registerApp('dnsmasq', (req) => {
  const q = queryOf(req);
  if (!q) return null;
  const cfg = (req.socket.config ?? {}) as { ttl?: number; records?: string[] };
  const data = dnsmasqData(cfg);
  // one daemon behind the UDP and TCP sockets: state is keyed by the process
  const state = serverState(req.world, serverKey(req.ns, req.socket), () => newDnsmasqState(data));
  const res = dnsmasqAnswer(data, state, q, req.socket.proto === 'udp');
  return { payload: res, len: ipLen(req, res.size) };
});

registerApp('recursor', (req) => {
  const q = queryOf(req);
  if (!q) return null;
  const res = recursorAnswer((req.socket.config ?? {}) as { ttl?: number; records?: string[] }, q);
  return { payload: res, len: ipLen(req, res.size) };
});

const built = new WeakMap<object, BuildResult>();

export function corednsBuild(cfg: CorednsConfig): BuildResult {
  let b = built.get(cfg);
  if (!b) {
    b = buildServer(cfg.corefile ?? '', cfg.file ?? 'Corefile');
    built.set(cfg, b);
  }
  return b;
}

registerApp('coredns', (req) => {
  const q = queryOf(req);
  if (!q) return null;
  const cfg = (req.socket.config ?? { corefile: '' }) as unknown as CorednsConfig;
  const b = corednsBuild(cfg);
  if (!b.ok) return null;
  const key = serverKey(req.ns, req.socket);
  const st = serverState(req.world, key, () => ({ log: [] as string[] }));
  const host = req.world.hosts.get(req.ns.host);
  const fs = host ? new FsView(host.fs) : null;
  const files = cfg.files ?? {};
  const res = serveQuery(
    b.blocks,
    req.socket.port,
    {
      world: req.world,
      ns: req.ns,
      serverKey: key,
      client: { addr: req.packet.src, port: req.packet.sport ?? 0, proto: req.socket.proto },
      readFile: (path) => files[path] ?? (fs ? readOrNull(fs, path) : null),
      log: (line) => {
        if (st.log.length < 10000) st.log.push(line);
      },
    },
    q,
  );
  return { payload: res, len: ipLen(req, res.size) };
});

function readOrNull(fs: FsView, path: string): string | null {
  try {
    return fs.readFile(path);
  } catch {
    return null;
  }
}
