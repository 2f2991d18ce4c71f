/**
 * tee, seq, xargs, date
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, GNU findutils 4.9 (xargs), LANG=C.UTF-8, TZ=UTC).
 * date cases use -d so that the output does not depend on the clock; knetlab's clock starts at Sat Nov 21 09:00:00 UTC 2026.
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/f': 'old\n',
  '/w/d/': '',
};

describe('tee, seq, xargs, date', () => {
  it('tee a b <<< "hi\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tee', 'a', 'b'], { cwd: '/w', stdin: 'hi\n' })).toEqual({
      stdout: 'hi\n',
      stderr: '',
      exit: 0,
    });
    expect(sb.view.readFile('/w/a')).toBe('hi\n');
    expect(sb.view.readFile('/w/b')).toBe('hi\n');
  });
  it('tee -a f <<< "more\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tee', '-a', 'f'], { cwd: '/w', stdin: 'more\n' })).toEqual({
      stdout: 'more\n',
      stderr: '',
      exit: 0,
    });
    expect(sb.view.readFile('/w/f')).toBe('old\nmore\n');
  });
  it('tee d <<< "x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tee', 'd'], { cwd: '/w', stdin: 'x\n' })).toEqual({
      stdout: 'x\n',
      stderr: 'tee: d: Is a directory\n',
      exit: 1,
    });
  });
  it('tee nod/x <<< "x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tee', 'nod/x'], { cwd: '/w', stdin: 'x\n' })).toEqual({
      stdout: 'x\n',
      stderr: 'tee: nod/x: No such file or directory\n',
      exit: 1,
    });
  });
  it('tee <<< "x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tee'], { cwd: '/w', stdin: 'x\n' })).toEqual({ stdout: 'x\n', stderr: '', exit: 0 });
  });
  it('tee --foo', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tee', '--foo'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "tee: unrecognized option '--foo'\nTry 'tee --help' for more information.\n",
      exit: 1,
    });
  });
  it('tee - <<< "x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['tee', '-'], { cwd: '/w', stdin: 'x\n' })).toEqual({ stdout: 'x\n', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/-')).toBe('x\n');
  });
  it('seq 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '3'], { cwd: '/w' })).toEqual({ stdout: '1\n2\n3\n', stderr: '', exit: 0 });
  });
  it('seq 2 5', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '2', '5'], { cwd: '/w' })).toEqual({ stdout: '2\n3\n4\n5\n', stderr: '', exit: 0 });
  });
  it('seq 1 2 9', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1', '2', '9'], { cwd: '/w' })).toEqual({
      stdout: '1\n3\n5\n7\n9\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 5 1', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '5', '1'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('seq 5 -1 1', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '5', '-1', '1'], { cwd: '/w' })).toEqual({
      stdout: '5\n4\n3\n2\n1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 0.5 2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0.5', '2'], { cwd: '/w' })).toEqual({ stdout: '0.5\n1.5\n', stderr: '', exit: 0 });
  });
  it('seq 1 0.5 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1', '0.5', '3'], { cwd: '/w' })).toEqual({
      stdout: '1.0\n1.5\n2.0\n2.5\n3.0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -w 8 10', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '8', '10'], { cwd: '/w' })).toEqual({
      stdout: '08\n09\n10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -s, 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-s,', '3'], { cwd: '/w' })).toEqual({ stdout: '1,2,3\n', stderr: '', exit: 0 });
  });
  it('seq x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘x’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "seq: missing operand\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 1 0 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1', '0', '3'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "seq: invalid Zero increment value: ‘0’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -f %03g 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-f', '%03g', '3'], { cwd: '/w' })).toEqual({
      stdout: '001\n002\n003\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 1e3 1e3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1e3', '1e3'], { cwd: '/w' })).toEqual({ stdout: '1000\n', stderr: '', exit: 0 });
  });
  it('seq 10 -3 1', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '10', '-3', '1'], { cwd: '/w' })).toEqual({
      stdout: '10\n7\n4\n1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 1 1 3 4', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1', '1', '3', '4'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "seq: extra operand ‘4’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq 0.1 0.1 0.5', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0.1', '0.1', '0.5'], { cwd: '/w' })).toEqual({
      stdout: '0.1\n0.2\n0.3\n0.4\n0.5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 1.5 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1.5', '3'], { cwd: '/w' })).toEqual({ stdout: '1.5\n2.5\n', stderr: '', exit: 0 });
  });
  it('seq 1 .5 2.25', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '1', '.5', '2.25'], { cwd: '/w' })).toEqual({
      stdout: '1.0\n1.5\n2.0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -w 1 0.5 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '1', '0.5', '3'], { cwd: '/w' })).toEqual({
      stdout: '1.0\n1.5\n2.0\n2.5\n3.0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -w -1 1', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-w', '-1', '1'], { cwd: '/w' })).toEqual({
      stdout: '-1\n00\n01\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -s   3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-s', ' ', '3'], { cwd: '/w' })).toEqual({
      stdout: '1 2 3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 3 -w 10', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '3', '-w', '10'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘-w’\nTry 'seq --help' for more information.\n",
      exit: 1,
    });
  });
  it('seq -f %.2f 1 3', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-f', '%.2f', '1', '3'], { cwd: '/w' })).toEqual({
      stdout: '1.00\n2.00\n3.00\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -f x%gy 2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-f', 'x%gy', '2'], { cwd: '/w' })).toEqual({
      stdout: 'x1y\nx2y\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -f %d 1 2', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-f', '%d', '1', '2'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'seq: format ‘%d’ has unknown %d directive\n',
      exit: 1,
    });
  });
  it('seq 0x10 0x12', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0x10', '0x12'], { cwd: '/w' })).toEqual({
      stdout: '16\n17\n18\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq 99999999999999999 100000000000000001', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '99999999999999999', '100000000000000001'], { cwd: '/w' })).toEqual({
      stdout: '99999999999999999\n100000000000000000\n100000000000000001\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -- -1 1', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '--', '-1', '1'], { cwd: '/w' })).toEqual({
      stdout: '-1\n0\n1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('seq -1 1', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '-1', '1'], { cwd: '/w' })).toEqual({ stdout: '-1\n0\n1\n', stderr: '', exit: 0 });
  });
  it('seq 0', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['seq', '0'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('xargs <<< "a b\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs'], { cwd: '/w', stdin: 'a b\nc\n' })).toEqual({
      stdout: 'a b c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs echo X <<< "a b\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', 'echo', 'X'], { cwd: '/w', stdin: 'a b\nc\n' })).toEqual({
      stdout: 'X a b c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs -n 1 echo X <<< "a b\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-n', '1', 'echo', 'X'], { cwd: '/w', stdin: 'a b\nc\n' })).toEqual({
      stdout: 'X a\nX b\nX c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs -n2 <<< "a b\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-n2'], { cwd: '/w', stdin: 'a b\nc\n' })).toEqual({
      stdout: 'a b\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs -I {} echo [{}] <<< "a b\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-I', '{}', 'echo', '[{}]'], { cwd: '/w', stdin: 'a b\nc\n' })).toEqual({
      stdout: '[a b]\n[c]\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs -0 -n1 echo <<< "a\\u0000b c\\u0000"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-0', '-n1', 'echo'], { cwd: '/w', stdin: 'a\u0000b c\u0000' })).toEqual({
      stdout: 'a\nb c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs echo E', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', 'echo', 'E'], { cwd: '/w' })).toEqual({ stdout: 'E\n', stderr: '', exit: 0 });
  });
  it('xargs -r echo E', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-r', 'echo', 'E'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
  it('xargs nonexist <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', 'nonexist'], { cwd: '/w', stdin: 'a\n' })).toEqual({
      stdout: '',
      stderr: 'xargs: nonexist: No such file or directory\n',
      exit: 127,
    });
  });
  it('xargs -n1 <<< "\'a b\' \\"c d\\" e\\\\ f\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-n1'], { cwd: '/w', stdin: '\'a b\' "c d" e\\ f\n' })).toEqual({
      stdout: 'a b\nc d\ne f\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs echo <<< "it\'s\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', 'echo'], { cwd: '/w', stdin: "it's\n" })).toEqual({
      stdout: '',
      stderr:
        'xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n',
      exit: 1,
    });
  });
  it('xargs -L1 echo <<< "a\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-L1', 'echo'], { cwd: '/w', stdin: 'a\nb\n' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs -t echo <<< "a b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-t', 'echo'], { cwd: '/w', stdin: 'a b\n' })).toEqual({
      stdout: 'a b\n',
      stderr: 'echo a b\n',
      exit: 0,
    });
  });
  it('xargs -n 0 echo <<< "x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-n', '0', 'echo'], { cwd: '/w', stdin: 'x\n' })).toEqual({
      stdout: '',
      stderr: "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\n",
      exit: 1,
    });
  });
  it('xargs -I <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-I'], { cwd: '/w', stdin: 'a\n' })).toEqual({
      stdout: '',
      stderr: "xargs: option requires an argument -- 'I'\nTry 'xargs --help' for more information.\n",
      exit: 1,
    });
  });
  it('xargs -i echo <{}> <<< "1\\n2\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-i', 'echo', '<{}>'], { cwd: '/w', stdin: '1\n2\n' })).toEqual({
      stdout: '<1>\n<2>\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs mkdir -p <<< "x y\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', 'mkdir', '-p'], { cwd: '/w', stdin: 'x y\n' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
    expect(sb.view.isDir('/w/x/')).toBe(true);
    expect(sb.view.isDir('/w/y/')).toBe(true);
  });
  it('xargs rm <<< "f\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', 'rm'], { cwd: '/w', stdin: 'f\n' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.exists('/w/f')).toBe(false);
  });
  it('xargs -n1 basename <<< "/a/b /c/d\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', '-n1', 'basename'], { cwd: '/w', stdin: '/a/b /c/d\n' })).toEqual({
      stdout: 'b\nd\n',
      stderr: '',
      exit: 0,
    });
  });
  it('xargs cat <<< "f nofile\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['xargs', 'cat'], { cwd: '/w', stdin: 'f nofile\n' })).toEqual({
      stdout: 'old\n',
      stderr: 'cat: nofile: No such file or directory\n',
      exit: 123,
    });
  });
  it('date -d @0', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@0'], { cwd: '/w' })).toEqual({
      stdout: 'Thu Jan  1 00:00:00 UTC 1970\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d 2026-01-02', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '2026-01-02'], { cwd: '/w' })).toEqual({
      stdout: 'Fri Jan  2 00:00:00 UTC 2026\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d 2026-01-02 03:04:05', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '2026-01-02 03:04:05'], { cwd: '/w' })).toEqual({
      stdout: 'Fri Jan  2 03:04:05 UTC 2026\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d 2026-01-02T03:04:05Z', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '2026-01-02T03:04:05Z'], { cwd: '/w' })).toEqual({
      stdout: 'Fri Jan  2 03:04:05 UTC 2026\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d bogus', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', 'bogus'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'date: invalid date ‘bogus’\n',
      exit: 1,
    });
  });
  it('date -d @1795251600 +%Y-%m-%d %H:%M:%S', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '+%Y-%m-%d %H:%M:%S'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21 09:00:00\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 +%a %A %b %B %d %e %j %u %w %y %Z %z %p %I %l %k %n%t|%%', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['date', '-d', '@1795251600', '+%a %A %b %B %d %e %j %u %w %y %Z %z %p %I %l %k %n%t|%%'], {
        cwd: '/w',
      }),
    ).toEqual({
      stdout: 'Sat Saturday Nov November 21 21 325 6 6 26 UTC +0000 AM 09  9  9 \n\t|%\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 +%F %T %D %R %c %x %X %h %C %G %V %U %W', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['date', '-d', '@1795251600', '+%F %T %D %R %c %x %X %h %C %G %V %U %W'], { cwd: '/w' }),
    ).toEqual({
      stdout:
        '2026-11-21 09:00:00 11/21/26 09:00 Sat Nov 21 09:00:00 2026 11/21/26 09:00:00 Nov 20 2026 47 46 46\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 +%N %3N %s %q', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '+%N %3N %s %q'], { cwd: '/w' })).toEqual({
      stdout: '000000000 000 1795251600 4\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 +%-d %_m %05d %^a %#b %#Z %10Y %-H', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['date', '-d', '@1795251600', '+%-d %_m %05d %^a %#b %#Z %10Y %-H'], { cwd: '/w' }),
    ).toEqual({ stdout: '21 11 00021 SAT NOV utc 0000002026 9\n', stderr: '', exit: 0 });
  });
  it('date -d @1795251600 +%P %r %:z %::z %E %O %Ey %Q', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '+%P %r %:z %::z %E %O %Ey %Q'], { cwd: '/w' })).toEqual({
      stdout: 'am 09:00:00 AM +00:00 +00:00:00 %E %O 26 %Q\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d 2026-01-05 13:05:09 +%e|%k|%l|%I|%p|%-m|%U|%W|%V|%G|%j', () => {
    const sb = new Sandbox(FILES);
    expect(
      sb.run(['date', '-d', '2026-01-05 13:05:09', '+%e|%k|%l|%I|%p|%-m|%U|%W|%V|%G|%j'], { cwd: '/w' }),
    ).toEqual({ stdout: ' 5|13| 1|01|PM|1|01|01|02|2026|005\n', stderr: '', exit: 0 });
  });
  it('date -d @1795251600 -R', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '-R'], { cwd: '/w' })).toEqual({
      stdout: 'Sat, 21 Nov 2026 09:00:00 +0000\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 -I', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '-I'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 -Iseconds', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '-Iseconds'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21T09:00:00+00:00\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 --iso-8601=minutes', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '--iso-8601=minutes'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21T09:00+00:00\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 --rfc-3339=seconds', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '--rfc-3339=seconds'], { cwd: '/w' })).toEqual({
      stdout: '2026-11-21 09:00:00+00:00\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -d @1795251600 x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', 'x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "date: the argument ‘x’ lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'\nTry 'date --help' for more information.\n",
      exit: 1,
    });
  });
  it('date +%Y a', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '+%Y', 'a'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "date: extra operand ‘a’\nTry 'date --help' for more information.\n",
      exit: 1,
    });
  });
  it('date -x', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-x'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "date: invalid option -- 'x'\nTry 'date --help' for more information.\n",
      exit: 1,
    });
  });
  it('date -d @1795251600 +%', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-d', '@1795251600', '+%'], { cwd: '/w' })).toEqual({
      stdout: '%\n',
      stderr: '',
      exit: 0,
    });
  });
  it('date -u -d @86399', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['date', '-u', '-d', '@86399'], { cwd: '/w' })).toEqual({
      stdout: 'Thu Jan  1 23:59:59 UTC 1970\n',
      stderr: '',
      exit: 0,
    });
  });
});
