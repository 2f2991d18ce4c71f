/** `conntrack` (conntrack-tools 1.4.7): list, count, delete and flush the namespace's connections. */
import { ctTable, liveEntries, removeEntry } from '../../engines/netfilter/conntrack.js';
import type { CtEntry, CtTuple } from '../../engines/netfilter/types.js';
import { formatIPv4, parseIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { CONNTRACK_USAGE } from './conntrack-usage.js';

const PREFIX = 'conntrack v1.4.7 (conntrack-tools): ';
const TRY = "Try `conntrack -h' or 'conntrack --help' for more information.\n";
const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp' };
const PROTO_NUMS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17, '1': 1, '6': 6, '17': 17 };

class CtUsage extends Error {
  constructor(
    readonly text: string,
    readonly exit = 2,
  ) {
    super(text);
  }
}

function tupleText(t: CtTuple): string {
  const a = `src=${formatIPv4(t.src)} dst=${formatIPv4(t.dst)} `;
  if (t.proto === 1) return `${a}type=${t.icmpType ?? 8} code=0 id=${t.sport} `;
  return `${a}sport=${t.sport} dport=${t.dport} `;
}

/** One entry as `conntrack -L` prints it. */
export function entryLine(e: CtEntry, now: number, extended = false): string {
  const ttl = Math.max(0, Math.floor((e.expires - now) / 1000));
  let s = extended ? 'ipv4     2 ' : '';
  s += `${(PROTO_NAMES[e.orig.proto] ?? 'unknown').padEnd(8)} ${e.orig.proto} ${ttl} `;
  if (e.tcpState) s += `${e.tcpState} `;
  s += tupleText(e.orig);
  if (!e.seenReply) s += '[UNREPLIED] ';
  s += tupleText(e.reply);
  if (e.assured) s += '[ASSURED] ';
  return `${s}mark=${e.mark} use=1\n`;
}

interface Filter {
  proto?: number;
  origSrc?: number;
  origDst?: number;
  replySrc?: number;
  replyDst?: number;
  sport?: number;
  dport?: number;
  mark?: number;
}

function keep(e: CtEntry, f: Filter): boolean {
  if (f.proto !== undefined && e.orig.proto !== f.proto) return false;
  if (f.origSrc !== undefined && e.orig.src !== f.origSrc) return false;
  if (f.origDst !== undefined && e.orig.dst !== f.origDst) return false;
  if (f.replySrc !== undefined && e.reply.src !== f.replySrc) return false;
  if (f.replyDst !== undefined && e.reply.dst !== f.replyDst) return false;
  if (f.sport !== undefined && e.orig.sport !== f.sport) return false;
  if (f.dport !== undefined && e.orig.dport !== f.dport) return false;
  if (f.mark !== undefined && e.mark !== f.mark) return false;
  return true;
}

const ADDR_OPTS: Record<string, keyof Filter> = {
  '-s': 'origSrc',
  '--src': 'origSrc',
  '--orig-src': 'origSrc',
  '-d': 'origDst',
  '--dst': 'origDst',
  '--orig-dst': 'origDst',
  '-r': 'replySrc',
  '--reply-src': 'replySrc',
  '-q': 'replyDst',
  '--reply-dst': 'replyDst',
};
const COMMANDS: Record<string, string> = {
  '-L': 'L',
  '--dump': 'L',
  '-D': 'D',
  '--delete': 'D',
  '-F': 'F',
  '--flush': 'F',
  '-C': 'C',
  '--count': 'C',
  '-S': 'S',
  '--stats': 'S',
  '-h': 'h',
  '--help': 'h',
  '-V': 'V',
  '--version': 'V',
};

function parse(argv: string[]): { cmd?: string; f: Filter; extended: boolean } {
  const f: Filter = {};
  let cmd: string | undefined;
  let extended = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new CtUsage(`${PREFIX}option \`${a}' requires an argument\n${TRY}`);
      return v;
    };
    if (COMMANDS[a]) {
      cmd = COMMANDS[a];
      if (argv[i + 1] && !argv[i + 1]?.startsWith('-')) i++;
      continue;
    }
    const key = ADDR_OPTS[a];
    if (key) {
      const v = next();
      const ip = parseIPv4(v);
      if (ip === null) throw new CtUsage(`${PREFIX}Invalid IP address \`${v}'\n${TRY}`);
      (f as Record<string, number>)[key] = ip;
    } else if (a === '-p' || a === '--proto' || a === '--protonum') {
      const v = next();
      const n = PROTO_NUMS[v.toLowerCase()];
      if (n === undefined) throw new CtUsage(`${PREFIX}\`${v}' unsupported protocol\n${TRY}`);
      f.proto = n;
    } else if (
      (a === '--sport' || a === '--orig-port-src' || a === '--dport' || a === '--orig-port-dst') &&
      f.proto
    ) {
      const v = Number(next());
      if (a === '--sport' || a === '--orig-port-src') f.sport = v;
      else f.dport = v;
    } else if (a === '-m' || a === '--mark') f.mark = Number(next());
    else if (a === '-o' || a === '--output') extended = next().includes('extended');
    else if (a === '-f' || a === '--family') next();
    else if (a === '-z' || a === '--zero') continue;
    else throw new CtUsage(`${PREFIX}unknown option \`${a}'\n${TRY}`);
  }
  return { ...(cmd ? { cmd } : {}), f, extended };
}

export function runConntrack(p: Proc): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(p.argv.slice(1));
  } catch (e) {
    if (e instanceof CtUsage) {
      p.err(e.text);
      return e.exit;
    }
    throw e;
  }
  const { world, ns } = p.ctx;
  const now = world.clock.now;
  switch (parsed.cmd) {
    case 'V':
      p.out('conntrack v1.4.7 (conntrack-tools)\n');
      return 0;
    case undefined:
    case 'h':
      p.out(CONNTRACK_USAGE);
      return 0;
    case 'C':
      p.out(`${liveEntries(world, ns).length}\n`);
      return 0;
    case 'S': {
      const n = liveEntries(world, ns).length;
      for (let cpu = 0; cpu < world.profile.cpus; cpu++)
        p.out(
          `cpu=${String(cpu).padEnd(4)}\tfound=0 invalid=0 insert=${cpu === 0 ? n : 0} insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 \n`,
        );
      return 0;
    }
    case 'F':
      if (ns.conntrack) {
        const t = ctTable(ns);
        for (const e of [...t.entries.values()]) removeEntry(t, e);
      }
      p.err(`${PREFIX}connection tracking table has been emptied.\n`);
      return 0;
    default: {
      const hits = liveEntries(world, ns).filter((e) => keep(e, parsed.f));
      const summary = `${PREFIX}${hits.length} flow entries have been ${parsed.cmd === 'D' ? 'deleted' : 'shown'}.\n`;
      // stdout to a pipe or file is block-buffered: the stderr summary comes out first
      const buffered = p.ctx.tty === null;
      if (buffered) p.err(summary);
      for (const e of hits) p.out(entryLine(e, now, parsed.extended));
      if (!buffered) p.err(summary);
      if (parsed.cmd === 'D') {
        const t = ctTable(ns);
        for (const e of hits) removeEntry(t, e);
        return hits.length ? 0 : 1;
      }
      return 0;
    }
  }
}
