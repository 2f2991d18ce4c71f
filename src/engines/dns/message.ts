/**
 * DNS messages as plain data: questions, resource records with typed rdata,
 * header flags, EDNS. Names are absolute and keep the case they were given
 * ("web.example.com."); comparisons go through `nameKey`.
 */
import type { IPv6 } from '../../model/inet.js';

export type Rcode = 'NOERROR' | 'FORMERR' | 'SERVFAIL' | 'NXDOMAIN' | 'NOTIMP' | 'REFUSED';

export const RCODE_NUM: Record<Rcode, number> = {
  NOERROR: 0,
  FORMERR: 1,
  SERVFAIL: 2,
  NXDOMAIN: 3,
  NOTIMP: 4,
  REFUSED: 5,
};

export type RData =
  | { type: 'A'; addr: number }
  | { type: 'AAAA'; addr: IPv6 }
  | { type: 'CNAME' | 'PTR' | 'NS'; target: string }
  | { type: 'MX'; pref: number; exchange: string }
  | { type: 'SRV'; priority: number; weight: number; port: number; target: string }
  | { type: 'TXT'; strings: string[] }
  | {
      type: 'SOA';
      mname: string;
      rname: string;
      serial: number;
      refresh: number;
      retry: number;
      expire: number;
      minimum: number;
    }
  | { type: 'HINFO'; cpu: string; os: string }
  /** Any other type, kept as raw bytes (printed in RFC 3597 form). */
  | { type: 'UNKNOWN'; code: number; bytes: number[] };

export type RRType = RData['type'];

export interface RR {
  name: string;
  ttl: number;
  cls: string;
  data: RData;
}

export interface Question {
  name: string;
  /** Numeric type code (1 = A, 28 = AAAA, 255 = ANY ...). */
  qtype: number;
  /** Numeric class (1 = IN). */
  qclass: number;
}

export interface Edns {
  udp: number;
  version: number;
  do: boolean;
  /** Client cookie (16 hex digits) and, when a server adds one, its cookie. */
  cookie?: { client: string; server?: string };
}

export interface DnsMessage {
  id: number;
  qr: boolean;
  opcode: number;
  aa: boolean;
  tc: boolean;
  rd: boolean;
  ra: boolean;
  ad: boolean;
  cd: boolean;
  rcode: Rcode;
  question: Question[];
  answer: RR[];
  authority: RR[];
  additional: RR[];
  edns?: Edns;
  /** Size on the wire, as the sender encoded it (compression is the sender's choice). */
  size?: number;
}

/** A query as a stub resolver or dig sends it. */
export interface DnsQuery extends DnsMessage {
  /** How many servers forwarded this query already (loop and depth bound). */
  hops?: number;
  /** Transport the query arrived on. */
  proto?: 'udp' | 'tcp';
}

/** Lower-case key of a name, always absolute. */
export function nameKey(name: string): string {
  return absolute(name).toLowerCase();
}

/** Make a name absolute (trailing dot). */
export function absolute(name: string): string {
  if (name === '' || name === '.') return '.';
  return name.endsWith('.') ? name : `${name}.`;
}

/** Name without the trailing dot, as dns_name_format prints it ("." for the root). */
export function bareName(name: string): string {
  if (name === '.' || name === '') return '.';
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

export function labelsOf(name: string): string[] {
  const b = bareName(name);
  return b === '.' ? [] : b.split('.');
}

/** True when `child` equals `parent` or lies below it. */
export function inZone(child: string, zone: string): boolean {
  const c = nameKey(child);
  const z = nameKey(zone);
  return z === '.' || c === z || c.endsWith(`.${z}`);
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function newQuery(name: string, qtype: number, opts: Partial<DnsMessage> = {}): DnsQuery {
  return {
    id: 0,
    qr: false,
    opcode: 0,
    aa: false,
    tc: false,
    rd: true,
    ra: false,
    ad: false,
    cd: false,
    rcode: 'NOERROR',
    question: [{ name: absolute(name), qtype, qclass: 1 }],
    answer: [],
    authority: [],
    additional: [],
    ...opts,
  };
}

/** A response skeleton for a query: id, question, rd and opcode copied. */
export function replyTo(q: DnsMessage, rcode: Rcode = 'NOERROR'): DnsMessage {
  return {
    id: q.id,
    qr: true,
    opcode: q.opcode,
    aa: false,
    tc: false,
    rd: q.rd,
    ra: false,
    ad: false,
    cd: q.cd,
    rcode,
    question: q.question.map((x) => ({ ...x })),
    answer: [],
    authority: [],
    additional: [],
  };
}

/** The header flags that are set, by their dig mnemonics in header order. */
export function headerFlags(m: DnsMessage): string[] {
  const f: string[] = [];
  if (m.qr) f.push('qr');
  if (m.aa) f.push('aa');
  if (m.tc) f.push('tc');
  if (m.rd) f.push('rd');
  if (m.ra) f.push('ra');
  if (m.ad) f.push('ad');
  if (m.cd) f.push('cd');
  return f;
}

export function rr(name: string, ttl: number, data: RData, cls = 'IN'): RR {
  return { name: absolute(name), ttl, cls, data };
}

/** The numeric type code of an rdata. */
export function rdataCode(d: RData): number {
  return d.type === 'UNKNOWN' ? d.code : (TYPE_CODE[d.type] as number);
}

/** Type mnemonics BIND knows, with their codes (enough to accept and print what users type). */
export const TYPE_CODE: Record<string, number> = {
  A: 1,
  NS: 2,
  MD: 3,
  MF: 4,
  CNAME: 5,
  SOA: 6,
  MB: 7,
  MG: 8,
  MR: 9,
  NULL: 10,
  WKS: 11,
  PTR: 12,
  HINFO: 13,
  MINFO: 14,
  MX: 15,
  TXT: 16,
  RP: 17,
  AFSDB: 18,
  X25: 19,
  ISDN: 20,
  RT: 21,
  NSAP: 22,
  'NSAP-PTR': 23,
  SIG: 24,
  KEY: 25,
  PX: 26,
  GPOS: 27,
  AAAA: 28,
  LOC: 29,
  NXT: 30,
  EID: 31,
  NIMLOC: 32,
  SRV: 33,
  ATMA: 34,
  NAPTR: 35,
  KX: 36,
  CERT: 37,
  A6: 38,
  DNAME: 39,
  SINK: 40,
  OPT: 41,
  APL: 42,
  DS: 43,
  SSHFP: 44,
  IPSECKEY: 45,
  RRSIG: 46,
  NSEC: 47,
  DNSKEY: 48,
  DHCID: 49,
  NSEC3: 50,
  NSEC3PARAM: 51,
  TLSA: 52,
  SMIMEA: 53,
  HIP: 55,
  NINFO: 56,
  RKEY: 57,
  TALINK: 58,
  CDS: 59,
  CDNSKEY: 60,
  OPENPGPKEY: 61,
  CSYNC: 62,
  ZONEMD: 63,
  SVCB: 64,
  HTTPS: 65,
  SPF: 99,
  UINFO: 100,
  UID: 101,
  GID: 102,
  UNSPEC: 103,
  NID: 104,
  L32: 105,
  L64: 106,
  LP: 107,
  EUI48: 108,
  EUI64: 109,
  TKEY: 249,
  TSIG: 250,
  IXFR: 251,
  AXFR: 252,
  MAILB: 253,
  MAILA: 254,
  ANY: 255,
  URI: 256,
  CAA: 257,
  AVC: 258,
  DOA: 259,
  AMTRELAY: 260,
  RESINFO: 261,
  TA: 32768,
  DLV: 32769,
};

const CODE_TYPE = new Map<number, string>(Object.entries(TYPE_CODE).map(([k, v]) => [v, k]));

/** dns_rdatatype_fromtext: a mnemonic (any case) or TYPEnnn; null when unknown. */
export function parseType(text: string): number | null {
  const up = text.toUpperCase();
  const known = TYPE_CODE[up];
  if (known !== undefined) return known;
  const m = /^TYPE(\d{1,5})$/.exec(up);
  if (m) {
    const n = Number(m[1]);
    return n <= 65535 ? n : null;
  }
  return null;
}

/** dns_rdatatype_totext. */
export function typeName(code: number): string {
  return CODE_TYPE.get(code) ?? `TYPE${code}`;
}

const CLASS_CODE: Record<string, number> = { IN: 1, CH: 3, CHAOS: 3, HS: 4, HESIOD: 4, NONE: 254, ANY: 255 };

export function parseClass(text: string): number | null {
  const up = text.toUpperCase();
  const known = CLASS_CODE[up];
  if (known !== undefined) return known;
  const m = /^CLASS(\d{1,5})$/.exec(up);
  return m && Number(m[1]) <= 65535 ? Number(m[1]) : null;
}

export function className(code: number): string {
  switch (code) {
    case 1:
      return 'IN';
    case 3:
      return 'CH';
    case 4:
      return 'HS';
    case 254:
      return 'NONE';
    case 255:
      return 'ANY';
    default:
      return `CLASS${code}`;
  }
}

/** The type codes the engine itself uses. */
export const QT = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  HINFO: 13,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  OPT: 41,
  AXFR: 252,
  ANY: 255,
} as const;
