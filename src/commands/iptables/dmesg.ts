/** `dmesg` (util-linux 2.38.1): the kernel log ring, where the LOG target writes. */
import type { Proc } from '../../shell/types.js';
import { getopt } from '../getopt.js';

const HELP = `
Usage:
 dmesg [options]

Display or control the kernel ring buffer.

Options:
 -C, --clear                 clear the kernel ring buffer
 -c, --read-clear            read and clear all messages
 -D, --console-off           disable printing messages to console
 -E, --console-on            enable printing messages to console
 -F, --file <file>           use the file instead of the kernel log buffer
 -f, --facility <list>       restrict output to defined facilities
 -H, --human                 human readable output
 -J, --json                  use JSON output format
 -k, --kernel                display kernel messages
 -L, --color[=<when>]        colorize messages (auto, always or never)
                               colors are enabled by default
 -l, --level <list>          restrict output to defined levels
 -n, --console-level <level> set level of messages printed to console
 -P, --nopager               do not pipe output into a pager
 -p, --force-prefix          force timestamp output on each line of multi-line messages
 -r, --raw                   print the raw message buffer
     --noescape              don't escape unprintable character
 -S, --syslog                force to use syslog(2) rather than /dev/kmsg
 -s, --buffer-size <size>    buffer size to query the kernel ring buffer
 -u, --userspace             display userspace messages
 -w, --follow                wait for new messages
 -W, --follow-new            wait and print only new messages
 -x, --decode                decode facility and level to readable string
 -d, --show-delta            show time delta between printed messages
 -e, --reltime               show local time and time delta in readable format
 -T, --ctime                 show human-readable timestamp (may be inaccurate!)
 -t, --notime                don't show any timestamp with messages
     --time-format <format>  show timestamp using the given format:
                               [delta|reltime|ctime|notime|iso]
Suspending/resume will make ctime and iso timestamps inaccurate.
     --since <time>          display the lines since the specified time
     --until <time>          display the lines until the specified time

 -h, --help                  display this help
 -V, --version               display version

Supported log facilities:
    kern - kernel messages
    user - random user-level messages
    mail - mail system
  daemon - system daemons
    auth - security/authorization messages
  syslog - messages generated internally by syslogd
     lpr - line printer subsystem
    news - network news subsystem

Supported log levels (priorities):
   emerg - system is unusable
   alert - action must be taken immediately
    crit - critical conditions
     err - error conditions
    warn - warning conditions
  notice - normal but significant condition
    info - informational
   debug - debug-level messages

For more details see dmesg(1).
`;

const OPTS = [
  { key: 'C', short: 'C', long: 'clear' },
  { key: 'c', short: 'c', long: 'read-clear' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'x', short: 'x', long: 'decode' },
  { key: 'k', short: 'k', long: 'kernel' },
  { key: 'T', short: 'T', long: 'ctime' },
  { key: 't', short: 't', long: 'notime' },
  { key: 'H', short: 'H', long: 'human' },
  { key: 'w', short: 'w', long: 'follow' },
  { key: 'r', short: 'r', long: 'raw' },
  { key: 'l', short: 'l', long: 'level', arg: 'required' as const },
  { key: 'n', short: 'n', long: 'console-level', arg: 'required' as const },
  { key: 'L', short: 'L', long: 'color', arg: 'optional' as const },
];

export function runDmesg(p: Proc): number {
  const g = getopt('dmesg', p.argv.slice(1), OPTS);
  if (!g.ok) {
    p.err(`${g.error}\nTry 'dmesg --help' for more information.\n`);
    return 1;
  }
  const keys = new Set(g.opts.map((o) => o.key));
  if (keys.has('h')) {
    p.out(HELP);
    return 0;
  }
  if (keys.has('V')) {
    p.out('dmesg from util-linux 2.38.1\n');
    return 0;
  }
  const log = p.ctx.world.dmesg;
  if (keys.has('C')) {
    log.length = 0;
    return 0;
  }
  for (const line of log) p.out(`${keys.has('t') ? line.replace(/^\[[^\]]*\] /, '') : line}\n`);
  if (keys.has('c')) log.length = 0;
  return 0;
}
