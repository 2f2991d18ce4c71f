/**
 * IPv4 / IPv6 address arithmetic and text forms, as the C library and
 * iproute2 parse and print them. IPv4 addresses are unsigned 32-bit numbers;
 * IPv6 addresses are 16-byte arrays.
 */

export type Family = 4 | 6;

/** C strtoul(s, &end, 0) for the leading part of s: returns [value, charsConsumed]. */
export function strtoul0(s: string, from = 0): [number, number] {
  let i = from;
  let base = 10;
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
    base = 16;
    i += 2;
  } else if (s[i] === '0') {
    base = 8;
  }
  const start = i;
  let v = 0;
  while (i < s.length) {
    const d = Number.parseInt(s[i] as string, base);
    if (Number.isNaN(d)) break;
    v = v * base + d;
    if (v > 0xffffffffff) v = 0xffffffffff; // saturate, still "too big"
    i++;
  }
  if (i === start && base !== 8) return [0, 0];
  return [v, i - from];
}

/** iproute2 get_addr_ipv4: 1 to 4 dotted parts, each 0..255, C number syntax. */
export function parseIPv4Loose(s: string): number | null {
  const parts: number[] = [];
  let pos = 0;
  for (let i = 0; i < 4; i++) {
    const [n, used] = strtoul0(s, pos);
    if (used === 0 || n > 255) return null;
    parts.push(n);
    pos += used;
    if (pos === s.length) break;
    if (i === 3 || s[pos] !== '.') return null;
    pos++;
  }
  while (parts.length < 4) parts.push(0);
  return (
    (((parts[0] as number) << 24) |
      ((parts[1] as number) << 16) |
      ((parts[2] as number) << 8) |
      (parts[3] as number)) >>>
    0
  );
}

/** inet_pton(AF_INET): exactly four decimal parts 0..255, no leading zeros issue (glibc accepts them as decimal). */
export function parseIPv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255) return null;
    v = v * 256 + n;
  }
  return v >>> 0;
}

/** inet_aton: like the C library (a, a.b, a.b.c, a.b.c.d; each part C number syntax). */
export function parseIPv4Aton(s: string): number | null {
  const parts: number[] = [];
  let pos = 0;
  if (s.length === 0) return null;
  for (;;) {
    const [n, used] = strtoul0(s, pos);
    if (used === 0) return null;
    parts.push(n);
    pos += used;
    if (pos === s.length) break;
    if (s[pos] !== '.' || parts.length === 4) return null;
    pos++;
  }
  const [a = 0, b = 0, c = 0, d = 0] = parts;
  switch (parts.length) {
    case 1:
      return a > 0xffffffff ? null : a >>> 0;
    case 2:
      return a > 255 || b > 0xffffff ? null : ((a << 24) | b) >>> 0;
    case 3:
      return a > 255 || b > 255 || c > 0xffff ? null : ((a << 24) | (b << 16) | c) >>> 0;
    default:
      return a > 255 || b > 255 || c > 255 || d > 255 ? null : ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  }
}

export function formatIPv4(v: number): string {
  return `${(v >>> 24) & 255}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function networkOf(addr: number, prefix: number): number {
  return (addr & maskOf(prefix)) >>> 0;
}

export function broadcastOf(addr: number, prefix: number): number {
  return (addr | ~maskOf(prefix)) >>> 0;
}

export function inSubnet(addr: number, net: number, prefix: number): boolean {
  return (addr & maskOf(prefix)) >>> 0 === networkOf(net, prefix);
}

/** Prefix length of a contiguous netmask, or -1. */
export function prefixOfMask(mask: number): number {
  let p = 0;
  while (p < 32 && (mask & (0x80000000 >>> p)) !== 0) p++;
  return maskOf(p) === mask >>> 0 ? p : -1;
}

// ---------------------------------------------------------------- IPv6

export type IPv6 = Uint8Array;

export function parseIPv6(s: string): IPv6 | null {
  if (s.length === 0 || s.length > 45) return null;
  let tail4: number[] | null = null;
  let text = s;
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.')) {
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (v4 === null) return null;
    tail4 = [(v4 >>> 24) & 255, (v4 >>> 16) & 255, (v4 >>> 8) & 255, v4 & 255];
    text = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parseGroups = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(Number.parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0] as string);
  const tail = halves.length === 2 ? parseGroups(halves[1] as string) : [];
  if (!head || !tail) return null;
  let groups: number[];
  if (halves.length === 2) {
    const fill = 8 - head.length - tail.length;
    if (fill < 1) return null;
    groups = [...head, ...new Array<number>(fill).fill(0), ...tail];
  } else {
    if (head.length !== 8) return null;
    groups = head;
  }
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[i * 2] = g >> 8;
    out[i * 2 + 1] = g & 255;
  });
  if (tail4) out.set(tail4, 12);
  return out;
}

/** inet_ntop(AF_INET6) as glibc prints it (RFC 5952 compression, IPv4-mapped forms). */
export function formatIPv6(a: IPv6): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(((a[i * 2] as number) << 8) | (a[i * 2 + 1] as number));
  // IPv4-mapped / compatible forms
  const zero5 = g.slice(0, 5).every((x) => x === 0);
  if (zero5 && g[5] === 0xffff) {
    return `::ffff:${a[12]}.${a[13]}.${a[14]}.${a[15]}`;
  }
  if (zero5 && g[5] === 0 && (g[6] !== 0 || (g[7] as number) > 1)) {
    return `::${a[12]}.${a[13]}.${a[14]}.${a[15]}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] === 0) {
      let j = i;
      while (j < 8 && g[j] === 0) j++;
      if (j - i > bestLen && j - i >= 2) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    } else i++;
  }
  const hex = (x: number) => x.toString(16);
  if (bestStart < 0) return g.map(hex).join(':');
  const left = g.slice(0, bestStart).map(hex).join(':');
  const right = g
    .slice(bestStart + bestLen)
    .map(hex)
    .join(':');
  return `${left}::${right}`;
}

export function ipv6Equal(a: IPv6, b: IPv6): boolean {
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The EUI-64 link-local address the kernel derives from a MAC. */
export function linkLocalFromMac(mac: string): IPv6 {
  const b = mac.split(':').map((x) => Number.parseInt(x, 16));
  const out = new Uint8Array(16);
  out[0] = 0xfe;
  out[1] = 0x80;
  out[8] = (b[0] as number) ^ 2;
  out[9] = b[1] as number;
  out[10] = b[2] as number;
  out[11] = 0xff;
  out[12] = 0xfe;
  out[13] = b[3] as number;
  out[14] = b[4] as number;
  out[15] = b[5] as number;
  return out;
}

export function parseMac(s: string): string | null {
  const parts = s.split(':');
  if (parts.length !== 6) return null;
  if (!parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) return null;
  return parts.map((p) => p.toLowerCase().padStart(2, '0')).join(':');
}

export function isMulticastMac(mac: string): boolean {
  return (Number.parseInt(mac.slice(0, 2), 16) & 1) === 1;
}

/** Dotted netmask text for a prefix length. */
export function maskText(prefix: number): string {
  return formatIPv4(maskOf(prefix));
}

/** Parse "a.b.c.d/len" (len optional). */
export function parseCidr4(s: string): { addr: number; prefix: number } | null {
  const [a, p] = s.split('/', 2);
  const addr = parseIPv4(a ?? '');
  if (addr === null) return null;
  if (p === undefined) return { addr, prefix: 32 };
  if (!/^\d{1,2}$/.test(p) || Number(p) > 32) return null;
  return { addr, prefix: Number(p) };
}

export function cidrText(addr: number, prefix: number): string {
  return `${formatIPv4(addr)}/${prefix}`;
}
