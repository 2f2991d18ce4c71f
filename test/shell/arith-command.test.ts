/**
 * The arithmetic command `(( expr ))` and the arithmetic for loop
 * `for (( init; cond; step ))`, as bash 5.2 runs them (expected text from
 * `bash -c`): status 0 for a non-zero value, `$var` and bare names, array
 * elements, the comma operator, errors as `((: …` with status 1 and the
 * line going on, and the missing-expression syntax error.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../helpers.js';

describe('(( expr ))', () => {
  it('gives status 0 when the value is not zero and assigns as it goes', () => {
    const s = caseSession([]);
    expect(run(s, 'x=1; (( x += 2 )); echo $x $?; (( 0 )); echo $?').out).toBe('3 0\n1\n');
    expect(run(s, 'n=3; (( n > 2 )) && echo big; (( $n == 3 )) && echo three; ((0)) || echo zero').out).toBe(
      'big\nthree\nzero\n',
    );
    expect(run(s, 'a=(1 2 3); (( a[1] += 5 )); echo ${a[@]}').out).toBe('1 7 3\n');
    expect(run(s, '(( x = 5, y = x * 2 )); echo $x $y').out).toBe('5 10\n');
    expect(run(s, 'n=3; if (( n % 2 )); then echo odd; fi').out).toBe('odd\n');
  });

  it('reports an error as ((: and goes on with status 1', () => {
    const s = caseSession([]);
    expect(run(s, '(( 1 + )); echo "rc=$?"')).toEqual({
      out: 'rc=1\n',
      err: 'bash: line 1: ((: 1 + : syntax error: operand expected (error token is "+ ")\n',
      exit: 0,
    });
  });
});

describe('for (( init; cond; step ))', () => {
  it('loops with do … done or braces; an empty condition is true', () => {
    const s = caseSession([]);
    expect(run(s, 'for ((i=0;i<3;i++)); do echo $i; done').out).toBe('0\n1\n2\n');
    expect(run(s, 'for ((i=0; i<2; i++ )) { echo b$i; }; for ((;;)); do break; done; echo ok').out).toBe(
      'b0\nb1\nok\n',
    );
  });

  it('needs three expressions', () => {
    const s = caseSession([]);
    expect(run(s, 'for ((i=0;i<2)); do :; done; echo "rc=$?"')).toEqual({
      out: '',
      err: "bash: -c: line 1: syntax error: arithmetic expression required\nbash: -c: line 1: syntax error: `((i=0;i<2))'\n",
      exit: 2,
    });
  });
});
