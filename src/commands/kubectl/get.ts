/** `kubectl get`: resolve the arguments, fetch, and print tables, names, JSON/YAML or templates. */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { kindPrefix, refusedLine, requireStore, storeOf } from './api.js';
import { parseCustomColumns, renderCustomColumns, renderTable, sortObjects } from './get-table.js';
import type { CommandImpl, Kctx } from './kctx.js';
import { namespaceOf } from './kubeconfig.js';
import { GET_FORMATS, nameOf, outputSpec, printObject } from './output.js';
import { type Fetched, fetch, resourceRequests } from './resource-args.js';

const NO_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n';

/** What `-o json|yaml` prints for several objects. */
export function listOf(items: KObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

function noResources(k: Kctx, ns: string | undefined, namespaced: boolean): void {
  k.err(ns !== undefined && namespaced ? `No resources found in ${ns} namespace.\n` : 'No resources found\n');
}

function runGet(k: Kctx): number {
  if (k.args.length === 0 && k.f.list('filename').length === 0) return fail(NO_TYPE, 1);
  const all = k.f.bool('all-namespaces');
  const reqs = resourceRequests(k, k.args);
  const spec = outputSpec(k, GET_FORMATS);
  const named = reqs.some((r) => r.names !== null);
  if (named && all) return fail('error: a resource cannot be retrieved by name across all namespaces\n', 1);
  if (named && k.f.str('selector'))
    return fail('error: name cannot be provided when a selector is specified\n', 1);
  if (!storeOf(k)) return fail(refusedLine(k).repeat(Math.max(1, reqs.length)), 1);
  const store = requireStore(k, 0);
  const ns = all ? undefined : namespaceOf(k);
  const fetched: Fetched[] = reqs.map((r) => fetch(k, store, r, ns));
  const sortBy = k.f.str('sort-by');
  if (sortBy) for (const f of fetched) f.objects = sortObjects(f.objects, sortBy);
  const errors = k.f.bool('ignore-not-found') ? '' : fetched.flatMap((f) => f.missing).join('');
  const objs = fetched.flatMap((f) => f.objects);
  const single = reqs.length === 1 && (reqs[0]?.names?.length ?? 0) === 1 && !k.args[0]?.includes(',');
  switch (spec.kind) {
    case '':
    case 'wide':
      printTables(k, fetched, ns, spec.kind === 'wide');
      break;
    case 'custom-columns': {
      const cols = parseCustomColumns(spec.template);
      if (objs.length || !errors) k.out(renderCustomColumns(objs, cols, k.f.bool('no-headers')));
      break;
    }
    case 'name':
      for (const o of objs) k.out(`${nameOf(o)}\n`);
      break;
    default:
      if (single && objs[0]) printObject(k, objs[0], spec, { typed: false, index: 0 });
      else if (!single) printObject(k, listOf(objs), spec, { typed: false, index: 0 });
  }
  if (errors) {
    k.err(errors);
    return 1;
  }
  return 0;
}

function printTables(k: Kctx, fetched: Fetched[], ns: string | undefined, wide: boolean): void {
  const nonEmpty = fetched.filter((f) => f.objects.length);
  const several = fetched.length > 1 || k.f.bool('show-kind');
  let printed = false;
  for (const f of nonEmpty) {
    const text = renderTable(
      f.req.info.kind,
      f.objects,
      {
        wide,
        allNamespaces: ns === undefined,
        namespaced: f.req.info.namespaced,
        prefix: several ? kindPrefix(f.req.info) : null,
        noHeaders: k.f.bool('no-headers'),
        labelColumns: k.f.list('label-columns'),
        showLabels: k.f.bool('show-labels'),
      },
      { now: k.world.clock.now, store: requireStore(k, 0) },
    );
    if (printed) k.out('\n');
    k.out(text);
    printed = true;
  }
  const anyMissing = fetched.some((f) => f.missing.length);
  if (!printed && !anyMissing)
    noResources(
      k,
      ns,
      fetched.some((f) => f.req.info.namespaced),
    );
}

export const GET: Record<string, CommandImpl> = { get: { run: runGet } };
