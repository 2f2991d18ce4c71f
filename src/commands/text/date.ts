/** date: the virtual clock in UTC, +FORMAT, -d (common forms), -r FILE, -u, -R, -I, --rfc-3339. */
import type { CommandDef, Proc } from '../../shell/types.js';
import type { OptDef } from '../getopt.js';
import { lq, parseOpts, usageError } from './common.js';
import { strftime } from './date-format.js';

const DEFS: OptDef[] = [
  { key: 'd', short: 'd', long: 'date', arg: 'required' },
  { key: 'debug', long: 'debug' },
  { key: 'f', short: 'f', long: 'file', arg: 'required' },
  { key: 'I', short: 'I', long: 'iso-8601', arg: 'optional' },
  { key: 'resolution', long: 'resolution' },
  { key: 'R', short: 'R', long: 'rfc-email' },
  { key: 'rfc-3339', long: 'rfc-3339', arg: 'required' },
  { key: 'r', short: 'r', long: 'reference', arg: 'required' },
  { key: 's', short: 's', long: 'set', arg: 'required' },
  { key: 'u', short: 'u', long: ['utc', 'universal'] },
];

const UNITS: Record<string, number> = {
  sec: 1000,
  second: 1000,
  min: 60000,
  minute: 60000,
  hour: 3600000,
  day: 86400000,
  week: 604800000,
  fortnight: 1209600000,
};
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Parse the date strings people type; null when not understood. */
export function parseDate(s: string, now: number): number | null {
  const t = s.trim().toLowerCase();
  if (t === '' || t === 'now' || t === 'today') return now;
  let m = /^@(-?[0-9]+(?:\.[0-9]+)?)$/.exec(t);
  if (m) return Math.round(Number(m[1]) * 1000);
  m =
    /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ t]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?(?:z| ?utc| ?\+00:?00)?$/.exec(
      t,
    );
  if (m) {
    const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
    return Date.UTC(y as number, (mo as number) - 1, d, h, mi, se);
  }
  if (t === 'yesterday') return now - 86400000;
  if (t === 'tomorrow') return now + 86400000;
  let total = 0;
  let rest = t;
  const rel = /^([+-]?[0-9]+)?\s*(sec|second|min|minute|hour|day|week|fortnight|month|year)s?\b\s*(ago)?\s*/;
  let matched = false;
  while (rest !== '' && (m = rel.exec(rest))) {
    const n = Number(m[1] ?? '1') * (m[3] ? -1 : 1);
    const unit = m[2] as string;
    if (unit === 'month' || unit === 'year') {
      const d = new Date(now + total);
      if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
      else d.setUTCFullYear(d.getUTCFullYear() + n);
      total = d.getTime() - now;
    } else total += n * (UNITS[unit] as number);
    rest = rest.slice(m[0].length);
    matched = true;
  }
  if (matched && rest === '') return now + total;
  m = /^(next|last|this)?\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(t);
  if (m) {
    const want = DAYS.indexOf(m[2] as string);
    const d = new Date(now);
    const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    let diff = (want - d.getUTCDay() + 7) % 7;
    if (m[1] === 'next' && diff === 0) diff = 7;
    if (m[1] === 'last') diff = diff === 0 ? -7 : diff - 7;
    return midnight + diff * 86400000;
  }
  return null;
}

function date(p: Proc): number {
  const r = parseOpts(p, 'date', DEFS, 1);
  if (typeof r === 'number') return r;
  let when = p.ctx.world.clock.now;
  let fmt = '%a %b %e %H:%M:%S %Z %Y';
  let dateGiven = false;
  for (const o of r.opts) {
    const v = o.value ?? '';
    if (o.key === 'd') {
      const t = parseDate(v, p.ctx.world.clock.now);
      if (t === null) {
        p.err(`date: invalid date ${lq(v)}\n`);
        return 1;
      }
      when = t;
      dateGiven = true;
    } else if (o.key === 'r') {
      const st = p.ctx.fs.stat(v, p.ctx.cwd);
      if (!st) {
        p.err(`date: ${v}: No such file or directory\n`);
        return 1;
      }
      when = st.mtime;
      dateGiven = true;
    } else if (o.key === 'R') fmt = '%a, %d %b %Y %H:%M:%S %z';
    else if (o.key === 'I') {
      const res = o.value ?? 'date';
      const forms: Record<string, string> = {
        date: '%Y-%m-%d',
        hours: '%Y-%m-%dT%H%:z',
        minutes: '%Y-%m-%dT%H:%M%:z',
        seconds: '%Y-%m-%dT%H:%M:%S%:z',
        ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
      };
      const f = forms[res];
      if (f === undefined)
        return usageError(p, 'date', `date: invalid argument ${lq(res)} for ‘--iso-8601’`, 1);
      fmt = f;
    } else if (o.key === 'rfc-3339') {
      const forms: Record<string, string> = {
        date: '%Y-%m-%d',
        seconds: '%Y-%m-%d %H:%M:%S%:z',
        ns: '%Y-%m-%d %H:%M:%S.%N%:z',
      };
      const f = forms[v];
      if (f === undefined)
        return usageError(p, 'date', `date: invalid argument ${lq(v)} for ‘--rfc-3339’`, 1);
      fmt = f;
    } else if (o.key === 's') {
      p.err('date: cannot set date: Operation not permitted\n');
      return 1;
    }
  }
  const ops = r.operands;
  if (ops.length > 0) {
    const first = ops[0] as string;
    if (!first.startsWith('+')) {
      if (dateGiven || ops.length > 1) {
        return usageError(
          p,
          'date',
          `date: the argument ${lq(first)} lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'`,
          1,
        );
      }
      p.err(`date: invalid date ${lq(first)}\n`);
      return 1;
    }
    if (ops.length > 1) return usageError(p, 'date', `date: extra operand ${lq(ops[1])}`, 1);
    fmt = first.slice(1);
  }
  p.out(`${strftime(fmt, when)}\n`);
  return 0;
}

export const DATE: CommandDef = {
  name: 'date',
  path: '/usr/bin/date',
  run: date,
  summary: 'print or set the system date and time',
};
