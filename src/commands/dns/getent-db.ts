/** getent's file databases next to hosts: networks, services, protocols (glibc print formats). */

import { readFileOr } from '../../engines/resolver/hosts-file.js';
import { formatIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';

interface Entry {
  name: string;
  value: string;
  aliases: string[];
}

function entries(p: Proc, path: string): Entry[] {
  const out: Entry[] = [];
  for (const raw of readFileOr(p.ctx.fs, path).split('\n').slice(0, 20000)) {
    const w = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    if (w.length < 2) continue;
    out.push({ name: w[0] as string, value: w[1] as string, aliases: w.slice(2) });
  }
  return out;
}

function line(name: string, value: string, aliases: readonly string[]): string {
  return `${name.padEnd(21)} ${value}${aliases.map((a) => ` ${a}`).join('')}\n`;
}

/** inet_network(): "10.5" is 0x0a05; printed with inet_ntoa after htonl. */
function inetNetwork(s: string): number | null {
  const parts = s.split('.');
  if (parts.length > 4 || parts.some((x) => !/^\d+$/.test(x) || Number(x) > 255)) return null;
  return parts.reduce((n, x) => n * 256 + Number(x), 0) >>> 0;
}

/** Every entry without keys; else each key's first match, exit 2 when any key has none. */
function lookupEach(
  keys: readonly string[],
  all: Entry[],
  show: (e: Entry) => void,
  matches: (e: Entry, key: string) => boolean,
): number {
  if (keys.length === 0) {
    for (const e of all) show(e);
    return 0;
  }
  let rc = 0;
  for (const k of keys) {
    const e = all.find((x) => matches(x, k));
    if (e) show(e);
    else rc = 2;
  }
  return rc;
}

export function getentNetworks(p: Proc, keys: readonly string[]): number {
  const show = (e: Entry) => {
    const n = inetNetwork(e.value);
    p.out(line(e.name, n === null ? e.value : formatIPv4(n), e.aliases));
  };
  return lookupEach(keys, entries(p, '/etc/networks'), show, (x, k) => {
    const asNet = inetNetwork(k);
    return x.name === k || x.aliases.includes(k) || (asNet !== null && inetNetwork(x.value) === asNet);
  });
}

function showPlain(p: Proc): (e: Entry) => void {
  return (e) => p.out(line(e.name, e.value, e.aliases));
}

export function getentServices(p: Proc, keys: readonly string[]): number {
  return lookupEach(keys, entries(p, '/etc/services'), showPlain(p), (x, k) => {
    const [what, proto] = k.split('/');
    const [port, pr] = x.value.split('/');
    if (proto !== undefined && pr !== proto) return false;
    return /^\d+$/.test(what ?? '')
      ? Number(port) === Number(what)
      : x.name === what || x.aliases.includes(what ?? '');
  });
}

export function getentProtocols(p: Proc, keys: readonly string[]): number {
  return lookupEach(keys, entries(p, '/etc/protocols'), showPlain(p), (x, k) =>
    /^\d+$/.test(k) ? Number(x.value) === Number(k) : x.name === k || x.aliases.includes(k),
  );
}
