/**
 * mkdir, rmdir, rm, touch, cp, mv
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/f': 'data\n',
  '/w/d/': '',
  '/w/full/x': '1\n',
  '/w/full/sub/y': '2\n',
  '/w/e/': '',
  '/w/x.sh': '#!/bin/sh\n',
};
const MODES: Record<string, number> = { '/w/x.sh': 493 };

describe('mkdir, rmdir, rm, touch, cp, mv', () => {
  it('mkdir d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', 'd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'mkdir: cannot create directory ‘d’: File exists\n',
      exit: 1,
    });
  });
  it('mkdir f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'mkdir: cannot create directory ‘f’: File exists\n',
      exit: 1,
    });
  });
  it('mkdir a/b', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', 'a/b'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'mkdir: cannot create directory ‘a/b’: No such file or directory\n',
      exit: 1,
    });
  });
  it('mkdir -p a/b', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-p', 'a/b'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.isDir('/w/a/')).toBe(true);
    expect(sb.view.isDir('/w/a/b/')).toBe(true);
  });
  it('mkdir -p f/x', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-p', 'f/x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'mkdir: cannot create directory ‘f’: Not a directory\n',
      exit: 1,
    });
  });
  it('mkdir', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mkdir: missing operand\nTry 'mkdir --help' for more information.\n",
      exit: 1,
    });
  });
  it('mkdir -v n1', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-v', 'n1'], { cwd: '/w' })).toEqual({
      stdout: "mkdir: created directory 'n1'\n",
      stderr: '',
      exit: 0,
    });
    expect(sb.view.isDir('/w/n1/')).toBe(true);
  });
  it('mkdir -pv p/q', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-pv', 'p/q'], { cwd: '/w' })).toEqual({
      stdout: "mkdir: created directory 'p'\nmkdir: created directory 'p/q'\n",
      stderr: '',
      exit: 0,
    });
  });
  it('mkdir -p d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-p', 'd'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('mkdir n1 d n2', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', 'n1', 'd', 'n2'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'mkdir: cannot create directory ‘d’: File exists\n',
      exit: 1,
    });
    expect(sb.view.isDir('/w/n1/')).toBe(true);
    expect(sb.view.isDir('/w/n2/')).toBe(true);
  });
  it('mkdir -p d/../g', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-p', 'd/../g'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.isDir('/w/g/')).toBe(true);
  });
  it('mkdir -m 700 mm', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-m', '700', 'mm'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('mkdir -p full/sub/y/z', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mkdir', '-p', 'full/sub/y/z'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'mkdir: cannot create directory ‘full/sub/y’: Not a directory\n',
      exit: 1,
    });
  });
  it('rmdir e', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rmdir', 'e'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.exists('/w/e/')).toBe(false);
  });
  it('rmdir full', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rmdir', 'full'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rmdir: failed to remove 'full': Directory not empty\n",
      exit: 1,
    });
  });
  it('rmdir f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rmdir', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rmdir: failed to remove 'f': Not a directory\n",
      exit: 1,
    });
  });
  it('rmdir nope', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rmdir', 'nope'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rmdir: failed to remove 'nope': No such file or directory\n",
      exit: 1,
    });
  });
  it('rmdir', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rmdir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rmdir: missing operand\nTry 'rmdir --help' for more information.\n",
      exit: 1,
    });
  });
  it('rm nofile', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rm: cannot remove 'nofile': No such file or directory\n",
      exit: 1,
    });
  });
  it('rm d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', 'd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rm: cannot remove 'd': Is a directory\n",
      exit: 1,
    });
  });
  it('rm -r d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-r', 'd'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.exists('/w/d/')).toBe(false);
  });
  it('rm -f nofile', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-f', 'nofile'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('rm', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rm: missing operand\nTry 'rm --help' for more information.\n",
      exit: 1,
    });
  });
  it('rm -f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-f'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('rm -rf full', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-rf', 'full'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.exists('/w/full/')).toBe(false);
    expect(sb.view.exists('/w/full/x')).toBe(false);
  });
  it('rm -v f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-v', 'f'], { cwd: '/w' })).toEqual({
      stdout: "removed 'f'\n",
      stderr: '',
      exit: 0,
    });
    expect(sb.view.exists('/w/f')).toBe(false);
  });
  it('rm -d full', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-d', 'full'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rm: cannot remove 'full': Directory not empty\n",
      exit: 1,
    });
  });
  it('rm -d e', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-d', 'e'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.exists('/w/e/')).toBe(false);
  });
  it('rm full', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', 'full'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rm: cannot remove 'full': Is a directory\n",
      exit: 1,
    });
  });
  it('rm -r nonexist', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-r', 'nonexist'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rm: cannot remove 'nonexist': No such file or directory\n",
      exit: 1,
    });
  });
  it('rm -r .', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-r', '.'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "rm: refusing to remove '.' or '..' directory: skipping '.'\n",
      exit: 1,
    });
  });
  it('rm f nofile d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', 'f', 'nofile', 'd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "rm: cannot remove 'nofile': No such file or directory\nrm: cannot remove 'd': Is a directory\n",
      exit: 1,
    });
  });
  it('rm -rv full', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['rm', '-rv', 'full'], { cwd: '/w' })).toEqual({
      stdout:
        "removed 'full/x'\nremoved 'full/sub/y'\nremoved directory 'full/sub'\nremoved directory 'full'\n",
      stderr: '',
      exit: 0,
    });
  });
  it('touch nodir/x', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['touch', 'nodir/x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "touch: cannot touch 'nodir/x': No such file or directory\n",
      exit: 1,
    });
  });
  it('touch t1', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['touch', 't1'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/t1')).toBe('');
  });
  it('touch -c nope', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['touch', '-c', 'nope'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.exists('/w/nope')).toBe(false);
  });
  it('touch', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['touch'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "touch: missing file operand\nTry 'touch --help' for more information.\n",
      exit: 1,
    });
  });
  it('touch f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['touch', 'f'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/f')).toBe('data\n');
  });
  it('cp', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: missing file operand\nTry 'cp --help' for more information.\n",
      exit: 1,
    });
  });
  it('cp f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: missing destination file operand after 'f'\nTry 'cp --help' for more information.\n",
      exit: 1,
    });
  });
  it('cp nofile x', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'nofile', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: cannot stat 'nofile': No such file or directory\n",
      exit: 1,
    });
  });
  it('cp f g', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'f', 'g'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/g')).toBe('data\n');
  });
  it('cp f d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'f', 'd'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/d/f')).toBe('data\n');
  });
  it('cp full z', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'full', 'z'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: -r not specified; omitting directory 'full'\n",
      exit: 1,
    });
  });
  it('cp -r full z', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', '-r', 'full', 'z'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/z/x')).toBe('1\n');
    expect(sb.view.readFile('/w/z/sub/y')).toBe('2\n');
  });
  it('cp -r full d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', '-r', 'full', 'd'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/d/full/x')).toBe('1\n');
  });
  it('cp f f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'f', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: 'f' and 'f' are the same file\n",
      exit: 1,
    });
  });
  it('cp -r full full/inside', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', '-r', 'full', 'full/inside'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: cannot copy a directory, 'full', into itself, 'full/inside'\n",
      exit: 1,
    });
  });
  it('cp f x.sh nodir', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'f', 'x.sh', 'nodir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: target 'nodir': No such file or directory\n",
      exit: 1,
    });
  });
  it('cp -v f g2', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', '-v', 'f', 'g2'], { cwd: '/w' })).toEqual({
      stdout: "'f' -> 'g2'\n",
      stderr: '',
      exit: 0,
    });
  });
  it('cp f nodir/g', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'f', 'nodir/g'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: cannot create regular file 'nodir/g': No such file or directory\n",
      exit: 1,
    });
  });
  it('cp f full d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['cp', 'f', 'full', 'd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "cp: -r not specified; omitting directory 'full'\n",
      exit: 1,
    });
    expect(sb.view.readFile('/w/d/f')).toBe('data\n');
  });
  it('mv nofile x', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'nofile', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mv: cannot stat 'nofile': No such file or directory\n",
      exit: 1,
    });
  });
  it('mv f h', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'f', 'h'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.exists('/w/f')).toBe(false);
    expect(sb.view.readFile('/w/h')).toBe('data\n');
  });
  it('mv f d', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'f', 'd'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/d/f')).toBe('data\n');
    expect(sb.view.exists('/w/f')).toBe(false);
  });
  it('mv', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mv: missing file operand\nTry 'mv --help' for more information.\n",
      exit: 1,
    });
  });
  it('mv x', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mv: missing destination file operand after 'x'\nTry 'mv --help' for more information.\n",
      exit: 1,
    });
  });
  it('mv full full/sub', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'full', 'full/sub'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mv: cannot move 'full' to a subdirectory of itself, 'full/sub/full'\n",
      exit: 1,
    });
  });
  it('mv -v f g', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', '-v', 'f', 'g'], { cwd: '/w' })).toEqual({
      stdout: "renamed 'f' -> 'g'\n",
      stderr: '',
      exit: 0,
    });
  });
  it('mv f x.sh nodir', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'f', 'x.sh', 'nodir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mv: target 'nodir': No such file or directory\n",
      exit: 1,
    });
  });
  it('mv f f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'f', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mv: 'f' and 'f' are the same file\n",
      exit: 1,
    });
  });
  it('mv d f', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['mv', 'd', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "mv: cannot overwrite non-directory 'f' with directory 'd'\n",
      exit: 1,
    });
  });
  it('basename /a/b/c.txt', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', '/a/b/c.txt'], { cwd: '/w' })).toEqual({
      stdout: 'c.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /a/b/c.txt .txt', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', '/a/b/c.txt', '.txt'], { cwd: '/w' })).toEqual({
      stdout: 'c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename /', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', '/'], { cwd: '/w' })).toEqual({ stdout: '/\n', stderr: '', exit: 0 });
  });
  it('basename a/b/', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', 'a/b/'], { cwd: '/w' })).toEqual({ stdout: 'b\n', stderr: '', exit: 0 });
  });
  it('basename', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "basename: missing operand\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename -a x/y z/w', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', '-a', 'x/y', 'z/w'], { cwd: '/w' })).toEqual({
      stdout: 'y\nw\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename -s .c a.c b.c', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', '-s', '.c', 'a.c', 'b.c'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename a b c', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', 'a', 'b', 'c'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "basename: extra operand ‘c’\nTry 'basename --help' for more information.\n",
      exit: 1,
    });
  });
  it('basename .txt .txt', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', '.txt', '.txt'], { cwd: '/w' })).toEqual({
      stdout: '.txt\n',
      stderr: '',
      exit: 0,
    });
  });
  it('basename ', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['basename', ''], { cwd: '/w' })).toEqual({ stdout: '\n', stderr: '', exit: 0 });
  });
  it('dirname /a/b/c', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname', '/a/b/c'], { cwd: '/w' })).toEqual({ stdout: '/a/b\n', stderr: '', exit: 0 });
  });
  it('dirname c', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname', 'c'], { cwd: '/w' })).toEqual({ stdout: '.\n', stderr: '', exit: 0 });
  });
  it('dirname /', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname', '/'], { cwd: '/w' })).toEqual({ stdout: '/\n', stderr: '', exit: 0 });
  });
  it('dirname a/b/', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname', 'a/b/'], { cwd: '/w' })).toEqual({ stdout: 'a\n', stderr: '', exit: 0 });
  });
  it('dirname', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n",
      exit: 1,
    });
  });
  it('dirname x/y z', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname', 'x/y', 'z'], { cwd: '/w' })).toEqual({ stdout: 'x\n.\n', stderr: '', exit: 0 });
  });
  it('dirname //a//b//', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname', '//a//b//'], { cwd: '/w' })).toEqual({ stdout: '//a\n', stderr: '', exit: 0 });
  });
  it('dirname ', () => {
    const sb = new Sandbox(FILES, MODES);
    expect(sb.run(['dirname', ''], { cwd: '/w' })).toEqual({ stdout: '.\n', stderr: '', exit: 0 });
  });
});
