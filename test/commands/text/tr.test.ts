/**
 * tr
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
};

describe('tr', () => {
  it('tr a-z A-Z <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z', 'A-Z'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'HELLO WORLD 123\n  TABS\tHERE\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr [:lower:] [:upper:] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '[:lower:]', '[:upper:]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: 'HELLO WORLD 123\n  TABS\tHERE\n', stderr: '', exit: 0 });
  });
  it('tr -d [:digit:] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '-d', '[:digit:]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: 'Hello World \n  tabs\there\n', stderr: '', exit: 0 });
  });
  it('tr -s   <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', ' '], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hello World 123\n tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -s [:space:]   <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '-s', '[:space:]', ' '], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: 'Hello World 123 tabs here ', stderr: '', exit: 0 });
  });
  it('tr -c [:alnum:]\\n _ <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '-c', '[:alnum:]\\n', '_'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: 'Hello_World_123\n__tabs_here\n', stderr: '', exit: 0 });
  });
  it('tr -cd [:alpha:] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '-cd', '[:alpha:]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: 'HelloWorldtabshere', stderr: '', exit: 0 });
  });
  it('tr -d lo <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d', 'lo'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'He Wrd 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr abc <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘abc’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -ds l o <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-ds', 'l', 'o'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Heo Word 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr a-z x <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-z', 'x'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hxxxx Wxxxx 123\n  xxxx\txxxx\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr lo ab <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'lo', 'ab'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Heaab Wbrad 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr [:upper:] [:lower:] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '[:upper:]', '[:lower:]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: 'hello world 123\n  tabs\there\n', stderr: '', exit: 0 });
  });
  it('tr z-a x <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'z-a', 'x'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n",
      exit: 1,
    });
  });
  it('tr -d <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr \\n   <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '\\n', ' '], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hello World 123   tabs\there ',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -s l <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', 'l'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Helo World 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr [:digit:] X <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:digit:]', 'X'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual(
      { stdout: 'Hello World XXX\n  tabs\there\n', stderr: '', exit: 0 },
    );
  });
  it('tr a-c [x*] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-c', '[x*]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hello World 123\n  txxs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr a-z [:upper:] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', 'a-z', '[:upper:]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: '', stderr: 'tr: misaligned [:upper:] and/or [:lower:] construct\n', exit: 1 });
  });
  it('tr [:alpha:] x <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:alpha:]', 'x'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual(
      { stdout: 'xxxxx xxxxx 123\n  xxxx\txxxx\n', stderr: '', exit: 0 },
    );
  });
  it('tr -t abcdef xy <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '-t', 'abcdef', 'xy'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({ stdout: 'Hello World 123\n  txys\there\n', stderr: '', exit: 0 });
  });
  it('tr Hel [*] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'Hel', '[*]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '[*]]o Wor]d 123\n  tabs\th*r*\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr [=e=] E <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[=e=]', 'E'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'HEllo World 123\n  tabs\thErE\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr eo \\t <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'eo', '\\t'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'H\tll\t W\trld 123\n  tabs\th\tr\t\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr \\101-Z x <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '\\101-Z', 'x'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'xello xorld 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -d a b <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d', 'a', 'b'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: extra operand ‘b’\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr a  <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a', ''], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: 'tr: when not truncating set1, string2 must be non-empty\n',
      exit: 1,
    });
  });
  it('tr -s <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: "tr: missing operand\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr a b c <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a', 'b', 'c'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: "tr: extra operand ‘c’\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr -ds a <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-ds', 'a'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr:
        "tr: missing operand after ‘a’\nTwo strings must be given when both deleting and squeezing repeats.\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr [:foo:] x <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '[:foo:]', 'x'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: 'tr: invalid character class ‘foo’\n',
      exit: 1,
    });
  });
  it('tr abc [x*2]y <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'abc', '[x*2]y'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hello World 123\n  txxs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -c a [:lower:] <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['tr', '-c', 'a', '[:lower:]'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' }),
    ).toEqual({
      stdout: '',
      stderr:
        'tr: when translating with string1 longer than string2,\nthe latter string must not end with a character class\n',
      exit: 1,
    });
  });
  it('tr -s a-z <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', 'a-z'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Helo World 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr a- xy <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'a-', 'xy'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hello World 123\n  txbs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -- -a xy <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '--', '-a', 'xy'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual(
      { stdout: 'Hello World 123\n  tybs\there\n', stderr: '', exit: 0 },
    );
  });
  it('tr lo \\n <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'lo', '\\n'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'He\n\n\n W\nr\nd 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -c l xyz <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-c', 'l', 'xyz'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual(
      { stdout: 'zzllzzzzzlzzzzzzzzzzzzzzzzzz', stderr: '', exit: 0 },
    );
  });
  it('tr \\\\ / <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '\\\\', '/'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hello World 123\n  tabs\there\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -d \\n <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d', '\\n'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: 'Hello World 123  tabs\there',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -x <<< "Hello World 123\\n  ta"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-x'], { cwd: '/w', stdin: 'Hello World 123\n  tabs\there\n' })).toEqual({
      stdout: '',
      stderr: "tr: invalid option -- 'x'\nTry 'tr --help' for more information.\n",
      exit: 1,
    });
  });
  it('tr é e <<< "a\\u00e9\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', 'é', 'e'], { cwd: '/w', stdin: 'aé\n' })).toEqual({
      stdout: 'aee\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -d \\r <<< "a\\r\\nb\\r\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-d', '\\r'], { cwd: '/w', stdin: 'a\r\nb\r\n' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr : \\n <<< "/usr/bin:/bin\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', ':', '\\n'], { cwd: '/w', stdin: '/usr/bin:/bin\n' })).toEqual({
      stdout: '/usr/bin\n/bin\n',
      stderr: '',
      exit: 0,
    });
  });
  it('tr -s \\n <<< "a\\n\\n\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tr', '-s', '\\n'], { cwd: '/w', stdin: 'a\n\n\nb\n' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
});
