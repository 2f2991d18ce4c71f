/**
 * Process substitution: `<(list)` and `>(list)` become /dev/fd/63,
 * /dev/fd/62 … for the command they are part of, as bash numbers them. A
 * `<(…)` holds what its list printed (read once, like a pipe); what the
 * command writes to a `>(…)` is the list's input once the command is done.
 */
import type { MountProvider, Stat } from '../model/vfs.js';
import type { List } from './ast.js';

export interface FdEntry {
  data: string;
  /** `>(list)`: run after the command with `data` as input. */
  sink?: List;
}

/** The /dev/fd entries of one command. */
export class FdScope {
  readonly fds = new Map<number, FdEntry>();
  private next = 63;
  /** Puts the filesystem back as it was before /dev/fd was mounted. */
  restore: (() => void) | null = null;

  add(entry: FdEntry): number {
    const fd = this.next--;
    this.fds.set(fd, entry);
    return fd;
  }

  provider(): MountProvider {
    const dir: Stat = { kind: 'dir', size: 0, mode: 0o500, mtime: 0 };
    const entry = (rel: readonly string[]) =>
      rel.length === 1 && /^\d+$/.test(rel[0] as string) ? this.fds.get(Number(rel[0])) : undefined;
    return {
      stat: (rel) => {
        if (rel.length === 0) return dir;
        const e = entry(rel);
        return e ? { kind: 'file', size: e.data.length, mode: 0o600, mtime: 0 } : null;
      },
      list: (rel) => (rel.length === 0 ? [...this.fds.keys()].sort((a, b) => a - b).map(String) : null),
      read: (rel) => {
        const e = entry(rel);
        if (!e) return { error: 'ENOENT' };
        if (e.sink) return { error: 'EACCES' };
        // a pipe: what was read is gone
        const data = e.data;
        e.data = '';
        return data;
      },
      write: (rel, data) => {
        const e = entry(rel);
        if (!e) return 'ENOENT';
        if (!e.sink) return 'EACCES';
        e.data += data;
        return null;
      },
    };
  }
}
