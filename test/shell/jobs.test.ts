/** Job control, lite: `cmd &`, `$!`, `jobs` and `wait` (bash 5.2's wording). */
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/session.js';
import { caseSession, run } from '../helpers.js';

describe('background jobs', () => {
  it('under -c prints nothing for &, lists running jobs and waits for them on the clock', () => {
    const s = caseSession([], 'case');
    const r = run(s, 'sleep 30 & sleep 20 & jobs; [[ $! =~ ^[0-9]+$ ]] && echo pid');
    expect(r).toEqual({
      out: '[1]-  Running                 sleep 30 &\n[2]+  Running                 sleep 20 &\npid\n',
      err: '',
      exit: 0,
    });
    const w = run(s, 'sleep 5 & a=$(date +%s); wait; b=$(date +%s); echo $((b - a)); jobs');
    expect(w).toEqual({ out: '5\n', err: '', exit: 0 });
  });

  it('says which job or pid is unknown to wait', () => {
    const s = caseSession([], 'case');
    expect(run(s, 'wait %1; echo $?; wait 99999; echo $?')).toEqual({
      out: '127\n127\n',
      err: 'bash: line 1: wait: %1: no such job\nbash: line 1: wait: pid 99999 is not a child of this shell\n',
      exit: 0,
    });
  });

  it('at a prompt prints [N] PID on stderr', () => {
    const i = new Session(caseSession([], 'case').world, { mode: 'interactive' });
    const r = run(i, 'sleep 10 &');
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^\[1\] \d+\n$/);
    expect(run(i, 'echo $!').out).toBe(`${r.err.split(' ')[1]}`);
  });
});
