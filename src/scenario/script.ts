/** Splitting a script into complete command lines (a here-document or a loop spans several lines). */
import { parseShell } from '../shell/parse.js';

/** Group the lines of a script into complete commands; comment-only and blank lines are dropped. */
/** The commands of a script with the line each starts on (1-based). */
export function splitScriptLines(text: string): Array<{ cmd: string; line: number }> {
  const out: Array<{ cmd: string; line: number }> = [];
  let buf = '';
  let start = 0;
  text.split('\n').forEach((line, i) => {
    if (buf === '' && (line.trim() === '' || line.trim().startsWith('#'))) return;
    if (buf === '') start = i + 1;
    buf = buf === '' ? line : `${buf}\n${line}`;
    const r = parseShell(buf);
    if (r.ok || !r.incomplete) {
      out.push({ cmd: buf, line: start });
      buf = '';
    }
  });
  if (buf.trim() !== '') out.push({ cmd: buf, line: start });
  return out;
}

export function splitScript(text: string): string[] {
  return splitScriptLines(text).map((s) => s.cmd);
}
