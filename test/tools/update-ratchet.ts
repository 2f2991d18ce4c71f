/**
 * Raise test/golden/ratchet.json to the matched-step counts reached now
 * (never lowers a number). Run: npx tsx test/tools/update-ratchet.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { goldenCases, matchedSteps } from '../golden/parity.js';

const here = new URL('../golden/', import.meta.url).pathname;
const file = join(here, 'ratchet.json');
const current = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : {};
let total = 0;
let matched = 0;
for (const c of goldenCases()) {
  const r = matchedSteps(c);
  const name = basename(c, '.case');
  current[name] = Math.max(current[name] ?? 0, r.matched);
  total += r.total;
  matched += r.matched;
}
const sorted = Object.fromEntries(Object.entries(current).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`parity now ${matched}/${total}; ratchet written to ${file}\n`);
