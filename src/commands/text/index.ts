/** The GNU text and file utilities as builtins. */
import type { CommandDef } from '../../shell/types.js';
import { AWK, GAWK } from './awk.js';
import { CAT } from './cat.js';
import { CP, MV } from './cp-mv.js';
import { CUT } from './cut.js';
import { DATE } from './date.js';
import { DIFF } from './diff.js';
import { ECHO } from './echo.js';
import { MKDIR, RM, RMDIR, TOUCH } from './fileops.js';
import { GREP } from './grep.js';
import { HEAD, TAIL } from './head-tail.js';
import { LN } from './ln.js';
import { LS } from './ls.js';
import { BASENAME, DIRNAME } from './path-names.js';
import { PRINTF } from './printf.js';
import { READLINK } from './readlink.js';
import { SED } from './sed.js';
import { SEQ } from './seq.js';
import { SORT } from './sort.js';
import { TEE } from './tee.js';
import { TR } from './tr.js';
import { UNIQ } from './uniq.js';
import { WC } from './wc.js';
import { XARGS } from './xargs.js';

export const TEXT_COMMANDS: CommandDef[] = [
  AWK,
  BASENAME,
  CAT,
  CP,
  CUT,
  DATE,
  DIFF,
  DIRNAME,
  ECHO,
  GAWK,
  GREP,
  HEAD,
  LN,
  LS,
  MKDIR,
  MV,
  PRINTF,
  READLINK,
  RM,
  RMDIR,
  SED,
  SEQ,
  SORT,
  TAIL,
  TEE,
  TOUCH,
  TR,
  UNIQ,
  WC,
  XARGS,
];
