/**
 * cobra's command lookup for kubectl: walk the arguments, skipping flags
 * (and the values of flags that take one), down the command tree; unknown
 * commands at the root get cobra's "Did you mean this?" suggestions in
 * kubectl's registration order.
 */
import { findChild, globalFlags, HELP_FLAG, ROOT_GROUPS } from './command-tree.js';
import { docFor, flagsOf } from './docs/index.js';
import type { CommandDoc, FlagSpec } from './flag-spec.js';

/** Flags whose bare form (no `=value`) means something other than a required value. */
const NO_OPT: Record<string, string> = { 'dry-run': 'unchanged', cascade: 'background', validate: 'strict' };

export function flagSetFor(doc: CommandDoc): FlagSpec[] {
  const own = flagsOf(doc).map((f) => (NO_OPT[f.name] !== undefined ? { ...f, noOpt: NO_OPT[f.name] } : f));
  const names = new Set(own.map((f) => f.name));
  const shorts = new Set(own.map((f) => f.short).filter(Boolean));
  const globals = globalFlags().filter((g) => !names.has(g.name) && !(g.short && shorts.has(g.short)));
  return [...own, ...globals, { ...HELP_FLAG, usage: `help for ${doc.path.split(' ').pop() || 'kubectl'}` }];
}

function takesValue(arg: string, flags: readonly FlagSpec[]): boolean {
  if (arg.includes('=')) return false;
  const f = arg.startsWith('--')
    ? flags.find((x) => x.name === arg.slice(2))
    : arg.length === 2
      ? flags.find((x) => x.short === arg[1])
      : undefined;
  if (arg.startsWith('--') || arg.length === 2) return !(f && (f.type === 'bool' || f.noOpt !== undefined));
  return false;
}

/** Non-flag words of args, as cobra's stripFlags sees them. */
function stripFlags(args: readonly string[], flags: readonly FlagSpec[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    if (a.startsWith('-') && a.length > 1) {
      if (takesValue(a, flags)) i++;
      continue;
    }
    if (a !== '') words.push(a);
  }
  return words;
}

export interface Found {
  doc: CommandDoc;
  args: string[];
  /** An unknown word where the root expected a command. */
  unknown?: string;
}

export function findCommand(argv: readonly string[]): Found {
  let doc = docFor('') as CommandDoc;
  let rest = [...argv];
  for (;;) {
    const words = stripFlags(rest, flagSetFor(doc));
    const w = words[0];
    if (w === undefined) break;
    const child = findChild(doc.path, w);
    if (!child || child.path === 'help') {
      if (doc.path === '') return { doc, args: rest, unknown: w };
      break;
    }
    const at = rest.indexOf(w);
    rest = [...rest.slice(0, at), ...rest.slice(at + 1)];
    doc = child;
  }
  return { doc, args: rest };
}

/** Order kubectl adds its commands in (cobra sorting is off). */
function rootOrder(): string[] {
  return [
    ...ROOT_GROUPS.flatMap((g) => g.commands),
    'api-resources',
    'api-versions',
    'config',
    'plugin',
    'version',
    'options',
  ];
}

function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) d.push([i, ...new Array<number>(t.length).fill(0)]);
  for (let j = 0; j <= t.length; j++) (d[0] as number[])[j] = j;
  for (let j = 1; j <= t.length; j++)
    for (let i = 1; i <= s.length; i++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] =
        s[i - 1] === t[j - 1]
          ? (prev[j - 1] as number)
          : Math.min(prev[j] as number, row[j - 1] as number, prev[j - 1] as number) + 1;
    }
  return (d[s.length] as number[])[t.length] as number;
}

export function suggestionsFor(typed: string): string[] {
  return rootOrder().filter(
    (n) => levenshtein(typed, n) <= 2 || n.toLowerCase().startsWith(typed.toLowerCase()),
  );
}

export function unknownCommandText(typed: string): string {
  const s = suggestionsFor(typed);
  const tail = s.length ? `\n\nDid you mean this?\n${s.map((x) => `\t${x}\n`).join('')}` : '';
  return `Error: unknown command ${JSON.stringify(typed)} for "kubectl"${tail}\n`;
}
