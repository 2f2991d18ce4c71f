/** /etc/hosts and /etc/nsswitch.conf as glibc reads them. */
import { type IPv6, parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { FsView } from '../../model/vfs.js';

export interface HostsEntry {
  family: 4 | 6;
  v4?: number;
  v6?: IPv6;
  /** The address as written. */
  text: string;
  names: string[];
}

export function readFileOr(fs: FsView, path: string, fallback = ''): string {
  try {
    return fs.readFile(path);
  } catch {
    return fallback;
  }
}

export function parseHosts(text: string): HostsEntry[] {
  const out: HostsEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [addr, ...names] = line.split(/\s+/);
    if (!addr || names.length === 0) continue;
    const v4 = parseIPv4(addr);
    if (v4 !== null) {
      out.push({ family: 4, v4, text: addr, names });
      continue;
    }
    const v6 = parseIPv6(addr);
    if (v6) out.push({ family: 6, v6, text: addr, names });
  }
  return out;
}

export function readHosts(fs: FsView): HostsEntry[] {
  return parseHosts(readFileOr(fs, '/etc/hosts'));
}

export type NssStatus = 'SUCCESS' | 'NOTFOUND' | 'UNAVAIL' | 'TRYAGAIN';

export interface NssSource {
  name: string;
  /** `[NOTFOUND=return]` style items that follow the source. */
  actions: Partial<Record<NssStatus, 'return' | 'continue'>>;
}

function parseActions(item: string, into: NssSource['actions']): void {
  for (const part of item.replace(/^\[|\]$/g, '').split(/\s+/)) {
    const m = /^(!?)(SUCCESS|NOTFOUND|UNAVAIL|TRYAGAIN)=(return|continue|merge)$/i.exec(part);
    if (!m) continue;
    const status = (m[2] as string).toUpperCase() as NssStatus;
    const action = (m[3] as string).toLowerCase() === 'return' ? 'return' : 'continue';
    if (m[1]) {
      for (const s of ['SUCCESS', 'NOTFOUND', 'UNAVAIL', 'TRYAGAIN'] as const)
        if (s !== status) into[s] = action;
    } else into[status] = action;
  }
}

/** One NSS service list (`files [NOTFOUND=return] dns`). */
export function parseServiceList(text: string): NssSource[] {
  const out: NssSource[] = [];
  for (const item of text.match(/\[[^\]]*\]|[^\s[]+/g) ?? []) {
    const last = out[out.length - 1];
    if (item.startsWith('[')) {
      if (last) parseActions(item, last.actions);
    } else out.push({ name: item, actions: {} });
  }
  return out;
}

/**
 * Sources of the `hosts:` database in order; a file without a hosts line
 * gets glibc's default. `override` is a configuration set with
 * __nss_configure_lookup (getent -s).
 */
export function nsswitchHosts(fs: FsView, override?: string): NssSource[] {
  if (override !== undefined) return parseServiceList(override);
  // no file at all (musl and uClibc images have none): /etc/hosts, then DNS
  const text = readFileOr(fs, '/etc/nsswitch.conf', 'hosts: files dns\n');
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^hosts\s*:\s*(.*)$/.exec(line);
    if (m) return parseServiceList(m[1] as string);
  }
  // glibc's built-in default: "dns [!UNAVAIL=return] files"
  return [
    { name: 'dns', actions: { SUCCESS: 'return', NOTFOUND: 'return', TRYAGAIN: 'return' } },
    { name: 'files', actions: {} },
  ];
}
