/**
 * dig's command line (BIND 9.18 parse_args): options, +query-options
 * (with `no` prefixes and unique abbreviations), @server, and positional
 * names, types and classes in any order.
 */
import { parseClass, parseType, QT } from '../../engines/dns/message.js';
import { fail } from '../cli-error.js';
import { matchPlus } from './dig-plus.js';
import type { DigDisplay } from './dig-print.js';

export interface DigLookup {
  name: string;
  qtype: number | null;
  qclass: number | null;
  /** Built from -x. */
  reverse: boolean;
  /** Display options are per lookup: those after a name change that lookup only. */
  display: DigDisplay;
}

export interface DigArgs {
  servers: string[];
  port: number;
  display: DigDisplay;
  cmd: boolean;
  tcp: boolean;
  /** +tcp/+notcp was given (ANY queries default to TCP otherwise). */
  tcpSet: boolean;
  timeoutS: number;
  tries: number;
  /** +time / +tries given on the command line. */
  timeSet: boolean;
  triesSet: boolean;
  search: boolean;
  showsearch: boolean;
  ndots: number | null;
  domain: string | null;
  rd: boolean;
  edns: boolean;
  cookie: boolean;
  lookups: DigLookup[];
  /** Type/class given before any name (the default lookup's). */
  defaultType: number | null;
  defaultClass: number | null;
  warnings: string[];
  /** +trace, +nssearch, +qr. */
  trace: boolean;
  nssearch: boolean;
  qr: boolean;
  /** -4 / -6: use only servers of that family. */
  family: 4 | 6 | null;
  /** printgreeting() state when the first lookup was parsed: the banner is composed then. */
  greet: { cmd: boolean; short: boolean; servers: number } | null;
  help: boolean;
  version: boolean;
}

export const DIG_USAGE = `Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
            {global-d-opt} host [@local-server] {local-d-opt}
            [ host [@local-server] {local-d-opt} [...]]
`;

function invalid(opt: string): never {
  return fail(
    `Invalid option: ${opt}\n${DIG_USAGE}\nUse "dig -h" (or "dig -h | more") for complete list of options\n`,
    1,
  );
}

function cloneDisplay(d: DigDisplay): DigDisplay {
  return { ...d, style: { ...d.style } };
}

function uint(opt: string, v: string | undefined, max: number): number {
  if (v === undefined || !/^\d+$/.test(v) || Number(v) > max) invalid(opt);
  return Number(v);
}

function plus(a: DigArgs, arg: string, cur: DigLookup | undefined): void {
  let body = arg.slice(1);
  let state = true;
  const eq = body.indexOf('=');
  const value = eq >= 0 ? body.slice(eq + 1) : undefined;
  if (eq >= 0) body = body.slice(0, eq);
  if (body.startsWith('no')) {
    state = false;
    body = body.slice(2);
  }
  const name = matchPlus(body.toLowerCase());
  if (!name) invalid(arg);
  const d = cur?.display ?? a.display;
  switch (name) {
    case 'all':
      d.question = d.authority = d.answer = d.additional = d.comments = d.stats = state;
      a.cmd = state;
      break;
    case 'answer':
    case 'authority':
    case 'additional':
    case 'question':
    case 'comments':
    case 'stats':
    case 'identify':
      d[name] = state;
      break;
    case 'cmd':
      a.cmd = state;
      break;
    case 'short':
      d.short = state;
      a.display.short = state;
      if (state) {
        a.cmd = false;
        d.additional = d.authority = d.question = d.comments = d.stats = false;
        d.answer = true;
      }
      break;
    case 'tcp':
    case 'vc':
      a.tcp = state;
      a.tcpSet = true;
      break;
    case 'time':
    case 'timeout':
      a.timeoutS = Math.max(1, uint(arg, value, 0xffffffff));
      a.timeSet = true;
      break;
    case 'tries':
      a.tries = Math.max(1, uint(arg, value, 0xffffffff));
      a.triesSet = true;
      break;
    case 'retry':
      a.tries = uint(arg, value, 0xffffffff) + 1;
      a.triesSet = true;
      break;
    case 'search':
    case 'defname':
      a.search = state;
      break;
    case 'showsearch':
      a.showsearch = state;
      if (state) a.search = true;
      break;
    case 'ndots':
      a.ndots = uint(arg, value, 0xffffffff);
      break;
    case 'domain':
      if (value === undefined) invalid(arg);
      a.domain = value;
      break;
    case 'recurse':
    case 'rdflag':
      a.rd = state;
      break;
    case 'edns':
      a.edns = state;
      break;
    case 'cookie':
      a.cookie = state;
      break;
    case 'trace':
    case 'nssearch':
    case 'qr':
      a[name] = state;
      if (name === 'nssearch' && state) a.cmd = false;
      break;
    case 'ttlid':
      d.style.ttl = state;
      break;
    case 'class':
      d.style.cls = state;
      break;
    case 'multiline':
      d.style.multiline = state;
      break;
    default:
      break;
  }
}

export function parseDigArgs(argv: readonly string[]): DigArgs {
  const a: DigArgs = {
    servers: [],
    port: 53,
    display: {
      comments: true,
      question: true,
      answer: true,
      authority: true,
      additional: true,
      stats: true,
      short: false,
      identify: false,
      style: { ttl: true, cls: true, multiline: false },
    },
    cmd: true,
    tcp: false,
    tcpSet: false,
    timeoutS: 5,
    tries: 3,
    timeSet: false,
    triesSet: false,
    search: false,
    showsearch: false,
    ndots: null,
    domain: null,
    rd: true,
    edns: true,
    cookie: true,
    lookups: [],
    defaultType: null,
    defaultClass: null,
    warnings: [],
    family: null,
    trace: false,
    nssearch: false,
    qr: false,
    greet: null,
    help: false,
    version: false,
  };
  let typeClassOpen = true;
  const greet = () => {
    a.greet ??= { cmd: a.cmd, short: a.display.short, servers: a.servers.length };
  };
  const cur = () => a.lookups[a.lookups.length - 1];
  const setType = (t: number) => {
    const l = cur();
    if (l) l.qtype = t;
    else a.defaultType = t;
  };
  const setClass = (c: number) => {
    const l = cur();
    if (l) l.qclass = c;
    else a.defaultClass = c;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('@')) a.servers.push(arg.slice(1));
    else if (arg.startsWith('+')) plus(a, arg, cur());
    else if (arg.startsWith('-') && arg.length > 1) {
      const opt = arg[1] as string;
      const takes = 'bcfkpqtxy'.includes(opt);
      const val = takes ? (arg.length > 2 ? arg.slice(2) : argv[++i]) : undefined;
      if (takes && val === undefined) invalid(arg);
      switch (opt) {
        case 'h':
          a.help = true;
          return a;
        case 'v':
          a.version = true;
          return a;
        case 't': {
          const t = parseType(val as string);
          if (t === null) a.warnings.push(`;; Warning, ignoring invalid type ${val}\n`);
          else setType(t);
          break;
        }
        case 'c': {
          const c = parseClass(val as string);
          if (c === null) a.warnings.push(`;; Warning, ignoring invalid class ${val}\n`);
          else setClass(c);
          break;
        }
        case 'p':
          a.port = uint(arg, val, 65535);
          break;
        case 'q':
          a.lookups.push({
            name: val as string,
            qtype: a.defaultType,
            qclass: a.defaultClass,
            reverse: false,
            display: cloneDisplay(a.display),
          });
          greet();
          break;
        case 'x':
          a.lookups.push({
            name: val as string,
            qtype: QT.PTR,
            qclass: null,
            reverse: true,
            display: cloneDisplay(a.display),
          });
          greet();
          break;
        case '4':
        case '6':
          a.family = opt === '4' ? 4 : 6;
          break;
        case 'm':
        case 'r':
        case 'u':
        case 'b':
        case 'f':
        case 'k':
        case 'y':
          break;
        default:
          invalid(arg);
      }
    } else {
      if (typeClassOpen) {
        const t = parseType(arg);
        if (t !== null) {
          setType(t);
          continue;
        }
        const c = parseClass(arg);
        if (c !== null) {
          setClass(c);
          continue;
        }
      }
      a.lookups.push({
        name: arg,
        qtype: a.defaultType,
        qclass: a.defaultClass,
        reverse: false,
        display: cloneDisplay(a.display),
      });
      greet();
      typeClassOpen = true;
    }
  }
  greet();
  return a;
}
