/**
 * bash's `trap`: handlers are recorded per shell and listed as bash lists
 * them (`trap -- 'exit 0' SIGTERM`, EXIT first, then by number); `-l` is
 * the signal table, `-p` prints chosen ones, `-` or a lone signal number
 * resets. Whether a container's main shell traps TERM decides how fast its
 * pod stops (see kube/controllers/pod-termination.ts).
 */
import { bashSignalTable, parseSignal, signalName } from '../model/signals.js';
import { errPrefix } from './frame.js';
import type { Builtin } from './interpreter.js';

const USAGE = 'trap: usage: trap [-lp] [[arg] signal_spec ...]\n';

function trapsOf(state: object): Map<number, string> {
  const s = state as { traps?: Map<number, string> };
  s.traps ??= new Map();
  return s.traps;
}

function quote(v: string): string {
  return `'${v.replace(/'/g, "'\\''")}'`;
}

function line(n: number, action: string): string {
  return `trap -- ${quote(action)} ${n === 0 ? 'EXIT' : `SIG${signalName(n)}`}\n`;
}

/** A signal spec as trap accepts it: a name (any case, SIG optional), a number, or EXIT. */
function trapSignal(spec: string): number | null {
  if (spec.toUpperCase() === 'EXIT') return 0;
  return parseSignal(spec);
}

export const trapBuiltin: Builtin = (argv, io, f) => {
  let args = argv.slice(1);
  let list = false;
  let print = false;
  while (args[0]?.startsWith('-') && args[0] !== '-' && args[0] !== '--') {
    for (const c of (args[0] as string).slice(1)) {
      if (c === 'l') list = true;
      else if (c === 'p') print = true;
      else {
        io.err.write(`${errPrefix(f)}trap: -${c}: invalid option\n${USAGE}`);
        return 2;
      }
    }
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  const traps = trapsOf(f.state);
  if (list) {
    io.out.write(bashSignalTable());
    return 0;
  }
  if (args.length === 0 || print) {
    let status = 0;
    const chosen: number[] = [];
    for (const a of args) {
      const n = trapSignal(a);
      if (n === null) {
        io.err.write(`${errPrefix(f)}trap: ${a}: invalid signal specification\n`);
        status = 1;
      } else chosen.push(n);
    }
    const which = args.length ? chosen : [...traps.keys()].sort((a, b) => a - b);
    for (const n of which) {
      const action = traps.get(n);
      if (action !== undefined) io.out.write(line(n, action));
    }
    return status;
  }
  // one argument: a signal number resets it; anything else is a usage error
  let action: string | null;
  let specs: string[];
  if (args.length === 1) {
    if (!/^\d+$/.test(args[0] as string)) {
      io.err.write(USAGE);
      return 2;
    }
    action = null;
    specs = args;
  } else {
    action = args[0] === '-' ? null : (args[0] as string);
    specs = args.slice(1);
  }
  let status = 0;
  for (const spec of specs) {
    const n = trapSignal(spec);
    if (n === null) {
      io.err.write(`${errPrefix(f)}trap: ${spec}: invalid signal specification\n`);
      status = 1;
      continue;
    }
    if (action === null) traps.delete(n);
    else traps.set(n, action);
  }
  return status;
};
