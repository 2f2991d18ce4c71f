/**
 * The daemon's network applications: the embedded DNS server (127.0.0.11
 * in containers on user-defined networks: container names and short ids
 * of the networks the asking container shares, TTL 600, everything else
 * forwarded to the host's upstream servers from the container's namespace)
 * and docker-proxy (the userland proxy behind a published port for
 * connections the DNAT rules do not catch, such as 127.0.0.1:PORT).
 */

import { parseIPv4 } from '../../model/inet.js';
import { FsView } from '../../model/vfs.js';
import { type AppRequest, exchange, registerApp } from '../dataplane/transport.js';
import { type DnsMessage, type DnsQuery, nameKey, QT, replyTo, rr } from '../dns/message.js';
import { wireSize } from '../dns/wire-size.js';
import { type DockerContainer, type DockerEngine, dockerOf } from './state.js';

function upstreams(req: AppRequest, e: DockerEngine): number[] {
  const host = req.world.hosts.get(e.host);
  if (!host) return [];
  const fs = new FsView(host.fs);
  const read = (p: string) => (fs.exists(p) ? fs.readFile(p) : '');
  let text = read('/etc/resolv.conf');
  if (/^nameserver\s+127\.0\.0\.53\s*$/m.test(text)) text = read('/run/systemd/resolve/resolv.conf') || text;
  const out: number[] = [];
  for (const m of text.matchAll(/^\s*nameserver\s+(\S+)/gm)) {
    const v = parseIPv4(m[1] as string);
    if (v !== null && v >>> 24 !== 127) out.push(v);
  }
  return out.length ? out : [0x08080808, 0x08080404];
}

/** Containers reachable by name from `c`: those sharing one of its user-defined networks. */
function peersOf(e: DockerEngine, c: DockerContainer): Map<string, number> {
  const names = new Map<string, number>();
  for (const ep of c.endpoints) {
    const net = e.networks.find((n) => n.id === ep.networkId);
    if (!net?.userDefined) continue;
    for (const o of e.containers)
      for (const oep of o.endpoints)
        if (oep.networkId === ep.networkId) {
          names.set(nameKey(o.name), oep.ip);
          names.set(nameKey(o.id.slice(0, 12)), oep.ip);
        }
  }
  return names;
}

function sized(req: AppRequest, m: DnsMessage) {
  const size = wireSize(m, 'full');
  return { payload: { ...m, size }, len: req.socket.proto === 'udp' ? 28 + size : 60 };
}

registerApp('docker-dns', (req) => {
  const q = req.packet.payload as DnsQuery | undefined;
  if (!q || typeof q !== 'object' || !Array.isArray(q.question)) return null;
  const cfg = (req.socket.config ?? {}) as { host?: string; container?: string };
  const e = dockerOf(req.world, cfg.host ?? '');
  const c = e?.containers.find((x) => x.id === cfg.container);
  const question = q.question[0];
  if (!e || !c || !question) return null;
  const ip = peersOf(e, c).get(nameKey(question.name));
  if (ip !== undefined) {
    const res = replyTo(q);
    res.ra = true;
    if (question.qtype === QT.A) res.answer.push(rr(question.name, 600, { type: 'A', addr: ip }));
    return sized(req, res);
  }
  for (const server of upstreams(req, e)) {
    const r = exchange(req.world, req.ns, {
      proto: 'udp',
      dst: server,
      dport: 53,
      payload: { ...q, hops: (q.hops ?? 0) + 1 },
    });
    if (r.kind === 'response') return sized(req, { ...(r.payload as DnsMessage), id: q.id });
  }
  const fail = replyTo(q, 'SERVFAIL');
  fail.ra = true;
  return sized(req, fail);
});

registerApp('docker-proxy', (req) => {
  const cfg = (req.socket.config ?? {}) as { ip?: number; port?: number };
  if (cfg.ip === undefined || cfg.port === undefined) return null;
  const r = exchange(req.world, req.ns, {
    proto: req.socket.proto,
    dst: cfg.ip,
    dport: cfg.port,
    payload: req.packet.payload,
    len: req.packet.len,
  });
  if (r.kind !== 'response') return null;
  return { payload: r.payload };
});
