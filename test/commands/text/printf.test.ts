/**
 * printf (bash builtin)
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (bash 5.2, LANG=C.UTF-8, TZ=UTC).
 * bash's `line 1: ` location is dropped from messages, as an interactive bash prints them.
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
};

describe('printf (bash builtin)', () => {
  it('printf %s-%d| a 1 b 2 c', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%s-%d|', 'a', '1', 'b', '2', 'c'], { cwd: '/w' })).toEqual({
      stdout: 'a-1|b-2|c-0|',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %5s|%-5s|%.2s|%05d|%-4d|%x|%X|%o|%c|%f|%.3f|%8.2f|%%|\\n ab cd xyz 42 7 255 255 8 hello 3.14159 2.5 1.005', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(
        [
          'printf',
          '%5s|%-5s|%.2s|%05d|%-4d|%x|%X|%o|%c|%f|%.3f|%8.2f|%%|\\n',
          'ab',
          'cd',
          'xyz',
          '42',
          '7',
          '255',
          '255',
          '8',
          'hello',
          '3.14159',
          '2.5',
          '1.005',
        ],
        { cwd: '/w' },
      ),
    ).toEqual({
      stdout: '   ab|cd   |xy|00042|7   |ff|FF|10|h|3.141590|2.500|    1.00|%|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %d\\n abc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d\\n', 'abc'], { cwd: '/w' })).toEqual({
      stdout: '0\n',
      stderr: 'bash: printf: abc: invalid number\n',
      exit: 1,
    });
  });
  it('printf %d\\n 12abc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d\\n', '12abc'], { cwd: '/w' })).toEqual({
      stdout: '12\n',
      stderr: 'bash: printf: 12abc: invalid number\n',
      exit: 1,
    });
  });
  it('printf %d %d\\n 0x1f 010', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d %d\\n', '0x1f', '010'], { cwd: '/w' })).toEqual({
      stdout: '31 8\n',
      stderr: '',
      exit: 0,
    });
  });
  it("printf %d\\n 'A", () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d\\n', "'A"], { cwd: '/w' })).toEqual({ stdout: '65\n', stderr: '', exit: 0 });
  });
  it('printf a\\tb\\\\c\\n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', 'a\\tb\\\\c\\n'], { cwd: '/w' })).toEqual({
      stdout: 'a\tb\\c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %s\\n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%s\\n'], { cwd: '/w' })).toEqual({ stdout: '\n', stderr: '', exit: 0 });
  });
  it('printf %d|%s|\\n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d|%s|\\n'], { cwd: '/w' })).toEqual({ stdout: '0||\n', stderr: '', exit: 0 });
  });
  it('printf', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'printf: usage: printf [-v var] format [arguments]\n',
      exit: 2,
    });
  });
  it('printf x\\n extra', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', 'x\\n', 'extra'], { cwd: '/w' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %b\\n a\\tb', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%b\\n', 'a\\tb'], { cwd: '/w' })).toEqual({
      stdout: 'a\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %i %+d % d\\n 5 5 5', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%i %+d % d\\n', '5', '5', '5'], { cwd: '/w' })).toEqual({
      stdout: '5 +5  5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %e %g\\n 12345.678 0.0001', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%e %g\\n', '12345.678', '0.0001'], { cwd: '/w' })).toEqual({
      stdout: '1.234568e+04 0.0001\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %5.1f%%\\n 45.67', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%5.1f%%\\n', '45.67'], { cwd: '/w' })).toEqual({
      stdout: ' 45.7%\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf -- -%s\\n a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '--', '-%s\\n', 'a'], { cwd: '/w' })).toEqual({
      stdout: '-a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf \\101\\x41\\u00e9\\n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '\\101\\x41\\u00e9\\n'], { cwd: '/w' })).toEqual({
      stdout: 'AAé\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %-10s|\\n héllo', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%-10s|\\n', 'héllo'], { cwd: '/w' })).toEqual({
      stdout: 'héllo    |\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %d\\n 1.5', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d\\n', '1.5'], { cwd: '/w' })).toEqual({
      stdout: '1\n',
      stderr: 'bash: printf: 1.5: invalid number\n',
      exit: 1,
    });
  });
  it('printf %f\\n abc', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%f\\n', 'abc'], { cwd: '/w' })).toEqual({
      stdout: '0.000000\n',
      stderr: 'bash: printf: abc: invalid number\n',
      exit: 1,
    });
  });
  it('printf %d\\n ', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d\\n', ''], { cwd: '/w' })).toEqual({ stdout: '0\n', stderr: '', exit: 0 });
  });
  it('printf %d\\n -7 +3  4', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d\\n', '-7', '+3', ' 4'], { cwd: '/w' })).toEqual({
      stdout: '-7\n3\n4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %b|\\n x\\cy z', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%b|\\n', 'x\\cy', 'z'], { cwd: '/w' })).toEqual({
      stdout: 'x',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %3c|\\n a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%3c|\\n', 'a'], { cwd: '/w' })).toEqual({
      stdout: '  a|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %*d|\\n 5 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%*d|\\n', '5', '3'], { cwd: '/w' })).toEqual({
      stdout: '    3|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %.*f|\\n 2 3.14159', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%.*f|\\n', '2', '3.14159'], { cwd: '/w' })).toEqual({
      stdout: '3.14|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %q\\n a b', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%q\\n', 'a b'], { cwd: '/w' })).toEqual({
      stdout: 'a\\ b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf abc\\q\\n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', 'abc\\q\\n'], { cwd: '/w' })).toEqual({
      stdout: 'abc\\q\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %ld %lld %hd\\n 1 2 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%ld %lld %hd\\n', '1', '2', '3'], { cwd: '/w' })).toEqual({
      stdout: '1 2 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf a%', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', 'a%'], { cwd: '/w' })).toEqual({
      stdout: 'a',
      stderr: "bash: printf: `%': missing format character\n",
      exit: 1,
    });
  });
  it('printf %z|%s\\n 1 2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%z|%s\\n', '1', '2'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "bash: printf: `|': invalid format character\n",
      exit: 1,
    });
  });
  it('printf %b|\\n \\101 \\0101 \\x41 a\\nb \\q', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%b|\\n', '\\101', '\\0101', '\\x41', 'a\\nb', '\\q'], { cwd: '/w' })).toEqual({
      stdout: 'A|\nA|\nA|\na\nb|\n\\q|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %u %u\\n -1 5', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%u %u\\n', '-1', '5'], { cwd: '/w' })).toEqual({
      stdout: '18446744073709551615 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %#x %#o\\n 255 8', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%#x %#o\\n', '255', '8'], { cwd: '/w' })).toEqual({
      stdout: '0xff 010\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %s %s\\n a b c', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%s %s\\n', 'a', 'b', 'c'], { cwd: '/w' })).toEqual({
      stdout: 'a b\nc \n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %5.2s|\\n abcdef', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%5.2s|\\n', 'abcdef'], { cwd: '/w' })).toEqual({
      stdout: '   ab|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %+.3e\\n 1234.5', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%+.3e\\n', '1234.5'], { cwd: '/w' })).toEqual({
      stdout: '+1.234e+03\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %G %E\\n 0.00001234 5', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%G %E\\n', '0.00001234', '5'], { cwd: '/w' })).toEqual({
      stdout: '1.234E-05 5.000000E+00\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %x\\n -1', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%x\\n', '-1'], { cwd: '/w' })).toEqual({
      stdout: 'ffffffffffffffff\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %.0f %.0f %.0f %.2f\\n 0.5 1.5 2.5 0.125', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%.0f %.0f %.0f %.2f\\n', '0.5', '1.5', '2.5', '0.125'], { cwd: '/w' })).toEqual(
      { stdout: '0 2 2 0.12\n', stderr: '', exit: 0 },
    );
  });
  it('printf %g %g %g %g\\n 100000 1000000 1e-5 123.456', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['printf', '%g %g %g %g\\n', '100000', '1000000', '1e-5', '123.456'], { cwd: '/w' }),
    ).toEqual({ stdout: '100000 1e+06 1e-05 123.456\n', stderr: '', exit: 0 });
  });
  it('printf %08.3f|\\n -3.14159', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%08.3f|\\n', '-3.14159'], { cwd: '/w' })).toEqual({
      stdout: '-003.142|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %.3d|%5.3d|%-5d|%05s|\\n 5 7 -3 ab', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%.3d|%5.3d|%-5d|%05s|\\n', '5', '7', '-3', 'ab'], { cwd: '/w' })).toEqual({
      stdout: '005|  007|-3   |   ab|\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %d %d\\n 0777 -0x10', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d %d\\n', '0777', '-0x10'], { cwd: '/w' })).toEqual({
      stdout: '511 -16\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %s %d\\n x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%s %d\\n', 'x'], { cwd: '/w' })).toEqual({
      stdout: 'x 0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %s=%s\\n a 1 b', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%s=%s\\n', 'a', '1', 'b'], { cwd: '/w' })).toEqual({
      stdout: 'a=1\nb=\n',
      stderr: '',
      exit: 0,
    });
  });
  it('printf %d\\n 99999999999999999999', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['printf', '%d\\n', '99999999999999999999'], { cwd: '/w' })).toEqual({
      stdout: '9223372036854775807\n',
      stderr: 'bash: printf: warning: 99999999999999999999: Numerical result out of range\n',
      exit: 0,
    });
  });
});
