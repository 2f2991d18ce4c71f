/**
 * /etc/resolv.conf as glibc (res_init) and BIND's libirs read it:
 * up to three nameservers, `search`/`domain` (the last one wins), and
 * `options ndots:N timeout:N attempts:N rotate edns0 ...`.
 */
import { type IPv6, parseIPv4, parseIPv6 } from '../../model/inet.js';

export type NameserverAddr =
  | { family: 4; addr: number; text: string }
  | { family: 6; addr: IPv6; text: string };

export interface ResolvConf {
  nameservers: NameserverAddr[];
  /** The file named no nameserver: resolvers fall back to the loopback address. */
  defaulted: boolean;
  search: string[];
  ndots: number;
  /** Seconds per try (glibc RES_TIMEOUT 5, max 30). */
  timeout: number;
  /** Rounds over the nameserver list (glibc RES_DFLRETRY 2, max 5). */
  attempts: number;
  rotate: boolean;
  edns0: boolean;
  useVc: boolean;
  noTldQuery: boolean;
  /** Explicit values set in the file (BIND tools only take what is written). */
  explicit: { ndots?: number; timeout?: number; attempts?: number };
}

const MAXNS = 3;

function parseOptions(words: readonly string[], c: ResolvConf, bind: boolean): void {
  for (const w of words) {
    const m = /^(ndots|timeout|attempts):(\d+)$/.exec(w);
    if (m) {
      const v = Number(m[2]);
      if (m[1] === 'ndots') c.ndots = c.explicit.ndots = Math.min(v, bind ? 255 : 15);
      else if (m[1] === 'timeout') c.timeout = c.explicit.timeout = Math.min(Math.max(v, bind ? 0 : 1), 30);
      else c.attempts = c.explicit.attempts = Math.min(Math.max(v, 1), 5);
      continue;
    }
    if (w === 'rotate') c.rotate = true;
    else if (w === 'edns0') c.edns0 = true;
    else if (w === 'use-vc') c.useVc = true;
    else if (w === 'no-tld-query') c.noTldQuery = true;
  }
}

function parseNameserver(text: string): NameserverAddr | null {
  const v4 = parseIPv4(text);
  if (v4 !== null) return { family: 4, addr: v4, text };
  const v6 = parseIPv6(text.replace(/%.*$/, ''));
  return v6 ? { family: 6, addr: v6, text } : null;
}

/**
 * Parse resolv.conf text. `hostname` supplies the default search domain
 * (the part after its first dot) when the file has none. `bind` selects
 * libirs's limits (8 search domains) over glibc's.
 */
export function parseResolvConf(text: string, hostname = '', bind = false): ResolvConf {
  const c: ResolvConf = {
    nameservers: [],
    defaulted: false,
    search: [],
    ndots: 1,
    timeout: 5,
    attempts: 2,
    rotate: false,
    edns0: false,
    useVc: false,
    noTldQuery: false,
    explicit: {},
  };
  let searchSet = false;
  for (const raw of text.split('\n').slice(0, 10000)) {
    if (raw.startsWith(';') || raw.startsWith('#')) continue;
    const words = raw
      .replace(/[;#].*$/, '')
      .trim()
      .split(/[ \t]+/)
      .filter((w) => w !== '');
    const key = words[0];
    if (!key) continue;
    const rest = words.slice(1);
    if (key === 'nameserver') {
      const ns = rest[0] ? parseNameserver(rest[0]) : null;
      if (ns && c.nameservers.length < MAXNS) c.nameservers.push(ns);
    } else if (key === 'domain') {
      if (rest[0]) {
        c.search = [rest[0]];
        searchSet = true;
      }
    } else if (key === 'search') {
      c.search = rest.slice(0, bind ? 8 : 32);
      searchSet = true;
    } else if (key === 'options') parseOptions(rest, c, bind);
  }
  if (!searchSet && hostname.includes('.')) c.search = [hostname.slice(hostname.indexOf('.') + 1)];
  c.search = c.search.map((s) => s.replace(/\.$/, '')).filter((s) => s !== '');
  if (c.nameservers.length === 0) {
    c.defaulted = true;
    c.nameservers.push({ family: 4, addr: 0x7f000001, text: '127.0.0.1' });
  }
  return c;
}

/** The RES_OPTIONS / LOCALDOMAIN environment overrides glibc applies after the file. */
export function applyResolverEnv(c: ResolvConf, env: ReadonlyMap<string, string>): ResolvConf {
  const out = { ...c, explicit: { ...c.explicit } };
  const local = env.get('LOCALDOMAIN');
  if (local !== undefined) out.search = local.split(/\s+/).filter((s) => s !== '');
  const opts = env.get('RES_OPTIONS');
  if (opts !== undefined) parseOptions(opts.split(/\s+/), out, false);
  return out;
}
