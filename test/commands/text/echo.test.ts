/**
 * echo (bash builtin)
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (bash 5.2, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
};

describe('echo (bash builtin)', () => {
  it('echo a b  c', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', 'a', 'b  c'], { cwd: '/w' })).toEqual({ stdout: 'a b  c\n', stderr: '', exit: 0 });
  });
  it('echo', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo'], { cwd: '/w' })).toEqual({ stdout: '\n', stderr: '', exit: 0 });
  });
  it('echo -n a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-n', 'a'], { cwd: '/w' })).toEqual({ stdout: 'a', stderr: '', exit: 0 });
  });
  it('echo -e a\\tb\\nc\\\\d\\x41\\0101\\101', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-e', 'a\\tb\\nc\\\\d\\x41\\0101\\101'], { cwd: '/w' })).toEqual({
      stdout: 'a\tb\nc\\dAA\\101\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo -E a\\tb', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-E', 'a\\tb'], { cwd: '/w' })).toEqual({
      stdout: 'a\\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo -ne x\\n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-ne', 'x\\n'], { cwd: '/w' })).toEqual({ stdout: 'x\n', stderr: '', exit: 0 });
  });
  it('echo -n -e y\\n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-n', '-e', 'y\\n'], { cwd: '/w' })).toEqual({
      stdout: 'y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo -x a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-x', 'a'], { cwd: '/w' })).toEqual({ stdout: '-x a\n', stderr: '', exit: 0 });
  });
  it('echo - a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-', 'a'], { cwd: '/w' })).toEqual({ stdout: '- a\n', stderr: '', exit: 0 });
  });
  it('echo -- a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '--', 'a'], { cwd: '/w' })).toEqual({ stdout: '-- a\n', stderr: '', exit: 0 });
  });
  it('echo -e ab\\cde', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-e', 'ab\\cde'], { cwd: '/w' })).toEqual({ stdout: 'ab', stderr: '', exit: 0 });
  });
  it('echo -eE a\\tb', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-eE', 'a\\tb'], { cwd: '/w' })).toEqual({
      stdout: 'a\\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo -Ee a\\tb', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-Ee', 'a\\tb'], { cwd: '/w' })).toEqual({
      stdout: 'a\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo a\\tb', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', 'a\\tb'], { cwd: '/w' })).toEqual({ stdout: 'a\\tb\n', stderr: '', exit: 0 });
  });
  it('echo -e \\u00e9 \\U0001F600', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-e', '\\u00e9 \\U0001F600'], { cwd: '/w' })).toEqual({
      stdout: 'é 😀\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo -e \\z \\', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-e', '\\z \\'], { cwd: '/w' })).toEqual({
      stdout: '\\z \\\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo -e a\\x b', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-e', 'a\\x', 'b'], { cwd: '/w' })).toEqual({
      stdout: 'a\\x b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('echo -n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', '-n'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('echo a -n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['echo', 'a', '-n'], { cwd: '/w' })).toEqual({ stdout: 'a -n\n', stderr: '', exit: 0 });
  });
});
