/**
 * The `forward` plugin: proxy queries for FROM to upstreams (addresses, or
 * the nameservers of a resolv.conf in the server's filesystem, read when the
 * query comes in). Queries travel the data plane from the server's
 * namespace; a query that comes back to a server it already passed is a
 * loop and is not forwarded again.
 */
import { formatIPv4, parseIPv4 } from '../../../model/inet.js';
import { parseResolvConf } from '../../resolver/resolv-conf.js';
import { type ServerAddr, sendDnsQuery } from '../client.js';
import { type DnsMessage, type DnsQuery, nameKey } from '../message.js';
import {
  argErr,
  matchZone,
  type Plugin,
  plainError,
  type ServeContext,
  type SetupInput,
  serverFailure,
  setupErr,
  zonesFrom,
} from '../plugin.js';

export const MAX_HOPS = 8;
const UPSTREAM_TIMEOUT_MS = 2000;

type Upstream = { kind: 'addr'; addr: number; port: number } | { kind: 'file'; path: string };

interface LoopedQuery extends DnsQuery {
  via?: string[];
}

function parseTo(input: SetupInput, text: string): Upstream {
  if (text.startsWith('/') || text.startsWith('.')) return { kind: 'file', path: text };
  let t = text.replace(/^dns:\/\//, '');
  if (t.startsWith('tls://')) t = t.slice(6);
  let port = 53;
  const m = /^(.*):(\d+)$/.exec(t);
  if (m && !t.includes('::')) {
    t = m[1] as string;
    port = Number(m[2]);
  }
  const a = parseIPv4(t);
  if (a === null || port > 65535) throw plainError(input, `not an IP address or file: "${text}"`);
  return { kind: 'addr', addr: a, port };
}

export function setupForward(input: SetupInput): Plugin {
  const d = input.directive;
  const from = d.args[0];
  if (!from) throw argErr(input, undefined);
  if (d.args.length < 2) throw argErr(input, from);
  const fromZones = zonesFrom([from], input.blockZones);
  const tos = d.args.slice(1).map((t) => parseTo(input, t.text));
  if (tos.length > 15) throw plainError(input, `more than 15 TOs configured: ${tos.length}`);
  const except: string[] = [];
  let forceTcp = false;
  let policy = 'random';
  for (const sub of d.block ?? []) {
    const args = sub.args.map((a) => a.text);
    switch (sub.name) {
      case 'except':
        if (args.length === 0) throw argErr(input, { text: 'except', line: sub.line, quoted: false });
        except.push(...zonesFrom(sub.args, []));
        break;
      case 'force_tcp':
        forceTcp = true;
        break;
      case 'prefer_udp':
        break;
      case 'policy':
        if (!['random', 'round_robin', 'sequential'].includes(args[0] ?? ''))
          throw setupErr(input, `unknown policy '${args[0] ?? ''}'`, sub.line);
        policy = args[0] as string;
        break;
      case 'max_fails':
      case 'expire':
      case 'health_check':
      case 'max_concurrent':
      case 'tls':
      case 'tls_servername':
      case 'next':
      case 'failfast_all_unhealthy_upstreams':
        break;
      default:
        throw setupErr(input, `unknown property '${sub.name}'`, sub.line);
    }
  }
  let rr = 0;
  return {
    name: 'forward',
    serve(ctx, q, next) {
      const question = q.question[0];
      if (!question) return next(ctx, q);
      const qname = nameKey(question.name);
      if (!matchZone(fromZones, qname) || (except.length && matchZone(except, qname))) return next(ctx, q);
      const lq = q as LoopedQuery;
      if (lq.via?.includes(ctx.serverKey) || (q.hops ?? 0) >= MAX_HOPS) {
        ctx.errors.push('forward loop detected');
        noteLoop(ctx);
        return serverFailure(q);
      }
      const ups = resolveUpstreams(ctx, tos);
      if (ups.length === 0) {
        ctx.errors.push('no nameservers found');
        return serverFailure(q);
      }
      let order = ups;
      if (policy === 'random' && ups.length > 1) order = shuffle(ctx, ups);
      else if (policy === 'round_robin') {
        const k = rr++ % ups.length;
        order = [...ups.slice(k), ...ups.slice(0, k)];
      }
      return forwardTo(ctx, lq, order, forceTcp || q.proto === 'tcp' ? 'tcp' : 'udp');
    },
  };
}

function resolveUpstreams(
  ctx: ServeContext,
  tos: readonly Upstream[],
): Array<{ addr: number; port: number }> {
  const out: Array<{ addr: number; port: number }> = [];
  for (const t of tos) {
    if (t.kind === 'addr') out.push({ addr: t.addr, port: t.port });
    else {
      const text = ctx.readFile(t.path);
      if (text === null) continue;
      for (const ns of parseResolvConf(text).nameservers)
        if (ns.family === 4) out.push({ addr: ns.addr, port: 53 });
    }
  }
  return out;
}

function shuffle<T>(ctx: ServeContext, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = ctx.world.rng.int(0, i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

function forwardTo(
  ctx: ServeContext,
  q: LoopedQuery,
  ups: ReadonlyArray<{ addr: number; port: number }>,
  proto: 'udp' | 'tcp',
): DnsMessage {
  for (const u of ups) {
    const up: LoopedQuery = {
      ...q,
      hops: (q.hops ?? 0) + 1,
      via: [...(q.via ?? []), ctx.serverKey],
    };
    const server: ServerAddr = { family: 4, addr: u.addr };
    const r = sendDnsQuery(ctx.world, ctx.ns, server, up, {
      proto,
      timeoutMs: UPSTREAM_TIMEOUT_MS,
      port: u.port,
    });
    const dst = `${formatIPv4(u.addr)}:${u.port}`;
    if (r.kind === 'answer') {
      const res: DnsMessage = { ...r.msg, id: q.id, question: q.question.map((x) => ({ ...x })) };
      return res;
    }
    const why =
      r.kind === 'refused'
        ? `read ${proto} ${dst}: connection refused`
        : r.kind === 'send-error'
          ? `dial ${proto} ${dst}: connect: network is unreachable`
          : `read ${proto} ${dst}: i/o timeout`;
    ctx.errors.push(why);
  }
  return serverFailure(q);
}

function noteLoop(ctx: ServeContext): void {
  const st = ctx.world.ext['dns.loops'] as Set<string> | undefined;
  const s = st ?? new Set<string>();
  s.add(ctx.serverKey);
  ctx.world.ext['dns.loops'] = s;
}

/** Whether a forwarding loop through this server has been seen (the loop plugin's verdict). */
export function loopSeen(world: ServeContext['world'], serverKey: string): boolean {
  return (world.ext['dns.loops'] as Set<string> | undefined)?.has(serverKey) ?? false;
}
