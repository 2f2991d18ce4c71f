/**
 * The three-way merge behind client-side `kubectl apply`: the live object,
 * the last applied configuration and the new configuration. Maps merge key
 * by key, lists of objects with a strategic merge key (containers by name,
 * container ports by containerPort, ...) merge element-wise, other lists and
 * scalars are replaced, and fields dropped from the configuration since the
 * last apply are removed.
 */

type Json = unknown;

/** Strategic merge keys by list field name. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  volumeDevices: 'devicePath',
  conditions: 'type',
};

function isMap(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The merge key of a list, or null to replace it whole. */
function mergeKeyFor(field: string, list: Json[]): string | null {
  if (MERGE_KEYS[field]) return MERGE_KEYS[field] as string;
  if (field === 'ports' && list.every((x) => isMap(x) && 'containerPort' in x)) return 'containerPort';
  if (field === 'ports' && list.every((x) => isMap(x) && 'port' in x)) return 'port';
  return null;
}

function mergeList(field: string, live: Json[], orig: Json[] | undefined, conf: Json[]): Json[] {
  const key = mergeKeyFor(field, conf);
  if (!key || !conf.every(isMap)) return structuredClone(conf);
  const find = (list: Json[] | undefined, v: Json) => (list ?? []).find((x) => isMap(x) && x[key] === v);
  const out: Json[] = [];
  for (const c of conf as Array<Record<string, Json>>) {
    const l = find(live, c[key]);
    const o = find(orig, c[key]);
    out.push(isMap(l) ? mergeMap(l, isMap(o) ? o : undefined, c) : structuredClone(c));
  }
  for (const l of live) {
    if (!isMap(l) || find(conf, l[key])) continue;
    if (find(orig, l[key])) continue;
    out.push(structuredClone(l));
  }
  return out;
}

export function mergeMap(
  live: Record<string, Json>,
  orig: Record<string, Json> | undefined,
  conf: Record<string, Json>,
): Record<string, Json> {
  const out: Record<string, Json> = structuredClone(live);
  for (const [k, c] of Object.entries(conf)) {
    const l = live[k];
    const o = orig?.[k];
    if (c === null) delete out[k];
    else if (isMap(c) && isMap(l)) out[k] = mergeMap(l, isMap(o) ? o : undefined, c);
    else if (Array.isArray(c) && Array.isArray(l))
      out[k] = mergeList(k, l, Array.isArray(o) ? o : undefined, c);
    else out[k] = structuredClone(c);
  }
  for (const k of Object.keys(orig ?? {})) if (!(k in conf)) delete out[k];
  return out;
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
