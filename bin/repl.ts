/** The interactive prompt: a plain readline loop over Session (loaded only when stdin is a terminal). */
import { createInterface } from 'node:readline';
import type { World } from '../src/model/types.js';
import { Session } from '../src/session.js';

export function startRepl(world: World): Promise<number> {
  const cols = process.stdout.columns ?? 80;
  const rows = process.stdout.rows ?? 24;
  const session = new Session(world, { mode: 'interactive', tty: { cols, rows } });
  let buffer = '';
  let last = Date.now();
  let status = 0;
  const history: string[] = [];
  return new Promise((resolve) => {
    // Ctrl-D closes readline; at an ssh hop the remote shell logs out and a new reader takes over
    const open = () => {
      const rl = createInterface({
        input: process.stdin,
        output: process.stdout,
        terminal: true,
        historySize: 1000,
        history,
      });
      let ending = false;
      const ask = () => rl.setPrompt(buffer ? '> ' : session.prompt());
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
          ending = true;
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
        if (ending) {
          process.stdout.write('logout\n');
          return resolve(status);
        }
        buffer = '';
        const r = session.endOfInput();
        process.stdout.write(r.stdout);
        process.stderr.write(r.stderr);
        status = r.exitCode;
        if (session.ended) return resolve(status);
        open();
      });
    };
    open();
  });
}
