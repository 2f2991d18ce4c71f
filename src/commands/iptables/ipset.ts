/**
 * ipset 7.17 over the namespace's sets (engines/netfilter/ipset): create,
 * add, del, test, list, save, flush, destroy, rename, swap, version and
 * their one-letter forms, -exist/-!, -quiet, -name, -terse, -output save,
 * for hash:ip, hash:net, hash:ip,port (and the kube-proxy types) and
 * bitmap:port. Wording, exit codes (1 for the kernel's refusals, 2 for
 * command-line errors) and the list/save layouts captured in unshare -n.
 * Hash sets list in insertion order here (the kernel's is its hash's).
 */
import {
  allSets,
  findSet,
  type IpSet,
  ipsetsOf,
  SET_TYPES,
  type SetType,
  setMemory,
} from '../../engines/netfilter/ipset.js';
import { getTable } from '../../engines/netfilter/tables.js';
import type { TableName } from '../../engines/netfilter/types.js';
import { readFileOr } from '../../engines/resolver/hosts-file.js';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../model/inet.js';
import type { Netns } from '../../model/types.js';
import type { CommandDef, Proc } from '../../shell/types.js';

const V = 'ipset v7.17';
const TRY = "Try `ipset help' for more information.\n";

/** A refusal: `ipset v7.17: MSG`, exit 1 (2 and the help hint for command-line errors). */
class IpsetError extends Error {
  constructor(
    msg: string,
    readonly exit: 1 | 2 = 1,
  ) {
    super(msg);
  }
}

const err = (msg: string): never => {
  throw new IpsetError(msg);
};
const usage = (msg: string): never => {
  throw new IpsetError(msg, 2);
};

const COMMANDS: Record<string, string> = {
  create: 'create',
  n: 'create',
  N: 'create',
  add: 'add',
  A: 'add',
  del: 'del',
  D: 'del',
  test: 'test',
  T: 'test',
  list: 'list',
  L: 'list',
  save: 'save',
  S: 'save',
  flush: 'flush',
  F: 'flush',
  destroy: 'destroy',
  x: 'destroy',
  X: 'destroy',
  rename: 'rename',
  e: 'rename',
  E: 'rename',
  swap: 'swap',
  w: 'swap',
  W: 'swap',
  version: 'version',
  v: 'version',
  V: 'version',
  help: 'help',
  h: 'help',
  H: 'help',
};

const TYPES: readonly SetType[] = [
  'hash:ip',
  'hash:net',
  'hash:ip,port',
  'hash:ip,port,ip',
  'hash:ip,port,net',
  'bitmap:port',
];

/** Types ipset knows that knetlab does not model. */
const OTHER_TYPES = [
  'bitmap:ip',
  'bitmap:ip,mac',
  'hash:mac',
  'hash:ip,mac',
  'hash:ip,mark',
  'hash:net,port',
  'hash:net,iface',
  'hash:net,net',
  'hash:net,port,net',
  'list:set',
];

function references(ns: Netns, name: string): number {
  let n = 0;
  for (const t of ['filter', 'nat', 'mangle', 'raw', 'security'] as TableName[]) {
    for (const c of getTable(ns, t)?.chains.values() ?? [])
      for (const r of c.rules)
        for (const m of r.matches) if (m.mod === 'set' && (m.data as { name?: string }).name === name) n++;
  }
  return n;
}

function header(s: IpSet): string {
  if (s.type === 'bitmap:port') return `range ${s.range?.[0] ?? 0}-${s.range?.[1] ?? 65535}`;
  let h = `family ${s.family ?? 'inet'} hashsize ${s.hashsize ?? 1024} maxelem ${s.maxelem ?? 65536}`;
  if (s.timeout !== undefined) h += ` timeout ${s.timeout}`;
  if (s.counters) h += ' counters';
  if (s.comment) h += ' comment';
  return `${h} bucketsize 12 initval 0x${(s.initval >>> 0).toString(16).padStart(8, '0')}`;
}

function members(s: IpSet): string[] {
  const list = [...s.entries];
  if (s.type === 'bitmap:port') list.sort((a, b) => Number(a) - Number(b));
  return list.map((e) => {
    let x = e;
    if (s.timeout !== undefined) x += ` timeout ${s.timeout}`;
    if (s.counters) x += ' packets 0 bytes 0';
    return x + (s.extras?.get(e) ?? '');
  });
}

function listSet(ns: Netns, s: IpSet, terse: boolean): string {
  let out =
    `Name: ${s.name}\nType: ${s.type}\nRevision: ${SET_TYPES[s.type].revision}\nHeader: ${header(s)}\n` +
    `Size in memory: ${setMemory(s)}\nReferences: ${references(ns, s.name)}\nNumber of entries: ${s.entries.size}\n`;
  if (!terse)
    out += `Members:\n${members(s)
      .map((m) => `${m}\n`)
      .join('')}`;
  return out;
}

function saveSet(s: IpSet, terse: boolean): string {
  let out = `create ${s.name} ${s.type} ${header(s)}\n`;
  if (!terse)
    out += members(s)
      .map((m) => `add ${s.name} ${m}\n`)
      .join('');
  return out;
}

function num(text: string, lo: number, hi: number): number {
  if (!/^\d+$/.test(text)) err(`Syntax error: '${text}' is invalid as number`);
  const v = Number(text);
  if (v < lo || v > hi) err(`Syntax error: '${text}' is out of range ${lo}-${hi}`);
  return v;
}

function servicePort(p: Proc, name: string, proto: string): number | null {
  const text = readFileOr(p.ctx.fs, '/etc/services');
  for (const line of text.split('\n')) {
    const f = line.replace(/#.*/, '').trim().split(/\s+/);
    if (f.length < 2) continue;
    const [port, pr] = (f[1] as string).split('/');
    if (pr === proto && (f[0] === name || f.slice(2).includes(name))) return Number(port);
  }
  return null;
}

/** A port as ipset parses one for `proto` (numbers, then service names). */
function port(p: Proc, text: string, proto = 'tcp'): number {
  if (/^\d+$/.test(text)) {
    if (Number(text) > 65535)
      err(
        `Syntax error: '${text}' is out of range 0-65535\nSyntax error: '${proto}' is invalid as number\ncannot parse '${text}' as a ${proto} port`,
      );
    return Number(text);
  }
  const v = servicePort(p, text, proto);
  if (v === null)
    err(
      `Syntax error: '${text}' is invalid as number\nSyntax error: '${proto}' is invalid as number\ncannot parse '${text}' as a ${proto} port`,
    );
  return v as number;
}

function portRange(p: Proc, text: string): [number, number] {
  const dash = text.indexOf('-');
  if (dash < 0) {
    const v = port(p, text);
    return [v, v];
  }
  // ipset parses the upper end first
  const b = port(p, text.slice(dash + 1));
  const a = port(p, text.slice(0, dash));
  return a <= b ? [a, b] : [b, a];
}

/** One IPv4 address, a CIDR or a FROM-TO range, as the list of hosts it stands for (hash:ip). */
function ipv4Hosts(text: string, allowMany: boolean, cmd: string, s: IpSet): number[] {
  const bad = () => err(`Syntax error: cannot parse ${text}: resolving to IPv4 address failed`);
  const slash = text.indexOf('/');
  const dash = text.indexOf('-');
  if (slash >= 0) {
    const a = parseIPv4(text.slice(0, slash));
    if (a === null) return bad();
    const pfx = num(text.slice(slash + 1), 0, 32);
    if (pfx === 0) err('The value of the CIDR parameter of the IP address is invalid');
    if (!allowMany && pfx < 32) err(`CIDR is not allowed in command ${cmd} with set type ${s.type}`);
    const mask = pfx === 32 ? 0xffffffff : (0xffffffff << (32 - pfx)) >>> 0;
    const base = (a & mask) >>> 0;
    return Array.from({ length: 2 ** (32 - pfx) }, (_, i) => base + i);
  }
  if (dash >= 0) {
    const a = parseIPv4(text.slice(0, dash));
    const b = parseIPv4(text.slice(dash + 1));
    if (a === null || b === null) return bad();
    if (!allowMany) err(`FROM-TO IP range is not allowed in command ${cmd} with set type ${s.type}`);
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  }
  const a = parseIPv4(text);
  if (a === null) return bad();
  return [a];
}

/** The elements an ADT argument stands for, each as the set prints it. */
function elements(p: Proc, s: IpSet, text: string, cmd: string): string[] {
  const many = cmd !== 'test';
  if (s.type === 'bitmap:port') {
    if (!many && text.includes('-'))
      err(`FROM-TO port range is not allowed in command test with set type bitmap:port and family unspec`);
    const [lo, hi] = portRange(p, text);
    const r = s.range ?? [0, 65535];
    if (lo < r[0] || hi > r[1]) err('Element is out of the range of the set');
    return Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
  }
  if (s.family === 'inet6') {
    const a = parseIPv6(text.replace(/\/\d+$/, ''));
    if (!a) err(`Syntax error: cannot parse ${text}: resolving to IPv6 address failed`);
    return [formatIPv6(a as Uint8Array)];
  }
  if (s.type === 'hash:ip') {
    // a CIDR test asks for the whole range: it is in the set when every address is
    return ipv4Hosts(text, true, cmd, s).map(formatIPv4);
  }
  if (s.type === 'hash:net') {
    const slash = text.indexOf('/');
    const a = parseIPv4(slash >= 0 ? text.slice(0, slash) : text);
    if (a === null) err(`Syntax error: cannot parse ${text}: resolving to IPv4 address failed`);
    const pfx = slash >= 0 ? num(text.slice(slash + 1), 0, 32) : 32;
    if (pfx === 0) err('The value of the CIDR parameter of the IP address is invalid');
    const mask = pfx === 32 ? 0xffffffff : (0xffffffff << (32 - pfx)) >>> 0;
    const net = formatIPv4(((a as number) & mask) >>> 0);
    return [pfx === 32 ? net : `${net}/${pfx}`];
  }
  // hash:ip,port[,ip|net]
  const parts = text.split(',');
  if (parts.length < 2) err(`Syntax error: Second element is missing from ${text}.`);
  const ip = ipv4Hosts(parts[0] as string, many, cmd, s);
  const pp = parts[1] as string;
  const colon = pp.indexOf(':');
  const proto = colon >= 0 ? pp.slice(0, colon) : 'tcp';
  if (!['tcp', 'udp', 'sctp', 'udplite'].includes(proto))
    err(`Syntax error: cannot parse '${proto}' as a protocol`);
  const [lo, hi] = portRange(p, colon >= 0 ? pp.slice(colon + 1) : pp);
  const third = s.type === 'hash:ip,port' ? '' : `,${parts[2] ?? ''}`;
  if (s.type !== 'hash:ip,port' && parts.length < 3)
    err(`Syntax error: Third element is missing from ${text}.`);
  const out: string[] = [];
  for (const a of ip)
    for (let port = lo; port <= hi; port++) out.push(`${formatIPv4(a)},${proto}:${port}${third}`);
  return out;
}

interface Flags {
  exist: boolean;
  quiet: boolean;
  names: boolean;
  terse: boolean;
  save: boolean;
}

function create(p: Proc, ns: Netns, f: Flags, args: string[]): void {
  const [name, type, ...rest] = args;
  if (name === undefined) usage('Missing mandatory argument to command create');
  if (type === undefined) usage('Missing second mandatory argument to command create');
  if (!TYPES.includes(type as SetType)) {
    if (!OTHER_TYPES.includes(type as string)) err(`Syntax error: typename '${type}' is unknown`);
    if (findSet(ns, name as string)) err('Set cannot be created: set with the same name already exists');
    err(`knetlab: sets of type ${type} are not modelled`);
  }
  const s: IpSet = {
    name: name as string,
    type: type as SetType,
    entries: new Set(),
    initval: type === 'bitmap:port' ? 0 : p.ctx.world.rng.int(0, 0x7fffffff) * 2 + p.ctx.world.rng.int(0, 2),
  };
  const bitmap = type === 'bitmap:port';
  for (let i = 0; i < rest.length; i++) {
    const opt = rest[i] as string;
    const val = rest[i + 1];
    const known = bitmap
      ? ['range', 'timeout', 'counters', 'comment']
      : ['family', 'hashsize', 'maxelem', 'timeout', 'counters', 'comment', 'bucketsize', 'initval'];
    if (!known.includes(opt)) usage(`Unknown argument: \`${opt}'`);
    if (opt === 'counters') s.counters = true;
    else if (opt === 'comment') s.comment = true;
    else {
      if (val === undefined) usage(`Missing mandatory value to option ${opt}`);
      i++;
      const v = val as string;
      if (opt === 'range') {
        if (!v.includes('-')) usage("Mandatory option `to' is missing");
        s.range = portRange(p, v);
      } else if (opt === 'family') {
        if (v !== 'inet' && v !== 'inet6') err(`Syntax error: unknown inet family ${v}`);
        s.family = v as 'inet' | 'inet6';
      } else if (opt === 'hashsize') {
        const n = num(v, 0, 0xffffffff);
        let size = 64;
        while (size < n && size < 2 ** 31) size *= 2;
        s.hashsize = size;
      } else if (opt === 'maxelem') s.maxelem = num(v, 0, 0xffffffff);
      else if (opt === 'timeout') s.timeout = num(v, 0, 2147483);
      else if (opt === 'initval') s.initval = num(v.replace(/^0x/i, ''), 0, 0xffffffff);
    }
  }
  if (bitmap && !s.range) usage("Mandatory option `range' is missing");
  const st = ipsetsOf(ns);
  const old = st.sets.get(s.name);
  if (old) {
    if (f.exist && old.type === s.type) return;
    err('Set cannot be created: set with the same name already exists');
  }
  // the first free index of the kernel's set array
  const used = new Set(allSets(ns).map((x, i) => x.slot ?? i));
  let slot = 0;
  while (used.has(slot)) slot++;
  for (const [i, x] of allSets(ns).entries()) x.slot ??= i;
  s.slot = slot;
  st.sets.set(s.name, s);
}

function need(ns: Netns, name: string | undefined, cmd: string): IpSet {
  if (name === undefined) usage(`Missing mandatory argument to command ${cmd}`);
  const s = findSet(ns, name as string);
  if (!s) err('The set with the given name does not exist');
  return s as IpSet;
}

function adt(p: Proc, ns: Netns, f: Flags, cmd: string, args: string[]): number {
  const [name, elem, ...rest] = args;
  const s = need(ns, name, cmd);
  if (elem === undefined) usage(`Missing second mandatory argument to command ${cmd}`);
  let extra = '';
  for (let i = 0; i < rest.length; i++) {
    const opt = rest[i] as string;
    if (cmd === 'add' && opt === 'timeout' && rest[i + 1] !== undefined) {
      if (s.timeout === undefined) err('Timeout cannot be used: set was created without timeout support');
      num(rest[++i] as string, 0, 2147483);
    } else if (cmd === 'add' && opt === 'comment' && rest[i + 1] !== undefined) {
      if (!s.comment) err('Comment cannot be used: set was created without comment support');
      extra += ` comment "${rest[++i]}"`;
    } else if (cmd !== 'test' && opt === 'nomatch' && s.type === 'hash:net') extra += ' nomatch';
    else usage(`Unknown argument: \`${opt}'`);
  }
  const list = elements(p, s, elem as string, cmd);
  if (cmd === 'test') {
    const hit =
      s.type === 'hash:net' ? list.every((e) => netContains(s, e)) : list.every((e) => s.entries.has(e));
    p.err(hit ? `Warning: ${elem} is in set ${s.name}.\n` : `${elem} is NOT in set ${s.name}.\n`);
    return hit ? 0 : 1;
  }
  for (const e of list) {
    if (cmd === 'add') {
      if (s.entries.has(e)) {
        if (f.exist) continue;
        err("Element cannot be added to the set: it's already added");
      }
      if (s.entries.size >= (s.maxelem ?? 65536)) err('Hash is full, cannot add more elements');
      s.entries.add(e);
      if (extra) (s.extras ??= new Map()).set(e, extra);
    } else {
      if (!s.entries.has(e)) {
        if (f.exist) continue;
        err("Element cannot be deleted from the set: it's not added");
      }
      s.entries.delete(e);
      s.extras?.delete(e);
    }
  }
  return 0;
}

/** hash:net test: the most specific entry covering the address decides (nomatch entries do not match). */
function netContains(s: IpSet, e: string): boolean {
  const [a, pl] = e.split('/');
  const addr = parseIPv4(a as string) as number;
  const pfx = pl === undefined ? 32 : Number(pl);
  let best: { pfx: number; nomatch: boolean } | null = null;
  for (const x of s.entries) {
    const [b, ql] = x.split('/');
    const q = ql === undefined ? 32 : Number(ql);
    if (q > pfx) continue;
    const mask = q === 0 ? 0 : (0xffffffff << (32 - q)) >>> 0;
    if ((addr & mask) >>> 0 !== ((parseIPv4(b as string) as number) & mask) >>> 0) continue;
    if (!best || q > best.pfx) best = { pfx: q, nomatch: (s.extras?.get(x) ?? '').includes('nomatch') };
  }
  return !!best && !best.nomatch;
}

function run(p: Proc): number {
  const ns = p.ctx.ns;
  const f: Flags = { exist: false, quiet: false, names: false, terse: false, save: false };
  let cmd: string | undefined;
  const args: string[] = [];
  const argv = p.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('-') && a.length > 1) {
      const o = a.replace(/^--?/, '');
      if (o === 'exist' || o === '!') f.exist = true;
      else if (o === 'q' || o === 'quiet') f.quiet = true;
      else if (o === 'n' || o === 'name') f.names = true;
      else if (o === 't' || o === 'terse') f.terse = true;
      else if (o === 'r' || o === 'resolve' || o === 's' || o === 'sorted') {
        // numeric output and sorting change nothing here
      } else if (o === 'o' || o === 'output') {
        const v = argv[++i];
        if (v === 'save') f.save = true;
        else if (v !== 'plain') usage(`Syntax error: Unknown output mode '${v ?? ''}'`);
      } else if (cmd === undefined && o.length === 1 && /[A-Z]/.test(o) && COMMANDS[o] !== undefined)
        cmd = COMMANDS[o];
      else if (o === 'v' || o === 'version') cmd = 'version';
      else usage(`Unknown argument ${a}`);
      continue;
    }
    if (cmd === undefined) {
      const c = COMMANDS[a];
      if (c === undefined || a.length === 1) usage(`No command specified: unknown argument ${a}`);
      cmd = c;
      continue;
    }
    args.push(a);
  }
  if (cmd === undefined) return usage('No command specified.');
  switch (cmd) {
    case 'version':
      p.out(`${V}, protocol version: 7\n`);
      return 0;
    case 'help':
      p.out(`${V}\n\nUsage: ipset [options] COMMAND\n\nCommands:\n`);
      return 0;
    case 'create':
      create(p, ns, f, args);
      return 0;
    case 'add':
    case 'del':
    case 'test':
      return adt(p, ns, f, cmd, args);
    case 'list':
    case 'save': {
      if (args.length > 1) usage(`Unknown argument ${args[1]}`);
      const sets = args[0] !== undefined ? [need(ns, args[0], cmd)] : allSets(ns);
      if (f.names) {
        p.out(sets.map((s) => `${s.name}\n`).join(''));
        return 0;
      }
      if (cmd === 'save' || f.save) p.out(sets.map((s) => saveSet(s, f.terse)).join(''));
      else p.out(sets.map((s) => listSet(ns, s, f.terse)).join('\n'));
      return 0;
    }
    case 'flush': {
      const sets = args[0] !== undefined ? [need(ns, args[0], cmd)] : allSets(ns);
      for (const s of sets) {
        s.entries.clear();
        s.extras?.clear();
      }
      return 0;
    }
    case 'destroy': {
      const sets = args[0] !== undefined ? [need(ns, args[0], cmd)] : allSets(ns);
      for (const s of sets)
        if (references(ns, s.name) > 0) err('Set cannot be destroyed: it is in use by a kernel component');
      for (const s of sets) ipsetsOf(ns).sets.delete(s.name);
      return 0;
    }
    case 'rename': {
      const s = need(ns, args[0], cmd);
      if (args[1] === undefined) usage('Missing second mandatory argument to command rename');
      const to = args[1] as string;
      if (findSet(ns, to)) err('Set cannot be renamed: a set with the new name already exists');
      if (references(ns, s.name) > 0) err('Set cannot be renamed: it is in use by another system');
      const st = ipsetsOf(ns);
      st.sets = new Map([...st.sets].map(([k, v]) => (k === s.name ? [to, v] : [k, v])));
      s.name = to;
      return 0;
    }
    case 'swap': {
      const a = need(ns, args[0], cmd);
      if (args[1] === undefined) usage('Missing second mandatory argument to command swap');
      const b = need(ns, args[1], cmd);
      if (a.type !== b.type || (a.family ?? 'inet') !== (b.family ?? 'inet'))
        err('The sets cannot be swapped: their type does not match');
      // the names stay where they are, the contents trade places
      const st = ipsetsOf(ns);
      const an = a.name;
      a.name = b.name;
      b.name = an;
      const slot = a.slot;
      a.slot = b.slot;
      b.slot = slot;
      st.sets = new Map([...st.sets].map(([k, v]) => [k, v === a ? b : v === b ? a : v]));
      return 0;
    }
  }
  return 0;
}

export function runIpset(p: Proc): number {
  try {
    return run(p);
  } catch (e) {
    if (!(e instanceof IpsetError)) throw e;
    const quiet = p.argv.some((a) => a === '-q' || a === '-quiet' || a === '--quiet');
    if (!quiet || e.exit === 2) p.err(`${V}: ${e.message}\n${e.exit === 2 ? TRY : ''}`);
    return e.exit;
  }
}

export const IPSET_COMMAND: CommandDef = {
  name: 'ipset',
  path: '/usr/sbin/ipset',
  run: runIpset,
  summary: 'administration tool for IP sets',
};
