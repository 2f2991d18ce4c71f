/** What every kubectl verb works with: the process, the parsed flags, the command path. */
import type { World } from '../../model/types.js';
import type { Proc } from '../../shell/types.js';
import type { Flags } from './pflag.js';

export interface Kctx {
  p: Proc;
  world: World;
  /** Command path without `kubectl` (`create deployment`). */
  path: string;
  f: Flags;
  /** Positional arguments. */
  args: string[];
  out(text: string): void;
  err(text: string): void;
  home: string;
}

export type Handler = (k: Kctx) => number;

export interface CommandImpl {
  run: Handler;
  /** Flags cobra marks required (reported through klog). */
  required?: readonly string[];
}

export function envOf(k: Kctx, name: string): string | undefined {
  return k.p.ctx.env.get(name);
}
