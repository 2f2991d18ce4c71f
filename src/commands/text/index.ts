/** The GNU text and file utilities as builtins. */
import type { CommandDef } from '../../shell/types.js';
import { CAT } from './cat.js';
import { ECHO } from './echo.js';
import { GREP } from './grep.js';
import { PRINTF } from './printf.js';

export const TEXT_COMMANDS: CommandDef[] = [CAT, ECHO, GREP, PRINTF];
