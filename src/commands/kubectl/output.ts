/**
 * kubectl's output flags (-o, --template): which printer a format selects,
 * the exact errors for unknown formats and missing templates, and printing
 * objects as JSON, YAML, names, JSONPath or Go templates.
 */
import type { KObject } from '../../kube/store.js';
import { fail } from '../cli-error.js';
import { goJson } from './go-json.js';
import { executeGoTemplate, parseGoTemplate } from './go-template.js';
import { toGoYaml } from './go-yaml.js';
import { executeJsonPath, parseJsonPath } from './jsonpath.js';
import type { Kctx } from './kctx.js';

export type OutputKind =
  | ''
  | 'json'
  | 'yaml'
  | 'name'
  | 'jsonpath'
  | 'jsonpath-as-json'
  | 'go-template'
  | 'custom-columns'
  | 'wide';

export interface OutputSpec {
  kind: OutputKind;
  template: string;
}

/** Formats a command that prints objects (create, run, expose, label ...) accepts. */
export const OBJECT_FORMATS = [
  'go-template',
  'go-template-file',
  'json',
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'name',
  'template',
  'templatefile',
  'yaml',
];

/** `kubectl get` also takes tables. */
export const GET_FORMATS = [...OBJECT_FORMATS, 'custom-columns', 'custom-columns-file', 'wide'].sort();

function readTemplateFile(k: Kctx, path: string): string {
  try {
    return k.p.ctx.fs.readFile(path, k.p.ctx.cwd);
  } catch {
    return fail(`error: open ${path}: no such file or directory\n`, 1);
  }
}

/** Parse -o/--template as kubectl's PrintFlags do. */
export function outputSpec(k: Kctx, allowed: readonly string[] = OBJECT_FORMATS): OutputSpec {
  const raw = k.f.str('output');
  if (raw === '') return { kind: '', template: '' };
  const eq = raw.indexOf('=');
  const name = eq < 0 ? raw : raw.slice(0, eq);
  let tpl = eq < 0 ? k.f.str('template') : raw.slice(eq + 1);
  if (!allowed.includes(name)) {
    return fail(
      `error: unable to match a printer suitable for the output format ${JSON.stringify(raw)}, allowed formats are: ${allowed.join(',')}\n`,
      1,
    );
  }
  switch (name) {
    case 'json':
    case 'yaml':
    case 'name':
    case 'wide':
      return { kind: name, template: '' };
    case 'custom-columns':
    case 'custom-columns-file':
      if (name === 'custom-columns-file') tpl = readTemplateFile(k, tpl);
      if (tpl === '') return fail('error: custom-columns format specified but no custom columns given\n', 1);
      return { kind: 'custom-columns', template: tpl };
    default: {
      if (name.endsWith('-file') || name === 'templatefile') tpl = tpl === '' ? '' : readTemplateFile(k, tpl);
      if (tpl === '') return fail('error: template format specified but no template given\n', 1);
      const kind: OutputKind = name.startsWith('jsonpath')
        ? name === 'jsonpath-as-json'
          ? 'jsonpath-as-json'
          : 'jsonpath'
        : 'go-template';
      if (kind === 'go-template') {
        const e = parseGoTemplate(tpl);
        if (typeof e === 'string')
          return fail(`error: error parsing template ${tpl}, template: output:1: ${e}\n`, 1);
      } else {
        const e = parseJsonPath(tpl);
        if (typeof e === 'string') return fail(`error: error parsing jsonpath ${tpl}, ${e}\n`, 1);
      }
      return { kind, template: tpl };
    }
  }
}

/** Whether the spec prints whole objects (not a success message). */
export function printsObjects(spec: OutputSpec): boolean {
  return spec.kind !== '';
}

/**
 * Print one object. `typed` keeps the object's key order (Go structs);
 * otherwise keys are sorted (unstructured maps). `index` > 0 puts the YAML
 * document separator first.
 */
export function printObject(
  k: Kctx,
  obj: unknown,
  spec: OutputSpec,
  opts: { typed: boolean; index: number; name?: string },
): void {
  switch (spec.kind) {
    case 'json':
      k.out(`${goJson(obj, !opts.typed)}\n`);
      return;
    case 'yaml':
      k.out(`${opts.index > 0 ? '---\n' : ''}${toGoYaml(obj)}`);
      return;
    case 'name':
      k.out(`${opts.name ?? ''}\n`);
      return;
    case 'jsonpath':
    case 'jsonpath-as-json': {
      const r = executeJsonPath(spec.template, obj, {
        allowMissing: k.f.bool('allow-missing-template-keys') || !k.f.changed('allow-missing-template-keys'),
        asJson: spec.kind === 'jsonpath-as-json',
      });
      k.out(r.text);
      if (r.error) fail(`error: ${r.error}\n`, 1);
      return;
    }
    case 'go-template': {
      const r = executeGoTemplate(spec.template, obj);
      k.out(r.text);
      if (r.error) fail(`error: ${r.error}\n`, 1);
      return;
    }
    default:
      return;
  }
}

/** `deployment.apps/web` as the name printer writes it. */
export function nameOf(o: KObject): string {
  const g = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
  return `${o.kind.toLowerCase()}${g ? `.${g}` : ''}/${o.metadata.name}`;
}
