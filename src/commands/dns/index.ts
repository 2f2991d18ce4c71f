/** The DNS tools: dig, nslookup, host (BIND 9.18) and getent. */
import type { CommandDef } from '../../shell/types.js';
import { DIG_COMMAND } from './dig.js';
import { GETENT_COMMAND } from './getent.js';
import { HOST_COMMAND } from './host.js';
import { NSLOOKUP_COMMAND } from './nslookup.js';

export const DNS_COMMANDS: CommandDef[] = [DIG_COMMAND, NSLOOKUP_COMMAND, HOST_COMMAND, GETENT_COMMAND];
