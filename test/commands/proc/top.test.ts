/**
 * top -b (procps-ng 3.3.17, Ubuntu's --disable-modern-top build). The
 * layout is the captured one: the five summary lines, a blank line, the
 * column header, rows of 80 columns with the command cut by '+'.
 */
import { describe, expect, it } from 'vitest';
import { cluster, ok, proc, r, run } from './proc-helpers.js';

describe('top in batch mode', () => {
  it('one frame: uptime, tasks, an idle first sample, memory, rows in pid order', () => {
    const s = cluster();
    const lines = ok(s, 'top -b -n 1').split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'top - 09:00:00 up 17 min,  1 user,  load average: 0.23, 0.19, 0.16',
      'Tasks:  32 total,   1 running,  31 sleeping,   0 stopped,   0 zombie',
      '%Cpu(s):  0.0 us,  0.0 sy,  0.0 ni,100.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st',
      'MiB Mem :   3916.5 total,   1515.6 free,   1319.3 used,   1081.6 buff/cache',
      'MiB Swap:      0.0 total,      0.0 free,      0.0 used.   2447.2 avail Mem ',
      '',
      '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND',
    ]);
    expect(lines[7]).toBe('      1 root      20   0  167744  13056   3655 S   0.0   0.3   0:01.02 systemd');
    const etcd = proc(s, 'controlplane', /^etcd /).pid;
    // VSZ that does not fit in 7 columns is scaled; long names end in '+'
    expect(lines).toContain(
      `${r(etcd, 7)} root      20   0   11.2g  52644  14740 S   0.0   1.3   0:21.42 etcd`,
    );
    expect(lines.find((x) => x.endsWith(' contain+'))).toMatch(
      /^ +\d+ root {6}20 {3}0 1875036 {2}49536 {2}13870 S {3}0\.0 {3}1\.2 {3}0:12\.24 contain\+$/,
    );
  });

  it('later frames show each program CPU share; -c shows the command line; -p selects', () => {
    const s = cluster();
    const out = ok(s, 'top -b -n 2 -d 1 -c -w 120 -p 1');
    const frames = out.split('\ntop - ');
    expect(frames.length).toBe(2);
    expect(frames[1]).toMatch(/\n%Cpu\(s\): {2}4\.7 us, {2}2\.6 sy, {2}0\.0 ni, 92\.7 id,/);
    expect(out.trimEnd().split('\n').pop()).toBe(
      '      1 root      20   0  167744  13056   3655 S   0.1   0.3   0:01.02 /sbin/init',
    );
  });

  it('needs a terminal or -b; usage errors', () => {
    const s = cluster();
    expect(run(s, 'top')).toEqual({ out: '', err: 'top: failed tty get\n', exit: 1 });
    expect(run(s, 'top -b -n')).toEqual({ out: '', err: 'top: -n requires argument\n', exit: 1 });
    expect(run(s, 'top -bn1 -o foo')).toEqual({
      out: '',
      err: "top: unrecognized field name 'foo'\n",
      exit: 1,
    });
    expect(run(s, 'top -bn1 -p abc')).toEqual({ out: '', err: "top: bad pid 'abc'\n", exit: 1 });
    expect(run(s, 'top -x')).toEqual({
      out: '',
      err: "top: unknown option 'x'\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]\n",
      exit: 1,
    });
  });
});
