/** Docker's CLI and bridge-utils. */
import type { CommandDef } from '../../shell/types.js';
import { BRCTL_COMMAND } from './brctl.js';
import { DOCKER_COMMAND } from './docker.js';

export const DOCKER_COMMANDS: CommandDef[] = [DOCKER_COMMAND, BRCTL_COMMAND];
