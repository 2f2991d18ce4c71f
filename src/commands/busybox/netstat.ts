/**
 * BusyBox `netstat` (netstat.c, defconfig: -W and -p built in): sockets
 * from /proc/net/{tcp,tcp6,udp,udp6} in that order (listeners, then
 * established connections: see net/sockets.ts), "tcp"/"udp" for both
 * families, a server being a TCP socket without a peer port or a UDP one
 * without a peer address; IPv6 sockets as inet_ntop prints them (`::`,
 * `::ffff:a.b.c.d`, never resolved), 23-column addresses (51 with -W),
 * services by name unless -n, a UNIX-socket section unless -t/-u/-w
 * picked; -r is route's table with the MSS/Window/irtt columns (route's own
 * with -e).
 */
import { formatIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { type SockRow, socketRows } from '../net/sockets.js';
import { podOfContext } from '../proc/procs.js';
import { bbGetopt, hasOpt, helpRequested, printHelp } from './applet.js';
import { addrToHost } from './resolve.js';
import { displayRoutes } from './route.js';
import { NETSTAT_USAGE } from './usage.js';

const SPEC = ['l', 'a', 'e', 'n', 't', 'u', 'w', 'x', 'r', 'W', 'p'].map((c) => ({ c }));

function serviceName(p: Proc, port: number, proto: string): string | undefined {
  let text = '';
  try {
    text = p.ctx.fs.readFile('/etc/services');
  } catch {
    return undefined;
  }
  const re = new RegExp(`^(\\S+)\\s+${port}/${proto}\\b`, 'm');
  return re.exec(text)?.[1];
}

function addrPort(p: Proc, r: SockRow, addr: number, port: number, numeric: boolean): string {
  let host: string;
  if (r.v6) host = addr === 0 ? '::' : `::ffff:${formatIPv4(addr)}`;
  else host = numeric || addr === 0 ? formatIPv4(addr) : addrToHost(p, { family: 4, v4: addr });
  const name = port === 0 ? '*' : ((numeric ? undefined : serviceName(p, port, r.proto)) ?? String(port));
  return `${host}:${name}`;
}

/** PID/Program name as the process table inside the caller's PID namespace shows it. */
function programOf(p: Proc, r: SockRow): string {
  const pod = podOfContext(p.ctx);
  if (pod) return r.pid === pod.c.pid ? `1/${r.process}` : '-';
  return `${r.pid}/${r.process}`;
}

export function runBusyboxNetstat(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'netstat', NETSTAT_USAGE);
  const g = bbGetopt('netstat', NETSTAT_USAGE, p.argv.slice(1), SPEC);
  let listening = false;
  let connected = true;
  if (hasOpt(g, 'l')) {
    connected = false;
    listening = true;
  }
  if (hasOpt(g, 'a')) listening = connected = true;
  const numeric = hasOpt(g, 'n');
  if (hasOpt(g, 'r')) {
    displayRoutes(p, numeric, !hasOpt(g, 'e'));
    return 0;
  }
  const width = hasOpt(g, 'W') ? 51 : 23;
  const prg = hasOpt(g, 'p');
  const banner = prg ? 'PID/Program name    ' : '';
  let tcp = hasOpt(g, 't');
  let udp = hasOpt(g, 'u');
  let raw = hasOpt(g, 'w');
  let unix = hasOpt(g, 'x');
  if (!tcp && !udp && !raw && !unix) tcp = udp = raw = unix = true;
  const which =
    listening && connected ? '(servers and established)' : listening ? '(only servers)' : '(w/o servers)';
  let out = '';
  if (tcp || udp || raw) {
    out += `Active Internet connections ${which}\nProto Recv-Q Send-Q ${'Local Address'.padEnd(width)} ${'Foreign Address'.padEnd(width)} State       ${banner}\n`;
    for (const r of socketRows(p.ctx.ns)) {
      if (r.proto === 'tcp' ? !tcp : !udp) continue;
      const server = r.proto === 'tcp' ? r.rport === 0 : r.raddr === 0;
      if (!(server ? listening : connected)) continue;
      const state = r.state === 'ESTAB' ? 'ESTABLISHED' : r.state === 'LISTEN' ? 'LISTEN' : '';
      const local = addrPort(p, r, r.laddr, r.lport, numeric);
      const remote = addrPort(p, r, r.raddr, r.rport, numeric);
      out += `${r.proto}   ${String(r.recvQ).padStart(6)} ${String(r.state === 'LISTEN' ? 0 : r.sendQ).padStart(6)} ${local.padEnd(width)} ${remote.padEnd(width)} ${state.padEnd(12)}`;
      if (prg) out += programOf(p, r).slice(0, 20);
      out += '\n';
    }
  }
  if (unix) {
    out += `Active UNIX domain sockets ${which}\nProto RefCnt Flags       Type       State         I-Node ${banner}Path\n`;
  }
  p.out(out);
  return 0;
}
