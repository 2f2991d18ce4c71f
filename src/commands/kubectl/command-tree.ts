/** The cobra command tree built from the help data: children, aliases, global flags. */
import { allDocs, docFor, flagsOf } from './docs/index.js';
import type { CommandDoc, FlagSpec } from './flag-spec.js';

/** Commands cobra hides from listings but still runs. */
const HIDDEN = new Set(['options']);

function lastWord(path: string): string {
  return path.slice(path.lastIndexOf(' ') + 1);
}

function parentPath(path: string): string {
  const i = path.lastIndexOf(' ');
  return i < 0 ? '' : path.slice(0, i);
}

/** Visible subcommands of a command, sorted by name as cobra sorts them. */
export function childrenOf(path: string): CommandDoc[] {
  return allDocs()
    .filter((d) => d.path !== '' && parentPath(d.path) === path && !HIDDEN.has(d.path))
    .sort((a, b) => (lastWord(a.path) < lastWord(b.path) ? -1 : 1));
}

/** Every subcommand, hidden ones included (for lookup). */
function allChildren(path: string): CommandDoc[] {
  return allDocs().filter((d) => d.path !== '' && parentPath(d.path) === path);
}

/** Find the subcommand `word` of `path` by name or alias. */
export function findChild(path: string, word: string): CommandDoc | undefined {
  return allChildren(path).find((d) => lastWord(d.path) === word || (d.aliases ?? []).includes(word));
}

export function nameOf(doc: CommandDoc): string {
  return doc.path === '' ? 'kubectl' : lastWord(doc.path);
}

export function hasChildren(path: string): boolean {
  return childrenOf(path).length > 0;
}

/** Flags every command accepts (`kubectl options`), plus -h/--help. */
export function globalFlags(): FlagSpec[] {
  const d = docFor('options');
  return d ? flagsOf(d) : [];
}

export const HELP_FLAG: FlagSpec = {
  name: 'help',
  short: 'h',
  type: 'bool',
  def: 'false',
  usage: 'help for kubectl',
};

/** The groups of `kubectl --help`, in kubectl's order. */
export const ROOT_GROUPS: ReadonlyArray<{ title: string; commands: readonly string[] }> = [
  { title: 'Basic Commands (Beginner):', commands: ['create', 'expose', 'run', 'set'] },
  { title: 'Basic Commands (Intermediate):', commands: ['explain', 'get', 'edit', 'delete'] },
  { title: 'Deploy Commands:', commands: ['rollout', 'scale', 'autoscale'] },
  {
    title: 'Cluster Management Commands:',
    commands: ['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint'],
  },
  {
    title: 'Troubleshooting and Debugging Commands:',
    commands: [
      'describe',
      'logs',
      'attach',
      'exec',
      'port-forward',
      'proxy',
      'cp',
      'auth',
      'debug',
      'events',
    ],
  },
  { title: 'Advanced Commands:', commands: ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize'] },
  { title: 'Settings Commands:', commands: ['label', 'annotate', 'completion'] },
  { title: 'Subcommands provided by plugins:', commands: [] },
];
