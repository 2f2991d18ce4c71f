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

/** `The Pod "x" is invalid: ...` as CheckErr prints an Invalid status (one cause inline, several as a list). */
export function invalidText(message: string): string {
  const m = /^(\S+) "(.*?)" is invalid: (.*)$/s.exec(message);
  if (!m) return `The request is invalid: ${message}\n`;
  const kind = (m[1] as string).split('.')[0];
  const causes = m[3] as string;
  if (causes.startsWith('[') && causes.endsWith(']')) {
    const list = causes.slice(1, -1).split(/, (?=[a-zA-Z[\].]+: )/);
    if (list.length > 1)
      return `The ${kind} "${m[2]}" is invalid: \n${list.map((c) => `* ${c}`).join('\n')}\n`;
  }
  return `The ${kind} "${m[2]}" is invalid: ${causes}\n`;
}

/** An API error as CheckErr prints it; `context` is AddSourceToErr's `error when creating "f.yaml": `. */
export function serverErrorText(e: KubeError, context = ''): string {
  if (e.reason === 'Invalid') return invalidText(e.message);
  return `Error from server (${e.reason}): ${context}${e.message}\n`;
}

export function dieServer(e: KubeError): never {
  return fail(serverErrorText(e), 1);
}
