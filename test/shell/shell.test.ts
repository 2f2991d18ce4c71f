/** The shell language candidates type: quoting, expansions, pipes, lists, redirections, here-documents, loops, aliases. */
import { describe, expect, it } from 'vitest';
import { parseShell } from '../../src/shell/parse.js';
import { caseSession, run } from '../helpers.js';

function sh(lines: string[], mode: 'case' | 'script' = 'script') {
  const s = caseSession([], mode);
  let last = { out: '', err: '', exit: 0 };
  let out = '';
  for (const l of lines) {
    last = run(s, l);
    out += last.out;
  }
  return { out, err: last.err, exit: last.exit };
}

describe('words and expansions', () => {
  it.each([
    [`echo 'a  b' "c  d" e\\ f`, 'a  b c  d e f\n'],
    ['X=1; echo $X ${X} "$X"', '1 1 1\n'],
    ['echo ${UNSET:-dflt} ${#HOME}', 'dflt 5\n'],
    ['false; echo $?', '1\n'],
    ['echo $(echo inner) `echo back`', 'inner back\n'],
    ['echo $((3 * (4 + 1))) $((7 / 2)) $((2 ** 10))', '15 3 1024\n'],
    ['V=abc.def.ghi; echo ${V#*.} ${V##*.} ${V%.*} ${V%%.*}', 'def.ghi ghi abc.def abc\n'],
    ['V=a-b-c; echo ${V/-/+} ${V//-/+}', 'a+b-c a+b+c\n'],
    ["echo $'tab\\there'", 'tab\there\n'],
    ['echo ~', '/root\n'],
    ['echo "$(printf "%s" x)y"', 'xy\n'],
  ])('%s', (line, want) => {
    expect(sh([line]).out).toBe(want);
  });

  it('splits unquoted expansions but not quoted ones', () => {
    expect(
      sh(['V="1 2  3"; for x in $V; do echo "[$x]"; done; for x in "$V"; do echo "[$x]"; done']).out,
    ).toBe('[1]\n[2]\n[3]\n[1 2  3]\n');
  });

  it('expands globs against the filesystem and leaves unmatched patterns alone', () => {
    expect(sh(['echo /etc/host*', 'echo /nonexistent/*.conf']).out).toBe(
      '/etc/host.conf /etc/hostname /etc/hosts\n/nonexistent/*.conf\n',
    );
  });
});

describe('lists, pipes and redirections', () => {
  it('runs && || ; with the right short-circuits', () => {
    expect(sh(['true && echo a || echo b; false && echo c || echo d']).out).toBe('a\nd\n');
  });

  it('pipes stdout, not stderr, and gives the last status', () => {
    const r = sh(['cat /nonexistent | grep x; echo $?']);
    expect(r.out).toBe('1\n');
  });

  it('redirects to files, appends, and reads them back', () => {
    expect(sh(['echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f']).out).toBe('one\ntwo\n');
  });

  it('sends stderr to stdout with 2>&1 and discards with /dev/null', () => {
    const r = sh(['cat /nope 2>&1 | grep -c "No such"; cat /nope 2>/dev/null; echo $?']);
    expect(r).toEqual({ out: '1\n1\n', err: '', exit: 0 });
  });

  it('reports a missing directory in a redirection like bash', () => {
    expect(sh(['echo x > /nonexistent/f'])).toEqual({
      out: '',
      err: 'bash: line 1: /nonexistent/f: No such file or directory\n',
      exit: 1,
    });
  });

  it('writes sysctls through /proc with echo >', () => {
    expect(sh(['echo 1 > /proc/sys/net/ipv4/ip_forward', 'cat /proc/sys/net/ipv4/ip_forward']).out).toBe(
      '1\n',
    );
  });

  it('feeds here-documents, expanding unless the delimiter is quoted', () => {
    const r = sh(["N=7; cat <<EOF\nn=$N\nEOF\ncat <<'EOF'\nn=$N\nEOF"]);
    expect(r.out).toBe('n=7\nn=$N\n');
  });

  it('strips leading tabs with <<-', () => {
    expect(sh(['cat <<-END\n\tindented\n\tEND']).out).toBe('indented\n');
  });
});

describe('compound commands', () => {
  it('runs for, while and if', () => {
    const r = sh([
      'for i in 1 2 3; do echo $i; done; n=0; while [ $n -lt 2 ]; do n=$((n+1)); done; echo $n; if [ -f /etc/hosts ]; then echo yes; else echo no; fi',
    ]);
    expect(r.out).toBe('1\n2\n3\n2\nyes\n');
  });

  it('stops a runaway loop with a clear error', () => {
    const r = sh(['while true; do :; done']);
    expect(r.exit).toBe(1);
    expect(r.err).toBe('bash: loop stopped after 10000 iterations (knetlab bounds loops)\n');
  });

  it('reads lines with while read', () => {
    expect(sh(['printf \'a b\\nc d\\n\' | while read x y; do echo "$y-$x"; done']).out).toBe('b-a\nd-c\n');
  });

  it('supports case and functions', () => {
    expect(sh(['f() { case $1 in a*) echo A;; *) echo other;; esac; }; f abc; f xyz']).out).toBe(
      'A\nother\n',
    );
  });
});

describe('session state', () => {
  it('keeps aliases, variables and the directory between lines of a script', () => {
    expect(sh(['alias ll="ip -br link"', 'export Z=9', 'cd /etc', 'echo $Z $PWD; pwd']).out).toBe(
      '9 /etc\n/etc\n',
    );
  });

  it('expands an alias as the first word', () => {
    expect(sh(['alias say=echo', 'say hello']).out).toBe('hello\n');
  });

  it('forgets shell state between the steps of a .case file (each is bash -c)', () => {
    expect(sh(['X=5; cd /etc', 'echo "[$X]"; pwd'], 'case').out).toBe('[]\n/root\n');
  });

  it('reports unknown commands with 127', () => {
    expect(sh(['nosuchcmd --x'])).toEqual({
      out: '',
      err: 'bash: line 1: nosuchcmd: command not found\n',
      exit: 127,
    });
  });
});

describe('parser', () => {
  it('asks for more input while a quote, here-document or pipe is open', () => {
    for (const src of ['echo "abc', 'cat <<EOF\nx', 'ls |', 'for i in 1; do', "echo 'x"]) {
      const r = parseShell(src);
      expect(r.ok ? 'complete' : r.incomplete).toBe(true);
    }
  });

  it('reports syntax errors the way bash -c does', () => {
    expect(sh(['echo a | )'], 'case')).toEqual({
      out: '',
      err: "bash: -c: line 1: syntax error near unexpected token `)'\nbash: -c: line 1: `echo a | )'\n",
      exit: 2,
    });
  });
});

describe('trap', () => {
  it('records, lists, prints and resets handlers as bash 5.2 does (captured)', () => {
    expect(
      sh([
        "trap 'exit 0' TERM; trap 'echo x' int EXIT 1; trap; trap - INT; trap -p",
        'trap -p TERM HUP',
        'trap 5; echo rc=$?',
      ]).out,
    ).toBe(
      "trap -- 'echo x' EXIT\ntrap -- 'echo x' SIGHUP\ntrap -- 'echo x' SIGINT\ntrap -- 'exit 0' SIGTERM\n" +
        "trap -- 'echo x' EXIT\ntrap -- 'echo x' SIGHUP\ntrap -- 'exit 0' SIGTERM\n" +
        "trap -- 'exit 0' SIGTERM\ntrap -- 'echo x' SIGHUP\nrc=0\n",
    );
    expect(sh(["trap 'x' FOO"])).toEqual({
      out: '',
      err: 'bash: line 1: trap: FOO: invalid signal specification\n',
      exit: 1,
    });
    expect(sh(['trap -z']).err).toBe(
      'bash: line 1: trap: -z: invalid option\ntrap: usage: trap [-lp] [[arg] signal_spec ...]\n',
    );
    expect(sh(['trap "echo a"'])).toEqual({
      out: '',
      err: 'trap: usage: trap [-lp] [[arg] signal_spec ...]\n',
      exit: 2,
    });
    expect(sh(['trap -l | head -1']).out).toBe(
      ' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP\n',
    );
  });
});
