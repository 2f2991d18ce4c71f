/**
 * `npm run bench`: cold start of the compiled CLI beside `node -e 0`, the
 * in-process replay time of the bridge golden cases, and every
 * test/bench/<topic>.ts module's own measurements. Timings are printed,
 * never asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const root = new URL('../../', import.meta.url).pathname;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeSpawn(argv: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(argv[0] as string, argv.slice(1), { cwd: root, encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  }
  return median(times);
}

async function core(): Promise<Row[]> {
  const rows: Row[] = [];
  const runs = 15;
  rows.push({ name: 'node -e 0 (baseline)', value: timeSpawn(['node', '-e', '0'], runs), unit: 'ms' });
  rows.push({
    name: "knetlab -c 'ip a' on the default cluster (cold start, from the startup snapshot)",
    value: timeSpawn(['./bin/knetlab', '-c', 'ip a'], runs),
    unit: 'ms',
  });
  rows.push({
    name: "node dist/knetlab.mjs -c 'ip a' (the same without the snapshot: load and build the cluster)",
    value: timeSpawn(['node', 'dist/knetlab.mjs', '-c', 'ip a'], runs),
    unit: 'ms',
  });
  const runner = await import('../../src/runner.js');
  const golden = join(root, '../shared/golden');
  const cases = readdirSync(golden)
    .filter((f) => f.startsWith('bridge-') && f.endsWith('.case'))
    .map((f) => readFileSync(join(golden, f), 'utf8'));
  runner.runCaseText(cases[0] as string);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    for (const c of cases) runner.runCaseText(c);
    times.push(performance.now() - t0);
  }
  const steps = cases.reduce(
    (n, c) => n + c.split('\n').filter((l) => l.trim() && !l.startsWith('#')).length,
    0,
  );
  rows.push({
    name: `replay the ${cases.length} bridge cases in-process (${steps} commands)`,
    value: median(times),
    unit: 'ms',
  });
  rows.push({ name: 'per command, in-process', value: median(times) / steps, unit: 'ms' });
  return rows;
}

async function main(): Promise<void> {
  const all: Array<[string, Row[]]> = [['core', await core()]];
  const dir = join(root, 'test/bench');
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.ts') || f === 'run.ts') continue;
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { bench?: () => Promise<Row[]> };
    if (mod.bench) all.push([f.replace(/\.ts$/, ''), await mod.bench()]);
  }
  for (const [topic, rows] of all) {
    process.stdout.write(`\n${topic}\n`);
    for (const r of rows)
      process.stdout.write(
        `  ${r.name.padEnd(70)} ${r.value.toFixed(r.value < 10 ? 3 : 1).padStart(10)} ${r.unit}\n`,
      );
  }
  if (!existsSync(join(root, 'dist/knetlab.mjs'))) process.stdout.write('(run npm run build first)\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
