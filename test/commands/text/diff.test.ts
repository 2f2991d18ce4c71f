/**
 * diff (GNU diffutils 3.8). Expected output observed from the real tool on
 * Debian 12 (LANG=C.UTF-8, TZ=UTC); golden case fnd-41-diff covers more.
 */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../../helpers.js';
import { CAPTURED } from './diff-captured.js';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/x': 'a\nb\nc\n',
  '/w/y': 'a\nB\nc\nd\n',
  '/w/n': 'a',
  '/w/d1/': '',
  '/w/d2/': '',
  '/w/d1/f': 'x\n',
  '/w/d2/f': 'y\n',
};

const lines = (s: string) => [...s].map((c) => `${c}\n`).join('');

describe('diff', () => {
  it('matches GNU diff on captured random inputs (normal and unified)', () => {
    for (const [a, b, normal, unified] of CAPTURED) {
      const sb = new Sandbox({ '/w/': '', '/w/a': lines(a), '/w/b': lines(b) });
      expect(sb.run('diff a b', { cwd: '/w' }), `${a} vs ${b}`).toEqual({
        stdout: normal,
        stderr: '',
        exit: 1,
      });
      expect(sb.run('diff -U2 -L a -L b a b', { cwd: '/w' }), `${a} vs ${b} -u`).toEqual({
        stdout: unified,
        stderr: '',
        exit: 1,
      });
    }
  });

  it('prints the files’ times in the unified header', () => {
    const s = caseSession();
    run(s, "printf 'a\\nb\\nc\\n' > /tmp/x; printf 'a\\nB\\nc\\nd\\n' > /tmp/y");
    const r = run(s, 'diff -u /tmp/x /tmp/y');
    expect(r.out).toMatch(
      /^--- \/tmp\/x\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000\n\+\+\+ \/tmp\/y\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000\n@@ -1,3 \+1,4 @@\n a\n-b\n\+B\n c\n\+d\n$/,
    );
    expect(r.exit).toBe(1);
  });

  it('marks a last line without a newline', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run('diff x n', { cwd: '/w' })).toEqual({
      stdout: '1,3c1\n< a\n< b\n< c\n---\n> a\n\\ No newline at end of file\n',
      stderr: '',
      exit: 1,
    });
  });

  it('reads stdin for - and process substitution paths', () => {
    const s = caseSession();
    run(s, "printf 'a\\nb\\nc\\n' > /tmp/x");
    expect(run(s, 'echo a | diff - /tmp/x')).toEqual({ out: '1a2,3\n> b\n> c\n', err: '', exit: 1 });
    expect(run(s, 'diff <(echo a) <(echo b)')).toEqual({ out: '1c1\n< a\n---\n> b\n', err: '', exit: 1 });
    expect(run(s, 'diff <(echo a) <(echo a)')).toEqual({ out: '', err: '', exit: 0 });
  });

  it('-q, -s and the exit status', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run('diff -q x y', { cwd: '/w' })).toEqual({
      stdout: 'Files x and y differ\n',
      stderr: '',
      exit: 1,
    });
    expect(sb.run('diff -s x x', { cwd: '/w' })).toEqual({
      stdout: 'Files x and x are identical\n',
      stderr: '',
      exit: 0,
    });
    expect(sb.run('diff x x', { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });

  it('compares a file with the same name in a directory, and directories', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run('diff d1/f d2', { cwd: '/w' })).toEqual({
      stdout: '1c1\n< x\n---\n> y\n',
      stderr: '',
      exit: 1,
    });
    expect(sb.run('diff -u -L a -L b d1 d2', { cwd: '/w' })).toEqual({
      stdout: 'diff -u -L a -L b d1/f d2/f\n--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n',
      stderr: '',
      exit: 1,
    });
  });

  it('operand and option errors exit 2', () => {
    const sb = new Sandbox(FILES);
    const hint = "diff: Try 'diff --help' for more information.\n";
    expect(sb.run('diff x', { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: `diff: missing operand after 'x'\n${hint}`,
      exit: 2,
    });
    expect(sb.run('diff x y z', { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: `diff: extra operand 'z'\n${hint}`,
      exit: 2,
    });
    expect(sb.run('diff nope x', { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'diff: nope: No such file or directory\n',
      exit: 2,
    });
    expect(sb.run('diff -y -u x y', { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: `diff: conflicting output style options\n${hint}`,
      exit: 2,
    });
    expect(sb.run('diff --un x y', { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: `diff: option '--un' is ambiguous; possibilities: '--unchanged-group-format' '--unchanged-line-format' '--unidirectional-new-file' '--unified'\n${hint}`,
      exit: 2,
    });
  });
});
