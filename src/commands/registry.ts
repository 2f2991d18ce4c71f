/** Registered programs by name and by path. */
import type { CommandLookup } from '../shell/interpreter.js';
import type { CommandDef } from '../shell/types.js';

export class Registry implements CommandLookup {
  private readonly byName = new Map<string, CommandDef>();
  private readonly byPath = new Map<string, CommandDef>();

  constructor(defs: Iterable<CommandDef> = []) {
    for (const d of defs) this.add(d);
  }

  add(def: CommandDef): void {
    // a program named by its absolute path is not on PATH: it runs by path only (and is not installed everywhere)
    if (def.name.startsWith('/')) {
      this.byPath.set(def.path, def);
      return;
    }
    this.byName.set(def.name, def);
    this.byPath.set(def.path, def);
    // /usr/bin and /bin, /usr/sbin and /sbin are the same directories (merged /usr)
    const alt = def.path.replace(/^\/usr\/(s?bin)\//, '/$1/');
    if (alt !== def.path) this.byPath.set(alt, def);
  }

  get(name: string): CommandDef | undefined {
    return this.byName.get(name);
  }

  getByPath(path: string): CommandDef | undefined {
    return this.byPath.get(path);
  }

  all(): CommandDef[] {
    return [...this.byName.values()];
  }
}
