/** Addresses on the iptables command line: `addr[/mask]`, comma lists, network and host names. */
import { type IPv6, parseIPv6 } from '../../model/inet.js';
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
  addr6?: IPv6;
  prefix6?: number;
}

function maskV6(a: IPv6, prefix: number): IPv6 {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    out[i] = (a[i] as number) & ((0xff << (8 - bits)) & 0xff);
  }
  return out;
}

function prefixOfV6Mask(m: IPv6): number {
  let n = 0;
  for (const b of m) {
    if (b === 0xff) n += 8;
    else {
      n += 8 - Math.log2(((~b & 0xff) + 1) | 0);
      break;
    }
  }
  return Number.isInteger(n) ? n : -1;
}

/** ip6tables addresses: numeric only here, `addr[/prefix]`, comma lists. */
export function parseAddrSpec6(spec: string): AddrMask[] {
  const out: AddrMask[] = [];
  for (const item of spec.split(',')) {
    const slash = item.indexOf('/');
    const host = slash >= 0 ? item.slice(0, slash) : item;
    const maskText = slash >= 0 ? item.slice(slash + 1) : undefined;
    let prefix = 128;
    if (maskText !== undefined) {
      const n = maskText.includes(':') ? null : strtoui(maskText, 0, 128);
      const m = maskText.includes(':') ? parseIPv6(maskText) : null;
      const p = n ?? (m ? prefixOfV6Mask(m) : -1);
      if (p < 0) paramError(`invalid mask \`${maskText}' specified`);
      prefix = p;
    }
    const a = host === '0.0.0.0' && prefix === 0 ? new Uint8Array(16) : parseIPv6(host);
    if (!a) paramError(`host/network \`${host}' not found`);
    out.push({ addr: 0, mask: prefix === 0 ? 0 : 0xffffffff, addr6: maskV6(a, prefix), prefix6: prefix });
  }
  return out;
}

/** xtables_ipparse_multiple: one entry per address, each masked. */
export function parseAddrSpec(spec: string, names: NameDb): AddrMask[] {
  const out: AddrMask[] = [];
  for (const item of spec.split(',')) {
    const slash = item.lastIndexOf('/');
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
