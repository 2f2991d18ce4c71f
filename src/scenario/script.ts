/** Splitting a script into complete command lines (a here-document or a loop spans several lines). */
import { parseShell } from '../shell/parse.js';

/** Group the lines of a script into complete commands; comment-only and blank lines are dropped. */
export function splitScript(text: string): string[] {
  const out: string[] = [];
  let buf = '';
  for (const line of text.split('\n')) {
    if (buf === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    buf = buf === '' ? line : `${buf}\n${line}`;
    const r = parseShell(buf);
    if (r.ok || !r.incomplete) {
      out.push(buf);
      buf = '';
    }
  }
  if (buf.trim() !== '') out.push(buf);
  return out;
}
