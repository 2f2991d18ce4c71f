/**
 * cut
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/cu': 'a:b:c:d:e:f:g\nnocolon\nx:y\n',
  '/w/tabs': 'a\tb\tc\n1\t2\n',
  '/w/dir/': '',
};

describe('cut', () => {
  it('cut -d: -f1,3-5,7- cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-f1,3-5,7-', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'a:c:d:e:g\nnocolon\nx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d: -f2 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-f2', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'b\nnocolon\ny\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d: -s -f2 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-s', '-f2', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'b\ny\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d: -f2,3 --output-delimiter= |  cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-f2,3', '--output-delimiter= | ', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'b | c\nnocolon\ny\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -c1-3 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c1-3', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'a:b\nnoc\nx:y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -c2,4 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c2,4', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '::\noo\n:\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -c-2 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c-2', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'a:\nno\nx:\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -c 3- cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c', '3-', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'b:c:d:e:f:g\ncolon\ny\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -f1 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'a:b:c:d:e:f:g\nnocolon\nx:y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -d: cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f0 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f0', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f3-1 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f3-1', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cut: invalid decreasing range\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -d ab -f1 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d', 'ab', '-f1', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f x cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f', 'x', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cut: invalid field value ‘x’\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -f1,1,2 -d: cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1,1,2', '-d:', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'a:b\nnocolon\nx:y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -f 2- -d   <<< "a  b c\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f', '2-', '-d', ' '], { cwd: '/w', stdin: 'a  b c\n' })).toEqual({
      stdout: ' b c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d: -f1 -c1 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d:', '-f1', '-c1', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cut: only one list may be specified\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut --complement -d: -f2 cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '--complement', '-d:', '-f2', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'a:c:d:e:f:g\nnocolon\nx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -f-2 -d: cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f-2', '-d:', 'cu'], { cwd: '/w' })).toEqual({
      stdout: 'a:b\nnocolon\nx:y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -f2 tabs', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f2', 'tabs'], { cwd: '/w' })).toEqual({ stdout: 'b\n2\n', stderr: '', exit: 0 });
  });
  it('cut -f1 nofile tabs', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1', 'nofile', 'tabs'], { cwd: '/w' })).toEqual({
      stdout: 'a\n1\n',
      stderr: 'cut: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cut -f1 dir', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-f1', 'dir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'cut: dir: Is a directory\n',
      exit: 1,
    });
  });
  it('cut -d   -f 2 <<< "10.0.0.1 dev eth0\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d', ' ', '-f', '2'], { cwd: '/w', stdin: '10.0.0.1 dev eth0\n' })).toEqual({
      stdout: 'dev\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -c 1-5 <<< "abcdefgh"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c', '1-5'], { cwd: '/w', stdin: 'abcdefgh' })).toEqual({
      stdout: 'abcde\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cut -d: -f 1,3 <<< "root:x:0:0:root:/roo"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['cut', '-d:', '-f', '1,3'], { cwd: '/w', stdin: 'root:x:0:0:root:/root:/bin/bash\n' }),
    ).toEqual({ stdout: 'root:0\n', stderr: '', exit: 0 });
  });
  it('cut -c1 -d: cu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-c1', '-d:', 'cu'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n",
      exit: 1,
    });
  });
  it('cut -d  -f1 <<< "a b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cut', '-d', '', '-f1'], { cwd: '/w', stdin: 'a b\n' })).toEqual({
      stdout: 'a b\n',
      stderr: '',
      exit: 0,
    });
  });
});
