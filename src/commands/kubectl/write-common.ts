/** Shared by create -f, apply, replace: strict field validation and the success line. */
import type { KObject, KubeError } from '../../kube/store.js';
import { unknownFields } from '../../kube/validation/fields.js';
import type { Kctx } from './kctx.js';
import type { Manifest } from './manifest.js';
import { nameOf, type OutputSpec, printObject, printsObjects } from './output.js';

/** The BadRequest the apiserver returns for unknown fields under fieldValidation=Strict, or null. */
export function strictDecodingError(k: Kctx, m: Manifest): KubeError | null {
  const v = k.f.str('validate');
  if (['false', 'ignore', 'warn'].includes(v)) return null;
  const bad = unknownFields(m.obj);
  if (bad.length === 0) return null;
  return {
    reason: 'BadRequest',
    code: 400,
    message: `${m.obj.kind} in version "${m.info.version}" cannot be handled as a ${m.obj.kind}: strict decoding error: ${bad.map((b) => `unknown field ${JSON.stringify(b)}`).join(', ')}`,
  };
}

/** `error when creating "file": ` */
export function sourceContext(verb: string, m: Manifest): string {
  return `error when ${verb} ${JSON.stringify(m.source)}: `;
}

/** Print a written object: -o output, else `kind/name <verb>[ (dry run)]`. */
export function report(
  k: Kctx,
  o: KObject,
  spec: OutputSpec,
  verb: string,
  dry: 'none' | 'client' | 'server',
  index: number,
): void {
  if (printsObjects(spec)) printObject(k, o, spec, { typed: false, index, name: nameOf(o) });
  else
    k.out(
      `${nameOf(o)} ${verb}${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}\n`,
    );
}
