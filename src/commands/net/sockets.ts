/** Listening sockets as `netstat -tulnp` and `ss -tulnp` show them. */
import { formatIPv4 } from '../../model/inet.js';
import type { Socket } from '../../model/types.js';
import type { CommandDef, Proc } from '../../shell/types.js';

export interface SocketQuery {
  tcp: boolean;
  udp: boolean;
  listening: boolean;
  all: boolean;
  program: boolean;
  numeric: boolean;
  style: 'netstat' | 'ss';
}

function selected(p: Proc, q: SocketQuery): Socket[] {
  const both = !q.tcp && !q.udp;
  return p.ctx.ns.sockets
    .filter((s) => (both || (s.proto === 'tcp' ? q.tcp : q.udp)) && (q.listening || q.all ? true : !s.listen))
    .sort((a, b) => (a.proto === b.proto ? 0 : a.proto === 'tcp' ? -1 : 1) || a.port - b.port);
}

function serviceName(p: Proc, port: number, proto: string): string {
  let text = '';
  try {
    text = p.ctx.fs.readFile('/etc/services');
  } catch {
    return String(port);
  }
  const re = new RegExp(`^(\\S+)\\s+${port}/${proto}\\b`, 'm');
  return re.exec(text)?.[1] ?? String(port);
}

export function printSockets(p: Proc, q: SocketQuery): number {
  const socks = selected(p, q);
  if (q.style === 'netstat') {
    let out = q.all
      ? 'Active Internet connections (servers and established)\n'
      : q.listening
        ? 'Active Internet connections (only servers)\n'
        : 'Active Internet connections (w/o servers)\n';
    out += `Proto Recv-Q Send-Q Local Address           Foreign Address         State      ${q.program ? ' PID/Program name    ' : ''}\n`;
    for (const s of socks) {
      const v6 = s.v6 === true;
      const proto = `${s.proto}${v6 ? '6' : ''}`;
      const port = q.numeric ? String(s.port) : serviceName(p, s.port, s.proto);
      const local = v6 ? `:::${port}` : `${s.addr === 0 ? '0.0.0.0' : formatIPv4(s.addr)}:${port}`;
      const foreign = v6 ? ':::*' : '0.0.0.0:*';
      const state = s.proto === 'tcp' ? 'LISTEN' : '';
      out += `${proto.padEnd(5)} ${'0'.padStart(6)} ${'0'.padStart(6)} ${local.padEnd(23)} ${foreign.padEnd(23)} ${state.padEnd(11)}${q.program ? ` ${`${s.pid}/${s.process}`.padEnd(19)} ` : ''}\n`;
    }
    p.out(out);
    return 0;
  }
  const rows = socks.map((s) => {
    const port = q.numeric ? String(s.port) : serviceName(p, s.port, s.proto);
    return {
      netid: s.proto,
      state: s.proto === 'tcp' ? 'LISTEN' : 'UNCONN',
      sendq: s.proto === 'tcp' ? '4096' : '0',
      laddr: s.v6 ? '*' : s.addr === 0 ? '0.0.0.0' : formatIPv4(s.addr),
      lport: port,
      paddr: s.v6 ? '*' : '0.0.0.0',
      proc: q.program ? `users:(("${s.process}",pid=${s.pid},fd=3))` : '',
    };
  });
  const showNetid = q.tcp && q.udp;
  const la = Math.max(13, ...rows.map((r) => r.laddr.length));
  const lp = Math.max(4, ...rows.map((r) => r.lport.length));
  const pa = Math.max(12, ...rows.map((r) => r.paddr.length));
  let out = `${showNetid ? 'Netid ' : ''}State  Recv-Q Send-Q ${'Local Address'.padStart(la)}:${'Port'.padEnd(lp)} ${'Peer Address'.padStart(pa)}:${'Port'.padEnd(4)}Process\n`;
  for (const r of rows) {
    out += `${showNetid ? `${r.netid.padEnd(5)} ` : ''}${r.state.padEnd(6)} ${'0'.padEnd(6)} ${r.sendq.padEnd(6)} ${r.laddr.padStart(la)}:${r.lport.padEnd(lp)} ${r.paddr.padStart(pa)}:${'*'.padEnd(4)}${r.proc}\n`;
  }
  p.out(out);
  return 0;
}

function runSs(p: Proc): number {
  const flags = new Set<string>();
  for (const a of p.argv.slice(1)) {
    if (a.startsWith('--')) {
      const map: Record<string, string> = {
        tcp: 't',
        udp: 'u',
        listening: 'l',
        processes: 'p',
        all: 'a',
        numeric: 'n',
      };
      const f = map[a.slice(2)];
      if (!f) {
        p.err(`ss: unrecognized option '${a}'\n`);
        return 1;
      }
      flags.add(f);
    } else if (a.startsWith('-')) for (const c of a.slice(1)) flags.add(c);
  }
  return printSockets(p, {
    tcp: flags.has('t'),
    udp: flags.has('u'),
    listening: flags.has('l'),
    all: flags.has('a'),
    program: flags.has('p'),
    numeric: flags.has('n'),
    style: 'ss',
  });
}

export const SS_COMMAND: CommandDef = { name: 'ss', path: '/usr/bin/ss', run: runSs };
