/**
 * The TCP and UDP sockets of a network namespace as the kernel's socket
 * tables hold them, for `ss` (sock_diag), `netstat` (/proc/net/tcp, tcp6,
 * udp, udp6) and BusyBox netstat: listening and unconnected sockets from
 * `ns.sockets`, long-lived established connections from the connection
 * model (model/connections.ts).
 *
 * Order. The kernel dumps each table per family (IPv4, then IPv6), and
 * within a family the listening hash before the established hash; both
 * hashes are keyed with a per-boot secret, so a real listing looks
 * shuffled and changes from boot to boot. We keep the kernel's structure
 * and replace each hash order by a deterministic one: listeners sorted by
 * port (ties in the order they were opened), then established sockets in
 * the order they were made. IPv6 sockets (dual-stack listeners, and the
 * sockets they accepted from IPv4 peers) come after all IPv4 ones, as in
 * the kernel.
 *
 * File descriptors. A connection names the fd its owner holds it on; when
 * several of one process name the same fd (the API server's 64 channels to
 * etcd all say 7) each takes the next free one (7, 8, ... 70). Listeners
 * record none: they take the lowest fds still free from 3, in the order
 * they were opened.
 */
import { type Connection, connectionsOf } from '../../model/connections.js';
import { sysctlGet } from '../../model/sysctl.js';
import type { Netns, Socket } from '../../model/types.js';
import { liveProcesses } from '../../model/world.js';
import type { Proc } from '../../shell/types.js';
import { commOf, podOfContext } from '../proc/procs.js';

export type SockState = 'LISTEN' | 'ESTAB' | 'UNCONN';

export interface SockRow {
  proto: 'tcp' | 'udp';
  /** An AF_INET6 socket: a dual-stack listener, or a socket it accepted from an IPv4 peer (::ffff:a.b.c.d). */
  v6: boolean;
  state: SockState;
  /** IPv4 address (an IPv6 socket's IPv4-mapped address); 0 is the wildcard (0.0.0.0 or ::). */
  laddr: number;
  lport: number;
  raddr: number;
  rport: number;
  recvQ: number;
  /** The listen backlog for a listener, else bytes not yet acknowledged. */
  sendQ: number;
  pid: number;
  process: string;
  fd: number;
}

/** The listen backlog: somaxconn (4096 on these kernels) caps what Go and most daemons ask for. */
const BACKLOG = 4096;

function byPort(a: Socket, b: Socket): number {
  return a.port - b.port;
}

/** Every TCP and UDP socket of the namespace, grouped and ordered as described in the header. */
export function socketRows(ns: Netns): SockRow[] {
  const conns = connectionsOf(ns);
  const fds = assignFds(ns.sockets, conns);
  const listener = (s: Socket): SockRow => ({
    proto: s.proto,
    v6: s.v6 === true,
    state: s.proto === 'tcp' ? 'LISTEN' : 'UNCONN',
    laddr: s.addr,
    lport: s.port,
    raddr: 0,
    rport: 0,
    recvQ: 0,
    sendQ: s.proto === 'tcp' ? (typeof s.config?.backlog === 'number' ? s.config.backlog : BACKLOG) : 0,
    pid: s.pid,
    process: s.process,
    fd: fds.get(s) ?? 3,
  });
  const conn = (c: Connection): SockRow => ({
    proto: c.proto,
    v6: c.v6 === true,
    state: 'ESTAB',
    laddr: c.laddr,
    lport: c.lport,
    raddr: c.raddr,
    rport: c.rport,
    recvQ: 0,
    sendQ: 0,
    pid: c.pid,
    process: c.process,
    fd: fds.get(c) ?? c.fd,
  });
  const rows: SockRow[] = [];
  for (const proto of ['tcp', 'udp'] as const)
    for (const v6 of [false, true]) {
      const ls = ns.sockets.filter((s) => s.proto === proto && (s.v6 === true) === v6).sort(byPort);
      rows.push(...ls.map(listener));
      rows.push(...conns.filter((c) => c.proto === proto && (c.v6 === true) === v6).map(conn));
    }
  return rows;
}

function assignFds(socks: Socket[], conns: Connection[]): Map<Socket | Connection, number> {
  const used = new Map<number, Set<number>>();
  const take = (pid: number, from: number): number => {
    let set = used.get(pid);
    if (!set) {
      set = new Set();
      used.set(pid, set);
    }
    let fd = from;
    while (set.has(fd)) fd++;
    set.add(fd);
    return fd;
  };
  const out = new Map<Socket | Connection, number>();
  for (const c of conns) out.set(c, take(c.pid, Math.max(3, c.fd)));
  for (const s of socks) out.set(s, take(s.pid, 3));
  return out;
}

export interface SockOwner {
  /** The pid as the caller's PID namespace numbers it. */
  pid: number;
  /** /proc/PID/stat's comm (15 characters). */
  comm: string;
  /** What net-tools takes from /proc/PID/cmdline: argv[0]'s base name when it is a path, else the whole title. */
  cmdName: string;
  /** Login name of the owner (as the process table records it). */
  user: string;
}

/**
 * The process that owns a socket, as /proc shows it to the caller: on a
 * node every process; inside a pod only the container's main process, as
 * PID 1 (null when the owner is out of sight).
 */
export function socketOwner(p: Proc, row: Pick<SockRow, 'pid' | 'process'>): SockOwner | null {
  const pod = podOfContext(p.ctx);
  if (pod && row.pid !== pod.c.pid) return null;
  const proc = liveProcesses(p.ctx.world, p.ctx.host).find((x) => x.pid === row.pid);
  const pid = pod ? 1 : row.pid;
  if (!proc) return { pid, comm: row.process.slice(0, 15), cmdName: row.process, user: 'root' };
  return { pid, comm: commOf(proc.command), cmdName: cmdlineName(proc.command), user: proc.user };
}

/**
 * net-tools' reading of /proc/PID/cmdline: argv[0] up to its first NUL,
 * cut after the last '/' when it starts with one. A process that rewrote
 * its title ("sshd: /usr/sbin/sshd -D ...") has spaces, not NULs.
 */
function cmdlineName(command: string): string {
  const text = command.trim();
  const first = text.split(/\s+/)[0] ?? '';
  const retitled = first.endsWith(':');
  const buf = retitled ? text : first;
  return buf.startsWith('/') ? buf.slice(buf.lastIndexOf('/') + 1) : buf;
}

interface ServiceEntry {
  name: string;
  port: number;
  proto: string;
  aliases: string[];
}

/** /etc/services as the caller sees it (getservbyport/getservbyname read it in order). */
export function servicesOf(p: Proc): ServiceEntry[] {
  let text = '';
  try {
    text = p.ctx.fs.readFile('/etc/services');
  } catch {
    return [];
  }
  const out: ServiceEntry[] = [];
  for (const raw of text.split('\n')) {
    const f = raw.replace(/#.*/, '').trim().split(/\s+/);
    const m = /^(\d+)\/(\S+)$/.exec(f[1] ?? '');
    if (!f[0] || !m) continue;
    out.push({ name: f[0], port: Number(m[1]), proto: m[2] as string, aliases: f.slice(2) });
  }
  return out;
}

/** getservbyport(port, proto): the first name, or null. */
export function serviceName(services: ServiceEntry[], port: number, proto: string): string | null {
  return services.find((s) => s.port === port && s.proto === proto)?.name ?? null;
}

/** getservbyname(name, proto): the port of a name or alias, or null. */
export function servicePort(services: ServiceEntry[], name: string, proto: string): number | null {
  return (
    services.find((s) => s.proto === proto && (s.name === name || s.aliases.includes(name)))?.port ?? null
  );
}

/** net.ipv4.ip_local_port_range of the caller's namespace. */
export function ephemeralRange(p: Proc): [number, number] {
  const v = sysctlGet(p.ctx.world, p.ctx.ns, 'net.ipv4.ip_local_port_range') ?? '';
  const m = /^\s*(\d+)\s+(\d+)/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : [1024, 4999];
}

/**
 * The socket's inode number (lsof's DEVICE column). The kernel numbers
 * sockets from a counter no model tracks; this is a stable stand-in, the
 * same for a socket as long as it exists: FNV-1a over its namespace and
 * addresses, in the six-digit range a booted node shows.
 */
export function socketInode(ns: Netns, r: SockRow): number {
  const key = `${ns.uid}/${r.proto}/${r.v6 ? 6 : 4}/${r.laddr}:${r.lport}/${r.raddr}:${r.rport}/${r.pid}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 100000 + (h % 900000);
}
