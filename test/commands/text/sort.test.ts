/**
 * sort
 * Expected stdout/stderr/exit were observed from the real tools on Debian 12
 * (GNU coreutils 9.1, LANG=C.UTF-8, TZ=UTC).
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from './harness.js';

const FILES: Record<string, string> = {
  '/w/': '',
  '/w/so': 'b 2\na 10\nB 1\nc 2\na 3\n\n_x 5\n',
  '/w/hu': '10K\n1M\n2\n1.5K\n500\n',
  '/w/ve': 'v1.10\nv1.2\nv1.9\n',
  '/w/pw': 'root:x:0:0\nbin:x:2:2\ndaemon:x:1:1\nnobody:x:65534:65534\n',
  '/w/dir/': '',
  '/w/pods': 'NAME READY STATUS RESTARTS\nweb-1 1/1 Running 3\napi-2 1/1 Running 12\ndb-0 0/1 Pending 0\n',
};

describe('sort', () => {
  it('sort so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\n_x 5\na 10\na 3\nb 2\nc 2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -r so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-r', 'so'], { cwd: '/w' })).toEqual({
      stdout: 'c 2\nb 2\na 3\na 10\n_x 5\nB 1\n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -n -k2 so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-n', '-k2', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\nb 2\nc 2\na 3\n_x 5\na 10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k2n so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2n', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\nb 2\nc 2\na 3\n_x 5\na 10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k2,2n -r so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2,2n', '-r', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\nc 2\nb 2\na 3\n_x 5\na 10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u -k2,2n so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u', '-k2,2n', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\nb 2\na 3\n_x 5\na 10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t   -k2 so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t', ' ', '-k2', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\na 10\nb 2\nc 2\na 3\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -f so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-f', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\na 10\na 3\nB 1\nb 2\nc 2\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -h hu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-h', 'hu'], { cwd: '/w' })).toEqual({
      stdout: '2\n500\n1.5K\n10K\n1M\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -V ve', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-V', 've'], { cwd: '/w' })).toEqual({
      stdout: 'v1.2\nv1.9\nv1.10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -n hu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-n', 'hu'], { cwd: '/w' })).toEqual({
      stdout: '1M\n1.5K\n2\n10K\n500\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k3 so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k3', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\n_x 5\na 10\na 3\nb 2\nc 2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k 0 so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k', '0', 'so'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: field number is zero: invalid field specification ‘0’\n',
      exit: 2,
    });
  });
  it('sort -t ab so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t', 'ab', 'so'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: multi-character tab ‘ab’\n',
      exit: 2,
    });
  });
  it('sort -k1.2 so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k1.2', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\na 10\nb 2\nc 2\na 3\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -c so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-c', 'so'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: so:2: disorder: a 10\n',
      exit: 1,
    });
  });
  it('sort -C so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-C', 'so'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 1 });
  });
  it('sort -nr so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-nr', 'so'], { cwd: '/w' })).toEqual({
      stdout: 'c 2\nb 2\na 3\na 10\n_x 5\nB 1\n\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -un so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-un', 'so'], { cwd: '/w' })).toEqual({ stdout: 'b 2\n', stderr: '', exit: 0 });
  });
  it('sort -k2 -k1r so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2', '-k1r', 'so'], { cwd: '/w' })).toEqual({
      stdout: '\nB 1\na 10\nc 2\nb 2\na 3\n_x 5\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k x so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k', 'x', 'so'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: invalid number at field start: invalid count at start of ‘x’\n',
      exit: 2,
    });
  });
  it('sort -k 1.0 so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k', '1.0', 'so'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: character offset is zero: invalid field specification ‘1.0’\n',
      exit: 2,
    });
  });
  it('sort -k2,1x so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2,1x', 'so'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: stray character in field spec: invalid field specification ‘2,1x’\n',
      exit: 2,
    });
  });
  it('sort -n <<< "1.5\\n-2\\n10\\n 3\\nabc\\n-0\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-n'], { cwd: '/w', stdin: '1.5\n-2\n10\n 3\nabc\n-0\n1e3\n' })).toEqual({
      stdout: '-2\n-0\nabc\n1e3\n1.5\n 3\n10\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -g <<< "1.5\\n-2\\n10\\n1e3\\nabc\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-g'], { cwd: '/w', stdin: '1.5\n-2\n10\n1e3\nabc\n' })).toEqual({
      stdout: 'abc\n-2\n1.5\n10\n1e3\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t: -k3,3n pw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t:', '-k3,3n', 'pw'], { cwd: '/w' })).toEqual({
      stdout: 'root:x:0:0\ndaemon:x:1:1\nbin:x:2:2\nnobody:x:65534:65534\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t : -k3 -n -r pw', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t', ':', '-k3', '-n', '-r', 'pw'], { cwd: '/w' })).toEqual({
      stdout: 'nobody:x:65534:65534\nbin:x:2:2\ndaemon:x:1:1\nroot:x:0:0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k2b <<< "a   z\\nb y\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k2b'], { cwd: '/w', stdin: 'a   z\nb y\n' })).toEqual({
      stdout: 'b y\na   z\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -s -k1,1 <<< "b 2\\na 9\\nb 1\\na 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-s', '-k1,1'], { cwd: '/w', stdin: 'b 2\na 9\nb 1\na 1\n' })).toEqual({
      stdout: 'a 9\na 1\nb 2\nb 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -M <<< "Mar\\nJan\\nxx\\nFeb\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-M'], { cwd: '/w', stdin: 'Mar\nJan\nxx\nFeb\n' })).toEqual({
      stdout: 'xx\nJan\nFeb\nMar\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -d <<< "a-c\\nab\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-d'], { cwd: '/w', stdin: 'a-c\nab\n' })).toEqual({
      stdout: 'ab\na-c\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -n -r <<< "2\\n10\\n1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-n', '-r'], { cwd: '/w', stdin: '2\n10\n1\n' })).toEqual({
      stdout: '10\n2\n1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort nofile', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', 'nofile'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: cannot read: nofile: No such file or directory\n',
      exit: 2,
    });
  });
  it('sort dir', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', 'dir'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: 'sort: read failed: dir: Is a directory\n',
      exit: 2,
    });
  });
  it('sort -k1,1 -u <<< "a 2\\na 1\\nb 1\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k1,1', '-u'], { cwd: '/w', stdin: 'a 2\na 1\nb 1\n' })).toEqual({
      stdout: 'a 2\nb 1\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort <<< "\\u00c9\\nz\\nE\\ne\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort'], { cwd: '/w', stdin: 'É\nz\nE\ne\n' })).toEqual({
      stdout: 'E\ne\nz\nÉ\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -o out so', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-o', 'out', 'so'], { cwd: '/w' })).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(sb.view.readFile('/w/out')).toBe('\nB 1\n_x 5\na 10\na 3\nb 2\nc 2\n');
  });
  it('sort so hu', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', 'so', 'hu'], { cwd: '/w' })).toEqual({
      stdout: '\n1.5K\n10K\n1M\n2\n500\nB 1\n_x 5\na 10\na 3\nb 2\nc 2\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -u <<< "b\\na\\nb\\na\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-u'], { cwd: '/w', stdin: 'b\na\nb\na\n' })).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k3 pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k3', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'db-0 0/1 Pending 0\napi-2 1/1 Running 12\nweb-1 1/1 Running 3\nNAME READY STATUS RESTARTS\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k4 -n pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k4', '-n', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'NAME READY STATUS RESTARTS\ndb-0 0/1 Pending 0\nweb-1 1/1 Running 3\napi-2 1/1 Running 12\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -k4nr pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-k4nr', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'api-2 1/1 Running 12\nweb-1 1/1 Running 3\nNAME READY STATUS RESTARTS\ndb-0 0/1 Pending 0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort --foo', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '--foo'], { cwd: '/w' })).toEqual({
      stdout: '',
      stderr: "sort: unrecognized option '--foo'\nTry 'sort --help' for more information.\n",
      exit: 2,
    });
  });
  it('sort -rk2 pods', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-rk2', 'pods'], { cwd: '/w' })).toEqual({
      stdout: 'NAME READY STATUS RESTARTS\nweb-1 1/1 Running 3\napi-2 1/1 Running 12\ndb-0 0/1 Pending 0\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -b -k2 <<< "x  b\\ny a\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-b', '-k2'], { cwd: '/w', stdin: 'x  b\ny a\n' })).toEqual({
      stdout: 'y a\nx  b\n',
      stderr: '',
      exit: 0,
    });
  });
  it('sort -t, -k2,2 -k1,1 <<< "b,1\\na,1\\nc,0\\n"', () => {
    const sb = new Sandbox(FILES);
    expect(sb.run(['sort', '-t,', '-k2,2', '-k1,1'], { cwd: '/w', stdin: 'b,1\na,1\nc,0\n' })).toEqual({
      stdout: 'c,0\na,1\nb,1\n',
      stderr: '',
      exit: 0,
    });
  });
});
