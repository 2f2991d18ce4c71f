/** knetlab's own explaining tool. */
import type { CommandDef } from '../../shell/types.js';
import { TRACE_COMMAND } from './trace.js';

export const TRACE_COMMANDS: CommandDef[] = [TRACE_COMMAND];
