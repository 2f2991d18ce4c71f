/**
 * The plugin contract of the CoreDNS-like server. A plugin is set up once
 * from its Corefile directive and then serves queries: it answers, or hands
 * the query to the next plugin of the fixed chain (and may look at or change
 * what comes back).
 */
import type { Netns, World } from '../../model/types.js';
import type { Directive, Token } from './corefile.js';
import { type DnsMessage, type DnsQuery, type Rcode, replyTo } from './message.js';

export interface ServeContext {
  world: World;
  ns: Netns;
  /** A file of the server's filesystem (its container), or null. */
  readFile(path: string): string | null;
  /** Identity of the server (for its state and loop detection). */
  serverKey: string;
  /** The zone of the server block that took the query. */
  zone: string;
  client: { addr: number; port: number; proto: 'udp' | 'tcp' };
  /** Errors plugins reported for this query (the errors plugin logs them). */
  errors: string[];
  /** Re-enter the whole server with a new query (CNAME chasing, the loop probe). */
  lookup(q: DnsQuery): DnsMessage;
  /** Depth of nested lookups and forwards, bounded. */
  depth: number;
  /** Append a line to the server's log (what `kubectl logs` shows). */
  log(line: string): void;
}

export type Handler = (ctx: ServeContext, q: DnsQuery) => DnsMessage;

export interface Plugin {
  name: string;
  serve(ctx: ServeContext, q: DnsQuery, next: Handler): DnsMessage;
}

export interface SetupInput {
  directive: Directive;
  /** Zones of the server block ("cluster.local.", "."). */
  blockZones: string[];
  file: string;
}

/** A setup error with CoreDNS's wording (`plugin/NAME: FILE:LINE - Error during parsing: ...`). */
export class SetupError extends Error {}

export function setupErr(input: SetupInput, msg: string, line?: number): SetupError {
  return new SetupError(
    `plugin/${input.directive.name}: ${input.file}:${line ?? input.directive.line} - Error during parsing: ${msg}`,
  );
}

/** Dispenser.ArgErr wording. */
export function argErr(input: SetupInput, after: Token | undefined): SetupError {
  const t = after?.text ?? input.directive.name;
  return setupErr(input, `Wrong argument count or unexpected line ending after '${t}'`, after?.line);
}

export function plainError(input: SetupInput, msg: string): SetupError {
  return new SetupError(`plugin/${input.directive.name}: ${msg}`);
}

/** Zones given as arguments (made absolute, lower case), else the block's. */
export function zonesFrom(args: readonly Token[], blockZones: readonly string[]): string[] {
  if (args.length === 0) return [...blockZones];
  return args.map((a) => {
    const z = a.text.toLowerCase();
    return z.endsWith('.') ? z : `${z}.`;
  });
}

/** Longest zone that contains `name`, or null. */
export function matchZone(zones: readonly string[], name: string): string | null {
  const n = name.toLowerCase().endsWith('.') ? name.toLowerCase() : `${name.toLowerCase()}.`;
  let best: string | null = null;
  for (const z of zones) {
    if (z === '.' || n === z || n.endsWith(`.${z}`)) if (!best || z.length > best.length) best = z;
  }
  return best;
}

/** `fallthrough [ZONES...]`: nothing configured means never; no zones means everything. */
export interface Fall {
  enabled: boolean;
  zones: string[];
}

export function fallThrough(f: Fall, name: string): boolean {
  if (!f.enabled) return false;
  return f.zones.length === 0 || matchZone(f.zones, name) !== null;
}

export function serverFailure(q: DnsQuery, rcode: Rcode = 'SERVFAIL'): DnsMessage {
  return replyTo(q, rcode);
}

/** Parse a Go-style duration ("5s", "1m30s", "300ms"); null when malformed. */
export function parseDuration(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let total = 0;
  let seen = '';
  for (let m = re.exec(s); m; m = re.exec(s)) {
    seen += m[0];
    const v = Number(m[1]);
    total += v * ({ ms: 1, s: 1000, m: 60000, h: 3600000 }[m[2] as 'ms' | 's' | 'm' | 'h'] as number);
  }
  return seen === s && s !== '' ? total : null;
}

/** What the server adds on the way out: the EDNS OPT of the request's size, echoing a client cookie. */
export function withEdns(q: DnsQuery, res: DnsMessage): DnsMessage {
  const out: DnsMessage = { ...res, id: q.id };
  if (q.edns) {
    const cookie = q.edns.cookie ? { client: q.edns.cookie.client } : undefined;
    out.edns = { udp: q.edns.udp, version: 0, do: q.edns.do, ...(res.edns || !cookie ? {} : { cookie }) };
  } else delete out.edns;
  return out;
}
