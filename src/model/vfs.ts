/**
 * An in-memory filesystem per host, plus views (FsView) that add what a
 * process sees on top of it: procfs for its network namespace, bind mounts
 * (`ip netns exec` binds /etc/netns/NAME/* over /etc), container roots.
 */

export type FsErrorCode =
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'EACCES'
  | 'EINVAL'
  | 'ENOTEMPTY'
  | 'EPERM'
  | 'ELOOP'
  | 'EBUSY';

export const FS_ERROR_TEXT: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  ENOTEMPTY: 'Directory not empty',
  EPERM: 'Operation not permitted',
  ELOOP: 'Too many levels of symbolic links',
  EBUSY: 'Device or resource busy',
};

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(`${path}: ${FS_ERROR_TEXT[code]}`);
  }
  get text(): string {
    return FS_ERROR_TEXT[this.code];
  }
}

export interface DirNode {
  t: 'dir';
  children: Map<string, FsNode>;
  mode: number;
  mtime: number;
}
export interface FileNode {
  t: 'file';
  data: string;
  mode: number;
  mtime: number;
}
export interface LinkNode {
  t: 'link';
  target: string;
  mtime: number;
}
export interface DevNode {
  t: 'dev';
  dev: 'null' | 'zero' | 'tty';
  mtime: number;
}
export type FsNode = DirNode | FileNode | LinkNode | DevNode;

export type StatKind = 'dir' | 'file' | 'link' | 'dev';
export interface Stat {
  kind: StatKind;
  size: number;
  mode: number;
  mtime: number;
}

/** A virtual subtree (procfs, sysfs ...). Paths are relative component lists. */
export interface MountProvider {
  stat(rel: readonly string[]): Stat | null;
  list(rel: readonly string[]): string[] | null;
  /** The content, null when unreadable (EACCES), or the error a read gets (`carrier` of a down link: EINVAL). */
  read(rel: readonly string[]): string | null | { error: FsErrorCode };
  /** Returns an error code, or null on success. */
  write?(rel: readonly string[], data: string): FsErrorCode | null;
}

export function splitPath(p: string): string[] {
  return p.split('/').filter((c) => c.length > 0 && c !== '.');
}

export function normalizePath(p: string, cwd = '/'): string {
  const abs = p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p}`;
  const out: string[] = [];
  for (const c of splitPath(abs)) {
    if (c === '..') out.pop();
    else out.push(c);
  }
  return `/${out.join('/')}`;
}

export function mkdirNode(mtime = 0, mode = 0o755): DirNode {
  return { t: 'dir', children: new Map(), mode, mtime };
}

/** The filesystem of one host (or one container image). */
export class Vfs {
  readonly root: DirNode;
  constructor(
    private readonly now: () => number,
    root?: DirNode,
  ) {
    this.root = root ?? mkdirNode(now());
  }

  time(): number {
    return this.now();
  }

  /** Deep copy (a container root made from an image). */
  clone(): Vfs {
    const copy = (n: FsNode): FsNode => {
      if (n.t === 'dir') {
        const d = mkdirNode(n.mtime, n.mode);
        for (const [k, v] of n.children) d.children.set(k, copy(v));
        return d;
      }
      return { ...n };
    };
    return new Vfs(this.now, copy(this.root) as DirNode);
  }

  /** Write a file, creating parent directories (world building only). */
  put(path: string, data: string, mode = 0o644): void {
    const parts = splitPath(path);
    const name = parts.pop();
    if (!name) return;
    let d = this.root;
    for (const c of parts) {
      let next = d.children.get(c);
      if (next?.t !== 'dir') {
        next = mkdirNode(this.now());
        d.children.set(c, next);
      }
      d = next;
    }
    d.children.set(name, { t: 'file', data, mode, mtime: this.now() });
  }

  putDir(path: string): void {
    let d = this.root;
    for (const c of splitPath(path)) {
      let next = d.children.get(c);
      if (next?.t !== 'dir') {
        next = mkdirNode(this.now());
        d.children.set(c, next);
      }
      d = next;
    }
  }

  putLink(path: string, target: string): void {
    const parts = splitPath(path);
    const name = parts.pop();
    if (!name) return;
    this.putDir(`/${parts.join('/')}`);
    const dir = this.lookupNoFollow(parts);
    if (dir?.t === 'dir') dir.children.set(name, { t: 'link', target, mtime: this.now() });
  }

  putDev(path: string, dev: DevNode['dev']): void {
    const parts = splitPath(path);
    const name = parts.pop();
    if (!name) return;
    this.putDir(`/${parts.join('/')}`);
    const dir = this.lookupNoFollow(parts);
    if (dir?.t === 'dir') dir.children.set(name, { t: 'dev', dev, mtime: this.now() });
  }

  private lookupNoFollow(parts: readonly string[]): FsNode | null {
    let n: FsNode = this.root;
    for (const c of parts) {
      if (n.t !== 'dir') return null;
      const next = n.children.get(c);
      if (!next) return null;
      n = next;
    }
    return n;
  }
}

interface Resolved {
  /** Canonical absolute path after symlinks and binds. */
  path: string;
  mount?: { provider: MountProvider; rel: string[] };
  node?: FsNode;
  parent?: DirNode;
  name?: string;
}

export interface MountSpec {
  at: string;
  provider: MountProvider;
}

/**
 * What one process sees: a base filesystem, virtual mounts (longest prefix
 * wins) and bind mounts of single files or directories.
 */
export class FsView {
  constructor(
    readonly base: Vfs,
    readonly mounts: readonly MountSpec[] = [],
    /** target path -> source path (both absolute, canonical). */
    readonly binds: ReadonlyMap<string, string> = new Map(),
  ) {}

  with(extra: { mounts?: readonly MountSpec[]; binds?: ReadonlyMap<string, string> }): FsView {
    const binds = new Map(this.binds);
    for (const [k, v] of extra.binds ?? []) binds.set(k, v);
    return new FsView(
      this.base,
      [
        ...this.mounts.filter((m) => !(extra.mounts ?? []).some((x) => x.at === m.at)),
        ...(extra.mounts ?? []),
      ],
      binds,
    );
  }

  private mountFor(path: string): { provider: MountProvider; rel: string[] } | null {
    let best: MountSpec | null = null;
    for (const m of this.mounts) {
      if ((path === m.at || path.startsWith(`${m.at}/`)) && (!best || m.at.length > best.at.length)) best = m;
    }
    if (!best) return null;
    return { provider: best.provider, rel: splitPath(path.slice(best.at.length)) };
  }

  /** Resolve a path; follows symlinks (also the last one unless noFollowLast). */
  resolve(p: string, cwd = '/', noFollowLast = false, depth = 0): Resolved {
    if (depth > 16) throw new FsError('ELOOP', p);
    const parts = splitPath(normalizePath(p, cwd));
    let cur = '';
    let node: FsNode = this.base.root;
    let parent: DirNode | undefined;
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i] as string;
      const next = `${cur}/${c}`;
      const last = i === parts.length - 1;
      const bound = this.binds.get(next);
      if (bound !== undefined) {
        const rest = parts.slice(i + 1).join('/');
        return this.resolve(rest ? `${bound}/${rest}` : bound, '/', noFollowLast, depth + 1);
      }
      const m = this.mountFor(next);
      if (m)
        return {
          path: `/${parts.join('/')}`,
          mount: { provider: m.provider, rel: [...m.rel, ...parts.slice(i + 1)] },
        };
      if (node.t !== 'dir') throw new FsError('ENOTDIR', `/${parts.join('/')}`);
      const child: FsNode | undefined = node.children.get(c);
      if (!child) {
        if (last) return { path: next, parent: node, name: c };
        throw new FsError('ENOENT', `/${parts.join('/')}`);
      }
      if (child.t === 'link' && !(last && noFollowLast)) {
        const target = normalizePath(child.target, cur || '/');
        const rest = parts.slice(i + 1).join('/');
        return this.resolve(rest ? `${target}/${rest}` : target, '/', noFollowLast, depth + 1);
      }
      parent = node;
      node = child;
      cur = next;
    }
    const nm = parts[parts.length - 1];
    return {
      path: cur || '/',
      node,
      ...(parent ? { parent } : {}),
      ...(nm !== undefined ? { name: nm } : {}),
    };
  }

  stat(p: string, cwd = '/'): Stat | null {
    try {
      const r = this.resolve(p, cwd);
      if (r.mount) return r.mount.provider.stat(r.mount.rel);
      if (!r.node) return null;
      return nodeStat(r.node);
    } catch {
      return null;
    }
  }

  lstat(p: string, cwd = '/'): Stat | null {
    try {
      const r = this.resolve(p, cwd, true);
      if (r.mount) return r.mount.provider.stat(r.mount.rel);
      if (!r.node) return null;
      return nodeStat(r.node);
    } catch {
      return null;
    }
  }

  exists(p: string, cwd = '/'): boolean {
    return this.stat(p, cwd) !== null;
  }

  isDir(p: string, cwd = '/'): boolean {
    return this.stat(p, cwd)?.kind === 'dir';
  }

  readFile(p: string, cwd = '/'): string {
    const r = this.resolve(p, cwd);
    if (r.mount) {
      const st = r.mount.provider.stat(r.mount.rel);
      if (!st) throw new FsError('ENOENT', r.path);
      if (st.kind === 'dir') throw new FsError('EISDIR', r.path);
      const data = r.mount.provider.read(r.mount.rel);
      if (data === null) throw new FsError('EACCES', r.path);
      if (typeof data !== 'string') throw new FsError(data.error, r.path);
      return data;
    }
    if (!r.node) throw new FsError('ENOENT', r.path);
    if (r.node.t === 'dir') throw new FsError('EISDIR', r.path);
    if (r.node.t === 'dev') return '';
    if (r.node.t === 'link') throw new FsError('ELOOP', r.path);
    return r.node.data;
  }

  /** Write (or append to) a file. Writes to /dev/null vanish. */
  writeFile(p: string, data: string, cwd = '/', append = false): void {
    const r = this.resolve(p, cwd);
    if (r.mount) {
      const st = r.mount.provider.stat(r.mount.rel);
      if (!st) throw new FsError(r.mount.provider.write ? 'ENOENT' : 'EACCES', r.path);
      if (st.kind === 'dir') throw new FsError('EISDIR', r.path);
      if (!r.mount.provider.write) throw new FsError('EACCES', r.path);
      const err = r.mount.provider.write(r.mount.rel, data);
      if (err) throw new FsError(err, r.path);
      return;
    }
    if (r.node) {
      if (r.node.t === 'dir') throw new FsError('EISDIR', r.path);
      if (r.node.t === 'dev') return;
      if (r.node.t === 'file') {
        r.node.data = append ? r.node.data + data : data;
        r.node.mtime = this.base.time();
      }
      return;
    }
    if (!r.parent || r.name === undefined) throw new FsError('ENOENT', r.path);
    r.parent.children.set(r.name, { t: 'file', data, mode: 0o644, mtime: this.base.time() });
    r.parent.mtime = this.base.time();
  }

  readdir(p: string, cwd = '/'): string[] {
    const r = this.resolve(p, cwd);
    if (r.mount) {
      const st = r.mount.provider.stat(r.mount.rel);
      if (!st) throw new FsError('ENOENT', r.path);
      if (st.kind !== 'dir') throw new FsError('ENOTDIR', r.path);
      return r.mount.provider.list(r.mount.rel) ?? [];
    }
    if (!r.node) throw new FsError('ENOENT', r.path);
    if (r.node.t !== 'dir') throw new FsError('ENOTDIR', r.path);
    const names = [...r.node.children.keys()];
    // mount points directly inside this directory are entries too
    for (const m of this.mounts) {
      const parent = m.at.slice(0, m.at.lastIndexOf('/')) || '/';
      const name = m.at.slice(m.at.lastIndexOf('/') + 1);
      if (parent === r.path && name && !names.includes(name)) names.push(name);
    }
    return names;
  }

  mkdir(p: string, cwd = '/', parents = false): void {
    const abs = normalizePath(p, cwd);
    if (parents) {
      const parts = splitPath(abs);
      let cur = '';
      for (const c of parts) {
        cur = `${cur}/${c}`;
        const st = this.stat(cur);
        if (st) {
          if (st.kind !== 'dir') throw new FsError('ENOTDIR', cur);
          continue;
        }
        this.mkdir(cur, '/', false);
      }
      return;
    }
    const r = this.resolve(abs, '/', true);
    if (r.mount) {
      if (r.mount.provider.stat(r.mount.rel)) throw new FsError('EEXIST', r.path);
      throw new FsError('EPERM', r.path);
    }
    if (r.node) throw new FsError('EEXIST', r.path);
    if (!r.parent || r.name === undefined) throw new FsError('ENOENT', r.path);
    r.parent.children.set(r.name, mkdirNode(this.base.time()));
  }

  unlink(p: string, cwd = '/'): void {
    const r = this.resolve(p, cwd, true);
    if (r.mount) throw new FsError(r.mount.provider.stat(r.mount.rel) ? 'EACCES' : 'ENOENT', r.path);
    if (!r.node || !r.parent || r.name === undefined) throw new FsError('ENOENT', r.path);
    if (r.node.t === 'dir') throw new FsError('EISDIR', r.path);
    r.parent.children.delete(r.name);
  }

  rmdir(p: string, cwd = '/', recursive = false): void {
    const r = this.resolve(p, cwd, true);
    if (r.mount) throw new FsError('EBUSY', r.path);
    if (!r.node || !r.parent || r.name === undefined) throw new FsError('ENOENT', r.path);
    if (r.node.t !== 'dir') throw new FsError('ENOTDIR', r.path);
    if (!recursive && r.node.children.size > 0) throw new FsError('ENOTEMPTY', r.path);
    r.parent.children.delete(r.name);
  }

  rename(from: string, to: string, cwd = '/'): void {
    const a = this.resolve(from, cwd, true);
    if (a.mount || !a.node || !a.parent || a.name === undefined) throw new FsError('ENOENT', a.path);
    let b = this.resolve(to, cwd, true);
    if (b.node?.t === 'dir') b = this.resolve(`${b.path}/${a.name}`, '/', true);
    if (b.mount || !b.parent || b.name === undefined) throw new FsError('ENOENT', b.path);
    a.parent.children.delete(a.name);
    b.parent.children.set(b.name, a.node);
  }

  /** Make a file exist (touch). */
  touch(p: string, cwd = '/'): void {
    const r = this.resolve(p, cwd);
    if (r.mount) return;
    if (r.node) {
      r.node.mtime = this.base.time();
      return;
    }
    if (!r.parent || r.name === undefined) throw new FsError('ENOENT', r.path);
    r.parent.children.set(r.name, { t: 'file', data: '', mode: 0o644, mtime: this.base.time() });
  }

  /** Create a symbolic link at `p` pointing to `target` (stored as written). */
  symlink(target: string, p: string, cwd = '/'): void {
    const r = this.resolve(p, cwd, true);
    if (r.mount) throw new FsError('EACCES', r.path);
    if (r.node) throw new FsError('EEXIST', r.path);
    if (!r.parent || r.name === undefined) throw new FsError('ENOENT', r.path);
    r.parent.children.set(r.name, { t: 'link', target, mtime: this.base.time() });
  }

  /** A hard link: `p` becomes another name of the file at `existing`. */
  link(existing: string, p: string, cwd = '/'): void {
    const a = this.resolve(existing, cwd, true);
    if (a.mount || !a.node) throw new FsError('ENOENT', a.path);
    if (a.node.t === 'dir') throw new FsError('EPERM', a.path);
    const b = this.resolve(p, cwd, true);
    if (b.mount) throw new FsError('EACCES', b.path);
    if (b.node) throw new FsError('EEXIST', b.path);
    if (!b.parent || b.name === undefined) throw new FsError('ENOENT', b.path);
    b.parent.children.set(b.name, a.node);
  }

  readlink(p: string, cwd = '/'): string | null {
    try {
      const r = this.resolve(p, cwd, true);
      return r.node?.t === 'link' ? r.node.target : null;
    } catch {
      return null;
    }
  }
}

function nodeStat(n: FsNode): Stat {
  switch (n.t) {
    case 'dir':
      return { kind: 'dir', size: 4096, mode: n.mode, mtime: n.mtime };
    case 'file':
      return { kind: 'file', size: new TextEncoder().encode(n.data).length, mode: n.mode, mtime: n.mtime };
    case 'link':
      return { kind: 'link', size: n.target.length, mode: 0o777, mtime: n.mtime };
    case 'dev':
      return { kind: 'dev', size: 0, mode: 0o666, mtime: n.mtime };
  }
}
