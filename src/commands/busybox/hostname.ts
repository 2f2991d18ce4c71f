/**
 * BusyBox `hostname` (hostname.c): -d -f -i look the name up with
 * gethostbyname() (nsswitch: /etc/hosts, then DNS); -s cuts the UTS name
 * at the first dot; setting the name is a sethostname(2) that a pod
 * without CAP_SYS_ADMIN is refused. No long options in this build.
 */
import { type GaiError, getaddrinfo, gethostbyname2 } from '../../engines/resolver/getaddrinfo.js';
import { formatIPv4 } from '../../model/inet.js';
import type { Proc } from '../../shell/types.js';
import { bbGetopt, die, hasOpt, helpRequested, optValue, printHelp } from './applet.js';
import { resolverEnv } from './resolve.js';
import { HOSTNAME_USAGE } from './usage.js';

const HSTRERROR: Record<GaiError, string> = {
  EAI_NONAME: 'Unknown host',
  EAI_AGAIN: 'Host name lookup failure',
  EAI_FAIL: 'Unknown server error',
  EAI_NODATA: 'No address associated with name',
};

export function runBusyboxHostname(p: Proc): number {
  if (helpRequested(p)) return printHelp(p, 'hostname', HOSTNAME_USAGE);
  const g = bbGetopt('hostname', HOSTNAME_USAGE, p.argv.slice(1), [
    { c: 'd' },
    { c: 'f' },
    { c: 'i' },
    { c: 's' },
    { c: 'F', arg: true },
    { c: 'v' },
  ]);
  const buf = p.ctx.hostname ?? p.ctx.host.name;
  if (hasOpt(g, 'd') || hasOpt(g, 'f') || hasOpt(g, 'i')) {
    const env = resolverEnv(p);
    const hp = gethostbyname2(env, buf, 4);
    if (!hp.ok) {
      const r = getaddrinfo(env, buf, 4);
      return die('hostname', `${buf}: ${HSTRERROR[r.ok ? 'EAI_NODATA' : r.error]}`);
    }
    const name = hp.host.name;
    const dot = name.indexOf('.');
    if (hasOpt(g, 'f')) p.out(`${name}\n`);
    else if (hasOpt(g, 's')) p.out(`${dot < 0 ? name : name.slice(0, dot)}\n`);
    else if (hasOpt(g, 'd')) {
      if (dot >= 0) p.out(`${name.slice(dot + 1)}\n`);
    } else p.out(`${hp.host.v4.map(formatIPv4).join(' ')}\n`);
    return 0;
  }
  if (hasOpt(g, 's')) {
    p.out(`${buf.split('.')[0]}\n`);
    return 0;
  }
  const file = optValue(g, 'F');
  if (file !== undefined) {
    let text: string;
    try {
      text = p.ctx.fs.readFile(file, p.ctx.cwd);
    } catch {
      return die('hostname', `can't open '${file}': No such file or directory`);
    }
    if (!text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#'))) return 0;
    return die('hostname', 'sethostname: Operation not permitted');
  }
  if (g.operands[0] !== undefined) return die('hostname', 'sethostname: Operation not permitted');
  p.out(`${buf}\n`);
  return 0;
}
