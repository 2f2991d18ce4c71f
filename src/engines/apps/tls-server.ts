/**
 * TLS servers of the control plane and the kubelet (the 'tls' app: etcd
 * 2379/2380, kubelet 10250, kube-controller-manager 10257, kube-scheduler
 * 10259): the certificate each presents, as kubeadm and the components
 * make them, the handshake (TLS 1.3, Go picks TLS_AES_128_GCM_SHA256 and
 * h2 when offered), and what each answers an anonymous client once the
 * handshake is done. Plain HTTP on these ports gets Go's 400 reply.
 */
import { clusterOf } from '../../kube/cluster.js';
import { formatIPv4 } from '../../model/inet.js';
import type { Netns, World } from '../../model/types.js';
import { FsView } from '../../model/vfs.js';
import { linksOf } from '../../model/world.js';
import { type AppRequest, registerApp } from '../dataplane/transport.js';
import { serverState } from '../dns/server-state.js';
import { GO_PLAIN_ON_TLS, type GoResponse, goWire, statusJson, wantsPretty } from './go-http.js';
import { header, parseRequest } from './http-message.js';
import { type CertInfo, isStreamRequest, type StreamReply, type TlsAnswer, type TlsHello } from './stream.js';

const YEAR = 365 * 24 * 3600 * 1000;

/** The server's own address (the node's InternalIP for host-network components): its namespace's first global IPv4. */
export function nsAddress(world: World, ns: Netns): string | null {
  for (const l of linksOf(world, ns))
    for (const a of l.addrs4) if (l.kind !== 'loopback' && a.scope === 0) return formatIPv4(a.addr);
  return null;
}

function readHostFile(world: World, hostName: string, path: string): string | undefined {
  const host = world.hosts.get(hostName);
  if (!host) return undefined;
  try {
    return new FsView(host.fs).readFile(path);
  } catch {
    return undefined;
  }
}

/** When the component (or kubeadm init) made its certificate: the container's start, else now. */
function issuedAt(req: AppRequest): number {
  const cfg = req.socket.config ?? {};
  const c =
    typeof cfg.podUid === 'string' && typeof cfg.container === 'string'
      ? clusterOf(req.world)?.sandboxes.get(cfg.podUid)?.containers.get(cfg.container)
      : undefined;
  return Math.floor((c?.startedAt ?? req.world.clock.now) / 1000) * 1000;
}

function serviceIp(world: World): string {
  const cidr = clusterOf(world)?.config.serviceCidr ?? '10.96.0.0/12';
  const base = cidr.split('/')[0] as string;
  const parts = base.split('.').map(Number);
  parts[3] = (parts[3] ?? 0) + 1;
  return parts.join('.');
}

/** The certificate the process behind `req.socket` presents. */
export function certFor(req: AppRequest): CertInfo {
  const world = req.world;
  const node = req.ns.host;
  const ip = nsAddress(world, req.ns) ?? formatIPv4(req.packet.dst);
  const at = issuedAt(req);
  const unix = Math.floor(at / 1000);
  switch (req.socket.process) {
    case 'kube-apiserver': {
      const domain = clusterOf(world)?.config.domain ?? 'cluster.local';
      const ca = readHostFile(world, node, '/etc/kubernetes/pki/ca.crt');
      return {
        subject: 'CN=kube-apiserver',
        issuer: 'CN=kubernetes',
        notBefore: at,
        notAfter: at + YEAR,
        dns: [
          node,
          'kubernetes',
          'kubernetes.default',
          'kubernetes.default.svc',
          `kubernetes.default.svc.${domain}`,
        ],
        ips: [serviceIp(world), ip],
        selfSigned: false,
        ...(ca !== undefined ? { caPem: ca } : {}),
        bytes: 1295,
      };
    }
    case 'etcd': {
      const ca = readHostFile(world, node, '/etc/kubernetes/pki/etcd/ca.crt');
      return {
        subject: `CN=${node}`,
        issuer: 'CN=etcd-ca',
        notBefore: at,
        notAfter: at + YEAR,
        dns: [node, 'localhost'],
        ips: [ip, '127.0.0.1', '::1'],
        selfSigned: false,
        ...(ca !== undefined ? { caPem: ca } : {}),
        bytes: 1067,
      };
    }
    case 'kubelet':
      return {
        subject: `CN=${node}@${unix}`,
        issuer: `CN=${node}-ca@${unix}`,
        notBefore: at - 3600_000,
        notAfter: at + YEAR - 3600_000,
        dns: [node],
        ips: [],
        selfSigned: false,
        chainSelfSigned: true,
        bytes: 1726,
      };
    default:
      return {
        subject: `CN=localhost@${unix}`,
        issuer: `CN=localhost-ca@${unix}`,
        notBefore: at - 3600_000,
        notAfter: at + YEAR - 3600_000,
        dns: ['localhost'],
        ips: ['127.0.0.1'],
        selfSigned: false,
        chainSelfSigned: true,
        bytes: 1770,
      };
  }
}

/** The server side of the handshake: Go's TLS 1.3, h2 when the client offers it. */
export function handshake(req: AppRequest, hello: TlsHello): TlsAnswer {
  return {
    version: 'TLSv1.3',
    cipher: 'TLS_AES_128_GCM_SHA256',
    alpn: hello.alpn.includes('h2') ? 'h2' : hello.alpn.includes('http/1.1') ? 'http/1.1' : null,
    cert: certFor(req),
    ...(req.socket.process === 'etcd' ? { requireClientCert: true } : {}),
  };
}

/** Stable per-server identifiers (API Priority and Fairness uids). */
export function serverIds(req: AppRequest): { flowSchema: string; priorityLevel: string } {
  return serverState(req.world, `apps.ids/${req.ns.uid}/${req.socket.pid}`, () => ({
    flowSchema: uuid(req.world.rng.hex(32)),
    priorityLevel: uuid(req.world.rng.hex(32)),
  }));
}

function uuid(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

/** kubelet, controller-manager and scheduler: what an anonymous request gets. */
function componentAnswer(req: AppRequest, path: string, target: string, ua: string | undefined): GoResponse {
  if (req.socket.process === 'kubelet') {
    // kubeadm runs the kubelet with anonymous auth off
    return {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      body: 'Unauthorized\n',
    };
  }
  if (req.socket.process === 'etcd') {
    if (path === '/health') return { status: 200, headers: {}, body: '{"health":"true","reason":""}' };
    if (path === '/version')
      return { status: 200, headers: {}, body: '{"etcdserver":"3.5.16","etcdcluster":"3.5.0"}' };
    return {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      body: '404 page not found\n',
    };
  }
  if (HEALTH.has(path))
    return {
      status: 200,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      body: 'ok',
    };
  return {
    status: 403,
    headers: { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' },
    body: statusJson(
      403,
      'Forbidden',
      `forbidden: User "system:anonymous" cannot get path "${path}"`,
      {},
      wantsPretty(ua, target),
    ),
  };
}

/** Parse the plaintext a TLS client sent and answer with `answer`. */
export function serveOverTls(
  req: AppRequest,
  hello: TlsHello,
  data: string,
  answer: (
    path: string,
    target: string,
    ua: string | undefined,
    headers: Array<[string, string]>,
  ) => GoResponse,
): StreamReply {
  const tls = handshake(req, hello);
  if (tls.requireClientCert && !hello.clientCert) return { kind: 'stream', data: '', close: true, tls };
  const parsed = parseRequest(data);
  if (parsed.kind !== 'ok') return { kind: 'stream', data: '', close: parsed.kind === 'bad', tls };
  const r = parsed.req;
  const path = r.target.replace(/[?#].*$/, '') || '/';
  const res = answer(path, r.target, header(r.headers, 'user-agent'), r.headers);
  return {
    kind: 'stream',
    data: goWire(res, req.world.clock.now, tls.alpn === 'h2', r.method === 'HEAD'),
    close: false,
    tls,
    delayMs: 0.4,
  };
}

/** The shared entry of TLS apps: plain HTTP gets Go's 400, TLS gets served. */
export function tlsApp(
  answer: (
    req: AppRequest,
  ) => (path: string, target: string, ua: string | undefined, headers: Array<[string, string]>) => GoResponse,
) {
  return (req: AppRequest) => {
    const p = req.packet.payload;
    if (!isStreamRequest(p) || req.socket.proto !== 'tcp') return null;
    const reply: StreamReply = p.tls
      ? serveOverTls(req, p.tls, p.data, answer(req))
      : p.data === ''
        ? { kind: 'stream', data: '', close: false }
        : { kind: 'stream', data: GO_PLAIN_ON_TLS, close: true };
    return { payload: reply, len: 60 };
  };
}

registerApp(
  'tls',
  tlsApp((req) => (path, target, ua) => componentAnswer(req, path, target, ua)),
);
