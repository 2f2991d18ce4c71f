/**
 * The startup-snapshot entry (dist/knetlab-snapshot.cjs, built into
 * dist/knetlab.blob by `npm run build`): the whole program is loaded and the
 * default world built while the snapshot is made, so a run starts from a
 * ready heap. Worlds are deterministic, so the prebuilt one is the world a
 * fresh build would give.
 */
import { startupSnapshot } from 'node:v8';
import { programPaths } from '../src/runner.js';
import { DEFAULT_WORLD, findPreset } from '../src/scenario/worlds.js';
import { runMain } from './cli.js';

const world = findPreset(DEFAULT_WORLD)?.build(programPaths());

startupSnapshot.setDeserializeMainFunction(() => {
  // `node --snapshot-blob BLOB -- ARGS...`: argv is [node, ...ARGS]
  runMain(process.argv.slice(1), {
    ...(world ? { prebuilt: { name: DEFAULT_WORLD, world } } : {}),
    // bundled, but evaluated only when needed (readline is not loaded into the snapshot)
    startRepl: async (w) => (await import('./repl.js')).startRepl(w),
  });
});
