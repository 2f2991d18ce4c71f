/**
 * sed
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU sed 4.9, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/sd': 'one\ntwo\nthree\nfour\nfive\n',
  '/w/nonl': 'x\ny',
  '/w/f': 'a\nb\n',
  '/w/dir/': '',
  '/w/hosts': '127.0.0.1 localhost\n10.0.0.5 node1\n# comment\n10.0.0.6 node2\n',
  '/w/conf': 'server {\n    listen 80;\n    server_name old.example;\n}\n',
  '/w/prog.sed': 's/o/0/g\n2d\n',
  '/w/kube':
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - image: nginx:1.14\n',
};

describe('sed', () => {
  it('sed s/o/0/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/o/0/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '0ne\ntw0\nthree\nf0ur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/o/0/g sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/o/0/g', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '0ne\ntw0\nthree\nf0ur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n 2p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '2p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'two\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2,4d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2,4d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed $d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '$d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nthree\nfour\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n $p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '$p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'five\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /t/d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/t/d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /two/,/four/p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/two/,/four/p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'two\nthree\nfour\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/\\(t\\)\\(w\\)/\\2\\1/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/\\(t\\)\\(w\\)/\\2\\1/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\nwto\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/(t)(w)/\\2\\1/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/(t)(w)/\\2\\1/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\nwto\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -r s/(o+)/[\\1]/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-r', 's/(o+)/[\\1]/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '[o]ne\ntw[o]\nthree\nf[o]ur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s|o|_|2 sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's|o|_|2', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/O/x/I sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/O/x/I', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'xne\ntwx\nthree\nfxur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n s/o/X/p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', 's/o/X/p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'Xne\ntwX\nfXur\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 3q sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '3q', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n = sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '=', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '1\n2\n3\n4\n5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/e/[&]/g sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/e/[&]/g', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'on[e]\ntwo\nthr[e][e]\nfour\nfiv[e]\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -e s/o/0/ -e s/e/3/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-e', 's/o/0/', '-e', 's/e/3/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '0n3\ntw0\nthr3e\nf0ur\nfiv3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2i\\inserted sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2i\\inserted', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\ninserted\ntwo\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2a appended sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2a appended', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nappended\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2c\\changed sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2c\\changed', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\nchanged\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed y/abc/xyz/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'y/abc/xyz/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed y/onet/ONET/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'y/onet/ONET/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'ONE\nTwO\nThrEE\nfOur\nfivE\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/x sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/x', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 3: unterminated `s' command\n",
      exit: 1,
    });
  });
  it('sed k sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'k', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: unknown command: `k'\n",
      exit: 1,
    });
  });
  it('sed -n /o/{p;p} sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/o/{p;p}', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\none\ntwo\ntwo\nfour\nfour\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1~2d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1~2d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'two\nfour\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 0,/o/d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '0,/o/d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'two\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1,/o/d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1,/o/d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'three\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2!d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2!d', 'sd'], { cwd: '/w' })).toEqual({ stdout: 'two\n', stderr: '', exit: 0 });
  });
  it('sed s/o/\\n/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/o/\\n/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '\nne\ntw\n\nthree\nf\nur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed $!N;s/\\n/-/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '$!N;s/\\n/-/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one-two\nthree-four\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed = sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '=', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '1\none\n2\ntwo\n3\nthree\n4\nfour\n5\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/a/b/x sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/a/b/x', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 7: unknown option to `s'\n",
      exit: 1,
    });
  });
  it('sed 2 sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 1: missing command\n',
      exit: 1,
    });
  });
  it('sed } sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '}', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: unexpected `}'\n",
      exit: 1,
    });
  });
  it('sed {p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '{p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 0: unmatched `{'\n",
      exit: 1,
    });
  });
  it('sed s/\\(a/b/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/\\(a/b/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 8: Unmatched ( or \\(\n',
      exit: 1,
    });
  });
  it('sed y/ab/x/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'y/ab/x/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 7: strings for `y' command are different lengths\n",
      exit: 1,
    });
  });
  it('sed b foo sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'b foo', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: can't find label for jump to `foo'\n",
      exit: 4,
    });
  });
  it('sed s/a/\\1/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/a/\\1/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 7: invalid reference \\1 on `s' command's RHS\n",
      exit: 1,
    });
  });
  it('sed s/a/b/0 sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/a/b/0', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 7: number option to `s' command may not be zero\n",
      exit: 1,
    });
  });
  it('sed p;p q sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'p;p q', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 5: extra characters after command\n',
      exit: 1,
    });
  });
  it('sed 0p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '0p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 2: invalid usage of line address 0\n',
      exit: 1,
    });
  });
  it('sed nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: -e expression #1, char 2: extra characters after command\n',
      exit: 1,
    });
  });
  it('sed p nofile f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'p', 'nofile', 'f'], { cwd: '/w' })).toEqual({
      stdout: 'a\na\nb\nb\n',
      stderr: "sed: can't read nofile: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed -n $= sd nonl', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '$=', 'sd', 'nonl'], { cwd: '/w' })).toEqual({
      stdout: '7\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -s -n $= sd nonl', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-s', '-n', '$=', 'sd', 'nonl'], { cwd: '/w' })).toEqual({
      stdout: '5\n2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -i s/o/0/ nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-i', 's/o/0/', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: can't read nofile: No such file or directory\n",
      exit: 2,
    });
  });
  it('sed -n', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed --foo', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '--foo'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr:
        "sed: unrecognized option '--foo'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n",
      exit: 1,
    });
  });
  it('sed -n /o/!p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/o/!p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'three\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n 2{p;q} sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '2{p;q}', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'two\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1d;3d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1d;3d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'two\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n x;G;p nonl', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', 'x;G;p', 'nonl'], { cwd: '/w' })).toEqual({
      stdout: '\nx\nx\ny',
      stderr: '',
      exit: 0,
    });
  });
  it('sed p nonl', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'p', 'nonl'], { cwd: '/w' })).toEqual({
      stdout: 'x\nx\ny\ny',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/.*/\\U&/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/.*/\\U&/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'ONE\nTWO\nTHREE\nFOUR\nFIVE\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/\\(.\\)\\(.*\\)/\\u\\1\\L\\2/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/\\(.\\)\\(.*\\)/\\u\\1\\L\\2/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'One\nTwo\nThree\nFour\nFive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n l <<< "a\\tb\\\\\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', 'l'], { cwd: '/w', stdin: 'a\tb\\\n' })).toEqual({
      stdout: 'a\\tb\\\\$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed n <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'n'], { cwd: '/w', stdin: 'a\n' })).toEqual({ stdout: 'a\n', stderr: '', exit: 0 });
  });
  it('sed -n n;p <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', 'n;p'], { cwd: '/w', stdin: 'a\nb\nc\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed N;P;D <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'N;P;D'], { cwd: '/w', stdin: 'a\nb\nc\n' })).toEqual({
      stdout: 'a\nb\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed $!N;P;D <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '$!N;P;D'], { cwd: '/w', stdin: 'a\nb\nc\n' })).toEqual({
      stdout: 'a\nb\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed N <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'N'], { cwd: '/w', stdin: 'a\nb\nc\n' })).toEqual({
      stdout: 'a\nb\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1r f <<< "a\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1r f'], { cwd: '/w', stdin: 'a\nb\n' })).toEqual({
      stdout: 'a\na\nb\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed a\\\nx\\\ny <<< "a\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'a\\\nx\\\ny'], { cwd: '/w', stdin: 'a\nb\n' })).toEqual({
      stdout: 'a\nx\ny\nb\nx\ny\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1,2c\\X <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1,2c\\X'], { cwd: '/w', stdin: 'a\nb\nc\n' })).toEqual({
      stdout: 'X\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 2!c\\X <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2!c\\X'], { cwd: '/w', stdin: 'a\nb\nc\n' })).toEqual({
      stdout: 'X\nb\nX\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /a/{n;p} <<< "a\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/a/{n;p}'], { cwd: '/w', stdin: 'a\nb\n' })).toEqual({
      stdout: 'b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/\\(a\\) \\(b\\)/\\2\\n\\1/ <<< "a b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/\\(a\\) \\(b\\)/\\2\\n\\1/'], { cwd: '/w', stdin: 'a b\n' })).toEqual({
      stdout: 'b\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/l*/X/g <<< "hello\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/l*/X/g'], { cwd: '/w', stdin: 'hello\n' })).toEqual({
      stdout: 'XhXeXoX\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/x*/-/g <<< "hello\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/x*/-/g'], { cwd: '/w', stdin: 'hello\n' })).toEqual({
      stdout: '-h-e-l-l-o-\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/a/b/2g <<< "aaa\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/a/b/2g'], { cwd: '/w', stdin: 'aaa\n' })).toEqual({
      stdout: 'abb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/one/a\\tb/ <<< "one\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/one/a\\tb/'], { cwd: '/w', stdin: 'one\n' })).toEqual({
      stdout: 'a\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/./X/g <<< "a.b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/./X/g'], { cwd: '/w', stdin: 'a.b\n' })).toEqual({
      stdout: 'XXX\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/(a|ab)/[\\1]/ <<< "ab\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/(a|ab)/[\\1]/'], { cwd: '/w', stdin: 'ab\n' })).toEqual({
      stdout: '[ab]\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/x/a\\\nb/ <<< "x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/x/a\\\nb/'], { cwd: '/w', stdin: 'x\n' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n 2,+1p <<< "a\\nb\\nc\\nd\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '2,+1p'], { cwd: '/w', stdin: 'a\nb\nc\nd\n' })).toEqual({
      stdout: 'b\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n 1,~2p <<< "a\\nb\\nc\\nd\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '1,~2p'], { cwd: '/w', stdin: 'a\nb\nc\nd\n' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed i\\  lead <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'i\\  lead'], { cwd: '/w', stdin: 'a\n' })).toEqual({
      stdout: '  lead\na\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed a   lead <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'a   lead'], { cwd: '/w', stdin: 'a\n' })).toEqual({
      stdout: 'a\nlead\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed a\\   lead <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'a\\   lead'], { cwd: '/w', stdin: 'a\n' })).toEqual({
      stdout: 'a\n   lead\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n F;l 3 <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', 'F;l 3'], { cwd: '/w', stdin: 'a\n' })).toEqual({
      stdout: '-\na$\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed :a;N;$!ba;s/\\n/,/g <<< "a\\nb\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', ':a;N;$!ba;s/\\n/,/g'], { cwd: '/w', stdin: 'a\nb\nc\n' })).toEqual({
      stdout: 'a,b,c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /^#/!p hosts', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/^#/!p', 'hosts'], { cwd: '/w' })).toEqual({
      stdout: '127.0.0.1 localhost\n10.0.0.5 node1\n10.0.0.6 node2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /^#/d;s/ .*// hosts', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/^#/d;s/ .*//', 'hosts'], { cwd: '/w' })).toEqual({
      stdout: '127.0.0.1\n10.0.0.5\n10.0.0.6\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -i s/old/new/ conf', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-i', 's/old/new/', 'conf'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
    expect(sb.view.readFile('/w/conf')).toBe('server {\n    listen 80;\n    server_name new.example;\n}\n');
  });
  it('sed -i.bak 2d f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-i.bak', '2d', 'f'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/f')).toBe('a\n');
    expect(sb.view.readFile('/w/f.bak')).toBe('a\nb\n');
  });
  it('sed -i -e 1i\\# header f sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-i', '-e', '1i\\# header', 'f', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
    expect(sb.view.readFile('/w/f')).toBe('# header\na\nb\n');
    expect(sb.view.readFile('/w/sd')).toBe('# header\none\ntwo\nthree\nfour\nfive\n');
  });
  it('sed -f prog.sed sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-f', 'prog.sed', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '0ne\nthree\nf0ur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -f nofile sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-f', 'nofile', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sed: couldn't open file nofile: No such file or directory\n",
      exit: 4,
    });
  });
  it('sed s/image: nginx:.*/image: nginx:1.25/ kube', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/image: nginx:.*/image: nginx:1.25/', 'kube'], { cwd: '/w' })).toEqual({
      stdout:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - image: nginx:1.25\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /containers:/,$p kube', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/containers:/,$p', 'kube'], { cwd: '/w' })).toEqual({
      stdout: '  containers:\n  - image: nginx:1.14\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/^ *// conf', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/^ *//', 'conf'], { cwd: '/w' })).toEqual({
      stdout: 'server {\nlisten 80;\nserver_name old.example;\n}\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/[[:space:]]+/ /g conf', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/[[:space:]]+/ /g', 'conf'], { cwd: '/w' })).toEqual({
      stdout: 'server {\n listen 80;\n server_name old.example;\n}\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s#/#|#g <<< "/a/b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's#/#|#g'], { cwd: '/w', stdin: '/a/b\n' })).toEqual({
      stdout: '|a|b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/\\//|/g <<< "/a/b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/\\//|/g'], { cwd: '/w', stdin: '/a/b\n' })).toEqual({
      stdout: '|a|b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /listen/= conf', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/listen/=', 'conf'], { cwd: '/w' })).toEqual({
      stdout: '2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/[0-9]\\+/N/g hosts', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/[0-9]\\+/N/g', 'hosts'], { cwd: '/w' })).toEqual({
      stdout: 'N.N.N.N localhost\nN.N.N.N nodeN\n# comment\nN.N.N.N nodeN\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/([0-9]+\\.){3}[0-9]+/IP/ hosts', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/([0-9]+\\.){3}[0-9]+/IP/', 'hosts'], { cwd: '/w' })).toEqual({
      stdout: 'IP localhost\nIP node1\n# comment\nIP node2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n 2,3!p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '2,3!p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed $a\\end sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '$a\\end', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\ntwo\nthree\nfour\nfive\nend\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed 1i start f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '1i start', 'f'], { cwd: '/w' })).toEqual({
      stdout: 'start\na\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed w out f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'w out', 'f'], { cwd: '/w' })).toEqual({ stdout: 'a\nb\n', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/out')).toBe('a\nb\n');
  });
  it('sed -n /b/w out2 f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/b/w out2', 'f'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: '',
      exit: 0,
    });
    expect(sb.view.readFile('/w/out2')).toBe('b\n');
  });
  it('sed -s 1F f sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-s', '1F', 'f', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'f\na\nb\nsd\none\ntwo\nthree\nfour\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed G f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'G', 'f'], { cwd: '/w' })).toEqual({ stdout: 'a\n\nb\n\n', stderr: '', exit: 0 });
  });
  it('sed -n h;n;G;p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', 'h;n;G;p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'two\none\nfour\nthree\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/\\(o\\)\\{2\\}/X/ <<< "foo\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/\\(o\\)\\{2\\}/X/'], { cwd: '/w', stdin: 'foo\n' })).toEqual({
      stdout: 'fX\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed q5 f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'q5', 'f'], { cwd: '/w' })).toEqual({ stdout: 'a\n', stderr: '', exit: 5 });
  });
  it('sed 2Q sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '2Q', 'sd'], { cwd: '/w' })).toEqual({ stdout: 'one\n', stderr: '', exit: 0 });
  });
  it('sed -n /two/{=;p} sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/two/{=;p}', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '2\ntwo\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/o/\\&/g sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/o/\\&/g', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '&ne\ntw&\nthree\nf&ur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed p dir', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'p', 'dir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sed: read error on dir: Is a directory\n',
      exit: 4,
    });
  });
  it('sed -z s/\\n/,/g f', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-z', 's/\\n/,/g', 'f'], { cwd: '/w' })).toEqual({
      stdout: 'a,b,',
      stderr: '',
      exit: 0,
    });
  });
  it('sed y/\\n/x/ <<< "a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 'y/\\n/x/'], { cwd: '/w', stdin: 'a\n' })).toEqual({
      stdout: 'a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -E s/(.)(.)/\\2\\1/3 <<< "abcdef\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-E', 's/(.)(.)/\\2\\1/3'], { cwd: '/w', stdin: 'abcdef\n' })).toEqual({
      stdout: 'abcdfe\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /two/,/nomatch/d sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/two/,/nomatch/d', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n /t/{/h/p} sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '/t/{/h/p}', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'three\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/[/]/x/ <<< "a/b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/[/]/x/'], { cwd: '/w', stdin: 'a/b\n' })).toEqual({
      stdout: 'axb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed :x;s/aa/a/;tx <<< "aaaa\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', ':x;s/aa/a/;tx'], { cwd: '/w', stdin: 'aaaa\n' })).toEqual({
      stdout: 'a\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/a/b/;T;s/$/!/ <<< "a\\nc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/a/b/;T;s/$/!/'], { cwd: '/w', stdin: 'a\nc\n' })).toEqual({
      stdout: 'b!\nc\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed --expression=s/o/0/ sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '--expression=s/o/0/', 'sd'], { cwd: '/w' })).toEqual({
      stdout: '0ne\ntw0\nthree\nf0ur\nfive\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed --quiet -e 1p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '--quiet', '-e', '1p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'one\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/\\s\\+/_/g <<< "a  b\\tc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/\\s\\+/_/g'], { cwd: '/w', stdin: 'a  b\tc\n' })).toEqual({
      stdout: 'a_b_c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/[ \\t]/X/ <<< "a\\tb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/[ \\t]/X/'], { cwd: '/w', stdin: 'a\tb\n' })).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/[\\t]/X/ <<< "a\\\\tb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/[\\t]/X/'], { cwd: '/w', stdin: 'a\\tb\n' })).toEqual({
      stdout: 'a\\tb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/[\\\\]/X/ <<< "a\\\\b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/[\\\\]/X/'], { cwd: '/w', stdin: 'a\\b\n' })).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/[\\n]/X/ <<< "anb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/[\\n]/X/'], { cwd: '/w', stdin: 'anb\n' })).toEqual({
      stdout: 'anb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/[\\.]/X/ <<< "a.b\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/[\\.]/X/'], { cwd: '/w', stdin: 'a.b\n' })).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed -n 1!G;h;$p sd', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '-n', '1!G;h;$p', 'sd'], { cwd: '/w' })).toEqual({
      stdout: 'five\nfour\nthree\ntwo\none\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed /^$/d <<< "a\\n\\nb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', '/^$/d'], { cwd: '/w', stdin: 'a\n\nb\n' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sed s/^[ \\t]*// <<< "  \\t x\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sed', 's/^[ \\t]*//'], { cwd: '/w', stdin: '  \t x\n' })).toEqual({
      stdout: 'x\n',
      stderr: '',
      exit: 0,
    });
  });
});
