/** Dev tool: run kubectl command lines in the fixture world; prints [{cmd, exit, stdout, stderr}] as JSON. */
import { readFileSync } from 'node:fs';
import { Session } from '../../../../src/session.js';
import { type FixtureData, fixtureWorld } from './fixture-world.js';

const data = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as FixtureData;
const cmds = JSON.parse(readFileSync(0, 'utf8')) as string[];
const out = [];
for (const cmd of cmds) {
  const world = fixtureWorld(data);
  const s = new Session(world, { mode: 'script', tickMs: 0 });
  const r = s.exec(cmd);
  out.push({ cmd, exit: r.exitCode, stdout: r.stdout, stderr: r.stderr });
}
process.stdout.write(JSON.stringify(out));
