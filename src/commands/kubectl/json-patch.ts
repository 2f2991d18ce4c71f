/** RFC 6902 JSON Patch (kubectl patch --type=json), with kubectl's error wording. */

type Json = unknown;

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function parent(doc: Json, path: string): { holder: Record<string, Json> | Json[]; key: string } | string {
  if (!path.startsWith('/'))
    return `add operation does not apply: doc is missing path: "${path}": missing value`;
  const parts = path.slice(1).split('/').map(unescapePointer);
  const last = parts.pop() as string;
  let cur: Json = doc;
  for (const p of parts) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (cur && typeof cur === 'object') cur = (cur as Record<string, Json>)[p];
    else cur = undefined;
    if (cur === undefined) return `doc is missing path: "${path}": missing value`;
  }
  if (!cur || typeof cur !== 'object') return `doc is missing path: "${path}": missing value`;
  return { holder: cur as Record<string, Json> | Json[], key: last };
}

function getAt(doc: Json, path: string): Json {
  const p = parent(doc, path);
  if (typeof p === 'string') return undefined;
  return Array.isArray(p.holder) ? p.holder[Number(p.key)] : p.holder[p.key];
}

/** Apply operations; returns the new document or the error text. */
export function jsonPatch(doc: Json, ops: Array<Record<string, Json>>): Json | { error: string } {
  const out = structuredClone(doc);
  for (const op of ops) {
    const path = String(op.path ?? '');
    const kind = String(op.op ?? '');
    if (kind === 'test') {
      if (JSON.stringify(getAt(out, path)) !== JSON.stringify(op.value))
        return { error: `testing value ${path} failed: test failed` };
      continue;
    }
    let value = op.value;
    if (kind === 'copy' || kind === 'move') {
      const from = String(op.from ?? '');
      value = structuredClone(getAt(out, from));
      if (value === undefined)
        return {
          error: `${kind} operation does not apply: doc is missing from path: "${from}": missing value`,
        };
      if (kind === 'move') {
        const p = parent(out, from);
        if (typeof p !== 'string') {
          if (Array.isArray(p.holder)) p.holder.splice(Number(p.key), 1);
          else delete p.holder[p.key];
        }
      }
    }
    const p = parent(out, path);
    if (typeof p === 'string')
      return { error: `${kind === 'move' || kind === 'copy' ? 'add' : kind} operation does not apply: ${p}` };
    const { holder, key } = p;
    if (Array.isArray(holder)) {
      const idx = key === '-' ? holder.length : Number(key);
      if (kind === 'remove') {
        if (idx >= holder.length)
          return { error: `remove operation does not apply: doc is missing path: "${path}": missing value` };
        holder.splice(idx, 1);
      } else if (kind === 'replace') holder[idx] = value;
      else holder.splice(idx, 0, value);
    } else if (kind === 'remove') {
      if (!(key in holder))
        return { error: `remove operation does not apply: doc is missing path: "${path}": missing value` };
      delete holder[key];
    } else if (kind === 'replace') {
      if (!(key in holder))
        return { error: `replace operation does not apply: doc is missing key: ${path}: missing value` };
      holder[key] = value;
    } else if (kind === 'add' || kind === 'copy' || kind === 'move') holder[key] = value;
    else return { error: `Unexpected kind: ${kind}` };
  }
  return out;
}
