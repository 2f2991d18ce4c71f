/**
 * Where bash's own messages say they come from. Under `bash -c` (a .case
 * step, a script line) they carry `line N: `; inside a function the string
 * defined, bash 5.2 names the place `environment`; in a sourced file, the
 * file; at an interactive prompt only `bash: `. Expected text captured from
 * bash 5.2.15 (`bash -c LINE 2>err`, and `bash --norc -i < lines`).
 */
import { describe, expect, it } from 'vitest';
import { programPaths } from '../../src/runner.js';
import { parseCase } from '../../src/scenario/case-file.js';
import { buildCaseWorld } from '../../src/scenario/case-world.js';
import { Session } from '../../src/session.js';
import { caseSession, run } from '../helpers.js';

function bashC(line: string) {
  return run(caseSession([], 'case'), line);
}

function interactive(): Session {
  const world = buildCaseWorld(parseCase('').header, { programPaths: programPaths() });
  return new Session(world, { mode: 'interactive' });
}

describe('bash -c: messages carry the line', () => {
  it.each([
    ['nosuch', '', 'bash: line 1: nosuch: command not found\n', 127],
    ['echo a\nnosuch', 'a\n', 'bash: line 2: nosuch: command not found\n', 127],
    ['echo a &&\nnosuch', 'a\n', 'bash: line 2: nosuch: command not found\n', 127],
    ['cat <<EOF\na\nEOF\nnosuch', 'a\n', 'bash: line 4: nosuch: command not found\n', 127],
    ['for i in 1 2; do\nnosuch\ndone', '', 'bash: line 2: nosuch: command not found\n'.repeat(2), 127],
    [
      'echo $(nosuch)\necho `nosuch`',
      '\n\n',
      'bash: line 1: nosuch: command not found\nbash: line 2: nosuch: command not found\n',
      0,
    ],
    ['/nope/x', '', 'bash: line 1: /nope/x: No such file or directory\n', 127],
    ['/etc', '', 'bash: line 1: /etc: Is a directory\n', 126],
    ['cd /nope', '', 'bash: line 1: cd: /nope: No such file or directory\n', 1],
    ['cd a b', '', 'bash: line 1: cd: too many arguments\n', 1],
    ['cd /etc/hosts', '', 'bash: line 1: cd: /etc/hosts: Not a directory\n', 1],
    ['export 1a=b', '', "bash: line 1: export: `1a=b': not a valid identifier\n", 1],
    ['alias zz', '', 'bash: line 1: alias: zz: not found\n', 1],
    ['unalias zz', '', 'bash: line 1: unalias: zz: not found\n', 1],
    ['type zz', '', 'bash: line 1: type: zz: not found\n', 1],
    ['shift x', '', 'bash: line 1: shift: x: numeric argument required\n', 1],
    ['exit foo', '', 'bash: line 1: exit: foo: numeric argument required\n', 2],
    ['declare 1=2', '', "bash: line 1: declare: `1=2': not a valid identifier\n", 1],
    [
      'source',
      '',
      'bash: line 1: source: filename argument required\nsource: usage: source filename [arguments]\n',
      2,
    ],
    ['source /nope', '', 'bash: line 1: /nope: No such file or directory\n', 1],
    ['printf %d abc', '0', 'bash: line 1: printf: abc: invalid number\n', 1],
    ['test 1 -eq a', '', 'bash: line 1: test: a: integer expression expected\n', 2],
    ['[ a b', '', "bash: line 1: [: missing `]'\n", 2],
    ['echo hi >&5', '', 'bash: line 1: 5: Bad file descriptor\n', 1],
    ['cat < /nope', '', 'bash: line 1: /nope: No such file or directory\n', 1],
    ['echo a > "$u"', '', 'bash: line 1: : No such file or directory\n', 1],
    ['echo $LINENO\necho $LINENO', '1\n2\n', '', 0],
  ])('%j', (line, out, err, exit) => {
    expect(bashC(line)).toEqual({ out, err, exit });
  });

  it('names a function the string defined `environment`, a sourced file by its name', () => {
    expect(bashC('f(){ cd /x; }; f; cd /y')).toEqual({
      out: '',
      err: 'environment: line 1: cd: /x: No such file or directory\nbash: line 1: cd: /y: No such file or directory\n',
      exit: 1,
    });
    expect(bashC('echo\necho\nf(){\n  nosuch; }\nf').err).toBe(
      'environment: line 4: nosuch: command not found\n',
    );
    expect(bashC('f(){ g; }; g(){ nosuch; }; f').err).toBe(
      'environment: line 1: nosuch: command not found\n',
    );
    expect(
      bashC('printf "echo a\\nnosuch\\nf(){\\n cd /nope\\n}\\n" > /tmp/s.sh; source /tmp/s.sh; f; nosuch'),
    ).toEqual({
      out: 'a\n',
      err:
        '/tmp/s.sh: line 2: nosuch: command not found\n' +
        '/tmp/s.sh: line 4: cd: /nope: No such file or directory\n' +
        'bash: line 1: nosuch: command not found\n',
      exit: 127,
    });
    expect(bashC('printf "echo (\\n" > /tmp/b.sh; . /tmp/b.sh')).toEqual({
      out: '',
      err: "/tmp/b.sh: line 1: syntax error near unexpected token `newline'\n/tmp/b.sh: line 1: `echo ('\n",
      exit: 2,
    });
  });

  it('reports syntax errors of eval and of the string itself', () => {
    expect(bashC('eval nosuch')).toEqual({
      out: '',
      err: 'bash: line 1: nosuch: command not found\n',
      exit: 127,
    });
    expect(bashC('eval "echo \\"a"')).toEqual({
      out: '',
      err: 'bash: eval: line 1: unexpected EOF while looking for matching `"\'\n',
      exit: 2,
    });
    expect(bashC('echo (')).toEqual({
      out: '',
      err: "bash: -c: line 1: syntax error near unexpected token `newline'\nbash: -c: line 1: `echo ('\n",
      exit: 2,
    });
    expect(bashC('echo (a').err).toBe(
      "bash: -c: line 1: syntax error near unexpected token `a'\nbash: -c: line 1: `echo (a'\n",
    );
    expect(bashC('echo a (b').err).toBe(
      "bash: -c: line 1: syntax error near unexpected token `('\nbash: -c: line 1: `echo a (b'\n",
    );
  });

  it('stops the string on an expansion error: arithmetic with 1, ${x:?} with 127; a subshell only ends itself', () => {
    expect(bashC('echo $((1/0)); echo c')).toEqual({
      out: '',
      err: 'bash: line 1: 1/0: division by 0 (error token is "0")\n',
      exit: 1,
    });
    expect(bashC('(echo $((1/0))); echo c')).toEqual({
      out: 'c\n',
      err: 'bash: line 1: 1/0: division by 0 (error token is "0")\n',
      exit: 0,
    });
    expect(bashC('echo ${x:?}; echo b')).toEqual({
      out: '',
      err: 'bash: line 1: x: parameter null or not set\n',
      exit: 127,
    });
    expect(bashC('f() { echo ${x:?u}; echo in; }; f; echo after')).toEqual({
      out: '',
      err: 'environment: line 1: x: u\n',
      exit: 127,
    });
  });

  it.each([
    ['echo $((1+))', 'bash: line 1: 1+: syntax error: operand expected (error token is "+")\n'],
    ['echo $(( 1 + ))', 'bash: line 1: 1 + : syntax error: operand expected (error token is "+ ")\n'],
    ['echo $((2+5%0))', 'bash: line 1: 2+5%0: division by 0 (error token is "0")\n'],
    ['echo $((1 2))', 'bash: line 1: 1 2: syntax error in expression (error token is "2")\n'],
    ['echo $((1 +* 2))', 'bash: line 1: 1 +* 2: syntax error: operand expected (error token is "* 2")\n'],
    ['x=3; echo $((x / 0 + 1))', 'bash: line 1: x / 0 + 1: division by 0 (error token is "0 + 1")\n'],
    ['echo $((1?2))', 'bash: line 1: 1?2: `:\' expected for conditional expression (error token is "2")\n'],
    [
      'echo $((1 @ 2))',
      'bash: line 1: 1 @ 2: syntax error: invalid arithmetic operator (error token is "@ 2")\n',
    ],
    ['let x=1/0', 'bash: line 1: let: x=1/0: division by 0 (error token is "0")\n'],
  ])('arithmetic: %s', (line, err) => {
    expect(bashC(line)).toEqual({ out: '', err, exit: 1 });
  });

  it('gives a bare assignment the status of its last command substitution', () => {
    expect(bashC('x=$(exit 3); echo $?').out).toBe('3\n');
    expect(bashC('false; x=1; echo $?').out).toBe('0\n');
  });
});

describe('interactive: bash: without a line', () => {
  it('leaves the place out, in functions and sourced files too', () => {
    const s = interactive();
    const lines = [
      ['nosuch', 'bash: nosuch: command not found\n'],
      ['f(){ nosuch; }; f', 'bash: nosuch: command not found\n'],
      ['cd /nope', 'bash: cd: /nope: No such file or directory\n'],
      ['echo ${x:?u}; echo b', 'bash: x: u\n'],
      ['printf "echo a\\nnosuch\\n" > /tmp/s.sh; source /tmp/s.sh', 'bash: nosuch: command not found\n'],
      ['eval "echo ("', "bash: syntax error near unexpected token `newline'\n"],
    ];
    for (const [line, err] of lines) expect(run(s, line as string).err).toBe(err);
    expect(run(s, 'echo ${x:?u}; echo b')).toEqual({ out: '', err: 'bash: x: u\n', exit: 1 });
  });

  it('names a sourced file with a syntax error', () => {
    const s = interactive();
    expect(run(s, 'printf "echo (\\n" > /tmp/b.sh; source /tmp/b.sh').err).toBe(
      "bash: /tmp/b.sh: line 1: syntax error near unexpected token `newline'\nbash: /tmp/b.sh: line 1: `echo ('\n",
    );
  });
});
