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
  let tcp = false;
  const operands: Array<{ v: string; argc: number }> = [];
  const withArg = new Set(['m', 'q', 'w', 'p', 'f', 'i', 's', 'N', 't', 'l', 'z', 'g', 'M', 'O']);
  // CLIF's messages count argv positions from 1 (argv[0] is the program)
  const badArg = (c: string, v: string, argc: number): never =>
    fail(`Cannot handle \`-${c}' option with arg \`${v}' (argc ${argc})\n`, 2);
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
      operands.push({ v: a, argc: i + 1 });
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (withArg.has(c)) {
        const inline = a.slice(j + 1);
        const v = inline || args[++i];
        if (v === undefined)
          return fail(`Option \`-${c}' (argc ${i}) requires an argument: \`-${c} ${optName(c)}'\n`, 2);
        const argc = i + 1;
        const intOpt = 'mqpfNt'.includes(c);
        if (intOpt && !/^\s*[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(v)) badArg(c, v, argc);
        if (
          (c === 'z' || c === 'w') &&
          !v.split(',').every((x) => /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(x))
        )
          badArg(c, v, argc);
        const n = intOpt
          ? Number.parseInt(v, /^\s*[-+]?0[xX]/.test(v) ? 16 : /^\s*[-+]?0\d/.test(v) ? 8 : 10)
          : Number(v.split(',')[0]);
        if (c === 'm') maxTtl = n;
        else if (c === 'q') queries = n;
        else if (c === 'w') waitMs = n * 1000;
        else if (c === 'p') port = n;
        else if (c === 'f') firstTtl = n;
        else if (c === 'i') iface = v;
        break;
      }
      if (c === 'n') numeric = true;
      else if (c === 'I') icmp = true;
      else if (c === 'T') tcp = true;
      else if ('46dFrAUDeUL'.includes(c)) {
        // accepted
      } else return fail(`Bad option \`-${c}' (argc ${i + 1})\n`, 2);
    }
  }
  const hostArg = operands[0];
  if (hostArg === undefined) {
    if (args.length === 0) {
      p.err(TRACEROUTE_USAGE);
      return 0;
    }
    return fail('Specify "host" missing argument.\n', 2);
  }
  const host = hostArg.v;
  const env: ResolverEnv = { world: p.ctx.world, ns: p.ctx.ns, fs: p.ctx.fs };
  const gai = getaddrinfo(env, host, 4);
  if (!gai.ok || !gai.addrs[0]) {
    p.err(
      `${host}: ${gai.ok ? GAI_TEXT.EAI_NODATA : GAI_TEXT[gai.error]}\nCannot handle "host" cmdline arg \`${host}' on position 1 (argc ${hostArg.argc})\n`,
    );
    return 2;
  }
  const lenArg = operands[1];
  if (lenArg && !/^\s*[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(lenArg.v))
    return fail(
      `Cannot handle "packetlen" cmdline arg \`${lenArg.v}' on position 2 (argc ${lenArg.argc})\n`,
      2,
    );
  const extra = operands[2];
  if (extra) return fail(`Extra arg \`${extra.v}' (position 3, argc ${extra.argc})\n`, 2);
  if (queries < 1 || queries > 10) return fail('no more than 10 probes per hop\n', 2);
  if (maxTtl > 255) return fail('max hops cannot be more than 255\n', 2);
  if (firstTtl < 1 || firstTtl > maxTtl) return fail('first hop out of range\n', 2);
  const dst = gai.addrs[0].v4 as number;
  const oif = iface !== undefined ? linkByName(p.ctx.world, p.ctx.ns, iface) : undefined;
  const packetLen = 60;
  // the header has no newline: every hop line starts with one. ICMP and TCP
  // probes set their raw socket up (bind, connect) before printing it.
  const header = `traceroute to ${host} (${formatIPv4(dst)}), ${maxTtl} hops max, ${packetLen} byte packets`;
  const early = icmp || tcp;
  if (!early) p.out(header);
  const die = (what: string): number => {
    p.err(`\n${what}\n`);
    return 1;
  };
  if (iface !== undefined && !oif) return die('setsockopt SO_BINDTODEVICE: No such device');
  const d = lookupRoute(p.ctx.world, p.ctx.ns, dst, oif ? { oif: oif.uid } : {});
  const refusal =
    d.kind === 'none'
      ? 'Network is unreachable'
      : d.kind === 'unreachable'
        ? 'No route to host'
        : d.kind === 'prohibit'
          ? 'Permission denied'
          : d.kind === 'blackhole'
            ? 'Invalid argument'
            : null;
  if (refusal) {
    // trace records the route lookup that refused the socket (no packet leaves)
    probe(p.ctx.world, p.ctx.ns, dst, { id: 0, ttl: firstTtl, ...(oif ? { oif } : {}) });
    return die(`connect: ${refusal}`);
  }
  if (early) p.out(header);
  const start = p.ctx.world.clock.now;
  let elapsed = 0;
  for (let ttl = firstTtl; ttl <= maxTtl; ttl++) {
    let line = `\n${String(ttl).padStart(2)} `;
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
    p.out(line);
    if (done) break;
  }
  p.out('\n');
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
