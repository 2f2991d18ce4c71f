/** Addresses on the iptables command line: `addr[/mask]`, comma lists, network and host names. */
import { paramError, strtoui } from './ext.js';
import type { NameDb } from './names.js';

/** xtables' dotted-quad reader: base-0 numbers, missing trailing octets are 0 (unless a mask). */
export function numericToAddr(s: string, isMask = false): number | null {
  const parts = s.split('.');
  if (parts.length > 4 || (isMask && parts.length !== 4)) return null;
  let v = 0;
  for (let i = 0; i < 4; i++) {
    const part = parts[i];
    const b = part === undefined ? 0 : strtoui(part, 0, 255);
    if (b === null) return null;
    v = v * 256 + b;
  }
  return v >>> 0;
}

export interface AddrMask {
  addr: number;
  mask: number;
}

/** xtables_ipparse_multiple: one entry per address, each masked. */
export function parseAddrSpec(spec: string, names: NameDb): AddrMask[] {
  const out: AddrMask[] = [];
  for (const item of spec.split(',')) {
    const slash = item.indexOf('/');
    const host = slash >= 0 ? item.slice(0, slash) : item;
    const maskText = slash >= 0 ? item.slice(slash + 1) : undefined;
    let mask = 0xffffffff;
    if (maskText !== undefined) {
      if (maskText.includes('.')) {
        const m = numericToAddr(maskText, true);
        if (m === null) paramError(`invalid mask \`${maskText}' specified`);
        mask = m;
      } else {
        const n = strtoui(maskText, 0, 32);
        if (n === null) paramError(`invalid mask \`${maskText}' specified`);
        mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
      }
    }
    if (mask === 0) {
      out.push({ addr: 0, mask: 0 });
      continue;
    }
    let addrs: number[];
    const num = numericToAddr(host);
    const net = num === null ? names.netAddr(host) : null;
    if (num !== null) addrs = [num];
    else if (net !== null) addrs = [net];
    else addrs = names.hostAddrs(host);
    if (addrs.length === 0 || host === '') paramError(`host/network \`${host}' not found`);
    for (const a of addrs) out.push({ addr: (a & mask) >>> 0, mask });
  }
  return out;
}
