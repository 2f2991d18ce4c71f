/** klog's line header (`E1121 16:59:23.694757    6959 run.go:72] `) from the world's clock. */
import type { World } from '../../model/types.js';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function klogLine(world: World, severity: 'E' | 'W' | 'I', site: string, message: string): string {
  const ms = world.clock.now;
  const d = new Date(ms);
  const micros = String((ms % 1000) * 1000 + 137).padStart(6, '0');
  const stamp = `${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${micros}`;
  const pid = 2000 + (Math.floor(ms / 1000) % 30000);
  return `${severity}${stamp} ${String(pid).padStart(7)} ${site}] ${message}\n`;
}

/** component-base's `"command failed" err="..."` line for errors cobra returns (required flags). */
export function commandFailed(world: World, err: string): string {
  return klogLine(world, 'E', 'run.go:72', `"command failed" err=${goQuote(err)}`);
}

/** strconv.Quote for ASCII text. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}
