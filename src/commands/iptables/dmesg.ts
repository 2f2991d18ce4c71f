/** `dmesg` (util-linux): the kernel log ring, where the LOG target writes. */
import type { Proc } from '../../shell/types.js';

export function runDmesg(p: Proc): number {
  const args = p.argv.slice(1);
  const log = p.ctx.world.dmesg;
  for (const a of args) {
    if (a === '-V' || a === '--version') {
      p.out('dmesg from util-linux 2.38.1\n');
      return 0;
    }
    if (a === '-C' || a === '--clear') {
      log.length = 0;
      return 0;
    }
  }
  const clear = args.includes('-c') || args.includes('--read-clear');
  for (const line of log) p.out(`${line}\n`);
  if (clear) log.length = 0;
  return 0;
}
