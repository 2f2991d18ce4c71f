/**
 * kubectl get's human-readable output: one table per resource type with
 * its own widths, NAMESPACE first with -A, `kind/` name prefixes when
 * several types print, -L and --show-labels columns, --no-headers, wide
 * columns, --sort-by, and -o custom-columns.
 */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { goPrint } from './go-values.js';
import { evalJsonPathExpr, JsonPathError } from './jsonpath.js';
import { type PathExpr, parseTemplate } from './jsonpath-parse.js';
import { tableFor } from './table-misc.js';
import type { RowCtx } from './table-types.js';
import { getTable } from './tabwriter.js';

export interface TableOptions {
  wide: boolean;
  allNamespaces: boolean;
  namespaced: boolean;
  prefix: string | null;
  noHeaders: boolean;
  labelColumns: string[];
  showLabels: boolean;
}

function labelsCell(o: KObject): string {
  const e = Object.entries(o.metadata.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return e.length ? e.map(([a, b]) => `${a}=${b}`).join(',') : '<none>';
}

/** One resource type's table. */
export function renderTable(kind: string, objs: readonly KObject[], o: TableOptions, ctx: RowCtx): string {
  const def = tableFor(kind);
  const keep = def.columns.map((c) => o.wide || !c.wide);
  const header: string[] = def.columns.filter((_, i) => keep[i]).map((c) => c.name);
  const nameIdx = def.columns.filter((_, i) => keep[i]).findIndex((c) => c.name === 'NAME');
  const rows = objs.map((obj) => {
    const cells = def.row(obj, ctx).filter((_, i) => keep[i]);
    if (o.prefix && nameIdx >= 0) cells[nameIdx] = `${o.prefix}/${cells[nameIdx]}`;
    for (const l of o.labelColumns) cells.push(obj.metadata.labels?.[l] ?? '');
    if (o.showLabels) cells.push(labelsCell(obj));
    if (o.allNamespaces && o.namespaced) cells.unshift(obj.metadata.namespace ?? '');
    return cells;
  });
  for (const l of o.labelColumns) header.push((l.split('/').pop() ?? l).toUpperCase());
  if (o.showLabels) header.push('LABELS');
  if (o.allNamespaces && o.namespaced) header.unshift('NAMESPACE');
  const lines = o.noHeaders ? rows : [header, ...rows];
  return getTable(lines.map((l) => `${l.join('\t')}\n`).join(''));
}

interface CustomColumn {
  header: string;
  expr: PathExpr[];
}

export function parseCustomColumns(spec: string): CustomColumn[] {
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0)
      return fail(`error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>\n`, 1);
    let path = part.slice(colon + 1);
    if (!path.startsWith('{')) path = `{${path.startsWith('.') ? '' : '.'}${path}}`;
    let nodes: ReturnType<typeof parseTemplate>;
    try {
      nodes = parseTemplate(path);
    } catch (e) {
      return fail(`error: error parsing jsonpath ${path}, ${(e as Error).message}\n`, 1);
    }
    const exprs = nodes.flatMap((n) => (n.t === 'expr' ? n.exprs : []));
    return { header: part.slice(0, colon), expr: exprs };
  });
}

function customCell(obj: KObject, c: CustomColumn): string {
  const vals: unknown[] = [];
  try {
    for (const e of c.expr) vals.push(...evalJsonPathExpr(e, [obj], obj, true));
  } catch (e) {
    if (!(e instanceof JsonPathError)) throw e;
  }
  if (vals.length === 0 || (vals.length === 1 && vals[0] === undefined)) return '<none>';
  return vals.map((v) => goPrint(v)).join(',');
}

export function renderCustomColumns(
  objs: readonly KObject[],
  cols: CustomColumn[],
  noHeaders: boolean,
): string {
  const lines = objs.map((o) => cols.map((c) => customCell(o, c)));
  if (!noHeaders) lines.unshift(cols.map((c) => c.header));
  return getTable(lines.map((l) => `${l.join('\t')}\n`).join(''));
}

/** --sort-by: a JSONPath into each object; numbers compare as numbers, else as strings. */
export function sortObjects(objs: KObject[], spec: string): KObject[] {
  let path = spec;
  if (!path.startsWith('{')) path = `{${path}}`;
  let exprs: PathExpr[];
  try {
    exprs = parseTemplate(path).flatMap((n) => (n.t === 'expr' ? n.exprs : []));
  } catch (e) {
    return fail(`error: error parsing jsonpath ${path}, ${(e as Error).message}\n`, 1);
  }
  const key = (o: KObject): unknown => {
    try {
      return exprs.flatMap((e) => evalJsonPathExpr(e, [o], o, true))[0];
    } catch {
      return undefined;
    }
  };
  const keyed = objs.map((o, i) => ({ o, i, k: key(o) }));
  keyed.sort((a, b) => {
    const x = a.k;
    const y = b.k;
    if (x === undefined && y === undefined) return a.i - b.i;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y || a.i - b.i;
    const sx = goPrint(x);
    const sy = goPrint(y);
    return sx < sy ? -1 : sx > sy ? 1 : a.i - b.i;
  });
  return keyed.map((e) => e.o);
}
