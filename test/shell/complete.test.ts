/** complete and compgen (bash 5.2), as captured in golden fnd-43. */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../helpers.js';

const USAGE =
  'complete: usage: complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]\n';

describe('complete', () => {
  it('prints nothing without specifications, then prints them in bash hash order', () => {
    const s = caseSession();
    expect(run(s, 'complete -p; echo "rc=$?"')).toEqual({ out: 'rc=0\n', err: '', exit: 0 });
    expect(
      run(s, "complete -d cd2; complete -f -X '*.o' gcc2; complete -A hostname ssh2; complete -p"),
    ).toEqual({
      out: "complete -A hostname ssh2\ncomplete -f -X '*.o' gcc2\ncomplete -d cd2\n",
      err: '',
      exit: 0,
    });
    expect(
      run(s, 'complete -F _f -o default -o nospace k; complete -p k; complete -r k; complete -p k'),
    ).toEqual({
      out: 'complete -o default -o nospace -F _f k\n',
      err: 'bash: line 1: complete: k: no completion specification\n',
      exit: 1,
    });
  });

  it('refuses bad options and a missing name', () => {
    const s = caseSession();
    expect(run(s, 'complete -F _f; echo rc=$?')).toEqual({ out: 'rc=2\n', err: USAGE, exit: 0 });
    expect(run(s, 'complete -z x; echo rc=$?')).toEqual({
      out: 'rc=2\n',
      err: `bash: line 1: complete: -z: invalid option\n${USAGE}`,
      exit: 0,
    });
    expect(run(s, 'complete -A foo x; echo rc=$?')).toEqual({
      out: 'rc=2\n',
      err: 'bash: line 1: complete: foo: invalid action name\n',
      exit: 0,
    });
  });
});

describe('compgen', () => {
  it('matches words, commands, functions and keywords', () => {
    const s = caseSession();
    expect(run(s, 'compgen -W "alpha beta" -- al; echo rc=$?')).toEqual({
      out: 'alpha\nrc=0\n',
      err: '',
      exit: 0,
    });
    expect(run(s, 'compgen -W "alpha beta" -- zz; echo rc=$?')).toEqual({ out: 'rc=1\n', err: '', exit: 0 });
    expect(run(s, "compgen -W '$(echo hi) $HOME' h")).toEqual({ out: 'hi\n', err: '', exit: 0 });
    // the builtin, then /usr/bin/echo and /bin/echo (the same directory)
    expect(run(s, 'compgen -c ech')).toEqual({ out: 'echo\necho\necho\n', err: '', exit: 0 });
    expect(run(s, 'f1() { :; }; f2() { :; }; compgen -A function')).toEqual({
      out: 'f1\nf2\n',
      err: '',
      exit: 0,
    });
    expect(run(s, "compgen -X '!*a*' -W 'abc bcd cab' -P pre")).toEqual({
      out: 'preabc\nprecab\n',
      err: '',
      exit: 0,
    });
    expect(run(s, 'compgen -A nosuch; echo rc=$?')).toEqual({
      out: 'rc=2\n',
      err: 'bash: line 1: compgen: nosuch: invalid action name\n',
      exit: 0,
    });
  });
});
