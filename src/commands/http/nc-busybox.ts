/**
 * BusyBox nc (nc_bloaty, netcat 1.10 compatible): "HOST (IP:PORT) open"
 * with -v, refusals shown only with -vv, "bad address", -w for connects
 * and for the final reads (twice, as its select loop does), -z, -u and
 * -l -p listeners. nc shuts its side down at stdin's end.
 */
import { ERRNO_TEXT, udpSend } from '../../engines/apps/tcp-connect.js';
import { parseIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { getopt, type OptDef } from '../getopt.js';
import { listen } from './nc-listen.js';
import { conversationEnd, servicePort } from './nc-session.js';
import { connectTo, resolveName } from './net-client.js';
import { BUSYBOX_BANNER } from './wget-busybox.js';

const USAGE = `${BUSYBOX_BANNER}
Usage: nc [OPTIONS] HOST PORT  - connect
nc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen

\t-e PROG\tRun PROG after connect (must be last)
\t-l\tListen mode, for inbound connects
\t-lk\tWith -e, provides persistent server
\t-p PORT\tLocal port
\t-s ADDR\tLocal address
\t-w SEC\tTimeout for connects and final net reads
\t-i SEC\tDelay interval for lines sent
\t-n\tDon't do DNS resolution
\t-u\tUDP mode
\t-v\tVerbose
\t-o FILE\tHex dump traffic
\t-z\tZero-I/O mode (scanning)
`;

const DEFS: OptDef[] = [
  ...'nuvlkz'.split('').map((c): OptDef => ({ key: c, short: c })),
  ...'psweio'.split('').map((c): OptDef => ({ key: c, short: c, arg: 'required' })),
];

function lookupPort(p: Proc, s: string, proto: 'tcp' | 'udp'): number {
  if (/^\d+$/.test(s) && Number(s) <= 65535) return Number(s);
  const n = servicePort(p, s, proto);
  if (n === null) return fail(`nc: bad port '${s}'\n`, 1);
  return n;
}

export function runBusyboxNc(p: Proc): number {
  const r = getopt('nc', p.argv.slice(1), DEFS, { posix: true });
  if (!r.ok) return fail(`${r.error}\n${USAGE}`, 1);
  let verbose = 0;
  let zero = false;
  let udp = false;
  let listening = 0;
  let waitMs: number | undefined;
  let localPort: string | undefined;
  for (const x of r.opts) {
    switch (x.key) {
      case 'v':
        verbose++;
        break;
      case 'z':
        zero = true;
        break;
      case 'u':
        udp = true;
        break;
      case 'l':
        listening++;
        break;
      case 'k':
        listening = 2;
        break;
      case 'n':
        break;
      case 'w':
        if (!/^\d+$/.test(x.value ?? '')) return fail(`nc: invalid number '${x.value}'\n`, 1);
        waitMs = Number(x.value) * 1000;
        break;
      case 'p':
        localPort = x.value;
        break;
      default:
        return fail(`nc: option ${x.name} is not supported by knetlab\n`, 1);
    }
  }
  const args = r.operands;
  if (args.length > 2) return fail(USAGE, 1);
  const proto = udp ? 'udp' : 'tcp';
  if (listening > 0) {
    if (localPort === undefined) return fail(USAGE, 1);
    const port = lookupPort(p, localPort, proto);
    const res = listen(p, { proto, port, addr: 0, keep: listening > 1, closeAfter: true, argv: p.argv });
    if (!res.ok) return fail('nc: bind: Address already in use\n', 1);
    if (verbose && !res.respawn) p.err(`listening on [::]:${port} ...\n`);
    if (p.interactive && !res.respawn)
      p.err(`knetlab: nc keeps listening on ${proto}/${port} in the background (pid ${res.pid})\n`);
    return 0;
  }
  if (args.length < 2) return fail(USAGE, 1);
  const host = args[0] as string;
  const port = lookupPort(p, args[1] as string, proto);
  const res = resolveName(p, host, 4);
  if (!res.ok) return fail(`nc: bad address '${host}'\n`, 1);
  const addr = res.addrs[0] as string;
  const dotted = `${addr}:${port}`;
  if (udp) {
    const dst = parseIPv4(addr) ?? 0;
    if (zero) {
      const u = udpSend(p.ctx.world, p.ctx.ns, dst, port, 'X');
      if (u.kind === 'refused' || u.kind === 'failed') {
        if (verbose > 1) p.err(`nc: ${host} (${dotted}): Connection refused\n`);
        return 1;
      }
      if (verbose) p.err(`${host} (${dotted}) open\n`);
      return 0;
    }
    if (verbose) p.err(`${host} (${dotted}) open\n`);
    if (p.stdin !== '') {
      const u = udpSend(p.ctx.world, p.ctx.ns, dst, port, p.stdin);
      if (u.kind === 'reply') p.out(u.data);
    }
    if (waitMs === undefined) {
      p.err('knetlab: nc would wait for datagrams forever here; stopped\n');
      return 130;
    }
    p.elapse(2 * waitMs);
    return 0;
  }
  const c = connectTo(p, addr, port, zero ? '' : p.stdin, waitMs !== undefined ? { timeoutMs: waitMs } : {});
  if (c.kind !== 'connected') {
    p.elapse(Math.round(c.ms));
    const errno = c.kind === 'failed' ? c.errno : 'ETIMEDOUT';
    if (verbose > 1 || (verbose && errno !== 'ECONNREFUSED'))
      p.err(`nc: ${host} (${dotted}): ${ERRNO_TEXT[errno]}\n`);
    return 1;
  }
  if (verbose) p.err(`${host} (${dotted}) open\n`);
  if (zero) {
    p.elapse(Math.round(c.connectMs));
    return 0;
  }
  p.out(c.reply?.data ?? '');
  const end = conversationEnd(p, c.reply, c.rttMs, {
    ...(waitMs !== undefined ? { idleMs: 2 * waitMs } : {}),
    halfClose: true,
  });
  p.elapse(Math.round(c.connectMs + end.ms));
  return end.exit;
}
