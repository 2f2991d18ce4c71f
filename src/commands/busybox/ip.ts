/**
 * BusyBox `ip` (ip.c, ip_parse_common_args.c): `-o[neline]`, `-f[amily]
 * inet|inet6|link`, `-4 -6 -0`, then an object matched as a unique prefix
 * (`ip a`, `ip r`, `ip n`; `ip t` is ambiguous). Anything else, including
 * iproute2-only options (-s -d -j -br -n) and objects (netns, maddr),
 * shows the usage screen.
 */
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { helpRequested, printHelp, showUsage } from './applet.js';
import { doAddr } from './ip-addr.js';
import { bbIpCtx, indexInStrings, indexInSubstrings, invarg } from './ip-common.js';
import { doLink } from './ip-link.js';
import { doNeigh, doRule } from './ip-neigh.js';
import { doRoute } from './ip-route.js';
import { IP_USAGE } from './usage.js';

const OBJECTS = ['address', 'route', 'r', 'link', 'tunnel', 'tunl', 'rule', 'neigh'];

export function runBusyboxIp(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'ip', IP_USAGE);
  const argv = p.argv.slice(1);
  let oneline = false;
  let family: 0 | 4 | 6 | 'link' = 0;
  let i = 0;
  const bad = (): never => showUsage('ip', IP_USAGE);
  while (i < argv.length) {
    let opt = argv[i] as string;
    if (!opt.startsWith('-')) break;
    opt = opt.slice(1);
    if (opt.startsWith('-')) {
      opt = opt.slice(1);
      if (opt === '') {
        i++;
        break;
      }
    }
    const arg = indexInSubstrings(['oneline', 'family', '4', '6', '0'], opt);
    if (arg < 0) bad();
    i++;
    if (arg === 0) {
      oneline = true;
      continue;
    }
    if (arg === 1) {
      const v = argv[i];
      if (v === undefined) bad();
      const f = indexInStrings(['inet', 'inet6', 'link'], v as string);
      if (f < 0) invarg(bbIpCtx(p, 0, false), v as string, 'family');
      family = ([4, 6, 'link'] as const)[f] as 4 | 6 | 'link';
      i++;
      continue;
    }
    family = ([4, 6, 'link'] as const)[arg - 2] as 4 | 6 | 'link';
  }
  const rest = argv.slice(i);
  const key = rest[0] !== undefined ? indexInSubstrings(OBJECTS, rest[0]) : -1;
  const ctx = bbIpCtx(p, family, oneline);
  const args = rest.slice(1);
  switch (OBJECTS[key]) {
    case 'address':
      return doAddr(ctx, args);
    case 'route':
    case 'r':
      return doRoute(ctx, args);
    case 'link':
      return doLink(ctx, args);
    case 'tunnel':
    case 'tunl':
      return fail('knetlab: `ip tunnel` is not modelled for BusyBox ip\n', 2);
    case 'rule':
      return doRule(ctx, args);
    case 'neigh':
      return doNeigh(ctx, args);
    default:
      return bad();
  }
}
