/**
 * RFC 1035 master files ($ORIGIN, $TTL, @, relative names, parentheses,
 * comments) into records, and an in-memory zone with the lookups an
 * authoritative server needs.
 */
import { parseIPv4, parseIPv6 } from '../../model/inet.js';
import { absolute, nameKey, type RData, type RR, rr } from './message.js';

export class ZoneFileError extends Error {}

const MAX_LINES = 200000;

function ttlValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const re = /(\d+)([smhdw])/gi;
  let total = 0;
  let seen = '';
  for (let m = re.exec(s); m; m = re.exec(s)) {
    seen += m[0];
    total +=
      Number(m[1]) *
      ({ s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[(m[2] as string).toLowerCase()] as number);
  }
  return seen.length === s.length && s !== '' ? total : null;
}

/** Split one logical entry into tokens (quoted strings kept with their quotes). */
function tokenize(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === ';') break;
    if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      out.push(line.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < line.length && !/[\s;]/.test(line[j] as string)) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  return out;
}

function unquote(s: string): string {
  const inner = s.startsWith('"') ? s.slice(1, -1) : s;
  return inner.replace(/\\(\d{3}|.)/g, (_m, g: string) =>
    g.length === 3 ? String.fromCharCode(Number(g)) : g,
  );
}

/** Parse a zone file. `origin` is the zone the file belongs to. */
export function parseZoneFile(text: string, origin: string): RR[] {
  let org = absolute(origin);
  let defTtl = 3600;
  let last = org;
  const out: RR[] = [];
  const rel = (n: string) => (n === '@' ? org : n.endsWith('.') ? n : `${n}.${org === '.' ? '' : org}`);
  const lines = text.split('\n').slice(0, MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i] as string;
    const lineNo = i + 1;
    // join parenthesised continuation lines
    while (
      raw.replace(/;.*$/, '').includes('(') &&
      !raw.replace(/;.*$/, '').includes(')') &&
      i + 1 < lines.length
    )
      raw = `${raw.replace(/;.*$/, '')} ${lines[++i]}`;
    const startsBlank = /^[ \t]/.test(raw);
    const toks = tokenize(raw.replace(/[()]/g, ' '));
    if (toks.length === 0) continue;
    if (toks[0] === '$ORIGIN') {
      org = absolute(rel(toks[1] ?? '.'));
      continue;
    }
    if (toks[0] === '$TTL') {
      const t = ttlValue(toks[1] ?? '');
      if (t === null) throw new ZoneFileError(`bad TTL at line ${lineNo}`);
      defTtl = t;
      continue;
    }
    if ((toks[0] as string).startsWith('$')) continue;
    let owner = last;
    let k = 0;
    if (!startsBlank) {
      owner = rel(toks[0] as string);
      k = 1;
    }
    let ttl = defTtl;
    for (let guard = 0; guard < 2 && k < toks.length; guard++) {
      const t = toks[k] as string;
      const tv = ttlValue(t);
      if (tv !== null && !/^(IN|CH|HS)$/i.test(t)) {
        ttl = tv;
        k++;
      } else if (/^(IN|CH|HS)$/i.test(t)) k++;
    }
    const type = (toks[k] ?? '').toUpperCase();
    const a = toks.slice(k + 1);
    const data = rdataFrom(type, a, rel);
    if (!data) throw new ZoneFileError(`bad ${type || 'record'} at line ${lineNo}`);
    last = owner;
    out.push(rr(owner, ttl, data));
  }
  return out;
}

function rdataFrom(type: string, a: string[], rel: (n: string) => string): RData | null {
  const n = (i: number) => Number(a[i]);
  const num = (i: number) => a[i] !== undefined && /^\d+$/.test(a[i] as string);
  switch (type) {
    case 'A': {
      const v = parseIPv4(a[0] ?? '');
      return v === null ? null : { type: 'A', addr: v };
    }
    case 'AAAA': {
      const v = parseIPv6(a[0] ?? '');
      return v ? { type: 'AAAA', addr: v } : null;
    }
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return a[0] ? { type, target: rel(a[0]) } : null;
    case 'MX':
      return num(0) && a[1] ? { type: 'MX', pref: n(0), exchange: rel(a[1]) } : null;
    case 'SRV':
      return num(0) && num(1) && num(2) && a[3]
        ? { type: 'SRV', priority: n(0), weight: n(1), port: n(2), target: rel(a[3]) }
        : null;
    case 'TXT':
      return a.length ? { type: 'TXT', strings: a.map(unquote) } : null;
    case 'SOA': {
      if (a.length < 7 || ![2, 3, 4, 5, 6].every(num)) return null;
      return {
        type: 'SOA',
        mname: rel(a[0] as string),
        rname: rel(a[1] as string),
        serial: n(2),
        refresh: ttlValue(a[3] as string) ?? n(3),
        retry: ttlValue(a[4] as string) ?? n(4),
        expire: ttlValue(a[5] as string) ?? n(5),
        minimum: ttlValue(a[6] as string) ?? n(6),
      };
    }
    default:
      return null;
  }
}

/** Records of a zone indexed by name. */
export class Zone {
  readonly origin: string;
  readonly byName = new Map<string, RR[]>();
  /** Names that have a name below them. */
  private readonly parents = new Set<string>();

  constructor(origin: string, records: readonly RR[]) {
    this.origin = nameKey(origin);
    for (const r of records) {
      const k = nameKey(r.name);
      const list = this.byName.get(k) ?? [];
      list.push(r);
      this.byName.set(k, list);
      const labels = k.split('.').filter((l) => l !== '');
      for (let i = 1; i < labels.length; i++) this.parents.add(`${labels.slice(i).join('.')}.`);
    }
  }

  get(name: string): RR[] {
    return this.byName.get(nameKey(name)) ?? [];
  }

  soa(): RR | undefined {
    return this.get(this.origin).find((r) => r.data.type === 'SOA');
  }

  /** Some name lies strictly below `name` (an empty non-terminal when `name` has no records). */
  hasChildren(name: string): boolean {
    return this.parents.has(nameKey(name));
  }

  /** The wildcard that would cover `name` (closest encloser's `*`), if any. */
  wildcard(name: string): RR[] {
    const labels = nameKey(name).split('.');
    for (let i = 1; i < labels.length - 1; i++) {
      const parent = labels.slice(i).join('.');
      if (!parent.endsWith(this.origin) && this.origin !== '.') break;
      const star = this.byName.get(`*.${parent}`);
      if (star) return star;
      if (this.byName.has(parent)) break;
    }
    return [];
  }
}
