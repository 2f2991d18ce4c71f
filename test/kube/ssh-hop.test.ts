/**
 * Leaving an `ssh node01` hop. With a terminal (the interactive session),
 * the remote login shell's exit_builtin prints `logout` (through the pty, so
 * on ssh's stdout) and OpenSSH's client_loop prints `Connection to node01
 * closed.` on stderr; Ctrl-D at the remote prompt does the same. ssh's
 * status is the remote shell's. Without a terminal (scripts, cases) no pty is
 * allocated: the remote bash is not interactive and neither line appears.
 */
import { describe, expect, it } from 'vitest';
import { buildClusterWorld } from '../../src/kube/build/cluster-world.js';
import { Session } from '../../src/session.js';
import { clusterSession, run } from '../helpers.js';

function terminalSession(): Session {
  return new Session(buildClusterWorld(), { mode: 'interactive', tty: { cols: 80, rows: 24 } });
}

describe('ssh node01, then back', () => {
  it('exit at the remote prompt: logout, Connection to node01 closed., the remote status', () => {
    const s = terminalSession();
    expect(run(s, 'ssh node01')).toEqual({ out: '', err: '', exit: 0 });
    expect(s.prompt()).toBe('node01 ~ ➜  ');
    expect(run(s, 'echo hi; exit 3')).toEqual({
      out: 'hi\nlogout\n',
      err: 'Connection to node01 closed.\n',
      exit: 3,
    });
    expect(s.prompt()).toBe('controlplane ~ ➜  ');
    expect(run(s, 'echo $?')).toEqual({ out: '3\n', err: '', exit: 0 });
    run(s, 'ssh root@node01');
    expect(run(s, 'logout')).toEqual({
      out: 'logout\n',
      err: 'Connection to node01 closed.\n',
      exit: 0,
    });
    expect(s.ended).toBe(false);
  });

  it('Ctrl-D at the remote prompt logs out with the last status; at the first shell it ends the session', () => {
    const s = terminalSession();
    run(s, 'ssh node01');
    run(s, 'false');
    expect(s.endOfInput()).toEqual({
      stdout: 'logout\n',
      stderr: 'Connection to node01 closed.\n',
      exitCode: 1,
    });
    expect(run(s, 'hostname').out).toBe('controlplane\n');
    expect(s.ended).toBe(false);
    expect(s.endOfInput()).toEqual({ stdout: 'logout\n', stderr: '', exitCode: 0 });
    expect(s.ended).toBe(true);
  });

  it('without a terminal the hop ends quietly', () => {
    const s = clusterSession();
    expect(run(s, 'ssh node01')).toEqual({
      out: '',
      err: 'Pseudo-terminal will not be allocated because stdin is not a terminal.\n',
      exit: 0,
    });
    expect(run(s, 'exit 2')).toEqual({ out: '', err: '', exit: 2 });
    expect(run(s, 'echo $? $(hostname)').out).toBe('2 controlplane\n');
  });
});
