/**
 * What the iptables family of programs share: which variant runs (name,
 * backend, version from the world's profile), the name lookups through the
 * host's files and resolver, and iptables' error wording.
 */
import type { XtError } from '../../engines/netfilter/ext.js';
import { makeNameDb, type NameDb } from '../../engines/netfilter/names.js';
import type { Backend } from '../../engines/netfilter/ops.js';
import { getaddrinfo, getnameinfo } from '../../engines/resolver/getaddrinfo.js';
import { readFileOr } from '../../engines/resolver/hosts-file.js';
import type { Netns } from '../../model/types.js';
import type { Proc } from '../../shell/types.js';

export interface XtTool {
  /** Name in messages: iptables or ip6tables. */
  prog: string;
  family: 4 | 6;
  backend: Backend;
  version: string;
}

/** The variant a program name stands for (`iptables-legacy`, `ip6tables-nft-save` ...). */
export function toolFor(p: Proc, name: string): XtTool {
  const base = name.replace(/^.*\//, '');
  const family = base.startsWith('ip6') ? 6 : 4;
  const backend: Backend = base.includes('-legacy')
    ? 'legacy'
    : base.includes('-nft')
      ? 'nf_tables'
      : p.ctx.world.profile.iptablesBackend;
  return {
    prog: family === 6 ? 'ip6tables' : 'iptables',
    family,
    backend,
    version: p.ctx.world.profile.iptables,
  };
}

export function versionPrefix(t: XtTool, prog = t.prog): string {
  return `${prog} v${t.version} (${t.backend === 'legacy' ? 'legacy' : 'nf_tables'}): `;
}

/** An XtError as the program prints it. */
export function errorText(t: XtTool, e: XtError, prog = t.prog): string {
  const tryLine = `Try \`${prog} -h' or '${prog} --help' for more information.\n`;
  switch (e.style) {
    case 'bare':
      return `${prog}: ${e.msg}\n`;
    case 'version':
      return `${versionPrefix(t, prog)}${e.msg}\n`;
    case 'raw-try':
      return `${e.msg}\n${tryLine}`;
    default:
      return `${versionPrefix(t, prog)}${e.msg}\n${tryLine}`;
  }
}

/** libc's name databases as this process sees them (its files, its resolver). */
export function namesFor(p: Proc): NameDb {
  const fs = p.ctx.fs;
  const env = { world: p.ctx.world, ns: p.ctx.ns, fs, env: p.ctx.env };
  return makeNameDb({
    services: readFileOr(fs, '/etc/services'),
    protocols: readFileOr(fs, '/etc/protocols'),
    networks: readFileOr(fs, '/etc/networks'),
    hosts: readFileOr(fs, '/etc/hosts'),
    dnsLookup: (name) => {
      const r = getaddrinfo(env, name, 4);
      if (!r.ok) return [];
      return r.addrs.filter((a) => a.family === 4).map((a) => a.v4 as number);
    },
    dnsReverse: (addr) => getnameinfo(env, addr),
  });
}

/**
 * Where a variant's tables live. The profile's back end for IPv4 owns the
 * namespace's own netfilter state (the one packets meet); the other back
 * end and ip6tables keep theirs beside it, as separate kernel rule sets.
 */
export function stateNs(ns: Netns, t: XtTool, main: Backend): Netns {
  if (t.family === 4 && t.backend === main) return ns;
  const key = `xtables:${t.family}:${t.backend}`;
  let other = ns.ext[key] as Netns | undefined;
  if (!other) {
    other = { ...ns, netfilter: undefined, conntrack: undefined, ext: {} };
    ns.ext[key] = other;
  }
  return other;
}

/** iptables-nft's note when the legacy back end also has tables in this namespace. */
export function legacyWarning(p: Proc, t: XtTool, what: string): void {
  if (t.backend === 'legacy') return;
  const legacy = stateNs(p.ctx.ns, { ...t, backend: 'legacy' }, p.ctx.world.profile.iptablesBackend);
  const st = legacy.netfilter as { tables: Map<string, unknown> } | undefined;
  if (st && st.tables.size > 0)
    p.err(`# Warning: ${t.prog}-legacy tables present, use ${t.prog}-legacy${what} to see them
`);
}

/** ctime(3) of the world clock (TZ=UTC): "Sat Nov 21 17:48:50 2026". */
export function ctime(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}
