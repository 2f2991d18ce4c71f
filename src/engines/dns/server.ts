/**
 * A CoreDNS-like server built from a Corefile: one plugin chain per server
 * block, always in CoreDNS's compiled order (plugin.cfg) whatever the order
 * of the directives. A query goes to the block whose zone is the longest
 * match for its name on the port it came in on.
 */
import { CorefileError, type Directive, parseCorefile, type ServerBlock, splitKey } from './corefile.js';
import { type DnsMessage, type DnsQuery, nameKey } from './message.js';
import {
  type Handler,
  matchZone,
  type Plugin,
  type ServeContext,
  SetupError,
  type SetupInput,
  serverFailure,
  withEdns,
} from './plugin.js';
import { setupCache } from './plugins/cache.js';
import { setupFile } from './plugins/file.js';
import { setupForward } from './plugins/forward.js';
import { setupHosts } from './plugins/hosts.js';
import { setupKubernetes } from './plugins/kubernetes.js';
import { passThrough, setupErrors, setupLoadbalance, setupLog, setupWhoami } from './plugins/misc.js';
import { setupRewrite } from './plugins/rewrite.js';
import { wireSize } from './wire-size.js';

type Setup = (input: SetupInput) => Plugin;

/** CoreDNS plugin.cfg order (the part that matters here); later entries run later. */
const ORDER: ReadonlyArray<[string, Setup | null]> = [
  ['root', null],
  ['metadata', null],
  ['geoip', null],
  ['cancel', null],
  ['tls', null],
  ['timeouts', null],
  ['multisocket', null],
  ['reload', null],
  ['nsid', null],
  ['bufsize', null],
  ['bind', null],
  ['debug', null],
  ['trace', null],
  ['ready', null],
  ['health', null],
  ['pprof', null],
  ['prometheus', null],
  ['errors', setupErrors],
  ['log', setupLog],
  ['dnstap', null],
  ['local', null],
  ['dns64', null],
  ['acl', null],
  ['any', null],
  ['chaos', null],
  ['loadbalance', setupLoadbalance],
  ['tsig', null],
  ['cache', setupCache],
  ['rewrite', setupRewrite],
  ['header', null],
  ['dnssec', null],
  ['autopath', null],
  ['minimal', null],
  ['template', null],
  ['transfer', null],
  ['hosts', setupHosts],
  ['route53', null],
  ['azure', null],
  ['clouddns', null],
  ['k8s_external', null],
  ['kubernetes', setupKubernetes],
  ['file', setupFile],
  ['auto', null],
  ['secondary', null],
  ['etcd', null],
  ['loop', null],
  ['forward', setupForward],
  ['grpc', null],
  ['erratic', null],
  ['whoami', setupWhoami],
  ['on', null],
  ['sign', null],
  ['view', null],
];

const RANK = new Map(ORDER.map(([n], i) => [n, i]));
const SETUP = new Map(ORDER.map(([n, s]) => [n, s]));
/** Plugins that may appear several times in one server block. */
const REPEATABLE = new Set(['rewrite', 'file', 'log', 'template', 'on']);

export interface ServerBlockRuntime {
  zones: string[];
  port: number;
  chain: Plugin[];
}

export type BuildResult = { ok: true; blocks: ServerBlockRuntime[] } | { ok: false; error: string };

function buildBlock(block: ServerBlock, file: string): ServerBlockRuntime[] {
  const keys = block.keys.map((k) => ({ tok: k, key: splitKey(k.text) }));
  for (const k of keys)
    if (!k.key)
      throw new CorefileError(
        `${file}:${k.tok.line} - Error during parsing: invalid port in '${k.tok.text}'`,
      );
  const zones = keys.map((k) => (k.key as { zone: string }).zone);
  const ports = [...new Set(keys.map((k) => (k.key as { port: number }).port))];
  const byName = new Map<string, Directive[]>();
  for (const d of block.directives) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const chain: Plugin[] = [];
  const sorted = [...block.directives].sort((a, b) => (RANK.get(a.name) ?? 999) - (RANK.get(b.name) ?? 999));
  for (const d of sorted) {
    if (!REPEATABLE.has(d.name) && (byName.get(d.name)?.length ?? 0) > 1 && byName.get(d.name)?.[0] !== d)
      throw new SetupError(`plugin/${d.name}: this plugin can only be used once per Server Block`);
    const setup = SETUP.get(d.name);
    chain.push(setup ? setup({ directive: d, blockZones: zones, file }) : passThrough(d.name));
  }
  return ports.map((port) => ({
    zones: zones.filter((_z, i) => (keys[i]?.key?.port ?? 53) === port),
    port,
    chain,
  }));
}

/** Parse and set up a Corefile. Errors read like CoreDNS's own. */
export function buildServer(corefile: string, file = 'Corefile'): BuildResult {
  try {
    const blocks = parseCorefile(corefile, file, (n) => RANK.has(n));
    const out: ServerBlockRuntime[] = [];
    for (const b of blocks) {
      for (const rt of buildBlock(b, file)) {
        for (const z of rt.zones)
          if (out.some((o) => o.port === rt.port && o.zones.includes(z)))
            return { ok: false, error: `cannot serve dns://${z}:${rt.port} - it is already defined` };
        out.push(rt);
      }
    }
    if (out.length === 0) return { ok: false, error: `${file}:1 - Error during parsing: no server blocks` };
    return { ok: true, blocks: out };
  } catch (e) {
    if (e instanceof CorefileError || e instanceof SetupError) return { ok: false, error: e.message };
    throw e;
  }
}

function composeChain(chain: readonly Plugin[]): Handler {
  let h: Handler = (ctx, q) => {
    ctx.errors.push(`plugin/${chain[chain.length - 1]?.name ?? 'server'}: no next plugin found`);
    return serverFailure(q);
  };
  for (let i = chain.length - 1; i >= 0; i--) {
    const p = chain[i] as Plugin;
    const next = h;
    h = (ctx, q) => p.serve(ctx, q, next);
  }
  return h;
}

const chains = new WeakMap<ServerBlockRuntime, Handler>();

/** Serve one query arriving on `port`. */
export function serveQuery(
  blocks: readonly ServerBlockRuntime[],
  port: number,
  base: Omit<ServeContext, 'zone' | 'errors' | 'lookup' | 'depth'>,
  q: DnsQuery,
  depth = 0,
): DnsMessage {
  const question = q.question[0];
  if (!question || q.opcode !== 0) return finish(q, serverFailure(q, question ? 'NOTIMP' : 'FORMERR'));
  let best: { b: ServerBlockRuntime; zone: string } | null = null;
  for (const b of blocks) {
    if (b.port !== port) continue;
    const z = matchZone(b.zones, nameKey(question.name));
    if (z && (!best || z.length > best.zone.length)) best = { b, zone: z };
  }
  if (!best) return finish(q, serverFailure(q, 'REFUSED'));
  let h = chains.get(best.b);
  if (!h) {
    h = composeChain(best.b.chain);
    chains.set(best.b, h);
  }
  const ctx: ServeContext = {
    ...base,
    zone: best.zone,
    errors: [],
    depth,
    lookup: (sub) =>
      depth >= 8 ? serverFailure(sub) : serveQuery(blocks, port, base, { ...sub, id: q.id }, depth + 1),
  };
  return finish(q, h(ctx, q));
}

/** The OPT record and the size the reply has on the wire. */
function finish(q: DnsQuery, res: DnsMessage): DnsMessage {
  const out = withEdns(q, res);
  out.size = wireSize(out, 'full');
  return out;
}
