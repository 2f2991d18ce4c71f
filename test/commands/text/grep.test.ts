/**
 * grep
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU grep 3.8, LANG=C.UTF-8, TZ=UTC).
 * Recursive cases use one file per directory: the real order is readdir order, knetlab sorts names.
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/r': 'abcd\nfoo bar\nfoo-bar\nfoobar\né\nx*y\na{1}\n',
  '/w/n': 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n',
  '/w/g2': 'alpha\nbeta\n',
  '/w/d/sub/f': 'hello\n',
  '/w/d/a': 'nothing\n',
  '/w/bin': 'a\u0000b\n',
  '/w/pats': 'two\nsix\n',
  '/w/ifc':
    '2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0\n3: cni0: <BROADCAST> mtu 1450\n    inet 10.244.0.1/24 scope global cni0\n',
};

describe('grep', () => {
  it('grep -o ab\\|abcd r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'ab\\|abcd', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE ab|abcd r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'ab|abcd', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep [[:alpha:]]$ r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[[:alpha:]]$', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo bar\nfoo-bar\nfoobar\né\nx*y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c [[:alpha:]] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '[[:alpha:]]', 'r'], { cwd: '/w' })).toEqual({
      stdout: '7\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep \\(o\\)\\1 r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '\\(o\\)\\1', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\nfoobar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep x\\* r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'x\\*', 'r'], { cwd: '/w' })).toEqual({ stdout: 'x*y\n', stderr: '', exit: 0 });
  });
  it('grep *y r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '*y', 'r'], { cwd: '/w' })).toEqual({ stdout: 'x*y\n', stderr: '', exit: 0 });
  });
  it('grep -E *a r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', '*a', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo bar\nfoo-bar\nfoobar\na{1}\n',
      stderr: 'grep: warning: * at start of expression\n',
      exit: 0,
    });
  });
  it('grep -E +a r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', '+a', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo bar\nfoo-bar\nfoobar\na{1}\n',
      stderr: 'grep: warning: + at start of expression\n',
      exit: 0,
    });
  });
  it('grep -E a{ r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'a{', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'a{1}\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E a{1} r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'a{1}', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo bar\nfoo-bar\nfoobar\na{1}\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep a{1} r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a{1}', 'r'], { cwd: '/w' })).toEqual({ stdout: 'a{1}\n', stderr: '', exit: 0 });
  });
  it('grep a\\{1\\} r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a\\{1\\}', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo bar\nfoo-bar\nfoobar\na{1}\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E a{,1} r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'a{,1}', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo bar\nfoo-bar\nfoobar\né\nx*y\na{1}\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E a{1,2 r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'a{1,2', 'r'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep \\bbar r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '\\bbar', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep \\<bar\\> r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '\\<bar\\>', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\w* r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w*', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo\nbar\nfoo\nbar\nfoobar\né\nx\ny\na\n1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [^[:alnum:]] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[^[:alnum:]]', 'r'], { cwd: '/w' })).toEqual({
      stdout: ' \n-\n*\n{\n}\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o . g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '.', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'a\nl\np\nh\na\nb\ne\nt\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -w foo r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-w', 'foo', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -ow foo r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-ow', 'foo', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo\nfoo\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -x foo.* r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-x', 'foo.*', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\nfoobar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c  r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '', 'r'], { cwd: '/w' })).toEqual({ stdout: '7\n', stderr: '', exit: 0 });
  });
  it('grep [\\n] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[\\n]', 'r'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep [ r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Invalid regular expression\n',
      exit: 2,
    });
  });
  it('grep [a r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[a', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched [, [^, [:, [., or [=\n',
      exit: 2,
    });
  });
  it('grep [[:foo:]] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[[:foo:]]', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Invalid character class name\n',
      exit: 2,
    });
  });
  it('grep [:space:] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[:space:]', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: character class syntax is [[:space:]], not [:space:]\n',
      exit: 2,
    });
  });
  it('grep [z-a] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[z-a]', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Invalid range end\n',
      exit: 2,
    });
  });
  it('grep a\\{1 r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a\\{1', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched \\{\n',
      exit: 2,
    });
  });
  it('grep a\\{2,1\\} r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a\\{2,1\\}', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Invalid content of \\{\\}\n',
      exit: 2,
    });
  });
  it('grep -E ( r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', '(', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep \\( r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '\\(', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep a\\) r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a\\)', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -E ) r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', ')', 'r'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep \\ r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '\\', 'r'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Trailing backslash\n',
      exit: 2,
    });
  });
  it('grep -c []a] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '[]a]', 'r'], { cwd: '/w' })).toEqual({
      stdout: '5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c [^]a] r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '[^]a]', 'r'], { cwd: '/w' })).toEqual({
      stdout: '7\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E ab+c?d r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'ab+c?d', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep ab\\+c\\?d r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'ab\\+c\\?d', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep o\\{2\\} r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'o\\{2\\}', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\nfoobar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E ^(foo|abc) r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', '^(foo|abc)', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'abcd\nfoo bar\nfoo-bar\nfoobar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep foo\\|x r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'foo\\|x', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\nfoobar\nx*y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E o{2}(-| ) r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'o{2}(-| )', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'foo bar\nfoo-bar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -n -C1 -e two -e six n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-n', '-C1', '-e', 'two', '-e', 'six', 'n'], { cwd: '/w' })).toEqual({
      stdout: '1-one\n2:two\n3-three\n--\n5-five\n6:six\n7-seven\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -A1 e n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-A1', 'e', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -A1 x n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-A1', 'x', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'six\nseven\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -B2 -n nine n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-B2', '-n', 'nine', 'n'], { cwd: '/w' })).toEqual({
      stdout: '7-seven\n8-eight\n9:nine\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -2 five n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-2', 'five', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'three\nfour\nfive\nsix\nseven\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -A 1 -B 0 f n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-A', '1', '-B', '0', 'f', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'four\nfive\nsix\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c o n g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', 'o', 'n', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'n:3\ng2:0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -l a n g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-l', 'a', 'n', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'g2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -L a n g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-L', 'a', 'n', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -L x g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-L', 'x', 'g2'], { cwd: '/w' })).toEqual({ stdout: 'g2\n', stderr: '', exit: 1 });
  });
  it('grep -q a n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-q', 'a', 'n'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -q o n nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-q', 'o', 'n', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -s x nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-s', 'x', 'nofile'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 2 });
  });
  it('grep a nofile g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a', 'nofile', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'g2:alpha\ng2:beta\n',
      stderr: 'grep: nofile: No such file or directory\n',
      exit: 2,
    });
  });
  it('grep -h a g2 n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-h', 'a', 'g2', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'alpha\nbeta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -H a g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-H', 'a', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'g2:alpha\ng2:beta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -on e. n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-on', 'e.', 'n'], { cwd: '/w' })).toEqual({
      stdout: '3:ee\n7:ev\n7:en\n8:ei\n10:en\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -v -c e n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-v', '-c', 'e', 'n'], { cwd: '/w' })).toEqual({
      stdout: '3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -vn e n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-vn', 'e', 'n'], { cwd: '/w' })).toEqual({
      stdout: '2:two\n4:four\n6:six\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -n -A1 -e one -e three n g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-n', '-A1', '-e', 'one', '-e', 'three', 'n', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'n:1:one\nn-2-two\nn:3:three\nn-4-four\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -m2 e n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-m2', 'e', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'one\nthree\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -m1 -A2 e n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-m1', '-A2', 'e', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c e - <<< "one\\ntwo\\nthree\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', 'e', '-'], { cwd: '/w', stdin: 'one\ntwo\nthree\n' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -H e <<< "beta\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-H', 'e'], { cwd: '/w', stdin: 'beta\n' })).toEqual({
      stdout: '(standard input):beta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep e - g2 <<< "beta\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'e', '-', 'g2'], { cwd: '/w', stdin: 'beta\n' })).toEqual({
      stdout: '(standard input):beta\ng2:beta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -r hello .', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-r', 'hello', '.'], { cwd: '/w' })).toEqual({
      stdout: './d/sub/f:hello\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -rn hello', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-rn', 'hello'], { cwd: '/w' })).toEqual({
      stdout: 'd/sub/f:1:hello\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -r hello d', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-r', 'hello', 'd'], { cwd: '/w' })).toEqual({
      stdout: 'd/sub/f:hello\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -rh hello d', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-rh', 'hello', 'd'], { cwd: '/w' })).toEqual({
      stdout: 'hello\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -rl hello d', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-rl', 'hello', 'd'], { cwd: '/w' })).toEqual({
      stdout: 'd/sub/f\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -r alpha g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-r', 'alpha', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'alpha\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep hello d', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'hello', 'd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: d: Is a directory\n',
      exit: 2,
    });
  });
  it('grep -s hello d g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-s', 'hello', 'd', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 2,
    });
  });
  it('grep -i ALPHA g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-i', 'ALPHA', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'alpha\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -x beta g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-x', 'beta', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'beta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -w -c bet g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-w', '-c', 'bet', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -F a. g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-F', 'a.', 'g2'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -F x* r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-F', 'x*', 'r'], { cwd: '/w' })).toEqual({
      stdout: 'x*y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -Fx alpha g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-Fx', 'alpha', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'alpha\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -f pats n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-f', 'pats', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'two\nsix\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -f nofile n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-f', 'nofile', 'n'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: nofile: No such file or directory\n',
      exit: 2,
    });
  });
  it('grep -e', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-e'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: option requires an argument -- 'e'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -A x a g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-A', 'x', 'a', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: x: invalid context length argument\n',
      exit: 2,
    });
  });
  it('grep -C -1 a g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-C', '-1', 'a', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: -1: invalid context length argument\n',
      exit: 2,
    });
  });
  it('grep -m x a g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-m', 'x', 'a', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: invalid max count\n',
      exit: 2,
    });
  });
  it('grep --co x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--co', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: option '--co' is ambiguous; possibilities: '--context' '--color' '--colour' '--count'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep --colour=never a g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--colour=never', 'a', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'alpha\nbeta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color a g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color', 'a', 'g2'], { cwd: '/w' })).toEqual({
      stdout: 'alpha\nbeta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -Z', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-Z'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep --foo a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--foo', 'a'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: unrecognized option '--foo'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep a bin', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a', 'bin'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: bin: binary file matches\n',
      exit: 0,
    });
  });
  it('grep -c a bin', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', 'a', 'bin'], { cwd: '/w' })).toEqual({ stdout: '1\n', stderr: '', exit: 0 });
  });
  it('grep -ob ta g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-ob', 'ta', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '8:ta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -n  g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-n', '', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '1:alpha\n2:beta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -x -E  r', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-x', '-E', '', 'r'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep inet  ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'inet ', 'ifc'], { cwd: '/w' })).toEqual({
      stdout:
        '    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0\n    inet 10.244.0.1/24 scope global cni0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -A1 eth0: ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-A1', 'eth0:', 'ifc'], { cwd: '/w' })).toEqual({
      stdout:
        '2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE ([0-9]{1,3}\\.){3}[0-9]{1,3} ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '([0-9]{1,3}\\.){3}[0-9]{1,3}', 'ifc'], { cwd: '/w' })).toEqual({
      stdout: '10.0.0.5\n10.0.0.255\n10.244.0.1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -Eo inet [0-9.]+ ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-Eo', 'inet [0-9.]+', 'ifc'], { cwd: '/w' })).toEqual({
      stdout: 'inet 10.0.0.5\ninet 10.244.0.1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -v ^  ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-v', '^ ', 'ifc'], { cwd: '/w' })).toEqual({
      stdout: '2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n3: cni0: <BROADCAST> mtu 1450\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c ^[[:space:]]*inet ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '^[[:space:]]*inet', 'ifc'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -iw MTU ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-iw', 'MTU', 'ifc'], { cwd: '/w' })).toEqual({
      stdout: '2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n3: cni0: <BROADCAST> mtu 1450\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -e cni0 -e eth0 -- ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-e', 'cni0', '-e', 'eth0', '--', 'ifc'], { cwd: '/w' })).toEqual({
      stdout:
        '2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0\n3: cni0: <BROADCAST> mtu 1450\n    inet 10.244.0.1/24 scope global cni0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep mtu ifc -n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'mtu', 'ifc', '-n'], { cwd: '/w' })).toEqual({
      stdout: '1:2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n3:3: cni0: <BROADCAST> mtu 1450\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -E mtu (1450|9000)$ ifc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'mtu (1450|9000)$', 'ifc'], { cwd: '/w' })).toEqual({
      stdout: '3: cni0: <BROADCAST> mtu 1450\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always -n -H -C1 two n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', '-n', '-H', '-C1', 'two', 'n'], { cwd: '/w' })).toEqual({
      stdout:
        '\u001b[35m\u001b[Kn\u001b[m\u001b[K\u001b[36m\u001b[K-\u001b[m\u001b[K\u001b[32m\u001b[K1\u001b[m\u001b[K\u001b[36m\u001b[K-\u001b[m\u001b[Kone\n\u001b[35m\u001b[Kn\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K\u001b[32m\u001b[K2\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K\u001b[01;31m\u001b[Ktwo\u001b[m\u001b[K\n\u001b[35m\u001b[Kn\u001b[m\u001b[K\u001b[36m\u001b[K-\u001b[m\u001b[K\u001b[32m\u001b[K3\u001b[m\u001b[K\u001b[36m\u001b[K-\u001b[m\u001b[Kthree\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always -o -b e. n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', '-o', '-b', 'e.', 'n'], { cwd: '/w' })).toEqual({
      stdout:
        '\u001b[32m\u001b[K11\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K\u001b[01;31m\u001b[Kee\u001b[m\u001b[K\n\u001b[32m\u001b[K29\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K\u001b[01;31m\u001b[Kev\u001b[m\u001b[K\n\u001b[32m\u001b[K31\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K\u001b[01;31m\u001b[Ken\u001b[m\u001b[K\n\u001b[32m\u001b[K34\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K\u001b[01;31m\u001b[Kei\u001b[m\u001b[K\n\u001b[32m\u001b[K46\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K\u001b[01;31m\u001b[Ken\u001b[m\u001b[K\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always -c o n g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', '-c', 'o', 'n', 'g2'], { cwd: '/w' })).toEqual({
      stdout:
        '\u001b[35m\u001b[Kn\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K3\n\u001b[35m\u001b[Kg2\u001b[m\u001b[K\u001b[36m\u001b[K:\u001b[m\u001b[K0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always -l o n g2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', '-l', 'o', 'n', 'g2'], { cwd: '/w' })).toEqual({
      stdout: '\u001b[35m\u001b[Kn\u001b[m\u001b[K\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always -v two n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', '-v', 'two', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'one\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always -A1 -e one -e five n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', '-A1', '-e', 'one', '-e', 'five', 'n'], { cwd: '/w' })).toEqual({
      stdout:
        '\u001b[01;31m\u001b[Kone\u001b[m\u001b[K\ntwo\n\u001b[36m\u001b[K--\u001b[m\u001b[K\n\u001b[01;31m\u001b[Kfive\u001b[m\u001b[K\nsix\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always o n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', 'o', 'n'], { cwd: '/w' })).toEqual({
      stdout:
        '\u001b[01;31m\u001b[Ko\u001b[m\u001b[Kne\ntw\u001b[01;31m\u001b[Ko\u001b[m\u001b[K\nf\u001b[01;31m\u001b[Ko\u001b[m\u001b[Kur\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=always -i O n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=always', '-i', 'O', 'n'], { cwd: '/w' })).toEqual({
      stdout:
        '\u001b[01;31m\u001b[Ko\u001b[m\u001b[Kne\ntw\u001b[01;31m\u001b[Ko\u001b[m\u001b[K\nf\u001b[01;31m\u001b[Ko\u001b[m\u001b[Kur\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=auto o n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=auto', 'o', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nfour\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep --color=never o n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '--color=never', 'o', 'n'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nfour\n',
      stderr: '',
      exit: 0,
    });
  });
});
