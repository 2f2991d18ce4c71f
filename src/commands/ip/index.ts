/** `ip`: global options, then iproute2's object table with prefix matching (order decides `ip a` vs `ip addrlabel`). */
import { netnsByName } from '../../model/world.js';
import { IpPrinter } from '../../render/ip-printer.js';
import { netnsExecContext } from '../../shell/context.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxIp } from '../busybox/ip.js';
import { CliError, fail } from '../cli-error.js';
import { doAddr } from './addr.js';
import { type IpCtx, type IpOptions, invarg, matches } from './common.js';
import { IP_MADDR_HELP, IP_MONITOR_HELP, IP_TUNTAP_HELP } from './help-texts.js';
import { doLink } from './link.js';
import { doMaddr } from './maddr.js';
import { doNeigh } from './neigh.js';
import { doNetns } from './netns.js';
import { doRoute } from './route.js';
import { doRule } from './rule.js';

const IP_USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

type ObjectFn = (ctx: IpCtx, argv: string[]) => number;

/** Usage screens of the objects that are not modelled. */
const HELP: Record<string, string> = {
  maddress: IP_MADDR_HELP,
  tuntap: IP_TUNTAP_HELP,
  monitor: IP_MONITOR_HELP,
};

const notModelled =
  (name: string, empty: boolean): ObjectFn =>
  (_ctx, argv) => {
    const verb = argv[0];
    const help = HELP[name];
    if (help && verb !== undefined && matches(verb, 'help')) return fail(help, 255);
    if (empty && (verb === undefined || matches(verb, 'show') || matches(verb, 'list'))) return 0;
    return fail(`knetlab: \`ip ${name}${verb ? ` ${verb}` : ''}\` is not modelled in this world\n`, 2);
  };

/** iproute2's cmds[] in its order. */
const OBJECTS: ReadonlyArray<[string, ObjectFn]> = [
  ['address', doAddr],
  ['addrlabel', notModelled('addrlabel', true)],
  ['maddress', doMaddr],
  ['route', doRoute],
  ['rule', doRule],
  ['neighbor', doNeigh],
  ['neighbour', doNeigh],
  ['ntable', notModelled('ntable', false)],
  ['ntbl', notModelled('ntbl', false)],
  ['link', doLink],
  ['l2tp', notModelled('l2tp', true)],
  ['fou', notModelled('fou', true)],
  ['ila', notModelled('ila', true)],
  ['macsec', notModelled('macsec', true)],
  ['tunnel', notModelled('tunnel', true)],
  ['tunl', notModelled('tunnel', true)],
  ['tuntap', notModelled('tuntap', true)],
  ['tap', notModelled('tuntap', true)],
  ['token', notModelled('token', true)],
  ['tcpmetrics', notModelled('tcpmetrics', true)],
  ['tcp_metrics', notModelled('tcpmetrics', true)],
  ['monitor', notModelled('monitor', false)],
  ['xfrm', notModelled('xfrm', true)],
  ['mroute', notModelled('mroute', true)],
  ['mrule', notModelled('mrule', true)],
  ['netns', doNetns],
  ['netconf', notModelled('netconf', false)],
  ['vrf', notModelled('vrf', true)],
  ['sr', notModelled('sr', true)],
  ['nexthop', notModelled('nexthop', true)],
  ['mptcp', notModelled('mptcp', true)],
  ['ioam', notModelled('ioam', true)],
  ['help', () => fail(IP_USAGE, 255)],
  ['stats', notModelled('stats', false)],
];

interface Parsed {
  opts: IpOptions;
  netns?: string;
  color: 'always' | 'auto' | 'never';
  rest: string[];
}

function parseGlobal(argv: string[]): Parsed {
  const opts: IpOptions = {
    family: 0,
    brief: false,
    oneline: false,
    json: false,
    pretty: false,
    color: false,
    stats: 0,
    details: 0,
    resolve: false,
    all: false,
    numeric: false,
  };
  let color: Parsed['color'] = 'never';
  let netns: string | undefined;
  let i = 0;
  while (i < argv.length) {
    const raw = argv[i] as string;
    if (raw === '--') {
      i++;
      break;
    }
    if (!raw.startsWith('-')) break;
    const opt = raw.startsWith('--') ? raw.slice(1) : raw;
    const [colorKey, colorVal] = opt.split('=', 2);
    if (matches(opt, '-loops') && opt.length > 1) i++;
    else if (matches(opt, '-family')) {
      i++;
      const v = argv[i];
      if (v === undefined || v === 'help') fail(IP_USAGE, 255);
      const fam =
        v === 'inet'
          ? 4
          : v === 'inet6'
            ? 6
            : v === 'link'
              ? 'link'
              : v === 'mpls'
                ? 'mpls'
                : v === 'bridge'
                  ? 'bridge'
                  : null;
      if (fam === null) invarg('invalid protocol family', v as string);
      opts.family = fam as IpOptions['family'];
    } else if (opt === '-4') opts.family = 4;
    else if (opt === '-6') opts.family = 6;
    else if (opt === '-0') opts.family = 'link';
    else if (opt === '-M') opts.family = 'mpls';
    else if (opt === '-B') opts.family = 'bridge';
    else if (matches(opt, '-human') || matches(opt, '-human-readable')) {
      // counters are small here
    } else if (matches(opt, '-iec')) {
      // idem
    } else if (matches(opt, '-stats') || matches(opt, '-statistics')) opts.stats++;
    else if (matches(opt, '-details')) opts.details++;
    else if (matches(opt, '-resolve')) opts.resolve = true;
    else if (matches(opt, '-oneline')) opts.oneline = true;
    else if (matches(opt, '-timestamp') || matches(opt, '-tshort')) {
      // monitor only
    } else if (matches(opt, '-Version')) {
      fail('', 0, 'ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
    } else if (matches(opt, '-force')) {
      // batch only
    } else if (matches(opt, '-batch')) {
      fail('knetlab: ip -batch is not supported; run the commands one per line\n', 1);
    } else if (matches(opt, '-brief')) opts.brief = true;
    else if (matches(opt, '-json')) opts.json = true;
    else if (matches(opt, '-pretty')) opts.pretty = true;
    else if (matches(opt, '-rcvbuf')) i++;
    else if (
      matches(colorKey, '-color') &&
      (colorVal === undefined || ['always', 'auto', 'never'].includes(colorVal))
    ) {
      color = colorVal === undefined ? 'always' : (colorVal as Parsed['color']);
    } else if (matches(opt, '-help')) fail(IP_USAGE, 255);
    else if (matches(opt, '-netns')) {
      i++;
      netns = argv[i] ?? '(null)';
    } else if (matches(opt, '-Numeric')) opts.numeric = true;
    else if (matches(opt, '-all')) opts.all = true;
    else fail(`Option "${raw}" is unknown, try "ip -help".\n`, 255);
    i++;
  }
  return { opts, color, rest: argv.slice(i), ...(netns !== undefined ? { netns } : {}) };
}

export function runIp(p: Proc): number {
  const parsed = parseGlobal(p.argv.slice(1));
  const { opts } = parsed;
  let ctxProc = p;
  if (parsed.netns !== undefined) {
    const ns = netnsByName(p.ctx.world, p.ctx.host, parsed.netns);
    if (!ns) return fail(`Cannot open network namespace "${parsed.netns}": No such file or directory\n`, 255);
    const { over } = netnsExecContext(p.ctx, ns, parsed.netns);
    ctxProc = { ...p, ctx: { ...p.ctx, ...over } };
  }
  opts.color = !opts.json && (parsed.color === 'always' || (parsed.color === 'auto' && p.ctx.tty !== null));
  const obj = parsed.rest[0];
  if (obj === undefined) return fail(IP_USAGE, 255);
  const hit = OBJECTS.find(([name]) => matches(obj, name));
  if (!hit) return fail(`Object "${obj}" is unknown, try "ip help".\n`, 1);
  const colorfgbg = p.ctx.env.get('COLORFGBG');
  const dark = colorfgbg !== undefined && /;([0-68])$/.test(colorfgbg);
  const ctx: IpCtx = {
    p: ctxProc,
    world: p.ctx.world,
    host: p.ctx.host,
    ns: ctxProc.ctx.ns,
    opts,
    out: new IpPrinter({
      json: opts.json,
      pretty: opts.pretty,
      oneline: opts.oneline,
      color: opts.color,
      darkBackground: dark,
    }),
  };
  return hit[1](ctx, parsed.rest.slice(1));
}

export const IP_COMMAND: CommandDef = {
  name: 'ip',
  path: '/usr/sbin/ip',
  summary: 'show / manipulate routing, network devices, interfaces and tunnels',
  run: (p) => {
    if (p.ctx.userland.flavour === 'busybox') return runBusyboxIp(p);
    try {
      return runIp(p);
    } catch (e) {
      if (e instanceof CliError && e.exit === 0) {
        p.out(e.stdout);
        return 0;
      }
      throw e;
    }
  },
};
