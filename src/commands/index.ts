/** Every program knetlab knows, for the registry. */
import type { CommandDef } from '../shell/types.js';
import { IP_COMMAND } from './ip/index.js';
import { SYSTEM_COMMANDS } from './system/basic.js';
import { TEXT_COMMANDS } from './text/index.js';

export function allCommands(): CommandDef[] {
  return [IP_COMMAND, ...SYSTEM_COMMANDS, ...TEXT_COMMANDS];
}
