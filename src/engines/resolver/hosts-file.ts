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

/** Sources of the `hosts:` database, in order ("files dns" when the file says nothing). */
export function nsswitchHosts(fs: FsView): string[] {
  const text = readFileOr(fs, '/etc/nsswitch.conf', 'hosts: files dns\n');
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^hosts\s*:\s*(.*)$/.exec(line);
    if (m) return (m[1] as string).split(/\s+/).filter((w) => w && !w.startsWith('['));
  }
  return ['dns', 'files'];
}
