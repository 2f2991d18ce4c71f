/** The plain entry (dist/knetlab.mjs): everything is loaded and built at start. */
import { runMain } from './cli.js';

runMain(process.argv.slice(2), {
  startRepl: async (world) => (await import('./repl.js')).startRepl(world),
});
