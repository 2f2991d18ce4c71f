/**
 * ls
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 * Output is not a terminal here (one name per line) unless -C/-x are given with -w.
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/a': '',
  '/w/b': '',
  '/w/c.txt': 'hello\n',
  '/w/d/sub/': '',
  '/w/d/f':
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  '/w/.hid/': '',
  '/w/Zed': '',
  '/w/lnk -> c.txt': '',
  '/w/dl -> d': '',
  '/w/many/': '',
  '/w/many/file_number_1': '',
  '/w/many/file_number_2': '',
  '/w/many/file_number_3': '',
  '/w/many/file_number_4': '',
  '/w/many/file_number_5': '',
  '/w/many/file_number_6': '',
  '/w/many/file_number_7': '',
  '/w/many/file_number_8': '',
  '/w/many/file_number_9': '',
  '/w/many/file_number_10': '',
  '/w/many/file_number_11': '',
  '/w/many/file_number_12': '',
  '/w/many/file_number_13': '',
  '/w/many/file_number_14': '',
  '/w/many/file_number_15': '',
  '/w/many/file_number_16': '',
  '/w/many/file_number_17': '',
  '/w/many/file_number_18': '',
  '/w/many/file_number_19': '',
  '/w/many/file_number_20': '',
  '/w/many/file_number_21': '',
  '/w/many/file_number_22': '',
  '/w/many/file_number_23': '',
  '/w/many/file_number_24': '',
  '/w/many/file_number_25': '',
  '/w/many/file_number_26': '',
  '/w/many/file_number_27': '',
  '/w/many/file_number_28': '',
  '/w/many/file_number_29': '',
  '/w/many/file_number_30': '',
  '/w/cols/a': '',
  '/w/cols/bb': '',
  '/w/cols/ccc': '',
  '/w/cols/dddd': '',
};
const MODES: Record<string, number> = { '/w/b': 493, '/w/d/sub': 448 };

describe('ls', () => {
  it('ls', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls'], { cwd: '/w' })).toEqual({
      stdout: 'Zed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -a', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-a'], { cwd: '/w' })).toEqual({
      stdout: '.\n..\n.hid\nZed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -A', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-A'], { cwd: '/w' })).toEqual({
      stdout: '.hid\nZed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -l', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-l'], { cwd: '/w' })).toEqual({
      stdout:
        'total 16\n-rw-r--r-- 1 root root    0 Nov 21 09:00 Zed\n-rw-r--r-- 1 root root    0 Nov 21 09:00 a\n-rwxr-xr-x 1 root root    0 Nov 21 09:00 b\n-rw-r--r-- 1 root root    6 Nov 21 09:00 c.txt\ndrwxr-xr-x 2 root root 4096 Nov 21 09:00 cols\ndrwxr-xr-x 3 root root 4096 Nov 21 09:00 d\nlrwxrwxrwx 1 root root    1 Nov 21 09:00 dl -> d\nlrwxrwxrwx 1 root root    5 Nov 21 09:00 lnk -> c.txt\ndrwxr-xr-x 2 root root 4096 Nov 21 09:00 many\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -la d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-la', 'd'], { cwd: '/w' })).toEqual({
      stdout:
        'total 20\ndrwxr-xr-x 3 root root 4096 Nov 21 09:00 .\ndrwxr-xr-x 6 root root 4096 Nov 21 09:00 ..\n-rw-r--r-- 1 root root 5000 Nov 21 09:00 f\ndrwx------ 2 root root 4096 Nov 21 09:00 sub\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -1', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-1'], { cwd: '/w' })).toEqual({
      stdout: 'Zed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -d d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-d', 'd'], { cwd: '/w' })).toEqual({ stdout: 'd\n', stderr: '', exit: 0 });
  });
  it('ls -ld d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-ld', 'd'], { cwd: '/w' })).toEqual({
      stdout: 'drwxr-xr-x 3 root root 4096 Nov 21 09:00 d\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls x', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "ls: cannot access 'x': No such file or directory\n",
      exit: 2,
    });
  });
  it('ls a x', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', 'a', 'x'], { cwd: '/w' })).toEqual({
      stdout: 'a\n',
      stderr: "ls: cannot access 'x': No such file or directory\n",
      exit: 2,
    });
  });
  it('ls d a', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', 'd', 'a'], { cwd: '/w' })).toEqual({
      stdout: 'a\n\nd:\nf\nsub\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -R d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-R', 'd'], { cwd: '/w' })).toEqual({
      stdout: 'd:\nf\nsub\n\nd/sub:\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -l lnk', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-l', 'lnk'], { cwd: '/w' })).toEqual({
      stdout: 'lrwxrwxrwx 1 root root 5 Nov 21 09:00 lnk -> c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -F', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-F'], { cwd: '/w' })).toEqual({
      stdout: 'Zed\na\nb*\nc.txt\ncols/\nd/\ndl@\nlnk@\nmany/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -lh d/f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-lh', 'd/f'], { cwd: '/w' })).toEqual({
      stdout: '-rw-r--r-- 1 root root 4.9K Nov 21 09:00 d/f\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -l --time-style=long-iso c.txt', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-l', '--time-style=long-iso', 'c.txt'], { cwd: '/w' })).toEqual({
      stdout: '-rw-r--r-- 1 root root 6 2026-11-21 09:00 c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -r', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-r'], { cwd: '/w' })).toEqual({
      stdout: 'many\nlnk\ndl\nd\ncols\nc.txt\nb\na\nZed\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -S', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-S'], { cwd: '/w' })).toEqual({
      stdout: 'cols\nd\nmany\nc.txt\nlnk\ndl\nZed\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -l d cols', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-l', 'd', 'cols'], { cwd: '/w' })).toEqual({
      stdout:
        'cols:\ntotal 0\n-rw-r--r-- 1 root root 0 Nov 21 09:00 a\n-rw-r--r-- 1 root root 0 Nov 21 09:00 bb\n-rw-r--r-- 1 root root 0 Nov 21 09:00 ccc\n-rw-r--r-- 1 root root 0 Nov 21 09:00 dddd\n\nd:\ntotal 12\n-rw-r--r-- 1 root root 5000 Nov 21 09:00 f\ndrwx------ 2 root root 4096 Nov 21 09:00 sub\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -C -w 80 many', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-C', '-w', '80', 'many'], { cwd: '/w' })).toEqual({
      stdout:
        'file_number_1\tfile_number_15\tfile_number_20\tfile_number_26\tfile_number_4\nfile_number_10\tfile_number_16\tfile_number_21\tfile_number_27\tfile_number_5\nfile_number_11\tfile_number_17\tfile_number_22\tfile_number_28\tfile_number_6\nfile_number_12\tfile_number_18\tfile_number_23\tfile_number_29\tfile_number_7\nfile_number_13\tfile_number_19\tfile_number_24\tfile_number_3\tfile_number_8\nfile_number_14\tfile_number_2\tfile_number_25\tfile_number_30\tfile_number_9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -x -w 80 many', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-x', '-w', '80', 'many'], { cwd: '/w' })).toEqual({
      stdout:
        'file_number_1\tfile_number_10\tfile_number_11\tfile_number_12\tfile_number_13\nfile_number_14\tfile_number_15\tfile_number_16\tfile_number_17\tfile_number_18\nfile_number_19\tfile_number_2\tfile_number_20\tfile_number_21\tfile_number_22\nfile_number_23\tfile_number_24\tfile_number_25\tfile_number_26\tfile_number_27\nfile_number_28\tfile_number_29\tfile_number_3\tfile_number_30\tfile_number_4\nfile_number_5\tfile_number_6\tfile_number_7\tfile_number_8\tfile_number_9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -C -w 20 cols', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-C', '-w', '20', 'cols'], { cwd: '/w' })).toEqual({
      stdout: 'a  bb  ccc  dddd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -C -w 12 cols', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-C', '-w', '12', 'cols'], { cwd: '/w' })).toEqual({
      stdout: 'a   ccc\nbb  dddd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -C -w 40 many', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-C', '-w', '40', 'many'], { cwd: '/w' })).toEqual({
      stdout:
        'file_number_1\tfile_number_23\nfile_number_10\tfile_number_24\nfile_number_11\tfile_number_25\nfile_number_12\tfile_number_26\nfile_number_13\tfile_number_27\nfile_number_14\tfile_number_28\nfile_number_15\tfile_number_29\nfile_number_16\tfile_number_3\nfile_number_17\tfile_number_30\nfile_number_18\tfile_number_4\nfile_number_19\tfile_number_5\nfile_number_2\tfile_number_6\nfile_number_20\tfile_number_7\nfile_number_21\tfile_number_8\nfile_number_22\tfile_number_9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -w 40 many', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-w', '40', 'many'], { cwd: '/w' })).toEqual({
      stdout:
        'file_number_1\nfile_number_10\nfile_number_11\nfile_number_12\nfile_number_13\nfile_number_14\nfile_number_15\nfile_number_16\nfile_number_17\nfile_number_18\nfile_number_19\nfile_number_2\nfile_number_20\nfile_number_21\nfile_number_22\nfile_number_23\nfile_number_24\nfile_number_25\nfile_number_26\nfile_number_27\nfile_number_28\nfile_number_29\nfile_number_3\nfile_number_30\nfile_number_4\nfile_number_5\nfile_number_6\nfile_number_7\nfile_number_8\nfile_number_9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --foo', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--foo'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "ls: unrecognized option '--foo'\nTry 'ls --help' for more information.\n",
      exit: 2,
    });
  });
  it('ls -lF d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-lF', 'd'], { cwd: '/w' })).toEqual({
      stdout:
        'total 12\n-rw-r--r-- 1 root root 5000 Nov 21 09:00 f\ndrwx------ 2 root root 4096 Nov 21 09:00 sub/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -n c.txt', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-n', 'c.txt'], { cwd: '/w' })).toEqual({
      stdout: '-rw-r--r-- 1 0 0 6 Nov 21 09:00 c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls dl', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', 'dl'], { cwd: '/w' })).toEqual({ stdout: 'f\nsub\n', stderr: '', exit: 0 });
  });
  it('ls -l dl', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-l', 'dl'], { cwd: '/w' })).toEqual({
      stdout: 'lrwxrwxrwx 1 root root 1 Nov 21 09:00 dl -> d\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -d d a c.txt', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-d', 'd', 'a', 'c.txt'], { cwd: '/w' })).toEqual({
      stdout: 'a\nc.txt\nd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -lS d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-lS', 'd'], { cwd: '/w' })).toEqual({
      stdout:
        'total 12\n-rw-r--r-- 1 root root 5000 Nov 21 09:00 f\ndrwx------ 2 root root 4096 Nov 21 09:00 sub\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls -R', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-R'], { cwd: '/w' })).toEqual({
      stdout:
        '.:\nZed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n\n./cols:\na\nbb\nccc\ndddd\n\n./d:\nf\nsub\n\n./d/sub:\n\n./many:\nfile_number_1\nfile_number_10\nfile_number_11\nfile_number_12\nfile_number_13\nfile_number_14\nfile_number_15\nfile_number_16\nfile_number_17\nfile_number_18\nfile_number_19\nfile_number_2\nfile_number_20\nfile_number_21\nfile_number_22\nfile_number_23\nfile_number_24\nfile_number_25\nfile_number_26\nfile_number_27\nfile_number_28\nfile_number_29\nfile_number_3\nfile_number_30\nfile_number_4\nfile_number_5\nfile_number_6\nfile_number_7\nfile_number_8\nfile_number_9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls .hid', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '.hid'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('ls -a .hid', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-a', '.hid'], { cwd: '/w' })).toEqual({ stdout: '.\n..\n', stderr: '', exit: 0 });
  });
  it('ls -ld .', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '-ld', '.'], { cwd: '/w' })).toEqual({
      stdout: 'drwxr-xr-x 6 root root 4096 Nov 21 09:00 .\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls cols d/sub', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', 'cols', 'd/sub'], { cwd: '/w' })).toEqual({
      stdout: 'cols:\na\nbb\nccc\ndddd\n\nd/sub:\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always'], { cwd: '/w', env: { TERM: 'xterm-256color' } })).toEqual({
      stdout:
        'Zed\na\n\u001b[0m\u001b[01;32mb\u001b[0m\nc.txt\n\u001b[01;34mcols\u001b[0m\n\u001b[01;34md\u001b[0m\n\u001b[01;36mdl\u001b[0m\n\u001b[01;36mlnk\u001b[0m\n\u001b[01;34mmany\u001b[0m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -l', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', '-l'], { cwd: '/w', env: { TERM: 'xterm-256color' } })).toEqual({
      stdout:
        'total 16\n-rw-r--r-- 1 root root    0 Nov 21 09:00 Zed\n-rw-r--r-- 1 root root    0 Nov 21 09:00 a\n-rwxr-xr-x 1 root root    0 Nov 21 09:00 \u001b[0m\u001b[01;32mb\u001b[0m\n-rw-r--r-- 1 root root    6 Nov 21 09:00 c.txt\ndrwxr-xr-x 2 root root 4096 Nov 21 09:00 \u001b[01;34mcols\u001b[0m\ndrwxr-xr-x 3 root root 4096 Nov 21 09:00 \u001b[01;34md\u001b[0m\nlrwxrwxrwx 1 root root    1 Nov 21 09:00 \u001b[01;36mdl\u001b[0m -> d\nlrwxrwxrwx 1 root root    5 Nov 21 09:00 \u001b[01;36mlnk\u001b[0m -> c.txt\ndrwxr-xr-x 2 root root 4096 Nov 21 09:00 \u001b[01;34mmany\u001b[0m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -C -w 80 many', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(
      sb.run(['ls', '--color=always', '-C', '-w', '80', 'many'], {
        cwd: '/w',
        env: { TERM: 'xterm-256color' },
      }),
    ).toEqual({
      stdout:
        'file_number_1   file_number_15  file_number_20  file_number_26  file_number_4\nfile_number_10  file_number_16  file_number_21  file_number_27  file_number_5\nfile_number_11  file_number_17  file_number_22  file_number_28  file_number_6\nfile_number_12  file_number_18  file_number_23  file_number_29  file_number_7\nfile_number_13  file_number_19  file_number_24  file_number_3   file_number_8\nfile_number_14  file_number_2   file_number_25  file_number_30  file_number_9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -F', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', '-F'], { cwd: '/w', env: { TERM: 'xterm-256color' } })).toEqual({
      stdout:
        'Zed\na\n\u001b[0m\u001b[01;32mb\u001b[0m*\nc.txt\n\u001b[01;34mcols\u001b[0m/\n\u001b[01;34md\u001b[0m/\n\u001b[01;36mdl\u001b[0m@\n\u001b[01;36mlnk\u001b[0m@\n\u001b[01;34mmany\u001b[0m/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -C -w 40', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(
      sb.run(['ls', '--color=always', '-C', '-w', '40'], { cwd: '/w', env: { TERM: 'xterm-256color' } }),
    ).toEqual({
      stdout:
        'Zed  \u001b[0m\u001b[01;32mb\u001b[0m      \u001b[01;34mcols\u001b[0m  \u001b[01;36mdl\u001b[0m   \u001b[01;34mmany\u001b[0m\na    c.txt  \u001b[01;34md\u001b[0m     \u001b[01;36mlnk\u001b[0m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always d dl', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(
      sb.run(['ls', '--color=always', 'd', 'dl'], { cwd: '/w', env: { TERM: 'xterm-256color' } }),
    ).toEqual({
      stdout: 'd:\nf\n\u001b[0m\u001b[01;34msub\u001b[0m\n\ndl:\nf\n\u001b[01;34msub\u001b[0m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -R d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(
      sb.run(['ls', '--color=always', '-R', 'd'], { cwd: '/w', env: { TERM: 'xterm-256color' } }),
    ).toEqual({ stdout: 'd:\nf\n\u001b[0m\u001b[01;34msub\u001b[0m\n\nd/sub:\n', stderr: '', exit: 0 });
  });
  it('ls --color=always (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always'], { cwd: '/w', env: { TERM: 'dumb' } })).toEqual({
      stdout: 'Zed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always (again) (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(
      sb.run(['ls', '--color=always'], { cwd: '/w', env: { TERM: 'dumb', COLORTERM: 'truecolor' } }),
    ).toEqual({
      stdout:
        'Zed\na\n\u001b[0m\u001b[01;32mb\u001b[0m\nc.txt\n\u001b[01;34mcols\u001b[0m\n\u001b[01;34md\u001b[0m\n\u001b[01;36mdl\u001b[0m\n\u001b[01;36mlnk\u001b[0m\n\u001b[01;34mmany\u001b[0m\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always (again) (again) (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always'], { cwd: '/w' })).toEqual({
      stdout: 'Zed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -l (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', '-l'], { cwd: '/w' })).toEqual({
      stdout:
        'total 16\n-rw-r--r-- 1 root root    0 Nov 21 09:00 Zed\n-rw-r--r-- 1 root root    0 Nov 21 09:00 a\n-rwxr-xr-x 1 root root    0 Nov 21 09:00 b\n-rw-r--r-- 1 root root    6 Nov 21 09:00 c.txt\ndrwxr-xr-x 2 root root 4096 Nov 21 09:00 cols\ndrwxr-xr-x 3 root root 4096 Nov 21 09:00 d\nlrwxrwxrwx 1 root root    1 Nov 21 09:00 dl -> d\nlrwxrwxrwx 1 root root    5 Nov 21 09:00 lnk -> c.txt\ndrwxr-xr-x 2 root root 4096 Nov 21 09:00 many\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -C -w 80 many (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', '-C', '-w', '80', 'many'], { cwd: '/w' })).toEqual({
      stdout:
        'file_number_1\tfile_number_15\tfile_number_20\tfile_number_26\tfile_number_4\nfile_number_10\tfile_number_16\tfile_number_21\tfile_number_27\tfile_number_5\nfile_number_11\tfile_number_17\tfile_number_22\tfile_number_28\tfile_number_6\nfile_number_12\tfile_number_18\tfile_number_23\tfile_number_29\tfile_number_7\nfile_number_13\tfile_number_19\tfile_number_24\tfile_number_3\tfile_number_8\nfile_number_14\tfile_number_2\tfile_number_25\tfile_number_30\tfile_number_9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -F (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', '-F'], { cwd: '/w' })).toEqual({
      stdout: 'Zed\na\nb*\nc.txt\ncols/\nd/\ndl@\nlnk@\nmany/\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -C -w 40 (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', '-C', '-w', '40'], { cwd: '/w' })).toEqual({
      stdout: 'Zed  b\t    cols  dl   many\na    c.txt  d\t  lnk\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=auto', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=auto'], { cwd: '/w' })).toEqual({
      stdout: 'Zed\na\nb\nc.txt\ncols\nd\ndl\nlnk\nmany\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=bogus', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=bogus'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "ls: invalid argument ‘bogus’ for ‘--color’\nValid arguments are:\n  - ‘always’, ‘yes’, ‘force’\n  - ‘never’, ‘no’, ‘none’\n  - ‘auto’, ‘tty’, ‘if-tty’\nTry 'ls --help' for more information.\n",
      exit: 1,
    });
  });
  it('ls --color=always d dl (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', 'd', 'dl'], { cwd: '/w' })).toEqual({
      stdout: 'd:\nf\nsub\n\ndl:\nf\nsub\n',
      stderr: '',
      exit: 0,
    });
  });
  it('ls --color=always -R d (again)', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['ls', '--color=always', '-R', 'd'], { cwd: '/w' })).toEqual({
      stdout: 'd:\nf\nsub\n\nd/sub:\n',
      stderr: '',
      exit: 0,
    });
  });
});
