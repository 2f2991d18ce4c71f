/** The `[[ … ]]` conditional command, against bash 5.2 (`bash -c LINE`): operators, quoting, BASH_REMATCH and syntax errors. */
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/session.js';
import { caseSession, run } from '../helpers.js';

function bash(line: string) {
  return run(caseSession([], 'case'), line);
}

describe('[[ … ]]', () => {
  it.each([
    [
      '[[ a == a ]] && echo eq; [[ a != b ]] && echo ne; [[ abc = a* ]] && echo glob; [[ abc == "a*" ]] || echo quoted',
      'eq\nne\nglob\nquoted\n',
      '',
      0,
    ],
    [
      'x="a b"; [[ $x == "a b" ]] && echo same; [[ -n $x && -z "" ]] && echo both; [[ $undefined ]] || echo empty',
      'same\nboth\nempty\n',
      '',
      0,
    ],
    [
      '[[ 10.20 =~ ^([0-9]+)\\.([0-9]+)$ ]] && echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ${#BASH_REMATCH[@]}"',
      '10 20 3\n',
      '',
      0,
    ],
    [
      're="^([0-9]+)\\.([0-9]+)$"; [[ 10.20 =~ $re ]] && echo "${BASH_REMATCH[0]}"; [[ abc =~ z ]]; declare -p BASH_REMATCH',
      '10.20\ndeclare -a BASH_REMATCH=()\n',
      '',
      0,
    ],
    [
      '[[ ab =~ a|b ]] && echo y; [[ "a b" =~ (a b) ]] && echo "${BASH_REMATCH[1]}"; [[ "a.b" =~ "a.b" ]] && echo lit; [[ axb =~ "a.b" ]] || echo nolit',
      'y\na b\nlit\nnolit\n',
      '',
      0,
    ],
    ['re="("; [[ x =~ $re ]]; echo $?', '2\n', '', 0],
    [
      '[[ 1 -lt 2 && 3 -ge 3 ]] && echo arith; x=3; [[ x+1 -gt 3 ]] && echo expr; [[ "" -eq 0 ]] && echo zero',
      'arith\nexpr\nzero\n',
      '',
      0,
    ],
    [
      '[[ 1a -eq 1 ]]; echo $?',
      '1\n',
      'bash: line 1: [[: 1a: value too great for base (error token is "1a")\n',
      0,
    ],
    ['[[ a < b ]] && echo lt; [[ b > a ]] && echo gt; [[ B < a ]] && echo upper', 'lt\ngt\nupper\n', '', 0],
    [
      '[[ -f /etc/hosts ]] && echo file; [[ -d /etc ]] && echo dir; [[ -e /nonexistent ]] || echo none; [[ -s /etc/hosts && -r /etc/hosts && -w /etc/hosts ]] && echo srw; [[ -x /bin/sh ]] && echo x',
      'file\ndir\nnone\nsrw\nx\n',
      '',
      0,
    ],
    [
      '[[ ! -d /etc/hosts ]] && echo notdir; [[ ( a == b || c == c ) && ! x == y ]] && echo grouped; [[ a &&\nb ]] && echo nl',
      'notdir\ngrouped\nnl\n',
      '',
      0,
    ],
    [
      'x=1; [[ -v x ]] && echo set; [[ -v nope ]] || echo unset; a=(1); [[ -v a[0] ]] && echo elem',
      'set\nunset\nelem\n',
      '',
      0,
    ],
    ['[[ a == b ]] > /tmp/o; echo $?; [[ x ]]; echo $?', '1\n0\n', '', 0],
    ['[[ ]]', '', '', 0],
    ['[[ a == ]]', '', "bash: -c: line 1: unexpected argument `]]' to conditional binary operator\n", 0],
    ['[[ -f ]]', '', "bash: -c: line 1: unexpected argument `]]' to conditional unary operator\n", 0],
    ['[[ a b ]]', '', 'bash: -c: line 1: conditional binary operator expected\n', 0],
    ['[[ ( a ]]', '', "bash: -c: line 1: unexpected token `]]', expected `)'\n", 0],
    ['[[ a ) ]]', '', "bash: -c: line 1: syntax error in conditional expression: unexpected token `)'\n", 0],
    ['[[ a == b c ]]', '', 'bash: -c: line 1: syntax error in conditional expression\n', 0],
    ['[[ a', '', "bash: -c: line 1: unexpected token `newline', conditional binary operator expected\n", 2],
    ['[[ a ==', '', "bash: -c: line 1: unexpected argument `newline' to conditional binary operator\n", 2],
    [
      '[[ ( a',
      '',
      "bash: -c: line 1: unexpected token `newline', conditional binary operator expected\nbash: -c: line 1: expected `)'\n",
      2,
    ],
    [
      '[[ a ]] b',
      '',
      "bash: -c: line 1: syntax error near unexpected token `b'\nbash: -c: line 1: `[[ a ]] b'\n",
      2,
    ],
    ['[[ a &&', '', "bash: -c: line 2: unexpected token `EOF' in conditional command\n", 2],
    ['[[ a == b', '', "bash: -c: line 1: unexpected EOF while looking for `]]'\n", 2],
    ['false\n[[ a b ]]', '', 'bash: -c: line 2: conditional binary operator expected\n', 1],
    [
      '[[ a\n]]',
      '',
      "bash: -c: line 1: unexpected token `newline', conditional binary operator expected\n",
      0,
    ],
    ['[[ x < ]]', '', "bash: -c: line 1: unexpected argument `]]' to conditional binary operator\n", 0],
    ['[[ a -a b ]]', '', 'bash: -c: line 1: conditional binary operator expected\n', 0],
    ['[[ ( ! ]]', '', "bash: -c: line 1: expected `)'\n", 0],
    [
      '[[ x =~ x<y ]]; echo $?',
      '',
      "bash: -c: line 1: syntax error in conditional expression: unexpected token `<'\n",
      0,
    ],
    [
      "type [[ ]]; p='a*'; [[ abc == $p ]] && echo pat; case abc in $p) echo case;; esac",
      '[[ is a shell keyword\n]] is a shell keyword\npat\ncase\n',
      '',
      0,
    ],
    [
      'echo first\n[[ ( a',
      'first\n',
      "bash: -c: line 2: unexpected token `newline', conditional binary operator expected\nbash: -c: line 2: expected `)'\n",
      2,
    ],
    ['echo $((1a)); echo no', '', 'bash: line 1: 1a: value too great for base (error token is "1a")\n', 1],
  ])('%s', (line, out, err, exit) => {
    expect(bash(line)).toEqual({ out, err, exit });
  });

  it('at a prompt reports bash-style, keeps the status and asks for more after && or an open expression', () => {
    const s = caseSession([], 'case');
    const i = new Session(s.world, { mode: 'interactive' });
    expect(run(i, 'false')).toEqual({ out: '', err: '', exit: 1 });
    expect(run(i, '[[ a b ]]')).toEqual({
      out: '',
      err: 'bash: conditional binary operator expected\n',
      exit: 1,
    });
    expect(run(i, '[[ ( a ]]').err).toBe("bash: unexpected token `]]', expected `)'\n");
    expect(i.needsMore('[[ a &&')).toBe(true);
    expect(i.needsMore('[[ a == b')).toBe(true);
    expect(i.needsMore('[[ a')).toBe(false);
  });
});
