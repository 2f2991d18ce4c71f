/**
 * Evaluating kubectl's JSONPath templates (client-go util/jsonpath):
 * results of an action are joined with a space, maps and lists print as
 * compact JSON, missing keys print nothing unless
 * --allow-missing-template-keys=false, errors use client-go's wording.
 */
import { goJson, goJsonCompact } from './go-json.js';
import { goPrint, goSyntax } from './go-values.js';
import { type PathExpr, type PathStep, parseTemplate, type TplNode } from './jsonpath-parse.js';

type Val = unknown;

export interface JsonPathOptions {
  allowMissing: boolean;
  asJson?: boolean;
}

class JsonPathError extends Error {}

function isMap(v: Val): v is Record<string, Val> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function typeName(v: Val): string {
  if (isMap(v)) return 'map[string]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  return 'interface {}';
}

function sortedValues(o: Record<string, Val>): Val[] {
  return Object.keys(o)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => o[k]);
}

function evalIndex(input: Val[], step: Extract<PathStep, { t: 'index' }>): Val[] {
  const out: Val[] = [];
  for (const v of input) {
    if (v === null || v === undefined) continue;
    if (!Array.isArray(v)) throw new JsonPathError(`${typeName(v)} is not array or slice`);
    const len = v.length;
    for (const it of step.items) {
      let start = it.start ?? 0;
      let end = it.single ? start + 1 : (it.end ?? len);
      if (start < 0) start += len;
      if (end < 0 || (it.single && end === 0 && (it.start ?? 0) < 0)) end += len;
      const step1 = it.step ?? 1;
      if (end !== start) {
        if (start >= len || start < 0)
          throw new JsonPathError(`array index out of bounds: index ${start}, length ${len}`);
        if (end > len || end < 0)
          throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${len}`);
        if (start > end)
          throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
      } else continue;
      for (let i = start; i < end; i += step1) out.push(v[i]);
    }
  }
  return out;
}

function compare(a: Val, op: string, b: Val): boolean {
  switch (op) {
    case '==':
      return a === b || (typeof a === 'number' && typeof b === 'number' && a === b);
    case '!=':
      return a !== b;
    case '<':
      return typeof a === typeof b && (a as number) < (b as number);
    case '>':
      return typeof a === typeof b && (a as number) > (b as number);
    case '<=':
      return typeof a === typeof b && (a as number) <= (b as number);
    case '>=':
      return typeof a === typeof b && (a as number) >= (b as number);
    case '=~':
      return typeof a === 'string' && typeof b === 'string' && new RegExp(b).test(a);
    default:
      return false;
  }
}

function evalFilter(input: Val[], step: Extract<PathStep, { t: 'filter' }>, root: Val): Val[] {
  const out: Val[] = [];
  for (const v of input) {
    if (!Array.isArray(v)) continue;
    for (const el of v) {
      const left = evalExpr(step.left, [el], root, true);
      if (step.op === 'exists') {
        if (left.length > 0) out.push(el);
        continue;
      }
      const right = step.right ? evalExpr(step.right, [el], root, true) : [];
      if (left.length === 0 || right.length === 0) continue;
      if (compare(left[0], step.op, right[0])) out.push(el);
    }
  }
  return out;
}

function evalRecursive(input: Val[]): Val[] {
  const out: Val[] = [];
  for (const v of input) {
    const kids = isMap(v) ? sortedValues(v) : Array.isArray(v) ? v : [];
    if (kids.length === 0) continue;
    out.push(v, ...evalRecursive(kids));
  }
  return out;
}

function evalStep(step: PathStep, input: Val[], root: Val, allowMissing: boolean): Val[] {
  switch (step.t) {
    case 'field': {
      const out: Val[] = [];
      for (const v of input) {
        if (!isMap(v)) continue;
        for (const n of step.names) if (Object.hasOwn(v, n)) out.push(v[n]);
      }
      if (out.length === 0 && !allowMissing) throw new JsonPathError(`${step.names.join(',')} is not found`);
      return out;
    }
    case 'wild':
      return input.flatMap((v) => (isMap(v) ? sortedValues(v) : Array.isArray(v) ? v : []));
    case 'recursive':
      return evalRecursive(input);
    case 'index':
      return evalIndex(input, step);
    case 'filter':
      return evalFilter(input, step, root);
  }
}

function evalExpr(e: PathExpr, input: Val[], root: Val, allowMissing: boolean): Val[] {
  if (e.t === 'literal') return [e.value];
  let cur = input;
  for (let i = 0; i < e.steps.length; i++) {
    const step = e.steps[i] as PathStep;
    if (step.t === 'recursive') {
      const next = e.steps[i + 1];
      cur = evalRecursive(cur);
      if (next?.t === 'field') {
        cur = cur.flatMap((v) =>
          isMap(v) ? next.names.filter((n) => Object.hasOwn(v, n)).map((n) => v[n]) : [],
        );
        i++;
      }
      continue;
    }
    cur = evalStep(step, cur, root, allowMissing);
  }
  return cur;
}

function textOf(v: Val, asJson: boolean): string {
  if (asJson) return `${goJson(v, true)}\n`;
  if (v !== null && typeof v === 'object') return goJsonCompact(v);
  if (v === null || v === undefined) return 'null';
  return goPrint(v);
}

function run(nodes: TplNode[], cur: Val, root: Val, o: JsonPathOptions, acc: Val[] | null): string {
  let s = '';
  for (const n of nodes) {
    if (n.t === 'text') {
      s += n.text;
    } else if (n.t === 'expr') {
      for (const e of n.exprs) {
        const vals = evalExpr(e, [cur], root, o.allowMissing);
        if (acc) acc.push(...vals);
        else s += vals.map((v) => textOf(v, false)).join(' ');
      }
    } else if (n.t === 'error') {
      throw new JsonPathError(n.message);
    } else {
      for (const it of evalExpr(n.expr, [cur], root, o.allowMissing)) s += run(n.body, it, root, o, acc);
    }
  }
  return s;
}

/** Check a template parses; returns the error text or null. */
export function parseJsonPath(tpl: string): string | null {
  try {
    parseTemplate(tpl);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Execute a template against an object: the printed text, or client-go's verbose error. */
export function executeJsonPath(tpl: string, obj: Val, o: JsonPathOptions): { text: string; error?: string } {
  const nodes = parseTemplate(tpl);
  try {
    if (o.asJson) {
      const acc: Val[] = [];
      run(nodes, obj, obj, o, acc);
      return { text: `${goJson(acc, true)}\n` };
    }
    return { text: run(nodes, obj, obj, o, null) };
  } catch (e) {
    if (!(e instanceof JsonPathError)) throw e;
    return {
      text: '',
      error: `error executing jsonpath ${JSON.stringify(tpl)}: Error executing template: ${e.message}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${tpl}\n\tobject given to jsonpath engine was:\n\t\t${goSyntax(obj)}\n\n`,
    };
  }
}

export { evalExpr as evalJsonPathExpr, JsonPathError };
