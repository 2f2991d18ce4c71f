/** Output helpers of the Docker CLI: tabwriter tables, Go JSON, durations, --format templates. */
import type { Proc } from '../../shell/types.js';
import { fail } from '../cli-error.js';
import { goJson, goJsonCompact } from '../kubectl/go-json.js';
import { executeGoTemplate } from '../kubectl/go-template.js';
import { tabwrite } from '../kubectl/tabwriter.js';

/** go-units HumanDuration. */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const m = Math.floor(s / 60);
  if (m === 1) return 'About a minute';
  if (m < 60) return `${m} minutes`;
  const h = Math.round(ms / 3_600_000);
  if (h === 1) return 'About an hour';
  if (h < 48) return `${h} hours`;
  if (h < 24 * 14) return `${Math.floor(h / 24)} days`;
  if (h < 24 * 60) return `${Math.floor(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

export function ellipsis(s: string, max: number): string {
  const r = [...s];
  return r.length <= max ? s : `${r.slice(0, max - 1).join('')}…`;
}

export function table(rows: string[][]): string {
  return tabwrite(rows.map((r) => `${r.join('\t')}\n`).join(''), 10, 3);
}

/** Go's JSON encoder escapes <, > and & in strings. */
export function dockerJson(v: unknown): string {
  return `${goJson(v, false)}\n`;
}

export function render(p: Proc, objs: unknown[], format: string | undefined): number {
  if (format === undefined) {
    p.out(dockerJson(objs));
    return 0;
  }
  const tpl = format.replace(/\{\{\s*json\s+(\.[^}]*?)\s*\}\}/g, '{{$1 | json}}');
  for (const o of objs) {
    const r = jsonTemplate(tpl, o);
    if (r.error !== undefined) return fail(`template: :1: ${r.error}\n`, 1);
    p.out(`${r.text}\n`);
  }
  return 0;
}

/** `{{json .X}}` is the common form; the rest is text/template over the JSON object. */
function jsonTemplate(tpl: string, o: unknown): { text: string; error?: string } {
  const parts = tpl.split(/(\{\{\.[^}|]*\| json\}\})/);
  let text = '';
  for (const part of parts) {
    const m = /^\{\{(\.[^}|]*?)\s*\| json\}\}$/.exec(part);
    if (m) {
      let v: unknown = o;
      for (const k of (m[1] as string).split('.').filter(Boolean))
        v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      text += goJsonCompact(v ?? null, false);
      continue;
    }
    const r = executeGoTemplate(part, o as never);
    if (r.error) return { text, error: r.error };
    text += r.text;
  }
  return { text };
}
