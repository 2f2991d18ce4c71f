/** Replaying golden cases in-process and counting the steps that match the real tools. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCaseText } from '../../src/runner.js';
import { normalize } from './normalize.js';

const here = new URL('.', import.meta.url).pathname;
export const GOLDEN_DIRS = [
  join(here, '../../../shared/golden'),
  join(here, 'foundation'),
  join(here, 'netfilter'),
  join(here, 'dns'),
  join(here, 'cluster'),
];

interface GoldenStep {
  cmd: string;
  exit: number;
  stdout_normalized: string;
  stderr_normalized: string;
}

export function goldenCases(): string[] {
  const out: string[] = [];
  for (const d of GOLDEN_DIRS) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort())
      if (f.endsWith('.case') && existsSync(join(d, f.replace(/\.case$/, '.json')))) out.push(join(d, f));
  }
  return out;
}

export function matchedSteps(casePath: string): { matched: number; total: number; failing: string[] } {
  const gold = JSON.parse(readFileSync(casePath.replace(/\.case$/, '.json'), 'utf8')) as {
    steps: GoldenStep[];
  };
  const got = runCaseText(readFileSync(casePath, 'utf8'), casePath).steps;
  let matched = 0;
  const failing: string[] = [];
  gold.steps.forEach((w, i) => {
    const g = got[i];
    if (
      g &&
      g.exit === w.exit &&
      normalize(g.stdout, w.cmd) === w.stdout_normalized &&
      normalize(g.stderr, w.cmd) === w.stderr_normalized
    )
      matched++;
    else failing.push(`${i + 1}: ${w.cmd}`);
  });
  return { matched, total: gold.steps.length, failing };
}
