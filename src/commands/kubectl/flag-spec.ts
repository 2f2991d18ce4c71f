/** The data every kubectl command is described by: its flags (pflag) and its help texts (cobra). */

export type FlagType = 'bool' | 'string' | 'stringArray' | 'stringSlice' | 'int' | 'duration';

export interface FlagSpec {
  name: string;
  /** One-letter shorthand (`-o`). */
  short?: string;
  type: FlagType;
  /** pflag's DefValue as help prints it (strings without their quotes). */
  def: string;
  usage: string;
  /** A string flag whose default help prints without quotes (`--vmodule=:`). */
  raw?: boolean;
  /** Value used when the flag is given without one (`--dry-run` means `unchanged`). */
  noOpt?: string;
  hidden?: boolean;
}

export interface CommandDoc {
  /** Command path without `kubectl`: `''`, `get`, `create service nodeport`. */
  path: string;
  /** One line shown in the parent's command list. */
  short: string;
  aliases?: string[];
  /** Long description as printed (paragraphs start with a space, as templates.LongDesc renders them). */
  long: string;
  example?: string;
  /** Usage line after `Usage:` (without the leading indent). */
  usage?: string;
  /** Flag names from the shared library, or full specs. */
  flags?: Array<string | FlagSpec>;
}
