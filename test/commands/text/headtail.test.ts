/**
 * head and tail
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/s': '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
  '/w/f': 'a\nb\n',
  '/w/nonl': 'x\ny',
  '/w/dir/': '',
};

describe('head and tail', () => {
  it('head s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -3 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-3', 's'], { cwd: '/w' })).toEqual({ stdout: '1\n2\n3\n', stderr: '', exit: 0 });
  });
  it('head -n -9 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '-9', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c 5 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c', '5', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c -20 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c', '-20', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3\n4',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n 2 s f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '2', 's', 'f'], { cwd: '/w' })).toEqual({
      stdout: '==> s <==\n1\n2\n\n==> f <==\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -q -n1 s f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-q', '-n1', 's', 'f'], { cwd: '/w' })).toEqual({
      stdout: '1\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -v -n1 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-v', '-n1', 's'], { cwd: '/w' })).toEqual({
      stdout: '==> s <==\n1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n abc s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', 'abc', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'head: invalid number of lines: ‘abc’\n',
      exit: 1,
    });
  });
  it('head -n 2 nofile s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '2', 'nofile', 's'], { cwd: '/w' })).toEqual({
      stdout: '==> s <==\n1\n2\n',
      stderr: "head: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('head -n1 nonl', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n1', 'nonl'], { cwd: '/w' })).toEqual({ stdout: 'x\n', stderr: '', exit: 0 });
  });
  it('head -n 1k s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '1k', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n 0 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '0', 's'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('head --lines=2 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '--lines=2', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -2v s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-2v', 's'], { cwd: '/w' })).toEqual({
      stdout: '==> s <==\n1\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n +2 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '+2', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -c 2k s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c', '2k', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n -0 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '-0', 's'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -5c s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-5c', 's'], { cwd: '/w' })).toEqual({ stdout: '1\n2\n3', stderr: '', exit: 0 });
  });
  it('head -n  s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'head: invalid number of lines: ‘’\n',
      exit: 1,
    });
  });
  it('head -c x s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-c', 'x', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'head: invalid number of bytes: ‘x’\n',
      exit: 1,
    });
  });
  it('head -1 -2 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-1', '-2', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "head: invalid trailing option -- 2\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head -n 99999999999999999999 f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '99999999999999999999', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        'head: invalid number of lines: ‘99999999999999999999’: Value too large for defined data type\n',
      exit: 1,
    });
  });
  it('head -n 1 - s <<< "a\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '1', '-', 's'], { cwd: '/w', stdin: 'a\nb\n' })).toEqual({
      stdout: '==> standard input <==\na\n\n==> s <==\n1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head dir f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', 'dir', 'f'], { cwd: '/w' })).toEqual({
      stdout: '==> dir <==\n\n==> f <==\na\nb\n',
      stderr: "head: error reading 'dir': Is a directory\n",
      exit: 1,
    });
  });
  it('head -x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "head: invalid option -- 'x'\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head --lines', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '--lines'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "head: option '--lines' requires an argument\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head -n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head --verbose=3 f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '--verbose=3', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "head: option '--verbose' doesn't allow an argument\nTry 'head --help' for more information.\n",
      exit: 1,
    });
  });
  it('head -n2 <<< "1\\n2\\n3\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n2'], { cwd: '/w', stdin: '1\n2\n3\n' })).toEqual({
      stdout: '1\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('head -n -1 <<< "1\\n2\\n3"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['head', '-n', '-1'], { cwd: '/w', stdin: '1\n2\n3' })).toEqual({
      stdout: '1\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 's'], { cwd: '/w' })).toEqual({
      stdout: '3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -3 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-3', 's'], { cwd: '/w' })).toEqual({
      stdout: '10\n11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n +10 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '+10', 's'], { cwd: '/w' })).toEqual({
      stdout: '10\n11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -c 4 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-c', '4', 's'], { cwd: '/w' })).toEqual({
      stdout: '\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n 2 s f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '2', 's', 'f'], { cwd: '/w' })).toEqual({
      stdout: '==> s <==\n11\n12\n\n==> f <==\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail +11 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '+11', 's'], { cwd: '/w' })).toEqual({ stdout: '11\n12\n', stderr: '', exit: 0 });
  });
  it('tail -n1 nonl', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n1', 'nonl'], { cwd: '/w' })).toEqual({ stdout: 'y', stderr: '', exit: 0 });
  });
  it('tail -c +20 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-c', '+20', 's'], { cwd: '/w' })).toEqual({
      stdout: '0\n11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n x s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', 'x', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'tail: invalid number of lines: ‘x’\n',
      exit: 1,
    });
  });
  it('tail -n 0 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '0', 's'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('tail -c -3 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-c', '-3', 's'], { cwd: '/w' })).toEqual({ stdout: '12\n', stderr: '', exit: 0 });
  });
  it('tail -n -2 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '-2', 's'], { cwd: '/w' })).toEqual({
      stdout: '11\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n 1 - s <<< "a\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '1', '-', 's'], { cwd: '/w', stdin: 'a\nb\n' })).toEqual({
      stdout: '==> standard input <==\nb\n\n==> s <==\n12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -1c s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-1c', 's'], { cwd: '/w' })).toEqual({ stdout: '\n', stderr: '', exit: 0 });
  });
  it('tail -n 2 nofile s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '2', 'nofile', 's'], { cwd: '/w' })).toEqual({
      stdout: '==> s <==\n11\n12\n',
      stderr: "tail: cannot open 'nofile' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail -c x s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-c', 'x', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'tail: invalid number of bytes: ‘x’\n',
      exit: 1,
    });
  });
  it('tail -r s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-r', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "tail: invalid option -- 'r'\nTry 'tail --help' for more information.\n",
      exit: 1,
    });
  });
  it('tail -2 -3 s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-2', '-3', 's'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'tail: option used in invalid context -- 2\n',
      exit: 1,
    });
  });
  it('tail -n +0 f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '+0', 'f'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail +x s', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '+x', 's'], { cwd: '/w' })).toEqual({
      stdout: '==> s <==\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
      stderr: "tail: cannot open '+x' for reading: No such file or directory\n",
      exit: 1,
    });
  });
  it('tail dir', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', 'dir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "tail: error reading 'dir': Is a directory\n",
      exit: 1,
    });
  });
  it('tail -n 2 <<< "1\\n2\\n3\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '2'], { cwd: '/w', stdin: '1\n2\n3\n' })).toEqual({
      stdout: '2\n3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "tail: option requires an argument -- 'n'\nTry 'tail --help' for more information.\n",
      exit: 1,
    });
  });
  it('tail -q -n1 s f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-q', '-n1', 's', 'f'], { cwd: '/w' })).toEqual({
      stdout: '12\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tail -n +2 <<< "HEADER\\nrow1\\nrow2\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tail', '-n', '+2'], { cwd: '/w', stdin: 'HEADER\nrow1\nrow2\n' })).toEqual({
      stdout: 'row1\nrow2\n',
      stderr: '',
      exit: 0,
    });
  });
});
