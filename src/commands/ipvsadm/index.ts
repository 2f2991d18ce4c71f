/**
 * ipvsadm 1.31: list the namespace's IPVS table (-L/-l with -n, -t/-u,
 * --stats, --rate, --exact, --thresholds, --persistent-conn, -c,
 * --timeout), save it (-S), and edit it by hand (-A/-E/-D, -a/-e/-d, -C,
 * -Z). Option handling follows ipvsadm.c (popt): the first option must
 * be the command; errors are its fail() texts (exit 2) or libipvs's
 * ipvs_strerror() texts (exit 255). Formats and wording come from the
 * ipvsadm source: the sandbox kernel has no IPVS to capture from.
 */
import {
  findService,
  type IpvsDest,
  type IpvsService,
  ipvsOf,
  liveConns,
  newStats,
} from '../../engines/dataplane/ipvs.js';
import { parseIPv4 } from '../../model/inet.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { namesFor } from '../iptables/common.js';
import { cmpServices, connList, type ListFormat, serviceEntry, title } from './render.js';
import { USAGE, VERSION } from './usage.js';

type Cmd = 'add' | 'edit' | 'del' | 'flush' | 'list' | 'adddest' | 'editdest' | 'deldest' | 'zero' | 'save';

const COMMANDS: Record<string, Cmd | 'help' | 'version'> = {
  A: 'add',
  'add-service': 'add',
  E: 'edit',
  'edit-service': 'edit',
  D: 'del',
  'delete-service': 'del',
  C: 'flush',
  clear: 'flush',
  L: 'list',
  l: 'list',
  list: 'list',
  Z: 'zero',
  zero: 'zero',
  a: 'adddest',
  'add-server': 'adddest',
  e: 'editdest',
  'edit-server': 'editdest',
  d: 'deldest',
  'delete-server': 'deldest',
  S: 'save',
  save: 'save',
  h: 'help',
  help: 'help',
  v: 'version',
  version: 'version',
};

/** Options with their long names (the names ipvsadm's errors use). */
const OPTIONS: Record<string, { long: string; arg: 'none' | 'required' | 'optional'; name: string }> = {
  t: { long: 'tcp-service', arg: 'required', name: 'service-address' },
  u: { long: 'udp-service', arg: 'required', name: 'service-address' },
  f: { long: 'fwmark-service', arg: 'required', name: 'service-address' },
  s: { long: 'scheduler', arg: 'required', name: 'scheduler' },
  p: { long: 'persistent', arg: 'optional', name: 'persistent' },
  M: { long: 'netmask', arg: 'required', name: 'netmask' },
  r: { long: 'real-server', arg: 'required', name: 'real-server' },
  m: { long: 'masquerading', arg: 'none', name: 'forwarding-method' },
  i: { long: 'ipip', arg: 'none', name: 'forwarding-method' },
  g: { long: 'gatewaying', arg: 'none', name: 'forwarding-method' },
  w: { long: 'weight', arg: 'required', name: 'weight' },
  x: { long: 'u-threshold', arg: 'required', name: 'u-threshold' },
  y: { long: 'l-threshold', arg: 'required', name: 'l-threshold' },
  n: { long: 'numeric', arg: 'none', name: 'numeric' },
  c: { long: 'connection', arg: 'none', name: 'connection' },
  X: { long: 'exact', arg: 'none', name: 'exact' },
  '': { long: '', arg: 'none', name: '' },
};
const LONG_ONLY: Record<string, string> = {
  timeout: 'timeout',
  daemon: 'daemon',
  stats: 'stats',
  rate: 'rate',
  thresholds: 'thresholds',
  'persistent-conn': 'persistent-conn',
  sort: 'sort',
};

interface Parsed {
  cmd: Cmd;
  opts: Map<string, string | undefined>;
}

function tryHelp(prog: string): never {
  return fail(`Try \`${prog} -h' or '${prog} --help' for more information.\n`, 255);
}

/** popt-style scan: bundled short options, `--long[=value]`, required and optional arguments. */
function parse(p: Proc): Parsed | 'help' | 'version' {
  const prog = p.argv[0] as string;
  const args = p.argv.slice(1);
  let cmd: Cmd | undefined;
  const opts = new Map<string, string | undefined>();
  const setOpt = (name: string, value: string | undefined) => {
    if (opts.has(name)) fail(`multiple '${name}' options specified\n`, 2);
    opts.set(name, value);
  };
  let first = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const items: Array<{ key: string; value?: string; long: boolean }> = [];
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      items.push({
        key: eq > 0 ? a.slice(2, eq) : a.slice(2),
        ...(eq > 0 ? { value: a.slice(eq + 1) } : {}),
        long: true,
      });
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const k = a[j] as string;
        const spec = OPTIONS[k];
        if (spec && spec.arg !== 'none' && j + 1 < a.length) {
          items.push({ key: k, value: a.slice(j + 1), long: false });
          break;
        }
        items.push({ key: k, long: false });
      }
    } else {
      if (first) tryHelp(prog);
      fail(`unexpected argument ${a}\n`, 2);
    }
    for (const it of items) {
      const asCmd = COMMANDS[it.key];
      if (first) {
        first = false;
        if (!asCmd) tryHelp(prog);
        if (asCmd === 'help' || asCmd === 'version') return asCmd;
        cmd = asCmd;
        continue;
      }
      if (asCmd) {
        if (asCmd === 'help' || asCmd === 'version') return asCmd;
        fail('multiple commands specified\n', 2);
      }
      const short = it.long ? Object.keys(OPTIONS).find((k) => k && OPTIONS[k]?.long === it.key) : it.key;
      const spec = short !== undefined ? OPTIONS[short] : undefined;
      if (!spec || !short) {
        const lo = it.long ? LONG_ONLY[it.key] : undefined;
        if (lo) {
          setOpt(lo, undefined);
          continue;
        }
        return fail(`${it.long ? `--${it.key}` : `-${it.key}`}: unknown option\n`, 255);
      }
      let value = it.value;
      if (value === undefined && spec.arg === 'required') {
        value = args[++i];
        if (value === undefined) return fail(`${a}: missing argument\n`, 255);
      } else if (value === undefined && spec.arg === 'optional') {
        const nx = args[i + 1];
        if (nx !== undefined && !nx.startsWith('-')) value = args[++i];
      }
      setOpt(spec.name === 'service-address' ? `service:${short}` : spec.name, value);
      if (spec.name === 'forwarding-method') opts.set('fwd', short);
    }
  }
  if (!cmd) tryHelp(prog);
  const services = [...opts.keys()].filter((k) => k.startsWith('service:'));
  if (services.length > 1) fail("multiple 'service-address' options specified\n", 2);
  return { cmd, opts };
}

function service(
  opts: Map<string, string | undefined>,
): { proto: 'tcp' | 'udp'; addr: number; port: number; hasPort: boolean } | null {
  for (const [k, v] of opts) {
    if (!k.startsWith('service:')) continue;
    const which = k.slice(8);
    if (which === 'f') fail('fwmark services are not supported here\n', 2);
    const m = /^([^:]+)(?::(\d+))?$/.exec(v ?? '');
    const addr = m ? parseIPv4(m[1] as string) : null;
    const port = m?.[2] !== undefined ? Number(m[2]) : 0;
    if (!m || addr === null || port > 65535) fail('illegal virtual server address[:port] specified\n', 2);
    return { proto: which === 't' ? 'tcp' : 'udp', addr, port, hasPort: m[2] !== undefined };
  }
  return null;
}

const CMD_NAMES: Record<Cmd, string> = {
  add: 'add-service',
  edit: 'edit-service',
  del: 'delete-service',
  flush: 'flush',
  list: 'list',
  adddest: 'add-server',
  editdest: 'edit-server',
  deldest: 'delete-server',
  zero: 'zero',
  save: 'save',
};

function need(cmd: Cmd, opts: Map<string, string | undefined>, name: string, has: boolean): void {
  if (!has) fail(`You need to supply the '${name}' option for the '${CMD_NAMES[cmd]}' command\n`, 2);
  void opts;
}

function format(opts: Map<string, string | undefined>, rule: boolean): ListFormat {
  return {
    numeric: opts.has('numeric'),
    stats: opts.has('stats'),
    rate: opts.has('rate'),
    exact: opts.has('exact'),
    rule,
    thresholds: opts.has('thresholds'),
    persistentConn: opts.has('persistent-conn'),
  };
}

function list(p: Proc, cmd: Cmd, opts: Map<string, string | undefined>): number {
  const st = ipvsOf(p.ctx.ns);
  const names = namesFor(p);
  const f = format(opts, cmd === 'save');
  const now = p.ctx.world.clock.now;
  const conns = liveConns(p.ctx.world, st);
  if (cmd === 'list' && opts.has('connection')) {
    p.out(connList(conns, now, f, names));
    return 0;
  }
  if (cmd === 'list' && opts.has('timeout')) {
    p.out(`Timeout (tcp tcpfin udp): ${st.timeouts.join(' ')}\n`);
    return 0;
  }
  if (cmd === 'list' && opts.has('daemon')) return 0;
  const counts = (s: IpvsService) => (d: IpvsDest) => {
    const mine = conns.filter(
      (c) => c.vaddr === s.addr && c.vport === s.port && c.daddr === d.addr && c.dport === d.port,
    );
    return {
      active: mine.filter((c) => c.active).length,
      inactive: mine.filter((c) => !c.active).length,
      persist: [...s.templates.values()].filter((t) => t.dest === d && t.expires > now).length,
    };
  };
  const one = service(opts);
  if (one && cmd === 'list') {
    const s = findService(st, one.proto, one.addr, one.port);
    if (!s) return fail('No such service\n', 1);
    p.out(title(f) + serviceEntry(s, f, names, counts(s)));
    return 0;
  }
  let out = f.rule ? '' : 'IP Virtual Server version 1.2.1 (size=4096)\n';
  out += title(f);
  for (const s of [...st.services].sort(cmpServices)) out += serviceEntry(s, f, names, counts(s));
  p.out(out);
  return 0;
}

function edit(p: Proc, cmd: Cmd, opts: Map<string, string | undefined>): number {
  const st = ipvsOf(p.ctx.ns);
  if (cmd === 'flush') {
    st.services = [];
    return 0;
  }
  const svc = service(opts);
  if (cmd === 'zero') {
    for (const s of svc
      ? st.services.filter((x) => x === findService(st, svc.proto, svc.addr, svc.port))
      : st.services) {
      s.stats = newStats();
      for (const d of s.dests) d.stats = newStats();
    }
    return 0;
  }
  need(cmd, opts, 'service-address', !!svc);
  if (!svc) return 2;
  const existing = findService(st, svc.proto, svc.addr, svc.port);
  const kernelError = (msg: string) => fail(`${msg}\n`, 255);
  if (cmd === 'add' || cmd === 'edit') {
    if (!svc.port && !opts.has('persistent')) fail('Zero port specified for non-persistent service\n', 2);
    if (cmd === 'add' && existing) return kernelError('Service already exists');
    if (cmd === 'edit' && !existing) return kernelError('No such service');
    const sched = opts.get('scheduler') ?? 'wlc';
    if (
      !['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'fo', 'ovf', 'mh'].includes(sched)
    )
      return kernelError('Scheduler not found');
    const s: IpvsService = existing ?? {
      proto: svc.proto,
      addr: svc.addr,
      port: svc.port,
      sched,
      netmask: 0xffffffff,
      dests: [],
      stats: newStats(),
      next: 0,
      templates: new Map(),
    };
    s.sched = sched;
    if (opts.has('persistent')) {
      const t = opts.get('persistent');
      const v = t === undefined ? 300 : /^\d+$/.test(t) ? Number(t) : Number.NaN;
      if (!(v >= 1 && v <= 2678400)) fail(`invalid timeout value \`${t}' specified\n`, 2);
      s.persistent = v;
    } else delete s.persistent;
    if (!existing) st.services.push(s);
    return 0;
  }
  if (cmd === 'del') {
    if (!existing) return kernelError('No such service');
    st.services = st.services.filter((x) => x !== existing);
    return 0;
  }
  const rs = opts.get('real-server');
  need(cmd, opts, 'real-server', rs !== undefined);
  const m = /^([^:]+)(?::(\d+))?$/.exec(rs ?? '');
  const addr = m ? parseIPv4(m[1] as string) : null;
  if (!m || addr === null) fail('illegal real server address[:port] specified\n', 2);
  const fwd = opts.get('fwd');
  // direct routing and tunnelling keep the service port
  const port = fwd === 'm' && m[2] !== undefined ? Number(m[2]) : svc.port;
  if (!existing) return kernelError('Service not defined');
  const dest = existing.dests.find((d) => d.addr === addr && d.port === port);
  if (cmd === 'deldest') {
    if (!dest) return kernelError('No such destination');
    existing.dests = existing.dests.filter((d) => d !== dest);
    return 0;
  }
  const w = opts.get('weight');
  const weight = w === undefined ? 1 : /^\d+$/.test(w) && Number(w) <= 65535 ? Number(w) : -1;
  if (weight < 0) fail('illegal weight specified\n', 2);
  const method = fwd === 'm' ? 'Masq' : fwd === 'i' ? 'Tunnel' : 'Route';
  if (cmd === 'adddest') {
    if (dest) return kernelError('Destination already exists');
    existing.dests.push({ addr, port, weight, fwd: method, stats: newStats() });
    return 0;
  }
  if (!dest) return kernelError('No such destination');
  dest.weight = weight;
  if (fwd) dest.fwd = method;
  return 0;
}

function runIpvsadm(p: Proc): number {
  if (p.argv.length === 1) return list(p, 'list', new Map());
  const r = parse(p);
  if (r === 'help') {
    p.out(USAGE(p.argv[0] as string));
    return 0;
  }
  if (r === 'version') {
    p.out(`${VERSION}\n`);
    return 0;
  }
  if (r.cmd === 'list' || r.cmd === 'save') {
    const listing = ['connection', 'timeout', 'daemon'].some((o) => r.opts.has(o));
    const detail = ['stats', 'persistent-conn', 'rate', 'thresholds'].some((o) => r.opts.has(o));
    if (listing && detail) fail('options conflicts in the list command\n', 2);
    for (const bad of ['real-server', 'scheduler', 'persistent', 'weight', 'forwarding-method'])
      if (r.opts.has(bad)) fail(`Illegal '${bad}' option with the '${CMD_NAMES[r.cmd]}' command\n`, 2);
    return list(p, r.cmd, r.opts);
  }
  return edit(p, r.cmd, r.opts);
}

export const IPVSADM_COMMAND: CommandDef = {
  name: 'ipvsadm',
  path: '/usr/sbin/ipvsadm',
  run: runIpvsadm,
  summary: 'Linux Virtual Server administration',
};
