/** The HTTP/TCP client tools: curl, wget (GNU or BusyBox by userland) and nc (OpenBSD or BusyBox). */
import '../../engines/apps/index.js';
import type { CommandDef } from '../../shell/types.js';
import { CURL_COMMAND } from './curl.js';
import { NC_COMMAND } from './nc.js';
import { WGET_COMMAND } from './wget.js';

export const HTTP_COMMANDS: CommandDef[] = [CURL_COMMAND, WGET_COMMAND, NC_COMMAND];
