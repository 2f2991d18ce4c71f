/** `kubectl set image|env|resources|serviceaccount` on pods and pod templates. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { dryRunMode } from './create-common.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { serverErrorText } from './kube-error.js';
import { nameOf, outputSpec, printObject, printsObjects } from './output.js';
import { reconcile } from './reconcile.js';
import { findTargets, resourcesAndPairs } from './targets.js';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are open JSON
type Any = any;

/** The pod spec inside an object (pods, templates, cron job templates). */
export function podSpecOf(o: Any): Any | undefined {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec;
  return o.spec?.template?.spec;
}

function apply(k: Kctx, args: string[], verb: string, change: (o: KObject) => string | null): number {
  const dry = dryRunMode(k);
  const spec = outputSpec(k);
  const t = findTargets(k, args);
  let i = 0;
  for (const o of t.objects) {
    const next: KObject = structuredClone(o);
    if (!podSpecOf(next)) return fail(`error: ${nameOf(o)} does not have a pod template\n`, 1);
    const err = change(next);
    if (err) return fail(`error: ${err}\n`, 1);
    let shown = next;
    if (dry !== 'client') {
      const r = t.store.update(next, { dryRun: dry === 'server' });
      if (!r.ok) return fail(serverErrorText(r.error), 1);
      if (dry === 'none') reconcile(k.world);
      shown = r.value;
    }
    if (printsObjects(spec)) printObject(k, shown, spec, { typed: false, index: i++, name: nameOf(shown) });
    else k.out(`${nameOf(shown)} ${verb}${dry === 'client' ? ' (dry run)' : ''}\n`);
  }
  if (t.missing) return fail(t.missing, 1);
  return 0;
}

function runSetImage(k: Kctx): number {
  const { resources, pairs } = resourcesAndPairs(k.args, 'image');
  if (resources.length === 0 && k.f.list('filename').length === 0)
    return fail(
      "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl set image -h' for help and examples\n",
      1,
    );
  if (pairs.length === 0)
    return fail(
      "error: at least one image update is required\nSee 'kubectl set image -h' for help and examples\n",
      1,
    );
  return apply(k, resources, 'image updated', (o) => {
    const ps = podSpecOf(o);
    for (const p of pairs) {
      const eq = p.indexOf('=');
      const name = p.slice(0, eq);
      const image = p.slice(eq + 1);
      const all = [...(ps.initContainers ?? []), ...(ps.containers ?? [])];
      const hits = name === '*' ? all : all.filter((c: Any) => c.name === name);
      if (hits.length === 0) return `unable to find container named "${name}"`;
      for (const c of hits) c.image = image;
    }
    return null;
  });
}

function runSetEnv(k: Kctx): number {
  const { resources, pairs } = resourcesAndPairs(k.args, 'environment');
  return apply(k, resources, 'env updated', (o) => {
    const ps = podSpecOf(o);
    const only = k.f.str('containers') || '*';
    for (const c of ps.containers ?? []) {
      if (only !== '*' && c.name !== only) continue;
      const env: Any[] = c.env ?? [];
      for (const p of pairs) {
        if (p.endsWith('-') && !p.includes('=')) {
          const n = p.slice(0, -1);
          c.env = env.filter((e) => e.name !== n);
          continue;
        }
        const eq = p.indexOf('=');
        const n = p.slice(0, eq);
        const v = p.slice(eq + 1);
        const existing = env.find((e) => e.name === n);
        if (existing) existing.value = v;
        else env.push({ name: n, value: v });
        c.env = env;
      }
    }
    return null;
  });
}

function resourceMap(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of text.split(',').filter(Boolean)) {
    const [a, b] = kv.split('=');
    out[a as string] = b ?? '';
  }
  return out;
}

function runSetResources(k: Kctx): number {
  const limits = resourceMap(k.f.str('limits'));
  const requests = resourceMap(k.f.str('requests'));
  return apply(k, k.args, 'resource requirements updated', (o) => {
    const only = k.f.str('containers') || '*';
    for (const c of podSpecOf(o).containers ?? []) {
      if (only !== '*' && c.name !== only) continue;
      c.resources ??= {};
      if (Object.keys(limits).length) c.resources.limits = { ...(c.resources.limits ?? {}), ...limits };
      if (Object.keys(requests).length)
        c.resources.requests = { ...(c.resources.requests ?? {}), ...requests };
    }
    return null;
  });
}

function runSetServiceAccount(k: Kctx): number {
  const sa = k.args[k.args.length - 1] ?? '';
  return apply(k, k.args.slice(0, -1), 'serviceaccount updated', (o) => {
    const ps = podSpecOf(o);
    ps.serviceAccountName = sa;
    if ('serviceAccount' in ps) ps.serviceAccount = sa;
    return null;
  });
}

export const SET: Record<string, CommandImpl> = {
  'set image': { run: runSetImage },
  'set env': { run: runSetEnv },
  'set resources': { run: runSetResources },
  'set serviceaccount': { run: runSetServiceAccount },
};
