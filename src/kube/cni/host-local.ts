/** The host-local IPAM plugin: one file per allocated IP under /var/lib/cni/networks/<network>/. */
import { formatIPv4, parseCidr4 } from '../../model/inet.js';
import type { Vfs } from '../../model/vfs.js';
import { FsView } from '../../model/vfs.js';

export interface IpamResult {
  ip: number;
  prefix: number;
  gateway: number;
}

function dir(network: string): string {
  return `/var/lib/cni/networks/${network}`;
}

/** Allocate the next free address of `subnet` after the last reserved one (the gateway .1 is never handed out). */
export function hostLocalAllocate(
  fs: Vfs,
  network: string,
  subnet: string,
  containerId: string,
  ifname: string,
): IpamResult | string {
  const c = parseCidr4(subnet);
  if (!c) return `invalid subnet ${subnet}`;
  const view = new FsView(fs);
  const d = dir(network);
  view.mkdir(d, '/', true);
  const size = 2 ** (32 - c.prefix);
  const base = c.addr;
  const gateway = (base + 1) >>> 0;
  let last = gateway;
  try {
    const t = view.readFile(`${d}/last_reserved_ip.0`).trim();
    const v = t.split('.').reduce((a, b) => a * 256 + Number(b), 0);
    if (v > base && v < base + size - 1) last = v;
  } catch {
    // first allocation
  }
  for (let i = 1; i < size - 2; i++) {
    let cand = last + i;
    if (cand >= base + size - 1) cand = base + 2 + ((cand - base - 2) % (size - 3));
    if (cand === gateway) continue;
    const name = formatIPv4(cand >>> 0);
    if (view.exists(`${d}/${name}`)) continue;
    view.writeFile(`${d}/${name}`, `${containerId}\n${ifname}`);
    view.writeFile(`${d}/last_reserved_ip.0`, name);
    view.writeFile(`${d}/lock`, '');
    return { ip: cand >>> 0, prefix: c.prefix, gateway };
  }
  return `failed to allocate for range 0: no IP addresses available in range set: ${formatIPv4((base + 1) >>> 0)}-${formatIPv4((base + size - 2) >>> 0)}`;
}

export function hostLocalRelease(fs: Vfs, network: string, containerId: string): void {
  const view = new FsView(fs);
  const d = dir(network);
  let names: string[] = [];
  try {
    names = view.readdir(d);
  } catch {
    return;
  }
  for (const n of names) {
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(n)) continue;
    try {
      if (view.readFile(`${d}/${n}`).startsWith(`${containerId}\n`)) view.unlink(`${d}/${n}`);
    } catch {
      // gone already
    }
  }
}
