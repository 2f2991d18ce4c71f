/**
 * BusyBox `netstat` (netstat.c, defconfig: -W and -p built in): sockets
 * from /proc/net/{tcp,tcp6,udp,udp6} in that order, "tcp"/"udp" for both
 * families, 23-column addresses (51 with -W), services by name unless -n,
 * a UNIX-socket section unless -t/-u/-w picked; -r is route's table with
 * the MSS/Window/irtt columns (route's own with -e).
 */
import { formatIPv4 } from '../../model/inet.js';
import type { Socket } from '../../model/types.js';
import type { Proc } from '../../shell/types.js';
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

function addrPort(p: Proc, s: Socket, numeric: boolean): string {
  let host: string;
  if (s.v6) host = '::';
  else host = numeric || s.addr === 0 ? formatIPv4(s.addr) : addrToHost(p, { family: 4, v4: s.addr });
  const port =
    s.port === 0 ? '*' : ((numeric ? undefined : serviceName(p, s.port, s.proto)) ?? String(s.port));
  return `${host}:${port}`;
}

/** PID/Program name as the process table inside the caller's PID namespace shows it. */
function programOf(p: Proc, s: Socket): string {
  const pod = podOfContext(p.ctx);
  if (pod) return s.pid === pod.c.pid ? `1/${s.process}` : '-';
  return `${s.pid}/${s.process}`;
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
    const socks = p.ctx.ns.sockets;
    const order = (proto: 'tcp' | 'udp', v6: boolean) =>
      socks.filter((s) => s.proto === proto && !!s.v6 === v6).sort((a, b) => a.port - b.port);
    const rows: Socket[] = [
      ...(tcp ? [...order('tcp', false), ...order('tcp', true)] : []),
      ...(udp ? [...order('udp', false), ...order('udp', true)] : []),
    ];
    for (const s of rows) {
      // every socket here is a server (TCP LISTEN, UDP unconnected)
      if (!listening) continue;
      const state = s.proto === 'tcp' ? 'LISTEN' : '';
      const local = addrPort(p, s, numeric);
      const remote = s.v6 ? ':::*' : '0.0.0.0:*';
      out += `${s.proto}   ${'0'.padStart(6)} ${'0'.padStart(6)} ${local.padEnd(width)} ${remote.padEnd(width)} ${state.padEnd(12)}`;
      if (prg) out += programOf(p, s).slice(0, 20);
      out += '\n';
    }
  }
  if (unix) {
    out += `Active UNIX domain sockets ${which}\nProto RefCnt Flags       Type       State         I-Node ${banner}Path\n`;
  }
  p.out(out);
  return 0;
}
