/**
 * The golden `.case` format: `# key: value` header directives, comments,
 * and one shell command per non-blank line (see shared/golden/README.md).
 */

import compiledHeaderCheck from './case-header-validate.js';
import { HEADER_EXPECTS } from './case-schema.js';

/** ajv's validate function: true or false, with the first error in `errors`. */
type Validator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; keyword: string; params: { limit?: number } }> | null;
};
const validateHeader = compiledHeaderCheck as unknown as Validator;

export const HEADER_KEYS = new Set([
  'name',
  'description',
  'eth0',
  'gateway',
  'lan-hosts',
  'dns-server',
  'dns-record',
  'dns-ttl',
  'resolv.conf',
  'hosts',
  'kube-discovery-cache',
  'timeout',
  'tty',
]);
const REPEATABLE = new Set(['description', 'dns-record', 'resolv.conf', 'hosts']);

export interface CaseHeader {
  name?: string;
  description: string[];
  eth0?: string;
  gateway?: string;
  lanHosts?: string[];
  dnsServer?: string;
  dnsRecords: string[];
  dnsTtl?: number;
  resolvConf: string[];
  hosts: string[];
  kubeDiscoveryCache: boolean;
  timeout?: number;
  tty?: { cols: number; rows: number };
}

export interface CaseFile {
  header: CaseHeader;
  commands: string[];
}

export class CaseError extends Error {}

/** The header as written: one string per key, arrays for repeatable keys (and lan-hosts, split). */
type RawHeader = Record<string, string | string[]>;

export function parseCase(text: string, path = 'case'): CaseFile {
  const raw: RawHeader = Object.create(null);
  /** Line numbers of each key's values, for messages. */
  const lines: Record<string, number[]> = Object.create(null);
  const commands: string[] = [];
  text.split('\n').forEach((rawLine, idx) => {
    const s = rawLine.trim();
    if (!s) return;
    if (!s.startsWith('#')) {
      commands.push(s);
      return;
    }
    const m = /^#\s*([a-z0-9.-]+):(?:\s(.*))?$/.exec(s);
    if (!m || !HEADER_KEYS.has(m[1] as string)) return;
    const key = m[1] as string;
    const val = (m[2] ?? '').trimEnd();
    const at = (lines[key] ??= []);
    if (REPEATABLE.has(key)) {
      ((raw[key] ??= []) as string[]).push(val);
      at.push(idx + 1);
      return;
    }
    if (at.length) throw new CaseError(`${path}:${idx + 1}: duplicate header ${key}`);
    at.push(idx + 1);
    raw[key] = key === 'lan-hosts' ? val.split(/\s+/).filter(Boolean) : val;
  });
  checkHeader(raw, lines, path);
  return { header: toHeader(raw), commands };
}

/** Validate the raw header against the schema (compiled ahead of time by ajv). */
function checkHeader(raw: RawHeader, lines: Record<string, number[]>, path: string): void {
  if (validateHeader(raw)) return;
  const e = validateHeader.errors?.[0];
  const [, key = '', index] = (e?.instancePath ?? '').split('/');
  const at = lines[key] ?? [];
  const line = at[index === undefined ? 0 : Number(index)] ?? at[0] ?? 0;
  if (e?.keyword === 'maxItems' || e?.keyword === 'minItems') {
    const what = key === 'lan-hosts' ? 'addresses' : 'lines';
    throw new CaseError(
      `${path}:${line}: ${key}: ${e.keyword === 'maxItems' ? `at most ${e.params.limit} ${what} allowed` : 'needs at least one address'}`,
    );
  }
  const v = raw[key];
  const value = Array.isArray(v) ? (index === undefined ? v.join(' ') : v[Number(index)]) : v;
  throw new CaseError(
    `${path}:${line}: bad ${key} ${JSON.stringify(value)}: expected ${HEADER_EXPECTS[key] ?? 'a valid value'}`,
  );
}

function toHeader(raw: RawHeader): CaseHeader {
  const one = (k: string) => raw[k] as string | undefined;
  const many = (k: string) => (raw[k] as string[] | undefined) ?? [];
  const header: CaseHeader = {
    description: many('description'),
    dnsRecords: many('dns-record'),
    resolvConf: many('resolv.conf'),
    hosts: many('hosts'),
    kubeDiscoveryCache: one('kube-discovery-cache') === 'yes',
  };
  const name = one('name');
  if (name !== undefined) header.name = name;
  const eth0 = one('eth0');
  if (eth0 !== undefined) header.eth0 = eth0;
  const gateway = one('gateway');
  if (gateway !== undefined) header.gateway = gateway;
  if (raw['lan-hosts'] !== undefined) header.lanHosts = many('lan-hosts');
  const dnsServer = one('dns-server');
  if (dnsServer !== undefined) header.dnsServer = dnsServer;
  const ttl = one('dns-ttl');
  if (ttl !== undefined) header.dnsTtl = Math.min(Number(ttl), 2147483647);
  const timeout = one('timeout');
  if (timeout !== undefined) header.timeout = Number(timeout);
  const tty = /^(\d+)x(\d+)$/i.exec(one('tty') ?? '');
  if (tty) header.tty = { cols: Number(tty[1]), rows: Number(tty[2]) };
  return header;
}
