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

  it('kill takes job specs: %N, %%, %+, %-, %name, %?text (golden fnd-42)', () => {
    const s = caseSession([], 'case');
    expect(run(s, 'kill %3; echo "rc=$?"')).toEqual({
      out: 'rc=1\n',
      err: 'bash: line 1: kill: %3: no such job\n',
      exit: 0,
    });
    expect(run(s, 'sleep 10 & sleep 20 & kill %-; echo rc=$?; sleep 0.1; jobs')).toEqual({
      out: 'rc=0\n[2]+  Running                 sleep 20 &\n',
      err: '',
      exit: 0,
    });
    expect(
      run(
        s,
        'kill %%; sleep 10 & sleep 20 & kill %sleep; echo rc=$?; kill %?20; echo rc=$?; sleep 0.1; jobs',
      ),
    ).toEqual({
      out: 'rc=1\nrc=0\n[1]+  Running                 sleep 10 &\n',
      err: 'bash: line 1: kill: %%: no such job\nbash: line 1: kill: sleep: ambiguous job spec\n',
      exit: 0,
    });
  });

  it('a job a signal ended: jobs shows it once, a program reaps it (Killed reported), wait gives 128+N', () => {
    const s = caseSession([], 'case');
    expect(run(s, 'sleep 10 & kill %1; jobs; jobs')).toEqual({
      out: '[1]+  Terminated              sleep 10\n',
      err: '',
      exit: 0,
    });
    const r = run(s, 'sleep 10 & p=$!; kill -9 %1; sleep 0.1; echo $p; jobs');
    const pid = r.out.split('\n')[0] as string;
    expect(r).toEqual({
      out: `${pid}\n`,
      err: `bash: line 1: ${pid.padStart(5)} Killed                  sleep 10\n`,
      exit: 0,
    });
    const w = run(s, 'sleep 10 & kill %1; wait %1; echo "wait=$?"; kill %1 $!');
    expect(w.out).toBe('wait=143\n');
    expect(w.err).toMatch(
      /^bash: line 1: kill: %1: no such job\nbash: line 1: kill: \(\d+\) - No such process\n$/,
    );
    expect(w.exit).toBe(1);
  });
});
