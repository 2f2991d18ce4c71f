/** GNU Wget 1.21.3's command line: getopt_long options, time periods and numbers checked as wget does. */
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { getopt, type OptDef } from '../getopt.js';

export const USAGE_TAIL = "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n";
export const UA = 'Wget/1.21.3';

const DEFS: OptDef[] = [
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'O', short: 'O', long: 'output-document', arg: 'required' },
  { key: 'T', short: 'T', long: 'timeout', arg: 'required' },
  { key: 'read-timeout', long: 'read-timeout', arg: 'required' },
  { key: 'connect-timeout', long: 'connect-timeout', arg: 'required' },
  { key: 'dns-timeout', long: 'dns-timeout', arg: 'required' },
  { key: 't', short: 't', long: 'tries', arg: 'required' },
  { key: 'S', short: 'S', long: 'server-response' },
  { key: 'spider', long: 'spider' },
  { key: 'n', short: 'n', arg: 'required' },
  { key: 'nv', long: 'no-verbose' },
  { key: 'P', short: 'P', long: 'directory-prefix', arg: 'required' },
  { key: 'header', long: 'header', arg: 'required' },
  { key: 'U', short: 'U', long: 'user-agent', arg: 'required' },
  { key: 'post-data', long: 'post-data', arg: 'required' },
  { key: 'insecure', long: 'no-check-certificate' },
  { key: 'max-redirect', long: 'max-redirect', arg: 'required' },
  { key: '4', short: '4', long: 'inet4-only' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 'h', short: 'h', long: 'help' },
  // options of Wget that knetlab does not model
  ...'b c N m r p k K E H L np l A R i F B D o a x nH w W'
    .split(' ')
    .map((s): OptDef => ({ key: `unsupported-${s}`, ...(s.length === 1 ? { short: s } : {}), arg: 'none' })),
];

export interface Opts {
  quiet: boolean;
  nv: boolean;
  out?: string;
  timeoutMs?: number;
  connectTimeoutMs?: number;
  dnsTimeoutMs?: number;
  readTimeoutMs: number;
  tries: number;
  server: boolean;
  spider: boolean;
  prefix?: string;
  headers: string[];
  ua: string;
  post?: string;
  insecure: boolean;
  maxRedirect: number;
  urls: string[];
}

export function q(p: Proc, s: string): string {
  const env = p.ctx.env;
  const utf = /utf-?8/i.test(env.get('LC_ALL') ?? env.get('LC_MESSAGES') ?? env.get('LANG') ?? '');
  return utf ? `\u2018${s}\u2019` : `'${s}'`;
}

function period(p: Proc, name: string, v: string): number {
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(v)) return fail(`wget: --${name}: Invalid time period ${q(p, v)}\n`, 2);
  return Number(v) * 1000;
}

export function parse(p: Proc): Opts {
  const r = getopt('wget', p.argv.slice(1), DEFS);
  if (!r.ok) return fail(`${r.error}\n${USAGE_TAIL}`, 2);
  const o: Opts = {
    quiet: false,
    nv: false,
    readTimeoutMs: 900_000,
    tries: 20,
    server: false,
    spider: false,
    headers: [],
    ua: UA,
    insecure: false,
    maxRedirect: 20,
    urls: r.operands,
  };
  for (const x of r.opts) {
    const v = x.value ?? '';
    switch (x.key) {
      case 'q':
        o.quiet = true;
        break;
      case 'O':
        o.out = v;
        break;
      case 'T':
        o.timeoutMs = period(p, 'timeout', v);
        o.readTimeoutMs = o.timeoutMs;
        break;
      case 'read-timeout':
        o.readTimeoutMs = period(p, 'read-timeout', v);
        break;
      case 'connect-timeout':
        o.connectTimeoutMs = period(p, 'connect-timeout', v);
        break;
      case 'dns-timeout':
        o.dnsTimeoutMs = period(p, 'dns-timeout', v);
        break;
      case 't':
        if (!/^\d+$|^inf$/.test(v)) return fail(`wget: --tries: Invalid number ${q(p, v)}.\n`, 2);
        o.tries = v === 'inf' || v === '0' ? 20 : Number(v);
        break;
      case 'S':
        o.server = true;
        break;
      case 'spider':
        o.spider = true;
        break;
      case 'n':
        if (v !== 'v') return fail(`wget: -n${v}: not supported by knetlab\n`, 2);
        o.nv = true;
        break;
      case 'nv':
        o.nv = true;
        break;
      case 'P':
        o.prefix = v;
        break;
      case 'header':
        o.headers.push(v);
        break;
      case 'U':
        o.ua = v;
        break;
      case 'post-data':
        o.post = v;
        break;
      case 'insecure':
        o.insecure = true;
        break;
      case 'max-redirect':
        o.maxRedirect = Number(v) || 0;
        break;
      case '4':
        break;
      case 'V':
        fail('', 0, 'GNU Wget 1.21.3 built on linux-gnu.\n');
        break;
      case 'h':
        fail('', 0, `GNU Wget 1.21.3, a non-interactive network retriever.\n${USAGE_TAIL.split('\n')[0]}\n`);
        break;
      default:
        fail(`wget: option ${x.name} is not supported by knetlab\n`, 2);
    }
  }
  if (o.urls.length === 0) return fail(`wget: missing URL\n${USAGE_TAIL}`, 1);
  return o;
}
