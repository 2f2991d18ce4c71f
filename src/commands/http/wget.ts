/** `wget`: GNU Wget 1.21.3 on GNU userlands, BusyBox wget in BusyBox images. */
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxWget } from './wget-busybox.js';
import { runGnuWget } from './wget-gnu.js';

export function runWget(p: Proc): number {
  return p.ctx.userland.flavour === 'busybox' ? runBusyboxWget(p) : runGnuWget(p);
}

export const WGET_COMMAND: CommandDef = { name: 'wget', path: '/usr/bin/wget', run: runWget };
