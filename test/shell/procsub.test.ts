/** Process substitution <(…) and >(…), against bash 5.2 (`bash -c LINE`). */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../helpers.js';

function bash(line: string) {
  return run(caseSession([], 'case'), line);
}

describe('process substitution', () => {
  it.each([
    ['echo <(true) <(true) >(true); cat <(echo hi)', '/dev/fd/63 /dev/fd/62 /dev/fd/61\nhi\n', '', 0],
    [
      'while read l; do echo "got $l"; done < <(printf "x\\ny\\n"); echo "last: $l"',
      'got x\ngot y\nlast: \n',
      '',
      0,
    ],
    ['cat <(echo a) <(echo b) | wc -l; wc -l < <(seq 3)', '2\n3\n', '', 0],
    ['echo hi | tee >(wc -c) >/dev/null', '3\n', '', 0],
    ['source <(echo "X=5"); echo $X; . <(echo \'echo sourced\')', '5\nsourced\n', '', 0],
    ['cat <(echo a)x', '', 'cat: /dev/fd/63x: No such file or directory\n', 1],
    ['x=<(echo a); echo $x; cat $x', '/dev/fd/63\n', 'cat: /dev/fd/63: No such file or directory\n', 1],
    ['f=<(true); echo "<(true)" \'<(true)\'', '<(true) <(true)\n', '', 0],
    ['count=0; while read -r n; do count=$((count+n)); done < <(seq 4); echo $count', '10\n', '', 0],
  ])('%s', (line, out, err, exit) => {
    expect(bash(line)).toEqual({ out, err, exit });
  });

  it('feeds what a command writes to >(…) to the list afterwards', () => {
    expect(bash('echo hi > >(tr a-z A-Z)')).toEqual({ out: 'HI\n', err: '', exit: 0 });
  });
});
