/**
 * netcat-openbsd 1.219 (Debian): connect (-z scans, port ranges, -v
 * messages with the service name from /etc/services), -w connect and idle
 * timeout, -q/-N after stdin's end, -u UDP, and -l/-k listeners.
 */
import { ERRNO_TEXT, udpSend } from '../../engines/apps/tcp-connect.js';
import { GAI_TEXT } from '../../engines/resolver/getaddrinfo.js';
import { parseIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { getopt, type OptDef } from '../getopt.js';
import { listen } from './nc-listen.js';
import { conversationEnd, serviceName, servicePort } from './nc-session.js';
import { connectTo, resolveName } from './net-client.js';

export const NC_USAGE = `usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
\t  [destination] [port]
`;

const HELP = `OpenBSD netcat (Debian patchlevel 1.219-1)
${NC_USAGE}\tCommand Summary:
\t\t-4\t\tUse IPv4
\t\t-6\t\tUse IPv6
\t\t-b\t\tAllow broadcast
\t\t-C\t\tSend CRLF as line-ending
\t\t-D\t\tEnable the debug socket option
\t\t-d\t\tDetach from stdin
\t\t-F\t\tPass socket fd
\t\t-h\t\tThis help text
\t\t-I length\tTCP receive buffer length
\t\t-i interval\tDelay interval for lines sent, ports scanned
\t\t-k\t\tKeep inbound sockets open for multiple connects
\t\t-l\t\tListen mode, for inbound connects
\t\t-M ttl\t\tOutgoing TTL / Hop Limit
\t\t-m minttl\tMinimum incoming TTL / Hop Limit
\t\t-N\t\tShutdown the network socket after EOF on stdin
\t\t-n\t\tSuppress name/port resolutions
\t\t-O length\tTCP send buffer length
\t\t-P proxyuser\tUsername for proxy authentication
\t\t-p port\t\tSpecify local port for remote connects
\t\t-q secs\t\tquit after EOF on stdin and delay of secs
\t\t-r\t\tRandomize remote ports
\t\t-S\t\tEnable the TCP MD5 signature option
\t\t-s sourceaddr\tLocal source address
\t\t-T keyword\tTOS value
\t\t-t\t\tAnswer TELNET negotiation
\t\t-U\t\tUse UNIX domain socket
\t\t-u\t\tUDP mode
\t\t-V rtable\tSpecify alternate routing table
\t\t-v\t\tVerbose
\t\t-W recvlimit\tTerminate after receiving a number of packets
\t\t-w timeout\tTimeout for connects and final net reads
\t\t-X proto\tProxy protocol: "4", "5" (SOCKS) or "connect"
\t\t-x addr[:port]\tSpecify proxy address and port
\t\t-Z\t\tDCCP mode
\t\t-z\t\tZero-I/O mode [used for scanning]
\tPort numbers can be individual or ranges: lo-hi [inclusive]
`;

const DEFS: OptDef[] = [
  ...'46bCDdFhklNnrStUuvZz'.split('').map((c): OptDef => ({ key: c, short: c })),
  ...'IiMmOPpqsTVWwXx'.split('').map((c): OptDef => ({ key: c, short: c, arg: 'required' })),
];

const MODELLED = new Set(['4', 'h', 'k', 'l', 'N', 'n', 'u', 'v', 'z', 'p', 'q', 'w', 'C', 'd']);

interface Opts {
  zero: boolean;
  verbose: boolean;
  udp: boolean;
  listen: boolean;
  keep: boolean;
  shutdownEof: boolean;
  crlf: boolean;
  detach: boolean;
  waitMs?: number;
  quitMs?: number;
  localPort?: string;
  args: string[];
}

function parse(p: Proc): Opts {
  const r = getopt('nc', p.argv.slice(1), DEFS);
  if (!r.ok) return fail(`${r.error}\n${NC_USAGE}`, 1);
  const o: Opts = {
    zero: false,
    verbose: false,
    udp: false,
    listen: false,
    keep: false,
    shutdownEof: false,
    crlf: false,
    detach: false,
    args: r.operands,
  };
  for (const x of r.opts) {
    if (!MODELLED.has(x.key)) fail(`nc: option ${x.name} is not supported by knetlab\n`, 1);
    const v = x.value ?? '';
    switch (x.key) {
      case 'h':
        fail(HELP, 1);
        break;
      case 'z':
        o.zero = true;
        break;
      case 'v':
        o.verbose = true;
        break;
      case 'u':
        o.udp = true;
        break;
      case 'l':
        o.listen = true;
        break;
      case 'k':
        o.keep = true;
        break;
      case 'N':
        o.shutdownEof = true;
        break;
      case 'C':
        o.crlf = true;
        break;
      case 'd':
        o.detach = true;
        break;
      case 'w':
        if (!/^\d+$/.test(v)) fail(`nc: timeout invalid: ${v}\n`, 1);
        o.waitMs = Number(v) * 1000;
        break;
      case 'q':
        if (!/^-?\d+$/.test(v)) fail(`nc: quit timer invalid: ${v}\n`, 1);
        if (Number(v) >= 0) o.quitMs = Number(v) * 1000;
        break;
      case 'p':
        o.localPort = v;
        break;
      default:
        break;
    }
  }
  return o;
}

function portOf(p: Proc, s: string, proto: 'tcp' | 'udp', numericOnly: boolean): number {
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    if (n > 65535) fail(`nc: port number too large: ${s}\n`, 1);
    if (n < 1) fail(`nc: port number invalid: ${s}\n`, 1);
    return n;
  }
  const byName = numericOnly ? null : servicePort(p, s, proto);
  if (byName === null) fail(`nc: port number invalid: ${s}\n`, 1);
  return byName;
}

function ports(p: Proc, spec: string, proto: 'tcp' | 'udp'): number[] {
  const m = /^(\d+)-(\d+)$/.exec(spec);
  if (!m) return [portOf(p, spec, proto, false)];
  const lo = portOf(p, m[1] as string, proto, true);
  const hi = portOf(p, m[2] as string, proto, true);
  const out: number[] = [];
  for (let i = Math.min(lo, hi); i <= Math.max(lo, hi); i++) out.push(i);
  return out;
}

function runListen(p: Proc, o: Opts): number {
  const portText = o.localPort ?? o.args[o.args.length - 1];
  if (portText === undefined) return fail('nc: missing port number\n', 1);
  const port = portOf(p, portText, o.udp ? 'udp' : 'tcp', false);
  const bindTo = o.localPort !== undefined ? o.args[0] : o.args.length > 1 ? o.args[0] : undefined;
  const addr = bindTo !== undefined ? (parseIPv4(bindTo) ?? 0) : 0;
  const r = listen(p, {
    proto: o.udp ? 'udp' : 'tcp',
    port,
    addr,
    keep: o.keep,
    closeAfter: o.shutdownEof || (o.quitMs !== undefined && o.quitMs === 0),
    argv: p.argv,
  });
  if (!r.ok) return fail('nc: Address already in use\n', 1);
  if (o.verbose && !r.respawn) p.err(`Listening on ${bindTo ?? '0.0.0.0'} ${port}\n`);
  if (p.interactive && !r.respawn)
    p.err(
      `knetlab: nc keeps listening on ${o.udp ? 'udp' : 'tcp'}/${port} in the background (pid ${r.pid})\n`,
    );
  return 0;
}

export function runOpenbsdNc(p: Proc): number {
  const o = parse(p);
  if (o.listen) return runListen(p, o);
  if (o.args.length === 0) return fail(NC_USAGE, 1);
  const host = o.args[0] as string;
  if (o.args.length < 2) return fail('nc: missing port number\n', 1);
  const proto = o.udp ? 'udp' : 'tcp';
  const list = ports(p, o.args[1] as string, proto);
  const res = resolveName(p, host, 4);
  if (!res.ok) return fail(`nc: getaddrinfo for host "${host}" port ${list[0]}: ${GAI_TEXT[res.error]}\n`, 1);
  const stdin = o.detach ? '' : o.crlf ? p.stdin.replace(/\r?\n/g, '\r\n') : p.stdin;
  let ok = false;
  let t = 0;
  let exit = 0;
  for (const port of list) {
    const svc = serviceName(p, port, proto) ?? '*';
    if (o.udp) {
      const dst = parseIPv4(res.addrs[0] as string) ?? 0;
      if (o.zero) {
        // udptest: a probe datagram; only an ICMP error tells a closed port
        const r = udpSend(p.ctx.world, p.ctx.ns, dst, port, 'X');
        if (r.kind === 'refused' || r.kind === 'failed') continue;
        ok = true;
        if (o.verbose) p.err(`Connection to ${host} ${port} port [udp/${svc}] succeeded!\n`);
        continue;
      }
      // a UDP "connection" always succeeds; what comes back depends on the far end
      ok = true;
      if (o.verbose) p.err(`Connection to ${host} ${port} port [udp/${svc}] succeeded!\n`);
      if (stdin !== '') {
        const r = udpSend(p.ctx.world, p.ctx.ns, dst, port, stdin);
        if (r.kind === 'reply') p.out(r.data);
      }
      if (o.waitMs !== undefined) t += o.waitMs;
      else {
        p.err('knetlab: nc would wait for datagrams forever here; stopped\n');
        exit = 130;
      }
      break;
    }
    for (const addr of res.addrs) {
      const r = connectTo(
        p,
        addr,
        port,
        o.zero ? '' : stdin,
        o.waitMs !== undefined ? { timeoutMs: o.waitMs } : {},
      );
      if (r.kind === 'timeout') {
        t += r.ms;
        if (o.verbose)
          p.err(
            r.kernel && o.waitMs === undefined
              ? `nc: connect to ${host} port ${port} (${proto}) failed: ${ERRNO_TEXT.ETIMEDOUT}\n`
              : `nc: connect to ${host} port ${port} (${proto}) timed out: Operation now in progress\n`,
          );
        continue;
      }
      if (r.kind === 'failed') {
        t += r.ms;
        if (o.verbose)
          p.err(`nc: connect to ${host} port ${port} (${proto}) failed: ${ERRNO_TEXT[r.errno]}\n`);
        continue;
      }
      ok = true;
      t += r.connectMs;
      if (o.verbose) p.err(`Connection to ${host} ${port} port [${proto}/${svc}] succeeded!\n`);
      if (!o.zero) {
        p.out(r.reply?.data ?? '');
        const end = conversationEnd(p, r.reply, r.rttMs, {
          ...(o.waitMs !== undefined ? { idleMs: o.waitMs } : {}),
          ...(o.quitMs !== undefined ? { quitMs: o.quitMs } : {}),
          halfClose: o.shutdownEof,
        });
        t += end.ms;
        exit = end.exit;
      }
      break;
    }
  }
  if (t > 0) p.elapse(Math.round(t));
  if (exit !== 0) return exit;
  return ok ? 0 : 1;
}
