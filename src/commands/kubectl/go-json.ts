/** encoding/json's MarshalIndent as kubectl's JSON printer uses it (4 spaces, HTML-safe escapes). */

function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function num(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isInteger(n) || (Math.abs(n) >= 1e-6 && Math.abs(n) < 1e21)) return String(n);
  return n
    .toExponential()
    .replace(/e([+-])(\d)$/, 'e$10$2')
    .replace(/\.?0+e/, 'e');
}

/**
 * JSON text of a value. `sorted` sorts object keys (Go maps, i.e. objects
 * read from the API); otherwise keys keep their order (Go structs, i.e.
 * objects kubectl generated itself).
 */
export function goJson(value: unknown, sorted: boolean, indent = '    ', prefix = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const inner = prefix + indent;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + goJson(v, sorted, indent, inner)).join(',\n')}\n${prefix}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (sorted) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${quote(k)}: ${goJson(v, sorted, indent, inner)}`).join(',\n')}\n${prefix}}`;
}

/** Compact JSON (json.Marshal): for last-applied-configuration and jsonpath. */
export function goJsonCompact(value: unknown, sorted = true): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((v) => goJsonCompact(v, sorted)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (sorted) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${quote(k)}:${goJsonCompact(v, sorted)}`).join(',')}}`;
}
