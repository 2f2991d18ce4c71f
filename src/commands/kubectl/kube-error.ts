/** How kubectl reports errors: cmdutil.CheckErr and UsageErrorf wording, API status errors. */
import type { KubeError } from '../../kube/store.js';
import { fail } from '../cli-error.js';

/** `error: <msg>` and exit 1. */
export function die(msg: string): never {
  return fail(`error: ${msg}\n`, 1);
}

/** UsageErrorf: `error: <msg>` and a pointer to `-h`. */
export function usageError(path: string, msg: string): never {
  return fail(`error: ${msg}\nSee 'kubectl ${path} -h' for help and examples\n`, 1);
}

/** An API error as CheckErr prints it. */
export function serverErrorText(e: KubeError): string {
  if (e.reason === 'Invalid' || e.reason === 'BadRequest') return `${e.message}\n`;
  return `Error from server (${e.reason}): ${e.message}\n`;
}

export function dieServer(e: KubeError): never {
  return fail(serverErrorText(e), 1);
}
