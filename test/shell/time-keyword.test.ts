/**
 * bash's `time` reserved word: the pipeline runs, then TIMEFORMAT's report
 * goes to the shell's stderr (not the pipeline's redirections). Real time is
 * the virtual clock's; the simulation spends no CPU, so user and sys are 0.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../helpers.js';

const report = (real: string) => `\nreal\t${real}\nuser\t0m0.000s\nsys\t0m0.000s\n`;

describe('time', () => {
  it('reports a pipeline in bash and POSIX formats', () => {
    const s = caseSession([]);
    expect(run(s, 'time sleep 0.2 | cat')).toEqual({ out: '', err: report('0m0.200s'), exit: 0 });
    expect(run(s, 'time -p sleep 1.5')).toEqual({
      out: '',
      err: 'real 1.50\nuser 0.00\nsys 0.00\n',
      exit: 0,
    });
    expect(run(s, 'time sleep 61')).toEqual({ out: '', err: report('1m1.000s'), exit: 0 });
  });

  it('times nothing when bare, keeps the status, and ignores the pipeline redirections', () => {
    const s = caseSession([]);
    expect(run(s, 'time')).toEqual({ out: '', err: report('0m0.001s'), exit: 0 });
    expect(run(s, 'time echo hi 2>/dev/null; echo $?')).toEqual({
      out: 'hi\n0\n',
      err: report('0m0.001s'),
      exit: 0,
    });
    expect(run(s, 'time false; time ! false; echo $?').out).toBe('0\n');
  });
});
