/**
 * Small plugins: `log` (CoreDNS's query log line), `errors`, `loadbalance`
 * (round-robin shuffling with the world's seeded rng), `whoami`, and the
 * plugins that only matter to a real process (health, ready, reload,
 * prometheus, bind ...), which accept their configuration and pass queries on.
 */
import { formatIPv4 } from '../../../model/inet.js';
import {
  type DnsMessage,
  type DnsQuery,
  headerFlags,
  nameKey,
  QT,
  type RR,
  replyTo,
  rr,
  typeName,
} from '../message.js';
import { type Plugin, type SetupInput, setupErr, withEdns, zonesFrom } from '../plugin.js';
import { wireSize } from '../wire-size.js';

export function passThrough(name: string): Plugin {
  return { name, serve: (ctx, q, next) => next(ctx, q) };
}

function flagsText(m: DnsMessage): string {
  return headerFlags(m).join(',');
}

/** A duration the way Go prints seconds: no trailing zeros. */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(9)).toString()}s`;
}

const DEFAULT_FORMAT =
  '{remote}:{port} - {>id} "{type} {class} {name} {proto} {size} {>do} {>bufsize}" {rcode} {>rflags} {rsize} {duration}';
const COMMON = DEFAULT_FORMAT;
const COMBINED = `${DEFAULT_FORMAT} "{>opcode}"`;

export function setupLog(input: SetupInput): Plugin {
  const d = input.directive;
  let names = d.args.map((a) => a.text);
  let format = DEFAULT_FORMAT;
  const last = names[names.length - 1];
  if (last !== undefined && (last.includes('{') || last === '{common}' || last === '{combined}')) {
    format = last === '{common}' ? COMMON : last === '{combined}' ? COMBINED : last;
    names = names.slice(0, -1);
  }
  const zones = names.length
    ? zonesFrom(
        names.map((n) => ({ text: n, line: d.line, quoted: false })),
        [],
      )
    : ['.'];
  const classes = new Set<string>();
  for (const sub of d.block ?? []) {
    if (sub.name !== 'class') throw setupErr(input, `unknown property '${sub.name}'`, sub.line);
    for (const a of sub.args) {
      if (!['all', 'success', 'denial', 'error'].includes(a.text))
        throw setupErr(input, `invalid class '${a.text}'`, sub.line);
      classes.add(a.text);
    }
  }
  return {
    name: 'log',
    serve(ctx, q, next) {
      const started = ctx.world.clock.now;
      const res = next(ctx, q);
      const question = q.question[0];
      if (!question) return res;
      const inZone = zones.some((z) => z === '.' || nameKey(question.name).endsWith(z));
      const cls =
        res.rcode === 'NXDOMAIN' || (res.rcode === 'NOERROR' && res.answer.length === 0)
          ? 'denial'
          : res.rcode === 'NOERROR'
            ? 'success'
            : 'error';
      if (!inZone || (classes.size && !classes.has('all') && !classes.has(cls))) return res;
      const values: Record<string, string> = {
        remote: formatIPv4(ctx.client.addr),
        port: String(ctx.client.port),
        '>id': String(q.id),
        type: typeName(question.qtype),
        class: question.qclass === 1 ? 'IN' : `CLASS${question.qclass}`,
        name: question.name,
        proto: ctx.client.proto,
        size: String(wireSize(q, 'full')),
        '>do': String(q.edns?.do ?? false),
        '>bufsize': String(q.edns?.udp ?? 512),
        rcode: res.rcode,
        '>rflags': flagsText(res),
        rsize: String(wireSize(withEdns(q, res), 'full')),
        duration: seconds(Math.max(0.05, ctx.world.clock.now - started + 0.1)),
        '>opcode': 'QUERY',
      };
      ctx.log(`[INFO] ${format.replace(/\{([^}]+)\}/g, (m, k: string) => values[k] ?? m)}`);
      return res;
    },
  };
}

export function setupErrors(_input: SetupInput): Plugin {
  return {
    name: 'errors',
    serve(ctx, q, next) {
      const res = next(ctx, q);
      const question = q.question[0];
      if (question && ctx.errors.length && res.rcode === 'SERVFAIL')
        for (const e of ctx.errors)
          ctx.log(`[ERROR] plugin/errors: 2 ${question.name} ${typeName(question.qtype)}: ${e}`);
      return res;
    },
  };
}

function shuffle(ctx: Parameters<Plugin['serve']>[0], xs: RR[]): RR[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = ctx.world.rng.int(0, i + 1);
    [a[i], a[j]] = [a[j] as RR, a[i] as RR];
  }
  return a;
}

export function setupLoadbalance(input: SetupInput): Plugin {
  const policy = input.directive.args[0]?.text ?? 'round_robin';
  if (policy !== 'round_robin' && policy !== 'weighted')
    throw setupErr(input, `unknown policy: ${policy}`, input.directive.line);
  return {
    name: 'loadbalance',
    serve(ctx, q, next) {
      const res = next(ctx, q);
      if (res.answer.length < 2) return res;
      const cname = res.answer.filter((r) => r.data.type === 'CNAME');
      const addr = res.answer.filter((r) => r.data.type === 'A' || r.data.type === 'AAAA');
      const mx = res.answer.filter((r) => r.data.type === 'MX');
      const rest = res.answer.filter((r) => !['CNAME', 'A', 'AAAA', 'MX'].includes(r.data.type));
      const sa = addr.length > 1 ? shuffle(ctx, addr) : addr;
      const sm = mx.length > 1 ? shuffle(ctx, mx) : mx;
      return { ...res, answer: [...cname, ...rest, ...sa, ...sm] };
    },
  };
}

/** `whoami`: the client's address and port in ADDITIONAL. */
export function setupWhoami(_input: SetupInput): Plugin {
  return {
    name: 'whoami',
    serve(ctx, q: DnsQuery) {
      const res = replyTo(q);
      res.aa = true;
      const question = q.question[0];
      const owner = question?.name ?? '.';
      res.additional = [
        rr(owner, 0, { type: 'A', addr: ctx.client.addr }),
        rr(`_${ctx.client.proto}.${owner === '.' ? '' : owner}`, 0, {
          type: 'SRV',
          priority: 0,
          weight: 0,
          port: ctx.client.port,
          target: '.',
        }),
      ];
      if (question && question.qtype === QT.ANY) res.answer = [];
      return res;
    },
  };
}
