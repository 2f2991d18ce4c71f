/** `ip netns add | del | list | list-id | exec | identify | pids | set | attach`. */
import { destroyNetns } from '../../model/link-ops.js';
import type { Netns } from '../../model/types.js';
import { createNetns, getNetns, liveProcesses, netnsByName, nsidOf } from '../../model/world.js';
import { netnsExecContext } from '../../shell/context.js';
import { fail } from '../cli-error.js';
import { type IpCtx, invarg, matches } from './common.js';
import { IP_NETNS_HELP } from './help-texts.js';

const NETNS_USAGE = IP_NETNS_HELP;

function namesNewestFirst(ctx: IpCtx): string[] {
  return [...ctx.host.netnsNames].reverse();
}

function list(ctx: IpCtx): number {
  let text = '';
  const json: string[] = [];
  for (const name of namesNewestFirst(ctx)) {
    const ns = netnsByName(ctx.world, ctx.host, name);
    const id = ns ? nsidOf(ctx.ns, ns.uid, false) : undefined;
    if (ctx.opts.json) json.push(`{"name":${JSON.stringify(name)}${id !== undefined ? `,"id":${id}` : ''}}`);
    else text += id !== undefined ? `${name} (id: ${id})\n` : `${name}\n`;
  }
  ctx.p.out(ctx.opts.json ? `[${json.join(',')}]\n` : text);
  return 0;
}

/** invalid_name(): empty, longer than NAME_MAX, a '/' or a dot directory. */
function validName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !name.includes('/') && name !== '.' && name !== '..';
}

function add(ctx: IpCtx, name: string | undefined): number {
  if (name === undefined) return fail('No netns name specified\n', 1);
  if (ctx.host.netnsNames.includes(name))
    return fail(`Cannot create namespace file "/run/netns/${name}": File exists\n`, 1);
  createNetns(ctx.world, ctx.host.name, name);
  ctx.host.netnsNames.push(name);
  return 0;
}

function remove(ctx: IpCtx, name: string): number {
  const ns = netnsByName(ctx.world, ctx.host, name);
  if (!ns) return fail(`Cannot remove namespace file "/run/netns/${name}": No such file or directory\n`, 1);
  ctx.host.netnsNames = ctx.host.netnsNames.filter((n) => n !== name);
  // the namespace dies when nothing holds it any more
  const held = liveProcesses(ctx.world, ctx.host).some((p) => p.netns === ns.uid);
  if (!held) destroyNetns(ctx.world, ns);
  else delete ns.name;
  return 0;
}

function del(ctx: IpCtx, argv: string[]): number {
  if (ctx.opts.all) {
    for (const n of namesNewestFirst(ctx)) remove(ctx, n);
    return 0;
  }
  const name = argv[0];
  if (name === undefined) return fail('No netns name specified\n', 1);
  return remove(ctx, name);
}

function openNetns(ctx: IpCtx, name: string): Netns {
  const ns = netnsByName(ctx.world, ctx.host, name);
  if (!ns) return fail(`Cannot open network namespace "${name}": No such file or directory\n`, 255);
  return ns;
}

function execIn(ctx: IpCtx, ns: Netns, name: string, cmd: string[]): number {
  const { over, warnings } = netnsExecContext(ctx.p.ctx, ns, name);
  for (const w of warnings) ctx.p.err(w);
  const prog = cmd[0] as string;
  if (ctx.p.which(prog, over) === null)
    return fail(`exec of "${prog}" failed: No such file or directory\n`, 255);
  return ctx.p.spawn(cmd, over);
}

function exec(ctx: IpCtx, argv: string[]): number {
  if (ctx.opts.all) {
    if (argv.length === 0) return fail('No command specified\n', 1);
    let status = 0;
    for (const name of namesNewestFirst(ctx)) {
      const ns = netnsByName(ctx.world, ctx.host, name);
      if (!ns) continue;
      ctx.p.out(`\nnetns: ${name}\n`);
      const rc = execIn(ctx, ns, name, argv);
      if (rc !== 0) status = rc;
    }
    return status;
  }
  const name = argv[0];
  if (name === undefined) return fail('No netns name specified\n', 1);
  if (argv.length < 2) return fail('No command specified\n', 1);
  const ns = openNetns(ctx, name);
  return execIn(ctx, ns, name, argv.slice(1));
}

function identify(ctx: IpCtx, argv: string[]): number {
  if (argv.length > 1) return fail('extra arguments specified\n', 1);
  if (argv[0] !== undefined) {
    if (!/^\d+$/.test(argv[0])) return fail(`Specified string '${argv[0]}' is not a pid\n`, 1);
    const pid = Number(argv[0]);
    const proc = liveProcesses(ctx.world, ctx.host).find((p) => p.pid === pid);
    if (!proc) return fail('Cannot open network namespace: No such file or directory\n', 1);
    const ns = getNetns(ctx.world, proc.netns);
    ctx.p.out(ns.name !== undefined && ns.host === ctx.host.name ? `${ns.name}\n` : '\n');
    return 0;
  }
  const name =
    ctx.ns.name !== undefined && ctx.ns.host === ctx.host.name && ctx.host.netnsNames.includes(ctx.ns.name)
      ? ctx.ns.name
      : '';
  ctx.p.out(`${name}\n`);
  return 0;
}

function pids(ctx: IpCtx, argv: string[]): number {
  const name = argv[0];
  if (name === undefined) return fail('No netns name specified\n', 1);
  const ns = netnsByName(ctx.world, ctx.host, name);
  if (!ns) return fail('Cannot open network namespace: No such file or directory\n', 1);
  for (const p of liveProcesses(ctx.world, ctx.host)) if (p.netns === ns.uid) ctx.p.out(`${p.pid}\n`);
  return 0;
}

function set(ctx: IpCtx, argv: string[]): number {
  const [name, idText] = argv;
  if (name === undefined) return fail('No netns name specified\n', 1);
  if (idText === undefined) return fail('No nsid specified\n', 1);
  let id: number;
  if (idText === 'auto') id = -1;
  else {
    const n = getInteger(idText);
    if (n === null) return invarg('Invalid "netnsid" value', idText);
    if (n < 0) return invarg('"netnsid" value should be >= 0', idText);
    id = n;
  }
  const ns = netnsByName(ctx.world, ctx.host, name);
  if (!ns) return fail(`Cannot open network namespace "${name}": No such file or directory\n`, 1);
  // rtnl_net_newid's refusals
  if (ctx.ns.nsids.has(ns.uid)) return fail('Error: Peer netns already has a nsid assigned.\n', 2);
  if (id < 0) nsidOf(ctx.ns, ns.uid, true);
  else {
    if ([...ctx.ns.nsids.values()].includes(id))
      return fail('Error: The specified nsid is already used.\n', 2);
    ctx.ns.nsids.set(ns.uid, id);
  }
  return 0;
}

/** get_integer(): strtol base 0 of the whole string, within int. */
function getInteger(s: string): number | null {
  const m = /^\s*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (!m) return null;
  const t = m[2] as string;
  const v =
    (m[1] === '-' ? -1 : 1) *
    (/^0[xX]/.test(t) ? Number.parseInt(t, 16) : t.startsWith('0') ? Number.parseInt(t, 8) : Number(t));
  return v > 2 ** 31 - 1 || v < -(2 ** 31) ? null : v;
}

function nameOf(ctx: IpCtx, uid: number): string | undefined {
  const ns = ctx.world.netns.get(uid);
  return ns && ns.host === ctx.host.name && ns.name !== undefined && ctx.host.netnsNames.includes(ns.name)
    ? ns.name
    : undefined;
}

/** `ip netns list-id [target-nsid N] [nsid N]` (netns_list_id / rtnl_net_dumpid). */
function listId(ctx: IpCtx, argv: string[]): number {
  let target: number | undefined;
  let only: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === 'target-nsid' || a === 'nsid') {
      const v = argv[++i];
      if (v === undefined) return fail('Command line is not complete. Try option "help"\n', 255);
      const n = getInteger(v);
      if (n === null || n < 0) return invarg(`"${a}" value is invalid`, v);
      if (a === 'nsid') only = n;
      else target = n;
    } else return fail(NETNS_USAGE, 255);
  }
  const byId = (ns: Netns, id: number) => [...ns.nsids.entries()].find((e) => e[1] === id)?.[0];
  let from = ctx.ns;
  if (target !== undefined) {
    const uid = byId(ctx.ns, target);
    const t = uid !== undefined ? ctx.world.netns.get(uid) : undefined;
    if (!t) return fail('Error: Invalid target network namespace id.\nDump terminated\n', 1);
    from = t;
  }
  let peer: number | undefined;
  if (only !== undefined) {
    peer = byId(ctx.ns, only);
    if (peer === undefined) return fail('Error: Peer netns reference is invalid.\n', 2);
  }
  const entries = [...from.nsids.entries()]
    .filter(([uid]) => peer === undefined || uid === peer)
    .sort((a, b) => a[1] - b[1]);
  let text = '';
  const json: string[] = [];
  for (const [uid, id] of entries) {
    // with a target, the name comes from the id the peer has here
    const current = target !== undefined ? ctx.ns.nsids.get(uid) : id;
    const name = current !== undefined ? nameOf(ctx, uid) : undefined;
    let line = `nsid ${id} `;
    if (target !== undefined)
      line += current !== undefined ? `current-nsid ${current} ` : 'current-nsid unassigned ';
    if (name !== undefined) line += `(iproute2 netns name: ${name})`;
    text += `${line}\n`;
    json.push(`{"nsid":${id}${name !== undefined ? `,"name":${JSON.stringify(name)}` : ''}}`);
  }
  ctx.p.out(ctx.opts.json ? `[${json.join(',')}]\n` : text);
  return 0;
}

function attach(ctx: IpCtx, argv: string[]): number {
  const [name, pidText] = argv;
  if (name === undefined || pidText === undefined) return fail('No netns name and pid specified\n', 1);
  const proc = ctx.host.processes.find((p) => p.pid === Number(pidText));
  if (!proc) return fail(`Cannot open namespace of pid ${pidText}: No such file or directory\n`, 1);
  if (ctx.host.netnsNames.includes(name))
    return fail(`Cannot create namespace file "/run/netns/${name}": File exists\n`, 1);
  const ns = getNetns(ctx.world, proc.netns);
  ns.name = name;
  ctx.host.netnsNames.push(name);
  return 0;
}

export function doNetns(ctx: IpCtx, argv: string[]): number {
  const verb = argv[0];
  const rest = argv.slice(1);
  // do_netns: the word after the verb must be a usable name, whatever the verb
  if (!ctx.opts.all && rest[0] !== undefined && !validName(rest[0]))
    return fail(`Invalid netns name "${rest[0]}"\n`, 255);
  if (verb === undefined || matches(verb, 'list') || verb === 'show') return list(ctx);
  if (matches(verb, 'list-id')) return listId(ctx, rest);
  if (matches(verb, 'help')) return fail(NETNS_USAGE, 255);
  if (matches(verb, 'add')) return add(ctx, rest[0]);
  if (matches(verb, 'delete')) return del(ctx, rest);
  if (matches(verb, 'exec')) return exec(ctx, rest);
  if (matches(verb, 'identify')) return identify(ctx, rest);
  if (matches(verb, 'pids')) return pids(ctx, rest);
  if (matches(verb, 'set')) return set(ctx, rest);
  if (matches(verb, 'attach')) return attach(ctx, rest);
  if (matches(verb, 'monitor')) return 0;
  return fail(`Command "${verb}" is unknown, try "ip netns help".\n`, 255);
}
