/**
 * differential: random option combinations
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, grep 3.8, sed 4.9, LANG=C.UTF-8, TZ=UTC).
 * Arguments drawn at random (fixed seed) from per-tool word lists; stdin is "x y\nx y\nz 1\n".
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/a': 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
  '/w/n': 'one:1\ntwo:2\nthree:3\nfour:4\n',
  '/w/dir/': '',
};

describe('differential: random option combinations', () => {
  it('sort -k2 n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'four:4\none:1\nthree:3\ntwo:2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -f a -V -r <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-f', 'a', '-V', '-r'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '_x 5\nc 2\nb 2\nB 1\na 10\na 3\n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t: -r -u - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t:', '-r', '-u', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u -k2n -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u', '-k2n', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort - -r -V -f <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-', '-r', '-V', '-f'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -g <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -r -V -V n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-r', '-V', '-V', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'two:2\nthree:3\none:1\nfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -r <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-r'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k2 -s - -k2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2', '-s', '-', '-k2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -f -V -s -h <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-f', '-V', '-s', '-h'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: options '-fhV' are incompatible\n",
      exit: 2,
    });
  });
  it('sort -f <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-f'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -V -g -t: a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-V', '-g', '-t:', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: options '-gV' are incompatible\n",
      exit: 2,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -i -u -V -r <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-i', '-u', '-V', '-r'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t: -k -d -h <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t:', '-k', '-d', '-h'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: invalid number at field start: invalid count at start of ‘-d’\n',
      exit: 2,
    });
  });
  it('sort -c nofile -V <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-c', 'nofile', '-V'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: open failed: nofile: No such file or directory\n',
      exit: 2,
    });
  });
  it('sort a -s -k2n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', 'a', '-s', '-k2n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '\nB 1\nb 2\nc 2\na 3\n_x 5\na 10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -s 2 -k -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-s', '2', '-k', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: invalid number at field start: invalid count at start of ‘-c’\n',
      exit: 2,
    });
  });
  it('sort -s -M -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-s', '-M', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort - -k1,1 -c -k2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-', '-k1,1', '-c', '-k2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('sort - -r -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-', '-r', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -V -c -c -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-V', '-c', '-c', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -M -k <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-M', '-k'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: option requires an argument -- 'k'\nTry 'sort --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep nofile x\\|1 -n dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'nofile', 'x\\|1', '-n', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      { stdout: '', stderr: 'grep: x\\|1: No such file or directory\ngrep: dir: Is a directory\n', exit: 2 },
    );
  });
  it('grep <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -e -H <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-e', '-H'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -L -C1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-L', '-C1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep a -H ^t <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a', '-H', '^t'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'grep: ^t: No such file or directory\n',
      exit: 2,
    });
  });
  it('grep -v x\\|1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-v', 'x\\|1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -w -l <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-w', '-l'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -c -x -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-x', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -i -q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-i', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep ^t <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '^t'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -m1 -e -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-m1', '-e', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep x\\|1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'x\\|1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -B1 -F - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-B1', '-F', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -m1 -B1 -F <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-m1', '-B1', '-F'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep o -h - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'o', '-h', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -E -i -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', '-i', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -h <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-h'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep dir -C1 -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'dir', '-C1', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep a -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep [0-9] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[0-9]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep o -l -C1 n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'o', '-l', '-C1', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -H <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-H'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -l -L -h -q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-l', '-L', '-h', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('cut -f -f -f <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f', '-f', '-f'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: option requires an argument -- 'f'\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f1-   -f <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1-', ' ', '-f'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: option requires an argument -- 'f'\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: option requires an argument -- 'd'\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f1- <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -f1 -f1- <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1', '-f1-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -c1-2 -f1- -b1 -d: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c1-2', '-f1-', '-b1', '-d:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: option requires an argument -- 'f'\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -b1   <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-b1', ' '], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: ' ': No such file or directory\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -d     <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d', ' ', ' '], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f2 -c1-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2', '-c1-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut a   <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', 'a', ' '], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut --output-delimiter=| <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--output-delimiter=|'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut --output-delimiter=| <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--output-delimiter=|'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -c1-2 -d: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c1-2', '-d:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut n -f2 a --output-delimiter=| <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['cut', 'n', '-f2', 'a', '--output-delimiter=|'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -c2 -b1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c2', '-b1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut --output-delimiter=| <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--output-delimiter=|'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut --complement -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--complement', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: option requires an argument -- 'f'\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut   -b1 -d: -d: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', ' ', '-b1', '-d:', '-d:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('head -v -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: option requires an argument -- 'c'\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head -n-1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head 3 -v -c-2 -n-1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '3', '-v', '-c-2', '-n-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head 3 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '3', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "head: cannot open '3' for reading: No such file or directory\nhead: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -v <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head n nofile -n -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'n', 'nofile', '-n', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'head: invalid number of lines: ‘v’\n',
      exit: 1,
    });
  });
  it('head -c-2 - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c-2', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz ',
      stderr: '',
      exit: 0,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c-2 -n-1 -c-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c-2', '-n-1', '-c-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz ',
      stderr: '',
      exit: 0,
    });
  });
  it('head -v <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head 1 -c-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '1', '-c-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -v -q -n-1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v', '-q', '-n-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c-2 - 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c-2', '-', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz ',
      stderr: "head: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head nofile n -v - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'nofile', 'n', '-v', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> n <==\none:1\ntwo:2\nthree:3\nfour:4\n\n==> standard input <==\nx y\nx y\nz 1\n',
      stderr: "head: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head 2 a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '2', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: "head: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head 2 -n -n -c-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '2', '-n', '-n', '-c-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'head: invalid number of lines: ‘n’\n',
      exit: 1,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n-1 2 -q nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n-1', '2', '-q', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "head: cannot open '2' for reading: No such file or directory\nhead: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -n <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head -1 -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-1', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: option requires an argument -- 'c'\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('tail -1 -n+3 n 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1', '-n+3', 'n', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail a -q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'a', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tail: option requires an argument -- 'n'\nTry 'tail --help' for more information.\n",
      exit: 1,
    });
  });
  it('tail -v - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-v', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail nofile a -q nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'nofile', 'a', '-q', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr:
        "tail: cannot open 'nofile' for reading: No such file or directory\ntail: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail 2 a 2 a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '2', 'a', '2', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n\n==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr:
        "tail: cannot open '2' for reading: No such file or directory\ntail: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -n nofile -v -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', 'nofile', '-v', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: invalid number of lines: ‘nofile’\n',
      exit: 1,
    });
  });
  it('tail n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tail: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail +2 1 a -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '+2', '1', 'a', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tail: option requires an argument -- 'n'\nTry 'tail --help' for more information.\n",
      exit: 1,
    });
  });
  it('tail - a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n\n==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail a -v -n+3 -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'a', '-v', '-n+3', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> a <==\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n -1 -1 -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '-1', '-1', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -v a -n -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-v', 'a', '-n', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: invalid number of lines: ‘n+3’\n',
      exit: 1,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail 3 n a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '3', 'n', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> n <==\none:1\ntwo:2\nthree:3\nfour:4\n\n==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: "tail: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail a -1 +2 -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'a', '-1', '+2', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail a a -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'a', 'a', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> a <==\nB 1\nc 2\na 3\n\n_x 5\n\n==> a <==\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail a -1 +2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'a', '-1', '+2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail -c a -1 nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-c', 'a', '-1', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: invalid number of bytes: ‘a’\n',
      exit: 1,
    });
  });
  it('tail 2 -q 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '2', '-q', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tail: cannot open '2' for reading: No such file or directory\ntail: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -v 3 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-v', '3', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tail: cannot open '3' for reading: No such file or directory\ntail: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -c -L <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-c', '-L'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     12       3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12 -\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc - -c -m <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-', '-c', '-m'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     12      12 -\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: ' 4  4 27 n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc n a n -m <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'n', 'a', 'n', '-m'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '27 n\n27 a\n27 n\n81 total\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc a -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'a', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '12 a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -l a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-l', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '7 a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc - - -l n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-', '-', '-l', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3 -\n      0 -\n      4 n\n      7 total\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc nofile dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      0       0       0 dir\n      0       0       0 total\n',
      stderr: 'wc: nofile: No such file or directory\nwc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('wc nofile -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -L -l <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-L', '-l'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -L <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-L'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc n <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: ' 4  4 27 n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc n -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'n', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '27 n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc nofile dir - a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', 'dir', '-', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout:
        '      0       0       0 dir\n      3       6      12 -\n      7      12      27 a\n     10      18      39 total\n',
      stderr: 'wc: nofile: No such file or directory\nwc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -l -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-l', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w -L -l <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w', '-L', '-l'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6       3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '0 dir\n',
      stderr: 'wc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('wc -w <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '6 -\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc nofile n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: ' 4  4 27 n\n 4  4 27 total\n',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc dir -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'dir', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '0 dir\n',
      stderr: 'wc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -i -d -u -D <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-i', '-d', '-u', '-D'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -D -s1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-D', '-s1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -D <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-D'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -s1 -u -D <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-s1', '-u', '-D'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -c -D <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c', '-D'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "uniq: printing all duplicated lines and repeat counts is meaningless\nTry 'uniq --help' for more information.\n",
      exit: 1,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -s1 -i -s1 -f1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-s1', '-i', '-s1', '-f1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -f1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-f1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -f1 -s1 n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-f1', '-s1', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -D -i -i a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-D', '-i', '-i', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq a -c -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'a', '-c', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      1 b 2\n      1 a 10\n      1 B 1\n      1 c 2\n      1 a 3\n      1 \n      1 _x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq n -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'n', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -s1 -D -w1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-s1', '-D', '-w1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -D <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-D'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -u -u -D <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-u', '-u', '-D'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -c -D a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c', '-D', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "uniq: printing all duplicated lines and repeat counts is meaningless\nTry 'uniq --help' for more information.\n",
      exit: 1,
    });
  });
  it('uniq -s1 a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-s1', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      2 x y\n      1 z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -s [:digit:] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', '[:digit:]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr a-z <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘a-z’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr x A-Z <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'x', 'A-Z'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'A y\nA y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -c \\n abc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-c', '\\n', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'ccc\nccc\nccc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr a-z A-Z -c A-Z <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z', 'A-Z', '-c', 'A-Z'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘-c’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr x <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘x’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr a-z x a-z -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z', 'x', 'a-z', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘a-z’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr abc -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr \\n -d abc [:space:] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '\\n', '-d', 'abc', '[:space:]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘abc’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:digit:] : -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:digit:]', ':', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘-d’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:space:] abc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:space:]', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'xcybxcybzc1b',
      stderr: '',
      exit: 0,
    });
  });
  it('tr a-z <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘a-z’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr abc x \\n -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc', 'x', '\\n', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘\\\\n’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr \\n [:space:] a-z abc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '\\n', '[:space:]', 'a-z', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      { stdout: '', stderr: "tr: extra operand ‘a-z’\nTry 'tr --help' for more information.\n", exit: 1 },
    );
  });
  it('tr abc abc -s A-Z <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc', 'abc', '-s', 'A-Z'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘-s’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr abc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘abc’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr A-Z x <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'A-Z', 'x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr \\n a-z abc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '\\n', 'a-z', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘abc’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr abc -s : -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc', '-s', ':', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘:’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr A-Z \\n \\n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'A-Z', '\\n', '\\n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘\\\\n’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr A-Z : -c A-Z <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'A-Z', ':', '-c', 'A-Z'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘-c’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -s -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr abc <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘abc’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('cat n a -b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'n', 'a', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout:
        '     1\tone:1\n     2\ttwo:2\n     3\tthree:3\n     4\tfour:4\n     5\tb 2\n     6\ta 10\n     7\tB 1\n     8\tc 2\n     9\ta 3\n\n    10\t_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat dir -A -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'dir', '-A', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat dir dir -E -b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'dir', 'dir', '-E', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: dir: Is a directory\ncat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat -s -T -A dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-s', '-T', '-A', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat nofile nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'nofile', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: nofile: No such file or directory\ncat: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cat -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y\n     2\tx y\n     3\tz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -n n -A <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n', 'n', '-A'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tone:1$\n     2\ttwo:2$\n     3\tthree:3$\n     4\tfour:4$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat -A - -A <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', '-', '-A'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y$\nx y$\nz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat n n -b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'n', 'n', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout:
        '     1\tone:1\n     2\ttwo:2\n     3\tthree:3\n     4\tfour:4\n     5\tone:1\n     6\ttwo:2\n     7\tthree:3\n     8\tfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -E -A -b n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-E', '-A', '-b', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tone:1$\n     2\ttwo:2$\n     3\tthree:3$\n     4\tfour:4$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat n -b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'n', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tone:1\n     2\ttwo:2\n     3\tthree:3\n     4\tfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat n -A a -E <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'n', '-A', 'a', '-E'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1$\ntwo:2$\nthree:3$\nfour:4$\nb 2$\na 10$\nB 1$\nc 2$\na 3$\n$\n_x 5$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y\n     2\tx y\n     3\tz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -b -s - -A <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b', '-s', '-', '-A'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y$\n     2\tx y$\n     3\tz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -s nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-s', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cat -A -b -T -E <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', '-b', '-T', '-E'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y$\n     2\tx y$\n     3\tz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat n a -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'n', 'a', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout:
        '     1\tone:1\n     2\ttwo:2\n     3\tthree:3\n     4\tfour:4\n     5\tb 2\n     6\ta 10\n     7\tB 1\n     8\tc 2\n     9\ta 3\n    10\t\n    11\t_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -n <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y\n     2\tx y\n     3\tz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat dir n a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'dir', 'n', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: 'cat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat -s a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-s', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat a -T <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'a', '-T'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -n -T <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n', '-T'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y\n     2\tx y\n     3\tz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat a -b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'a', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tb 2\n     2\ta 10\n     3\tB 1\n     4\tc 2\n     5\ta 3\n\n     6\t_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -n <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y\n     2\tx y\n     3\tz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -A -T <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', '-T'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y$\nx y$\nz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq , -f 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', ',', '-f', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘,’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq , 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', ',', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘,’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 2 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '2', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq %g 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 10 -s -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10', '-s', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘-s’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq , 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', ',', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘,’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 10 10 -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10', '10', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -w -f 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '-f', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -w 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 3 3 -w , <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '3', '3', '-w', ','], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: extra operand ‘,’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 0.5 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0.5', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '0.5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq %g 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq %g -1 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g', '-1', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 10 %g , <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10', '%g', ','], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq %g <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 10 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 10 -1 -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10', '-1', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘-w’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -w , <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', ','], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘,’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 10 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: option requires an argument -- 's'\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 2 -s -1 -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '2', '-s', '-1', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: extra operand ‘-s’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -f -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-f', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed -s = -E <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-s', '=', '-E'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\nx y\n2\nx y\n3\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed n p <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'n', 'p'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read p: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed 2q - s/x/X/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2q', '-', 's/x/X/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E -e 1d 2q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', '-e', '1d', '2q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read 2q: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed -s <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed y/xz/ZX/ = a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'y/xz/ZX/', '=', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_Z 5\n',
      stderr: "sed: can't read =: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed p <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'p'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nx y\nx y\nz 1\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1!G;h;$!d 1!G;h;$!d -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1!G;h;$!d', '1!G;h;$!d', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read 1!G;h;$!d: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed -E y/xz/ZX/ y/xz/ZX/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 'y/xz/ZX/', 'y/xz/ZX/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read y/xz/ZX/: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed $p <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '$p'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/x/X/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/x/X/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'X y\nX y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed 1d s/(.) (.)/\\2 \\1/ p <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d', 's/(.) (.)/\\2 \\1/', 'p'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      {
        stdout: '',
        stderr:
          "sed: can't read s/(.) (.)/\\2 \\1/: No such file or directory\nsed: can't read p: No such file or directory\n",
        exit: 2,
      },
    );
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed /x/d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/x/d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed p a s/x/X/ 2q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'p', 'a', 's/x/X/', '2q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\nb 2\na 10\na 10\nB 1\nB 1\nc 2\nc 2\na 3\na 3\n\n\n_x 5\n_x 5\n',
      stderr:
        "sed: can't read s/x/X/: No such file or directory\nsed: can't read 2q: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed = $p $p 1d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '=', '$p', '$p', '1d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "sed: can't read $p: No such file or directory\nsed: can't read $p: No such file or directory\nsed: can't read 1d: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed -E -e <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', '-e'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "sed: option requires an argument -- 'e'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed 2q /x/d -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2q', '/x/d', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read /x/d: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed a y/xz/ZX/ 2q n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'a', 'y/xz/ZX/', '2q', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: expected \\ after `a', `c' or `i'\n",
      exit: 1,
    });
  });
  it('sed 1!G;h;$!d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1!G;h;$!d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /x/d s/(.) (.)/\\2 \\1/ /x/d -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['sed', '/x/d', 's/(.) (.)/\\2 \\1/', '/x/d', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: '',
      stderr:
        "sed: can't read s/(.) (.)/\\2 \\1/: No such file or directory\nsed: can't read /x/d: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed a p -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'a', 'p', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: expected \\ after `a', `c' or `i'\n",
      exit: 1,
    });
  });
  it('sed 1!G;h;$!d <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1!G;h;$!d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /a/b .txt c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b', '.txt', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘c.txt’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename .txt c.txt -a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '.txt', 'c.txt', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘-a’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename x/ -a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename x/ -a <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename x/ / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /a/b c.txt -a c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['basename', '/a/b', 'c.txt', '-a', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘-a’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename / / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename c.txt .txt / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'c.txt', '.txt', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘/’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename /a/b -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename -s c.txt c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-s', 'c.txt', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename -a x/ /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-a', 'x/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename c.txt -a /a/b c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['basename', 'c.txt', '-a', '/a/b', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘/a/b’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename c.txt -a /a/b x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['basename', 'c.txt', '-a', '/a/b', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘/a/b’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename -a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename x/ .txt x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', '.txt', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘x/’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename .txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename c.txt <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename x/ -a /a/b .txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', '-a', '/a/b', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      {
        stdout: '',
        stderr: "basename: extra operand ‘/a/b’\nTry 'basename --help' for more information.\n",
        exit: 1,
      },
    );
  });
  it('basename / .txt .txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/', '.txt', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘.txt’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename c.txt /a/b /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'c.txt', '/a/b', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘/a/b’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename /a/b .txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /a/b -s / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b', '-s', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘/’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname c.txt x/ //x//y <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt', 'x/', '//x//y'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n.\n//x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname c.txt x/ x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt', 'x/', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b / c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', '/', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n/\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b / /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', '/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n/\n/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b /a/b x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', '/a/b', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n/a\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ x/ x/ x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/', 'x/', 'x/', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n.\n.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b x/ x/ x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', 'x/', 'x/', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n.\n.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b //x//y <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', '//x//y'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n//x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname / / x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/', '/', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n/\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname / c.txt / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/', 'c.txt', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n.\n/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname c.txt //x//y <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt', '//x//y'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n//x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname / x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b //x//y c.txt / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['dirname', '/a/b', '//x//y', 'c.txt', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({ stdout: '/a\n//x\n.\n/\n', stderr: '', exit: 0 });
  });
  it('dirname c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b /a/b / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', '/a/b', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n/a\n/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname //x//y x/ c.txt / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['dirname', '//x//y', 'x/', 'c.txt', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({ stdout: '//x\n.\n.\n/\n', stderr: '', exit: 0 });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname //x//y /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '//x//y', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '//x\n/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -h nofile nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-h', 'nofile', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: cannot read: nofile: No such file or directory\n',
      exit: 2,
    });
  });
  it('sort -V -t: -k1,1 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-V', '-t:', '-k1,1', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: cannot read: 2: No such file or directory\n',
      exit: 2,
    });
  });
  it('sort -g -M -k1,1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-g', '-M', '-k1,1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: options '-gM' are incompatible\n",
      exit: 2,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -s -k2 -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-s', '-k2', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -i -g -r -M <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-i', '-g', '-r', '-M'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: options '-giM' are incompatible\n",
      exit: 2,
    });
  });
  it('sort nofile -g -M <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', 'nofile', '-g', '-M'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: options '-gM' are incompatible\n",
      exit: 2,
    });
  });
  it('sort -M <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-M'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u -r -r -t: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u', '-r', '-r', '-t:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -M <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-M'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -c nofile -V <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-c', 'nofile', '-V'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: open failed: nofile: No such file or directory\n',
      exit: 2,
    });
  });
  it('sort 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: cannot read: 2: No such file or directory\n',
      exit: 2,
    });
  });
  it('sort -g <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: invalid number at field start: invalid count at start of ‘-n’\n',
      exit: 2,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -g -b - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-g', '-b', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u -i -b -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u', '-i', '-b', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: -:2: disorder: x y\n',
      exit: 1,
    });
  });
  it('sort 2 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: cannot read: 2: No such file or directory\n',
      exit: 2,
    });
  });
  it('sort -n -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-n', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -f n -f -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-f', 'n', '-f', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'four:4\none:1\nthree:3\ntwo:2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u -n -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u', '-n', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: options '-dn' are incompatible\n",
      exit: 2,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort n -i n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', 'n', '-i', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'four:4\nfour:4\none:1\none:1\nthree:3\nthree:3\ntwo:2\ntwo:2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u -V -g <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u', '-V', '-g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sort: options '-gV' are incompatible\n",
      exit: 2,
    });
  });
  it('sort -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -c -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-c', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'sort: -:2: disorder: x y\n',
      exit: 1,
    });
  });
  it('grep n -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'n', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -s -o -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-s', '-o', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -H <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-H'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep nofile -e -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'nofile', '-e', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'grep: nofile: No such file or directory\n',
      exit: 2,
    });
  });
  it('grep -x x\\|1 -A1 -x <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-x', 'x\\|1', '-A1', '-x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep [0-9] <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '[0-9]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o ^t [0-9] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '^t', '[0-9]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'grep: [0-9]: No such file or directory\n',
      exit: 2,
    });
  });
  it('grep -v <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -m1 nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-m1', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep a - -v -x <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'a', '-', '-v', '-x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep ^t <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '^t'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -L -C1 -o -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-L', '-C1', '-o', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -x <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -F -v -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-F', '-v', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep n dir a ^t <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'n', 'dir', 'a', '^t'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'grep: dir: Is a directory\ngrep: ^t: No such file or directory\n',
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -C1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-C1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -v <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep o o -l x\\|1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'o', 'o', '-l', 'x\\|1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'grep: o: No such file or directory\ngrep: x\\|1: No such file or directory\n',
      exit: 2,
    });
  });
  it('grep -C1 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-C1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep dir -C1 -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', 'dir', '-C1', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -w -L -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-w', '-L', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -E dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -E -q -x -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-E', '-q', '-x', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -x -h ^t - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-x', '-h', '^t', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('cut -f2 1,2 -f1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2', '1,2', '-f1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut a --complement -f a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', 'a', '--complement', '-f', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: invalid field value ‘a’\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut   n --output-delimiter=| <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['cut', ' ', 'n', '--output-delimiter=|'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f2 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut --complement <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--complement'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f2 a -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2', 'a', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut 1,2 -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '1,2', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: option requires an argument -- 'd'\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut --output-delimiter=| -c1-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--output-delimiter=|', '-c1-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      { stdout: 'x \nx \nz \n', stderr: '', exit: 0 },
    );
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -c1-2 -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c1-2', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: option requires an argument -- 'd'\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut --output-delimiter=| -c1-2 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--output-delimiter=|', '-c1-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      { stdout: 'x \nx \nz \n', stderr: '', exit: 0 },
    );
  });
  it('cut -f1 -d:   -b1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1', '-d:', ' ', '-b1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f1 -d: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1', '-d:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -f2   -f2 n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2', ' ', '-f2', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -c1-2 -f2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c1-2', '-f2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -b1 -f1 -c1-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-b1', '-f1', '-c1-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -b1 -f2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-b1', '-f2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f2 1,2 -d: <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2', '1,2', '-d:'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cut: 1,2: No such file or directory\n',
      exit: 1,
    });
  });
  it('cut -d: -f -f <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-f', '-f'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: invalid field value ‘f’\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -d: -f2 -f2 -f2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-f2', '-f2', '-f2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('head -q -n-1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-q', '-n-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -q -n-1 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-q', '-n-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -v -v -v nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v', '-v', '-v', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head 1 a -c-2 a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '1', 'a', '-c-2', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x \n==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x ',
      stderr: "head: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head n 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'n', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> n <==\none:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: "head: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -n -1 -n-1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '-1', '-n-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c-2 n - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c-2', 'n', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> n <==\none:1\ntwo:2\nthree:3\nfour:\n==> standard input <==\nx y\nx y\nz ',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c -n 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c', '-n', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'head: invalid number of bytes: ‘n’\n',
      exit: 1,
    });
  });
  it('head 2 - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '2', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: "head: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -1 a 2 -c-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-1', 'a', '2', '-c-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x ',
      stderr: "head: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head - -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -1 3 -q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-1', '3', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -1 - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-1', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c-2 -c-2 -c-2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c-2', '-c-2', '-c-2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz ',
      stderr: '',
      exit: 0,
    });
  });
  it('head -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -1 n 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-1', 'n', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> n <==\none:1\n',
      stderr: "head: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head 2 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "head: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -v <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head nofile nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'nofile', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "head: cannot open 'nofile' for reading: No such file or directory\nhead: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head nofile 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'nofile', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "head: cannot open 'nofile' for reading: No such file or directory\nhead: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -v -c -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v', '-c', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1',
      stderr: '',
      exit: 0,
    });
  });
  it('head -q - a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-q', '-', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head - 3 -n-1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-', '3', '-n-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\n',
      stderr: "head: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -v 3 1 nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v', '3', '1', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "head: cannot open '3' for reading: No such file or directory\nhead: cannot open '1' for reading: No such file or directory\nhead: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail nofile n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'nofile', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> n <==\none:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: "tail: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail n 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'n', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> n <==\none:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: "tail: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail - -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n - 2 -q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '-', '2', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: invalid number of lines: ‘’\n',
      exit: 1,
    });
  });
  it('tail -1 -n -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1', '-n', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail -1 -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail -n+3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n+3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail 1 - a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '1', '-', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n\n==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: "tail: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail 1 - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '1', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '==> standard input <==\nx y\nx y\nz 1\n',
      stderr: "tail: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -c 2 +2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-c', '2', '+2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tail: cannot open '+2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail a +2 -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'a', '+2', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tail: option requires an argument -- 'n'\nTry 'tail --help' for more information.\n",
      exit: 1,
    });
  });
  it('tail -1 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n+3 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n+3', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tail: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail +2 a a n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '+2', 'a', 'a', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout:
        '==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n\n==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n\n==> n <==\none:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: "tail: cannot open '+2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -q <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail 1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tail: cannot open '1' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail +2 -q 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '+2', '-q', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tail: cannot open '+2' for reading: No such file or directory\ntail: cannot open '2' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -v -1 - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-v', '-1', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail a n - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'a', 'n', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout:
        '==> a <==\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n\n==> n <==\none:1\ntwo:2\nthree:3\nfour:4\n\n==> standard input <==\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n+3 nofile 3 -v <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n+3', 'nofile', '3', '-v'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tail: cannot open 'nofile' for reading: No such file or directory\ntail: cannot open '3' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail - -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 1\n',
      exit: 1,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -1 <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w -L nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w', '-L', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc -L -l <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-L', '-l'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc nofile -w <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc a nofile n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'a', 'nofile', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: ' 7 12 27 a\n 4  4 27 n\n11 16 54 total\n',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc - -l <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-', '-l'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '3 -\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -w <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -l -c nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-l', '-c', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc -c - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-c', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '12 -\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc - - dir -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-', '-', 'dir', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      6 -\n      0 -\n      0 dir\n      6 total\n',
      stderr: 'wc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('wc - <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12 -\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc nofile -L nofile -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', '-L', 'nofile', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '0 0 total\n',
      stderr: 'wc: nofile: No such file or directory\nwc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc nofile nofile -L -L <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', 'nofile', '-L', '-L'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '0 total\n',
      stderr: 'wc: nofile: No such file or directory\nwc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc dir -m -L <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'dir', '-m', '-L'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      0       0 dir\n',
      stderr: 'wc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('wc nofile <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc -L dir - -m <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-L', 'dir', '-', '-m'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      0       0 dir\n     12       3 -\n     12       3 total\n',
      stderr: 'wc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('wc nofile -w nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', '-w', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '0 total\n',
      stderr: 'wc: nofile: No such file or directory\nwc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc n -l nofile -l <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'n', '-l', 'nofile', '-l'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: ' 4 n\n 4 total\n',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc n nofile dir -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'n', 'nofile', 'dir', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      4 n\n      0 dir\n      4 total\n',
      stderr: 'wc: nofile: No such file or directory\nwc: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('wc -w -c -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-w', '-c', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc - n n -L <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-', 'n', 'n', '-L'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3 -\n      7 n\n      7 n\n      7 total\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc - <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12 -\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -c a n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-c', 'a', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '27 a\n27 n\n54 total\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc nofile a -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'nofile', 'a', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '12 a\n12 total\n',
      stderr: 'wc: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('wc n <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: ' 4  4 27 n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -l -L -c -l <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-l', '-L', '-c', '-l'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3      12       3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      3       6      12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('wc -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['wc', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -c <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      2 x y\n      1 z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq a a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'a', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -w1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-w1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -d -f1 -w1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-d', '-f1', '-w1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -w1 -D -i -s1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-w1', '-D', '-i', '-s1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -c n n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c', 'n', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -w1 -u -s1 -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-w1', '-u', '-s1', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -i -s1 -i -s1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-i', '-s1', '-i', '-s1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -w1 -u -i a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-w1', '-u', '-i', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq a -i -i -i <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'a', '-i', '-i', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -i <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq n -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'n', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq n -s1 -u <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'n', '-s1', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -w1 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-w1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq a -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'a', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq a -s1 -i -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'a', '-s1', '-i', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -d -c -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-d', '-c', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '      2 x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -w1 -s1 -w1 -f1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-w1', '-s1', '-w1', '-f1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -i <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-i'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -d <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -u <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-u'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -D <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-D'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr a-z -d abc : <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z', '-d', 'abc', ':'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘abc’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr x : <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'x', ':'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: ': y\n: y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr \\n [:digit:] x <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '\\n', '[:digit:]', 'x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘x’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:space:] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:space:]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘[:space:]’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr a-z abc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'c c\nc c\nc 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr : [:digit:] [:digit:] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', ':', '[:digit:]', '[:digit:]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘[:digit:]’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -s [:space:] -d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', '[:space:]', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'xdydxdydzd1d',
      stderr: '',
      exit: 0,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr a-z [:digit:] A-Z abc <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z', '[:digit:]', 'A-Z', 'abc'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      { stdout: '', stderr: "tr: extra operand ‘A-Z’\nTry 'tr --help' for more information.\n", exit: 1 },
    );
  });
  it('tr [:space:] [:space:] -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:space:]', '[:space:]', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘-s’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:space:] [:digit:] -c -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '[:space:]', '[:digit:]', '-c', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘-c’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr x <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘x’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:digit:] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:digit:]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘[:digit:]’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:digit:] x -d x <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:digit:]', 'x', '-d', 'x'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘-d’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -d <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -c : <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-c', ':'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘:’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr abc [:space:] <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc', '[:space:]'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -c <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-c'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:digit:] -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:digit:]', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz s\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr [:space:] -d \\n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:space:]', '-d', '\\n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘\\\\n’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('cat - n dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-', 'n', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\none:1\ntwo:2\nthree:3\nfour:4\n',
      stderr: 'cat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat -b <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y\n     2\tx y\n     3\tz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat nofile -n -b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'nofile', '-n', '-b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cat -b -E -A n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b', '-E', '-A', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tone:1$\n     2\ttwo:2$\n     3\tthree:3$\n     4\tfour:4$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat - -n -E <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-', '-n', '-E'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y$\n     2\tx y$\n     3\tz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -n -b -A <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n', '-b', '-A'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y$\n     2\tx y$\n     3\tz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -A -T <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', '-T'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y$\nx y$\nz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat - - a - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-', '-', 'a', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\nb 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -b dir n dir <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b', 'dir', 'n', 'dir'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tone:1\n     2\ttwo:2\n     3\tthree:3\n     4\tfour:4\n',
      stderr: 'cat: dir: Is a directory\ncat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat nofile dir -n a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'nofile', 'dir', '-n', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tb 2\n     2\ta 10\n     3\tB 1\n     4\tc 2\n     5\ta 3\n     6\t\n     7\t_x 5\n',
      stderr: 'cat: nofile: No such file or directory\ncat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -s n - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-s', 'n', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'one:1\ntwo:2\nthree:3\nfour:4\nx y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat nofile -n a n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'nofile', '-n', 'a', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout:
        '     1\tb 2\n     2\ta 10\n     3\tB 1\n     4\tc 2\n     5\ta 3\n     6\t\n     7\t_x 5\n     8\tone:1\n     9\ttwo:2\n    10\tthree:3\n    11\tfour:4\n',
      stderr: 'cat: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cat -A - a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', '-', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y$\nx y$\nz 1$\nb 2$\na 10$\nB 1$\nc 2$\na 3$\n$\n_x 5$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -A -T - -A <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', '-T', '-', '-A'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y$\nx y$\nz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat dir -A - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'dir', '-A', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y$\nx y$\nz 1$\n',
      stderr: 'cat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat dir -A <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'dir', '-A'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat nofile <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'nofile'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'cat: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat a <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -n -T a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n', '-T', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tb 2\n     2\ta 10\n     3\tB 1\n     4\tc 2\n     5\ta 3\n     6\t\n     7\t_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -T -b -E a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-T', '-b', '-E', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tb 2$\n     2\ta 10$\n     3\tB 1$\n     4\tc 2$\n     5\ta 3$\n$\n     6\t_x 5$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -A -E -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', '-E', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y$\n     2\tx y$\n     3\tz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -b n -s -E <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b', 'n', '-s', '-E'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tone:1$\n     2\ttwo:2$\n     3\tthree:3$\n     4\tfour:4$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -b -n nofile a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b', '-n', 'nofile', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tb 2\n     2\ta 10\n     3\tB 1\n     4\tc 2\n     5\ta 3\n\n     6\t_x 5\n',
      stderr: 'cat: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cat -b -E -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b', '-E', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '     1\tx y$\n     2\tx y$\n     3\tz 1$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 10 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -w 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n2\n3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -w -f 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '-f', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq %g , -s 10 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g', ',', '-s', '10'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: extra operand ‘10’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 0.5 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -1 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 2 10 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '2', '10', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -f -s 0.5 0.5 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-f', '-s', '0.5', '0.5'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: 'seq: format ‘-s’ has no % directive\n',
      exit: 1,
    });
  });
  it('seq %g -f -f -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g', '-f', '-f', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: extra operand ‘-1’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -1 -1 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-1', '-1'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '-1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 10 <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq %g <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 0.5 , <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0.5', ','], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘,’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 1 2 -1 10 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1', '2', '-1', '10'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: extra operand ‘10’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 2 2 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '2', '2'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 10 <<< "x y\\nx y\\nz 1\\n" (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq %g <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '%g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -w -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -1 -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-1', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘-s’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -w 3 <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '1\n2\n3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -f -1 -w <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-f', '-1', '-w'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 0.5 , 3 <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0.5', ',', '3'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘,’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 3 %g <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '3', '%g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘%g’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('sed n a s/(.) (.)/\\2 \\1/ s/[0-9]/N/g <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['sed', 'n', 'a', 's/(.) (.)/\\2 \\1/', 's/[0-9]/N/g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
      stderr:
        "sed: can't read s/(.) (.)/\\2 \\1/: No such file or directory\nsed: can't read s/[0-9]/N/g: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed - $p y/xz/ZX/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-', '$p', 'y/xz/ZX/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: unknown command: `-'\n",
      exit: 1,
    });
  });
  it('sed 1d s/(.) (.)/\\2 \\1/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d', 's/(.) (.)/\\2 \\1/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read s/(.) (.)/\\2 \\1/: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed 1!G;h;$!d y/xz/ZX/ a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1!G;h;$!d', 'y/xz/ZX/', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '_x 5\n\na 3\nc 2\nB 1\na 10\nb 2\n',
      stderr: "sed: can't read y/xz/ZX/: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed -e 1d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-e', '1d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1!G;h;$!d n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1!G;h;$!d', 'n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'four:4\nthree:3\ntwo:2\none:1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/x/X/ /x/d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/x/X/', '/x/d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read /x/d: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed n - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'n', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed y/xz/ZX/ 2q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'y/xz/ZX/', '2q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: can't read 2q: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed -E a y/xz/ZX/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 'a', 'y/xz/ZX/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: expected \\ after `a', `c' or `i'\n",
      exit: 1,
    });
  });
  it('sed /x/d -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/x/d', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /x/d 1d - - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/x/d', '1d', '-', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'z 1\n',
      stderr: "sed: can't read 1d: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed -s -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-s', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed - <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: unknown command: `-'\n",
      exit: 1,
    });
  });
  it('sed s/(.) (.)/\\2 \\1/ s/x/X/ s/[0-9]/N/g <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['sed', 's/(.) (.)/\\2 \\1/', 's/x/X/', 's/[0-9]/N/g'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 16: invalid reference \\2 on `s' command's RHS\n",
      exit: 1,
    });
  });
  it('sed 1d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed a -n /x/d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'a', '-n', '/x/d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: expected \\ after `a', `c' or `i'\n",
      exit: 1,
    });
  });
  it('sed p s/(.) (.)/\\2 \\1/ s/[0-9]/N/g a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['sed', 'p', 's/(.) (.)/\\2 \\1/', 's/[0-9]/N/g', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({
      stdout: 'b 2\nb 2\na 10\na 10\nB 1\nB 1\nc 2\nc 2\na 3\na 3\n\n\n_x 5\n_x 5\n',
      stderr:
        "sed: can't read s/(.) (.)/\\2 \\1/: No such file or directory\nsed: can't read s/[0-9]/N/g: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed 1d s/(.) (.)/\\2 \\1/ a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d', 's/(.) (.)/\\2 \\1/', 'a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      {
        stdout: 'a 10\nB 1\nc 2\na 3\n\n_x 5\n',
        stderr: "sed: can't read s/(.) (.)/\\2 \\1/: No such file or directory\n",
        exit: 2,
      },
    );
  });
  it('sed 1d n 1d 2q <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d', 'n', '1d', '2q'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'two:2\nthree:3\nfour:4\n',
      stderr:
        "sed: can't read 1d: No such file or directory\nsed: can't read 2q: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed 1d -n <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d', '-n'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('sed $p <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '$p'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x y\nx y\nz 1\nz 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /x/d /x/d 1!G;h;$!d <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/x/d', '/x/d', '1!G;h;$!d'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr:
        "sed: can't read /x/d: No such file or directory\nsed: can't read 1!G;h;$!d: No such file or directory\n",
      exit: 2,
    });
  });
  it('basename .txt / -a -a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '.txt', '/', '-a', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘-a’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename .txt / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '.txt', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename x/ c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename -a -s / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-a', '-s', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename /a/b -a / / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b', '-a', '/', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘/’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename / /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename / /a/b -a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/', '/a/b', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘-a’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename x/ /a/b -s .txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', '/a/b', '-s', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual(
      {
        stdout: '',
        stderr: "basename: extra operand ‘-s’\nTry 'basename --help' for more information.\n",
        exit: 1,
      },
    );
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename -a c.txt c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-a', 'c.txt', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'c.txt\nc.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename x/ c.txt .txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', 'c.txt', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘.txt’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename -a <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename -s .txt .txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-s', '.txt', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename .txt x/ /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '.txt', 'x/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘/a/b’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename x/ c.txt <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /a/b <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /a/b -s -a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b', '-s', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘-a’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename /a/b c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/a/b', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename .txt <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: option requires an argument -- 's'\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename -s <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: option requires an argument -- 's'\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename -s -s c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '-s', '-s', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename c.txt .txt -a <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'c.txt', '.txt', '-a'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘-a’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename x/ -s <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['basename', 'x/', '-s'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname / x/ / / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/', 'x/', '/', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n.\n/\n/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname //x//y /a/b <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '//x//y', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '//x\n/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname c.txt / /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt', '/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n/\n/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname c.txt <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname //x//y //x//y x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '//x//y', '//x//y', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '//x\n//x\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ / c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/', '/', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n/\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname //x//y c.txt / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '//x//y', 'c.txt', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '//x\n.\n/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname c.txt //x//y x/ //x//y <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['dirname', 'c.txt', '//x//y', 'x/', '//x//y'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({ stdout: '.\n//x\n.\n//x\n', stderr: '', exit: 0 });
  });
  it('dirname /a/b c.txt //x//y c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['dirname', '/a/b', 'c.txt', '//x//y', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({ stdout: '/a\n.\n//x\n.\n', stderr: '', exit: 0 });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname c.txt <<< "x y\\nx y\\nz 1\\n" (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ //x//y <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/', '//x//y'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n//x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b / / /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', '/', '/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n/\n/\n/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname //x//y //x//y x/ /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['dirname', '//x//y', '//x//y', 'x/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' }),
    ).toEqual({ stdout: '//x\n//x\n.\n/a\n', stderr: '', exit: 0 });
  });
  it('dirname / <<< "x y\\nx y\\nz 1\\n" (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname c.txt /a/b //x//y <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'c.txt', '/a/b', '//x//y'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n/a\n//x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname //x//y / c.txt <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '//x//y', '/', 'c.txt'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '//x\n/\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname x/ x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', 'x/', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b //x//y x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', '//x//y', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n//x\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b x/ /a/b <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b', 'x/', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n.\n/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname /a/b <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/a/b'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname / /a/b / <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/', '/a/b', '/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n/a\n/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('dirname <<< "x y\\nx y\\nz 1\\n" (again) (again) (again) (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname / c.txt x/ <<< "x y\\nx y\\nz 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['dirname', '/', 'c.txt', 'x/'], { cwd: '/w', stdin: 'x y\nx y\nz 1\n' })).toEqual({
      stdout: '/\n.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
});
