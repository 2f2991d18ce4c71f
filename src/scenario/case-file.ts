/**
 * The golden `.case` format: `# key: value` header directives, comments,
 * and one shell command per non-blank line (see shared/golden/README.md).
 */

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

export function parseCase(text: string, path = 'case'): CaseFile {
  const header: CaseHeader = {
    description: [],
    dnsRecords: [],
    resolvConf: [],
    hosts: [],
    kubeDiscoveryCache: false,
  };
  const seen = new Set<string>();
  const commands: string[] = [];
  text.split('\n').forEach((raw, idx) => {
    const s = raw.trim();
    if (!s) return;
    if (s.startsWith('#')) {
      const m = /^#\s*([a-z0-9.-]+):(?:\s(.*))?$/.exec(s);
      if (!m || !HEADER_KEYS.has(m[1] as string)) return;
      const key = m[1] as string;
      const val = (m[2] ?? '').trimEnd();
      if (!REPEATABLE.has(key)) {
        if (seen.has(key)) throw new CaseError(`${path}:${idx + 1}: duplicate header ${key}`);
        seen.add(key);
      }
      switch (key) {
        case 'name':
          header.name = val;
          break;
        case 'description':
          header.description.push(val);
          break;
        case 'eth0':
          header.eth0 = val;
          break;
        case 'gateway':
          header.gateway = val;
          break;
        case 'lan-hosts':
          header.lanHosts = val.split(/\s+/).filter(Boolean);
          break;
        case 'dns-server':
          header.dnsServer = val;
          break;
        case 'dns-record':
          header.dnsRecords.push(val);
          break;
        case 'dns-ttl':
          header.dnsTtl = Number(val);
          break;
        case 'resolv.conf':
          header.resolvConf.push(val);
          break;
        case 'hosts':
          header.hosts.push(val);
          break;
        case 'kube-discovery-cache':
          header.kubeDiscoveryCache = val === 'yes';
          break;
        case 'timeout':
          header.timeout = Number(val);
          break;
        case 'tty': {
          const t = /^(\d+)x(\d+)$/i.exec(val);
          if (!t) throw new CaseError(`${path}:${idx + 1}: tty must be COLSxROWS`);
          header.tty = { cols: Number(t[1]), rows: Number(t[2]) };
          break;
        }
      }
      return;
    }
    commands.push(s);
  });
  return { header, commands };
}
