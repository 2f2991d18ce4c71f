/** Replaying recorded real-kubectl fixtures (tools/capture-fixtures.py) in knetlab worlds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { programPaths } from '../../../src/runner.js';
import { parseCase } from '../../../src/scenario/case-file.js';
import { buildCaseWorld } from '../../../src/scenario/case-world.js';
import { Session } from '../../../src/session.js';
import { type FixtureData, fixtureWorld } from './tools/fixture-world.js';

export interface Recorded {
  mode: 'offline' | 'cache' | 'tty80' | 'fake';
  cmd: string;
  exit: number;
  stdout: string;
  stderr: string;
}

const here = new URL('.', import.meta.url).pathname;

export function loadFixtures(name: string): Recorded[] {
  return JSON.parse(readFileSync(join(here, 'fixtures', name), 'utf8')) as Recorded[];
}

const KLOG = /^([IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d{6}\s+\d+ /gm;

let fakeData: FixtureData | null = null;

/** Run one recorded command in the world its mode stands for; klog headers normalised. */
export function replay(r: Recorded): { exit: number; stdout: string; stderr: string } {
  let session: Session;
  if (r.mode === 'fake') {
    fakeData ??= JSON.parse(
      readFileSync(join(here, 'fixtures', 'fakeapi-objects.json'), 'utf8'),
    ) as FixtureData;
    session = new Session(fixtureWorld(fakeData), { mode: 'script', tickMs: 0 });
  } else {
    const header = r.mode === 'cache' ? '# kube-discovery-cache: yes\n' : '';
    const world = buildCaseWorld(parseCase(header).header, { programPaths: programPaths() });
    session = new Session(world, { mode: 'case', tty: r.mode === 'tty80' ? { cols: 80, rows: 24 } : null });
  }
  const out = session.exec(r.cmd);
  return { exit: out.exitCode, stdout: out.stdout, stderr: out.stderr.replace(KLOG, '$1<klog> ') };
}
