/**
 * uniq
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/un': 'a\na\nb\nA\na\nc\nc\n',
  '/w/dir/': '',
};

describe('uniq', () => {
  it('uniq un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'un'], { cwd: '/w' })).toEqual({ stdout: 'a\nb\nA\na\nc\n', stderr: '', exit: 0 });
  });
  it('uniq -c un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c', 'un'], { cwd: '/w' })).toEqual({
      stdout: '      2 a\n      1 b\n      1 A\n      1 a\n      2 c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -d un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-d', 'un'], { cwd: '/w' })).toEqual({ stdout: 'a\nc\n', stderr: '', exit: 0 });
  });
  it('uniq -u un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-u', 'un'], { cwd: '/w' })).toEqual({ stdout: 'b\nA\na\n', stderr: '', exit: 0 });
  });
  it('uniq -i un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-i', 'un'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\nA\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -ic un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-ic', 'un'], { cwd: '/w' })).toEqual({
      stdout: '      2 a\n      1 b\n      2 A\n      2 c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -D un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-D', 'un'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\nc\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq un out2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'un', 'out2'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/out2')).toBe('a\nb\nA\na\nc\n');
  });
  it('uniq -f1 <<< "x a\\ny a\\nz b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-f1'], { cwd: '/w', stdin: 'x a\ny a\nz b\n' })).toEqual({
      stdout: 'x a\nz b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -s1 <<< "xa\\nya\\nzb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-s1'], { cwd: '/w', stdin: 'xa\nya\nzb\n' })).toEqual({
      stdout: 'xa\nzb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq a b c', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'a', 'b', 'c'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "uniq: extra operand ‘c’\nTry 'uniq --help' for more information.\n",
      exit: 1,
    });
  });
  it('uniq -w1 <<< "ab\\nac\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-w1'], { cwd: '/w', stdin: 'ab\nac\nb\n' })).toEqual({
      stdout: 'ab\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'uniq: nofile: No such file or directory\n',
      exit: 1,
    });
  });
  it('uniq dir', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', 'dir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "uniq: error reading 'dir'\n",
      exit: 1,
    });
  });
  it('uniq -c <<< "x\\nx\\nx\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c'], { cwd: '/w', stdin: 'x\nx\nx\n' })).toEqual({
      stdout: '      3 x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -cd un', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-cd', 'un'], { cwd: '/w' })).toEqual({
      stdout: '      2 a\n      2 c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq -f x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-f', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'uniq: x: invalid number of fields to skip\n',
      exit: 1,
    });
  });
  it('uniq -c <<< "a\\nb"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq', '-c'], { cwd: '/w', stdin: 'a\nb' })).toEqual({
      stdout: '      1 a\n      1 b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('uniq', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['uniq'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
});
