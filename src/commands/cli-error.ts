/**
 * A user mistake: the exact text the real tool prints on stderr and its
 * exit status. Commands may throw it from deep inside their parsers; the
 * shell prints it and uses the status, nothing else is affected.
 */
export class CliError extends Error {
  constructor(
    readonly stderr: string,
    readonly exit: number,
    /** Text the tool printed on stdout before failing (usage screens). */
    readonly stdout = '',
  ) {
    super(stderr);
  }
}

export function fail(stderr: string, exit: number, stdout = ''): never {
  throw new CliError(stderr, exit, stdout);
}
