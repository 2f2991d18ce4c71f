/**
 * The API server's object store: plain JSON objects as the Kubernetes API
 * serves them, with uids, resourceVersions, generations and timestamps from
 * the world's seeded RNG and virtual clock. Admission (defaulting and
 * validation) runs through registered hooks; controllers reconcile after
 * every change.
 */
import type { World } from '../model/types.js';
import { resourceByKind } from './resources.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  generateName?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
}

/** Any Kubernetes object. Fields beyond metadata are kind-specific JSON. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  // biome-ignore lint/suspicious/noExplicitAny: API objects are open JSON documents
  spec?: any;
  // biome-ignore lint/suspicious/noExplicitAny: idem
  status?: any;
  // biome-ignore lint/suspicious/noExplicitAny: idem
  [field: string]: any;
}

export type KubeErrorReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Invalid'
  | 'Conflict'
  | 'Forbidden'
  | 'BadRequest'
  | 'MethodNotAllowed';

/** An API error: kubectl prints `Error from server (<reason>): <message>`. */
export interface KubeError {
  reason: KubeErrorReason;
  message: string;
  code: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KubeError };

export type AdmissionHook = (store: KubeStore, obj: KObject, old: KObject | undefined) => KubeError | null;

/** `pods "web" not found` style messages use the plural resource name (and group). */
export function resourceLabel(kind: string): string {
  const info = resourceByKind(kind);
  if (!info) return kind.toLowerCase();
  return info.group ? `${info.name}.${info.group}` : info.name;
}

export function notFound(kind: string, name: string): KubeError {
  return { reason: 'NotFound', code: 404, message: `${resourceLabel(kind)} "${name}" not found` };
}

export function alreadyExists(kind: string, name: string): KubeError {
  return { reason: 'AlreadyExists', code: 409, message: `${resourceLabel(kind)} "${name}" already exists` };
}

export function isoTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function key(ns: string | undefined, name: string): string {
  return ns === undefined ? name : `${ns}/${name}`;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

export class KubeStore {
  private readonly byKind = new Map<string, Map<string, KObject>>();
  private revision = 1000;
  /** Bumped on every write; controllers compare it to know whether to run. */
  generation = 0;
  private readonly defaulters = new Map<string, AdmissionHook[]>();
  private readonly validators = new Map<string, AdmissionHook[]>();

  constructor(readonly world: World) {}

  /** Register a defaulting (mutating) hook for a kind ('*' for all). */
  addDefaulter(kind: string, hook: AdmissionHook): void {
    this.defaulters.set(kind, [...(this.defaulters.get(kind) ?? []), hook]);
  }

  /** Register a validating hook for a kind ('*' for all). */
  addValidator(kind: string, hook: AdmissionHook): void {
    this.validators.set(kind, [...(this.validators.get(kind) ?? []), hook]);
  }

  private table(kind: string): Map<string, KObject> {
    let t = this.byKind.get(kind);
    if (!t) {
      t = new Map();
      this.byKind.set(kind, t);
    }
    return t;
  }

  isNamespaced(kind: string): boolean {
    return resourceByKind(kind)?.namespaced ?? true;
  }

  /** Live object (do not mutate; use update/patch). */
  get(kind: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.table(kind).get(key(this.isNamespaced(kind) ? namespace : undefined, name));
  }

  /** Objects of a kind, in API list order (namespace, then name). `namespace` undefined lists all. */
  list(kind: string, namespace?: string): KObject[] {
    // the sorted list is cached until the kind changes (controllers list the same kinds many times per reconcile)
    const gen = this.kindGens.get(kind) ?? 0;
    let cached = this.sorted.get(kind);
    const members = this.memberGens.get(kind) ?? 0;
    if (cached && cached.gen !== gen && cached.members === members) {
      // only updates since: same names in the same order, newer objects
      const t = this.table(kind);
      const all = cached.all.map((o) => t.get(key(o.metadata.namespace, o.metadata.name)) as KObject);
      cached = { gen, members, all, byNs: new Map() };
      this.sorted.set(kind, cached);
    }
    if (!cached || cached.gen !== gen) {
      const all = [...this.table(kind).values()].sort((a, b) => {
        const na = a.metadata.namespace ?? '';
        const nb = b.metadata.namespace ?? '';
        return na < nb
          ? -1
          : na > nb
            ? 1
            : a.metadata.name < b.metadata.name
              ? -1
              : a.metadata.name > b.metadata.name
                ? 1
                : 0;
      });
      cached = { gen, members, all, byNs: new Map() };
      this.sorted.set(kind, cached);
    }
    if (namespace === undefined) return cached.all.slice();
    let inNs = cached.byNs.get(namespace);
    if (!inNs) {
      inNs = cached.all.filter((o) => o.metadata.namespace === namespace);
      cached.byNs.set(namespace, inNs);
    }
    return inNs.slice();
  }

  /** How many creations and deletions objects of a kind have seen (indexes by name compare it). */
  memberGeneration(kind: string): number {
    return this.memberGens.get(kind) ?? 0;
  }

  /** The store revision when an object was created (environment snapshots of containers use it). */
  creationRevision(kind: string, namespace: string | undefined, name: string): number | undefined {
    return this.created.get(`${kind}/${key(this.isNamespaced(kind) ? namespace : undefined, name)}`);
  }

  /** Objects of a kind in the order they were created (updates keep their place). */
  listByAge(kind: string): KObject[] {
    return [...this.table(kind).values()];
  }

  kinds(): string[] {
    return [...this.byKind.keys()];
  }

  newUid(): string {
    const h = this.world.rng.hex(16);
    const v = `4${h.slice(13, 16)}`;
    const variant = ((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${v}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  private readonly kindGens = new Map<string, number>();
  private readonly created = new Map<string, number>();
  private readonly sorted = new Map<
    string,
    { gen: number; members: number; all: KObject[]; byNs: Map<string, KObject[]> }
  >();
  /** Bumped when objects of a kind are created or deleted (not on updates). */
  private readonly memberGens = new Map<string, number>();

  /** Clock time (ms) of the last write. */
  lastChange = 0;
  /** The cluster DNS view of this store (set by the cluster builder). */
  dns?: unknown;

  private nextVersion(kind: string): string {
    this.lastChange = this.world.clock.now;
    this.revision++;
    this.generation++;
    this.kindGens.set(kind, (this.kindGens.get(kind) ?? 0) + 1);
    return String(this.revision);
  }

  /** How many writes objects of these kinds have seen (watchers compare it to skip work). */
  kindGeneration(...kinds: string[]): number {
    let n = 0;
    for (const k of kinds) n += this.kindGens.get(k) ?? 0;
    return n;
  }

  /** The store's resourceVersion counter (the SOA serial of cluster DNS follows it). */
  get resourceVersion(): number {
    return this.revision;
  }

  private admit(obj: KObject, old: KObject | undefined): KubeError | null {
    for (const h of [...(this.defaulters.get('*') ?? []), ...(this.defaulters.get(obj.kind) ?? [])]) {
      const e = h(this, obj, old);
      if (e) return e;
    }
    for (const h of [...(this.validators.get('*') ?? []), ...(this.validators.get(obj.kind) ?? [])]) {
      const e = h(this, obj, old);
      if (e) return e;
    }
    return null;
  }

  /** Create an object (a deep copy is stored). `generateName` gets a seeded suffix. */
  create(input: KObject, opts: { dryRun?: boolean } = {}): Result<KObject> {
    const obj = clone(input);
    const namespaced = this.isNamespaced(obj.kind);
    if (namespaced) obj.metadata.namespace ??= 'default';
    else delete obj.metadata.namespace;
    if (!obj.metadata.name && obj.metadata.generateName) {
      for (let i = 0; i < 100; i++) {
        const n = `${obj.metadata.generateName}${this.world.rng.suffix(5)}`;
        if (!this.get(obj.kind, obj.metadata.namespace, n)) {
          obj.metadata.name = n;
          break;
        }
      }
    }
    if (namespaced && obj.metadata.namespace !== undefined && obj.kind !== 'Namespace') {
      const ns = this.get('Namespace', undefined, obj.metadata.namespace);
      if (!ns)
        return {
          ok: false,
          error: {
            reason: 'NotFound',
            code: 404,
            message: `namespaces "${obj.metadata.namespace}" not found`,
          },
        };
      // NamespaceLifecycle admission
      if (ns.metadata.deletionTimestamp !== undefined)
        return {
          ok: false,
          error: {
            reason: 'Forbidden',
            code: 403,
            message: `${resourceLabel(obj.kind)} "${obj.metadata.name}" is forbidden: unable to create new content in namespace ${obj.metadata.namespace} because it is being terminated`,
          },
        };
    }
    if (this.get(obj.kind, obj.metadata.namespace, obj.metadata.name))
      return { ok: false, error: alreadyExists(obj.kind, obj.metadata.name) };
    const e = this.admit(obj, undefined);
    if (e) return { ok: false, error: e };
    obj.metadata.uid = this.newUid();
    obj.metadata.creationTimestamp = isoTime(this.world.clock.now);
    if (
      obj.spec !== undefined &&
      [
        'Deployment',
        'ReplicaSet',
        'DaemonSet',
        'StatefulSet',
        'Job',
        'CronJob',
        'NetworkPolicy',
        'Ingress',
      ].includes(obj.kind)
    ) {
      obj.metadata.generation = 1;
    }
    if (opts.dryRun) return { ok: true, value: obj };
    obj.metadata.resourceVersion = this.nextVersion(obj.kind);
    this.table(obj.kind).set(key(obj.metadata.namespace, obj.metadata.name), obj);
    this.created.set(`${obj.kind}/${key(obj.metadata.namespace, obj.metadata.name)}`, this.revision);
    this.memberGens.set(obj.kind, (this.memberGens.get(obj.kind) ?? 0) + 1);
    return { ok: true, value: obj };
  }

  /** Replace an object's content (spec/metadata changes bump generation where it exists). */
  update(input: KObject, opts: { dryRun?: boolean; statusOnly?: boolean } = {}): Result<KObject> {
    return this.commit(clone(input), opts);
  }

  /** Store `obj` (owned by the store from here on) in place of the object of the same name. */
  private commit(obj: KObject, opts: { dryRun?: boolean; statusOnly?: boolean }): Result<KObject> {
    const old = this.get(obj.kind, obj.metadata.namespace, obj.metadata.name);
    if (!old) return { ok: false, error: notFound(obj.kind, obj.metadata.name) };
    obj.metadata.uid = old.metadata.uid as string;
    obj.metadata.creationTimestamp = old.metadata.creationTimestamp as string;
    if (!opts.statusOnly) {
      const e = this.admit(obj, old);
      if (e) return { ok: false, error: e };
    }
    if (old.metadata.generation !== undefined) {
      const specChanged = JSON.stringify(old.spec) !== JSON.stringify(obj.spec);
      obj.metadata.generation = old.metadata.generation + (specChanged ? 1 : 0);
    }
    if (opts.dryRun) return { ok: true, value: obj };
    obj.metadata.resourceVersion = this.nextVersion(obj.kind);
    this.table(obj.kind).set(key(obj.metadata.namespace, obj.metadata.name), obj);
    return { ok: true, value: obj };
  }

  /** Change an object in place through a function, as a controller or kubectl patch does. */
  mutate(
    kind: string,
    namespace: string | undefined,
    name: string,
    fn: (o: KObject) => void,
    opts: { statusOnly?: boolean } = {},
  ): Result<KObject> {
    const old = this.get(kind, namespace, name);
    if (!old) return { ok: false, error: notFound(kind, name) };
    // API objects are plain JSON: one serialisation gives both the copy and the comparison
    const before = JSON.stringify(old);
    const next = JSON.parse(before) as KObject;
    fn(next);
    if (JSON.stringify(next) === before) return { ok: true, value: old };
    return this.commit(next, opts);
  }

  delete(kind: string, namespace: string | undefined, name: string): Result<KObject> {
    const t = this.table(kind);
    const k = key(this.isNamespaced(kind) ? namespace : undefined, name);
    const old = t.get(k);
    if (!old) return { ok: false, error: notFound(kind, name) };
    t.delete(k);
    this.created.delete(`${kind}/${k}`);
    this.memberGens.set(kind, (this.memberGens.get(kind) ?? 0) + 1);
    this.nextVersion(kind);
    return { ok: true, value: old };
  }

  /** Objects whose controller owner is `owner`. */
  ownedBy(kind: string, owner: KObject): KObject[] {
    return this.list(kind, owner.metadata.namespace).filter((o) =>
      o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid),
    );
  }
}

export function ownerRef(o: KObject, controller = true): OwnerReference {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.metadata.name,
    uid: o.metadata.uid as string,
    controller,
    blockOwnerDeletion: controller,
  };
}

/** The cluster state hangs off the world. */
export function kubeOf(world: World): KubeStore | undefined {
  return world.ext.kube as KubeStore | undefined;
}
