/**
 * Strict decoding as the apiserver does it for requests with
 * fieldValidation=Strict (what kubectl sends): unknown fields are reported
 * as `unknown field "spec.containers[0].imagee"`.
 */
import { APPS_SCHEMA } from './schema-apps.js';
import { CORE_SCHEMA, type Schema } from './schema-core.js';

const SCHEMA: Schema = { ...CORE_SCHEMA, ...APPS_SCHEMA };

function walk(value: unknown, type: string, path: string, out: string[]): void {
  if (type === '*' || type === 's' || value === null || value === undefined) return;
  if (type.startsWith('[')) {
    if (!Array.isArray(value)) return;
    const inner = type.slice(1, -1);
    for (const [i, v] of value.entries()) walk(v, inner, `${path}[${i}]`, out);
    return;
  }
  const fields = SCHEMA[type];
  if (!fields || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = path ? `${path}.${k}` : k;
    const t = fields[k];
    if (t === undefined) out.push(p);
    else walk(v, t, p, out);
  }
}

/** Unknown field paths of an object of a known kind (empty for kinds without a schema). */
export function unknownFields(obj: { kind?: string }): string[] {
  const out: string[] = [];
  if (obj.kind && SCHEMA[obj.kind]) walk(obj, obj.kind, '', out);
  return out;
}
