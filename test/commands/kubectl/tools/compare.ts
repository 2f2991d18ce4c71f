/** Dev tool: compare a capture-fixtures.py JSON file against knetlab; prints mismatches. */
import { readFileSync } from 'node:fs';
import { type Recorded, replay } from '../fixtures.js';

const recs = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as Recorded[];
let ok = 0;
for (const r of recs) {
  const got = replay(r);
  if (got.stdout === r.stdout && got.stderr === r.stderr && got.exit === r.exit) {
    ok++;
    continue;
  }
  process.stdout.write(`=== ${r.mode}: ${r.cmd}  (exit real ${r.exit} mine ${got.exit})\n`);
  for (const f of ['stdout', 'stderr'] as const)
    if (got[f] !== r[f])
      process.stdout.write(
        `--- real ${f}:\n${r[f].slice(0, 1500)}--- mine ${f}:\n${got[f].slice(0, 1500)}\n`,
      );
}
process.stdout.write(`${ok}/${recs.length} identical\n`);
