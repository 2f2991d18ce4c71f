/** The GNU text and file utilities as builtins. */
import type { CommandDef } from '../../shell/types.js';
import { AWK, GAWK } from './awk.js';
import { CAT } from './cat.js';
import { CUT } from './cut.js';
import { ECHO } from './echo.js';
import { GREP } from './grep.js';
import { HEAD, TAIL } from './head-tail.js';
import { PRINTF } from './printf.js';
import { SED } from './sed.js';
import { SORT } from './sort.js';
import { TR } from './tr.js';
import { UNIQ } from './uniq.js';
import { WC } from './wc.js';

export const TEXT_COMMANDS: CommandDef[] = [
  AWK,
  CAT,
  CUT,
  ECHO,
  GAWK,
  GREP,
  HEAD,
  PRINTF,
  SED,
  SORT,
  TAIL,
  TR,
  UNIQ,
  WC,
];
