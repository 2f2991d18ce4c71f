/**
 * The glibc stub resolver: which names res_nsearch tries, in which order,
 * for every ndots/search/trailing-dot combination, and what getaddrinfo and
 * gethostbyname2 make of the answers (search order after glibc
 * resolv/res_query.c; results checked against the golden dns cases).
 */
import { describe, expect, it } from 'vitest';
import { QT } from '../../../src/engines/dns/message.js';
import { getaddrinfo, gethostbyname2, resEnvOf } from '../../../src/engines/resolver/getaddrinfo.js';
import { resSearch } from '../../../src/engines/resolver/res-search.js';
import { parseResolvConf } from '../../../src/engines/resolver/resolv-conf.js';
import { formatIPv4 } from '../../../src/model/inet.js';
import { caseSession } from '../../helpers.js';

const HEADER = [
  'eth0: 192.168.1.10/24',
  'lan-hosts: 192.168.1.1 192.168.1.20 192.168.1.30',
  'dns-server: 192.168.1.100',
  'dns-record: A web.mycompany.com 192.168.1.20',
  'dns-record: AAAA web.mycompany.com fd00::20',
  'dns-record: A api.prod.mycompany.com 192.168.1.30',
  'dns-record: A web.prod.mycompany.com 192.168.1.31',
  'dns-record: CNAME www.mycompany.com web.mycompany.com',
  'resolv.conf: nameserver 192.168.1.100',
  'resolv.conf: search mycompany.com prod.mycompany.com',
];

function envWith(resolv: string) {
  const s = caseSession(HEADER);
  s.exec(`printf '${resolv.replace(/\n/g, '\\n')}' > /etc/resolv.conf`);
  const ctx = s.frame.ctx;
  return { world: ctx.world, ns: ctx.ns, fs: ctx.fs };
}

const BASE = 'nameserver 192.168.1.100\nsearch mycompany.com prod.mycompany.com\n';

const ORDER: Array<{ name: string; resolv: string; q: string; tried: string[]; ok: boolean }> = [
  {
    name: 'no dot: search domains first, the bare name last',
    resolv: BASE,
    q: 'nothere',
    tried: ['nothere.mycompany.com.', 'nothere.prod.mycompany.com.', 'nothere.'],
    ok: false,
  },
  {
    name: 'NXDOMAIN moves on to the next search domain',
    resolv: BASE,
    q: 'api',
    tried: ['api.mycompany.com.', 'api.prod.mycompany.com.'],
    ok: true,
  },
  {
    name: 'dots >= ndots: as-is first, then the search list',
    resolv: BASE,
    q: 'web.prod',
    tried: ['web.prod.', 'web.prod.mycompany.com.'],
    ok: true,
  },
  {
    name: 'ndots:2 puts the search list first for one dot',
    resolv: `${BASE}options ndots:2\n`,
    q: 'web.prod',
    tried: ['web.prod.mycompany.com.'],
    ok: true,
  },
  { name: 'a trailing dot disables the search', resolv: BASE, q: 'api.', tried: ['api.'], ok: false },
  {
    name: 'ndots:0 asks the name as-is first',
    resolv: `${BASE}options ndots:0\n`,
    q: 'api',
    tried: ['api.', 'api.mycompany.com.', 'api.prod.mycompany.com.'],
    ok: true,
  },
  {
    name: 'the last of domain/search wins',
    resolv: 'search nope.test\ndomain prod.mycompany.com\nnameserver 192.168.1.100\n',
    q: 'api',
    tried: ['api.prod.mycompany.com.'],
    ok: true,
  },
  {
    name: 'no search list: the name alone',
    resolv: 'nameserver 192.168.1.100\n',
    q: 'api',
    tried: ['api.'],
    ok: false,
  },
  {
    name: 'a refused server stops the search at once',
    resolv: 'nameserver 192.168.1.1\nsearch mycompany.com prod.mycompany.com\n',
    q: 'api',
    tried: ['api.mycompany.com.'],
    ok: false,
  },
];

describe('res_nsearch order', () => {
  for (const c of ORDER)
    it(c.name, () => {
      const r = resSearch(resEnvOf(envWith(c.resolv)), c.q, [QT.A]);
      expect(r.tried).toEqual(c.tried);
      expect(r.ok).toBe(c.ok);
    });
});

describe('getaddrinfo and gethostbyname2', () => {
  it('getaddrinfo follows the search list and returns the canonical name', () => {
    const r = getaddrinfo(envWith(BASE), 'api', 0);
    expect(r.ok && r.canonical).toBe('api.prod.mycompany.com');
    expect(r.ok && r.addrs.map((a) => formatIPv4(a.v4 as number))).toEqual(['192.168.1.30']);
  });

  it('/etc/hosts before DNS ("hosts: files dns")', () => {
    const env = envWith(BASE);
    env.fs.writeFile('/etc/hosts', '10.0.0.99 web.mycompany.com\n');
    const r = getaddrinfo(env, 'web.mycompany.com', 4);
    expect(r.ok && formatIPv4(r.addrs[0]?.v4 as number)).toBe('10.0.0.99');
  });

  it('"hosts: dns files" asks DNS first', () => {
    const env = envWith(BASE);
    env.fs.writeFile('/etc/hosts', '10.0.0.99 web.mycompany.com\n');
    env.fs.writeFile('/etc/nsswitch.conf', 'hosts: dns files\n');
    const r = getaddrinfo(env, 'web.mycompany.com', 4);
    expect(r.ok && formatIPv4(r.addrs[0]?.v4 as number)).toBe('192.168.1.20');
  });

  it('[NOTFOUND=return] stops after files', () => {
    const env = envWith(BASE);
    env.fs.writeFile('/etc/nsswitch.conf', 'hosts: files [NOTFOUND=return] dns\n');
    expect(getaddrinfo(env, 'web.mycompany.com', 0)).toEqual({ ok: false, error: 'EAI_NONAME' });
  });

  it('gethostbyname2(AF_INET6) finds the DNS AAAA while /etc/hosts only has IPv4 (getent hosts)', () => {
    const env = envWith(BASE);
    env.fs.writeFile('/etc/hosts', '192.168.1.20 web\n');
    const r = gethostbyname2(env, 'web', 6);
    expect(r.ok && r.host.name).toBe('web.mycompany.com');
  });

  it('CNAME owners become aliases', () => {
    const r = gethostbyname2(envWith(BASE), 'www.mycompany.com', 4);
    expect(r.ok && [r.host.name, ...r.host.aliases]).toEqual(['web.mycompany.com', 'www.mycompany.com']);
  });

  it('errors: NXDOMAIN is EAI_NONAME, a dead server EAI_AGAIN', () => {
    expect(getaddrinfo(envWith(BASE), 'nothere', 0)).toEqual({ ok: false, error: 'EAI_NONAME' });
    expect(getaddrinfo(envWith('nameserver 192.168.1.1\n'), 'web', 0)).toEqual({
      ok: false,
      error: 'EAI_AGAIN',
    });
  });
});

describe('resolv.conf', () => {
  it('keeps three nameservers, clamps options, falls back to the loopback', () => {
    const c = parseResolvConf(
      'nameserver 10.0.0.1\nnameserver 10.0.0.2\nnameserver ::1\nnameserver 10.0.0.4\noptions ndots:20 timeout:99 attempts:9 rotate edns0\n',
    );
    expect(c.nameservers.map((n) => n.text)).toEqual(['10.0.0.1', '10.0.0.2', '::1']);
    expect([c.ndots, c.timeout, c.attempts, c.rotate, c.edns0]).toEqual([15, 30, 5, true, true]);
    expect(parseResolvConf('# nothing\n').nameservers.map((n) => n.text)).toEqual(['127.0.0.1']);
    expect(parseResolvConf('', 'node1.example.org').search).toEqual(['example.org']);
  });
});
