/** Pathname expansion over a filesystem view. */
import type { FsView } from '../model/vfs.js';
import { globToRegExp, hasGlobChars } from './expand.js';

/** Expand a glob pattern; returns sorted matches or [] when nothing matches. */
export function globPaths(fs: FsView, cwd: string, pattern: string, isPattern: boolean[]): string[] {
  const absolute = pattern.startsWith('/');
  const comps: Array<{ text: string; flags: boolean[] }> = [];
  let cur = { text: '', flags: [] as boolean[] };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '/') {
      if (cur.text) comps.push(cur);
      cur = { text: '', flags: [] };
    } else {
      cur.text += c;
      cur.flags.push(isPattern[i] ?? false);
    }
  }
  if (cur.text) comps.push(cur);
  let bases = [absolute ? '/' : ''];
  for (const comp of comps) {
    const next: string[] = [];
    for (const base of bases) {
      const dir = base === '' ? cwd : base;
      if (!hasGlobChars(comp.text, comp.flags)) {
        const p = base === '' ? comp.text : base === '/' ? `/${comp.text}` : `${base}/${comp.text}`;
        if (fs.exists(p, cwd)) next.push(p);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(dir, cwd);
      } catch {
        continue;
      }
      const re = globToRegExp(comp.text, comp.flags);
      for (const n of names.sort()) {
        if (n.startsWith('.') && !comp.text.startsWith('.')) continue;
        if (re.test(n)) next.push(base === '' ? n : base === '/' ? `/${n}` : `${base}/${n}`);
      }
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  return bases.filter((b) => b !== '' && b !== '/');
}
