/**
 * differential: random regular expressions
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU grep 3.8, sed 4.9, LANG=C.UTF-8, TZ=UTC).
 * Patterns with a repetition at the start of an expression (after ^, (, | or nothing) are left out:
 * grep, sed and gawk each treat those differently and knetlab only approximates them.
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/t': 'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
};

describe('differential: random regular expressions', () => {
  it('grep -o \\b\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\b\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\nf\nb\nb\n9\nx\ny\nz\na\nb\nc\nA\nb\nC\nt\ns\n2\n1\n2\n1\n0\n0\n1\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o ^x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '^x', 't'], { cwd: '/w' })).toEqual({ stdout: 'x\n', stderr: '', exit: 0 });
  });
  it('grep -o -\\b.x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\b.x', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o [[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\w[^a ][ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w[^a ][ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: 'o-b\na|b\nbbb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\w\\w[[:digit:]]$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w\\w[[:digit:]]$', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o [^a ]- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[^a ]-', 't'], { cwd: '/w' })).toEqual({
      stdout: 'o-\n6-\n1-\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [[:space:]]$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:space:]]$', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o [0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o b\\)a\\([[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b\\)a\\([[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o o$\\.\\{2\\}$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'o$\\.\\{2\\}$', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o [[:digit:]][ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:digit:]][ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o [0-9]\\{2\\}- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]\\{2\\}-', 't'], { cwd: '/w' })).toEqual({
      stdout: '26-\n11-\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\|[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\|[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o [0-9]\\.\\?\\.\\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]\\.\\?\\.\\|', 't'], { cwd: '/w' })).toEqual({
      stdout: '0.\n0.\n0.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o -\\b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\b', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o \\)*. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\)*.', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o -[[:digit:]].^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-[[:digit:]].^', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '['\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o a\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'a\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o b$\\.\\b\\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b$\\.\\b\\|', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\([[:space:]][^a ]b\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\([[:space:]][^a ]b\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: ' bb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o . t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '.', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\n \na\nb\nd\n \na\na\nb\nf\no\no\n-\nb\na\nr\n \nb\na\nz\n_\n1\n \n9\nx\nx\n*\ny\n+\nz\n?\n \n(\na\n|\nb\n)\n \n[\nc\n]\nA\nA\nA\n \nb\nb\nb\n \nC\nc\nC\n\t\nt\na\nb\n \n \ns\np\n2\n0\n2\n6\n-\n1\n1\n-\n2\n1\n \n1\n0\n.\n0\n.\n0\n.\n1\n/\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'x', 't'], { cwd: '/w' })).toEqual({
      stdout: 'x\nx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o b[ab]\\{2\\}\\)x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b[ab]\\{2\\}\\)x', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o [0-9]\\w*x[[:space:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]\\w*x[[:space:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o \\)\\{2\\} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\)\\{2\\}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o [[:space:]]\\)\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:space:]]\\)\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o a\\{2\\}\\b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'a\\{2\\}\\b', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o a$x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'a$x', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -o -\\+b-- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\+b--', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o x\\.\\( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'x\\.\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o a\\bb[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'a\\bb[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o ^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '^', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -o -\\{1,\\}\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\{1,\\}\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o ^x\\( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '^x\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o [0-9]o\\+\\)[[:space:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]o\\+\\)[[:space:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o -\\( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o -\\.** t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\.**', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o \\|\\|[0-9][^a ]\\{1,\\} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\|\\|[0-9][^a ]\\{1,\\}', 't'], { cwd: '/w' })).toEqual({
      stdout: '9x\n2026-11-21\n10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o .\\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '.\\|', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\n \na\nb\nd\n \na\na\nb\nf\no\no\n-\nb\na\nr\n \nb\na\nz\n_\n1\n \n9\nx\nx\n*\ny\n+\nz\n?\n \n(\na\n|\nb\n)\n \n[\nc\n]\nA\nA\nA\n \nb\nb\nb\n \nC\nc\nC\n\t\nt\na\nb\n \n \ns\np\n2\n0\n2\n6\n-\n1\n1\n-\n2\n1\n \n1\n0\n.\n0\n.\n0\n.\n1\n/\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [^a ]*b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[^a ]*b', 't'], { cwd: '/w' })).toEqual({
      stdout: 'b\nb\nb\nfoo-b\nb\n|b\nbbb\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o -.x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-.x', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '.'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o -\\{2\\}\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\{2\\}\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o [ab]a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[ab]a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'aa\nba\nba\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o x[[:space:]]\\{2\\}\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'x[[:space:]]\\{2\\}\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o bo t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'bo', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -o [0-9]o[[:space:]]\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]o[[:space:]]\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o \\|[^a ].\\b\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\|[^a ].\\b\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o [^a ] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[^a ]', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'b\nc\nb\nd\nb\nf\no\no\n-\nb\nr\nb\nz\n_\n1\n9\nx\nx\n*\ny\n+\nz\n?\n(\n|\nb\n)\n[\nc\n]\nA\nA\nA\nb\nb\nb\nC\nc\nC\n\t\nt\nb\ns\np\n2\n0\n2\n6\n-\n1\n1\n-\n2\n1\n1\n0\n.\n0\n.\n0\n.\n1\n/\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b', 't'], { cwd: '/w' })).toEqual({
      stdout: 'b\nb\nb\nb\nb\nb\nb\nb\nb\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [ab]\\{2\\}\\bba t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[ab]\\{2\\}\\bba', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o o*\\?[[:space:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'o*\\?[[:space:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: ' \n \n \n \n \n \n \n \n\t\n \n \n \n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [^a ][0-9]a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[^a ][0-9]a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o \\w\\{2\\}bx* t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w\\{2\\}bx*', 't'], { cwd: '/w' })).toEqual({
      stdout: 'aab\nbbb\ntab\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o b^[^a ][ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b^[^a ][ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o \\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\na\nb\nd\na\na\nb\nf\no\no\nb\na\nr\nb\na\nz\n_\n1\n9\nx\nx\ny\nz\na\nb\nc\nA\nA\nA\nb\nb\nb\nC\nc\nC\nt\na\nb\ns\np\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [[:digit:]] t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o $b\\([^a ]\\( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '$b\\([^a ]\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o [[:space:]][[:space:]]\\{2\\}b[[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:space:]][[:space:]]\\{2\\}b[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o ab\\+ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'ab\\+', 't'], { cwd: '/w' })).toEqual({
      stdout: 'ab\nab\nab\nab\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o . t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '.', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\n \na\nb\nd\n \na\na\nb\nf\no\no\n-\nb\na\nr\n \nb\na\nz\n_\n1\n \n9\nx\nx\n*\ny\n+\nz\n?\n \n(\na\n|\nb\n)\n \n[\nc\n]\nA\nA\nA\n \nb\nb\nb\n \nC\nc\nC\n\t\nt\na\nb\n \n \ns\np\n2\n0\n2\n6\n-\n1\n1\n-\n2\n1\n \n1\n0\n.\n0\n.\n0\n.\n1\n/\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o b\\..[[:space:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b\\..[[:space:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o $-$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '$-$', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -o \\)^\\([ab]\\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\)^\\([ab]\\|', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o $-bx\\{2\\} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '$-bx\\{2\\}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o ^ t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '^', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -o \\(\\.\\b.\\{2\\} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\(\\.\\b.\\{2\\}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o \\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\|', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -o \\.*o[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\.*o[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o $[0-9]*o\\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '$[0-9]*o\\|', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\w*\\b\\.a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w*\\b\\.a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o a\\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'a\\|', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [0-9] t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\.\\)\\b\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\.\\)\\b\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o b t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b', 't'], { cwd: '/w' })).toEqual({
      stdout: 'b\nb\nb\nb\nb\nb\nb\nb\nb\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [[:space:]][[:space:]]\\.[^a ]* t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:space:]][[:space:]]\\.[^a ]*', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o o*\\wb\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'o*\\wb\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: 'abc\nabd\nbbb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\(^x$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\(^x$', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o \\w\\{2\\}. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w\\{2\\}.', 't'], { cwd: '/w' })).toEqual({
      stdout: 'abc\nabd\naab\nfoo\nbar\nbaz\n_1 \nAAA\nbbb\nCcC\ntab\n202\n11-\n21 \n10.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [[:space:]][^a ]\\{2\\}o t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:space:]][^a ]\\{2\\}o', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o \\b[0-9][[:space:]][0-9][[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\b[0-9][[:space:]][0-9][[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o -$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-$', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '$'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o o[[:digit:]]\\.[[:space:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'o[[:digit:]]\\.[[:space:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o \\bo\\?\\+ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\bo\\?\\+', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [ab]\\+\\b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[ab]\\+\\b', 't'], { cwd: '/w' })).toEqual({
      stdout: 'aab\na\nb\nbbb\nab\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\|[^a ]\\.\\w\\) t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\|[^a ]\\.\\w\\)', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o x\\b\\b\\( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'x\\b\\b\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o \\)a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\)a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o [[:digit:]]$[ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:digit:]]$[ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o \\b^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\b^', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -o \\|[[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\|[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\.x[ab]\\{1,\\} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\.x[ab]\\{1,\\}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o -\\wa[[:digit:]]o t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-\\wa[[:digit:]]o', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o $ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '$', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -o [^a ]- t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[^a ]-', 't'], { cwd: '/w' })).toEqual({
      stdout: 'o-\n6-\n1-\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\na\nb\na\na\nb\nb\na\nb\na\na\nb\nb\nb\nb\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [^a ][ab]\\( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[^a ][ab]\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o \\( t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o b\\| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'b\\|', 't'], { cwd: '/w' })).toEqual({
      stdout: 'b\nb\nb\nb\nb\nb\nb\nb\nb\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\( t (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o o[0-9]\\|aa t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'o[0-9]\\|aa', 't'], { cwd: '/w' })).toEqual({
      stdout: 'aa\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o .[ab]-\\b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '.[ab]-\\b', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o \\( t (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o [0-9] t (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [[:space:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:space:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: ' \n \n \n \n \n \n \n \n\t\n \n \n \n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o [0-9][0-9][0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9][0-9][0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '202\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\w[[:space:]]*[0-9][[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w[[:space:]]*[0-9][[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '202\n1 10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o ^b\\.\\)[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '^b\\.\\)[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o o\\?--o t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', 'o\\?--o', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -o -o- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '-o-', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '-'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -o [[:digit:]]\\)\\?\\. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:digit:]]\\)\\?\\.', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ) or \\)\n',
      exit: 2,
    });
  });
  it('grep -o \\w\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\w\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: 'ab\nab\naa\nfo\nba\nba\nz_\n9x\nAA\nbb\nCc\nta\nsp\n20\n26\n11\n21\n10\n24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o $b\\+ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '$b\\+', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -o [[:digit:]] t (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\([^a ]\\.[[:space:]]^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\([^a ]\\.[[:space:]]^', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -o ^ t (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '^', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -o [0-9] t (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -o \\b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-o', '\\b', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -oE o+\\<x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'o+\\<x', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE $[ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '$[ab]', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE [0-9][[:digit:]]a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[0-9][[:digit:]]a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [ab]o-a* t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab]o-a*', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [[:digit:]]? t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:digit:]]?', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE -{1,}[ab][ab][[:alpha:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '-{1,}[ab][ab][[:alpha:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '{'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -oE b[[:alpha:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b[[:alpha:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: 'bc\nbd\nba\nba\nbb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'x', 't'], { cwd: '/w' })).toEqual({
      stdout: 'x\nx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE x[^a ][[:alpha:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'x[^a ][[:alpha:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: 'x*y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE a|||^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a|||^', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE .x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '.x', 't'], { cwd: '/w' })).toEqual({
      stdout: '9x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\.', 't'], { cwd: '/w' })).toEqual({
      stdout: '.\n.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE o t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'o', 't'], { cwd: '/w' })).toEqual({
      stdout: 'o\no\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [ab].[ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab].[ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: 'aab\na|b\nbbb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\.z[^a ][[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\.z[^a ][[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\na\nb\na\na\nb\nb\na\nb\na\na\nb\nb\nb\nb\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE $[[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '$[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE \\..\\w{2} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\..\\w{2}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE -[[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '-[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '['\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -oE a{1,}{1,} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a{1,}{1,}', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\naa\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE ^x$[^a ]a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '^x$[^a ]a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE (^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '(^', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE $[[:alpha:]]?-a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '$[[:alpha:]]?-a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE ba t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'ba', 't'], { cwd: '/w' })).toEqual({
      stdout: 'ba\nba\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [^a ] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ]', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'b\nc\nb\nd\nb\nf\no\no\n-\nb\nr\nb\nz\n_\n1\n9\nx\nx\n*\ny\n+\nz\n?\n(\n|\nb\n)\n[\nc\n]\nA\nA\nA\nb\nb\nb\nC\nc\nC\n\t\nt\nb\ns\np\n2\n0\n2\n6\n-\n1\n1\n-\n2\n1\n1\n0\n.\n0\n.\n0\n.\n1\n/\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE b$[[:digit:]]a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b$[[:digit:]]a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [^a ]* t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ]*', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'bc\nbd\nb\nfoo-b\nr\nb\nz_1\n9x\nx*y+z?\n(\n|b)\n[c]\nAAA\nbbb\nCcC\n\tt\nb\nsp\n2026-11-21\n10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [[:digit:]][ab]?| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:digit:]][ab]?|', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n9\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [^a ]\\w(a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ]\\w(a', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE -^| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '-^|', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '^'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -oE b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b', 't'], { cwd: '/w' })).toEqual({
      stdout: 'b\nb\nb\nb\nb\nb\nb\nb\nb\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE .\\<xa t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '.\\<xa', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE a t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE a t (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [[:alpha:]]b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]b', 't'], { cwd: '/w' })).toEqual({
      stdout: 'ab\nab\nab\nbb\nab\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE b[ab]-[[:alpha:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b[ab]-[[:alpha:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [ab]z[[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab]z[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [[:digit:]]^[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:digit:]]^[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE $ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '$', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -oE zx- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'zx-', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE [[:alpha:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\na\nb\nd\na\na\nb\nf\no\no\nb\na\nr\nb\na\nz\nx\nx\ny\nz\na\nb\nc\nA\nA\nA\nb\nb\nb\nC\nc\nC\nt\na\nb\ns\np\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\w|\\w[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\w|\\w[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\na\nb\nd\na\na\nb\nf\no\no\nb\na\nr\nb\na\nz\n_1\n9\nx\nx\ny\nz\na\nb\nc\nA\nA\nA\nb\nb\nb\nC\nc\nC\nt\na\nb\ns\np\n20\n26\n11\n21\n10\n0\n0\n1\n24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\.\\.$[[:digit:]]b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\.\\.$[[:digit:]]b', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE z t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'z', 't'], { cwd: '/w' })).toEqual({
      stdout: 'z\nz\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE | t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '|', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -oE x- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'x-', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE x t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'x', 't'], { cwd: '/w' })).toEqual({
      stdout: 'x\nx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE o-|^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'o-|^', 't'], { cwd: '/w' })).toEqual({
      stdout: 'o-\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE . t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '.', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\n \na\nb\nd\n \na\na\nb\nf\no\no\n-\nb\na\nr\n \nb\na\nz\n_\n1\n \n9\nx\nx\n*\ny\n+\nz\n?\n \n(\na\n|\nb\n)\n \n[\nc\n]\nA\nA\nA\n \nb\nb\nb\n \nC\nc\nC\n\t\nt\na\nb\n \n \ns\np\n2\n0\n2\n6\n-\n1\n1\n-\n2\n1\n \n1\n0\n.\n0\n.\n0\n.\n1\n/\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE .-[ab][^a ] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '.-[ab][^a ]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE \\<a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\<a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [^a ] t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ]', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'b\nc\nb\nd\nb\nf\no\no\n-\nb\nr\nb\nz\n_\n1\n9\nx\nx\n*\ny\n+\nz\n?\n(\n|\nb\n)\n[\nc\n]\nA\nA\nA\nb\nb\nb\nC\nc\nC\n\t\nt\nb\ns\np\n2\n0\n2\n6\n-\n1\n1\n-\n2\n1\n1\n0\n.\n0\n.\n0\n.\n1\n/\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [ab][^a ]\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab][^a ]\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: 'abc\nabd\naz_\na|b\nbbb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [ab]{1,}?x. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab]{1,}?x.', 't'], { cwd: '/w' })).toEqual({
      stdout: 'x*\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE a*[ab](. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a*[ab](.', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE [^a ][0-9]x* t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ][0-9]x*', 't'], { cwd: '/w' })).toEqual({
      stdout: '_1\n20\n26\n-1\n-2\n10\n.0\n.0\n.1\n/2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE z[0-9]\\.^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'z[0-9]\\.^', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE x[0-9]{1,}z t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'x[0-9]{1,}z', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE o-. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'o-.', 't'], { cwd: '/w' })).toEqual({
      stdout: 'o-b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE ^[ab][[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '^[ab][[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE \\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\w', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\na\nb\nd\na\na\nb\nf\no\no\nb\na\nr\nb\na\nz\n_\n1\n9\nx\nx\ny\nz\na\nb\nc\nA\nA\nA\nb\nb\nb\nC\nc\nC\nt\na\nb\ns\np\n2\n0\n2\n6\n1\n1\n2\n1\n1\n0\n0\n0\n1\n2\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [[:alpha:]][ab][^a ]^b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]][ab][^a ]^b', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [^a ]{2}{1,} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ]{2}{1,}', 't'], { cwd: '/w' })).toEqual({
      stdout: 'bc\nbd\nfoo-\nz_\n9x\nx*y+z?\n|b\n[c\nAA\nbb\nCc\n\tt\nsp\n2026-11-21\n10.0.0.1/2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE ( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE o[ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'o[ab]', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE x{2} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'x{2}', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE z{2}[[:digit:]]\\< t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'z{2}[[:digit:]]\\<', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE a t (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE b-[[:digit:]]b[ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b-[[:digit:]]b[ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE ([[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '([[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE $-^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '$-^', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE [[:digit:]][[:alpha:]]\\w[^a ] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:digit:]][[:alpha:]]\\w[^a ]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [[:alpha:]]a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'aa\nba\nba\nta\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [ab] t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\nb\na\nb\na\na\nb\nb\na\nb\na\na\nb\nb\nb\nb\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE ^^\\wb t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '^^\\wb', 't'], { cwd: '/w' })).toEqual({
      stdout: 'ab\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE |bx\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '|bx\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE ([^a ][0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '([^a ][0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE a t (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE b-[0-9]? t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b-[0-9]?', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [^a ]+oz{2} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ]+oz{2}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE z|\\w+( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'z|\\w+(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE a t (again) (again) (again) (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE -b{1,}{1,} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '-b{1,}{1,}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '{'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -oE [0-9]zx[[:alpha:]]{2} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[0-9]zx[[:alpha:]]{2}', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [[:alpha:]]-? t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]-?', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\na\nb\nd\na\na\nb\nf\no\no-\nb\na\nr\nb\na\nz\nx\nx\ny\nz\na\nb\nc\nA\nA\nA\nb\nb\nb\nC\nc\nC\nt\na\nb\ns\np\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\w* t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\w*', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc\nabd\naab\nfoo\nbar\nbaz_1\n9x\nx\ny\nz\na\nb\nc\nAAA\nbbb\nCcC\ntab\nsp\n2026\n11\n21\n10\n0\n0\n1\n24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [^a ]{1,}\\<x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ]{1,}\\<x', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE a|\\< t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a|\\<', 't'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\na\na\na\na\na\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\w*[[:digit:]]+( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\w*[[:digit:]]+(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE ^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '^', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('grep -oE [[:alpha:]] t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a\nb\nc\na\nb\nd\na\na\nb\nf\no\no\nb\na\nr\nb\na\nz\nx\nx\ny\nz\na\nb\nc\nA\nA\nA\nb\nb\nb\nC\nc\nC\nt\na\nb\ns\np\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE z-{1,}[ab] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'z-{1,}[ab]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE $|b( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '$|b(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE b| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b|', 't'], { cwd: '/w' })).toEqual({
      stdout: 'b\nb\nb\nb\nb\nb\nb\nb\nb\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE x$\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'x$\\w', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE b+{2} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b+{2}', 't'], { cwd: '/w' })).toEqual({
      stdout: 'bbb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [ab]o t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[ab]o', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE \\. t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\.', 't'], { cwd: '/w' })).toEqual({
      stdout: '.\n.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [[:digit:]]{1,}( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:digit:]]{1,}(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -oE \\w\\wb t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\w\\wb', 't'], { cwd: '/w' })).toEqual({
      stdout: 'aab\nbbb\ntab\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [^a ][[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ][[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '_1\n20\n26\n-1\n-2\n10\n.0\n.0\n.1\n/2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\.{1,} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\.{1,}', 't'], { cwd: '/w' })).toEqual({
      stdout: '.\n.\n.\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE -a+$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '-a+$', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '+'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -oE [^a ].^\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[^a ].^\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE o t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'o', 't'], { cwd: '/w' })).toEqual({
      stdout: 'o\no\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [[:alpha:]]o{1,} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]o{1,}', 't'], { cwd: '/w' })).toEqual({
      stdout: 'foo\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE zx t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'zx', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE oo? t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'oo?', 't'], { cwd: '/w' })).toEqual({
      stdout: 'oo\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE b{2}x?* t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b{2}x?*', 't'], { cwd: '/w' })).toEqual({
      stdout: 'bb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE a?*$\\< t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'a?*$\\<', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE [[:alpha:]]\\.z t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]\\.z', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE .{1,}\\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '.{1,}\\w', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\<^-|\\< t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\<^-|\\<', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\.xz t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\.xz', 't'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('grep -oE [[:alpha:]][^a ]o|o t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]][^a ]o|o', 't'], { cwd: '/w' })).toEqual({
      stdout: 'foo\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE \\w?x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '\\w?x', 't'], { cwd: '/w' })).toEqual({
      stdout: '9x\nx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -oE [[:alpha:]]{1,}xb. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', '[[:alpha:]]{1,}xb.', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -oE b[^a ]$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-oE', 'b[^a ]$', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 1,
    });
  });
  it('sed -E s/[ab].^[[:alpha:]]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[ab].^[[:alpha:]]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/b\\w/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/b\\w/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a<bc> a<bd> aab\nfoo-<ba>r <ba>z_1 9x\nx*y+z? (a|b) [c]\nAAA <bb>b CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/\\</<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\</<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<>abc <>abd <>aab\n<>foo-<>bar <>baz_1 <>9x\n<>x*<>y+<>z? (<>a|<>b) [<>c]\n<>AAA <>bbb <>CcC\n\t<>tab  <>sp\n<>2026-<>11-<>21 <>10.<>0.<>0.<>1/<>24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/.xa/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/.xa/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/.[ab]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/.[ab]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<ab>c< a>bd< a><ab>\nfoo<-b>ar< b>az_1 9x\nx*y+z? <(a><|b>) [c]\nAAA< b><bb> CcC\n\t<ta>b  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/a/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/a/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a>bc <a>bd <a><a>b\nfoo-b<a>r b<a>z_1 9x\nx*y+z? (<a>|b) [c]\nAAA bbb CcC\n\tt<a>b  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/\\w{1,}o/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\w{1,}o/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\n<foo>-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/o[ab]{1,}/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/o[ab]{1,}/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/\\w[ab]*/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\w[ab]*/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<ab><c> <ab><d> <aab>\n<f><o><o>-<ba><r> <ba><z><_><1> <9><x>\n<x>*<y>+<z>? (<a>|<b>) [<c>]\n<A><A><A> <bbb> <C><c><C>\n\t<tab>  <s><p>\n<2><0><2><6>-<1><1>-<2><1> <1><0>.<0>.<0>.<1>/<2><4>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/x./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/x./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\n<x*>y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/a^$a/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/a^$a/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[ab][[:alpha:]]-{2}/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[ab][[:alpha:]]-{2}/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a><b><c>< ><a><b><d>< ><a><a><b>\n<f><o><o><-><b><a><r>< ><b><a><z><_><1>< ><9><x>\n<x><*><y><+><z><?>< ><(><a><|><b><)>< ><[><c><]>\n<A><A><A>< ><b><b><b>< ><C><c><C>\n<\t><t><a><b>< >< ><s><p>\n<2><0><2><6><-><1><1><-><2><1>< ><1><0><.><0><.><0><.><1></><2><4>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/zo|./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/zo|./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a><b><c>< ><a><b><d>< ><a><a><b>\n<f><o><o><-><b><a><r>< ><b><a><z><_><1>< ><9><x>\n<x><*><y><+><z><?>< ><(><a><|><b><)>< ><[><c><]>\n<A><A><A>< ><b><b><b>< ><C><c><C>\n<\t><t><a><b>< >< ><s><p>\n<2><0><2><6><-><1><1><-><2><1>< ><1><0><.><0><.><0><.><1></><2><4>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/|/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/|/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<>a<>b<>c<> <>a<>b<>d<> <>a<>a<>b<>\n<>f<>o<>o<>-<>b<>a<>r<> <>b<>a<>z<>_<>1<> <>9<>x<>\n<>x<>*<>y<>+<>z<>?<> <>(<>a<>|<>b<>)<> <>[<>c<>]<>\n<>A<>A<>A<> <>b<>b<>b<> <>C<>c<>C<>\n<>\t<>t<>a<>b<> <> <>s<>p<>\n<>2<>0<>2<>6<>-<>1<>1<>-<>2<>1<> <>1<>0<>.<>0<>.<>0<>.<>1<>/<>2<>4<>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/-{2}\\</<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/-{2}\\</<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/|[ab]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/|[ab]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a><b>c<> <a><b>d<> <a><a><b>\n<>f<>o<>o<>-<b><a>r<> <b><a>z<>_<>1<> <>9<>x<>\n<>x<>*<>y<>+<>z<>?<> <>(<a>|<b>)<> <>[<>c<>]<>\n<>A<>A<>A<> <b><b><b> <>C<>c<>C<>\n<>\t<>t<a><b> <> <>s<>p<>\n<>2<>0<>2<>6<>-<>1<>1<>-<>2<>1<> <>1<>0<>.<>0<>.<>0<>.<>1<>/<>2<>4<>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/.b-[[:alpha:]]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/.b-[[:alpha:]]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[[:alpha:]]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[[:alpha:]]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a><b><c> <a><b><d> <a><a><b>\n<f><o><o>-<b><a><r> <b><a><z>_1 9<x>\n<x>*<y>+<z>? (<a>|<b>) [<c>]\n<A><A><A> <b><b><b> <C><c><C>\n\t<t><a><b>  <s><p>\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/\\<./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\<./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a>bc <a>bd <a>ab\n<f>oo-<b>ar <b>az_1 <9>x\n<x>*<y>+<z>? (<a>|<b>) [<c>]\n<A>AA <b>bb <C>cC\n\t<t>ab  <s>p\n<2>026-<1>1-<2>1 <1>0.<0>.<0>.<1>/<2>4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[^a ][[:digit:]]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[^a ][[:digit:]]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz<_1> 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n<20><26><-1>1<-2>1 <10><.0><.0><.1></2>4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[ab]\\</<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[ab]\\</<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/x[[:alpha:]]^/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/x[[:alpha:]]^/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/z\\<o/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/z\\<o/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[[:digit:]][^a ]$/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[[:digit:]][^a ]$/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 <9x>\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/<24>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[^a ]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[^a ]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a<b><c> a<b><d> aa<b>\n<f><o><o><-><b>a<r> <b>a<z><_><1> <9><x>\n<x><*><y><+><z><?> <(>a<|><b><)> <[><c><]>\n<A><A><A> <b><b><b> <C><c><C>\n<\t><t>a<b>  <s><p>\n<2><0><2><6><-><1><1><-><2><1> <1><0><.><0><.><0><.><1></><2><4>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/^$[^a ]?/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/^$[^a ]?/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/(^(/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/(^(/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 11: Unmatched ( or \\(\n',
      exit: 1,
    });
  });
  it('sed -E s/\\./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10<.>0<.>0<.>1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/o*[ab]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/o*[ab]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a><b>c <a><b>d <a><a><b>\nfoo-<b><a>r <b><a>z_1 9x\nx*y+z? (<a>|<b>) [c]\nAAA <b><b><b> CcC\n\tt<a><b>  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[[:digit:]]\\./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[[:digit:]]\\./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 1<0.><0.><0.>1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[ab][0-9]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[ab][0-9]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/x[^a ]?/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/x[^a ]?/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9<x>\n<x*>y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/x\\w{2}x/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/x\\w{2}x/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/^b.\\w/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/^b.\\w/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[[:alpha:]]{2}[0-9]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[[:alpha:]]{2}[0-9]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[^a ]$[[:alpha:]][[:digit:]]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[^a ]$[[:alpha:]][[:digit:]]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/$x[[:digit:]]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/$x[[:digit:]]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/|o+\\</<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/|o+\\</<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<>a<>b<>c<> <>a<>b<>d<> <>a<>a<>b<>\n<>f<>o<>o<>-<>b<>a<>r<> <>b<>a<>z<>_<>1<> <>9<>x<>\n<>x<>*<>y<>+<>z<>?<> <>(<>a<>|<>b<>)<> <>[<>c<>]<>\n<>A<>A<>A<> <>b<>b<>b<> <>C<>c<>C<>\n<>\t<>t<>a<>b<> <> <>s<>p<>\n<>2<>0<>2<>6<>-<>1<>1<>-<>2<>1<> <>1<>0<>.<>0<>.<>0<>.<>1<>/<>2<>4<>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/b\\<^-/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/b\\<^-/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/x./<&>/g t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/x./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\n<x*>y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/a{2}[0-9]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/a{2}[0-9]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/\\<$/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\<$/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/|/<&>/g t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/|/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<>a<>b<>c<> <>a<>b<>d<> <>a<>a<>b<>\n<>f<>o<>o<>-<>b<>a<>r<> <>b<>a<>z<>_<>1<> <>9<>x<>\n<>x<>*<>y<>+<>z<>?<> <>(<>a<>|<>b<>)<> <>[<>c<>]<>\n<>A<>A<>A<> <>b<>b<>b<> <>C<>c<>C<>\n<>\t<>t<>a<>b<> <> <>s<>p<>\n<>2<>0<>2<>6<>-<>1<>1<>-<>2<>1<> <>1<>0<>.<>0<>.<>0<>.<>1<>/<>2<>4<>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/|o/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/|o/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<>a<>b<>c<> <>a<>b<>d<> <>a<>a<>b<>\n<>f<o><o>-<>b<>a<>r<> <>b<>a<>z<>_<>1<> <>9<>x<>\n<>x<>*<>y<>+<>z<>?<> <>(<>a<>|<>b<>)<> <>[<>c<>]<>\n<>A<>A<>A<> <>b<>b<>b<> <>C<>c<>C<>\n<>\t<>t<>a<>b<> <> <>s<>p<>\n<>2<>0<>2<>6<>-<>1<>1<>-<>2<>1<> <>1<>0<>.<>0<>.<>0<>.<>1<>/<>2<>4<>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/\\.[ab]?[[:alpha:]]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\.[ab]?[[:alpha:]]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/$/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/$/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab<>\nfoo-bar baz_1 9x<>\nx*y+z? (a|b) [c]<>\nAAA bbb CcC<>\n\ttab  sp<>\n2026-11-21 10.0.0.1/24<>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/$(./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/$(./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 11: Unmatched ( or \\(\n',
      exit: 1,
    });
  });
  it('sed -E s/([0-9]|[^a ]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/([0-9]|[^a ]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 20: Unmatched ( or \\(\n',
      exit: 1,
    });
  });
  it('sed -E s/[0-9]?(/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[0-9]?(/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 15: Unmatched ( or \\(\n',
      exit: 1,
    });
  });
  it('sed -E s/[0-9][^a ]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[0-9][^a ]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 <9x>\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n<20><26>-<11>-<21> <10>.<0.><0.><1/><24>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/(^/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/(^/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 10: Unmatched ( or \\(\n',
      exit: 1,
    });
  });
  it('sed -E s/z./<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/z./<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar ba<z_>1 9x\nx*y+<z?> (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/|/<&>/g t (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/|/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<>a<>b<>c<> <>a<>b<>d<> <>a<>a<>b<>\n<>f<>o<>o<>-<>b<>a<>r<> <>b<>a<>z<>_<>1<> <>9<>x<>\n<>x<>*<>y<>+<>z<>?<> <>(<>a<>|<>b<>)<> <>[<>c<>]<>\n<>A<>A<>A<> <>b<>b<>b<> <>C<>c<>C<>\n<>\t<>t<>a<>b<> <> <>s<>p<>\n<>2<>0<>2<>6<>-<>1<>1<>-<>2<>1<> <>1<>0<>.<>0<>.<>0<>.<>1<>/<>2<>4<>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/([[:alpha:]]+^/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/([[:alpha:]]+^/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 22: Unmatched ( or \\(\n',
      exit: 1,
    });
  });
  it('sed -E s/o{2}[[:alpha:]]\\</<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/o{2}[[:alpha:]]\\</<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/b/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/b/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'a<b>c a<b>d aa<b>\nfoo-<b>ar <b>az_1 9x\nx*y+z? (a|<b>) [c]\nAAA <b><b><b> CcC\n\tta<b>  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[ab]/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[ab]/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        '<a><b>c <a><b>d <a><a><b>\nfoo-<b><a>r <b><a>z_1 9x\nx*y+z? (<a>|<b>) [c]\nAAA <b><b><b> CcC\n\tt<a><b>  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[[:alpha:]]o/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[[:alpha:]]o/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\n<fo>o-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/\\.o/<&>/g t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/\\.o/<&>/g', 't'], { cwd: '/w' })).toEqual({
      stdout:
        'abc abd aab\nfoo-bar baz_1 9x\nx*y+z? (a|b) [c]\nAAA bbb CcC\n\ttab  sp\n2026-11-21 10.0.0.1/24\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE (b- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '(b-', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -c -iE [ab]*? t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[ab]*?', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE o. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'o.', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE \\w t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE [0-9]xo t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[0-9]xo', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE x t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'x', 't'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE [0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE - t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '-', 't'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE \\.{1,}\\w[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '\\.{1,}\\w[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE $a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '$a', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE [0-9]o|- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[0-9]o|-', 't'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE a^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'a^', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE [^a ]? t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[^a ]?', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE \\w t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '\\w', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE $ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '$', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE \\< t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '\\<', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE [^a ][ab]{1,} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[^a ][ab]{1,}', 't'], { cwd: '/w' })).toEqual({
      stdout: '4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE -zx t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '-zx', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE [0-9]o[ab][[:alpha:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[0-9]o[ab][[:alpha:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE [^a ]^ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[^a ]^', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE [[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE oz t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'oz', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE aaa[[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'aaa[[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'b', 't'], { cwd: '/w' })).toEqual({
      stdout: '5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE ab^[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'ab^[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE -\\<. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '-\\<.', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '\\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -c -iE -b*[0-9] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '-b*[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '*'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -c -iE [^a ]. t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[^a ].', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE o$ t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'o$', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE -? t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '-?', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "grep: invalid option -- '?'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      exit: 2,
    });
  });
  it('grep -c -iE [0-9] t (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE [[:alpha:]][[:alpha:]]a t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[[:alpha:]][[:alpha:]]a', 't'], { cwd: '/w' })).toEqual({
      stdout: '1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE .^[0-9][[:digit:]] t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '.^[0-9][[:digit:]]', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE |xa| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '|xa|', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE [[:digit:]]o- t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[[:digit:]]o-', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE [[:digit:]]o( t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[[:digit:]]o(', 't'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'grep: Unmatched ( or \\(\n',
      exit: 2,
    });
  });
  it('grep -c -iE o[[:digit:]]{2} t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'o[[:digit:]]{2}', 't'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: '',
      exit: 1,
    });
  });
  it('grep -c -iE z[ab]o| t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', 'z[ab]o|', 't'], { cwd: '/w' })).toEqual({
      stdout: '6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE [0-9] t (again) (again)', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '[0-9]', 't'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('grep -c -iE \\<b t', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['grep', '-c', '-iE', '\\<b', 't'], { cwd: '/w' })).toEqual({
      stdout: '3\n',
      stderr: '',
      exit: 0,
    });
  });
});
