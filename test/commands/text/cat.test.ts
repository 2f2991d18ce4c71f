/**
 * cat
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/f': 'a\nb\n',
  '/w/g': 'a\tb\n\nc\u0001 é',
  '/w/blank': 'a\n\n\n\nb\n',
  '/w/dir/': '',
};

describe('cat', () => {
  it('cat f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'f'], { cwd: '/w' })).toEqual({ stdout: 'a\nb\n', stderr: '', exit: 0 });
  });
  it('cat f g', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'f', 'g'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\na\tb\n\nc\u0001 é',
      stderr: '',
      exit: 0,
    });
  });
  it('cat dir f nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'dir', 'f', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\n',
      stderr: 'cat: dir: Is a directory\ncat: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('cat -n f g', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n', 'f', 'g'], { cwd: '/w' })).toEqual({
      stdout: '     1\ta\n     2\tb\n     3\ta\tb\n     4\t\n     5\tc\u0001 é',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -A g', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-A', 'g'], { cwd: '/w' })).toEqual({
      stdout: 'a^Ib$\n$\nc^A^? M-CM-)',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -b g', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-b', 'g'], { cwd: '/w' })).toEqual({
      stdout: '     1\ta\tb\n\n     2\tc\u0001 é',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -s -n blank', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-s', '-n', 'blank'], { cwd: '/w' })).toEqual({
      stdout: '     1\ta\n     2\t\n     3\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -E f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-E', 'f'], { cwd: '/w' })).toEqual({ stdout: 'a$\nb$\n', stderr: '', exit: 0 });
  });
  it('cat -T g', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-T', 'g'], { cwd: '/w' })).toEqual({
      stdout: 'a^Ib\n\nc\u0001 é',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -v g', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-v', 'g'], { cwd: '/w' })).toEqual({
      stdout: 'a\tb\n\nc^A^? M-CM-)',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cat: invalid option -- 'x'\nTry 'cat --help' for more information.\n",
      exit: 1,
    });
  });
  it('cat --number-nonblank f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '--number-nonblank', 'f'], { cwd: '/w' })).toEqual({
      stdout: '     1\ta\n     2\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat <<< "from stdin\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat'], { cwd: '/w', stdin: 'from stdin\n' })).toEqual({
      stdout: 'from stdin\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat f - f <<< "IN\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', 'f', '-', 'f'], { cwd: '/w', stdin: 'IN\n' })).toEqual({
      stdout: 'a\nb\nIN\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat --foo', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '--foo'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cat: unrecognized option '--foo'\nTry 'cat --help' for more information.\n",
      exit: 1,
    });
  });
  it('cat -n g f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-n', 'g', 'f'], { cwd: '/w' })).toEqual({
      stdout: '     1\ta\tb\n     2\t\n     3\tc\u0001 éa\n     4\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('cat -et g', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['cat', '-et', 'g'], { cwd: '/w' })).toEqual({
      stdout: 'a^Ib$\n$\nc^A^? M-CM-)',
      stderr: '',
      exit: 0,
    });
  });
});
