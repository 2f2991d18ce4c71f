/** `nc`: netcat-openbsd on GNU userlands, BusyBox nc in BusyBox images. */
import type { CommandDef, Proc } from '../../shell/types.js';
import { runBusyboxNc } from './nc-busybox.js';
import { runOpenbsdNc } from './nc-openbsd.js';

export function runNc(p: Proc): number {
  return p.ctx.userland.flavour === 'busybox' ? runBusyboxNc(p) : runOpenbsdNc(p);
}

export const NC_COMMAND: CommandDef = { name: 'nc', path: '/usr/bin/nc', run: runNc };
