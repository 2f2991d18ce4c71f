/**
 * journalctl (systemd 249) over the journals the node's units keep:
 * -u UNIT (repeatable), -n/--lines, -e, -f (prints what is there and
 * returns), -r, --no-pager; the "-- Journal begins at ..." header.
 */
import {
  advanceUnits,
  type JournalEntry,
  type UnitState,
  unitOf,
  unitsOf,
} from '../../kube/node-services.js';
import type { World } from '../../model/types.js';
import type { CommandDef, Proc } from '../../shell/types.js';
import { getopt } from '../getopt.js';
import { bootTime, podOfContext } from './procs.js';
import { journalStamp, systemdTimestamp } from './systemd-format.js';

function render(host: string, e: JournalEntry): string {
  return `${journalStamp(e.t)} ${host} ${e.ident}[${e.pid}]: ${e.msg}`;
}

function entriesOf(units: UnitState[]): JournalEntry[] {
  const all = units.flatMap((u) => u.journal.map((e, i) => ({ e, i, u: u.name })));
  all.sort((a, b) => a.e.t - b.e.t || (a.u === b.u ? a.i - b.i : a.u < b.u ? -1 : 1));
  return all.map((x) => x.e);
}

/** The journal lines of some units, oldest first. */
export function journalLines(world: World, host: string, units: UnitState[]): string[] {
  void world;
  return entriesOf(units).map((e) => render(host, e));
}

export function runJournalctl(p: Proc): number {
  if (podOfContext(p.ctx)) {
    p.out('No journal files were found.\n-- No entries --\n');
    return 0;
  }
  // -n/--lines take an optional argument that may also be the next word
  const argv: string[] = [];
  const raw = p.argv.slice(1);
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i] as string;
    const next = raw[i + 1];
    if ((a === '-n' || a === '--lines') && next !== undefined && /^(\d+|all)$/.test(next)) {
      argv.push(a === '-n' ? `-n${next}` : `--lines=${next}`);
      i++;
    } else argv.push(a);
  }
  const r = getopt('journalctl', argv, [
    { key: 'u', short: 'u', long: 'unit', arg: 'required' },
    { key: 'n', short: 'n', long: 'lines', arg: 'optional' },
    { key: 'e', short: 'e', long: 'pager-end' },
    { key: 'f', short: 'f', long: 'follow' },
    { key: 'r', short: 'r', long: 'reverse' },
    { key: 'x', short: 'x', long: 'catalog' },
    { key: 'l', short: 'l', long: 'full' },
    { key: 'b', short: 'b', long: 'boot', arg: 'optional' },
    { key: 'q', short: 'q', long: 'quiet' },
    { key: 'no-pager', long: 'no-pager' },
    { key: 'no-hostname', long: 'no-hostname' },
  ]);
  if (!r.ok) {
    p.err(`${r.error}\n`);
    return 1;
  }
  if (r.operands.length) {
    p.err(`Failed to add match '${r.operands[0]}': Invalid argument\n`);
    return 1;
  }
  const world = p.ctx.world;
  const host = p.ctx.host.name;
  advanceUnits(world);
  const has = (k: string) => r.opts.some((o) => o.key === k);
  const wanted = r.opts.filter((o) => o.key === 'u').map((o) => (o.value ?? '').replace(/\.service$/, ''));
  const all = Object.values(unitsOf(world, host));
  const units = wanted.length
    ? wanted.map((w) => unitOf(world, host, w === 'sshd' ? 'ssh' : w)).filter((u): u is UnitState => !!u)
    : all;
  let entries = entriesOf(units);
  const everything = entriesOf(all);
  const nOpt = r.opts.filter((o) => o.key === 'n').pop();
  let limit: number | null = null;
  if (nOpt) {
    const v = nOpt.value ?? '10';
    if (!/^\d+$/.test(v) && v !== 'all') {
      p.err(`Failed to parse lines '${v}'.\n`);
      return 1;
    }
    limit = v === 'all' ? null : Number(v);
  } else if (has('f')) limit = 10;
  else if (has('e')) limit = 1000;
  if (limit !== null) entries = entries.slice(Math.max(0, entries.length - limit));
  if (has('r')) entries = [...entries].reverse();
  const out: string[] = [];
  const first = bootTime(p.ctx.host);
  const last = everything.length ? (everything[everything.length - 1] as JournalEntry).t : first;
  if (!has('q') && !has('f'))
    out.push(`-- Journal begins at ${systemdTimestamp(first)}, ends at ${systemdTimestamp(last)}. --`);
  if (!entries.length) out.push('-- No entries --');
  const noHost = has('no-hostname');
  for (const e of entries) out.push(noHost ? render(host, e).replace(` ${host} `, ' ') : render(host, e));
  p.out(`${out.join('\n')}\n`);
  return 0;
}

export const JOURNALCTL_COMMAND: CommandDef = {
  name: 'journalctl',
  path: '/usr/bin/journalctl',
  run: runJournalctl,
};
