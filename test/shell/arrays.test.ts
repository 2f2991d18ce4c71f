/** Indexed and associative arrays, against bash 5.2 (`bash -c LINE`). */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../helpers.js';

function bash(line: string) {
  return run(caseSession([], 'case'), line);
}

describe('arrays', () => {
  it.each([
    [
      'a=(x "y z" w); echo ${#a[@]} ${a[1]} $a; a+=(q); a[7]=s; echo ${!a[@]}; unset "a[1]"; declare -p a; echo ${a[-1]} ${#a[0]}; echo "${a[@]:1:2}"',
      '3 y z x\n0 1 2 3 7\ndeclare -a a=([0]="x" [2]="w" [3]="q" [7]="s")\ns 1\nw q\n',
      '',
      0,
    ],
    [
      'a=(a b); for x in "${a[@]}" end; do echo "[$x]"; done; echo "<${a[*]}>" "<pre${a[@]}post>"',
      '[a]\n[b]\n[end]\n<a b> <prea bpost>\n',
      '',
      0,
    ],
    [
      'a=("one two" three); printf \'%s\\n\' "${a[@]}"; printf \'%s\\n\' ${a[@]}; printf \'%s\\n\' "${a[*]}"',
      'one two\nthree\none\ntwo\nthree\none two three\n',
      '',
      0,
    ],
    ['a=(); printf \'[%s]\\n\' "${a[@]}" x; echo ${#a[@]}', '[x]\n0\n', '', 0],
    [
      'declare -A m; m[a]=1; m[b]=2; m[c]=3; m[key]=4; m[zz]=5; m[10]=x; echo ${!m[@]}; echo ${m[@]}; echo ${m[key]}; declare -p m',
      'c b a zz key 10\n3 2 1 5 4 x\n4\ndeclare -A m=([c]="3" [b]="2" [a]="1" [zz]="5" [key]="4" [10]="x" )\n',
      '',
      0,
    ],
    [
      'declare -A q=([a]=1 [b]="2 3"); declare -p q; unset q[a]; echo ${#q[@]} "${q[b]}"',
      'declare -A q=([b]="2 3" [a]="1" )\n1 2 3\n',
      '',
      0,
    ],
    [
      'a=(1 2); echo ${a[5]}x; echo ${a[-5]}; echo after',
      'x\n\nafter\n',
      'bash: line 1: a: bad array subscript\n',
      0,
    ],
    ['a=(1 2); a[-3]=x; echo not reached', '', 'bash: line 1: a[-3]: bad array subscript\n', 1],
    [
      'a=(1 2); a=5; declare -p a; b=3; b[2]=4; declare -p b; declare -p zz; echo $?',
      'declare -a a=([0]="5" [1]="2")\ndeclare -a b=([0]="3" [2]="4")\n1\n',
      'bash: line 1: declare: zz: not found\n',
      0,
    ],
    [
      'f(){ local a=(1 2); local s=v; echo ${a[1]}$s; }; s=outer; f; echo "[${a[@]}][$s]"',
      '2v\n[][outer]\n',
      '',
      0,
    ],
    ['local x=1', '', 'bash: line 1: local: can only be used in a function\n', 1],
    [
      'declare -a x=(1 2) y; declare -p x y; x+=(3); echo ${x[@]}',
      'declare -a x=([0]="1" [1]="2")\ndeclare -a y\n1 2 3\n',
      '',
      0,
    ],
    [
      'a=(1 2 3); unset a[1] "a[5]"; declare -p a; unset a[@]; declare -p a',
      'declare -a a=([0]="1" [2]="3")\ndeclare -a a=()\n',
      '',
      0,
    ],
    [
      'read -a arr <<< "a b  c"; declare -p arr; echo ${arr[2]}',
      'declare -a arr=([0]="a" [1]="b" [2]="c")\nc\n',
      '',
      0,
    ],
    ['a=(1 2 3); i=1; echo $((a[i]+a[2])); a[i+1]=9; echo ${a[*]}; echo ${a[i]}', '5\n1 2 9\n2\n', '', 0],
    [
      'a=(abc.txt def.txt); echo ${a[@]%.txt} ${a[@]/#/pre-} ${#a[1]}',
      'abc def pre-abc.txt pre-def.txt 7\n',
      '',
      0,
    ],
    ['a=(x y); a[1]+=z; echo ${a[@]}; b=(p); b+=(q r); echo ${b[@]:1}', 'x yz\nq r\n', '', 0],
    ['n=a; a=(m n); echo ${!n} ${a[@]:-empty} ${u[@]:-empty}', 'm m n empty\n', '', 0],
    [
      'set -- p q r; echo "${@:2}" "${#@}"; for x in "${@:1:2}"; do echo "<$x>"; done',
      'q r 3\n<p>\n<q>\n',
      '',
      0,
    ],
    [
      'x=abcabc; echo ${x/#/pre-} ${x/%/-post} ${x/#a/A} ${x/%c/C} ${x/#b/B} ${x/#a*b/Z}',
      'pre-abcabc abcabc-post Abcabc abcabC abcabc Zc\n',
      '',
      0,
    ],
    [
      'declare -A m=([k]="a b"); k=k; echo "${m[$k]}" "${m["k"]}"; export e=(1 2); declare -p e; x=${#m[@]}; echo $x',
      'a b a b\ndeclare -ax e=([0]="1" [1]="2")\n1\n',
      '',
      0,
    ],
    [
      'declare -q x',
      '',
      'bash: line 1: declare: -q: invalid option\ndeclare: usage: declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]\n',
      2,
    ],
  ])('%s', (line, out, err, exit) => {
    expect(bash(line)).toEqual({ out, err, exit });
  });
});
