/**
 * connect() over the data plane: the kernel's SYN retransmissions (each
 * one counted by netfilter), ICMP errors as errno values, banners, and the
 * segments after the handshake that ESTABLISHED rules count.
 */
import { describe, expect, it } from 'vitest';
import { KERNEL_CONNECT_MS, tcpConnect } from '../../../src/engines/apps/tcp-connect.js';
import { parseIPv4 } from '../../../src/model/inet.js';
import { netnsByName } from '../../../src/model/world.js';
import type { Session } from '../../../src/session.js';
import { lab, run, serve } from '../../commands/http/http-helpers.js';

const DB = parseIPv4('172.31.5.20') as number;

function web(s: Session) {
  const ns = netnsByName(s.world, s.frame.ctx.host, 'web');
  if (!ns) throw new Error('no netns');
  return ns;
}

function counters(s: Session): string {
  return run(s, 'iptables -nvxL FORWARD')
    .out.split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/).slice(0, 2).join('/'))
    .join(' ');
}

describe('tcpConnect', () => {
  it('SYNs are retransmitted at 1, 3, 7 ... s until the deadline', () => {
    for (const [timeout, syns] of [
      [1000, 1],
      [2000, 2],
      [5000, 3],
      [10_000, 4],
    ] as const) {
      const s = lab();
      run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
      const r = tcpConnect(s.world, web(s), { dst: DB, port: 81, data: '', timeoutMs: timeout });
      expect(r).toEqual({ kind: 'timeout', ms: timeout, kernel: false });
      expect(counters(s)).toBe(`${syns}/${syns * 60}`);
    }
  });

  it('without a deadline the kernel gives up after 127 s', () => {
    const s = lab();
    run(s, 'iptables -A FORWARD -p tcp --dport 81 -j DROP');
    expect(tcpConnect(s.world, web(s), { dst: DB, port: 81, data: '' })).toEqual({
      kind: 'timeout',
      ms: KERNEL_CONNECT_MS,
      kernel: true,
    });
    expect(counters(s)).toBe('7/420');
  });

  it('ICMP errors become errno values', () => {
    const cases: Array<[string, string]> = [
      ['', 'ECONNREFUSED'],
      ['--reject-with tcp-reset', 'ECONNREFUSED'],
      ['--reject-with icmp-host-prohibited', 'EHOSTUNREACH'],
      ['--reject-with icmp-net-unreachable', 'ENETUNREACH'],
      ['--reject-with icmp-port-unreachable', 'ECONNREFUSED'],
    ];
    for (const [how, errno] of cases) {
      const s = lab();
      serve(s, 'db', { port: 80, app: 'http', config: { body: 'ok' } });
      run(s, `iptables -A FORWARD -p tcp --dport 80 -j REJECT ${how}`);
      const r = tcpConnect(s.world, web(s), { dst: DB, port: 80, data: '' });
      expect(r.kind === 'failed' && r.errno).toBe(errno);
    }
  });

  it('a scan adds the handshake ACK and the close to ESTABLISHED counters', () => {
    const s = lab();
    serve(s, 'db', {
      port: 80,
      app: 'http',
      process: 'nginx',
      config: { server: 'nginx/1.27.3', body: 'x' },
    });
    run(s, 'ip netns exec db iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT');
    run(s, 'ip netns exec db iptables -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT');
    // nc -z: connect, then close (captured: 1 NEW packet of 60 bytes, 3 ESTABLISHED of 52)
    const r = tcpConnect(s.world, web(s), { dst: DB, port: 80, data: '' });
    expect(r.kind).toBe('connected');
    const lines = run(s, 'ip netns exec db iptables -nvxL INPUT').out.split('\n').slice(2, 4);
    expect(lines.map((l) => l.trim().split(/\s+/).slice(0, 2).join('/'))).toEqual(['1/60', '3/156']);
  });
});

describe('tcp-banner', () => {
  it('sshd sends its banner, and rejects a bad identification', () => {
    const s = lab();
    const banner = 'SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.13\r\n';
    serve(s, 'db', { port: 22, app: 'tcp-banner', process: 'sshd', config: { banner } });
    const quiet = tcpConnect(s.world, web(s), { dst: DB, port: 22, data: '' });
    expect(quiet.kind === 'connected' && quiet.reply).toEqual({
      kind: 'stream',
      data: banner,
      close: false,
      idleCloseMs: 120_000,
    });
    const bad = tcpConnect(s.world, web(s), { dst: DB, port: 22, data: 'hello\n' });
    expect(bad.kind === 'connected' && bad.reply).toEqual({
      kind: 'stream',
      data: `${banner}Invalid SSH identification string.\r\n`,
      close: true,
    });
  });

  it('redis answers PING and hangs up on HTTP', () => {
    const s = lab();
    serve(s, 'db', {
      port: 6379,
      app: 'tcp-banner',
      process: 'redis-server',
      config: { banner: '-ERR unknown command\r\n' },
    });
    const ping = tcpConnect(s.world, web(s), { dst: DB, port: 6379, data: 'PING\r\n' });
    expect(ping.kind === 'connected' && ping.reply?.data).toBe('+PONG\r\n');
    const http = tcpConnect(s.world, web(s), {
      dst: DB,
      port: 6379,
      data: 'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
    });
    expect(http.kind === 'connected' && http.reply).toEqual({
      kind: 'stream',
      data: '-ERR unknown command\r\n',
      close: true,
    });
  });
});
