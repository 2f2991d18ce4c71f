/** Modern traceroute 2.1.2: TTL-limited UDP (or ICMP with -I) probes, three per hop. */
import { probe } from '../../engines/dataplane/icmp.js';
import { GAI_TEXT, getaddrinfo, getnameinfo, type ResolverEnv } from '../../engines/resolver/getaddrinfo.js';
import { lookupRoute } from '../../engines/router/lookup.js';
import { formatIPv4 } from '../../model/inet.js';
import { linkByName } from '../../model/world.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxTraceroute } from '../busybox/traceroute.js';
import { fail } from '../cli-error.js';
import { TRACEROUTE_USAGE } from './traceroute-usage.js';

const MARKS: Record<number, string> = { 0: '!N', 1: '!H', 2: '!P', 9: '!X', 10: '!X', 13: '!X' };

export function runTraceroute(p: Proc): number {
  const args = p.argv.slice(1);
  let numeric = false;
  let maxTtl = 30;
  let firstTtl = 1;
  let queries = 3;
  let icmp = false;
  let port = 33434;
  let iface: string | undefined;
  let waitMs = 5000;
  const operands: string[] = [];
  const withArg = new Set(['m', 'q', 'w', 'p', 'f', 'i', 's', 'N', 't', 'l', 'z', 'g', 'M', 'O']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--help') {
      p.err(TRACEROUTE_USAGE);
      return 0;
    }
    if (a === '-V' || a === '--version') {
      p.out(
        'Modern traceroute for Linux, version 2.1.2\nCopyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later\n',
      );
      return 0;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (withArg.has(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined)
          return fail(`Option \`-${c}' (argv ${i}) requires an argument: \`-${c} ${optName(c)}'\n`, 2);
        const n = Number(v.split(',')[0]);
        if (c === 'm') maxTtl = n;
        else if (c === 'q') queries = n;
        else if (c === 'w') waitMs = n * 1000;
        else if (c === 'p') port = n;
        else if (c === 'f') firstTtl = n;
        else if (c === 'i') iface = v;
        if ((c === 'm' || c === 'q' || c === 'f') && (!Number.isInteger(n) || n < 1))
          return fail(`Cannot handle \`-${c}' option with arg \`${v}' (argc ${i})\n`, 2);
        if (c === 'q' && n > 10) return fail('no more than 10 probes per hop\n', 2);
        if (c === 'm' && n > 255) return fail('max hops cannot be more than 255\n', 2);
        break;
      }
      if (c === 'n') numeric = true;
      else if (c === 'I') icmp = true;
      else if ('46dFTrAUDeUL'.includes(c)) {
        // accepted
      } else return fail(`Bad option \`-${c}' (argc ${i})\n`, 2);
    }
  }
  const host = operands[0];
  if (host === undefined) {
    p.err(TRACEROUTE_USAGE);
    return 0;
  }
  const env: ResolverEnv = { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs };
  const gai = getaddrinfo(env, host, 4);
  if (!gai.ok || !gai.addrs[0]) {
    p.err(
      `${host}: ${gai.ok ? GAI_TEXT.EAI_NODATA : GAI_TEXT[gai.error]}\nCannot handle "host" cmdline arg \`${host}' on position 1 (argc ${args.indexOf(host) + 1})\n`,
    );
    return 2;
  }
  const dst = gai.addrs[0].v4 as number;
  const oif = iface !== undefined ? linkByName(p.ctx.world, p.ctx.ns, iface) : undefined;
  const packetLen = icmp ? 60 : 60;
  p.out(`traceroute to ${host} (${formatIPv4(dst)}), ${maxTtl} hops max, ${packetLen} byte packets\n`);
  const d = lookupRoute(p.ctx.world, p.ctx.ns, dst, oif ? { oif: oif.uid } : {});
  if (d.kind === 'none') {
    p.err('connect: Network is unreachable\n');
    return 1;
  }
  const start = p.ctx.world.clock.now;
  let elapsed = 0;
  for (let ttl = firstTtl; ttl <= maxTtl; ttl++) {
    let line = `${String(ttl).padStart(2)} `;
    let lastFrom: number | undefined;
    let done = false;
    for (let q = 0; q < queries; q++) {
      p.ctx.world.clock.now = start + elapsed;
      const r = probe(p.ctx.world, p.ctx.ns, dst, {
        ttl,
        seq: (ttl - 1) * queries + q + 1,
        size: 32,
        ...(icmp ? {} : { udpPort: port + (ttl - 1) * queries + q }),
        ...(oif ? { oif } : {}),
      });
      if (r.kind === 'reply' || r.kind === 'icmp-error') {
        if (r.ms > waitMs) {
          line += ' *';
          elapsed += waitMs / 3;
          continue;
        }
        if (r.from !== lastFrom) {
          const name = numeric ? null : getnameinfo(env, r.from);
          line += numeric
            ? ` ${formatIPv4(r.from)}`
            : ` ${name ?? formatIPv4(r.from)} (${formatIPv4(r.from)})`;
          lastFrom = r.from;
        }
        line += `  ${r.ms.toFixed(3)} ms`;
        elapsed += r.ms;
        if (r.kind === 'reply') done = true;
        else if (r.type === 3) {
          if (r.code === 3) done = true;
          else {
            line += ` ${MARKS[r.code] ?? `!<${r.code}>`}`;
            done = true;
          }
        }
      } else {
        line += ' *';
        elapsed += waitMs / 3;
      }
    }
    p.out(`${line}\n`);
    if (done) break;
  }
  p.ctx.world.clock.now = start + Math.round(elapsed);
  return 0;
}

function optName(c: string): string {
  return (
    (
      {
        m: 'max_ttl',
        q: 'nqueries',
        w: 'MAX,HERE,NEAR',
        p: 'port',
        f: 'first_ttl',
        i: 'device',
        s: 'src_addr',
        N: 'squeries',
        t: 'tos',
        l: 'flow_label',
        z: 'sendwait',
        g: 'gate,...',
      } as Record<string, string>
    )[c] ?? 'arg'
  );
}

export const TRACEROUTE_COMMAND: CommandDef = {
  name: 'traceroute',
  path: '/usr/sbin/traceroute',
  run: (p) => (p.ctx.userland.flavour === 'busybox' ? runBusyboxTraceroute(p) : runTraceroute(p)),
};
