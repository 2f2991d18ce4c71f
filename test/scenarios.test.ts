/**
 * Every walkthrough under scenarios/<world>/ replays on that world with each
 * step exiting 0 (steps meant to fail carry `!`), produces the same bytes on
 * a second run, and the built CLI prints the same steps through the
 * `knetlab run FILE --world NAME --format json` contract.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programPaths, runScriptText } from '../src/runner.js';
import { findPreset } from '../src/scenario/worlds.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'scenarios');

const files = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(dir, d.name))
      .filter((f) => f.endsWith('.sh'))
      .map((f) => ({ world: d.name, path: join('scenarios', d.name, f) })),
  );

function replay(world: string, path: string) {
  const preset = findPreset(world);
  if (!preset) throw new Error(`scenarios/${world}: no world named ${world}`);
  return runScriptText(readFileSync(join(root, path), 'utf8'), preset.build(programPaths()));
}

describe('scenarios', () => {
  it('has walkthroughs for each folder named after a world', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(findPreset(f.world), f.path).toBeDefined();
  });

  for (const f of files) {
    it(`${f.path} runs on ${f.world} with every step succeeding, deterministically`, () => {
      const first = replay(f.world, f.path);
      expect(first.steps.length).toBeGreaterThan(5);
      const failed = first.steps.filter((s) => s.exit !== 0).map((s) => `${s.cmd} → ${s.exit}: ${s.stderr}`);
      expect(failed).toEqual([]);
      expect(replay(f.world, f.path)).toEqual(first);
    });
  }

  it('the built CLI prints the same JSON steps', () => {
    const bin = join(root, 'bin/knetlab');
    if (!existsSync(join(root, 'dist/knetlab.mjs'))) throw new Error('run `npm run build` first');
    const f = files.find((x) => x.world === 'host') ?? files[0];
    if (!f) throw new Error('no scenarios');
    const out = execFileSync(bin, ['run', f.path, '--world', f.world, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ steps: replay(f.world, f.path).steps });
  });
});
