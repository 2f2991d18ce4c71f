/** Writing what a client downloaded into the world's filesystem (-o, -O, -D, wget's files). */
import { FsError } from '../../model/vfs.js';
import type { Proc } from '../../shell/types.js';

/**
 * Write `text` to `file` ('-' and /dev/stdout: stdout; /dev/stderr: stderr).
 * Returns null, or the strerror text when the file cannot be opened.
 */
export function writeTarget(
  p: Proc,
  file: string,
  text: string,
  _shown = text,
  append = false,
): string | null {
  if (file === '-' || file === '/dev/stdout') {
    p.out(text);
    return null;
  }
  if (file === '/dev/stderr') {
    p.err(text);
    return null;
  }
  try {
    p.ctx.fs.writeFile(file, text, p.ctx.cwd, append);
    return null;
  } catch (e) {
    if (e instanceof FsError) return e.text;
    return 'Permission denied';
  }
}

/** Whether a path names an existing file or directory. */
export function exists(p: Proc, file: string): boolean {
  return p.ctx.fs.exists(file, p.ctx.cwd);
}
