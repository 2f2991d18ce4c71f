/** readlink, with expectations from GNU coreutils 9.1 on Debian 12. */
import { describe, expect, it } from 'vitest';
import { caseSession, run } from '../../helpers.js';

describe('readlink', () => {
  const s = caseSession([], 'script');
  run(
    s,
    'mkdir -p /tmp/rl && cd /tmp/rl && ln -s /nonexistent/x dangling && ln -s target rel && echo hi > target',
  );

  it('prints a link target, fails quietly on a file that is not a link (-v says why)', () => {
    expect(run(s, 'readlink rel')).toEqual({ out: 'target\n', err: '', exit: 0 });
    expect(run(s, 'readlink target')).toEqual({ out: '', err: '', exit: 1 });
    expect(run(s, 'readlink -v target')).toEqual({
      out: '',
      err: 'readlink: target: Invalid argument\n',
      exit: 1,
    });
  });

  it('canonicalizes with -f (all but the last must exist), -e (all) and -m (none)', () => {
    expect(run(s, 'readlink -f rel')).toEqual({ out: '/tmp/rl/target\n', err: '', exit: 0 });
    expect(run(s, 'readlink -f dangling')).toEqual({ out: '', err: '', exit: 1 });
    expect(run(s, 'readlink -e dangling')).toEqual({ out: '', err: '', exit: 1 });
    expect(run(s, 'readlink -m /a/b/../c')).toEqual({ out: '/a/c\n', err: '', exit: 0 });
    expect(run(s, 'readlink -f /tmp/rl/nope')).toEqual({ out: '/tmp/rl/nope\n', err: '', exit: 0 });
    expect(run(s, 'readlink -f /tmp/nodir/nope')).toEqual({ out: '', err: '', exit: 1 });
  });

  it('follows the Debian alternatives of iptables to the multi-call binary', () => {
    expect(run(s, 'readlink -f /usr/sbin/iptables').out).toBe('/usr/sbin/xtables-nft-multi\n');
  });

  it('usage errors', () => {
    expect(run(s, 'readlink')).toEqual({
      out: '',
      err: "readlink: missing operand\nTry 'readlink --help' for more information.\n",
      exit: 1,
    });
    expect(run(s, 'readlink -x')).toEqual({
      out: '',
      err: "readlink: invalid option -- 'x'\nTry 'readlink --help' for more information.\n",
      exit: 1,
    });
  });
});

describe('ln', () => {
  const s = caseSession([], 'script');
  run(s, 'mkdir -p /tmp/rl && cd /tmp/rl && echo hi > target && mkdir d');

  it('makes symbolic and hard links with GNU wording', () => {
    expect(run(s, 'ln -s target rel')).toEqual({ out: '', err: '', exit: 0 });
    expect(run(s, 'ln -s target rel')).toEqual({
      out: '',
      err: "ln: failed to create symbolic link 'rel': File exists\n",
      exit: 1,
    });
    expect(run(s, 'ln -sv target rel2')).toEqual({ out: "'rel2' -> 'target'\n", err: '', exit: 0 });
    expect(run(s, 'ln -sf other rel && readlink rel').out).toBe('other\n');
    expect(run(s, 'ln -s target /nonexist/x')).toEqual({
      out: '',
      err: "ln: failed to create symbolic link '/nonexist/x': No such file or directory\n",
      exit: 1,
    });
    expect(run(s, 'ln /tmp/rl')).toEqual({
      out: '',
      err: 'ln: /tmp/rl: hard link not allowed for directory\n',
      exit: 1,
    });
    expect(run(s, 'ln nofile hard')).toEqual({
      out: '',
      err: "ln: failed to access 'nofile': No such file or directory\n",
      exit: 1,
    });
    expect(run(s, 'ln -s a b c')).toEqual({
      out: '',
      err: "ln: target 'c': No such file or directory\n",
      exit: 1,
    });
    expect(run(s, 'ln -s /etc/hosts d && readlink d/hosts').out).toBe('/etc/hosts\n');
    expect(run(s, 'ln target hard && echo more >> hard && cat target').out).toBe('hi\nmore\n');
    expect(run(s, 'ln')).toEqual({
      out: '',
      err: "ln: missing file operand\nTry 'ln --help' for more information.\n",
      exit: 1,
    });
  });
});
