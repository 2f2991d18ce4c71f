/** in-addr.arpa / ip6.arpa names and the addresses they stand for. */
import type { IPv6 } from '../../model/inet.js';
import { bareName } from './message.js';

export type ArpaAddr = { family: 4; addr: number } | { family: 6; addr: IPv6 };

/** 192.168.1.20 -> 20.1.168.192.in-addr.arpa. */
export function reverseName4(addr: number): string {
  return `${addr & 255}.${(addr >>> 8) & 255}.${(addr >>> 16) & 255}.${(addr >>> 24) & 255}.in-addr.arpa.`;
}

/** fd00::20 -> 0.2.0.0 ... d.f.ip6.arpa. */
export function reverseName6(addr: IPv6): string {
  const nibbles: string[] = [];
  for (let i = 15; i >= 0; i--) {
    const b = addr[i] as number;
    nibbles.push((b & 15).toString(16), (b >> 4).toString(16));
  }
  return `${nibbles.join('.')}.ip6.arpa.`;
}

/** The address a full reverse name stands for (exactly 4 octets / 32 nibbles), else null. */
export function arpaToAddr(name: string): ArpaAddr | null {
  const b = bareName(name).toLowerCase();
  let m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(b);
  if (m) {
    const o = [m[4], m[3], m[2], m[1]].map(Number);
    if (o.some((x) => x > 255)) return null;
    return {
      family: 4,
      addr:
        (((o[0] as number) << 24) | ((o[1] as number) << 16) | ((o[2] as number) << 8) | (o[3] as number)) >>>
        0,
    };
  }
  m = /^((?:[0-9a-f]\.){32})ip6\.arpa$/.exec(b);
  if (m) {
    const nib = (m[1] as string).split('.').filter((x) => x !== '');
    const out = new Uint8Array(16);
    for (let i = 0; i < 16; i++) {
      const lo = Number.parseInt(nib[i * 2] as string, 16);
      const hi = Number.parseInt(nib[i * 2 + 1] as string, 16);
      out[15 - i] = (hi << 4) | lo;
    }
    return { family: 6, addr: out };
  }
  return null;
}

export function isReverseName(name: string): boolean {
  const b = bareName(name).toLowerCase();
  return b === 'in-addr.arpa' || b.endsWith('.in-addr.arpa') || b === 'ip6.arpa' || b.endsWith('.ip6.arpa');
}
