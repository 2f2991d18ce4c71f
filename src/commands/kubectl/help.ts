/**
 * kubectl's help screens (k8s.io/kubectl/pkg/util/templates): the long
 * description, aliases, examples, subcommands, options, usage and tips,
 * built from the command data; on a terminal of 80+ columns the whole
 * screen goes through go-wordwrap and flag texts are wrapped 10 columns
 * narrower, as kubectl's responsive writer and flag printer do.
 */
import { childrenOf, nameOf, ROOT_GROUPS } from './command-tree.js';
import { docFor, flagsOf } from './docs/index.js';
import type { CommandDoc, FlagSpec } from './flag-spec.js';
import { wrapLimit, wrapString } from './wordwrap.js';

export interface HelpEnv {
  tty: { cols: number } | null;
  home: string;
}

function flagDefault(f: FlagSpec, env: HelpEnv): string {
  const d = f.def.replace('${HOME}', env.home);
  return f.type === 'string' && !f.raw ? `'${d}'` : d;
}

/** One flag as kubectl's HelpFlagPrinter prints it. */
export function flagBlock(f: FlagSpec, env: HelpEnv, limit: number): string {
  const head = f.short
    ? `    -${f.short}, --${f.name}=${flagDefault(f, env)}:`
    : `    --${f.name}=${flagDefault(f, env)}:`;
  const usage = limit > 0 ? wrapString(f.usage, limit - 10) : f.usage;
  return `${head}\n\t${usage.replace(/\n/g, '\n\t')}\n\n`;
}

export function flagsUsages(flags: readonly FlagSpec[], env: HelpEnv, limit: number): string {
  return [...flags]
    .filter((f) => !f.hidden)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => flagBlock(f, env, limit))
    .join('');
}

function commandLines(cmds: readonly CommandDoc[], pad: number): string[] {
  return cmds.map((c) => `  ${nameOf(c).padEnd(pad)}   ${c.short}`);
}

function padFor(cmds: readonly CommandDoc[]): number {
  return Math.max(11, ...cmds.map((c) => nameOf(c).length));
}

function subcommandSection(doc: CommandDoc): string {
  const kids = childrenOf(doc.path);
  if (kids.length === 0) return '';
  const pad = padFor(kids);
  if (doc.path !== '') return `Available Commands:\n${commandLines(kids, pad).join('\n')}\n\n`;
  const grouped = new Set<string>();
  const blocks: string[] = [];
  for (const g of ROOT_GROUPS) {
    const cmds = g.commands.map((n) => docFor(n)).filter((d): d is CommandDoc => d !== undefined);
    for (const c of cmds) grouped.add(c.path);
    blocks.push([g.title, ...commandLines(cmds, pad)].join('\n'));
  }
  const other = kids.filter((k) => !grouped.has(k.path));
  blocks.push(['Other Commands:', ...commandLines(other, pad)].join('\n'));
  return `${blocks.join('\n\n')}\n\n`;
}

/** The text `kubectl <path> --help` prints. */
export function renderHelp(doc: CommandDoc, env: HelpEnv): string {
  const limit = wrapLimit(env.tty);
  if (doc.path === 'options') {
    const s = `${doc.long}\n\n${flagsUsages(flagsOf(doc), env, limit)}`;
    return limit > 0 ? wrapString(s, limit) : s;
  }
  let s = `${doc.long.trim()}\n\n`;
  if (doc.aliases?.length) s += `Aliases:\n${[nameOf(doc), ...doc.aliases].join(', ')}\n\n`;
  if (doc.example) s += `Examples:\n${doc.example.trimEnd()}\n\n`;
  s += subcommandSection(doc);
  const flags = flagsOf(doc);
  if (flags.length) s += `Options:\n${flagsUsages(flags, env, limit)}`;
  if (doc.usage) s += `Usage:\n  ${doc.usage}\n\n`;
  if (childrenOf(doc.path).length) {
    const path = doc.path === '' ? 'kubectl' : `kubectl ${doc.path}`;
    s += `Use "${path} <command> --help" for more information about a given command.\n`;
  }
  if (doc.path !== 'options')
    s += 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  s = `${s.trimEnd()}\n`;
  return limit > 0 ? wrapString(s, limit) : s;
}
