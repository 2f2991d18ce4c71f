/** The interactive prompt: a plain readline loop over Session (loaded only when stdin is a terminal). */
import { createInterface } from 'node:readline';
import type { World } from '../src/model/types.js';
import { Session } from '../src/session.js';

export function startRepl(world: World): Promise<number> {
  const cols = process.stdout.columns ?? 80;
  const rows = process.stdout.rows ?? 24;
  const session = new Session(world, { mode: 'interactive', tty: { cols, rows } });
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    historySize: 1000,
  });
  let buffer = '';
  let last = Date.now();
  let status = 0;
  const ask = () => rl.setPrompt(buffer ? '> ' : session.prompt());
  return new Promise((resolve) => {
    ask();
    rl.prompt();
    rl.on('line', (line) => {
      buffer = buffer ? `${buffer}\n${line}` : line;
      if (session.needsMore(buffer)) {
        ask();
        rl.prompt();
        return;
      }
      const now = Date.now();
      session.advanceClock(now - last);
      last = now;
      const r = session.exec(buffer);
      buffer = '';
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      status = r.exitCode;
      if (session.ended) {
        rl.close();
        return;
      }
      ask();
      rl.prompt();
    });
    rl.on('SIGINT', () => {
      buffer = '';
      process.stdout.write('^C\n');
      ask();
      rl.prompt();
    });
    rl.on('close', () => {
      process.stdout.write('logout\n');
      resolve(status);
    });
  });
}
