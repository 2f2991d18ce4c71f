/** Brace expansion: lists, sequences, nesting, and what stays literal. Expected text from bash 5.2.15 (`bash -c`). */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../helpers.js';

function bashC(line: string) {
  return run(caseSession([], 'case'), line);
}

describe('brace expansion', () => {
  it.each([
    ['echo {1..3}', '1 2 3'],
    ['echo {a,b}c', 'ac bc'],
    ['echo {01..10}', '01 02 03 04 05 06 07 08 09 10'],
    ['echo {a..e}', 'a b c d e'],
    ['echo {1..10..2}', '1 3 5 7 9'],
    ['echo {10..1..3}', '10 7 4 1'],
    ['echo {1..10..-2}', '1 3 5 7 9'],
    ['echo {e..a}', 'e d c b a'],
    ['echo {-05..5..3}', '-05 -02 001 004'],
    ['echo {007..10}', '007 008 009 010'],
    ['echo {a{b,c}}', '{ab} {ac}'],
    ['echo x{a,b{1,2},}y', 'xay xb1y xb2y xy'],
    ['echo {a,b}{1,2}', 'a1 a2 b1 b2'],
    ['echo {{1..3},a}', '1 2 3 a'],
    ['echo {a}', '{a}'],
    ['x=1; echo ${x} {$x,b} "{a,b}" \\{a,b\\}', '1 1 b {a,b} {a,b}'],
    ['x=5; echo {1..$x}', '{1..5}'],
    ['echo {a..5} {1..} {..3} {1.5..3} {1..3..1x}', '{a..5} {1..} {..3} {1.5..3} {1..3..1x}'],
    ['echo {} a{}b {a,b {a,b}} {{a,b}', '{} a{}b {a,b a} b} {a {b'],
    ['echo ~{a,b}', '~a ~b'],
    ['x={a,b}; echo $x', '{a,b}'],
    ['printf "[%s]" {a,"b c"}', '[a][b c]'],
    ['printf "[%s]" {Z..a}', '[Z][[][][]][^][_][`][a]'],
    ['for i in {1..3}; do echo -n $i; done', '123'],
  ])('%s', (line, want) => {
    expect(bashC(line)).toEqual({
      out: want.startsWith('[') || line.startsWith('for') ? want : `${want}\n`,
      err: '',
      exit: 0,
    });
  });

  it('expands before globbing and other expansions', () => {
    expect(bashC('mkdir -p /tmp/d/{a,b}/x && ls /tmp/d; echo /etc/host{s,name}').out).toBe(
      'a\nb\n/etc/hosts /etc/hostname\n',
    );
  });
});
