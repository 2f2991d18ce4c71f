/**
 * The CLI contract of ../shared/DESIGN.md, through the built launcher:
 * `knetlab run FILE [--world NAME] --format json`, `-c`, piped standard
 * input, and the errors for a wrong world, file or format.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORLD_PRESETS } from '../src/scenario/worlds.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/knetlab');

function knetlab(args: string[], input?: string) {
  if (!existsSync(join(root, 'dist/knetlab.mjs'))) throw new Error('run `npm run build` first');
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8', input });
  return { out: r.stdout, err: r.stderr, exit: r.status };
}

const dir = mkdtempSync(join(tmpdir(), 'knetlab-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('knetlab run', () => {
  it('runs a script on the default cluster world, one JSON step per command line', () => {
    const f = file('s.sh', 'hostname\nfalse\necho "a  b" | wc -w\ncat <<EOF\nx\nEOF\n');
    const r = knetlab(['run', f, '--format', 'json']);
    expect(r.exit).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      steps: [
        { cmd: 'hostname', exit: 0, stdout: 'controlplane\n', stderr: '' },
        { cmd: 'false', exit: 1, stdout: '', stderr: '' },
        { cmd: 'echo "a  b" | wc -w', exit: 0, stdout: '2\n', stderr: '' },
        { cmd: 'cat <<EOF\nx\nEOF', exit: 0, stdout: 'x\n', stderr: '' },
      ],
    });
    // as text: what a terminal shows, and the last command's status
    expect(knetlab(['run', f])).toEqual({ out: 'controlplane\n2\nx\n', err: '', exit: 0 });
  });

  it('builds a .case world from its header and ignores --world', () => {
    const f = file('x.case', '# eth0: 10.9.8.7/24\nip -br -4 addr show eth0\nip route\n');
    const r = knetlab(['run', f, '--world', 'docker', '--format', 'json']);
    expect(JSON.parse(r.out).steps.map((s: { stdout: string }) => s.stdout)).toEqual([
      'eth0@if2         UP             10.9.8.7/24 \n',
      '10.9.8.0/24 dev eth0 proto kernel scope link src 10.9.8.7 \n',
    ]);
  });

  it('runs a script in the world --world names', () => {
    const f = file('h.sh', 'hostname\n');
    expect(JSON.parse(knetlab(['run', f, '--world', 'docker', '--format', 'json']).out).steps[0].stdout).toBe(
      'docker-host\n',
    );
  });

  it('refuses an unknown world, a missing file and an unknown format', () => {
    const f = file('t.sh', 'true\n');
    expect(knetlab(['run', f, '--world', 'nope']).err).toMatch(
      /^knetlab: unknown world "nope" \(known: cluster, /,
    );
    expect(knetlab(['run', join(dir, 'missing.sh')])).toEqual({
      out: '',
      err: `knetlab: cannot read ${join(dir, 'missing.sh')}: ENOENT\n`,
      exit: 2,
    });
    expect(knetlab(['run', file('bad.case', '# eth0: 10.1.2.3\nip a\n'), '--format', 'json'])).toEqual({
      out: '',
      err: `knetlab: ${join(dir, 'bad.case')}:1: bad eth0 "10.1.2.3": expected ADDRESS/PREFIX, e.g. 192.168.1.10/24\n`,
      exit: 2,
    });
    expect(knetlab(['run', f, '--format', 'xml'])).toEqual({
      out: '',
      err: 'knetlab: unknown format "xml" (text or json)\n',
      exit: 2,
    });
  });
});

describe('knetlab -c and standard input', () => {
  it('exits with the status of the last command', () => {
    expect(knetlab(['-c', 'ip link show nosuch'])).toEqual({
      out: '',
      err: 'Device "nosuch" does not exist.\n',
      exit: 1,
    });
    expect(knetlab(['-w', 'host', '-c', 'hostname; exit 3'])).toEqual({
      out: 'controlplane\n',
      err: '',
      exit: 3,
    });
  });

  it('reads commands piped in, numbering lines as bash does for a script on its stdin', () => {
    expect(
      knetlab([], 'x=5\n\n# note\necho $((x * 2))\nfor i in 1; do\n  nosuch\ndone\necho $LINENO\n'),
    ).toEqual({
      out: '10\n8\n',
      err: 'bash: line 6: nosuch: command not found\n',
      exit: 0,
    });
    expect(knetlab([], 'x=5\necho $((x * 2))\nip link show nosuch\n')).toEqual({
      out: '10\n',
      err: 'Device "nosuch" does not exist.\n',
      exit: 1,
    });
  });

  it('lists every world, names aligned', () => {
    const lines = knetlab(['worlds']).out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(WORLD_PRESETS.map((p) => p.name));
    const starts = new Set(lines.map((l) => l.search(/ {2}\S/)));
    expect(starts.size).toBe(1);
  });
});
