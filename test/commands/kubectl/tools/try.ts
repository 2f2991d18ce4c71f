/** Dev tool: run command lines (one per line on stdin) in a namespaces-only API world and print the results. */
import { readFileSync } from 'node:fs';
import { kubeWorld, session } from '../harness.js';

const { world } = kubeWorld();
const run = session(world);
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = run(line);
  process.stdout.write(
    `$ ${line}\n${r.stdout}${r.stderr.replace(/^(?=.)/gm, '[stderr] ')}[exit ${r.exit}]\n`,
  );
}
