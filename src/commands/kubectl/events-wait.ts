/** `kubectl events`, `kubectl wait` and `kubectl apply view-last-applied`. */
import { parse } from 'yaml';
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { requireStore } from './api.js';
import { LAST_APPLIED } from './apply.js';
import { goJson } from './go-json.js';
import { toGoYaml } from './go-yaml.js';
import { ageOf, parseTime } from './human-duration.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { namespaceOf } from './kubeconfig.js';
import { parseDuration } from './pflag.js';
import { reconcile } from './reconcile.js';
import { getTable } from './tabwriter.js';
import { findTargets } from './targets.js';

function lastTime(e: KObject): number {
  return parseTime(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp) ?? 0;
}

function runEvents(k: Kctx): number {
  const store = requireStore(k, 5);
  const all = k.f.bool('all-namespaces');
  const ns = namespaceOf(k);
  let events = store.list('Event', all ? undefined : ns);
  const forArg = k.f.str('for');
  if (forArg) {
    const [type, name] = forArg.includes('/') ? (forArg.split('/', 2) as [string, string]) : ['', forArg];
    const kind = type.toLowerCase();
    events = events.filter(
      (e) =>
        e.involvedObject?.name === name &&
        (!kind ||
          [
            String(e.involvedObject?.kind).toLowerCase(),
            `${String(e.involvedObject?.kind).toLowerCase()}s`,
          ].includes(kind) ||
          kind === 'po'),
    );
  }
  const types = k.f.list('types');
  if (types.length) events = events.filter((e) => types.includes(e.type));
  if (events.length === 0) {
    k.err(all ? 'No events found.\n' : `No events found in ${ns} namespace.\n`);
    return 0;
  }
  events = [...events].sort((a, b) => lastTime(a) - lastTime(b));
  const now = k.world.clock.now;
  const rows = events.map((e) => {
    const first = ageOf(e.eventTime ?? e.firstTimestamp, now);
    const count = e.series?.count ?? e.count ?? 1;
    const last =
      count > 1
        ? `${ageOf(e.series?.lastObservedTime ?? e.lastTimestamp, now)} (x${count} over ${first})`
        : ageOf(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp, now);
    const obj = `${e.involvedObject?.kind}/${e.involvedObject?.name}`;
    const cells = [last, e.type ?? '', e.reason ?? '', obj, String(e.message ?? '').trim()];
    if (all) cells.unshift(e.metadata.namespace ?? '');
    return cells;
  });
  const header = ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'];
  if (all) header.unshift('NAMESPACE');
  if (!k.f.bool('no-headers')) rows.unshift(header);
  k.out(getTable(rows.map((r) => `${r.join('\t')}\n`).join('')));
  return 0;
}

function conditionMet(o: KObject | undefined, cond: string): boolean {
  if (!o) return false;
  const [type, want = 'true'] = cond.split('=');
  return (o.status?.conditions ?? []).some(
    (c: { type: string; status: string }) =>
      c.type.toLowerCase() === String(type).toLowerCase() && c.status.toLowerCase() === want.toLowerCase(),
  );
}

function runWait(k: Kctx): number {
  const forArg = k.f.str('for');
  if (!forArg) return fail('error: --for must be specified\n', 1);
  const t = findTargets(k, k.args);
  if (t.missing) return fail(t.missing, 1);
  if (t.objects.length === 0) return fail('error: no matching resources found\n', 1);
  const timeout = parseDuration(k.f.str('timeout') || '30s');
  const limit = typeof timeout === 'number' ? timeout : 30000;
  for (const o of t.objects) {
    const plural = `${o.kind.toLowerCase()}s`;
    const name = `${o.kind.toLowerCase()}/${o.metadata.name}`;
    for (let waited = 0; ; waited += 1000) {
      reconcile(k.world);
      const cur = t.store.get(o.kind, o.metadata.namespace, o.metadata.name);
      const done =
        forArg === 'delete'
          ? !cur
          : forArg.startsWith('condition=')
            ? conditionMet(cur, forArg.slice(10))
            : false;
      if (done) {
        k.out(`${name} condition met\n`);
        break;
      }
      if (waited >= limit)
        return fail(`error: timed out waiting for the condition on ${plural}/${o.metadata.name}\n`, 1);
      k.p.elapse(1000);
    }
  }
  return 0;
}

function runViewLastApplied(k: Kctx): number {
  const t = findTargets(k, k.args);
  if (t.missing) return fail(t.missing, 1);
  for (const o of t.objects) {
    const text = o.metadata.annotations?.[LAST_APPLIED];
    if (!text) continue;
    const obj = parse(text) as unknown;
    k.out(k.f.str('output') === 'json' ? `${goJson(obj, true)}\n` : toGoYaml(obj));
  }
  return 0;
}

export const EVENTS_WAIT: Record<string, CommandImpl> = {
  events: { run: runEvents },
  wait: { run: runWait },
  'apply view-last-applied': { run: runViewLastApplied },
};
